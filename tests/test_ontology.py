"""ontology/kg.ttl declares exactly the terms of kg.vocab.KG; the CAMEO roots are SKOS concepts."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.vocab import ENTITY_CLASSES, KG, MODALITIES, ROOT_PROPERTIES

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
NS = KG.iri
CAMEO = rdflib.Namespace("https://w3id.org/kg-news/cameo/")
SCHEMA = rdflib.Namespace("https://schema.org/")
DECLARATIONS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def declared(g: rdflib.Graph) -> set[str]:
    return {str(s) for s, t in g.subject_objects(RDF.type) if t in DECLARATIONS and str(s).startswith(NS)}


def used(g: rdflib.Graph) -> set[str]:
    return {str(t) for triple in g for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(NS)}


def test_every_vocab_term_is_declared(onto):
    missing = {t.value for t in KG} - declared(onto)
    assert not missing, f"in kg/vocab.py but not declared in ontology/kg.ttl: {sorted(missing)}"


def test_every_ontology_term_is_in_vocab(onto):
    extra = used(onto) - {t.value for t in KG}
    assert not extra, f"in ontology/kg.ttl but not in kg/vocab.py: {sorted(extra)}"


def test_labels_in_indonesian_and_english_with_comments(onto):
    for term in declared(onto):
        langs = {lit.language for lit in onto.objects(rdflib.URIRef(term), RDFS.label)}
        assert {"id", "en"} <= langs, term
        assert (rdflib.URIRef(term), RDFS.comment, None) in onto, term


def test_class_hierarchy_reaches_coarse_types(onto):
    coarse = {"Person", "Organization", "Country", "Place"}
    for cls in ENTITY_CLASSES:
        supers = {str(c) for c in onto.transitive_objects(rdflib.URIRef(KG[cls].value), RDFS.subClassOf)}
        assert any(NS + c in supers for c in coarse), cls
    assert (rdflib.URIRef(NS + "Country"), RDFS.subClassOf, rdflib.URIRef(NS + "Place")) in onto
    assert (rdflib.URIRef(NS + "Article"), RDFS.subClassOf, SCHEMA.NewsArticle) in onto
    for cls, target in [("Person", SCHEMA.Person), ("Organization", SCHEMA.Organization),
                        ("Country", SCHEMA.Country), ("Place", SCHEMA.Place),
                        ("Person", rdflib.URIRef("http://xmlns.com/foaf/0.1/Person")),
                        ("Event", rdflib.URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event"))]:
        assert (rdflib.URIRef(NS + cls), RDFS.subClassOf, target) in onto, cls


def test_modalities_are_individuals(onto):
    for m in MODALITIES:
        assert (rdflib.URIRef(NS + m), RDF.type, rdflib.URIRef(NS + "Modality")) in onto


def test_cameo_roots_are_skos_concepts(onto):
    roots = list(csv.DictReader(open("/work/shared/reference/cameo_roots.tsv", encoding="utf-8"), delimiter="\t")) \
        if Path("/work/shared/reference/cameo_roots.tsv").exists() else None
    for n in range(1, 21):
        root = f"{n:02d}"
        concept = CAMEO[root]
        assert (concept, RDF.type, SKOS.Concept) in onto
        assert (concept, SKOS.notation, rdflib.Literal(root)) in onto
        assert any(lbl.language == "en" for lbl in onto.objects(concept, SKOS.prefLabel))
        prop = rdflib.URIRef(NS + ROOT_PROPERTIES[root])
        assert (prop, rdflib.URIRef("http://purl.org/dc/terms/subject"), concept) in onto
    if roots:
        for r in roots:
            assert rdflib.Literal(r["name"], lang="en") in set(onto.objects(CAMEO[r["root"]], SKOS.prefLabel))


def test_shapes_parse_and_target_the_facts():
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    targets = {str(o) for o in shapes.objects(None, sh.targetClass)}
    for cls in ["Event", "Quote", "Position", "Person", "Organization", "Place", "Article"]:
        assert NS + cls in targets
