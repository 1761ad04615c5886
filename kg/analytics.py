"""networkx views of a built graph: the actor network, centrality, communities, paths, stats.

:func:`actor_graph` turns the RDF into a ``networkx.MultiDiGraph`` whose nodes are
entities and whose edges are events (agent -> target, one edge per CAMEO code and
modality with a count), positions (person -> organisation) and structural relations
(memberOf, headquarteredIn ...). Node and edge insertion order is sorted, so
everything derived from it (GraphML, GEXF, HTML) is deterministic.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from kg.store import Store
from kg.vocab import ENTITY_CLASSES, PREFIXES, STRUCTURAL

#: English names of the 20 CAMEO roots (CAMEO codebook; PLOVER, CC BY-SA 4.0).
CAMEO_ROOT_NAMES = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate",
    "04": "Consult", "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation", "07": "Provide aid", "08": "Yield",
    "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce",
    "18": "Assault", "19": "Fight", "20": "Use unconventional mass violence",
}

#: Each entity class's parent (classes absent here are the four coarse types).
PARENT = {
    **{c: "Organization" for c in ("InternationalOrganization", "GovernmentBody", "MediaOrganization",
                                   "Company", "PoliticalParty", "ArmedGroup", "EducationalInstitution")},
    **{c: "Place" for c in ("Country", "City", "Region", "Continent", "Facility")},
}
COARSE_TYPES = ("Person", "Organization", "Country", "Place")


def coarse_type(cls: str) -> str:
    """Person, Organization, Country or Place for an entity class name (Country before Place)."""
    while cls not in COARSE_TYPES and cls in PARENT:
        cls = PARENT[cls]
    return cls if cls in COARSE_TYPES else "Other"


def most_specific(classes: set[str]) -> str:
    """The most specific of an entity's classes (ties broken alphabetically)."""
    parents = {PARENT.get(c) for c in classes}
    leaves = sorted(c for c in classes if c not in parents)
    return leaves[0] if leaves else sorted(classes)[0]


def root_of(code: str) -> str:
    """The two-digit CAMEO root of a code ("190" -> "19")."""
    return code[:2].zfill(2)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _rows(store: Store, sparql: str) -> list[dict[str, str]]:
    """SELECT rows as dicts of plain string values (unbound -> missing)."""
    result = store.query(sparql, prefixes=PREFIXES)
    names = [v.value for v in result.variables]
    rows = []
    for sol in result:
        rows.append({n: sol[n].value for n in names if sol[n] is not None})
    return rows


_CLASSES = " ".join(f"kg:{c}" for c in ENTITY_CLASSES)
ENTITIES_Q = f"""SELECT DISTINCT ?e ?class ?label ?wd WHERE {{
  VALUES ?class {{ {_CLASSES} }}
  ?e a ?class .
  OPTIONAL {{ ?e rdfs:label ?label }}
  OPTIONAL {{ ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), STR(wd:))) }}
}}"""
EVENTS_Q = """SELECT DISTINCT ?event ?agent ?target ?code ?modality WHERE {
  ?event a kg:Event ; kg:agent ?agent ; kg:target ?target ; kg:cameoCode ?code .
  OPTIONAL { ?event kg:modality ?modality }
}"""
POSITIONS_Q = """SELECT DISTINCT ?person ?org ?title WHERE {
  ?person kg:holdsPosition ?p . ?p kg:positionIn ?org . OPTIONAL { ?p kg:title ?title }
}"""
STRUCTURAL_Q = f"""SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?p {{ {" ".join("kg:" + r for r in STRUCTURAL)} }} ?s ?p ?o .
}}"""


def _entity_nodes(store: Store) -> dict[str, dict[str, str]]:
    classes: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    wds: dict[str, set[str]] = {}
    for row in _rows(store, ENTITIES_Q):
        e = row["e"]
        classes.setdefault(e, set()).add(_local(row["class"]))
        labels.setdefault(e, set()).update([row["label"]] if "label" in row else [])
        wds.setdefault(e, set()).update([row["wd"]] if "wd" in row else [])
    nodes = {}
    for e in sorted(classes):
        cls = most_specific(classes[e])
        nodes[e] = {"label": min(labels[e]) if labels[e] else _local(e), "type": cls,
                    "coarse": coarse_type(cls), "wikidata": min(wds[e]) if wds[e] else ""}
    return nodes


def actor_graph(store: Store) -> nx.MultiDiGraph:
    """The actor network: entities as nodes, events/positions/relations as keyed edges."""
    g = nx.MultiDiGraph()
    for iri, attrs in _entity_nodes(store).items():
        g.add_node(iri, **attrs)
    for (a, t, key), attrs in sorted(_event_edges(store).items()):
        _add_edge(g, a, t, key, attrs)
    for row in sorted(_rows(store, POSITIONS_Q), key=lambda r: sorted(r.items())):
        _add_edge(g, row["person"], row["org"], f"positionIn:{row.get('title', '')}",
                  {"kind": "positionIn", "label": row.get("title", ""), "count": 1})
    for row in sorted(_rows(store, STRUCTURAL_Q), key=lambda r: sorted(r.items())):
        rel = _local(row["p"])
        _add_edge(g, row["s"], row["o"], rel, {"kind": rel, "label": rel, "count": 1})
    return g


