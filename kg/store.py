"""Where graphs live: in memory, in an embedded on-disk Oxigraph, or on a SPARQL 1.1 server.

All stores speak the same small interface (:class:`Store`): load RDF, add quads,
run SPARQL, serialize, count, list named graphs. :func:`open_store` picks the
implementation from a spec string through a small plugin table (:data:`OPENERS`):

* ``output/kg.trig`` (any file path)   -> :class:`MemoryStore` loaded from that file
* ``oxigraph:DIR``                      -> :class:`DiskStore` (embedded, persistent)
* ``http://host/…`` / ``https://…``    -> :class:`SparqlEndpointStore`

Queries always see the union of all named graphs as their default graph, so a
plain ``SELECT ?s WHERE { ?s ?p ?o }`` finds the facts of every article.
"""
from __future__ import annotations

import hashlib
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import FormatError, InputError, QueryError
from kg.vocab import INDEX_GRAPH, INFERRED_GRAPH, KG, SCHEMA

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

#: File extension -> RDF format, for loading and dumping.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML, "rdf": ox.RdfFormat.RDF_XML, "owl": ox.RdfFormat.RDF_XML,
    "n3": ox.RdfFormat.N3,
}


def rdf_format(name: str | Path) -> ox.RdfFormat:
    """The pyoxigraph format for a format name ("ttl") or a file name ("kg.trig")."""
    key = str(name).rsplit(".", 1)[-1].lower() if "." in str(name) else str(name).lower()
    try:
        return RDF_FORMATS[key]
    except KeyError:
        raise FormatError(f"unknown RDF format {key!r} (known: {', '.join(sorted(RDF_FORMATS))})") from None


