"""The output contract, checked with SPARQL ASK queries on the built seed graph,
and the seed's scores with ../shared/eval/score.py (skipped when ../shared is absent)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pyoxigraph import RdfFormat, Store

from conftest import ROOT

PREFIX = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX ent: <https://w3id.org/kg-news/entity/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <https://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX wd: <http://www.wikidata.org/entity/>
"""

ASKS = {
    "article with file name, date, publisher, dateline and mentions": """
        ASK { ?a a kg:Article ; kg:fileName "kompastv-2022-02-24-nato-stoltenberg.txt" ;
              schema:datePublished ?d ; schema:publisher ?p ; kg:datelinePlace ?place ;
              schema:mentions ent:nato . FILTER(STR(?d) = "2022-02-24") }""",
    "one Stoltenberg node with both forms": """
        ASK { ?s a kg:Person ; rdfs:label "Jens Stoltenberg" ; skos:altLabel "Stoltenberg" .
              FILTER NOT EXISTS { ?o a kg:Person ; skos:altLabel "Stoltenberg" . FILTER(?o != ?s) } }""",
    "NATO linked to Wikidata": "ASK { ent:nato owl:sameAs wd:Q7184 }",
    "Russia attacked Ukraine, asserted, with shortcut": """
        ASK { ?e kg:agent ent:russia ; kg:target ent:ukraine ; kg:cameoCode ?c ; kg:modality kg:asserted .
              ent:russia kg:attacked ent:ukraine . FILTER(STRSTARTS(?c, "19")) }""",
    "the conditional attack has no shortcut to the members": """
        ASK { ?e kg:agent ent:russia ; kg:modality kg:conditional }""",
    "Stoltenberg is Secretary General of NATO": """
        ASK { ?s rdfs:label "Jens Stoltenberg" ; kg:holdsPosition ?p .
              ?p kg:positionIn ent:nato ; kg:title "Sekretaris Jenderal"@id ; kg:evidence ?ev }""",
    "quote with speaker and evidence": """
        ASK { ?q a kg:Quote ; kg:quoteText ?t ; kg:speaker ?s ; kg:evidence ?ev .
              ?s rdfs:label "Jens Stoltenberg" . FILTER(STRSTARTS(?t, "Rusia telah menyerang")) }""",
    "NATO headquartered in Brussels": "ASK { ent:nato kg:headquarteredIn ent:brussels }",
    "the attack is linked to the CAMEO concept of its code and to its root": """
        ASK { ?e kg:agent ent:russia ; kg:cameoCode ?c ; kg:cameoConcept ?k ; kg:cameo ?root .
              FILTER(STRSTARTS(?c, "19") && STR(?k) = CONCAT("https://w3id.org/kg-news/cameo/", ?c)
                     && STR(?root) = "https://w3id.org/kg-news/cameo/19") }""",
    "the article graph has its PROV-O record": """
        ASK { ?a a kg:Article ; <http://www.w3.org/ns/prov#wasGeneratedBy> ?act ;
              <http://www.w3.org/ns/prov#wasDerivedFrom> ?ctx . ?a kg:context ?ctx }""",
}

NOT_ASKS = {
    "no asserted NATO attack": """ASK { ?e kg:agent ent:nato ; kg:cameo ?c ; kg:modality kg:asserted .
                                       FILTER(?c IN (<https://w3id.org/kg-news/cameo/18>,
                                                     <https://w3id.org/kg-news/cameo/19>)) }""",
    "no pronoun as a label": 'ASK { ?s skos:altLabel ?l . FILTER(LCASE(STR(?l)) IN ("dia", "ia", "-nya")) }',
    "no event without evidence": "ASK { ?e a kg:Event . FILTER NOT EXISTS { ?e kg:evidence ?x } }",
}


@pytest.fixture(scope="module")
def store(seed_build):
    st = Store()
    st.load(path=str(seed_build / "kg.trig"), format=RdfFormat.TRIG)
    return st


def ask(store, q: str) -> bool:
    return bool(store.query(PREFIX + q, use_default_graph_as_union=True))


@pytest.mark.parametrize("name", ASKS)
def test_contract_holds(store, name):
    assert ask(store, ASKS[name]), name


@pytest.mark.parametrize("name", NOT_ASKS)
def test_contract_forbids(store, name):
    assert not ask(store, NOT_ASKS[name]), name


def test_every_evidence_anchor_matches_the_text(store):
    rows = store.query(PREFIX + """SELECT ?b ?e ?a ?s WHERE { ?x nif:beginIndex ?b ; nif:endIndex ?e ;
        nif:anchorOf ?a ; nif:referenceContext ?c . ?c nif:isString ?s }""", use_default_graph_as_union=True)
    n = 0
    for r in rows:
        assert r["s"].value[int(r["b"].value):int(r["e"].value)] == r["a"].value
        n += 1
    assert n > 10


def test_seed_scores(shared, seed_build):
    """The issue's numbers on the seed: entity F1, events, quotes, positions, forbidden, evidence."""
    out = subprocess.run([sys.executable, str(shared / "eval/score.py"), "--ontology", str(ROOT / "ontology/kg.ttl"),
                          str(seed_build / "kg.trig"), str(shared / "eval/gold/seed.json"), "--json"],
                         capture_output=True, text=True, check=True)
    s = json.loads(out.stdout)["summary"]
    assert s["entity_f1"] >= 0.95
    assert s["event_precision"] >= 0.90 and s["event_recall"] >= 0.90
    assert s["quote_speaker_recall"] == 1.0 and s["position_recall"] == 1.0
    assert s["forbidden"] == 0 and s["evidenced"] == 1.0
