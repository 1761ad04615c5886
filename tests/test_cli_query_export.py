"""The CLI: query/export/viz/validate/stats through click's CliRunner; one-line errors."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg.cli import cli

MINI = str(Path(__file__).parent / "fixtures" / "mini.trig")
ENT = "https://w3id.org/kg-news/entity/"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, list(args), catch_exceptions=False)
    return invoke


def one_line_error(result, code=1):
    assert result.exit_code == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_help_has_examples(run):
    for cmd in ["build", "query", "export", "viz", "validate", "stats"]:
        result = run(cmd, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout, cmd
    assert "ner" in run("eval", "--help").stdout


def test_query_list(run):
    result = run("query", "--list")
    assert result.exit_code == 0
    assert "who-attacked-whom" in result.stdout and "Who attacked whom" in result.stdout


def test_query_csv_results_as_set(run):
    result = run("query", "who-attacked-whom", "--graph", MINI, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    got = {(r["agent"], r["target"], r["code"]) for r in csv.DictReader(io.StringIO(result.stdout))}
    assert got == {(ENT + "russia", ENT + "ukraine", "190")}


def test_query_param_and_json(run):
    result = run("query", "articles-mentioning-actor", "-g", MINI, "-p", "actor=Jokowi", "-f", "json")
    data = json.loads(result.stdout)
    assert {b["actor"]["value"] for b in data["results"]["bindings"]} == {ENT + "joko-widodo"}


def test_query_literal_and_rq_file(run, tmp_path):
    rq = tmp_path / "cities.rq"
    rq.write_text("SELECT DISTINCT ?c WHERE { ?c a kg:City }\n")
    a = run("query", str(rq), "-g", MINI, "-f", "tsv")
    b = run("query", "SELECT DISTINCT ?c WHERE { ?c a kg:City }", "-g", MINI, "-f", "tsv")
    assert a.stdout == b.stdout
    assert set(a.stdout.splitlines()[1:]) == {f"<{ENT}brussels>", f"<{ENT}jakarta>"}


def test_query_table_default(run):
    result = run("query", "positions", "-g", MINI)
    assert "Sekretaris Jenderal" in result.stdout and "2 rows" in result.stdout


def test_query_construct_ttl(run):
    result = run("query", "actor-graph", "-g", MINI, "-f", "ttl")
    g = rdflib.Graph().parse(data=result.stdout, format="turtle")
    assert len(g) > 10


def test_malformed_sparql_one_line(run):
    one_line_error(run("query", "SELECT ?x WHERE { ?x", "-g", MINI))


def test_unknown_named_query_and_missing_graph(run, tmp_path):
    one_line_error(run("query", "no-such-query", "-g", MINI))
    one_line_error(run("query", "positions", "-g", str(tmp_path / "missing.trig")))


def test_directory_as_graph_points_to_store(run, tmp_path):
    result = run("query", "positions", "-g", str(tmp_path))
    one_line_error(result)
    assert f"--store {tmp_path}" in result.output


def test_usage_errors_exit_2_one_line(run):
    one_line_error(run("query", "positions", "-g", MINI, "-f", "xlsx"), code=2)
    one_line_error(run("query", "-g", MINI), code=2)
    one_line_error(run("nosuchcommand"), code=2)


def test_export_ttl_round_trip(run, tmp_path):
    out = tmp_path / "kg.ttl"
    result = run("export", "--format", "ttl", "-o", str(out), "--graph", MINI)
    assert result.exit_code == 0, result.stderr
    ref = rdflib.Dataset()
    ref.parse(MINI, format="trig")
    merged = rdflib.Graph()
    for s, p, o, _ in ref.quads((None, None, None, None)):
        merged.add((s, p, o))
    assert isomorphic(rdflib.Graph().parse(out, format="turtle"), merged)


def test_export_to_stdout_is_deterministic(run):
    a = run("export", "-f", "nq", "-g", MINI)
    b = run("export", "-f", "nq", "-g", MINI)
    assert a.exit_code == 0 and a.stdout_bytes == b.stdout_bytes and a.stdout_bytes


def test_export_unknown_format_leaves_nothing(run, tmp_path):
    out = tmp_path / "kg.docx"
    one_line_error(run("export", "--format", "docx", "-o", str(out), "-g", MINI))
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_viz_offline(run, tmp_path):
    out = tmp_path / "graph.html"
    result = run("viz", "-g", MINI, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<script src=\"http" not in page
    assert "cdnjs.cloudflare" not in page and "cdn.jsdelivr" not in page


def test_validate_and_stats(run):
    result = run("validate", "-g", MINI)
    assert result.exit_code == 0 and "conforms" in result.stdout
    stats = run("stats", "-g", MINI)
    assert stats.exit_code == 0
    assert "articles" in stats.stdout and "Fight" in stats.stdout and "Rusia" in stats.stdout


def test_validate_failure_is_one_error_line(run, tmp_path):
    bad = tmp_path / "bad.trig"
    bad.write_text(Path(MINI).read_text(encoding="utf-8").replace('kg:cameoCode "190" ;', ""), encoding="utf-8")
    one_line_error(run("validate", "-g", str(bad)))


def test_named_queries_answer_the_same_on_the_merged_turtle(seed_build):
    """Queries that read facts graph by graph also work on kg.ttl (read as one graph)."""
    from kg.query import run_query
    from kg.store import open_store

    def answers(path, name):
        return {tuple(str(v) for v in row) for row in run_query(open_store(path), name)}
    for name in ("who-attacked-whom", "events-of-actor", "positions", "entity-links", "events-by-cameo-root"):
        on_trig = answers(seed_build / "kg.trig", name)
        assert on_trig and answers(seed_build / "kg.ttl", name) == on_trig, name