class Store(ABC):
    """The interface every graph store offers."""

    @abstractmethod
    def load(self, data: bytes | str | Path | IO[bytes], fmt: str | None = None,
             graph: str | None = None) -> None:
        """Load RDF from a file path, bytes or a binary stream (format from ``fmt`` or the file name)."""

    @abstractmethod
    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads."""

    @abstractmethod
    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs; malformed SPARQL raises QueryError.

        ``prefixes`` are extra prefix declarations the query may use undeclared.
        """

    @abstractmethod
    def serialize(self, fmt: str) -> bytes:
        """The whole store in an RDF format (quad formats keep named graphs)."""

    @abstractmethod
    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of quads."""

    def quads(self) -> list[ox.Quad]:
        """Every quad of the store (default: parsed back from an N-Quads dump)."""
        return list(ox.parse(self.serialize("nq"), ox.RdfFormat.N_QUADS))


class OxigraphStore(Store):
    """Shared implementation for the two pyoxigraph-backed stores."""

    def __init__(self, store: ox.Store):
        self._store = store

    def load(self, data: bytes | str | Path | IO[bytes], fmt: str | None = None,
             graph: str | None = None) -> None:
        """Load RDF from a file path, bytes or a binary stream."""
        to_graph = ox.NamedNode(graph) if graph else None
        try:
            if isinstance(data, (str, Path)):
                path = Path(data)
                if path.is_dir():
                    raise InputError(f"{path} is a directory: read an on-disk store with --store {path}"
                                     f" (or oxigraph:{path})")
                if not path.is_file():
                    raise InputError(f"no such graph file: {path}")
                rdf = rdf_format(fmt or path.name)
                if to_graph is None and not rdf.supports_datasets:
                    # a triples file is one graph, named by its file IRI, so that the queries
                    # that read facts graph by graph (GRAPH ?g { ... }) work on kg.ttl too
                    to_graph = ox.NamedNode(path.resolve().as_uri())
                self._store.load(path=str(path), format=rdf, to_graph=to_graph)
            else:
                self._store.load(data, format=rdf_format(fmt or "trig"), to_graph=to_graph)
        except SyntaxError as exc:
            raise InputError(f"cannot parse RDF: {_one_line(exc)}") from None

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads."""
        self._store.extend(quads)

    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        """Run SPARQL with the union of named graphs as the default graph."""
        try:
            return self._store.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"bad SPARQL: {_one_line(exc)}") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update."""
        try:
            self._store.update(sparql)
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"bad SPARQL update: {_one_line(exc)}") from None

    def serialize(self, fmt: str) -> bytes:
        """The store in an RDF format; triple formats get the union of all graphs."""
        return serialize_quads(self.quads(), fmt)

    def quads(self) -> list[ox.Quad]:
        """Every quad of the store."""
        return list(self._store)

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self._store.named_graphs())

    def __len__(self) -> int:
        """Number of quads."""
        return len(self._store)

    def index_quads(self, ordered: bool = True) -> list[ox.Quad]:
        """The entity index (:func:`kg.graph.index_quads`) of the graphs now in the store
        (in a fixed order unless ``ordered`` is false)."""
        from kg.graph import index_quads, is_index_triple, mention_tallies
        triples = [(r["s"], r["p"], r["o"]) for r in self._store.query(_INDEX_ROWS)
                   if is_index_triple(r["s"], r["p"])]
        mentioned: dict[str, list[str]] = {}
        for article, actor in self._store.query(_INDEX_MENTIONS):
            mentioned.setdefault(article.value, []).append(actor.value)
        return index_quads(triples, *mention_tallies(mentioned.values()), ordered=ordered)


_NOT_DERIVED = f"FILTER(?g != {INDEX_GRAPH} && ?g != {INFERRED_GRAPH})"
#: Candidate index triples (kg.graph.is_index_triple decides), read once each: everything said
#: about the actors articles mention and the positions people hold. (Starting from those
#: subjects rather than testing every quad's subject IRI: 1.8 s instead of 9.5 s on 10,000
#: articles on disk.)
_INDEX_ROWS = f"""SELECT DISTINCT ?s ?p ?o WHERE {{
  {{ SELECT DISTINCT ?s WHERE {{
      {{ GRAPH ?g {{ ?a {SCHEMA.mentions} ?s }} }} UNION {{ GRAPH ?g {{ ?x {KG.holdsPosition} ?s }} }}
      {_NOT_DERIVED} }} }}
  GRAPH ?g {{ ?s ?p ?o }} {_NOT_DERIVED} }}"""
#: The actors each article mentions (counted, and paired, in Python: on disk, SPARQL takes
#: seconds to pair the actors of 10,000 articles, Python a fraction of one).
_INDEX_MENTIONS = f"""SELECT ?a ?e WHERE {{ GRAPH ?g {{ ?a {SCHEMA.mentions} ?e }} {_NOT_DERIVED} }}"""


class MemoryStore(OxigraphStore):
    """An in-memory pyoxigraph store.

    Oxigraph keeps some literals in a normalised form (xsd:nonNegativeInteger comes back as
    xsd:integer). For a store that holds exactly one loaded graph file, :meth:`quads` (and so
    every export) reads that file again, which gives the quads exactly as it wrote them."""

    def __init__(self) -> None:
        super().__init__(ox.Store())
        self._source: tuple[Path, str | None] | None = None   # the one file loaded, unchanged since
        self._loads = 0

    def load(self, data: bytes | str | Path | IO[bytes], fmt: str | None = None,
             graph: str | None = None) -> None:
        """Load RDF from a file path, bytes or a binary stream.

        The entity index graph is computed when what was loaded has none (a triples file,
        a build from an older kg) or when several sources were loaded; exports of a store
        that holds one unchanged file still give that file's quads only."""
        first = self._source is None and len(self) == 0 and graph is None and isinstance(data, (str, Path))
        super().load(data, fmt, graph)
        self._source = (Path(data), fmt) if first else None
        self._loads += 1
        if self._loads > 1 or not self._store.contains_named_graph(INDEX_GRAPH):
            self._store.remove_graph(INDEX_GRAPH)
            self._store.extend(self.index_quads())

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads."""
        self._source = None
        super().add(quads)

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update."""
        self._source = None
        super().update(sparql)

    def quads(self) -> list[ox.Quad]:
        """Every quad of the store (read from its file, while it is the file's exact copy)."""
        if self._source is None:
            return super().quads()
        path, fmt = self._source
        return list(ox.parse(path=str(path), format=rdf_format(fmt or path.name)))


