"""networkx views of a built graph: the actor network, centrality, communities, paths, stats.

:func:`actor_graph` turns the RDF into a ``networkx.MultiDiGraph`` whose nodes are
entities and whose edges are events (agent -> target, one edge per CAMEO code and
modality with a count), positions (person -> organisation) and structural relations
(memberOf, headquarteredIn ...). Node and edge insertion order is sorted, so
everything derived from it (GraphML, GEXF, HTML) is deterministic.
"""
from __future__ import annotations

import json
import re
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
    return [{n: term.value for n, term in zip(names, sol) if term is not None} for sol in result]


_CLASSES = " ".join(f"kg:{c}" for c in ENTITY_CLASSES)
# Facts about actors are read from the entity index graph (graph:index) where the store has
# one, else from every graph ({g} is then ?g): each article graph repeats the type, label
# and sameAs of every entity it mentions, so over the article graphs each fact is read by
# its own DISTINCT query (joined in one query, k copies would give k^3 rows) and joined here.
ENTITY_CLASSES_Q = "SELECT DISTINCT ?e ?v WHERE {{ VALUES ?v {{ " + _CLASSES + " }} GRAPH {g} {{ ?e a ?v }} }}"
ENTITY_LABELS_Q = "SELECT DISTINCT ?e ?v WHERE {{ GRAPH {g} {{ ?e rdfs:label ?v }} }}"
ENTITY_WIKIDATA_Q = "SELECT DISTINCT ?e ?v WHERE {{ GRAPH {g} {{ ?e owl:sameAs ?v }} FILTER(STRSTARTS(STR(?v), STR(wd:))) }}"
EVENTS_Q = """SELECT DISTINCT ?event ?agent ?target ?code ?modality WHERE {
  ?event a kg:Event ; kg:agent ?agent ; kg:target ?target ; kg:cameoCode ?code .
  OPTIONAL { ?event kg:modality ?modality }
}"""
# Position nodes are shared by the articles that mention them: DISTINCT sub-selects (see above).
POSITIONS_Q_D = """SELECT DISTINCT ?person ?org ?title ?p WHERE {{
  {{ SELECT DISTINCT ?person ?p WHERE {{ GRAPH {g} {{ ?person kg:holdsPosition ?p }} }} }}
  {{ SELECT DISTINCT ?p ?org WHERE {{ GRAPH {g} {{ ?p kg:positionIn ?org }} }} }}
  OPTIONAL {{ SELECT DISTINCT ?p ?title WHERE {{ GRAPH {g} {{ ?p kg:title ?title }} }} }}
}}"""
STRUCTURAL_Q = """SELECT DISTINCT ?s ?p ?o WHERE {{
  VALUES ?p {{ """ + " ".join("kg:" + r for r in STRUCTURAL) + """ }} GRAPH {g} {{ ?s ?p ?o }}
}}"""


def entity_scope(store: Store) -> str:
    """``graph:index`` when the store has the entity index graph, else ``?g`` (every graph)."""
    result = store.query("ASK { GRAPH graph:index { ?s ?p ?o } }", prefixes=PREFIXES)
    return "graph:index" if bool(result) else "?g"


def _entity_nodes(store: Store, g: str) -> dict[str, dict[str, str]]:
    classes, labels, wds = (_values(store, q.format(g=g))
                            for q in (ENTITY_CLASSES_Q, ENTITY_LABELS_Q, ENTITY_WIKIDATA_Q))
    nodes = {}
    for e in sorted(classes):
        cls = most_specific({_local(c) for c in classes[e]})
        nodes[e] = {"label": min(labels[e]) if e in labels else _local(e), "type": cls,
                    "coarse": coarse_type(cls), "wikidata": min(wds[e]) if e in wds else ""}
    return nodes


def _values(store: Store, sparql: str) -> dict[str, set[str]]:
    """``?e -> {?v}`` from a two-column SELECT."""
    values: dict[str, set[str]] = {}
    for row in _rows(store, sparql):
        values.setdefault(row["e"], set()).add(row["v"])
    return values


