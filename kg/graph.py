"""Documents -> RDF quads: the ONE module that makes triples.

Shape: docs/rdf.md and the output contract in DESIGN.md. Each article's facts go
into a named graph whose name is the article IRI; entity descriptions are repeated
in every article graph that mentions the entity (with the forms seen there), so
each named graph stands on its own and their union is the merged view.

One more graph, the entity index (``INDEX_GRAPH``), holds every triple about an actor
or a position once, with the number of articles that mention each actor: queries
about actors read it instead of meeting each label once per article (see index_quads).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import combinations
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, serialize

from kg.document import Document, Entity, Span
from kg.lexicon import slug
from kg.vocab import (ARTICLE, BUILD, CAMEO, COMENTION, ENTITY, EVENT, GEONAMES, INDEX_GRAPH, KG, NIF, OWL, POSITION,
                      PREFIXES, PROV, QUOTE, RDF, RDFS, ROOT_PROPERTIES, SCHEMA, SKOS, SOFTWARE,
                      WIKIDATA, XSD)

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


def lexicon_version() -> str:
    """A fingerprint of the lexicon files (sha1 of their names and contents, 12 hex digits)."""
    h = hashlib.sha1()
    for f in sorted((Path(__file__).parent / "lexicon").glob("*.tsv")):
        h.update(f.name.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:12]


class BuildActivity:
    """The PROV-O activity of one build: software version, lexicon version, optional times.

    Without `started`/`ended` (the default) its IRI and triples depend only on the
    versions, so builds stay byte-identical; `kg build --stamp` passes the times.
    """

    def __init__(self, version: str | None = None, lexicons: str | None = None,
                 started: str | None = None, ended: str | None = None):
        from kg import __version__
        self.version = version or __version__
        self.lexicons = lexicons or lexicon_version()
        self.started, self.ended = started, ended
        stamp = "-" + "".join(c for c in started if c.isalnum()) if started else ""
        self.node = BUILD[f"kg-{self.version}-{self.lexicons}{stamp}"]

    def triples(self) -> list[tuple]:
        n = self.node
        out = [(n, RDF.type, PROV.Activity), (n, RDF.type, KG.BuildActivity),
               (n, RDFS.label, Literal(f"kg build {self.version}", language="en")),
               (n, PROV.wasAssociatedWith, SOFTWARE),
               (n, SCHEMA.softwareVersion, Literal(self.version)),
               (n, KG.lexiconVersion, Literal(self.lexicons)),
               (SOFTWARE, RDF.type, PROV.SoftwareAgent), (SOFTWARE, RDFS.label, Literal("kg")),
               (SOFTWARE, SCHEMA.softwareVersion, Literal(self.version))]
        if self.started:
            out.append((n, PROV.startedAtTime, Literal(self.started, datatype=XSD.dateTime)))
        if self.ended:
            out.append((n, PROV.endedAtTime, Literal(self.ended, datatype=XSD.dateTime)))
        return out


def document_quads(doc: Document, labels: dict[str, str] | None = None,
                   activity: BuildActivity | None = None) -> list[Quad]:
    """All quads of one annotated document, in its own named graph (with its PROV-O record)."""
    w = _Writer(doc, labels or {})
    _article(w)
    _provenance(w, activity or BuildActivity())
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


def _provenance(w: _Writer, activity: BuildActivity) -> None:
    """The article graph (named by the article IRI) as a prov:Entity: derived from the
    article's text (its NIF context) and generated by the build activity."""
    w.add(w.art, RDF.type, PROV.Entity)
    w.add(w.art, PROV.wasDerivedFrom, w.ctx)
    w.add(w.art, PROV.wasGeneratedBy, activity.node)
    w.add(activity.node, PROV.used, w.ctx)
    for s, p, o in activity.triples():
        w.add(s, p, o)


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
        w.add(node, KG.cameoConcept, CAMEO[e.code])
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