#: Namespace of the bookkeeping triples a :class:`DiskStore` keeps in its default graph.
BOOK = "https://w3id.org/kg-news/store#"
BOOK_SOURCE = ox.NamedNode(BOOK + "source")    # article graph -> source file (absolute path)
BOOK_HASH = ox.NamedNode(BOOK + "contentHash")  # article graph -> hash of file bytes + build fingerprint
BOOK_INDEX = ox.NamedNode(BOOK + "indexOf")     # index graph -> hash of the articles it was made from


class DiskStore(OxigraphStore):
    """An embedded, persistent pyoxigraph store in a directory.

    Incremental builds keep, per article graph, two bookkeeping triples in the store's
    *default* graph (``<graph> store:source "path"`` and ``<graph> store:contentHash
    "…"``). Queries never see them (their default graph is the union of the named
    graphs) and :meth:`quads`, :meth:`serialize` and ``len()`` leave them out. Each
    article is written or removed by ONE SPARQL update, which pyoxigraph applies as one
    transaction: a killed build leaves whole articles (with their hashes) only.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            super().__init__(ox.Store(str(self.path)))
        except OSError as exc:
            raise InputError(f"cannot open store {self.path}: {_one_line(exc)}") from None

    def flush(self) -> None:
        """Make sure everything written so far is on disk."""
        self._store.flush()

    def _is_book(self, quad: ox.Quad) -> bool:
        return isinstance(quad.graph_name, ox.DefaultGraph) and quad.predicate.value.startswith(BOOK)

    def quads(self) -> list[ox.Quad]:
        """Every quad of the store except the bookkeeping triples."""
        return restore_datatypes(q for q in self._store if not self._is_book(q))

    def graph_quads(self, graph: str) -> list[ox.Quad]:
        """The quads of one named graph."""
        return restore_datatypes(self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def __len__(self) -> int:
        """Number of quads, bookkeeping triples left out."""
        book = sum(1 for p in (BOOK_SOURCE, BOOK_HASH, BOOK_INDEX)
                   for _ in self._store.quads_for_pattern(None, p, None, ox.DefaultGraph()))
        return len(self._store) - book

    def records(self) -> dict[str, tuple[str, str]]:
        """The articles built into the store: source path -> (graph IRI, content hash)."""
        graph_of = {q.subject.value: q.object.value
                    for q in self._store.quads_for_pattern(None, BOOK_SOURCE, None, ox.DefaultGraph())}
        hash_of = {q.subject.value: q.object.value
                   for q in self._store.quads_for_pattern(None, BOOK_HASH, None, ox.DefaultGraph())}
        return {src: (g, hash_of.get(g, "")) for g, src in graph_of.items()}

    def put_article(self, graph: str, source: str, digest: str, quads: Iterable[ox.Quad],
                    replaces: Iterable[str] = ()) -> None:
        """Write one article graph and its bookkeeping in one transaction.

        The graphs in ``replaces`` (an older version of the article) and ``graph``
        itself are cleared first, so a re-run never duplicates an article.
        """
        drops = [_drop(g) for g in dict.fromkeys([*replaces, graph])]
        book = [ox.Quad(ox.NamedNode(graph), BOOK_SOURCE, ox.Literal(source)),
                ox.Quad(ox.NamedNode(graph), BOOK_HASH, ox.Literal(digest))]
        self.update(" ;\n".join([*drops, insert_data([*quads, *book])]))

    def remove_article(self, graph: str) -> None:
        """Drop an article graph and its bookkeeping in one transaction."""
        self.update(_drop(graph))

    def index_state(self) -> str | None:
        """What the entity index was made from: its format and a hash of the article records
        (None: no index was made)."""
        return next((q.object.value for q in self._store.quads_for_pattern(
            INDEX_GRAPH, BOOK_INDEX, None, ox.DefaultGraph())), None)

    def index_format_current(self) -> bool:
        """Was the entity index made in this kg's index format? (False: none, or an older one.)"""
        from kg.graph import INDEX_FORMAT
        return (self.index_state() or "").startswith(f"{INDEX_FORMAT} ")

    def refresh_index(self) -> bool:
        """Rebuild the entity index graph when the articles changed since it was made.

        The index and the hash of the article records it was made from are replaced in one
        transaction, so a killed refresh leaves the old index and the next build redoes it.
        An index of another format (an older kg) is rebuilt too. Returns whether it was rebuilt."""
        from kg.graph import INDEX_FORMAT
        records = "\n".join(f"{g}\t{h}" for g, h in sorted(self.records().values()))
        state = f"{INDEX_FORMAT} " + hashlib.sha1(records.encode("utf-8")).hexdigest()
        if self.index_state() == state:
            return False
        old = set(self._store.quads_for_pattern(None, None, None, INDEX_GRAPH))
        new = set(self.index_quads(ordered=False))
        record = list(self._store.quads_for_pattern(INDEX_GRAPH, BOOK_INDEX, None, ox.DefaultGraph()))
        # only what changed, and the record of what the index was made from, in one
        # transaction: a few articles added to 10,000 change a few hundred quads of 80,000
        self.update(f"DELETE DATA {{ {_quad_data([*(old - new), *record])} }} ;\n"
                    f"INSERT DATA {{ {_quad_data([*(new - old), ox.Quad(INDEX_GRAPH, BOOK_INDEX, ox.Literal(state))])} }}")
        return True


