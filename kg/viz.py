"""Interactive HTML view of the actor network (pyvis / vis-network), usable offline.

Entities are nodes coloured by coarse type (Person, Organization, Country, Place);
events are arrows labelled with their CAMEO root name (red for conflict roots
09-20, green for cooperation roots 01-08; dashed when not asserted);
positions and structural relations are grey arrows. The vis-network JavaScript and
CSS are inlined (pyvis ``cdn_resources="in_line"``) and pyvis' Bootstrap CDN tags are
removed, so the file opens without a network. Layout uses a fixed random seed and
sorted nodes/edges, so the same graph gives byte-identical HTML.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from pyvis.network import Network

from kg.analytics import actor_graph
from kg.export import write_atomic
from kg.query import compact
from kg.store import MemoryStore, Store, open_store

COLOURS = {"Person": "#e4572e", "Organization": "#17bebb", "Country": "#ffc914",
           "Place": "#76b041", "Other": "#9e9e9e"}
EDGE_GREY = "#9e9e9e"
OPTIONS = {
    "layout": {"randomSeed": 7, "improvedLayout": True},
    "physics": {"enabled": True, "solver": "forceAtlas2Based",
                "stabilization": {"enabled": True, "iterations": 300}},
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
              "font": {"size": 11, "align": "middle"}, "smooth": {"type": "dynamic"}},
    "nodes": {"shape": "dot", "font": {"size": 14}},
    "interaction": {"hover": True, "navigationButtons": False},
}
# <script src="http…"> / <link href="http…"> tags (pyvis' template always adds Bootstrap's)
_REMOTE_TAG = re.compile(
    r'<script\b[^>]*\bsrc\s*=\s*["\']?(?:https?:)?//[^>]*>\s*</script>'
    r'|<link\b[^>]*\bhref\s*=\s*["\']?(?:https?:)?//[^>]*/?>', re.I | re.S)


def to_store(source: Store | str | Path | Iterable[ox.Quad]) -> Store:
    """A store from a store, a graph file/store spec, or quads."""
    if isinstance(source, Store):
        return source
    if isinstance(source, (str, Path)):
        return open_store(source)
    store = MemoryStore()
    store.add(source)
    return store


def network(g: nx.MultiDiGraph) -> Network:
    """A pyvis Network for the actor graph (sorted nodes and edges, fixed layout seed)."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in sorted(g.nodes(data=True), key=lambda n: n[0]):
        net.add_node(node, label=data["label"], title=_node_title(node, data),
                     color=COLOURS.get(data.get("coarse", "Other"), COLOURS["Other"]),
                     size=10 + 4 * min(g.degree(node), 10))
    for u, v, _key, data in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        net.add_edge(u, v, **_edge_style(data))
    net.options = OPTIONS
    return net


def _node_title(iri: str, data: dict) -> str:
    lines = [data["label"], f"{data.get('type') or '?'} ({data.get('coarse', 'Other')})", compact(iri)]
    if data.get("wikidata"):
        lines.append(compact(data["wikidata"]))
    return "\n".join(lines)


def _edge_style(data: dict) -> dict:
    if data.get("kind") == "event":
        asserted = data.get("modality") == "asserted"
        title = f"CAMEO {data['cameo']} ({data['label']}), {data['modality']}, x{data['count']}"
        return {"label": data["label"], "title": title, "dashes": not asserted,
                "width": 1 + min(data["count"], 5), "color": "#d7263d" if data["root"] >= "09" else "#1b998b"}
    title = data.get("label") or data.get("kind", "")
    return {"label": title, "title": data.get("kind", ""), "color": EDGE_GREY, "width": 1}


def html(source: Store | str | Path | Iterable[ox.Quad]) -> str:
    """The offline HTML page for a graph."""
    page = network(actor_graph(to_store(source))).generate_html()
    return offline(page)


def offline(page: str) -> str:
    """The page without remote ``<script src>`` / ``<link href>`` tags."""
    return _REMOTE_TAG.sub("", page)


def render_html(source: Store | str | Path | Iterable[ox.Quad], out_path: str | Path) -> Path:
    """Write the interactive HTML view of a graph to ``out_path`` (atomically); return the path."""
    out = Path(out_path)
    write_atomic(out, html(source).encode("utf-8"))
    return out
