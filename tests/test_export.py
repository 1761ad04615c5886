"""kg.export: RDF round-trips by isomorphism, GraphML/GEXF actor network, determinism, atomicity."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import FormatError
from kg.export import FORMATS, export

MINI = Path(__file__).parent / "fixtures" / "mini.trig"
ENT = "https://w3id.org/kg-news/entity/"


def reference_dataset() -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(MINI, format="trig")
    return ds


def merged(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def graphs(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    out = {}
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        out.setdefault(str(ctx), rdflib.Graph()).add((s, p, o))
    return out


@pytest.mark.parametrize("fmt,rdflib_fmt", [("ttl", "turtle"), ("nt", "nt"), ("xml", "xml")])
def test_triple_formats_round_trip(tmp_path, fmt, rdflib_fmt):
    out = tmp_path / f"kg.{fmt}"
    export(MINI, fmt, out)
    g = rdflib.Graph().parse(out, format=rdflib_fmt)
    assert isomorphic(g, merged(reference_dataset()))


@pytest.mark.parametrize("fmt,rdflib_fmt", [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_quad_formats_keep_named_graphs(tmp_path, fmt, rdflib_fmt):
    out = tmp_path / f"kg.{fmt}"
    export(MINI, fmt, out)
    ds = rdflib.Dataset()
    ds.parse(out, format=rdflib_fmt)
    got, want = graphs(ds), graphs(reference_dataset())
    assert got.keys() == want.keys()
    for name in want:
        assert isomorphic(got[name], want[name]), name


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_are_deterministic(tmp_path, fmt):
    a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    export(MINI, fmt, a)
    export(MINI, fmt, b)
    assert a.read_bytes() == b.read_bytes()
    assert export(MINI, fmt) == a.read_bytes()


def test_graphml_actor_network(tmp_path):
    out = tmp_path / "actors.graphml"
    export(MINI, "graphml", out)
    g = nx.read_graphml(out, force_multigraph=True)
    assert g.nodes[ENT + "russia"]["type"] == "Country"
    assert g.nodes[ENT + "russia"]["coarse"] == "Country"
    assert g.nodes[ENT + "russia"]["wikidata"] == "http://www.wikidata.org/entity/Q159"
    attacks = [d for u, v, d in g.edges(data=True) if u == ENT + "russia" and v == ENT + "ukraine"]
    assert attacks == [{"kind": "event", "cameo": "190", "root": "19", "label": "Fight",
                        "modality": "asserted", "count": 1}]
    kinds = {d["kind"] for _, _, d in g.edges(data=True)}
    assert {"event", "positionIn", "memberOf", "headquarteredIn", "capitalOf"} <= kinds
    assert list(g.nodes) == sorted(g.nodes)


def test_gexf_actor_network(tmp_path):
    out = tmp_path / "actors.gexf"
    data = export(MINI, "gexf", out)
    assert b"lastmodifieddate" not in data
    g = nx.read_gexf(out)
    assert g.nodes[ENT + "jens-stoltenberg"]["label"] == "Jens Stoltenberg"
    assert any(d.get("label") == "Disapprove" for _, _, d in g.edges(data=True))


def test_unknown_format_writes_nothing(tmp_path):
    out = tmp_path / "kg.docx"
    with pytest.raises(FormatError):
        export(MINI, "docx", out)
    assert list(tmp_path.iterdir()) == []


def test_failed_write_leaves_no_partial_file(tmp_path, monkeypatch):
    import kg.export as ex
    out = tmp_path / "kg.ttl"
    out.write_text("old")

    def boom(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(ex.os, "replace", boom)
    with pytest.raises(OSError):
        export(MINI, "ttl", out)
    assert out.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.ttl"]


def test_jsonld_uses_the_published_context_and_keeps_every_datatype(tmp_path):
    import json

    from kg.export import jsonld_context
    out = tmp_path / "kg.jsonld"
    export(MINI, "jsonld", out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    published = json.loads((Path(__file__).parent.parent / "ontology" / "context.jsonld").read_text())
    assert doc["@context"] == published["@context"] == jsonld_context()["@context"]
    text = out.read_text(encoding="utf-8")
    assert '"kg:' in text and "https://w3id.org/kg-news/ontology#" not in text.split('"@graph"')[1]
    ds = rdflib.Dataset()
    ds.parse(out, format="json-ld")
    want = reference_dataset()
    assert {q[:3] for q in ds.quads()} == {q[:3] for q in want.quads()}
