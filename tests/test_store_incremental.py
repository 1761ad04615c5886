"""Incremental builds into an on-disk Oxigraph store: skip, replace, remove, survive SIGKILL."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build_store
from kg.cli import cli
from kg.store import DiskStore

from conftest import ROOT, SEED

COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a kg:Article } }"
INDEX = "https://w3id.org/kg-news/graph/index"
COUNT_EVENTS = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a kg:Event } }"


def _count(store: DiskStore, sparql: str) -> int:
    from kg.vocab import PREFIXES
    return int(next(iter(store.query(sparql, PREFIXES)))["n"].value)


def _articles(folder: Path, n: int) -> list[Path]:
    """n small articles cut from the seed text, each with its own id."""
    lines = [ln for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        text = "\n".join(lines[(i + k) % len(lines)] for k in range(2)) + f"\nBerita nomor {i + 1}."
        f = folder / f"art-{i:03d}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    return files


@pytest.fixture
def counted(monkeypatch):
    """Counts calls of the extraction pipeline."""
    import kg.pipeline
    calls = []
    real = kg.pipeline.process_file

    def spy(path, *args, **kwargs):
        calls.append(Path(path))
        return real(path, *args, **kwargs)
    monkeypatch.setattr(kg.pipeline, "process_file", spy)
    return calls


def _snapshot(store_dir: Path) -> tuple[bytes, dict]:
    store = DiskStore(store_dir)
    snap = store.serialize("nq"), store.records()
    del store
    return snap


def test_unchanged_rerun_does_no_extraction_and_changes_nothing(tmp_path, counted):
    files = _articles(tmp_path / "in", 3)
    first = build_store(files, tmp_path / "st", progress=False)
    assert (first.added, first.replaced, first.unchanged) == (3, 0, 0)
    assert len(counted) == 3
    before = _snapshot(tmp_path / "st")
    again = build_store(files, tmp_path / "st", progress=False)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 3)
    assert len(counted) == 3                       # no extraction on the re-run
    assert _snapshot(tmp_path / "st") == before


def test_changed_article_is_replaced_not_duplicated(tmp_path, counted):
    files = _articles(tmp_path / "in", 2) + [tmp_path / "in" / SEED.name]
    files[2].write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    build_store(files, tmp_path / "st", progress=False)
    store = DiskStore(tmp_path / "st")
    old_graphs = store.named_graphs()
    assert _count(store, COUNT_ARTICLES) == 3
    del store
    files[2].write_text(SEED.read_text(encoding="utf-8") + "\nRusia menyerang Ukraina lagi.", encoding="utf-8")
    n_calls = len(counted)
    res = build_store(files, tmp_path / "st", progress=False)
    assert (res.added, res.replaced, res.unchanged) == (0, 1, 2)
    assert counted[n_calls:] == [files[2]]          # only the changed article was extracted
    store = DiskStore(tmp_path / "st")
    assert _count(store, COUNT_ARTICLES) == 3 and len(store.named_graphs()) == 3 + 1   # + the index
    assert len(set(store.named_graphs()) - set(old_graphs)) == 1   # the changed article's new IRI
    events = _count(store, COUNT_EVENTS)
    del store
    build_store(files, tmp_path / "fresh", progress=False)
    fresh = DiskStore(tmp_path / "fresh")
    assert _count(fresh, COUNT_EVENTS) == events > 0


def test_replaced_article_equals_a_fresh_build(tmp_path):
    files = _articles(tmp_path / "in", 2)
    build_store(files, tmp_path / "st", progress=False)
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nNATO mengecam Rusia.", encoding="utf-8")
    res = build_store(files, tmp_path / "st", progress=False)
    assert (res.added, res.replaced, res.unchanged) == (0, 1, 1)
    build_store(files, tmp_path / "fresh", progress=False)
    assert _snapshot(tmp_path / "st") == _snapshot(tmp_path / "fresh")


def test_cli_build_store_remove_and_outputs(tmp_path):
    files = _articles(tmp_path / "in", 2)
    st = tmp_path / "st"
    run = CliRunner().invoke
    res = run(cli, ["build", *map(str, files), "--store", str(st), "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "2 added, 0 replaced, 0 unchanged" in res.output
    res = run(cli, ["build", *map(str, files), "--store", str(st), "--out", str(tmp_path / "out")])
    assert "0 added, 0 replaced, 2 unchanged" in res.output
    assert (tmp_path / "out" / "kg.trig").stat().st_size > 0
    res = run(cli, ["query", COUNT_ARTICLES, "--graph", f"oxigraph:{st}", "--format", "csv"])
    assert res.exit_code == 0 and res.output.split()[-1] == "2", res.output
    res = run(cli, ["remove", files[0].name, "--store", str(st)])
    assert res.exit_code == 0 and res.output.startswith("removed https://"), res.output
    store = DiskStore(st)
    assert store.named_graphs()[-1] == INDEX
    assert len(store.named_graphs()) == 1 + 1 and len(store.records()) == 1
    del store
    res = run(cli, ["remove", files[0].name, "--store", str(st)])
    assert res.exit_code == 1 and "Error: no article" in res.stderr
    res = run(cli, ["remove", "x", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "Error: no store" in res.stderr
    res = run(cli, ["build", *map(str, files), "--store", str(st)])   # the removed one comes back
    assert "1 added, 0 replaced, 1 unchanged" in res.output


def test_store_output_files_match_a_plain_build(tmp_path, seed_build):
    res = build_store([SEED], tmp_path / "st", progress=False, out=tmp_path / "out")
    assert res.added == 1
    for name in ("kg.trig", "kg.ttl", "graph.html"):
        assert (tmp_path / "out" / name).read_bytes() == (seed_build / name).read_bytes(), name


def _kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg", *args]


def test_killed_build_resumes_to_the_same_store(tmp_path):
    src = tmp_path / "in"
    _articles(src, 30)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    whole = subprocess.run(_kg("build", str(src), "--store", str(tmp_path / "whole"), "--no-progress"),
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert whole.returncode == 0, whole.stderr
    proc = subprocess.Popen(_kg("build", str(src), "--store", str(tmp_path / "killed"), "-v", "--no-progress"),
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    written = 0
    try:
        for line in proc.stdout:
            written += line.startswith("added ")
            if written == 5:
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
    assert written == 5
    # the killed store opens and holds whole articles only: each one equals its graph in the full build
    killed, full = DiskStore(tmp_path / "killed"), DiskStore(tmp_path / "whole")
    graphs = killed.named_graphs()
    assert 5 <= len(graphs) < 30
    assert set(g for g, _ in killed.records().values()) == set(graphs)
    full_quads = {g: {q for q in full.quads() if q.graph_name.value == g} for g in graphs}
    for g in graphs:
        assert {q for q in killed.quads() if q.graph_name.value == g} == full_quads[g], g
    del killed, full
    rerun = subprocess.run(_kg("build", str(src), "--store", str(tmp_path / "killed"), "--no-progress"),
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{30 - len(graphs)} added, 0 replaced, {len(graphs)} unchanged" in rerun.stdout
    assert _snapshot(tmp_path / "killed") == _snapshot(tmp_path / "whole")


def test_serve_answers_like_the_local_store(tmp_path):
    import shutil
    import socket
    import time
    import urllib.parse
    import urllib.request
    from kg.errors import InputError
    from kg.store import serve_command
    try:
        serve_command()
    except InputError:
        pytest.skip("the oxigraph server package is not installed")
    build_store(_articles(tmp_path / "in", 2), tmp_path / "st", progress=False)
    local = _count(DiskStore(tmp_path / "st"), COUNT_ARTICLES)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(_kg("serve", "--store", str(tmp_path / "st"), "--bind", f"127.0.0.1:{port}"),
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        from kg.vocab import PREFIXES
        from kg.store import prologue
        body = urllib.parse.urlencode({"query": prologue(COUNT_ARTICLES, PREFIXES) + COUNT_ARTICLES}).encode()
        for _ in range(100):
            try:
                req = urllib.request.Request(f"http://127.0.0.1:{port}/query", data=body,
                                             headers={"Accept": "text/csv"})
                with urllib.request.urlopen(req, timeout=5) as resp:
                    answer = resp.read().decode().split()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not answer")
        assert int(answer[-1]) == local == 2
    finally:
        os.killpg(proc.pid, signal.SIGTERM)     # kg serve and its oxigraph child, by our PID
        proc.wait(timeout=30)


@pytest.mark.parametrize("target", ["--out", "--store"])
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_ctrl_c_stops_cleanly(tmp_path, target):
    """SIGINT to the whole process group (as a terminal's Ctrl-C): one line, exit 130, nothing half-written."""
    import time
    src = tmp_path / "in"
    _articles(src, 300)
    dest = tmp_path / "dest"
    verbose = ["-v"] if target == "--store" else []
    proc = subprocess.Popen(_kg("build", str(src), target, str(dest), "--jobs", "2", "--no-progress", *verbose),
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                            # a background job of a non-interactive shell inherits SIGINT ignored
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    if verbose:
        assert proc.stdout.readline().startswith("added ")      # articles are being written
    else:
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and not children.read_text().split():
            time.sleep(0.05)             # until the worker processes exist
        time.sleep(1.0)                  # and are extracting
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert err.strip() == "Error: interrupted"
    if target == "--out":
        assert sorted(p.name for p in dest.iterdir()) == []      # no kg.trig, no spool left behind
    else:
        store = DiskStore(dest)                                  # readable, whole articles only
        assert 0 < len(store.named_graphs()) < 300
        assert set(g for g, _ in store.records().values()) == set(store.named_graphs())
        del store


def test_read_commands_take_store(tmp_path, seed_build):
    """query/export/viz/stats/validate --store DIR read the store and answer like the files."""
    build_store([SEED], tmp_path / "st", progress=False)
    runner = CliRunner()

    def run(*args: str) -> str:
        res = runner.invoke(cli, list(args))
        assert res.exit_code == 0, res.output
        return res.output
    graph = str(seed_build / "kg.trig")
    for cmd in (["query", "who-attacked-whom", "--format", "csv"], ["export", "--format", "nt"],
                ["stats", "--format", "json"]):
        from_store = run(*cmd, "--store", str(tmp_path / "st"))
        from_file = run(*cmd, "--graph", graph)
        assert sorted(from_store.splitlines()) == sorted(from_file.splitlines()), cmd
    assert "conforms" in run("validate", "--store", str(tmp_path / "st"))
    run("viz", "--store", str(tmp_path / "st"), "-o", str(tmp_path / "v.html"))
    assert (tmp_path / "v.html").read_bytes() == (seed_build / "graph.html").read_bytes()
    res = runner.invoke(cli, ["query", "who-attacked-whom", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "no store at" in res.output
    res = runner.invoke(cli, ["stats", "--store", str(tmp_path / "st"), "--graph", graph])
    assert res.exit_code == 2 and "not both" in res.output


def test_index_of_an_older_format_is_rebuilt_on_open(tmp_path):
    from kg.graph import INDEX_FORMAT
    from kg.store import BOOK_INDEX, open_store
    files = _articles(tmp_path / "in", 2)
    build_store(files, tmp_path / "st", progress=False)
    store = DiskStore(tmp_path / "st")
    index_quads = _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INDEX}> {{ ?s ?p ?o }} }}")
    store.update(f"DELETE WHERE {{ <{INDEX}> <{BOOK_INDEX.value}> ?x }} ; DROP GRAPH <{INDEX}> ; "
                 f"INSERT DATA {{ <{INDEX}> <{BOOK_INDEX.value}> \"1 0000\" }}")   # what an older kg left
    assert not store.index_format_current()
    del store
    reopened = open_store(f"oxigraph:{tmp_path / 'st'}")
    assert reopened.index_format_current() and reopened.index_state().startswith(f"{INDEX_FORMAT} ")
    assert _count(reopened, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INDEX}> {{ ?s ?p ?o }} }}") == index_quads
