"""Entity-level evaluation of a named-entity tagger on a CoNLL file.

A CoNLL file holds one ``token<TAB>tag`` per line and a blank line between
sentences.  Gold tags of the two IndoNLU schemes are mapped onto three types:

* NERGrit: ``PERSON`` -> Person, ``ORGANISATION`` -> Organization, ``PLACE`` -> Place
* NERP: ``PPL`` -> Person, ``IND`` -> Organization, ``PLC`` -> Place
  (``EVT`` and ``FNB`` are ignored, i.e. treated as ``O``)

and the tagger's own ``PER``/``ORG``/``LOC`` likewise.  Scores are exact span
plus type matches, seqeval-style (an ``I-X`` that does not continue an ``X``
entity starts a new one), micro-averaged over the three types.

When no tagger is given the shipped CRF (``kg.extract.tagger.tag``) is used: one
model trained on both corpora serves both schemes (see kg/models/PROVENANCE.md).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable

from kg.errors import InputError

TYPE_NAMES = ("Person", "Organization", "Place")

_TYPE_MAP = {
    "PERSON": "Person", "PPL": "Person", "PER": "Person",
    "ORGANISATION": "Organization", "ORGANIZATION": "Organization", "IND": "Organization",
    "ORG": "Organization",
    "PLACE": "Place", "PLC": "Place", "LOC": "Place",
}
_NERGRIT = {"PERSON", "ORGANISATION", "PLACE"}
_NERP = {"PPL", "PLC", "IND", "EVT", "FNB"}
_TAG_RE = re.compile(r"^(?:O|[BIES]-[A-Za-z_]+)$")

Sentence = tuple[list[str], list[str]]


def read_conll(path: Path | str) -> list[Sentence]:
    """Read a CoNLL ``token<TAB>tag`` file into ``[(tokens, tags), ...]``.

    Raises ``InputError`` (one-line message) when the file is missing, unreadable,
    empty or not in that layout."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if not p.is_file():
        raise InputError(f"{p}: not a file")
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{p}: not UTF-8 text, cannot read it as CoNLL") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            if tokens:
                sentences.append((tokens, tags))
                tokens, tags = [], []
            continue
        if line.startswith("-DOCSTART-"):
            continue
        parts = line.split("\t") if "\t" in line else line.split()
        parts = [x for x in (s.strip() for s in parts) if x]
        if len(parts) < 2 or not _TAG_RE.match(parts[-1]):
            raise InputError(f"{p}:{lineno}: not a CoNLL 'token<TAB>tag' line: {line[:60]!r}")
        tokens.append(parts[0])
        tags.append(parts[-1])
    if tokens:
        sentences.append((tokens, tags))
    if not sentences:
        raise InputError(f"{p}: empty CoNLL file (no tokens)")
    return sentences


def tag_scheme(sentences: list[Sentence]) -> str:
    """``"nerp"``, ``"nergrit"`` or ``"generic"``: the tag set the gold tags use."""
    seen = {t[2:] for _, tags in sentences for t in tags if t != "O"}
    if seen & _NERP:
        return "nerp"
    if seen & _NERGRIT:
        return "nergrit"
    return "generic"


def _map_tag(tag: str) -> str:
    """One tag onto ``B-``/``I-`` Person/Organization/Place or ``O``."""
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O"
    kind = _TYPE_MAP.get(tag[2:].upper())
    if kind is None:
        return "O"
    prefix = "B" if tag[0] in "BS" else "I"
    return f"{prefix}-{kind}"


def entities(tags: list[str]) -> set[tuple[str, int, int]]:
    """The ``(type, start, end)`` spans (end exclusive) of a BIO tag sequence.

    Tags are first mapped onto Person/Organization/Place; an ``I-X`` after ``O``
    or after another type starts a new entity (seqeval's default mode)."""
    spans: set[tuple[str, int, int]] = set()
    kind: str | None = None
    start = 0
    for i, raw in enumerate([*tags, "O"]):
        t = _map_tag(raw) if i < len(tags) else "O"
        if kind is not None and (t == "O" or t[0] == "B" or t[2:] != kind):
            spans.add((kind, start, i))
            kind = None
        if t != "O" and kind is None:
            kind, start = t[2:], i
    return spans


