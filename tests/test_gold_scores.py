"""The hand-annotated articles in tests/gold scored with ../shared/eval/score.py.

p1-p5 were written with the extractor in view; the other sets (six articles each) by
independent annotators. All of these have since been used for development, so here they
guard against regressions at the issues' targets for unseen articles (entity F1 0.80,
event F1 0.60, quote speakers 0.85, positions 0.80, forbidden 0, evidence 1.0); a set joins
once it meets them. Held-out sets are measured by bench/score_gold.py, never gated.
Skipped when ../shared is absent.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.build import build

from conftest import ROOT

GOLD = ROOT / "tests" / "gold"


def _score(shared, tmp_path, prefix: str) -> dict:
    pairs = []
    for gold in sorted(GOLD.glob(f"{prefix}[0-9]*.json")):
        out = tmp_path / gold.stem
        build([gold.with_suffix(".txt")], out, progress=False, html=False)
        pairs += [str(out / "kg.trig"), str(gold)]
    if not pairs:
        pytest.skip(f"no {prefix}* gold files")
    res = subprocess.run([sys.executable, str(shared / "eval/score.py"), "--ontology",
                          str(ROOT / "ontology/kg.ttl"), *pairs, "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)["summary"]


@pytest.mark.parametrize("prefix", ["p", "h", "u", "w", "x", "y", "z", "v", "t", "s", "q", "r", "n", "o", "m", "k", "j", "g", "f", "e", "b", "a", "i", "l", "c", "aa", "ac", "ae", "af", "ah", "ai", "aj", "am", "ad", "ag", "ak", "ao", "ar", "as", "at", "ba", "aq", "aw", "d", "al", "ap", "au", "bb", "bd", "bg", "az", "bc", "an", "ay", "bh", "bj", "bl", "bp", "bi", "bk", "bm", "bn", "bq", "br", "bs", "av", "bu", "bt", "bv", "bw", "by", "bx", "bz", "ca", "cd", "ce", "cc", "cf", "cg", "ci", "cj", "ck", "cm", "cn", "ch", "cb", "cl", "co", "cp", "cv", "cw", "cx", "cy", "dc", "dd", "de", "bf", "cq", "dg", "dh", "di", "dj", "dk", "dl", "dm", "dn", "do", "ax", "cr", "ct", "cu", "cz", "dq", "dv", "dw", "dx", "dy", "ea", "eb", "ec", "ed", "ee", "ds", "eh", "ei", "ej", "ek", "el", "em",
                                    "en", "eo", "er", "es", "eu", "ev", "ew", "ez", "fa", "fb",
                                    "fc", "fd", "fe", "ff", "fg", "fh", "fi", "fj",
                                    "fk", "fl", "fr", "fs", "ft", "fu", "fv", "fw", "fx",
                                    "du", "fm", "fn", "fo", "fy", "fz", "ga", "gb"])
def test_gold_articles_meet_the_unseen_targets(shared, tmp_path, prefix):
    s = _score(shared, tmp_path, prefix)
    assert s["entity_f1"] >= 0.80, s
    assert s["event_f1"] >= 0.60, s
    assert s["quote_speaker_recall"] >= 0.85, s
    assert s["position_recall"] >= 0.80, s
    assert s["forbidden"] == 0, s
    assert s["evidenced"] == 1.0, s
