"""Push throughput: every article graph of a build sent to a real Oxigraph server.

    .venv/bin/python bench/push.py --graph /tmp/kg-scale/kg.trig      # or --store DIR

Starts `oxigraph serve` (the `oxigraph` package, `pip install -e '.[server]'`) on a free
loopback port with an empty temporary store, pushes with the Graph Store Protocol (one
PUT per graph) and with SPARQL Update (DROP + INSERT DATA per graph), checks that the
server holds as many quads as were sent, and prints graphs/s and quads/s for each.
Stops the server by its PID. Skips when the server is not installed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def count(base: str) -> int:
    """Quads in the server's named graphs."""
    import json
    import urllib.parse
    q = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    req = urllib.request.Request(f"{base}/query?{q}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=600) as r:
        return int(json.load(r)["results"]["bindings"][0]["n"]["value"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--graph", help="a built kg.trig")
    src.add_argument("--store", help="an on-disk store (kg build --store)")
    args = ap.parse_args()
    from kg.errors import InputError
    from kg.store import open_store, push, serve_command
    try:
        serve_command()
    except InputError as exc:
        print(f"bench: {exc}; nothing to measure")
        return 0
    store = open_store(f"oxigraph:{args.store}" if args.store else args.graph)
    print(f"{len(store.named_graphs())} graphs, {len(store)} quads; {sys.platform}, python {sys.version.split()[0]}")
    print(f"{'mode':22} {'seconds':>8} {'graphs/s':>9} {'quads/s':>9} {'on server':>10}")
    for mode in ("graph store (PUT)", "SPARQL update"):
        work = Path(tempfile.mkdtemp(prefix="kg-push-"))
        cmd = serve_command(work / "remote", f"127.0.0.1:{free_port()}")
        base = f"http://{cmd[cmd.index('--bind') + 1]}"
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/", timeout=2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            res = push(store, endpoint=f"{base}/store") if mode.startswith("graph") else \
                push(store, update_url=f"{base}/update")
            held = count(base)
            print(f"{mode:22} {res.seconds:8.1f} {res.graphs / res.seconds:9.1f} "
                  f"{res.quads / res.seconds:9.0f} {held:10}{'' if held == res.quads else '  MISMATCH'}")
        finally:
            os.kill(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