def _drop(graph: str) -> str:
    """SPARQL update removing a named graph and its bookkeeping triples."""
    g = ox.NamedNode(graph)
    return f"DROP SILENT GRAPH {g} ;\nDELETE WHERE {{ {g} <{BOOK_SOURCE.value}> ?s }} ;\n" \
           f"DELETE WHERE {{ {g} <{BOOK_HASH.value}> ?h }}"


class SparqlEndpointStore(Store):
    """A remote SPARQL 1.1 server (query + update protocol, results as SPARQL JSON / N-Quads).

    ``url`` is the query endpoint; ``update_url`` defaults to it (Fuseki/Oxigraph
    servers usually expose ``…/query`` and ``…/update``: pass both then).
    """

    def __init__(self, url: str, update_url: str | None = None, timeout: float = 60.0):
        self.url = url
        self.update_url = update_url or url
        self.timeout = timeout

    # -- request construction (pure, tested without network) --
    def query_request(self, sparql: str, accept: str = "application/sparql-results+json") -> urllib.request.Request:
        """A SPARQL protocol query request: POST, form-encoded ``query=``."""
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        return urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})

    def update_request(self, sparql: str) -> urllib.request.Request:
        """A SPARQL protocol update request: POST, form-encoded ``update=``."""
        body = urllib.parse.urlencode({"update": sparql}).encode("utf-8")
        return urllib.request.Request(self.update_url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded"})

    def _send(self, request: urllib.request.Request) -> tuple[bytes, str]:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise QueryError(f"{self.url}: HTTP {exc.code} {detail[0] if detail else exc.reason}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise QueryError(f"{self.url}: {_one_line(exc)}") from None

    # -- Store interface --
    def query(self, sparql: str, prefixes: dict[str, str] | None = None) -> QueryResult:
        """Send a query; SELECT/ASK come back as SPARQL JSON, CONSTRUCT/DESCRIBE as N-Triples.

        The server decides what the default graph is; Oxigraph server and Fuseki can be
        configured to use the union of named graphs (``--union-default-graph``,
        ``tdb:unionDefaultGraph``).
        """
        sparql = prologue(sparql, prefixes) + sparql
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        body, ctype = self._send(self.query_request(sparql, accept))
        if "n-triples" in ctype or "turtle" in ctype:
            fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in ctype else ox.RdfFormat.TURTLE
            return _triples_result(ox.parse(body, fmt))
        return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)

    def update(self, sparql: str) -> None:
        """Send a SPARQL 1.1 Update."""
        self._send(self.update_request(sparql))

    def load(self, data: bytes | str | Path | IO[bytes], fmt: str | None = None,
             graph: str | None = None) -> None:
        """Upload RDF by parsing it locally and sending INSERT DATA."""
        mem = MemoryStore()
        mem.load(data, fmt, graph)
        self.add(mem.quads())

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Send quads as one ``INSERT DATA`` update."""
        self.update(insert_data(quads))

    def serialize(self, fmt: str) -> bytes:
        """Fetch every quad with a CONSTRUCT per graph and serialize them locally."""
        quads: list[ox.Quad] = []
        for graph in self.named_graphs():
            triples = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
            quads += [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)) for t in triples]
        return serialize_quads(quads, fmt)

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row["g"].value for row in rows)

    def __len__(self) -> int:
        """Number of quads (default graph + named graphs)."""
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"))
        return int(rows[0]["n"].value) if rows else 0


class _TriplesList(list):
    """A list of triples standing in for pyoxigraph's QueryTriples from a remote CONSTRUCT."""


def _triples_result(triples: Iterable[ox.Triple]) -> _TriplesList:
    return _TriplesList(triples)


def prologue(sparql: str, prefixes: dict[str, str] | None) -> str:
    """PREFIX declarations for the given prefixes that ``sparql`` does not declare itself."""
    declared = set(re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", sparql))
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in (prefixes or {}).items() if p not in declared)


def _quad_data(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of an ``INSERT DATA`` / ``DELETE DATA`` block (named graphs kept)."""
    lines = []
    for q in quads:
        triple = f"{q.subject} {q.predicate} {q.object} ."
        if isinstance(q.graph_name, ox.DefaultGraph):
            lines.append(triple)
        else:
            lines.append(f"GRAPH {q.graph_name} {{ {triple} }}")
    return "\n" + "\n".join(lines) + "\n"


def insert_data(quads: Iterable[ox.Quad]) -> str:
    """A SPARQL ``INSERT DATA`` update for quads (named graphs kept)."""
    return "INSERT DATA {" + _quad_data(quads) + "}"


def sort_key(quad: ox.Quad | ox.Triple) -> tuple[str, ...]:
    """A total order on quads/triples for deterministic output."""
    graph = getattr(quad, "graph_name", None)
    g = "" if graph is None or isinstance(graph, ox.DefaultGraph) else str(graph)
    return (g, str(quad.subject), str(quad.predicate), str(quad.object))


def serialize_quads(quads: Iterable[ox.Quad], fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Serialize quads deterministically (sorted, blank nodes canonicalised).

    Quad formats (trig, nq) keep the named graphs; triple formats get the merged,
    de-duplicated triples of all graphs.
    """
    rdf_fmt = rdf_format(fmt)
    quads = _canonical(list(quads))
    if rdf_fmt.supports_datasets:
        items: list = sorted(set(quads), key=sort_key)
    else:
        items = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=sort_key)
    if rdf_fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        prefixes = None
    return ox.serialize(items, format=rdf_fmt, prefixes=prefixes)


def _canonical(quads: list[ox.Quad]) -> list[ox.Quad]:
    """Give blank nodes stable names so that equal datasets serialize identically."""
    if not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object, q.graph_name)):
        return quads
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return list(dataset)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _open_file(spec: str) -> Store:
    store = MemoryStore()
    store.load(Path(spec))
    return store


