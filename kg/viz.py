"""Interactive HTML view of the actor network (pyvis / vis-network), usable offline.

Actors are nodes coloured and shaped by coarse type (Person, Organization, Country,
Place), sized by PageRank, with tooltips (type, other names, Wikidata link, positions,
articles, quotes). Events are arrows labelled with their CAMEO root name and coloured on
the cooperation–conflict scale (verbal/material cooperation 01-05/06-09, verbal/material
conflict 10-14/15-20; dashed when not asserted); reported events add a dashed
reporter -> agent arrow; positions and structural relations are grey. Parallel edges with
the same label are merged with a count; tooltips carry the evidence sentences. A header
holds a legend, an actor search box, an event-type filter and a note of what was left out
(:func:`select`: --focus, --cameo, --top). The vis-network JavaScript and CSS are inlined
(pyvis ``cdn_resources="in_line"``) and pyvis' Bootstrap CDN tags are removed, so the file
opens without a network. Layout uses a fixed random seed and sorted nodes/edges, so the
same graph gives byte-identical HTML.
"""
from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from pyvis.network import Network

from kg.analytics import CAMEO_ROOT_NAMES, actor_graph, pagerank, resolve_actor
from kg.errors import KgError
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


#: Node shape per coarse type (colour comes from :data:`COLOURS`).
SHAPES = {"Person": "dot", "Organization": "square", "Country": "triangle", "Place": "diamond", "Other": "dot"}
#: The cooperation–conflict scale: (first root, last root, name, colour), CAMEO quad classes.
SCALE = [("01", "05", "verbal cooperation", "#1b998b"), ("06", "09", "material cooperation", "#0b6e4f"),
         ("10", "14", "verbal conflict", "#f18f01"), ("15", "20", "material conflict", "#d7263d")]
DEFAULT_TOP = 150


def root_colour(root: str) -> str:
    """The colour of a CAMEO root on the cooperation–conflict scale."""
    for first, last, _name, colour in SCALE:
        if first <= root <= last:
            return colour
    return EDGE_GREY


def parse_roots(text: str | None) -> set[str] | None:
    """``"19,11"`` -> ``{"19", "11"}`` (two-digit CAMEO roots); None/empty -> None."""
    if not text:
        return None
    roots = set()
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= 20:
            raise KgError(f"bad CAMEO root {part!r} (expected 01-20, e.g. --cameo 19,11)")
        roots.add(part.zfill(2))
    return roots or None


def select(g: nx.MultiDiGraph, focus: str | None = None, depth: int = 1, cameo: set[str] | None = None,
           top: int | None = DEFAULT_TOP) -> tuple[nx.MultiDiGraph, str]:
    """The part of the actor graph to draw, and a note on what was left out.

    ``cameo`` keeps only event (and reported-event) edges whose CAMEO root is listed, and
    drops actors left without edges; ``focus`` keeps the actor's neighbourhood up to ``depth``
    hops (ignoring direction); ``top`` keeps the ``top`` actors by PageRank.
    """
    g = g.copy()
    notes = []
    if cameo:
        drop = [(u, v, k) for u, v, k, d in g.edges(keys=True, data=True)
                if "root" in d and d["root"] not in cameo]
        g.remove_edges_from(drop)
        g.remove_nodes_from(sorted(n for n in list(g) if g.degree(n) == 0))
        notes.append(f"event types: CAMEO {', '.join(sorted(cameo))}")
    if focus:
        node = resolve_actor(g, focus)
        keep = nx.ego_graph(g.to_undirected(as_view=True), node, radius=depth)
        g = g.subgraph(sorted(keep)).copy()
        notes.append(f"neighbourhood of {g.nodes[node]['label']} (depth {depth})")
    total = g.number_of_nodes()
    if top is not None and total > top:
        pr = pagerank(g)
        kept = sorted(g, key=lambda n: (-round(pr.get(n, 0.0), 12), n))[:top]
        g = g.subgraph(sorted(kept)).copy()
        notes.append(f"showing the top {top} of {total} actors by PageRank; {total - top} left out "
                     f"(use --top or --focus)")
    return g, "; ".join(notes)


