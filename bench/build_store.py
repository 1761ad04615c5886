#!/usr/bin/env python3
"""Benchmark: first build vs incremental re-run of the 1,000 detik articles into an Oxigraph store.

    python bench/build_store.py [--csv ../shared/data/detik-news/data_berita.csv] [--ids 1-1000]

Writes the articles to a temporary folder, runs `kg build ARTICLES --store DIR` twice in
child processes (first build, then an unchanged re-run), then changes one article and
runs a third time. Prints each run's wall time and the re-run/first-build ratio; the
issue's target is a re-run under 10% of the first build. Skips when ../shared is absent.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from detik_articles import ROOT, missing, parser, write_articles  # bench/detik_articles.py


def run(args: list[str]) -> tuple[float, str]:
    """Run `kg ARGS` in a child process; (wall seconds, its stdout)."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kg", *args, "--no-progress"], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - t0
    if proc.returncode:
        sys.exit(f"bench: kg {' '.join(args)} failed: {proc.stderr[-2000:]}")
    return seconds, proc.stdout.strip()


def main() -> int:
    args = parser(__doc__).parse_args()
    if missing(args.csv):
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        arts, store = Path(tmp) / "articles", Path(tmp) / "store"
        files = write_articles(args.csv, args.ids, arts)
        n, first_file = len(files), files[0]
        first, out1 = run(["build", str(arts), "--store", str(store)])
        rerun, out2 = run(["build", str(arts), "--store", str(store)])
        first_file.write_text(first_file.read_text(encoding="utf-8") + "\n\nTambahan satu kalimat.", encoding="utf-8")
        changed, out3 = run(["build", str(arts), "--store", str(store)])
        size = sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 1e6
    for line in (out1, out2, out3):
        print(line)
    print(json.dumps({"articles": n, "first_build_s": round(first, 2), "unchanged_rerun_s": round(rerun, 2),
                      "one_changed_rerun_s": round(changed, 2), "rerun_ratio": round(rerun / first, 3),
                      "target_ratio": 0.10, "store_mb": round(size, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
