"""kg push / kg query --endpoint against a real Oxigraph server on a free loopback port."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

from conftest import ROOT

QUERIES = ["who-attacked-whom", "who-criticized-whom", "most-mentioned-actors", "actors-by-type",
           "event-counts-by-root", "quotes-by-speaker"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def seed_trig(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    res = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    return out / "kg.trig"


@pytest.fixture()
def server(tmp_path):
    """A running Oxigraph server (union default graph, as `kg serve`); yields its base URL."""
    from kg.errors import InputError
    from kg.store import serve_command
    try:
        cmd = serve_command(tmp_path / "remote", f"127.0.0.1:{_free_port()}")
    except InputError:
        pytest.skip("the oxigraph server binary is not installed")
    base = f"http://{cmd[cmd.index('--bind') + 1]}"
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        for _ in range(100):
            try:
                with urllib.request.urlopen(base + "/", timeout=2):
                    break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the Oxigraph server did not start")
        yield base
    finally:
        os.kill(proc.pid, signal.SIGTERM)   # our server, by its PID
        proc.wait(timeout=30)


def _rows(args: list[str]) -> set[str]:
    res = CliRunner().invoke(cli, ["query", *args, "--format", "csv"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    return set(lines[1:])


def _remote_count(base: str) -> int:
    from kg.store import SparqlEndpointStore
    return int(next(iter(SparqlEndpointStore(base + "/query").query(COUNT)))["n"].value)


def test_named_queries_are_listed():
    res = CliRunner().invoke(cli, ["query", "--list"])
    assert res.exit_code == 0
    for name in QUERIES:
        assert name in res.output


@pytest.mark.parametrize("mode", ["store", "update"])
def test_push_then_remote_answers_equal_local_and_push_is_idempotent(seed_trig, server, mode):
    from kg.store import open_store
    local = open_store(seed_trig)
    opt = ["--endpoint", server + "/store"] if mode == "store" else ["--update", server + "/update"]
    res = CliRunner().invoke(cli, ["push", *opt, "--graph", str(seed_trig)])
    assert res.exit_code == 0, res.output
    assert f"pushed {len(local.named_graphs())} graphs" in res.output
    first = _remote_count(server)
    assert first == sum(1 for q in local.quads() if q.graph_name.value)
    answered = 0
    for name in QUERIES:
        remote = _rows([name, "--endpoint", server + "/query"])
        here = _rows([name, "--graph", str(seed_trig)])
        assert remote == here, name
        answered += bool(here)
    assert answered >= len(QUERIES) - 1             # the comparison is not between empty answers
    assert CliRunner().invoke(cli, ["push", *opt, "--graph", str(seed_trig)]).exit_code == 0
    assert _remote_count(server) == first          # a second push replaces, never doubles


def test_push_errors_are_one_line(seed_trig):
    from kg.cli import main  # noqa: F401  (the CLI module loads)
    res = CliRunner().invoke(cli, ["push", "--graph", str(seed_trig)])
    assert res.exit_code == 2
    port = _free_port()             # nothing listens there
    proc = subprocess.run([str(Path(os.sys.executable).parent / "kg"), "push", "--endpoint",
                           f"http://127.0.0.1:{port}/store", "--graph", str(seed_trig)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("Error:")


def test_query_endpoint_and_graph_are_exclusive(seed_trig):
    res = CliRunner().invoke(cli, ["query", "who-attacked-whom", "--graph", str(seed_trig),
                                   "--endpoint", "http://127.0.0.1:1/query"])
    assert res.exit_code == 2


def test_push_from_an_on_disk_store_graph_by_graph(server, tmp_path):
    from kg.build import build_store
    from kg.store import DiskStore
    build_store([ROOT / "seeds"], tmp_path / "st", progress=False)
    local = len(DiskStore(tmp_path / "st"))
    res = CliRunner().invoke(cli, ["push", "--store", str(tmp_path / "st"), "--endpoint", f"{server}/store"])
    assert res.exit_code == 0, res.output
    q = urllib.request.Request(f"{server}/query?query={urllib.parse.quote(COUNT)}",
                               headers={"Accept": "text/csv"})
    with urllib.request.urlopen(q, timeout=30) as r:
        assert int(r.read().decode().split()[-1]) == local