def query_graph(store: Store, query: str, base: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """The triples of a CONSTRUCT query as an actor graph (IRI-to-IRI triples become edges).

    Node types and names come from ``base`` (the full actor graph) where known, else from
    ``rdfs:label`` triples in the result; CAMEO shortcut properties (kg:attacked …) are
    coloured like events.
    """
    from kg.query import run_query
    from kg.vocab import ROOT_PROPERTIES
    result = run_query(store, query)
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        raise KgError("--query needs a CONSTRUCT query (it draws the triples it returns)")
    triples = sorted(result, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    roots = {prop: root for root, prop in ROOT_PROPERTIES.items()}
    labels = {str(t.subject.value): t.object.value for t in triples
              if t.predicate.value == RDFS_LABEL and isinstance(t.object, ox.Literal)}
    g = nx.MultiDiGraph()
    for t in triples:
        if not isinstance(t.object, ox.NamedNode) or t.predicate.value in SKIP_PREDICATES:
            continue
        u, v, prop = t.subject.value, t.object.value, _local(t.predicate.value)
        for node in (u, v):
            if node not in g:
                attrs = dict(base.nodes[node]) if base is not None and node in base else {
                    "label": labels.get(node, _local(node)), "type": "", "coarse": "Other", "wikidata": ""}
                g.add_node(node, **attrs)
        attrs = {"kind": prop, "label": prop, "count": 1}
        if prop in roots:
            attrs.update(kind="event", root=roots[prop], cameo=roots[prop], modality="asserted",
                         label=CAMEO_ROOT_NAMES[roots[prop]])
        g.add_edge(u, v, key=prop, **attrs)
    return g


RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKIP_PREDICATES = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2002/07/owl#sameAs"}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def merged_edges(g: nx.MultiDiGraph) -> list[tuple[str, str, dict]]:
    """Parallel edges with the same label merged: (u, v, attrs) with summed count, sorted."""
    merged: dict[tuple[str, str, str], dict] = {}
    for u, v, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        m = merged.setdefault((u, v, d.get("label") or d.get("kind", "")), {
            **{k: val for k, val in d.items() if k not in ("evidence", "articles", "count")},
            "count": 0, "evidence": [], "articles": [], "modalities": []})
        m["count"] += d.get("count", 1)
        m["evidence"] += [x for x in d.get("evidence", []) if x not in m["evidence"]]
        m["articles"] += [x for x in d.get("articles", []) if x not in m["articles"]]
        if d.get("modality") and d["modality"] not in m["modalities"]:
            m["modalities"].append(d["modality"])
    return [(u, v, d) for (u, v, _), d in sorted(merged.items())]


def network(g: nx.MultiDiGraph) -> Network:
    """A pyvis Network for the actor graph (sorted nodes and edges, fixed layout seed).

    Node colour and shape by coarse type, size by PageRank; edges merged per label with a count.
    """
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    pr = pagerank(g)
    top_pr = max(pr.values(), default=0.0) or 1.0
    for node, data in sorted(g.nodes(data=True), key=lambda n: n[0]):
        coarse = data.get("coarse", "Other")
        net.add_node(node, label=data["label"], title=_node_title(node, data),
                     color=COLOURS.get(coarse, COLOURS["Other"]), shape=SHAPES.get(coarse, "dot"),
                     size=round(10 + 30 * pr.get(node, 0.0) / top_pr, 2))
    for u, v, data in merged_edges(g):
        net.add_edge(u, v, **_edge_style(data))
    net.options = OPTIONS
    return net


def _node_title(iri: str, data: dict) -> str:
    lines = [data["label"], f"{data.get('type') or '?'} ({data.get('coarse', 'Other')})", compact(iri)]
    other = [a for a in data.get("alt", []) if a != data["label"]]
    if other:
        lines.append("also: " + ", ".join(other[:8]))
    if data.get("wikidata"):
        lines.append(f"{compact(data['wikidata'])}  https://www.wikidata.org/wiki/{_local(data['wikidata'])}")
    lines += [f"position: {p}" for p in data.get("positions", [])[:5]]
    if data.get("articles"):
        arts = data["articles"]
        lines.append(f"articles ({len(arts)}): " + ", ".join(compact(a) for a in arts[:5])
                     + (" …" if len(arts) > 5 else ""))
    lines += [f"quote: “{_short(q)}”" for q in data.get("quotes", [])[:5]]
    return "\n".join(lines)


def _short(text: str, n: int = 140) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _edge_style(data: dict) -> dict:
    count = data.get("count", 1)
    label = data.get("label") or data.get("kind", "")
    shown = label if count == 1 else f"{label} ×{count}"
    if "root" in data:
        kind = "event" if data.get("kind") == "event" else data.get("kind", "")
        head = (f"CAMEO {data.get('cameo', data['root'])} ({label}), {'/'.join(data.get('modalities', []))}"
                if kind == "event" else label)
        asserted = kind == "event" and "asserted" in data.get("modalities", ["asserted"])
        style = {"dashes": not asserted, "width": 1 + min(count, 5), "color": root_colour(data["root"]),
                 "root": data["root"]}
    else:
        head = f"{data.get('kind', '')}: {label}" if label != data.get("kind") else label
        style = {"dashes": False, "width": 1, "color": EDGE_GREY}
    lines = [f"{head} ×{count}"] + [f"“{_short(e)}”" for e in data.get("evidence", [])[:4]]
    lines += [compact(a) for a in data.get("articles", [])[:3]]
    return {"label": shown, "title": "\n".join(lines), **style}


def _controls(g: nx.MultiDiGraph, note: str) -> str:
    """Header: note, search box, event-type filter and legend (plain HTML/CSS/JS, no network)."""
    esc = html_lib.escape
    roots = sorted({d["root"] for _, _, d in g.edges(data=True) if "root" in d})
    options = "".join(f'<option value="{r}">{r} {esc(CAMEO_ROOT_NAMES.get(r, r))}</option>' for r in roots)
    types = "".join(f'<span class="kg-key"><span style="color:{COLOURS[t]}">{_SYMBOL[SHAPES[t]]}</span> {t}</span>'
                    for t in COLOURS)
    scale = "".join(f'<span class="kg-key"><span style="color:{c}">━━</span> {n} ({a}–{b})</span>'
                    for a, b, n, c in SCALE)
    scale += f'<span class="kg-key"><span style="color:{EDGE_GREY}">━━</span> position / relation</span>'
    scale += '<span class="kg-key">- - - not asserted / reported</span>'
    summary = f"{g.number_of_nodes()} actors, {len(merged_edges(g))} relations (parallel edges merged)"
    return f"""<div id="kg-bar" style="font:13px sans-serif;padding:6px 10px;border-bottom:1px solid #ddd">
<b>Actor network</b>: {esc(summary)}{' — <span id="kg-note" style="color:#b00">' + esc(note) + '</span>' if note else ''}<br>
<input id="kg-search" placeholder="find actor…" oninput="kgFind()" style="width:12em">
<select id="kg-root" onchange="kgRoot()"><option value="">all event types</option>{options}</select>
<span id="kg-legend">{types} | {scale}</span>
<style>.kg-key{{margin-left:10px;white-space:nowrap}}</style>
</div>
<script>
function kgFind() {{
  var q = document.getElementById('kg-search').value.toLowerCase();
  if (typeof nodes === 'undefined' || !q) {{ return; }}
  var ids = nodes.get({{filter: function (n) {{ return n.label.toLowerCase().indexOf(q) >= 0; }}}})
                 .map(function (n) {{ return n.id; }});
  network.selectNodes(ids);
  if (ids.length) {{ network.fit({{nodes: ids, animation: false}}); }}
}}
function kgRoot() {{
  var r = document.getElementById('kg-root').value;
  edges.update(edges.get().map(function (e) {{ return {{id: e.id, hidden: !!(r && e.root !== r)}}; }}));
}}
</script>
"""


_SYMBOL = {"dot": "●", "square": "■", "triangle": "▲", "diamond": "◆"}


def html(source: Store | str | Path | Iterable[ox.Quad], focus: str | None = None, depth: int = 1,
         cameo: set[str] | str | None = None, top: int | None = DEFAULT_TOP, query: str | None = None) -> str:
    """The offline HTML page for a graph (optionally a focus, CAMEO filter, top N or CONSTRUCT query)."""
    store = to_store(source)
    full = actor_graph(store, details=True)
    g = query_graph(store, query, full) if query else full
    if isinstance(cameo, str):
        cameo = parse_roots(cameo)
    g, note = select(g, focus, depth, cameo, top)
    if query:
        note = "; ".join(x for x in (f"result of {Path(query).name if query.endswith('.rq') else 'a query'}", note) if x)
    page = network(g).generate_html()
    page = page.replace("<body>", "<body>\n" + _controls(g, note), 1)
    page = page.replace("<head>", "<head>\n" + SELF_CHECK, 1)
    return offline(page)


# Marks the page itself with what it drew and any script error, so that a browser test
# (headless Chromium --dump-dom) reads the numbers from the running page.
SELF_CHECK = """<script>
window.addEventListener('error', function (e) {
  document.documentElement.setAttribute('data-kg-error', String(e.message));
});
window.addEventListener('load', function () {
  if (typeof nodes !== 'undefined' && typeof edges !== 'undefined') {
    document.documentElement.setAttribute('data-kg-nodes', nodes.length);
    document.documentElement.setAttribute('data-kg-edges', edges.length);
  }
});
</script>"""


def offline(page: str) -> str:
    """The page without remote ``<script src>`` / ``<link href>`` tags."""
    return _REMOTE_TAG.sub("", page)


def render_html(source: Store | str | Path | Iterable[ox.Quad], out_path: str | Path, **options) -> Path:
    """Write the interactive HTML view of a graph to ``out_path`` (atomically); return the path.

    ``options`` are those of :func:`html` (focus, depth, cameo, top, query).
    """
    out = Path(out_path)
    write_atomic(out, html(source, **options).encode("utf-8"))
    return out
