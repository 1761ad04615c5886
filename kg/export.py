"""Export a built graph: RDF serializations and the actor network for Gephi/yEd/Cytoscape.

RDF formats (``ttl``, ``trig``, ``nt``, ``nq``, ``jsonld``, ``xml``) are written by
pyoxigraph from sorted quads; triple formats get the merged view of all named
graphs. ``graphml`` and ``gexf`` hold the actor network of
:func:`kg.analytics.actor_graph`. Output is deterministic (two runs give identical
bytes) and atomic: written to a temporary file in the target folder, then renamed.
"""
from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path

import networkx as nx

from kg.analytics import actor_graph
from kg.errors import FormatError
from kg.store import Store, open_store, serialize_quads
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


def export_bytes(store: Store, fmt: str) -> bytes:
    """The store serialized in one of :data:`FORMATS`."""
    if fmt in RDF_EXPORTS:
        prefixes = None if fmt in ("nt", "nq") else PREFIXES
        return serialize_quads(store.quads(), fmt, prefixes=prefixes)
    return network_bytes(actor_graph(store), fmt)


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