def _open_disk(spec: str) -> Store:
    store = DiskStore(spec.split(":", 1)[1])
    if not store.index_format_current() and store.records():
        store.refresh_index()                    # a store built by an older kg
    return store


def _open_endpoint(spec: str) -> Store:
    return SparqlEndpointStore(spec)


#: Spec prefix -> opener. Checked in order; the empty prefix (a file path) comes last.
OPENERS: list[tuple[str, Callable[[str], Store]]] = [
    ("oxigraph:", _open_disk),
    ("http://", _open_endpoint),
    ("https://", _open_endpoint),
    ("", _open_file),
]


def register_opener(prefix: str, opener: Callable[[str], Store]) -> None:
    """Add a store kind: specs starting with ``prefix`` are opened with ``opener``."""
    OPENERS.insert(0, (prefix, opener))


def open_store(spec: str | Path) -> Store:
    """Open the store a spec names: a graph file, ``oxigraph:DIR`` or an ``http(s)://`` endpoint."""
    text = str(spec)
    for prefix, opener in OPENERS:
        if text.startswith(prefix):
            return opener(text)
    raise InputError(f"cannot open store {text!r}")  # unreachable: "" matches everything


@dataclass
class PushResult:
    """What :func:`push` sent."""
    graphs: int = 0
    quads: int = 0
    seconds: float = 0.0
    target: str = ""


def graph_store_url(endpoint: str, graph: str) -> str:
    """The Graph Store HTTP Protocol address of one named graph: ``endpoint?graph=<IRI>``."""
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}{urllib.parse.urlencode({'graph': graph})}"


