#!/usr/bin/env python3
"""Score the hand-annotated articles of tests/gold with ../shared/eval/score.py, per set.

    python bench/score_gold.py [--sets p h u] [--json]

p1-p5: written with the extractor in view; h1-h6: independent, used for development;
u, w, x, y, z, v, t, s, q, r, n, o, m, k, j, g, f, e, d, c, b, a, i, l, aa, ab, ac, ad, ae, af, ag, ah, ai, aj, ak, al, am, an, ao, ap, aq, ar, as, at, au, av, aw, ax, ay, az, ba, bb, bc, bd, be, bf, bg, bh, bi, bj, bk, bl, bm, bn, bo, bp, bq, br, bs, bt, bu, bv, bw, by, bx, bz, ca, cb, cc, cd, ce, cf, cg, ch, ci, cj, ck, cl, cm, cn, co, cp, cq, cr, cs, ct, cu, cv, cw, cx, cy, cz, da, db, dc, dd, de, df, dg, dh, di, dj, dk, dl, dm, dn, do, dp, dq, dr, ds, dt, du, dv, dw, dx, dy, dz, ea, eb, ec, ed, ee, ef, eg, eh, ei, ej, ek, el, em, en, eo, ep, eq, er, es, et, eu, ev, ew, ex, ey, ez, fa, fb, fc, fd, fe, ff, fg, fh, fi, fj, fk, fl, fq, fr, fs, ft, fu, fv, fw, fx, fy, fz, ga, gb, fm, fn, fo, fp (six each): written later by independent annotators who never saw the code,
each measured once before being used for development (see tests/gold/README.md).
Prints one line per set with the micro-averaged summary. Skips when ../shared is absent.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared/eval/score.py"


def score_set(prefix: str, work: Path) -> dict | None:
    """Build each article of a set on its own and score them together."""
    from kg.build import build
    pairs = []
    for gold in sorted((ROOT / "tests/gold").glob(f"{prefix}[0-9]*.json")):
        out = work / gold.stem
        build([gold.with_suffix(".txt")], out, progress=False, html=False)
        pairs += [str(out / "kg.trig"), str(gold)]
    if not pairs:
        return None
    res = subprocess.run([sys.executable, str(SCORE), "--ontology", str(ROOT / "ontology/kg.ttl"), *pairs, "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=["p", "h", "u", "w", "x", "y", "z", "v", "t", "s", "q", "r", "n", "o", "m", "k", "j", "g", "f", "e", "d", "c", "b", "a", "i", "l", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh", "bi", "bj", "bk", "bl", "bm", "bn", "bo", "bp", "bq", "br", "bs", "bt", "bu", "bv", "bw", "by", "bx", "bz", "ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "cl", "cm", "cn", "co", "cp", "cq", "cr", "cs", "ct", "cu", "cv", "cw", "cx", "cy", "cz", "da", "db", "dc", "dd", "de", "df", "dg", "dh", "di", "dj", "dk", "dl", "dm", "dn", "do", "dp", "dq", "dr", "ds", "dt", "du", "dv", "dw", "dx", "dy", "dz", "ea", "eb", "ec", "ed", "ee", "ef", "eg", "eh", "ei", "ej", "ek", "el", "em", "en", "eo", "ep", "eq", "er", "es", "et", "eu", "ev", "ew", "ex", "ey", "ez", "fa", "fb", "fc", "fd", "fe", "ff", "fg", "fh", "fi", "fj", "fk", "fl", "fq", "fr", "fs", "ft", "fu", "fv", "fw", "fx", "fy", "fz", "ga", "gb", "fm", "fn", "fo", "fp"])
    ap.add_argument("--json", action="store_true", help="print the per-document results too")
    args = ap.parse_args()
    if not SCORE.exists():
        print(f"bench: {SCORE} not found; nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for prefix in args.sets:
            result = score_set(prefix, Path(tmp))
            if result is None:
                continue
            print(f"{prefix}: {json.dumps(result['summary'])}")
            if args.json:
                print(json.dumps(result["documents"], indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
