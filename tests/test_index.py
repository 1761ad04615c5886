"""The entity index graph: every triple about an actor or a position once, with article counts."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build, build_store, remove_article
from kg.query import run_query
from kg.store import DiskStore, MemoryStore
from kg.vocab import INDEX_GRAPH, KG, PREFIXES, RDFS

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
    index = {t for t in _graph(store, INDEX_GRAPH) if t.predicate != KG.articleCount}
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
