"""`kg build` end to end: outputs, determinism, folders with bad files, clean failures."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import cli

from conftest import SEED


def _build(args):
    return CliRunner().invoke(cli, ["build", *args])


def test_build_writes_the_three_outputs(tmp_path):
    res = _build([str(SEED), "--out", str(tmp_path)])
    assert res.exit_code == 0, res.output
    for name in ("kg.trig", "kg.ttl", "graph.html"):
        assert (tmp_path / name).stat().st_size > 0
    assert "1 articles" in res.output and "triples" in res.output


def test_two_builds_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert _build([str(SEED), "--out", str(a)]).exit_code == 0
    assert _build([str(SEED), "--out", str(b)]).exit_code == 0
    for name in ("kg.trig", "kg.ttl", "graph.html"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_folder_with_one_bad_file_builds_the_rest(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Presiden Joko Widodo mengunjungi Surabaya pada Senin (3/3/2025).",
                                  encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\x00\x01\x02 not text")
    res = _build([str(src), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0
    assert "1 articles" in res.output
    assert "bad.txt" in res.stderr and "binary" in res.stderr


def test_scratch_folders_of_killed_builds_are_removed(tmp_path):
    import os
    import subprocess
    out = tmp_path / "out"
    dead = subprocess.Popen(["true"])
    dead.wait()
    for name, pid in (("dead", dead.pid), ("live", os.getpid())):
        (out / f".kg-build-{name}").mkdir(parents=True)
        (out / f".kg-build-{name}" / "pid").write_text(str(pid))
        (out / f".kg-build-{name}" / "docs.pickle").write_bytes(b"spool")
    res = _build([str(SEED), "--out", str(out), "--no-progress"])
    assert res.exit_code == 0, res.output
    left = sorted(p.name for p in out.iterdir())
    assert left == [".kg-build-live", "graph.html", "kg.trig", "kg.ttl"]


def test_single_bad_input_fails_cleanly(tmp_path):
    bad = tmp_path / "latin.txt"
    bad.write_bytes("Berita dari Bogor, café".encode("latin-1"))
    out = tmp_path / "out"
    res = _build([str(bad), "--out", str(out)])
    assert res.exit_code != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "UTF-8" in lines[0] and "Traceback" not in res.stderr
    assert not out.exists() or not any(out.iterdir())


def test_missing_path_fails_cleanly(tmp_path):
    res = _build([str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert res.exit_code != 0 and "no such file" in res.stderr and "Traceback" not in res.stderr


def test_count_query_on_a_build(seed_build):
    res = CliRunner().invoke(cli, ["query", "--graph", str(seed_build / "kg.trig"), "--format", "csv",
                                   "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    assert res.exit_code == 0
    header, value = res.output.strip().splitlines()
    assert header == "n" and int(value) > 100


def test_an_extractor_bug_on_one_article_is_reported_and_the_rest_is_built(tmp_path, monkeypatch):
    import kg.pipeline

    def broken(doc):
        if doc.article.name.startswith("crash"):
            raise IndexError("list index out of range")
        return doc
    monkeypatch.setattr(kg.pipeline, "COMPONENTS", [*kg.pipeline.COMPONENTS, ("broken", broken)])
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Presiden Joko Widodo mengunjungi Surabaya.", encoding="utf-8")
    (src / "crash.txt").write_text("Menteri Luar Negeri mengunjungi Tokyo.", encoding="utf-8")
    res = _build([str(src), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert "1 articles" in res.output
    assert "crash.txt" in res.stderr and "component 'broken' failed" in res.stderr


def test_text_ending_on_a_verb_does_not_crash():
    from kg.pipeline import process_text
    for text in ("Walhi Menolak", "KPK mengecam", "Warga memprotes penangkapan"):
        process_text(text)