_TRIVIAL_TYPES = {"http://www.w3.org/2002/07/owl#Thing", "http://www.w3.org/2000/01/rdf-schema#Resource",
                  "http://www.w3.org/2002/07/owl#NamedIndividual"}


def inferred_quads(quads: Iterable[Quad], ontology: Path, profile: str = "owlrl") -> list[Quad]:
    """The RDFS / OWL-RL closure of the data with the ontology, minus what was asserted,
    as quads of the separate named graph INFERRED_GRAPH (about data resources only).

    Inferred types and super-properties (kg:attacked -> kg:interactsWith -> ...) become
    queryable without being mixed into the article graphs. owl:sameAs links to Wikidata
    and GeoNames are left out of the reasoning (they would copy every fact onto the
    external IRIs). Deterministic: sorted output.
    """
    import owlrl
    import rdflib
    from kg.vocab import INFERRED_GRAPH

    def to_rdflib(term):
        if isinstance(term, NamedNode):
            return rdflib.URIRef(term.value)
        if isinstance(term, Literal):
            if term.language:
                return rdflib.Literal(term.value, lang=term.language)
            return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
        return None

    def to_ox(term):
        if isinstance(term, rdflib.URIRef):
            return NamedNode(str(term))
        if isinstance(term, rdflib.Literal):
            if term.language:
                return Literal(str(term), language=term.language)
            return Literal(str(term), datatype=NamedNode(str(term.datatype or XSD.string.value)))
        return None

    data = rdflib.Graph()
    for q in quads:
        triple = tuple(to_rdflib(t) for t in (q.subject, q.predicate, q.object))
        if None not in triple and triple[1] != rdflib.OWL.sameAs:   # links out, not identity merges
            data.add(triple)
    subjects = {s for s in data.subjects() if isinstance(s, rdflib.URIRef)}
    closure = rdflib.Graph()
    closure += data
    closure.parse(ontology, format="turtle")
    asserted = set(closure)
    semantics = owlrl.OWLRL_Semantics if profile == "owlrl" else owlrl.RDFS_Semantics
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(closure)
    out = []
    for s, p, o in closure:
        if (s, p, o) in asserted or s not in subjects:
            continue
        if p == rdflib.OWL.sameAs and s == o or p == rdflib.RDF.type and str(o) in _TRIVIAL_TYPES:
            continue
        terms = (to_ox(s), to_ox(p), to_ox(o))
        if None not in terms:
            out.append(Quad(*terms, INFERRED_GRAPH))
    return sort_quads(out)


def is_index_triple(subject, predicate) -> bool:
    """Whether a triple belongs in the entity index: it is about an actor (labels, types,
    links, positions held, structural relations, CAMEO shortcut edges) or a position
    (its title and organisation; not its evidence, which is one article's)."""
    iri = subject.value
    if predicate == KG.articleCount:
        return False                                  # counted afresh for every index
    if iri.startswith(ENTITY.iri):
        return True
    return iri.startswith(POSITION.iri) and predicate != KG.evidence


#: The shape of the index graph; stores rebuild an index made by another (see store.refresh_index).
INDEX_FORMAT = 2

#: The index counts the articles shared by the CO_MENTION_TOP pairs of actors that share most
#: (ties at the last count kept), among those that share at least CO_MENTION_MIN: one-off
#: pairs are most pairs (four in five over 1,000 detik.com articles) and all pairs grow with
#: the square of the actors per article. co-mentions.rq lists the first 200 of them.
CO_MENTION_MIN = 2
CO_MENTION_TOP = 10_000


def co_mention_iri(actor1: str, actor2: str) -> NamedNode:
    """The IRI of the co-mention of two actor IRIs (in either order)."""
    a, b = sorted((actor1, actor2))
    return COMENTION[hashlib.sha1(f"{a}\n{b}".encode("utf-8")).hexdigest()[:16]]


