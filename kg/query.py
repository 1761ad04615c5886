"""SPARQL over a built graph: literal queries, ``.rq`` files, named queries, result formats.

A query argument is resolved in this order: a named query shipped in
``kg/queries/NAME.rq`` (see :func:`named_queries`), an existing ``.rq`` file, else
the argument itself as SPARQL. The project prefixes (``kg:``, ``ent:``, ``schema:`` …)
may be used without declaring them.

Parameters (``--param actor=ent:russia``) are bound safely with a SPARQL ``VALUES``
clause (at the top of a shipped query's WHERE block, at the end of other queries),
never by pasting text into the query: the value becomes an
IRI (``<…>``, ``http(s)://…`` or a known ``prefix:name``) or a string literal. A
named query may declare ``# param: NAME entity``; a literal given for such a
parameter is looked up as an entity label (``rdfs:label`` / ``skos:altLabel``).

>>> from kg.store import open_store
>>> print(query(open_store("output/kg.trig"), "positions", fmt="csv"))  # doctest: +SKIP
"""
from __future__ import annotations

import io
import json
import re
import shutil
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rich import box
from rich.console import Console
from rich.table import Table

from kg.errors import FormatError, InputError, QueryError
from kg.store import QueryResult, Store, serialize_quads, sort_key
from kg.vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json", "ttl")
_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*?)\s*$", re.M)


@dataclass
class NamedQuery:
    """A query shipped with kg: its name (file stem), title, description, params and text."""
    name: str
    title: str
    description: str
    sparql: str
    params: dict[str, str] = field(default_factory=dict)   # name -> kind ("entity" | "literal")
    shipped: bool = False      # one of kg/queries/: its parameters may be bound at the top


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Read the ``# title:`` / ``# description:`` / ``# param:`` header of a ``.rq`` text."""
    title, description, params = name, "", {}
    for key, value in _HEADER.findall(text):
        if key == "title":
            title = value
        elif key == "description":
            description = value
        else:
            pname, _, kind = value.partition(" ")
            params[pname] = kind.split()[0] if kind.strip() else "literal"
    return NamedQuery(name, title, description, text, params)


def named_queries() -> dict[str, NamedQuery]:
    """The named queries shipped in ``kg/queries/``, by name, sorted."""
    folder = resources.files("kg") / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = parse_named_query(name, entry.read_text(encoding="utf-8"))
            found[name].shipped = True
    return found


def list_queries() -> list[tuple[str, str]]:
    """(name, title) of every named query."""
    return [(q.name, q.title) for q in named_queries().values()]


def resolve_query(arg: str) -> NamedQuery:
    """A named query, a ``.rq`` file or literal SPARQL, as a :class:`NamedQuery`."""
    queries = named_queries()
    if arg in queries:
        return queries[arg]
    if arg.endswith(".rq") or ("\n" not in arg and len(arg) < 4096 and Path(arg).is_file()):
        path = Path(arg)
        if not path.is_file():
            raise QueryError(f"no such query file: {arg}")
        return parse_named_query(path.stem, path.read_text(encoding="utf-8"))
    if re.fullmatch(r"[\w-]+", arg.strip()):
        raise QueryError(f"unknown named query {arg!r} (see `kg query --list`)")
    return parse_named_query("query", arg)


def to_term(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: ``<iri>``, ``http(s)://…``, ``prefix:name`` or a literal."""
    text = value.strip()
    try:
        if text.startswith("<") and text.endswith(">"):
            return ox.NamedNode(text[1:-1])
        if re.match(r"https?://", text):
            return ox.NamedNode(text)
        prefix, sep, local = text.partition(":")
        if sep and prefix in PREFIXES and re.fullmatch(r"[\w.\-]*", local):
            return ox.NamedNode(PREFIXES[prefix] + local)
    except ValueError as exc:
        raise QueryError(f"bad IRI {value!r}: {exc}") from None
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1]
    return ox.Literal(text)


def entities_labelled(store: Store, label: str) -> list[ox.NamedNode]:
    """Entities whose rdfs:label or skos:altLabel equals ``label`` (case-insensitive)."""
    needle = ox.Literal(label.lower())
    rows = store.query(
        "SELECT DISTINCT ?e WHERE { ?e rdfs:label|skos:altLabel ?l . "
        f"FILTER(LCASE(STR(?l)) = {needle}) }} ORDER BY ?e", prefixes=PREFIXES)
    return [row["e"] for row in rows]


def bind_params(store: Store, q: NamedQuery, params: dict[str, str]) -> str:
    """The query text with a ``VALUES`` clause binding each parameter."""
    sparql = q.sparql
    for name, value in sorted(params.items()):
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"bad parameter name {name!r}")
        if not re.search(rf"[?$]{name}\b", sparql):
            raise QueryError(f"query {q.name!r} has no variable ?{name}")
        term = to_term(value)
        terms = [term]
        if q.params.get(name) == "entity" and isinstance(term, ox.Literal):
            terms = entities_labelled(store, term.value)
            if not terms:
                raise QueryError(f"no entity is labelled {value!r}")
        values = f"VALUES ?{name} {{ {' '.join(str(t) for t in terms)} }}"
        # at the top of a shipped query (written for it), trailing in the user's own, where
        # an early VALUES could clash with a later BIND of the same variable
        sparql = _with_values(sparql, values) if q.shipped else f"{sparql}\n{values}"
    return sparql


_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


