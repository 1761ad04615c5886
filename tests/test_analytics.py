"""kg.analytics: PageRank, communities, balance, actor lookup and `kg stats --path`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.analytics import actor_graph, balance, pagerank, path_hops, resolve_actor, stats, stats_json
from kg.cli import cli
from kg.errors import KgError
from kg.store import open_store

MINI = Path(__file__).parent / "fixtures" / "mini.trig"
ENT = "https://w3id.org/kg-news/entity/"


@pytest.fixture(scope="module")
def seed_graph(seed_build):
    return actor_graph(open_store(seed_build / "kg.trig"), details=True)


def test_resolve_actor_by_label_word_and_iri(seed_graph):
    assert resolve_actor(seed_graph, "biden") == ENT + "joe-biden"
    assert resolve_actor(seed_graph, "UKRAINA") == ENT + "ukraine"
    assert resolve_actor(seed_graph, "ent:ukraine") == ENT + "ukraine"
    assert resolve_actor(seed_graph, ENT + "nato") == ENT + "nato"
    with pytest.raises(KgError):
        resolve_actor(seed_graph, "nobody-at-all")


def test_path_biden_ukraine_has_evidence(seed_graph):
    hops = path_hops(seed_graph, ENT + "joe-biden", ENT + "ukraine")
    assert hops and hops[0]["source"] == ENT + "joe-biden" and hops[-1]["target"] == ENT + "ukraine"
    assert all(h["evidence"] for h in hops)
    assert any("Fight" in h["relation"] for h in hops)


def test_stats_path_cli(seed_build):
    run = CliRunner().invoke(cli, ["stats", "-g", str(seed_build / "kg.trig"), "--path", "Biden", "Ukraina"],
                             catch_exceptions=False)
    assert run.exit_code == 0, run.output
    assert run.output.startswith("Joe Biden -> Ukraina")
    assert "evidence:" in run.output and "Fight" in run.output
    as_json = CliRunner().invoke(cli, ["stats", "-g", str(seed_build / "kg.trig"), "--path", "Biden",
                                       "Ukraina", "--format", "json"], catch_exceptions=False)
    assert json.loads(as_json.output)[-1]["target_label"] == "Ukraina"


def test_stats_path_unknown_actor_is_one_error_line(seed_build):
    run = CliRunner().invoke(cli, ["stats", "-g", str(seed_build / "kg.trig"), "--path", "Biden", "Zzz"])
    assert run.exit_code == 1


def test_stats_json_has_centrality_communities_balance():
    data = json.loads(stats_json(stats(open_store(MINI))))
    assert data["central"] and {"pagerank", "betweenness", "label"} <= set(data["central"][0])
    assert data["communities"]
    pair = {(r["a"], r["b"]): r for r in data["balance"]}
    assert pair[("Rusia", "Ukraina")]["conflict"] >= 1 and pair[("Rusia", "Ukraina")]["balance"] < 0
    cli_json = CliRunner().invoke(cli, ["stats", "-g", str(MINI), "-f", "json"], catch_exceptions=False)
    assert json.loads(cli_json.output) == data


def test_pagerank_sums_to_one_and_is_deterministic():
    g = actor_graph(open_store(MINI))
    pr = pagerank(g)
    assert abs(sum(pr.values()) - 1) < 1e-6
    assert pr == pagerank(actor_graph(open_store(MINI)))


def test_balance_roots_01_09_cooperation_10_20_conflict():
    import networkx as nx
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="1", kind="event", root="09", count=2)
    g.add_edge("b", "a", key="2", kind="event", root="10", count=1)
    assert balance(g) == [{"a": "a", "b": "b", "cooperation": 2, "conflict": 1, "balance": 0.333}]


def test_the_network_measures_see_the_same_edges_without_the_details(seed_build):
    """`kg stats` builds the graph with `reported=True`: every edge of the detailed graph,
    reportedBy included, but no evidence lists or per-node details."""
    store = open_store(seed_build / "kg.trig")
    full, lean = actor_graph(store, details=True), actor_graph(store, reported=True)
    assert any(d["kind"] == "reportedBy" for _, _, d in full.edges(data=True))
    assert sorted(full.edges(keys=True)) == sorted(lean.edges(keys=True))
    assert all("alt" not in d for _, d in lean.nodes(data=True))
    assert not any(d.get("evidence") for _, _, d in lean.edges(data=True))
    assert all(d.get("kind") != "reportedBy" for _, _, d in actor_graph(store).edges(data=True))
