"""The extraction pipeline: ordered components, each ``Document -> Document``.

A component that fails is named in the error, with the article it failed on.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.article import parse_article, read_article
from kg.document import Document
from kg.extract.events import extract_events
from kg.extract.mentions import detect_mentions
from kg.extract.quotes import extract_quotes
from kg.extract.relations import extract_relations
from kg.extract.resolve import resolve_entities
from kg.extract.roles import extract_positions

Component = Callable[[Document], Document]

COMPONENTS: list[tuple[str, Component]] = [
    ("mentions", detect_mentions),
    ("entities", resolve_entities),
    ("positions", extract_positions),
    ("relations", extract_relations),
    ("quotes", extract_quotes),
    ("events", extract_events),
]


class ComponentError(RuntimeError):
    """A pipeline component raised an unexpected error."""


def run(doc: Document, components: list[tuple[str, Component]] | None = None) -> Document:
    """Run the components over one document, in order."""
    for name, component in components or COMPONENTS:
        try:
            doc = component(doc)
        except Exception as exc:  # a bug, reported with where it happened
            raise ComponentError(f"component '{name}' failed on {doc.article.name}: "
                                 f"{type(exc).__name__}: {exc}") from exc
    return doc


def process_text(text: str, name: str = "text.txt") -> Document:
    """Parse and annotate article text given as a string."""
    return run(Document(parse_article(text, name)))


def process_file(path: Path) -> Document:
    """Read and annotate one article file."""
    return run(Document(read_article(path)))
