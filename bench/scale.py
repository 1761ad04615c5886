"""Scale benchmark: build N x the detik corpus with --jobs 1 and --jobs 2, then time every
named query on the result in pyoxigraph and in rdflib (median of 3 runs each).

The 1,000 detik articles are repeated N times as id-suffixed copies (`<id>-r<k>.txt`), so
every copy is its own article graph. Each build runs `kg build` in a child process; its
wall time and peak RSS (resource.getrusage(RUSAGE_CHILDREN) after it alone ran) are printed.

    .venv/bin/python bench/scale.py --quick            # 1x, fast check
    .venv/bin/python bench/scale.py --scale 10 --out /tmp/kg-scale
    .venv/bin/python bench/scale.py --scale 10 --store /tmp/kg-scale-store
"""
from __future__ import annotations

import functools
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from detik_articles import ROOT, missing, parser, write_articles  # noqa: E402

KG = [sys.executable, "-m", "kg"]
print = functools.partial(print, flush=True)  # noqa: A001  (figures appear as they are measured)


def replicate(base: list[Path], folder: Path, scale: int) -> int:
    """Write `scale` id-suffixed copies of each base article into `folder`; return the count."""
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for k in range(scale):
        for f in base:
            (folder / f"{f.stem}-r{k}.txt").write_bytes(f.read_bytes())
            n += 1
    return n


def timed_build(args: list[str]) -> tuple[float, float]:
    """Run `kg build ARGS` in a child process (and its workers, in a fresh interpreter so
    RUSAGE_CHILDREN covers this build only); return (seconds, peak RSS in MB)."""
    code = ("import resource, subprocess, sys, time; t=time.perf_counter(); "
            "r=subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
            "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", code, *KG, "build", *args, "--no-progress"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
    if out[2] != "0":
        raise SystemExit(f"kg build {' '.join(args)} failed (exit {out[2]})")
    return float(out[0]), float(out[1]) / 1024


def median_ms(fn, runs: int = 3, budget_ms: float = 20_000) -> float:
    """Median wall time of fn() in milliseconds (one run only when the first exceeds budget_ms)."""
    times: list[float] = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
        if times[0] > budget_ms:
            break
    return statistics.median(times)


def query_latency(trig: Path) -> None:
    """Time every named query on `trig` in pyoxigraph and in rdflib, side by side."""
    import rdflib
    from kg import query as q
    from kg.store import MemoryStore, prologue
    from kg.vocab import PREFIXES

    t = time.perf_counter()
    ox_store = MemoryStore()
    ox_store.load(trig)
    ox_load = time.perf_counter() - t
    t = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(trig), format="trig")
    rd_load = time.perf_counter() - t
    print(f"\nqueries on {trig} ({len(ox_store)} quads); load: pyoxigraph {ox_load:.1f}s, rdflib {rd_load:.1f}s")
    print(f"{'query':30} {'pyoxigraph ms':>14} {'rdflib ms':>11} {'ratio':>7} {'rows':>7}")
    for name, _title in q.list_queries():
        text = (ROOT / "kg" / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        sparql = prologue(text, PREFIXES) + text
        rows = [0]

        def run_ox() -> None:
            rows[0] = sum(1 for _ in ox_store.query(text, PREFIXES))

        def run_rd() -> None:
            list(ds.query(sparql))
        ox_ms = median_ms(run_ox)
        rd_ms = median_ms(run_rd)
        flag = "" if ox_ms <= 100 else "  > 100 ms"
        print(f"{name:30} {ox_ms:14.1f} {rd_ms:11.1f} {rd_ms / max(ox_ms, 1e-3):7.1f} {rows[0]:7}{flag}")


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--scale", type=int, default=10, help="copies of the corpus (default 10)")
    ap.add_argument("--quick", action="store_true", help="scale 1, for a fast check")
    ap.add_argument("--out", type=Path, default=None, help="output folder (default: a temporary one)")
    ap.add_argument("--store", type=Path, default=None, help="also build into this on-disk store (emptied first)")
    ap.add_argument("--no-queries", action="store_true", help="builds only (time the queries with bench/queries.py)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to compare (default 1,2)")
    args = ap.parse_args()
    if missing(args.csv):
        return 0
    scale = 1 if args.quick else args.scale
    tmp = Path(tempfile.mkdtemp(prefix="kg-scale-"))
    try:
        base = write_articles(args.csv, args.ids, tmp / "base")
        n = replicate(base, tmp / "corpus", scale)
        out = args.out or tmp / "out"
        print(f"{n} articles ({len(base)} x {scale}); {sys.platform}, python {sys.version.split()[0]}")
        print(f"{'build':34} {'seconds':>8} {'articles/s':>11} {'peak RSS MB':>12}")
        for jobs in [int(j) for j in args.jobs.split(",")]:
            secs, rss = timed_build([str(tmp / "corpus"), "--out", str(out), "--jobs", str(jobs)])
            print(f"{f'--out, --jobs {jobs}':34} {secs:8.1f} {n / secs:11.1f} {rss:12.0f}")
            if args.store is not None:
                shutil.rmtree(args.store, ignore_errors=True)
                secs, rss = timed_build([str(tmp / "corpus"), "--store", str(args.store), "--jobs", str(jobs)])
                print(f"{f'--store, --jobs {jobs}':34} {secs:8.1f} {n / secs:11.1f} {rss:12.0f}")
        if not args.no_queries:
            query_latency(out / "kg.trig")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
