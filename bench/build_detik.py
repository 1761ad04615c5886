#!/usr/bin/env python3
"""Benchmark: build the 1,000 detik.com articles and print time, throughput and peak memory.

    python bench/build_detik.py [--csv ../shared/data/detik-news/data_berita.csv] [--ids 1-1000]

Reads the corpus from ../shared (skips with a message when it is absent), writes the
articles to a temporary folder, runs `kg build` in a child process and reports the
child's wall time and peak resident memory. Targets (issue 3): <= 60 s, < 1.5 GB.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from detik_articles import missing, parser, write_articles  # bench/detik_articles.py


def main() -> int:
    args = parser(__doc__).parse_args()
    if missing(args.csv):
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        arts = Path(tmp) / "articles"
        n = len(write_articles(args.csv, args.ids, arts))
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
