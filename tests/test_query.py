"""kg.query: named queries, query resolution, parameters and result formats."""
from __future__ import annotations

import re

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib

from kg.errors import FormatError, QueryError
from kg.query import (bind_params, named_queries, query, resolve_query, run_query,
                      to_term, validate)
from kg.store import open_store

MINI = Path(__file__).parent / "fixtures" / "mini.trig"
ENT = "https://w3id.org/kg-news/entity/"
ART1 = "https://w3id.org/kg-news/article/contoh-2022-02-24-nato-rusia-aaaa1111"
ART2 = "https://w3id.org/kg-news/article/contoh-2022-02-25-jokowi-perang-bbbb2222"


@pytest.fixture(scope="module")
def store():
    return open_store(MINI)


def rows(store, arg, params=None, cols=None):
    """Result rows as a set of tuples of plain values."""
    result = run_query(store, arg, params)
    names = cols or [v.value for v in result.variables]
    return {tuple(r[n].value if r[n] is not None else None for n in names) for r in result}


def test_at_least_ten_named_queries_with_headers():
    queries = named_queries()
    assert len(queries) >= 10
    for name in ["actors-by-type", "who-attacked-whom", "who-criticized-whom", "quotes-by-speaker",
                 "positions", "events-by-cameo-root", "articles-mentioning-actor", "evidence-of-fact",
                 "entity-links", "event-counts-by-root", "most-mentioned-actors", "co-mentions"]:
        assert name in queries
    for q in queries.values():
        first = q.sparql.splitlines()[:2]
        assert first[0].startswith("# title: ") and first[1].startswith("# description: ")


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_runs(store, name):
    out = query(store, name, "ttl" if name == "actor-graph" else "json")
    assert out


def test_who_attacked_whom(store):
    assert rows(store, "who-attacked-whom", cols=["agent", "target", "code"]) == {
        (ENT + "russia", ENT + "ukraine", "190")}


def test_who_criticized_whom(store):
    assert rows(store, "who-criticized-whom", cols=["agent", "target", "modality"]) == {
        (ENT + "jens-stoltenberg", ENT + "russia", "asserted")}


def test_positions(store):
    assert rows(store, "positions", cols=["person", "title", "org"]) == {
        (ENT + "jens-stoltenberg", "Sekretaris Jenderal", ENT + "nato"),
        (ENT + "joko-widodo", "Presiden", ENT + "indonesia")}


def test_quotes_by_speaker(store):
    assert rows(store, "quotes-by-speaker", cols=["speaker", "text"]) == {
        (ENT + "jens-stoltenberg", "Rusia telah menyerang negara yang damai,"),
        (ENT + "joko-widodo", "Setop perang,")}


def test_event_counts_by_root(store):
    assert rows(store, "event-counts-by-root", cols=["root", "events"]) == {
        ("02", "1"), ("11", "1"), ("15", "1"), ("19", "1")}


def test_evidence_of_fact_anchors_are_exact(store):
    text = {}
    for r in store.query("SELECT ?a ?s WHERE { ?a kg:context/nif:isString ?s }", prefixes={
            "kg": "https://w3id.org/kg-news/ontology#",
            "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"}):
        text[r["a"].value] = r["s"].value
    found = rows(store, "evidence-of-fact", cols=["article", "begin", "end", "anchor"])
    assert len(found) == 8
    for article, begin, end, anchor in found:
        assert text[article][int(begin):int(end)] == anchor


def test_articles_mentioning_actor_by_iri_and_by_label(store):
    cols = ["article"]
    assert rows(store, "articles-mentioning-actor", {"actor": "ent:russia"}, cols) == {(ART1,), (ART2,)}
    assert rows(store, "articles-mentioning-actor", {"actor": "Polandia"}, cols) == {(ART1,)}
    assert rows(store, "articles-mentioning-actor", {"actor": f"<{ENT}joko-widodo>"}, cols) == {(ART2,)}


def test_articles_mentioning_actor_gives_the_index_label_in_every_row(tmp_path):
    # two articles label the same regency differently; the rows carry the index's one label
    # (the longest), so the actor's rows stay together in the order
    trig = tmp_path / "two.trig"
    trig.write_text("""@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix ent: <https://w3id.org/kg-news/entity/> .
@prefix art: <https://w3id.org/kg-news/article/> .
art:a1 { art:a1 a schema:NewsArticle ; schema:headline "Satu" ; schema:mentions ent:badung .
         ent:badung a kg:Regency ; rdfs:label "Badung" . }
art:a2 { art:a2 a schema:NewsArticle ; schema:headline "Dua" ; schema:mentions ent:badung .
         ent:badung a kg:Regency ; rdfs:label "Kabupaten Badung" . }
""", encoding="utf-8")
    found = run_query(open_store(trig), "articles-mentioning-actor", {"actor": "ent:badung"})
    got = [(r["article"].value, r["headline"].value, r["actorLabel"].value) for r in found]
    assert got == [("https://w3id.org/kg-news/article/a1", "Satu", "Kabupaten Badung"),
                   ("https://w3id.org/kg-news/article/a2", "Dua", "Kabupaten Badung")]