def _prf(correct: int, predicted: int, gold: int) -> dict:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f,
            "gold": gold, "predicted": predicted, "correct": correct}


def evaluate(path: Path, tagger: Callable[[list[str]], list[str]] | None = None,
             model: Path | str | None = None) -> dict:
    """Tag every sentence of the CoNLL file ``path`` and score entity-level P/R/F1.

    ``tagger`` maps tokens to BIO tags (PER/ORG/LOC or any scheme known above);
    by default the shipped CRF (``kg.extract.tagger.tag``) is used, or, when
    ``model`` names a crfsuite file (``.xz`` allowed; e.g. an experimental model
    outside ``kg/models/``), that CRF with the same features.
    Returns ``{"file", "scheme", "model", "sentences", "tokens",
    "types": {type: {precision, recall, f1, gold, predicted, correct}},
    "overall": {…same keys…}}``."""
    sentences = read_conll(path)
    scheme = tag_scheme(sentences)
    model_name = "custom"
    if tagger is None:
        from kg.extract import tagger as crf
        if model is None:
            tagger, model_name = crf.tag, " + ".join(crf.default_members())
            if len(crf.default_members()) == 1 and crf.load_neural() is not None:
                model_name += " + " + crf.NEURAL_FILE
        else:
            mpath = Path(model).resolve()
            if not mpath.is_file():
                raise InputError(f"{model}: no such model file")
            tagger, model_name = crf.tagger_for(str(mpath)), str(mpath)
    counts = {k: [0, 0, 0] for k in TYPE_NAMES}  # correct, predicted, gold
    n_tokens = 0
    for tokens, gold_tags in sentences:
        pred_tags = list(tagger(list(tokens)))
        if len(pred_tags) != len(tokens):
            raise ValueError(f"tagger returned {len(pred_tags)} tags for {len(tokens)} tokens")
        n_tokens += len(tokens)
        gold = entities(gold_tags)
        pred = entities(pred_tags)
        for kind, _, _ in gold:
            counts[kind][2] += 1
        for kind, _, _ in pred:
            counts[kind][1] += 1
        for kind, _, _ in gold & pred:
            counts[kind][0] += 1
    types = {k: _prf(*v) for k, v in counts.items()}
    total = [sum(v[i] for v in counts.values()) for i in range(3)]
    return {
        "file": str(path),
        "scheme": scheme,
        "model": model_name,
        "sentences": len(sentences),
        "tokens": n_tokens,
        "types": types,
        "overall": _prf(*total),
    }


def format_report(report: dict) -> str:
    """An aligned per-type table; the last line is the JSON of the overall P/R/F1."""
    head = (f"{report.get('file', '')}  scheme={report.get('scheme', '?')}  "
            f"model={report.get('model', '?')}  sentences={report.get('sentences', 0)}  "
            f"tokens={report.get('tokens', 0)}")
    rows = [("type", "precision", "recall", "f1", "gold", "predicted", "correct")]
    for name, s in [*report["types"].items(), ("overall", report["overall"])]:
        rows.append((name, f"{s['precision']:.4f}", f"{s['recall']:.4f}", f"{s['f1']:.4f}",
                     str(s["gold"]), str(s["predicted"]), str(s["correct"])))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [head]
    for j, r in enumerate(rows):
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if j == 0 or j == len(rows) - 2:
            lines.append("  ".join("-" * w for w in widths))
    o = report["overall"]
    lines.append(json.dumps({"precision": round(o["precision"], 4),
                             "recall": round(o["recall"], 4),
                             "f1": round(o["f1"], 4)}))
    return "\n".join(lines)
