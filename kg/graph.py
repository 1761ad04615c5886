"""Documents -> RDF quads: the ONE module that makes triples.

Shape: docs/rdf.md and the output contract in DESIGN.md. Each article's facts go
into a named graph whose name is the article IRI; entity descriptions are repeated
in every article graph that mentions the entity (with the forms seen there), so
each named graph stands on its own and their union is the merged view.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, serialize

from kg.document import Document, Entity, Span
from kg.lexicon import slug
from kg.vocab import (ARTICLE, CAMEO, ENTITY, EVENT, GEONAMES, KG, NIF, OWL, POSITION, PREFIXES,
                      QUOTE, RDF, RDFS, ROOT_PROPERTIES, SCHEMA, SKOS, WIKIDATA, XSD)

REAL = ("asserted", "planned", "reported")


def article_iri(doc: Document) -> NamedNode:
    """A stable IRI for an article: its file stem and a hash of its text."""
    digest = hashlib.sha1(doc.article.text.encode("utf-8")).hexdigest()[:8]
    return ARTICLE[f"{slug(Path(doc.article.name).stem)}-{digest}"]


def entity_iri(key: str) -> NamedNode:
    """The IRI of an entity key."""
    return ENTITY[key]


class _Writer:
    """Collects the quads of one article graph."""

    def __init__(self, doc: Document, labels: dict[str, str]):
        self.doc = doc
        self.labels = labels
        self.art = article_iri(doc)
        self.ctx = NamedNode(self.art.value + "#context")
        self.quads: list[Quad] = []

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, p, o, self.art))

    def evidence(self, span: Span) -> NamedNode:
        """A NIF string node for a span of the article text."""
        node = NamedNode(f"{self.art.value}#char={span.start},{span.end}")
        self.add(node, RDF.type, NIF.String)
        self.add(node, RDF.type, NIF.RFC5147String)
        self.add(node, NIF.beginIndex, Literal(str(span.start), datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.endIndex, Literal(str(span.end), datatype=XSD.nonNegativeInteger))
        self.add(node, NIF.anchorOf, Literal(self.doc.article.text[span.start:span.end]))
        self.add(node, NIF.referenceContext, self.ctx)
        return node


def document_quads(doc: Document, labels: dict[str, str] | None = None) -> list[Quad]:
    """All quads of one annotated document, in its own named graph."""
    w = _Writer(doc, labels or {})
    _article(w)
    for ent in doc.entities.values():
        _entity(w, ent)
    _positions(w)
    _events(w)
    _quotes(w)
    for rel in doc.relations:
        w.add(entity_iri(rel.subject), KG[rel.predicate], entity_iri(rel.object))
    return w.quads


def _article(w: _Writer) -> None:
    art, doc = w.art, w.doc
    a = doc.article
    w.add(art, RDF.type, KG.Article)
    w.add(art, KG.fileName, Literal(a.name))
    w.add(art, KG.context, w.ctx)
    w.add(w.ctx, RDF.type, NIF.Context)
    w.add(w.ctx, NIF.isString, Literal(a.text))
    if a.title:
        w.add(art, SCHEMA.headline, Literal(a.title))
    if a.date:
        w.add(art, SCHEMA.datePublished, Literal(a.date, datatype=XSD.date))
    for span, prop in ((a.publisher_span, SCHEMA.publisher), (a.dateline_span, KG.datelinePlace),
                       (a.attribution_span, KG.sourceAttribution)):
        key = _key_at(doc, span)
        if key:
            w.add(art, prop, entity_iri(key))
    for span in a.debris:
        w.add(art, KG.pageDebris, Literal(a.text[span.start:span.end]))
    for key in sorted(doc.entities):
        w.add(art, SCHEMA.mentions, entity_iri(key))


def _key_at(doc: Document, span: Span | None) -> str | None:
    if span is None:
        return None
    return next((m.key for m in doc.mentions if m.start == span.start and m.end == span.end), None)


def _entity(w: _Writer, ent: Entity) -> None:
    node = entity_iri(ent.key)
    w.add(node, RDF.type, KG[ent.type])
    w.add(node, RDFS.label, Literal(w.labels.get(ent.key, ent.label)))
    for form in sorted(ent.forms):
        w.add(node, SKOS.altLabel, Literal(form))
    if ent.wikidata:
        w.add(node, OWL.sameAs, WIKIDATA[ent.wikidata])
    if ent.geonames:
        w.add(node, OWL.sameAs, GEONAMES[f"{ent.geonames}/"])


def _positions(w: _Writer) -> None:
    for p in w.doc.positions:
        node = POSITION["--".join(x for x in (p.person, slug(p.title), p.org) if x)]
        w.add(entity_iri(p.person), KG.holdsPosition, node)
        w.add(node, RDF.type, KG.Position)
        w.add(node, KG.title, Literal(p.title, language="id"))
        if p.org:
            w.add(node, KG.positionIn, entity_iri(p.org))
        w.add(node, KG.evidence, w.evidence(p.evidence))


def _events(w: _Writer) -> None:
    base = w.art.value.rsplit("/", 1)[-1]
    for n, e in enumerate(w.doc.events, 1):
        node = EVENT[f"{base}-e{n}"]
        root = e.code[:2]
        w.add(node, RDF.type, KG.Event)
        w.add(node, KG.cameoCode, Literal(e.code))
        w.add(node, KG.cameo, CAMEO[root])
        w.add(node, KG.agent, entity_iri(e.agent))
        if e.target:
            w.add(node, KG.target, entity_iri(e.target))
        w.add(node, KG.modality, KG[e.modality])
        w.add(node, KG.trigger, Literal(e.trigger))
        if e.source:
            w.add(node, KG.reportedBy, entity_iri(e.source))
        if e.date:
            w.add(node, KG.date, Literal(e.date, datatype=XSD.date))
        if e.place:
            w.add(node, KG.place, entity_iri(e.place))
        w.add(node, KG.evidence, w.evidence(e.evidence))
        if e.target and e.modality in REAL:
            w.add(entity_iri(e.agent), KG[ROOT_PROPERTIES[root]], entity_iri(e.target))


def _quotes(w: _Writer) -> None:
    base = w.art.value.rsplit("/", 1)[-1]
    for n, q in enumerate(w.doc.quotes, 1):
        node = QUOTE[f"{base}-q{n}"]
        w.add(node, RDF.type, KG.Quote)
        w.add(node, KG.quoteText, Literal(q.text))
        if q.speaker:
            w.add(node, KG.speaker, entity_iri(q.speaker))
        w.add(node, KG.evidence, w.evidence(q.evidence))


def sort_quads(quads: Iterable[Quad]) -> list[Quad]:
    """Quads deduplicated and in a fixed order, so serializations are byte-identical."""
    return sorted(set(quads), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def to_triples(quads: Iterable[Quad]) -> list[Quad]:
    """The merged view: every quad moved to the default graph, deduplicated and sorted."""
    return sort_quads(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads)


def write_rdf(quads: Iterable[Quad], path: Path, fmt: RdfFormat) -> None:
    """Serialize quads to a file (the caller handles atomic renames)."""
    serialize(quads if fmt.supports_datasets else [q.triple for q in quads], str(path), fmt,
              prefixes=PREFIXES if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG) else None)


__all__ = ["article_iri", "entity_iri", "document_quads", "sort_quads", "to_triples", "write_rdf"]
