"""kg.viz: offline, deterministic HTML."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

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


# --- the seed graph: offline, big enough, renders in a real browser ----------------------------

def _datasets(page: str) -> tuple[list[dict], list[dict]]:
    nodes = json.loads(re.search(r"nodes = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);", page, re.S).group(1))
    return nodes, edges


def test_seed_graph_html_offline_and_big_enough(seed_build):
    page = (seed_build / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r'<script[^>]+src\s*=\s*["\']?(https?:)?//', page, re.I)
    assert not re.search(r'<link[^>]+href\s*=\s*["\']?(https?:)?//', page, re.I)
    nodes, edges = _datasets(page)
    assert len(nodes) >= 15 and len(edges) >= 12
    assert 'id="kg-legend"' in page and 'id="kg-search"' in page
    # the build's view keeps the article graphs: event tooltips carry their evidence and article
    events = [e for e in edges if e.get("root")]
    assert events and all("art:kompastv-2022-02-24" in e["title"] for e in events)
    assert any("Republik Ceko" in e["title"] for e in events)


def test_seed_graph_renders_in_headless_chromium(seed_build, tmp_path):
    import shutil
    import subprocess
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        pytest.skip("no Chromium binary on PATH (install Debian's `chromium` to run the browser test)")
    shot = tmp_path / "shot.png"
    page = (seed_build / "graph.html").resolve()
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run",
           f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,900",
           "--virtual-time-budget=5000", page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 0, proc.stderr[-2000:]
    assert _non_blank_png(shot.read_bytes())
    # the running page reports what it drew and any script error (kg.viz.SELF_CHECK)
    dom = subprocess.run([*cmd[:8], f"--user-data-dir={tmp_path / 'profile2'}", "--virtual-time-budget=5000",
                          "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    root = re.search(r"<html[^>]*>", dom).group(0)
    assert "data-kg-error" not in root, root
    drawn = dict(re.findall(r'data-kg-(nodes|edges)="(\d+)"', root))
    assert int(drawn["nodes"]) >= 15 and int(drawn["edges"]) >= 12, root


def _non_blank_png(data: bytes) -> bool:
    """True when the PNG's pixels are not all one colour (stdlib-only PNG decoding)."""
    import struct
    import zlib
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, ctype, depth = 8, b"", 0, 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    assert depth == 8 and width and height
    bpp = {2: 3, 6: 4, 0: 1, 4: 2}[ctype]
    stride = width * bpp
    # raw scanlines are filtered; un-filter them (PNG filters 0-4)
    prev = bytearray(stride)
    colours = set()
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if y % 10 == 0:
            colours.update(bytes(line[x:x + 3]) for x in range(0, stride, bpp * 7))
        if len(colours) > 8:
            return True
    return len(colours) > 8


# --- focus, CAMEO filter, top N, CONSTRUCT query ------------------------------------------------

def test_viz_focus_on_seed_through_cli(seed_build, tmp_path):
    from click.testing import CliRunner
    from kg.cli import cli
    out = tmp_path / "f.html"
    result = CliRunner().invoke(cli, ["viz", "-g", str(seed_build / "kg.trig"), "--focus", "Stoltenberg",
                                      "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    nodes, edges = _datasets(out.read_text(encoding="utf-8"))
    labels = {n["label"] for n in nodes}
    assert {"Jens Stoltenberg", "NATO", "Rusia"} <= labels and "Ukraina" not in labels
    assert edges


def test_viz_unknown_focus_is_one_error_line(seed_build, tmp_path):
    from click.testing import CliRunner
    from kg.cli import cli
    result = CliRunner().invoke(cli, ["viz", "-g", str(seed_build / "kg.trig"), "--focus", "Nobody",
                                      "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and not (tmp_path / "x.html").exists()


def test_cameo_filter_and_top_note(tmp_path):
    from kg.viz import html
    page = html(MINI, cameo="19", top=2)
    nodes, edges = _datasets(page)
    assert len(nodes) <= 2
    assert all(e.get("root") in (None, "19") for e in edges)
    assert "left out" in page and "top 2" in page


def test_query_draws_construct_result(tmp_path):
    from kg.viz import html
    nodes, edges = _datasets(html(MINI, query="actor-graph"))
    assert "Rusia" in {n["label"] for n in nodes}
    assert any(e["label"].startswith("Fight") for e in edges)


def test_merged_edges_and_colour_scale():
    from kg.viz import root_colour
    assert root_colour("04") != root_colour("19") != root_colour("11")
    assert root_colour("09") == root_colour("06")  # 09 Investigate is cooperation (01-09)