DETAIL_QUERIES = {
    "alt": "SELECT DISTINCT ?e ?v WHERE {{ GRAPH {g} {{ ?e skos:altLabel ?v }} }}",
    "articles": "SELECT DISTINCT ?e ?v WHERE {{ ?v a kg:Article ; schema:mentions ?e }}",
    "quotes": "SELECT DISTINCT ?e ?v WHERE {{ ?q a kg:Quote ; kg:speaker ?e ; kg:quoteText ?v }}",
}
EVIDENCE_Q = """SELECT DISTINCT ?x ?sentence ?article WHERE {
  GRAPH ?article { ?x kg:evidence ?span }
  OPTIONAL { ?span nif:anchorOf ?sentence }
}"""
ARTICLE_OF_Q = """SELECT DISTINCT ?s ?p ?o ?article WHERE {{
  VALUES ?p {{ {props} }} GRAPH ?article {{ ?s ?p ?o }} FILTER(?article != graph:index)
}}"""


def actor_graph(store: Store, details: bool = False, reported: bool = False) -> nx.MultiDiGraph:
    """The actor network: entities as nodes, events/positions/relations as keyed edges.

    With ``details`` (for views and paths, not for GraphML/GEXF, whose attributes must be
    scalars) nodes also get ``alt``, ``articles``, ``quotes`` and ``positions`` lists, edges
    get ``evidence`` (sentences) and ``articles`` lists, and each reported event adds a
    ``reportedBy`` edge from the reporter to the event's agent. ``reported`` adds those
    edges without the details (for measures of the network, which read no evidence).
    """
    g = nx.MultiDiGraph()
    scope = entity_scope(store)
    for iri, attrs in _entity_nodes(store, scope).items():
        g.add_node(iri, **attrs)
    evidence = _evidence(store) if details else {}
    for (a, t, key), attrs in sorted(_event_edges(store, evidence if details else None).items()):
        _add_edge(g, a, t, key, attrs)
    for row in sorted(_rows(store, POSITIONS_Q_D.format(g=scope)), key=lambda r: sorted(r.items())):
        attrs = {"kind": "positionIn", "label": row.get("title", ""), "count": 1}
        if details:
            sents, arts = evidence.get(row["p"], ([], []))
            attrs.update(evidence=list(sents), articles=list(arts))
        _add_edge(g, row["person"], row["org"], f"positionIn:{row.get('title', '')}", attrs)
    rel_articles: dict[tuple[str, str, str], set[str]] = {}
    if details:
        props = " ".join("kg:" + r for r in STRUCTURAL)
        for row in _rows(store, ARTICLE_OF_Q.format(props=props)):
            rel_articles.setdefault((row["s"], row["p"], row["o"]), set()).add(row["article"])
    for row in sorted(_rows(store, STRUCTURAL_Q.format(g=scope)), key=lambda r: sorted(r.items())):
        rel = _local(row["p"])
        attrs = {"kind": rel, "label": rel, "count": 1}
        if details:
            attrs.update(evidence=[], articles=sorted(rel_articles.get((row["s"], row["p"], row["o"]), ())))
        _add_edge(g, row["s"], row["o"], rel, attrs)
    if details:
        _add_details(store, g, evidence, scope)
    if details or reported:
        _add_reported(store, g, evidence)
    if details:
        for _u, _v, data in g.edges(data=True):
            data.setdefault("evidence", [])
            data.setdefault("articles", [])
    return g



REPORTED_Q = """SELECT DISTINCT ?event ?reporter ?agent ?code WHERE {
  ?event a kg:Event ; kg:reportedBy ?reporter ; kg:agent ?agent ; kg:cameoCode ?code .
}"""