def test_param_values_cannot_inject_sparql(store):
    evil = 'x" } ; DROP ALL ; SELECT * { "'
    with pytest.raises(QueryError):
        run_query(store, "articles-mentioning-actor", {"actor": evil})
    q = resolve_query("events-by-cameo-root")
    bound = bind_params(store, q, {"root": evil})
    assert 'VALUES ?root { "x\\" } ; DROP ALL ; SELECT * { \\"" }' in bound
    assert rows(store, "events-by-cameo-root", {"root": evil}) == set()


def test_params_bind_at_the_top_of_shipped_queries_and_at_the_end_of_others(store):
    shipped = bind_params(store, resolve_query("events-by-cameo-root"), {"root": "19"})
    assert re.search(r'WHERE \{\n  VALUES \?root \{ "19" \}', shipped)
    own = resolve_query("SELECT ?e ?root WHERE { ?e kg:cameoCode ?c BIND(SUBSTR(?c, 1, 2) AS ?root) }")
    assert bind_params(store, own, {"root": "19"}).endswith('\nVALUES ?root { "19" }')
    every = rows(store, "events-by-cameo-root")
    root = min(r[0] for r in every)
    assert rows(store, "events-by-cameo-root", {"root": root}) == {r for r in every if r[0] == root} != set()


def test_param_must_name_a_variable(store):
    with pytest.raises(QueryError, match="no variable"):
        run_query(store, "positions", {"nosuch": "1"})


def test_to_term():
    assert to_term("ent:russia").value == ENT + "russia"
    assert to_term("https://example.org/x").value == "https://example.org/x"
    assert to_term('"19"').value == "19"
    with pytest.raises(QueryError):
        to_term("<not an iri>")


def test_resolve_literal_file_and_unknown(tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("# title: Mine\n# description: test\nASK { ?s ?p ?o }\n")
    assert resolve_query(str(f)).title == "Mine"
    assert resolve_query("SELECT * WHERE { ?s ?p ?o }").name == "query"
    with pytest.raises(QueryError):
        resolve_query("no-such-query")
    with pytest.raises(QueryError):
        resolve_query(str(tmp_path / "missing.rq"))


def test_literal_sparql_may_use_project_prefixes(store):
    assert rows(store, "SELECT DISTINCT ?c WHERE { ?c a kg:City }") == {(ENT + "brussels",), (ENT + "jakarta",)}


def test_malformed_sparql(store):
    with pytest.raises(QueryError) as info:
        query(store, "SELECT ?x WHERE { ?x ")
    assert "\n" not in str(info.value)


def test_csv_tsv_json_formats(store):
    out = query(store, "positions", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert {r["title"] for r in table} == {"Sekretaris Jenderal", "Presiden"}
    tsv = query(store, "positions", "tsv")
    assert tsv.splitlines()[0].startswith("?personLabel\t?title")
    data = json.loads(query(store, "positions", "json"))
    assert data["head"]["vars"][:3] == ["personLabel", "title", "orgLabel"]
    assert len(data["results"]["bindings"]) == 2


def test_table_format(store):
    out = query(store, "positions", "table", width=200)
    assert "Sekretaris Jenderal" in out and "ent:nato" in out
    assert out.rstrip().endswith("2 rows")


def test_ask_and_construct(store):
    assert query(store, "ASK { ent:russia kg:attacked ent:ukraine }") == "true\n"
    assert query(store, "ASK { ent:ukraine kg:attacked ent:russia }", "csv") == "false\n"
    assert json.loads(query(store, "ASK { ?s ?p ?o }", "json")) == {"head": {}, "boolean": True}
    ttl = query(store, "actor-graph", "ttl")
    g = rdflib.Graph().parse(data=ttl, format="turtle")
    kg = rdflib.Namespace("https://w3id.org/kg-news/ontology#")
    assert (rdflib.URIRef(ENT + "russia"), kg.attacked, rdflib.URIRef(ENT + "ukraine")) in g
    assert query(store, "actor-graph") == ttl  # CONSTRUCT defaults to Turtle


def test_ttl_needs_construct(store):
    with pytest.raises(FormatError):
        query(store, "positions", "ttl")
    with pytest.raises(FormatError):
        query(store, "positions", "xlsx")


def test_fixture_validates_against_shapes(store):
    report = validate(store)
    assert report.conforms, report.text


def test_broken_graph_fails_validation():
    broken = open_store(MINI)
    broken.update("DELETE WHERE { GRAPH ?g { ?e <https://w3id.org/kg-news/ontology#modality> ?m } }")
    report = validate(broken)
    assert not report.conforms and report.violations == 4  # one per event