def _with_values(sparql: str, values: str) -> str:
    """``values`` first inside the outermost WHERE block, so that the engine starts from the
    bound values (a trailing VALUES is joined after the whole pattern); trailing otherwise."""
    uncommented = re.sub(r"(?m)^\s*#.*$", lambda m: " " * len(m.group()), sparql)
    m = _WHERE.search(uncommented)
    if m is None:
        return f"{sparql}\n{values}"
    return f"{sparql[:m.end()]}\n  {values}{sparql[m.end():]}"


def run_query(store: Store, arg: str, params: dict[str, str] | None = None) -> QueryResult:
    """Resolve ``arg`` (named query, ``.rq`` file or SPARQL), bind ``params`` and run it."""
    q = resolve_query(arg)
    return store.query(bind_params(store, q, params or {}), prefixes=PREFIXES)


def query(store: Store, arg: str, fmt: str = "table", params: dict[str, str] | None = None,
          width: int | None = None) -> str:
    """Run a query and format its result (``table`` | ``csv`` | ``tsv`` | ``json`` | ``ttl``)."""
    if fmt not in FORMATS:
        raise FormatError(f"unknown result format {fmt!r} (known: {', '.join(FORMATS)})")
    return format_result(run_query(store, arg, params), fmt, width)


def format_result(result: QueryResult, fmt: str = "table", width: int | None = None) -> str:
    """Format a query result: SELECT as table/csv/tsv/json, ASK as true/false, CONSTRUCT as RDF."""
    if isinstance(result, ox.QueryBoolean):
        return _format_boolean(bool(result), fmt)
    if isinstance(result, ox.QuerySolutions):
        return _format_solutions(result, fmt, width)
    return _format_triples(list(result), fmt)


def _format_boolean(value: bool, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}) + "\n"
    return ("true" if value else "false") + "\n"


def _format_solutions(result: ox.QuerySolutions, fmt: str, width: int | None) -> str:
    if fmt == "ttl":
        raise FormatError("Turtle output needs a CONSTRUCT or DESCRIBE query; use table, csv, tsv or json")
    if fmt == "table":
        variables = [v.value for v in result.variables]
        rows = [[_show(row[v]) for v in variables] for row in result]
        return render_table(variables, rows, width)
    formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
               "json": ox.QueryResultsFormat.JSON}
    return result.serialize(format=formats[fmt]).decode("utf-8")


def _format_triples(triples: list[ox.Triple], fmt: str) -> str:
    rdf = {"table": "ttl", "ttl": "ttl", "json": "jsonld", "csv": "nt", "tsv": "nt"}[fmt]
    quads = [ox.Quad(t.subject, t.predicate, t.object) for t in sorted(triples, key=sort_key)]
    return serialize_quads(quads, rdf, prefixes=PREFIXES).decode("utf-8")


def render_table(variables: list[str], rows: list[list[str]], width: int | None = None) -> str:
    """An aligned text table (rich) of query rows, with a row count underneath."""
    table = Table(*variables, box=box.SIMPLE_HEAD, show_edge=False, header_style="bold")
    for row in rows:
        table.add_row(*row)
    buf = io.StringIO()
    width = width or shutil.get_terminal_size((120, 24)).columns
    Console(file=buf, width=width, no_color=True, highlight=False, markup=False).print(table)
    noun = "row" if len(rows) == 1 else "rows"
    return buf.getvalue() + f"{len(rows)} {noun}\n"


def _show(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    """A compact display form of a term: ``ent:russia``, ``Rusia``, ``_:b0``, or empty."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def compact(iri: str) -> str:
    """``prefix:local`` for an IRI in a known namespace, else the IRI."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            local = iri[len(ns):]
            if re.fullmatch(r"[\w.\-]*", local):
                best = prefix
    return f"{best}:{iri[len(PREFIXES[best]):]}" if best else iri


# -- checking a graph against the SHACL shapes (`kg validate`) --

@dataclass
class ValidationReport:
    """The outcome of checking a graph against ontology/shapes.ttl."""
    conforms: bool
    violations: int
    text: str


def ontology_dir() -> Path:
    """The folder holding kg.ttl and shapes.ttl.

    ``$KG_ONTOLOGY_DIR`` if set, else ``ontology/`` next to the ``kg`` package (a
    source checkout or an editable install). The folder is not packaged into wheels.
    """
    import os
    env = os.environ.get("KG_ONTOLOGY_DIR")
    folder = Path(env) if env else Path(__file__).resolve().parent.parent / "ontology"
    if not (folder / "shapes.ttl").is_file():
        raise InputError(f"no ontology/shapes.ttl in {folder}; set KG_ONTOLOGY_DIR or pass --shapes")
    return folder


def validate(store: Store, shapes: str | Path | None = None, ontology: str | Path | None = None) -> ValidationReport:
    """Check a graph (all named graphs merged) against SHACL shapes, with the ontology mixed in."""
    import pyshacl
    import rdflib
    ntriples = store.serialize("nt")
    # pyshacl keeps its callers' frames alive: without this `del`, an on-disk store (and its
    # lock) would stay open until the garbage collector runs
    del store
    shapes = Path(shapes) if shapes else ontology_dir() / "shapes.ttl"
    ontology = Path(ontology) if ontology else shapes.parent / "kg.ttl"
    data = rdflib.Graph().parse(data=ntriples, format="nt")
    try:
        shacl = rdflib.Graph().parse(shapes, format="turtle")
        if ontology.is_file():
            data.parse(ontology, format="turtle")   # class hierarchy + CAMEO concepts for sh:class
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"cannot read shapes/ontology: {' '.join(str(exc).split())}") from None
    conforms, results, text = pyshacl.validate(data, shacl_graph=shacl, inference="none", allow_warnings=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    violations = len(set(results.subjects(rdflib.RDF.type, sh.ValidationResult)))
    return ValidationReport(bool(conforms), violations, text)
