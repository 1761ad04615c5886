"""The annotation objects that flow through the pipeline (plain dataclasses, no rdflib).

All character offsets (``start``/``end``) index into ``Article.text``, the article
file's full text, so ``article.text[start:end]`` is always the surface form.
Entities are referred to by their ``key`` (a stable slug that becomes the IRI).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Span:
    """A stretch of the article text."""
    start: int
    end: int


@dataclass
class Token(Span):
    """A word or punctuation mark."""
    text: str


@dataclass
class Sentence(Span):
    """A sentence of the body (or the title), with its tokens."""
    text: str
    paragraph: int = 0
    tokens: list[Token] = field(default_factory=list)
    is_title: bool = False


@dataclass
class Mention(Span):
    """A stretch of text that names (or points back to) an actor."""
    text: str
    type: str                      # a class name of kg.vocab.ENTITY_CLASSES
    source: str                    # lexicon | gazetteer | pattern | tagger | pronoun | description
    key: str | None = None         # lexicon/gazetteer key when known; set by resolution otherwise
    sentence: int = -1
    title: str | None = None       # a title/role directly before the name ("Presiden")
    role_org: str | None = None    # key of the organisation/country the title belongs to
    title_start: int | None = None  # where the title phrase before the name begins
    label: str | None = None       # the name it stands for when not its text ("Pemprov Jawa Tengah")
    acronym: str | None = None     # an acronym the text defines for it inside the span
    members: list[str] = field(default_factory=list)   # keys a group phrase refers to ("kedua negara")


@dataclass
class Entity:
    """One real-world actor of the build."""
    key: str
    label: str
    type: str
    wikidata: str | None = None
    geonames: int | None = None
    forms: set[str] = field(default_factory=set)


@dataclass
class Position:
    """Person holds a role (title) in an organisation or country."""
    person: str
    org: str | None
    title: str
    evidence: Span


@dataclass
class Relation:
    """A structural fact: memberOf, headquarteredIn, locatedIn, capitalOf, partOf."""
    subject: str
    predicate: str
    object: str
    evidence: Span | None = None


@dataclass
class Event:
    """Who did what to whom, CAMEO coded."""
    code: str                      # CAMEO code, 2-4 digits ("19", "111")
    agent: str
    target: str | None
    modality: str                  # asserted planned conditional negated reported hypothetical
    trigger: str
    evidence: Span
    source: str | None = None      # reporting source for reported events
    date: str | None = None        # ISO yyyy-mm-dd
    place: str | None = None
    object_word: str | None = None  # the word after the cue when no actor target ("serangan")


@dataclass
class Quote:
    """A direct quotation and its speaker (None for an anonymous source)."""
    text: str
    evidence: Span                 # the quoted text without its quotation marks
    speaker: str | None = None


@dataclass
class Article:
    """An article file as read: metadata, body and sentences."""
    name: str                      # file name
    text: str                      # the whole file text (NIF context string)
    title: str | None = None
    title_span: Span | None = None
    publisher: str | None = None   # surface text, e.g. "KOMPAS.TV"
    publisher_span: Span | None = None
    dateline: str | None = None    # surface text, e.g. "BRUSSELS"
    dateline_span: Span | None = None
    date: str | None = None        # ISO date of the article
    attribution: str | None = None  # "Associated Press" from "Sumber : Associated Press"
    attribution_span: Span | None = None
    debris: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Document:
    """An article and everything the pipeline found in it."""
    article: Article
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    positions: list[Position] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    unresolved: list[Span] = field(default_factory=list)   # pronouns/descriptions with no antecedent