def co_mention_quads(pairs: Mapping[tuple[str, str], int]) -> list[Quad]:
    """The index quads of the pairs of actor IRIs that share most articles (see CO_MENTION_TOP)."""
    counts = sorted((n for n in pairs.values() if n >= CO_MENTION_MIN), reverse=True)
    if not counts:
        return []
    least = counts[min(CO_MENTION_TOP, len(counts)) - 1]
    out = []
    for (a, b), n in pairs.items():
        if n >= least:
            node = co_mention_iri(a, b)
            out += [Quad(node, KG.coMentioned, NamedNode(a), INDEX_GRAPH),
                    Quad(node, KG.coMentioned, NamedNode(b), INDEX_GRAPH),
                    Quad(node, KG.sharedArticles, Literal(str(n), datatype=XSD.integer), INDEX_GRAPH)]
    return out


def _one_label(triples: set[tuple]) -> set[tuple]:
    """Keep one rdfs:label per subject (the longest; ties: the first in code-point order);
    articles that labelled it otherwise keep their label as a skos:altLabel."""
    labels: dict = {}
    for s, p, o in triples:
        if p == RDFS.label:
            labels.setdefault(s, []).append(o)
    out = {t for t in triples if t[1] != RDFS.label}
    for s, objects in labels.items():
        best = min(objects, key=lambda o: (-len(o.value), o.value, str(o)))
        out.add((s, RDFS.label, best))
        out.update((s, SKOS.altLabel, o) for o in objects if o != best)
    return out


def index_quads(triples: Iterable[tuple], counts: Mapping[str, int],
                pairs: Mapping[tuple[str, str], int] | None = None, ordered: bool = True) -> list[Quad]:
    """The entity index graph: each (subject, predicate, object) once, with one rdfs:label
    per subject; for each actor IRI in ``counts`` its ``kg:articleCount`` (how many article
    graphs mention it); and a ``kg:CoMention`` for the pairs of actor IRIs in ``pairs``
    (sorted, mapped to the number of articles mentioning both) that share most articles.
    Sorted (for files) unless ``ordered`` is false (a store needs no order)."""
    quads = {Quad(s, p, o, INDEX_GRAPH) for s, p, o in _one_label(set(triples))}
    quads.update(Quad(NamedNode(iri), KG.articleCount, Literal(str(n), datatype=XSD.integer), INDEX_GRAPH)
                 for iri, n in counts.items())
    quads.update(co_mention_quads(pairs or {}))
    return sort_quads(quads) if ordered else list(quads)


def mention_tallies(articles: Iterable[Iterable[str]]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """How many articles mention each actor and each (sorted) pair of actors, given the
    mentioned actor IRIs of each article."""
    counts: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for actors in articles:
        mentioned = sorted(set(actors))
        counts.update(mentioned)
        pairs.update(combinations(mentioned, 2))
    return counts, pairs


class EntityIndex:
    """Collects the entity index while article graphs stream past (one ``add`` per graph)."""

    def __init__(self) -> None:
        self.triples: set[tuple] = set()
        self.counts: Counter[str] = Counter()
        self.pairs: Counter[tuple[str, str]] = Counter()

    def add(self, quads: Iterable[Quad]) -> None:
        """Take the index triples and the mentioned actors of ONE article graph."""
        mentioned = set()
        for q in quads:
            if q.predicate == SCHEMA.mentions:
                mentioned.add(q.object.value)
            elif is_index_triple(q.subject, q.predicate):
                self.triples.add((q.subject, q.predicate, q.object))
        counts, pairs = mention_tallies([mentioned])
        self.counts.update(counts)
        self.pairs.update(pairs)

    def quads(self) -> list[Quad]:
        """The index graph's quads, sorted."""
        return index_quads(self.triples, self.counts, self.pairs)


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


__all__ = ["BuildActivity", "EntityIndex", "INDEX_FORMAT", "co_mention_iri", "index_quads", "mention_tallies", "is_index_triple", "lexicon_version", "inferred_quads", "article_iri", "entity_iri", "document_quads", "sort_quads", "to_triples", "write_rdf"]
