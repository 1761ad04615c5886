"""The entity index graph: every triple about an actor or a position once, with article counts."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build, build_store, remove_article
from kg.query import run_query
from kg.store import DiskStore, MemoryStore
from kg.graph import index_quads
from kg.vocab import COMENTION, ENTITY, INDEX_GRAPH, KG, PREFIXES, RDFS, SKOS

ARTICLES = {
    "a1.txt": "Jakarta - Presiden Indonesia Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim "
              "di Istana Bogor pada Senin (3/3/2025).",
    "a2.txt": "Jakarta - Joko Widodo mengecam Israel atas serangan ke Gaza, Rabu (5/3/2025).",
    "a3.txt": "Kuala Lumpur - Anwar Ibrahim mengunjungi Singapura pada Kamis (6/3/2025).",
}
COUNTS = """SELECT ?e ?n WHERE { GRAPH graph:index { ?e kg:articleCount ?n } }"""


def _write(folder: Path, names=ARTICLES) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in names.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / n for n in names]


def _counts(store) -> dict[str, int]:
    return {r["e"].value.rsplit("/", 1)[-1]: int(r["n"].value) for r in store.query(COUNTS, PREFIXES)}


def _graph(store, graph) -> set[ox.Triple]:
    return {q.triple for q in store.quads() if q.graph_name == graph}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("index")
    build(_write(tmp / "in"), tmp / "out", progress=False, html=False)
    return tmp / "out"


def test_index_counts_the_articles_that_mention_each_actor(built):
    store = MemoryStore()
    store.load(built / "kg.trig")
    counts = _counts(store)
    assert counts["joko-widodo"] == 2 and counts["anwar-ibrahim"] == 2
    assert counts["israel"] == 1


def test_index_holds_each_actor_and_position_triple_of_the_articles_once(built):
    store = MemoryStore()
    store.load(built / "kg.trig")
    articles = set()
    for q in store.quads():
        if q.graph_name != INDEX_GRAPH and q.subject.value.startswith(("https://w3id.org/kg-news/entity/",
                                                                         "https://w3id.org/kg-news/position/")) \
                and q.predicate != KG.evidence:
            articles.add(q.triple)
    index = {t for t in _graph(store, INDEX_GRAPH)
             if t.predicate != KG.articleCount and not t.subject.value.startswith(COMENTION.iri)}
    assert index == articles
    labels = [t for t in index if t.predicate == RDFS.label and t.subject.value.endswith("/joko-widodo")]
    assert len(labels) == 1                       # one label, though two articles repeat it


def test_index_is_computed_for_a_triples_file_and_exports_stay_as_read(built):
    store = MemoryStore()
    store.load(built / "kg.ttl")
    assert _counts(store)["joko-widodo"] == 2
    rows = {str(r["actor"].value).rsplit("/", 1)[-1]
            for r in run_query(store, "most-mentioned-actors")}
    assert {"joko-widodo", "anwar-ibrahim"} <= rows
    reread = {q.triple for q in ox.parse(path=str(built / "kg.ttl"), format=ox.RdfFormat.TURTLE)}
    assert {q.triple for q in store.quads()} == reread


def test_store_index_follows_added_and_removed_articles(tmp_path):
    files = _write(tmp_path / "in")
    build_store(files[:2], tmp_path / "st", progress=False)
    store = DiskStore(tmp_path / "st")
    assert _counts(store)["joko-widodo"] == 2 and "anwar-ibrahim" in _counts(store)
    assert not store.refresh_index()              # nothing changed since the build
    del store
    build_store(files, tmp_path / "st", progress=False)
    store = DiskStore(tmp_path / "st")
    assert _counts(store)["anwar-ibrahim"] == 2
    del store
    remove_article(tmp_path / "st", "a2.txt")
    store = DiskStore(tmp_path / "st")
    counts = _counts(store)
    assert counts["joko-widodo"] == 1 and "israel" not in counts
    assert not any(t.subject.value.endswith("/israel") for t in _graph(store, INDEX_GRAPH))
    del store


def test_store_index_equals_the_file_build_index(tmp_path, built):
    build_store(_write(tmp_path / "in"), tmp_path / "st", progress=False)
    store = DiskStore(tmp_path / "st")
    from_store = _graph(store, INDEX_GRAPH)
    del store
    files = MemoryStore()
    files.load(built / "kg.trig")
    # the store builds each article on its own: labels may differ where a build-wide merge
    # chose another canonical name, so compare the counts and the actors
    assert {t for t in from_store if t.predicate == KG.articleCount} == \
        {t for t in _graph(files, INDEX_GRAPH) if t.predicate == KG.articleCount}


def test_actor_network_is_the_same_read_from_the_index_or_from_the_articles(built):
    import networkx as nx

    from kg import analytics
    with_index = MemoryStore()
    with_index.load(built / "kg.trig")
    assert analytics.entity_scope(with_index) == "graph:index"
    without = MemoryStore()
    without.add(q for q in with_index.quads() if q.graph_name != INDEX_GRAPH)
    assert analytics.entity_scope(without) == "?g"
    a = analytics.actor_graph(with_index, details=True)
    b = analytics.actor_graph(without, details=True)
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=str) == sorted(b.edges(keys=True, data=True), key=str)
    assert nx.utils.edges_equal(a.edges(), b.edges())


PAIRS = {   # Indonesia and Malaysia share two articles; every other pair one
    "b1.txt": "Jakarta - Indonesia dan Malaysia menandatangani perjanjian perbatasan di Jakarta, "
              "Senin (3/3/2025).",
    "b2.txt": "Kuala Lumpur - Malaysia mengirim bantuan ke Indonesia setelah banjir, Rabu (5/3/2025).",
    "b3.txt": "Tokyo - Jepang mengecam Korea Utara atas uji coba rudal, Kamis (6/3/2025).",
}
PAIR_ROWS = """SELECT ?a ?b ?n WHERE { GRAPH graph:index {
    ?p kg:coMentioned ?a, ?b ; kg:sharedArticles ?n FILTER(STR(?a) < STR(?b)) } }"""


def _pairs(store) -> set[tuple[str, str, int]]:
    return {(r["a"].value.rsplit("/", 1)[-1], r["b"].value.rsplit("/", 1)[-1], int(r["n"].value))
            for r in store.query(PAIR_ROWS, PREFIXES)}


def test_index_counts_the_pairs_of_actors_that_share_two_articles_or_more(tmp_path):
    files = _write(tmp_path / "in", PAIRS)
    build(files, tmp_path / "out", progress=False, html=False)
    mem = MemoryStore()
    mem.load(tmp_path / "out" / "kg.trig")
    assert _pairs(mem) == {("indonesia", "malaysia", 2)}          # one-off pairs are not kept
    rows = {(r["actor1"].value.rsplit("/", 1)[-1], r["actor2"].value.rsplit("/", 1)[-1], int(r["articles"].value))
            for r in run_query(mem, "co-mentions")}
    assert rows == {("indonesia", "malaysia", 2)}
    build_store(files, tmp_path / "st", progress=False)
    disk = DiskStore(tmp_path / "st")
    assert _pairs(disk) == _pairs(mem)
    del disk
    remove_article(tmp_path / "st", "b2.txt")
    disk = DiskStore(tmp_path / "st")
    assert _pairs(disk) == set()                                   # now they share one article
    del disk


def test_index_keeps_one_label_per_actor_the_longest():
    e = ENTITY["dprd-banten"]
    short, long = ox.Literal("DPRD"), ox.Literal("DPRD Banten")
    quads = index_quads([(e, RDFS.label, short), (e, RDFS.label, long)], {e.value: 2})
    assert {(q.predicate, q.object) for q in quads if q.subject == e} == {
        (RDFS.label, long), (SKOS.altLabel, short), (KG.articleCount, ox.Literal("2", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#integer")))}


def test_an_index_of_an_older_format_is_rebuilt_when_the_store_is_opened(tmp_path):
    from kg.store import BOOK_INDEX, open_store
    build_store(_write(tmp_path / "in", PAIRS), tmp_path / "st", progress=False)
    store = DiskStore(tmp_path / "st")
    store.update(f"DROP GRAPH {INDEX_GRAPH} ; DELETE WHERE {{ {INDEX_GRAPH} {BOOK_INDEX} ?s }} ;"
                 f"INSERT DATA {{ {INDEX_GRAPH} {BOOK_INDEX} \"0123abcd\" }}")   # what kg 1 left
    assert _pairs(store) == set()
    del store
    reopened = open_store(f"oxigraph:{tmp_path / 'st'}")
    assert _pairs(reopened) == {("indonesia", "malaysia", 2)}
    assert reopened.index_state().startswith("2 ")


def test_only_the_pairs_that_share_most_articles_are_kept_ties_included(monkeypatch):
    from kg import graph
    monkeypatch.setattr(graph, "CO_MENTION_TOP", 2)
    a, b, c, d, e = (ENTITY[x].value for x in "abcde")
    pairs = {(a, b): 5, (a, c): 3, (b, c): 3, (c, d): 2, (d, e): 1}
    kept = [q.object.value for q in graph.co_mention_quads(pairs) if q.predicate == KG.sharedArticles]
    assert sorted(kept) == ["3", "3", "5"]              # the top two, and the tie at the second
    nodes = {q.subject for q in graph.co_mention_quads(pairs)}
    assert nodes == {graph.co_mention_iri(*p) for p in [(a, b), (a, c), (b, c)]}
    monkeypatch.setattr(graph, "CO_MENTION_TOP", 100)
    assert len({q.subject for q in graph.co_mention_quads(pairs)}) == 4     # one-off pair left out
    assert graph.co_mention_iri("x", "y") == graph.co_mention_iri("y", "x")
