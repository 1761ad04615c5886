"""Export a built graph: RDF serializations and the actor network for Gephi/yEd/Cytoscape.

RDF formats (``ttl``, ``trig``, ``nt``, ``nq``, ``jsonld``, ``xml``) are written by
pyoxigraph from sorted quads; triple formats get the merged view of all named
graphs. ``graphml`` and ``gexf`` hold the actor network of
:func:`kg.analytics.actor_graph`. Output is deterministic (two runs give identical
bytes) and atomic: written to a temporary file in the target folder, then renamed.
"""
from __future__ import annotations

import io
import json
import os
import re
import tempfile
from pathlib import Path

import networkx as nx

from kg.analytics import actor_graph
from kg.errors import FormatError
import pyoxigraph as ox

from kg.store import Store, open_store, serialize_quads, sort_key
from kg.vocab import PREFIXES

RDF_EXPORTS = ("ttl", "trig", "nt", "nq", "jsonld", "xml")
GRAPH_EXPORTS = ("graphml", "gexf")
FORMATS = RDF_EXPORTS + GRAPH_EXPORTS


def export(graph_file: str | Path | Store, fmt: str, out: str | Path | None = None) -> bytes:
    """Export a graph file (or open store) in ``fmt``; write to ``out`` atomically if given.

    Returns the exported bytes. Unknown formats raise :class:`kg.errors.FormatError`
    before anything is read or written.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise FormatError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    store = graph_file if isinstance(graph_file, Store) else open_store(graph_file)
    data = export_bytes(store, fmt)
    if out is not None:
        write_atomic(Path(out), data)
    return data


CONTEXT_IRI = "https://w3id.org/kg-news/context.jsonld"   # published copy: ontology/context.jsonld


def export_bytes(store: Store, fmt: str) -> bytes:
    """The store serialized in one of :data:`FORMATS`."""
    if fmt in RDF_EXPORTS:
        return rdf_bytes(store.quads(), fmt)
    return network_bytes(actor_graph(store), fmt)


def rdf_bytes(quads: list[ox.Quad], fmt: str) -> bytes:
    """Quads in one of :data:`RDF_EXPORTS`; JSON-LD compacted with the published context."""
    if fmt == "jsonld":
        return compact_jsonld(expanded_jsonld(quads))
    return serialize_quads(quads, fmt, prefixes=None if fmt in ("nt", "nq") else PREFIXES)


def jsonld_context() -> dict:
    """The JSON-LD context of kg's output: one prefix per namespace (ontology/context.jsonld)."""
    return {"@context": dict(sorted(PREFIXES.items()))}


def expanded_jsonld(quads: list[ox.Quad]) -> bytes:
    """Expanded JSON-LD of the quads: one entry per named graph, nodes and values sorted.
    (Written here because pyoxigraph's serializer turns xsd:nonNegativeInteger into integer.)"""
    graphs: dict[str, dict[str, dict]] = {}
    for quad in sorted(quads, key=sort_key):
        g = "" if isinstance(quad.graph_name, ox.DefaultGraph) else _term_id(quad.graph_name)
        node = graphs.setdefault(g, {}).setdefault(_term_id(quad.subject), {"@id": _term_id(quad.subject)})
        if quad.predicate.value == RDF_TYPE and not isinstance(quad.object, ox.Literal):
            node.setdefault("@type", []).append(_term_id(quad.object))
        else:
            node.setdefault(quad.predicate.value, []).append(_value(quad.object))
    doc: list = [n for _, n in sorted(graphs.pop("", {}).items())]
    doc += [{"@id": g, "@graph": [n for _, n in sorted(nodes.items())]} for g, nodes in sorted(graphs.items())]
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term_id(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def _value(term) -> dict:
    if not isinstance(term, ox.Literal):
        return {"@id": _term_id(term)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype.value != XSD_STRING:
        return {"@value": term.value, "@type": term.datatype.value}
    return {"@value": term.value}


def compact_jsonld(expanded: bytes) -> bytes:
    """Expanded JSON-LD -> the same graph with compact IRIs ("kg:agent", "ent:russia") under
    the published context (inlined, so that reading it needs no network)."""
    ctx = jsonld_context()["@context"]
    by_length = sorted(ctx.items(), key=lambda kv: -len(kv[1]))

    def curie(iri: str) -> str:
        for prefix, ns in by_length:
            rest = iri[len(ns):]
            if iri.startswith(ns) and rest and not rest.startswith("//"):
                return f"{prefix}:{rest}"
        return iri

    def walk(node):
        if isinstance(node, list):
            return [walk(x) for x in node]
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            if key in ("@id", "@type"):
                out[key] = [curie(v) for v in value] if isinstance(value, list) else curie(value)
            elif key.startswith("@"):
                out[key] = walk(value)
            else:
                out[curie(key)] = walk(value)
        return out

    doc = {"@context": ctx, "@graph": walk(json.loads(expanded))}
    return (json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def network_bytes(g: nx.MultiDiGraph, fmt: str) -> bytes:
    """The actor network as GraphML or GEXF (no timestamps, sorted nodes and edges)."""
    g = _sorted_copy(g)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml_xml(g, buf, encoding="utf-8", prettyprint=True)
        return buf.getvalue()
    for _, _, key, data in g.edges(keys=True, data=True):
        data["id"] = key  # GEXF edge ids: stable keys instead of counters
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True)
    return re.sub(rb' lastmodifieddate="[^"]*"', b"", buf.getvalue())


def _sorted_copy(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with nodes and edges inserted in sorted order."""
    h = nx.MultiDiGraph()
    h.add_nodes_from(sorted(g.nodes(data=True), key=lambda n: n[0]))
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    for u, v, k, data in edges:
        h.add_edge(u, v, key=f"{u}|{v}|{k}", **data)
    return h


def write_atomic(path: Path, data: bytes) -> None:
    """Write bytes to ``path`` via a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
