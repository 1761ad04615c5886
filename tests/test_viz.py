"""kg.viz: offline, deterministic HTML."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox

from kg.store import open_store
from kg.viz import render_html

MINI = Path(__file__).parent / "fixtures" / "mini.trig"


def test_html_works_offline(tmp_path):
    out = render_html(MINI, tmp_path / "graph.html")
    page = out.read_text(encoding="utf-8")
    assert "new vis.Network" in page and "vis.DataSet" in page
    # no remote script or stylesheet
    assert not re.search(r'<script[^>]+src\s*=\s*["\']?(https?:)?//', page, re.I)
    assert not re.search(r'<link[^>]+href\s*=\s*["\']?(https?:)?//', page, re.I)
    assert "cdnjs" not in page and "cdn.jsdelivr" not in page
    # vis-network itself is inlined
    assert len(page) > 100_000


def test_html_has_entities_and_event_edges(tmp_path):
    page = render_html(open_store(MINI), tmp_path / "g.html").read_text(encoding="utf-8")
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    labels = {n["label"] for n in nodes}
    assert {"Rusia", "Ukraina", "NATO", "Jens Stoltenberg"} <= labels
    assert {"Fight", "Disapprove", "Appeal", "Sekretaris Jenderal"} <= {e["label"] for e in edges}
    colours = {n["label"]: n["color"] for n in nodes}
    assert colours["Rusia"] != colours["Jens Stoltenberg"] != colours["NATO"]


def test_html_is_deterministic(tmp_path):
    a = render_html(MINI, tmp_path / "a.html").read_bytes()
    b = render_html(MINI, tmp_path / "b.html").read_bytes()
    assert a == b


def test_render_from_quads(tmp_path):
    store = ox.Store()
    store.load(path=str(MINI))
    out = render_html(list(store), tmp_path / "sub" / "q.html")
    assert out.is_file()
    assert [p.name for p in out.parent.iterdir()] == ["q.html"]
