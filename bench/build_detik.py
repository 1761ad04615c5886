#!/usr/bin/env python3
"""Benchmark: build the 1,000 detik.com articles and print time, throughput and peak memory.

    python bench/build_detik.py [--csv ../shared/data/detik-news/data_berita.csv] [--ids 1-1000]

Reads the corpus from ../shared (skips with a message when it is absent), writes the
articles to a temporary folder, runs `kg build` in a child process and reports the
child's wall time and peak resident memory. Targets (issue 3): <= 60 s, < 1.5 GB.
"""
from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared/data/detik-news/data_berita.csv"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--ids", default="1-1000", help="id range, e.g. 1-1000")
    args = ap.parse_args()
    if not args.csv.exists():
        print(f"bench: {args.csv} not found; nothing to measure")
        return 0
    lo, _, hi = args.ids.partition("-")
    wanted = set(range(int(lo), int(hi or lo) + 1))
    with tempfile.TemporaryDirectory() as tmp:
        arts = Path(tmp) / "articles"
        arts.mkdir()
        n = 0
        for row in csv.DictReader(args.csv.open(encoding="utf-8")):
            if int(row["id"]) in wanted:
                (arts / f"{row['id']}.txt").write_text(f"{row['judul']}\n\n{row['isi_berita']}", encoding="utf-8")
                n += 1
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "kg", "build", str(arts), "--out", str(Path(tmp) / "out")],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - t0
        if proc.returncode:
            print(proc.stderr[-2000:])
            return 1
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = sum(f.stat().st_size for f in (Path(tmp) / "out").iterdir()) / 1e6
    print(proc.stdout.strip())
    print(json.dumps({"articles": n, "seconds": round(seconds, 2), "articles_per_second": round(n / seconds, 1),
                      "peak_rss_mb_per_process": round(peak_mb), "output_mb": round(size, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