def _graphs_of(store: Store) -> dict[str, list[ox.Triple]]:
    """The triples of each named graph of a store (default-graph quads are left out)."""
    graphs: dict[str, list[ox.Triple]] = {}
    for q in store.quads():
        if isinstance(q.graph_name, ox.NamedNode):
            graphs.setdefault(q.graph_name.value, []).append(ox.Triple(q.subject, q.predicate, q.object))
    return graphs


def _each_graph(store: Store) -> Iterator[tuple[str, list[ox.Triple]]]:
    """(graph IRI, its triples) in IRI order; an on-disk store gives one graph at a time."""
    if isinstance(store, DiskStore):
        for graph in store.named_graphs():
            yield graph, [q.triple for q in store.graph_quads(graph)]
    else:
        yield from sorted(_graphs_of(store).items())


def _http(request: urllib.request.Request, timeout: float) -> None:
    """Send a request; any HTTP or network failure becomes one-line QueryError."""
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise QueryError(f"{request.full_url}: HTTP {exc.code} {detail[0] if detail else exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise QueryError(f"{request.full_url}: {_one_line(exc)}") from None


def push(store: Store, endpoint: str | None = None, update_url: str | None = None,
         timeout: float = 120.0) -> PushResult:
    """Send every named graph of ``store`` to a SPARQL 1.1 server, graph by graph, idempotently.

    With ``endpoint`` (a Graph Store HTTP Protocol address, for the Oxigraph server
    ``http://HOST:PORT/store``) each graph is replaced by one ``PUT endpoint?graph=<IRI>``
    of N-Triples. With ``update_url`` (a SPARQL Update endpoint, e.g. ``…/update``)
    each graph is sent as ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { … } }``.
    Pushing twice leaves the server as after one push.
    """
    if not endpoint and not update_url:
        raise InputError("push needs a Graph Store endpoint or an update endpoint")
    t0 = time.perf_counter()
    result = PushResult(target=update_url or endpoint or "")
    for graph, triples in _each_graph(store):
        if update_url:
            quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)) for t in triples]
            body = urllib.parse.urlencode({"update": f"DROP SILENT GRAPH <{graph}> ;\n{insert_data(quads)}"})
            req = urllib.request.Request(update_url, data=body.encode("utf-8"), method="POST", headers={
                "Content-Type": "application/x-www-form-urlencoded"})
        else:
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            req = urllib.request.Request(graph_store_url(endpoint or "", graph), data=data, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        _http(req, timeout)
        result.graphs += 1
        result.quads += len(triples)
    result.seconds = round(time.perf_counter() - t0, 2)
    return result


def oxigraph_server() -> str:
    """The path of the ``oxigraph`` server binary (PyPI package ``oxigraph``); InputError if absent."""
    import shutil
    import sys
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise InputError("the Oxigraph server is not installed (pip install oxigraph)")
    return found


def serve_command(store_dir: str | Path | None = None, bind: str = "127.0.0.1:7878") -> list[str]:
    """The command line that serves a store over SPARQL 1.1 (query, update, graph store, web page).

    The default graph of queries is the union of the named graphs, as in ``kg query``;
    without ``store_dir`` the server keeps its data in memory.
    """
    cmd = [oxigraph_server(), "serve", "--bind", bind, "--union-default-graph"]
    if store_dir is not None:
        cmd += ["--location", str(store_dir)]
    return cmd


def restore_datatypes(quads: Iterable) -> list:
    """Undo Oxigraph's storage normalisation of xsd:nonNegativeInteger to xsd:integer.

    Oxigraph stores the character offsets (nif:beginIndex/endIndex) as xsd:integer; what is
    read back from a store kg built (files written from it, exports, validation) gets the
    datatype the graph module gave them, so it matches a plain ``kg build``.
    """
    from kg.vocab import NIF, XSD
    offsets = {NIF.beginIndex.value, NIF.endIndex.value}
    xsd_integer = "http://www.w3.org/2001/XMLSchema#integer"
    out = []
    for q in quads:
        o = q.object
        if q.predicate.value in offsets and isinstance(o, ox.Literal) and o.datatype.value == xsd_integer:
            q = ox.Quad(q.subject, q.predicate, ox.Literal(o.value, datatype=XSD.nonNegativeInteger), q.graph_name)
        out.append(q)
    return out
