"""Issue 5, graph semantics: the CAMEO scheme, ontology labels and alignments (SPARQL over
ontology/kg.ttl), SHACL validation of good and broken builds, PROV-O, --infer, interop."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from pyoxigraph import Dataset, RdfFormat, Store, parse, serialize

from conftest import ROOT, SEED

ONTOLOGY = ROOT / "ontology" / "kg.ttl"
PREFIX = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX cameo: <https://w3id.org/kg-news/cameo/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
"""
INFERRED = "https://w3id.org/kg-news/graph/inferred"


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def ask(g: rdflib.Graph, query: str) -> bool:
    return bool(g.query(PREFIX + query).askAnswer)


def select(g: rdflib.Graph, query: str) -> list:
    return list(g.query(PREFIX + query))


# ---------------------------------------------------------------- 1. CAMEO concept scheme

def test_cameo_scheme_has_at_least_200_concepts_with_names(onto):
    rows = select(onto, """SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
        ?c a skos:Concept ; skos:inScheme cameo: ; skos:notation ?code ; skos:prefLabel ?l .
        FILTER(LANG(?l) = "en") }""")
    assert int(rows[0][0]) >= 200


def test_every_code_of_the_reference_is_a_concept(onto, shared):
    import re
    text = (shared / "reference" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    codes = {m.group(1) for m in re.finditer(r"^(\d{2,4}):", text, re.M)}
    notations = {str(o) for o in onto.objects(None, rdflib.SKOS.notation)}
    assert codes - notations == set()


def test_every_sub_code_reaches_its_root_by_broader(onto):
    bad = select(onto, """SELECT ?c WHERE {
        ?c skos:inScheme cameo: ; skos:notation ?code . FILTER(STRLEN(STR(?code)) > 2)
        FILTER NOT EXISTS { ?c skos:broader+ ?root . ?root skos:topConceptOf cameo: ;
                            skos:notation ?r . FILTER(STRSTARTS(STR(?code), STR(?r))) } }""")
    assert bad == []
    # 4-digit codes hang under their 3-digit parent when it exists
    assert ask(onto, "ASK { cameo:1831 skos:broader cameo:183 . cameo:183 skos:broader cameo:18 }")


def test_roots_have_indonesian_labels(onto):
    rows = select(onto, """SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
        ?c skos:topConceptOf cameo: ; skos:prefLabel ?id , ?en .
        FILTER(LANG(?id) = "id" && LANG(?en) = "en") }""")
    assert int(rows[0][0]) == 20


def test_cameo_section_is_up_to_date_with_the_generator(shared):
    script = ROOT / "scripts" / "build_cameo_scheme.py"
    res = subprocess.run([sys.executable, str(script), "--check", "--reference", str(shared / "reference")])
    assert res.returncode == 0, "run scripts/build_cameo_scheme.py to regenerate ontology/kg.ttl"


# ---------------------------------------------------------------- 2. labels, alignment, axioms

def test_every_class_and_property_has_en_and_id_labels_and_a_comment(onto):
    missing = select(onto, """SELECT ?t WHERE {
        ?t a ?kind . VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty }
        FILTER (NOT EXISTS { ?t rdfs:label ?en . FILTER(LANG(?en) = "en") }
             || NOT EXISTS { ?t rdfs:label ?id . FILTER(LANG(?id) = "id") }
             || NOT EXISTS { ?t rdfs:comment ?c } ) }""")
    assert missing == [], [str(r[0]) for r in missing]


@pytest.mark.parametrize("axiom", [
    "kg:Person rdfs:subClassOf schema:Person", "kg:Organization rdfs:subClassOf schema:Organization",
    "kg:Country rdfs:subClassOf schema:Country", "kg:Place rdfs:subClassOf schema:Place",
    "kg:Article rdfs:subClassOf schema:NewsArticle", "schema:mentions a owl:ObjectProperty",
    "kg:Event rdfs:subClassOf sem:Event", "kg:agent rdfs:subPropertyOf sem:hasActor",
    "kg:target rdfs:subPropertyOf sem:hasActor", "kg:place rdfs:subPropertyOf sem:hasPlace",
    "kg:date rdfs:subPropertyOf sem:hasTimeStamp",
    "kg:Article rdfs:subClassOf prov:Entity", "kg:BuildActivity rdfs:subClassOf prov:Activity",
    "kg:evidence rdfs:subPropertyOf prov:wasDerivedFrom", "kg:Person rdfs:subClassOf prov:Person",
    "kg:Person rdfs:subClassOf foaf:Person", "kg:Organization rdfs:subClassOf foaf:Organization",
    "kg:evidence rdfs:range nif:String", "kg:context rdfs:range nif:Context",
    "kg:Person owl:disjointWith kg:Organization", "kg:Person owl:disjointWith kg:Place",
    "kg:Organization owl:disjointWith kg:Place",
    "kg:attacked rdfs:subPropertyOf kg:interactsWith",
    "kg:cameoConcept rdfs:range kg:CameoCategory",
])
def test_alignment_and_axioms(onto, axiom):
    assert ask(onto, f"ASK {{ {axiom} }}"), axiom


def test_ontology_header(onto):
    assert ask(onto, """ASK { <https://w3id.org/kg-news/ontology> a owl:Ontology ;
        owl:versionInfo ?v ; owl:versionIRI ?vi ; dcterms:license ?lic ; rdfs:label ?l }""")


def test_every_root_has_a_shortcut_under_interacts_with(onto):
    rows = select(onto, """SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
        ?p rdfs:subPropertyOf kg:interactsWith ; dcterms:subject ?root . ?root skos:topConceptOf cameo: }""")
    assert int(rows[0][0]) == 20


# ---------------------------------------------------------------- events -> concepts, PROV-O

@pytest.fixture(scope="module")
def seed_store(seed_build) -> Store:
    store = Store()
    store.load(path=str(seed_build / "kg.trig"), format=RdfFormat.TRIG)
    return store


def sask(store: Store, query: str) -> bool:
    return bool(store.query(PREFIX + query, use_default_graph_as_union=True))


def test_every_event_links_to_the_concept_of_its_code(seed_store):
    assert sask(seed_store, "ASK { ?e a kg:Event }")
    assert not sask(seed_store, """ASK { ?e a kg:Event ; kg:cameoCode ?c .
        FILTER NOT EXISTS { ?e kg:cameoConcept ?k . FILTER(STR(?k) = CONCAT(STR(cameo:), ?c)) } }""")


def test_each_article_graph_has_its_provenance(seed_store):
    q = """ASK { GRAPH ?g { ?g a kg:Article , prov:Entity ; prov:wasDerivedFrom ?ctx ; kg:context ?ctx ;
                             prov:wasGeneratedBy ?act .
                  ?act a prov:Activity , kg:BuildActivity ; schema:softwareVersion ?v ; kg:lexiconVersion ?lv ;
                       prov:wasAssociatedWith ?sw . ?sw a prov:SoftwareAgent .
                  FILTER NOT EXISTS { ?act prov:startedAtTime ?t } } }"""
    assert seed_store.query(PREFIX + q)
    from kg import __version__
    assert sask(seed_store, f'ASK {{ ?act schema:softwareVersion "{__version__}" }}')


def test_stamp_adds_times(tmp_path):
    from kg.build import build
    build([SEED], tmp_path, progress=False, html=False, stamp=True)
    store = Store()
    store.load(path=str(tmp_path / "kg.trig"), format=RdfFormat.TRIG)
    assert sask(store, "ASK { ?a a kg:BuildActivity ; prov:startedAtTime ?s ; prov:endedAtTime ?e }")


# ---------------------------------------------------------------- 3. kg validate

def run_cli(*args: str):
    from kg.cli import cli
    return CliRunner().invoke(cli, list(args))


def test_validate_accepts_the_seed(seed_build):
    res = run_cli("validate", str(seed_build / "kg.trig"))
    assert res.exit_code == 0, res.output
    assert "conforms" in res.output


def test_validate_rejects_events_without_agents_and_evidence(seed_build, tmp_path):
    store = Store()
    store.load(path=str(seed_build / "kg.trig"), format=RdfFormat.TRIG)
    store.update(PREFIX + """DELETE { GRAPH ?g { ?e kg:agent ?a . ?e kg:evidence ?ev } }
                             WHERE { GRAPH ?g { ?e a kg:Event ; kg:agent ?a ; kg:evidence ?ev } }""")
    broken = tmp_path / "broken.trig"
    store.dump(str(broken), format=RdfFormat.TRIG)
    res = run_cli("validate", str(broken))
    assert res.exit_code != 0
    assert "path kg:agent" in res.output and "path kg:evidence" in res.output
    assert "an event needs exactly one agent" in res.output
    assert "an event needs evidence" in res.output
    n_events = len(list(store.query(PREFIX + "SELECT DISTINCT ?e WHERE { GRAPH ?g { ?e a kg:Event } }")))
    assert f"{2 * n_events} distinct violation(s)" in res.output


def test_validate_rejects_a_code_outside_the_scheme(seed_build, tmp_path):
    text = (seed_build / "kg.trig").read_text(encoding="utf-8")
    broken = tmp_path / "badcode.trig"
    broken.write_text(text.replace('kg:cameoCode "190"', 'kg:cameoCode "1999"'), encoding="utf-8")
    res = run_cli("validate", str(broken))
    assert res.exit_code != 0 and "1999 is not the notation of a concept" in res.output


# ---------------------------------------------------------------- 5. --infer

@pytest.fixture(scope="module")
def inferred_build(tmp_path_factory) -> Path:
    from kg.build import build
    out = tmp_path_factory.mktemp("seed-infer")
    build([SEED], out, progress=False, html=False, infer=True)
    return out


def test_inferred_types_live_in_their_own_graph(inferred_build, seed_build):
    store = Store()
    store.load(path=str(inferred_build / "kg.trig"), format=RdfFormat.TRIG)
    # kg:Country -> kg:Place -> schema:Place: queryable in the inferred graph ...
    assert store.query(PREFIX + f"ASK {{ GRAPH <{INFERRED}> {{ ?x a schema:Place , sem:Place }} }}")
    assert store.query(PREFIX + f"ASK {{ GRAPH <{INFERRED}> {{ ?a kg:interactsWith ?b }} }}")
    # ... and never in an article graph
    assert not store.query(PREFIX + f"""ASK {{ GRAPH ?g {{ ?x a schema:Place }} FILTER(?g != <{INFERRED}>) }}""")
    assert not store.query(PREFIX + f"""ASK {{ GRAPH ?g {{ ?x kg:interactsWith ?y }} FILTER(?g != <{INFERRED}>) }}""")
    # the article graphs are those of the plain build; kg.ttl keeps only what the text said
    assert (inferred_build / "kg.ttl").read_bytes() == (seed_build / "kg.ttl").read_bytes()
    res = run_cli("validate", str(inferred_build / "kg.trig"))
    assert res.exit_code == 0, res.output


def test_infer_is_deterministic(inferred_build, tmp_path):
    from kg.build import build
    build([SEED], tmp_path, progress=False, html=False, infer=True)
    assert (tmp_path / "kg.trig").read_bytes() == (inferred_build / "kg.trig").read_bytes()


# ---------------------------------------------------------------- 6. interoperability

@pytest.mark.parametrize("name,fmt,rdflib_fmt", [("kg.trig", RdfFormat.TRIG, "trig"),
                                                 ("kg.ttl", RdfFormat.TURTLE, "turtle")])
def test_pyoxigraph_and_rdflib_read_the_same_triples(seed_build, name, fmt, rdflib_fmt):
    path = seed_build / name
    ox = list(parse(path=str(path), format=fmt))
    ds = rdflib.Dataset()
    ds.parse(path, format=rdflib_fmt)
    n_rdflib = sum(1 for _ in ds.quads((None, None, None, None)))
    assert len(ox) > 300
    assert len(ox) == n_rdflib


def test_trig_nquads_trig_round_trip_is_isomorphic(seed_build, tmp_path):
    from rdflib.compare import isomorphic
    original = Dataset(parse(path=str(seed_build / "kg.trig"), format=RdfFormat.TRIG))
    nq = serialize(original, format=RdfFormat.N_QUADS)
    back = serialize(Dataset(parse(nq, format=RdfFormat.N_QUADS)), format=RdfFormat.TRIG)
    again = Dataset(parse(back, format=RdfFormat.TRIG))
    assert len(again) == len(original) and set(again) == set(original)
    # and rdflib agrees, graph by graph
    a, b = rdflib.Dataset(), rdflib.Dataset()
    a.parse(seed_build / "kg.trig", format="trig")
    b.parse(data=back.decode("utf-8"), format="trig")
    names = lambda d: {g.identifier for g in d.graphs() if len(g)}
    assert names(a) == names(b)
    for name in names(a):
        assert isomorphic(a.graph(name), b.graph(name)), name
