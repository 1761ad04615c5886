"""Latency of every named query: pyoxigraph (on-disk store and in memory) vs rdflib in memory.

    .venv/bin/python bench/queries.py --trig /tmp/kg-scale/kg.trig --store /tmp/kg-scale-store

Each query runs as `kg query` would run it, with its parameters bound to typical values
(the most mentioned actor, the most quoted speaker, CAMEO root 19, the first article with an
event; with --unbound, once more without them), and is timed as the
median of 5 runs (one run when the first takes over 10 s) until all its rows are read.
rdflib runs in a child process so that a query that takes too long (--cap seconds) can
be stopped; the child is then started again. Prints one row per query: milliseconds for
each engine, the rdflib / pyoxigraph (disk) ratio and the number of rows.
"""
from __future__ import annotations

import argparse
import functools
import multiprocessing as mp
import statistics
import sys
import time
from pathlib import Path

print = functools.partial(print, flush=True)  # noqa: A001

RUNS = 5


def timed(fn, runs: int = RUNS, long_ms: float = 10_000) -> tuple[float, int]:
    """(median milliseconds, rows) of fn() over `runs` runs (one run when the first is long)."""
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows = fn()
        times.append((time.perf_counter() - t) * 1000)
        if times[0] > long_ms:
            break
    return statistics.median(times), rows


def bound_queries(store, unbound: bool = False) -> list[tuple[str, str]]:
    """(name, SPARQL) of every named query, parameters bound to typical values (and, with
    ``unbound``, each query that has parameters once more without them)."""
    from kg import query as q
    from kg.store import prologue
    from kg.vocab import PREFIXES
    top_actor = next(iter(store.query(
        "SELECT ?a (COUNT(?x) AS ?n) WHERE { ?x schema:mentions ?a } GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 1",
        PREFIXES)))["a"]
    top_speaker = next(iter(store.query(
        "SELECT ?s (COUNT(?x) AS ?n) WHERE { ?x kg:speaker ?s } GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1",
        PREFIXES)))["s"]
    first_article = next(iter(store.query(
        "SELECT ?g WHERE { GRAPH ?g { ?e a kg:Event } } ORDER BY ?g LIMIT 1", PREFIXES)))["g"]
    values = {"actor": str(top_actor), "speaker": str(top_speaker), "root": "19", "article": str(first_article)}
    out = []
    for name, _title in q.list_queries():
        nq = q.resolve_query(name)
        params = {p: values[p] for p in nq.params if p in values}
        bound = q.bind_params(store, nq, params)
        out.append((name, prologue(bound, PREFIXES) + bound))
        if unbound and params:
            out.append((f"{name} (unbound)", prologue(nq.sparql, PREFIXES) + nq.sparql))
    return out


def _rdflib_worker(trig: str, conn, mem_gb: float) -> None:
    import resource
    import rdflib
    limit = int(mem_gb * 2**30)          # a query that needs more fails here instead of the machine
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    ds = rdflib.Dataset(default_union=True)
    ds.parse(trig, format="trig")
    conn.send(len(ds))
    while True:
        try:
            sparql = conn.recv()
        except EOFError:       # the parent is done
            return
        try:
            conn.send(timed(lambda: sum(1 for _ in ds.query(sparql))))
        except MemoryError:
            conn.send((None, -2))


class Rdflib:
    """rdflib in a child process, restarted after a query is stopped at the cap."""

    def __init__(self, trig: Path, cap: float, mem_gb: float):
        self.trig, self.cap, self.mem_gb = str(trig), cap, mem_gb
        self._start()

    def _start(self) -> None:
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_rdflib_worker, args=(self.trig, child, self.mem_gb), daemon=True)
        t = time.perf_counter()
        self.proc.start()
        self.size = self.conn.recv()
        self.load_s = time.perf_counter() - t

    def time(self, sparql: str) -> tuple[float | None, int]:
        self.conn.send(sparql)
        if self.conn.poll(self.cap):
            return self.conn.recv()
        self.proc.kill()
        self.proc.join()
        self._start()
        return None, -1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trig", type=Path, required=True, help="a kg.trig (loaded into memory by both engines)")
    ap.add_argument("--store", type=Path, help="the on-disk store of the same articles (kg build --store)")
    ap.add_argument("--cap", type=float, default=60, help="seconds after which an rdflib query (all its runs) is stopped")
    ap.add_argument("--mem", type=float, default=12, help="GB of memory the rdflib process may use")
    ap.add_argument("--only", nargs="+", help="time only these named queries")
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--unbound", action="store_true", help="also time each query with parameters without them")
    args = ap.parse_args()
    from kg.store import DiskStore, MemoryStore
    t = time.perf_counter()
    mem = MemoryStore()
    mem.load(args.trig)
    print(f"{args.trig}: {len(mem)} quads; pyoxigraph in-memory load {time.perf_counter() - t:.1f} s")
    disk = DiskStore(args.store) if args.store else None
    rd = None if args.no_rdflib else Rdflib(args.trig, args.cap, args.mem)
    if rd:
        print(f"rdflib in-memory load {rd.load_s:.1f} s ({rd.size} quads)")
    engines = "disk ms   memory ms   rdflib ms   ratio     rows"
    print(f"{'query':36} {engines}")
    for name, sparql in bound_queries(disk or mem, args.unbound):
        if args.only and name.split()[0] not in args.only:
            continue

        def run(store):
            return lambda: sum(1 for _ in store._store.query(sparql, use_default_graph_as_union=True))
        d_ms, rows = timed(run(disk)) if disk else (None, 0)
        m_ms, mrows = timed(run(mem))
        r_ms, r_rows = rd.time(sparql) if rd else (None, 0)
        base = d_ms if d_ms is not None else m_ms
        ratio = f"{r_ms / max(base, 1e-3):7.1f}" if r_ms is not None else "      -"
        fmt = lambda v: f"{v:9.1f}" if v is not None else (  # noqa: E731
            "  > mem" if r_rows == -2 else "  > cap" if rd else "        -")
        flag = "" if base <= 100 else "   > 100 ms"
        print(f"{name:36} {fmt(d_ms)} {m_ms:11.1f} {fmt(r_ms):>11} {ratio} {rows or mrows:8}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