def _event_edges(store: Store) -> dict[tuple[str, str, str], dict]:
    """Events grouped by (agent, target, code:modality) with a count."""
    edges: dict[tuple[str, str, str], dict] = {}
    for row in _rows(store, EVENTS_Q):
        code, modality = row["code"], _local(row.get("modality", "asserted"))
        key = (row["agent"], row["target"], f"{code}:{modality}")
        root = root_of(code)
        edge = edges.setdefault(key, {"kind": "event", "cameo": code, "root": root,
                                      "label": CAMEO_ROOT_NAMES.get(root, root),
                                      "modality": modality, "count": 0})
        edge["count"] += 1
    return edges


def _add_edge(g: nx.MultiDiGraph, u: str, v: str, key: str, attrs: dict) -> None:
    for node in (u, v):
        if node not in g:
            g.add_node(node, label=_local(node), type="", coarse="Other", wikidata="")
    g.add_edge(u, v, key=key, **attrs)


def simple_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """An undirected simple graph of the actor network (edge weight = summed counts)."""
    s = nx.Graph()
    s.add_nodes_from(sorted(g.nodes(data=True)))
    for u, v, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        w = s.get_edge_data(u, v, {"weight": 0})["weight"]
        s.add_edge(u, v, weight=w + data.get("count", 1))
    return s


def centrality(g: nx.MultiDiGraph) -> list[tuple[str, float, float]]:
    """(node, degree centrality, betweenness centrality), highest degree first."""
    s = simple_graph(g)
    if s.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(s)
    between = nx.betweenness_centrality(s)
    return sorted(((n, degree[n], between[n]) for n in s), key=lambda x: (-x[1], -x[2], x[0]))


def communities(g: nx.MultiDiGraph) -> list[list[str]]:
    """Communities of actors (greedy modularity), largest first, members sorted."""
    s = simple_graph(g)
    s.remove_nodes_from([n for n in list(s) if s.degree(n) == 0])
    if s.number_of_edges() == 0:
        return []
    found = nx.algorithms.community.greedy_modularity_communities(s, weight="weight")
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def shortest_path(g: nx.MultiDiGraph, source: str, target: str) -> list[str]:
    """The shortest path between two actors (ignoring direction); empty if none."""
    s = simple_graph(g)
    try:
        return nx.shortest_path(s, source, target)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []


@dataclass
class Stats:
    """What `kg stats` reports."""
    quads: int
    articles: int
    entities_by_type: dict[str, int]
    events_by_root: dict[str, int]
    quotes: int
    positions: int
    top_actors: list[tuple[str, str, int, float]] = field(default_factory=list)  # iri, label, mentions, centrality


def stats(store: Store, top: int = 10) -> Stats:
    """Counts of articles, entities by type, events by CAMEO root, quotes and the top actors."""
    g = actor_graph(store)
    by_type = Counter(data["type"] for _, data in g.nodes(data=True) if data["type"])
    roots = Counter(root_of(r["code"]) for r in _rows(
        store, "SELECT DISTINCT ?e ?code WHERE { ?e a kg:Event ; kg:cameoCode ?code }"))
    mentions = Counter(r["e"] for r in _rows(
        store, "SELECT DISTINCT ?a ?e WHERE { ?a a kg:Article ; schema:mentions ?e }"))
    degree = {n: d for n, d, _ in centrality(g)}
    ranked = sorted(set(mentions) | set(degree), key=lambda n: (-mentions[n], -degree.get(n, 0), n))
    return Stats(
        quads=len(store),
        articles=_count(store, "?x a kg:Article"),
        entities_by_type=dict(sorted(by_type.items())),
        events_by_root=dict(sorted(roots.items())),
        quotes=_count(store, "?x a kg:Quote"),
        positions=_count(store, "?x a kg:Position"),
        top_actors=[(n, g.nodes[n]["label"] if n in g else n, mentions[n], round(degree.get(n, 0.0), 4))
                    for n in ranked[:top]],
    )


def _count(store: Store, pattern: str) -> int:
    rows = _rows(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")
    return int(rows[0]["n"]) if rows else 0


def format_stats(s: Stats, width: int | None = None) -> str:
    """`kg stats` as aligned text tables."""
    from kg.query import compact, render_table
    parts = [render_table(["what", "count"], [["quads", str(s.quads)], ["articles", str(s.articles)],
                                              ["quotes", str(s.quotes)], ["positions", str(s.positions)]], width)]
    parts.append(render_table(["entity type", "count"], [[k, str(v)] for k, v in s.entities_by_type.items()], width))
    parts.append(render_table(["CAMEO root", "name", "events"],
                              [[k, CAMEO_ROOT_NAMES.get(k, "?"), str(v)] for k, v in s.events_by_root.items()], width))
    parts.append(render_table(["actor", "label", "articles", "degree centrality"],
                              [[compact(i), lbl, str(m), f"{c:.3f}"] for i, lbl, m, c in s.top_actors], width))
    return "\n".join(parts)