def _evidence(store: Store) -> dict[str, tuple[list[str], list[str]]]:
    """Evidence sentences and articles of every node that has ``kg:evidence`` (sorted lists)."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for row in _rows(store, EVIDENCE_Q):
        sents, arts = found.setdefault(row["x"], (set(), set()))
        if "sentence" in row:
            sents.add(row["sentence"])
        arts.add(row["article"])
    return {x: (sorted(s), sorted(a)) for x, (s, a) in found.items()}


def _add_details(store: Store, g: nx.MultiDiGraph, evidence: dict, scope: str) -> None:
    for name, sparql in DETAIL_QUERIES.items():
        values = _values(store, sparql.format(g=scope))
        for node in g:
            g.nodes[node][name] = sorted(values.get(node, ()))
    for node in g:
        g.nodes[node]["positions"] = sorted(
            f"{d.get('label') or 'position'} ({g.nodes[v]['label']})"
            for _, v, d in g.out_edges(node, data=True) if d.get("kind") == "positionIn")


def _add_reported(store: Store, g: nx.MultiDiGraph, evidence: dict) -> None:
    """A ``reportedBy`` edge from each reporter to the agents of the events it reports."""
    reported: dict[tuple[str, str, str], dict] = {}
    for row in _rows(store, REPORTED_Q):
        if row["reporter"] == row["agent"]:
            continue
        root = root_of(row["code"])
        edge = reported.setdefault((row["reporter"], row["agent"], f"reportedBy:{root}"), {
            "kind": "reportedBy", "root": root, "label": f"reports: {CAMEO_ROOT_NAMES.get(root, root)}",
            "count": 0, "evidence": set(), "articles": set()})
        edge["count"] += 1
        sents, arts = evidence.get(row["event"], ([], []))
        edge["evidence"].update(sents)
        edge["articles"].update(arts)
    for (u, v, key), attrs in sorted(reported.items()):
        attrs["evidence"], attrs["articles"] = sorted(attrs["evidence"]), sorted(attrs["articles"])
        _add_edge(g, u, v, key, attrs)


def _event_edges(store: Store, evidence: dict | None = None) -> dict[tuple[str, str, str], dict]:
    """Events grouped by (agent, target, code:modality) with a count (and evidence if given)."""
    edges: dict[tuple[str, str, str], dict] = {}
    for row in _rows(store, EVENTS_Q):
        code, modality = row["code"], _local(row.get("modality", "asserted"))
        key = (row["agent"], row["target"], f"{code}:{modality}")
        root = root_of(code)
        edge = edges.setdefault(key, {"kind": "event", "cameo": code, "root": root,
                                      "label": CAMEO_ROOT_NAMES.get(root, root),
                                      "modality": modality, "count": 0})
        edge["count"] += 1
        if evidence is not None:
            sents, arts = evidence.get(row["event"], ([], []))
            edge.setdefault("evidence", set()).update(sents)
            edge.setdefault("articles", set()).update(arts)
    for edge in edges.values():
        for name in ("evidence", "articles"):
            if name in edge:
                edge[name] = sorted(edge[name])
    return edges


def _add_edge(g: nx.MultiDiGraph, u: str, v: str, key: str, attrs: dict) -> None:
    for node in (u, v):
        if node not in g:
            g.add_node(node, label=_local(node), type="", coarse="Other", wikidata="")
    if g.has_edge(u, v, key):  # same fact found twice: keep one edge, add the counts
        g.edges[u, v, key]["count"] += attrs.get("count", 1)
        return
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
    between = _betweenness(s)
    return sorted(((n, degree[n], between[n]) for n in s), key=lambda x: (-x[1], -x[2], x[0]))


def communities(g: nx.MultiDiGraph) -> list[list[str]]:
    """Communities of actors (greedy modularity), largest first, members sorted."""
    s = simple_graph(g)
    s.remove_nodes_from([n for n in list(s) if s.degree(n) == 0])
    if s.number_of_edges() == 0:
        return []
    found = nx.algorithms.community.greedy_modularity_communities(s, weight="weight")
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def is_conflict(root: str) -> bool:
    """True for CAMEO conflict roots 10-20 (01-09 are cooperation)."""
    return root >= "10"


def pagerank(g: nx.MultiDiGraph, alpha: float = 0.85, iterations: int = 200, tol: float = 1e-10) -> dict[str, float]:
    """PageRank on the undirected weighted actor network (pure Python power iteration, no scipy)."""
    s = simple_graph(g)
    nodes = list(s)
    if not nodes:
        return {}
    n = len(nodes)
    rank = {v: 1.0 / n for v in nodes}
    strength = {v: sum(d["weight"] for _, _, d in s.edges(v, data=True)) for v in nodes}
    for _ in range(iterations):
        dangling = alpha * sum(rank[v] for v in nodes if strength[v] == 0) / n
        new = {}
        for v in nodes:
            incoming = sum(rank[u] * d["weight"] / strength[u] for u, _, d in
                           ((u, v, s.edges[u, v]) for u in s.neighbors(v)))
            new[v] = (1 - alpha) / n + dangling + alpha * incoming
        done = sum(abs(new[v] - rank[v]) for v in nodes) < tol
        rank = new
        if done:
            break
    return rank


def betweenness(g: nx.MultiDiGraph) -> dict[str, float]:
    """Betweenness centrality on the undirected simple actor network.

    Exact up to :data:`EXACT_BETWEENNESS` actors; beyond, estimated from that many
    source actors chosen with a fixed seed (exact betweenness costs nodes x edges).
    """
    s = simple_graph(g)
    return _betweenness(s) if s.number_of_nodes() else {}


EXACT_BETWEENNESS = 1000


def _betweenness(s: nx.Graph) -> dict[str, float]:
    if s.number_of_nodes() <= EXACT_BETWEENNESS:
        return nx.betweenness_centrality(s)
    return nx.betweenness_centrality(s, k=EXACT_BETWEENNESS, seed=7)


def balance(g: nx.MultiDiGraph) -> list[dict]:
    """Cooperation vs conflict events per unordered actor pair (CAMEO roots 01-09 vs 10-20).

    Each row: ``a``, ``b`` (IRIs, sorted), ``cooperation``, ``conflict`` and ``balance`` =
    (cooperation - conflict) / total, from -1 (all conflict) to +1 (all cooperation).
    Sorted by number of events, then by pair.
    """
    pairs: dict[tuple[str, str], list[int]] = {}
    for u, v, data in g.edges(data=True):
        if data.get("kind") != "event" or u == v:
            continue
        counts = pairs.setdefault(tuple(sorted((u, v))), [0, 0])
        counts[1 if is_conflict(data["root"]) else 0] += data.get("count", 1)
    rows = [{"a": a, "b": b, "cooperation": co, "conflict": cf, "balance": round((co - cf) / (co + cf), 3)}
            for (a, b), (co, cf) in pairs.items()]
    return sorted(rows, key=lambda r: (-(r["cooperation"] + r["conflict"]), r["a"], r["b"]))


def resolve_actor(g: nx.MultiDiGraph, name: str) -> str:
    """The node for a label, other name, IRI, ``prefix:name`` or IRI local name (case-insensitive).

    Exact matches win; otherwise a whole-word match inside a label ("Biden" -> Joe Biden),
    then a substring match. Raises :class:`kg.errors.KgError` when none or several match.
    """
    from kg.errors import KgError
    from kg.query import compact
    needle = name.strip().lower()
    if name.strip() in g:
        return name.strip()

    def names(node: str) -> set[str]:
        data = g.nodes[node]
        return {x.lower() for x in [data.get("label", ""), *data.get("alt", []), _local(node), compact(node)] if x}

    nodes = sorted(g)
    tests = (lambda ns: needle in ns,
             lambda ns: any(needle in re.split(r"[^\w]+", x) for x in ns),
             lambda ns: any(needle in x for x in ns))
    for test in tests:
        found = [n for n in nodes if test(names(n))]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            shown = ", ".join(f"{g.nodes[n]['label']} ({compact(n)})" for n in found[:6])
            raise KgError(f"{name!r} matches {len(found)} actors: {shown}; use the IRI")
    raise KgError(f"no actor called {name!r} in the actor network")


def shortest_path(g: nx.MultiDiGraph, source: str, target: str) -> list[str]:
    """The shortest path between two actors (ignoring direction); empty if none."""
    s = simple_graph(g)
    try:
        return nx.shortest_path(s, source, target)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []


_KIND_RANK = {"event": 0, "reportedBy": 2, "positionIn": 1}


def path_hops(g: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """How two actors are connected: one dict per hop of the shortest path.

    Each hop has ``source``, ``target`` (IRIs in path order), ``source_label``,
    ``target_label``, ``relation`` (CAMEO name and code, or the property/title),
    ``kind``, ``direction`` (``->`` when the edge points along the path, ``<-`` against it),
    ``evidence`` (sentences) and ``articles``. Asserted events are preferred as the hop's edge.
    Empty when the actors are not connected.
    """
    nodes = shortest_path(g, source, target)
    hops = []
    for a, b in zip(nodes, nodes[1:]):
        candidates = [(u, v, k, d) for u, v in ((a, b), (b, a)) if g.has_edge(u, v)
                      for k, d in g[u][v].items()]
        u, v, _k, d = min(candidates, key=lambda c: (_KIND_RANK.get(c[3].get("kind"), 3),
                                                      c[3].get("modality", "asserted") != "asserted",
                                                      c[0] != a, str(c[2])))
        if d.get("kind") == "event":
            relation = f"{d['label']} (CAMEO {d['cameo']}, {d['modality']})"
        elif d.get("kind") == "positionIn":
            relation = f"positionIn ({d['label']})" if d.get("label") else "positionIn"
        else:
            relation = d.get("label") or d.get("kind", "")
        hops.append({"source": a, "target": b, "source_label": g.nodes[a]["label"],
                     "target_label": g.nodes[b]["label"], "relation": relation, "kind": d.get("kind", ""),
                     "direction": "->" if u == a else "<-", "count": d.get("count", 1),
                     "evidence": list(d.get("evidence", [])), "articles": list(d.get("articles", []))})
    return hops


def format_path(hops: list[dict], source_label: str = "", target_label: str = "") -> str:
    """`kg stats --path` as text: one line per hop, then its evidence sentence(s)."""
    from kg.query import compact
    if not hops:
        return f"no path between {source_label} and {target_label}\n"
    lines = [f"{hops[0]['source_label']} -> {hops[-1]['target_label']}: {len(hops)} hop(s)"]
    for i, h in enumerate(hops, 1):
        arrow = f"-[{h['relation']}]->" if h["direction"] == "->" else f"<-[{h['relation']}]-"
        lines.append(f"{i}. {h['source_label']} {arrow} {h['target_label']}")
        for sentence in h["evidence"][:3] or ["(no evidence sentence)"]:
            lines.append(f"     evidence: {sentence}")
        if h["articles"]:
            lines.append(f"     article: {', '.join(compact(a) for a in h['articles'][:3])}")
    return "\n".join(lines) + "\n"


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
    central: list[dict] = field(default_factory=list)  # iri, label, pagerank, betweenness
    communities: list[list[str]] = field(default_factory=list)  # labels
    balance: list[dict] = field(default_factory=list)  # a, b (labels), cooperation, conflict, balance


def stats(store: Store, top: int = 10) -> Stats:
    """Counts, top actors, centrality (PageRank, betweenness), communities and pair balance."""
    g = actor_graph(store, reported=True)
    by_type = Counter(data["type"] for _, data in g.nodes(data=True) if data["type"])
    roots = Counter(root_of(r["code"]) for r in _rows(
        store, "SELECT DISTINCT ?e ?code WHERE { ?e a kg:Event ; kg:cameoCode ?code }"))
    mentions = Counter(r["e"] for r in _rows(
        store, "SELECT DISTINCT ?a ?e WHERE { ?a a kg:Article ; schema:mentions ?e }"))
    degree = nx.degree_centrality(simple_graph(g)) if g.number_of_nodes() else {}
    ranked = sorted(set(mentions) | set(degree), key=lambda n: (-mentions[n], -degree.get(n, 0), n))
    pr, bc = pagerank(g), betweenness(g)
    label = lambda n: g.nodes[n]["label"] if n in g else _local(n)  # noqa: E731
    central = sorted(pr, key=lambda n: (-round(pr[n], 9), -bc.get(n, 0), n))[:top]
    return Stats(
        quads=len(store),
        articles=_count(store, "?x a kg:Article"),
        entities_by_type=dict(sorted(by_type.items())),
        events_by_root=dict(sorted(roots.items())),
        quotes=_count(store, "?x a kg:Quote"),
        positions=_count(store, "?x a kg:Position"),
        top_actors=[(n, label(n), mentions[n], round(degree.get(n, 0.0), 4)) for n in ranked[:top]],
        central=[{"iri": n, "label": label(n), "pagerank": round(pr[n], 4), "betweenness": round(bc.get(n, 0.0), 4)}
                 for n in central],
        communities=[sorted(label(n) for n in c) for c in communities(g)],
        balance=[{**r, "a": label(r["a"]), "b": label(r["b"])} for r in balance(g)[:max(top, 10)]],
    )


def stats_json(s: Stats) -> str:
    """`kg stats --format json` (sorted keys, two-space indent)."""
    from dataclasses import asdict
    data = asdict(s)
    data["top_actors"] = [dict(zip(("iri", "label", "articles", "degree_centrality"), t)) for t in s.top_actors]
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


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
    parts.append(render_table(["most central", "pagerank", "betweenness"],
                              [[c["label"], f"{c['pagerank']:.4f}", f"{c['betweenness']:.4f}"] for c in s.central], width))
    parts.append(render_table(["community", "size", "members"],
                              [[str(i), str(len(c)), ", ".join(c)] for i, c in enumerate(s.communities, 1)], width))
    parts.append(render_table(["actor A", "actor B", "cooperation", "conflict", "balance"],
                              [[r["a"], r["b"], str(r["cooperation"]), str(r["conflict"]), f"{r['balance']:+.2f}"]
                               for r in s.balance], width))
    return "\n".join(parts)


