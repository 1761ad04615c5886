"""kg.store: the store seam (memory, on-disk Oxigraph, SPARQL endpoint request building)."""
from __future__ import annotations

import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import FormatError, InputError, QueryError
from kg.store import (DiskStore, MemoryStore, SparqlEndpointStore, insert_data, open_store,
                      register_opener, OPENERS, serialize_quads)

MINI = Path(__file__).parent / "fixtures" / "mini.trig"
ART1 = "https://w3id.org/kg-news/article/contoh-2022-02-24-nato-rusia-aaaa1111"
ART2 = "https://w3id.org/kg-news/article/contoh-2022-02-25-jokowi-perang-bbbb2222"


def test_open_file_gives_memory_store_with_named_graphs():
    store = open_store(MINI)
    assert isinstance(store, MemoryStore)
    # the two article graphs, and the entity index computed on loading (the file has none)
    assert store.named_graphs() == [ART1, ART2, "https://w3id.org/kg-news/graph/index"]
    assert len(store) > 100


def test_query_sees_union_of_named_graphs():
    store = open_store(str(MINI))
    rows = store.query("SELECT DISTINCT ?c WHERE { ?c a kg:Country }", prefixes={"kg": "https://w3id.org/kg-news/ontology#"})
    assert {r["c"].value.rsplit("/", 1)[1] for r in rows} == {"russia", "ukraine", "poland", "indonesia"}


def test_malformed_sparql_is_a_query_error():
    with pytest.raises(QueryError) as info:
        open_store(MINI).query("SELEC ?x WHERE {")
    assert "\n" not in str(info.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        open_store(tmp_path / "nope.trig")


def test_unknown_rdf_format():
    with pytest.raises(FormatError):
        open_store(MINI).serialize("docx")


def test_disk_store_persists(tmp_path):
    store = open_store(f"oxigraph:{tmp_path / 'db'}")
    assert isinstance(store, DiskStore)
    store.load(MINI)
    n = len(store)
    store.flush()
    del store
    again = DiskStore(tmp_path / "db")
    assert len(again) == n
    assert again.named_graphs() == [ART1, ART2]


def test_add_and_load_bytes():
    store = MemoryStore()
    store.add([ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("x"), ox.NamedNode("http://e/g"))])
    store.load(b'<http://e/a> <http://e/p> "y" .', fmt="nt", graph="http://e/g2")
    assert len(store) == 2
    assert store.named_graphs() == ["http://e/g", "http://e/g2"]


def test_endpoint_chosen_for_urls():
    store = open_store("https://example.org/sparql")
    assert isinstance(store, SparqlEndpointStore)
    assert store.url == "https://example.org/sparql"


def test_endpoint_query_request_follows_protocol():
    store = SparqlEndpointStore("http://localhost:7878/query", update_url="http://localhost:7878/update")
    req = store.query_request("ASK { ?s ?p ?o }")
    assert req.get_method() == "POST"
    assert req.full_url == "http://localhost:7878/query"
    assert req.get_header("Content-type") == "application/x-www-form-urlencoded"
    assert "application/sparql-results+json" in req.get_header("Accept")
    assert urllib.parse.parse_qs(req.data.decode()) == {"query": ["ASK { ?s ?p ?o }"]}
    upd = store.update_request("CLEAR ALL")
    assert upd.full_url == "http://localhost:7878/update"
    assert urllib.parse.parse_qs(upd.data.decode()) == {"update": ["CLEAR ALL"]}


def test_insert_data_keeps_graphs_and_escapes_literals():
    quad = ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal('say "hi"\n'), ox.NamedNode("http://e/g"))
    text = insert_data([quad])
    assert text.startswith("INSERT DATA {")
    assert 'GRAPH <http://e/g> { <http://e/s> <http://e/p> "say \\"hi\\"\\n" . }' in text
    # the update parses
    MemoryStore()._store.update(text)


def test_serialize_is_sorted_and_canonical_for_blank_nodes():
    quads = [ox.Quad(ox.BlankNode(), ox.NamedNode("http://e/p"), ox.Literal("b")),
             ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("a"))]
    one = serialize_quads(quads, "nt")
    two = serialize_quads(list(reversed([ox.Quad(ox.BlankNode(), q.predicate, q.object) if isinstance(q.subject, ox.BlankNode) else q for q in quads])), "nt")
    assert one == two


def test_register_opener(tmp_path):
    register_opener("mem:", lambda spec: MemoryStore())
    try:
        assert isinstance(open_store("mem:anything"), MemoryStore)
    finally:
        OPENERS.pop(0)
