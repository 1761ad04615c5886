"""The project's RDF vocabulary: closed namespaces whose mistyped terms fail loudly.

Every class and property the graph uses is listed here and declared in
``ontology/kg.ttl`` (a test checks both directions). Terms are pyoxigraph
``NamedNode`` objects because graph.py builds quads for pyoxigraph directly.
"""
from __future__ import annotations

from pyoxigraph import NamedNode

BASE = "https://w3id.org/kg-news/"


class ClosedNamespace:
    """A namespace that only hands out the terms it was built with (like rdflib's)."""

    def __init__(self, iri: str, terms: list[str]):
        self._iri = iri
        self._terms = {t: NamedNode(iri + t) for t in terms}

    def __getattr__(self, name: str) -> NamedNode:
        try:
            return self._terms[name]
        except KeyError:
            raise AttributeError(f"{name!r} is not a term of {self._iri}") from None

    def __getitem__(self, name: str) -> NamedNode:
        return self.__getattr__(name)

    def __iter__(self):
        return iter(self._terms.values())

    def __contains__(self, name: str) -> bool:
        return name in self._terms

    @property
    def iri(self) -> str:
        """The namespace IRI."""
        return self._iri


class OpenNamespace:
    """A namespace for minted resources (entities, events ...): any local name."""

    def __init__(self, iri: str):
        self.iri = iri

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self.iri + name)


# The CAMEO root shortcut properties, in root order 01..20.
ROOT_PROPERTIES = {
    "01": "madeStatementAbout", "02": "appealedTo", "03": "intendedToCooperateWith",
    "04": "consultedWith", "05": "supported", "06": "cooperatedWith", "07": "aided",
    "08": "yieldedTo", "09": "investigated", "10": "demandedFrom", "11": "criticized",
    "12": "rejected", "13": "threatened", "14": "protestedAgainst", "15": "mobilizedAgainst",
    "16": "reducedRelationsWith", "17": "coerced", "18": "assaulted", "19": "attacked",
    "20": "usedMassViolenceAgainst",
}

ENTITY_CLASSES = [
    "Person", "Organization", "InternationalOrganization", "GovernmentBody",
    "MediaOrganization", "Company", "PoliticalParty", "ArmedGroup",
    "EducationalInstitution", "Country", "Place", "City", "Region", "Continent", "Facility",
]
MODALITIES = ["asserted", "planned", "conditional", "negated", "reported", "hypothetical"]
STRUCTURAL = ["memberOf", "headquarteredIn", "locatedIn", "capitalOf", "partOf"]

KG = ClosedNamespace(BASE + "ontology#", [
    *ENTITY_CLASSES, "Article", "Event", "Quote", "Position", "Modality", "CameoCategory",
    # article
    "fileName", "datelinePlace", "sourceAttribution", "pageDebris", "context",
    # events
    "cameoCode", "cameo", "cameoConcept", "agent", "target", "modality", "date", "place", "trigger", "reportedBy",
    # positions and quotes
    "holdsPosition", "positionIn", "title", "quoteText", "speaker",
    # provenance and linking
    "evidence", "geonamesId", "BuildActivity", "lexiconVersion", "articleCount",
    # the entity index's co-mention counts
    "CoMention", "coMentioned", "sharedArticles",
    *STRUCTURAL, *MODALITIES, "interactsWith", *ROOT_PROPERTIES.values(),
])

ENTITY = OpenNamespace(BASE + "entity/")
ARTICLE = OpenNamespace(BASE + "article/")
EVENT = OpenNamespace(BASE + "event/")
QUOTE = OpenNamespace(BASE + "quote/")
POSITION = OpenNamespace(BASE + "position/")
COMENTION = OpenNamespace(BASE + "comention/")
CAMEO = OpenNamespace(BASE + "cameo/")
BUILD = OpenNamespace(BASE + "build/")
#: The named graph `kg build --infer` writes the RDFS/OWL-RL closure into.
INFERRED_GRAPH = NamedNode(BASE + "graph/inferred")
#: The entity index: every triple about an actor or a position once per build, with the
#: number of articles that mention each actor (see graph.index_quads).
INDEX_GRAPH = NamedNode(BASE + "graph/index")
#: The software agent that writes every graph.
SOFTWARE = NamedNode(BASE + "software/kg")

RDF = ClosedNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#", ["type"])
RDFS = ClosedNamespace("http://www.w3.org/2000/01/rdf-schema#", ["label", "comment", "subClassOf"])
OWL = ClosedNamespace("http://www.w3.org/2002/07/owl#", ["sameAs"])
SKOS = ClosedNamespace("http://www.w3.org/2004/02/skos/core#", ["altLabel", "prefLabel", "notation"])
XSD = ClosedNamespace("http://www.w3.org/2001/XMLSchema#", ["date", "dateTime", "integer", "nonNegativeInteger", "string"])
SCHEMA = ClosedNamespace("https://schema.org/", [
    "NewsArticle", "mentions", "publisher", "datePublished", "headline", "isBasedOn",
    "softwareVersion",
])
PROV = ClosedNamespace("http://www.w3.org/ns/prov#", [
    "Entity", "Activity", "SoftwareAgent", "wasDerivedFrom", "wasGeneratedBy",
    "wasAssociatedWith", "used", "startedAtTime", "endedAtTime",
])
NIF = ClosedNamespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", [
    "Context", "String", "RFC5147String", "beginIndex", "endIndex", "anchorOf",
    "referenceContext", "isString",
])
WIKIDATA = OpenNamespace("http://www.wikidata.org/entity/")
GEONAMES = OpenNamespace("https://sws.geonames.org/")

PREFIXES = {
    "kg": KG.iri, "ent": ENTITY.iri, "art": ARTICLE.iri, "ev": EVENT.iri, "q": QUOTE.iri,
    "pos": POSITION.iri, "cameo": CAMEO.iri, "rdf": RDF.iri, "rdfs": RDFS.iri, "owl": OWL.iri,
    "skos": SKOS.iri, "xsd": XSD.iri, "schema": SCHEMA.iri, "nif": NIF.iri, "wd": WIKIDATA.iri,
    "gn": GEONAMES.iri, "prov": PROV.iri, "build": BUILD.iri, "graph": BASE + "graph/",
    "comention": COMENTION.iri,
}

# Direct superclass of each entity class (the ontology states the same hierarchy).
SUPERCLASS = {
    "InternationalOrganization": "Organization", "GovernmentBody": "Organization",
    "MediaOrganization": "Organization", "Company": "Organization", "PoliticalParty": "Organization",
    "ArmedGroup": "Organization", "EducationalInstitution": "Organization",
    "Country": "Place", "City": "Place", "Region": "Place", "Continent": "Place", "Facility": "Place",
}


def is_a(cls: str, ancestor: str) -> bool:
    """True when entity class `cls` is `ancestor` or one of its subclasses."""
    while cls:
        if cls == ancestor:
            return True
        cls = SUPERCLASS.get(cls, "")
    return False


def coarse(cls: str) -> str:
    """The coarse type of an entity class: Person, Organization, Country or Place."""
    if cls in ("Person", "Country"):
        return cls
    return "Organization" if is_a(cls, "Organization") else "Place"
