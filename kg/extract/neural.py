"""A small neural token tagger (char-CNN + BiLSTM, softmax) run with numpy.

The weights are a ``.npz`` file in ``kg/models/`` written by
``scripts/train_neural_tagger.py`` (trained with PyTorch, which the runtime does
not need).  Per token the network reads

* a word vector (PPMI-SVD of unlabelled text, fine-tuned; int8 with one scale a row),
  looked up under ``tagger.cluster_key(word)``, one learned vector for unknown words,
* a character CNN over the word's first 20 characters (width 3, max-pooled),
* 16 binary features shared with the CRF's extractor (capitalisation, digits,
  punctuation, word lists, gazetteer matches, all-lowercase sentence, first token),

runs one bidirectional LSTM layer over the sentence and returns per-token
probabilities of the seven BIO labels (``LABELS``).  ``kg.extract.tagger``
averages them with the CRF's marginals (see ``tagger.tag``).
"""
from __future__ import annotations

import os
import threading

# The matrices are small and the news pipeline forks worker processes: OpenBLAS's own
# threads only spin against them (8x the CPU time in a 1,000-article build).  This
# takes effect when numpy is first imported here, as it is in `kg build`.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

LABELS = ("B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O")
FLAGS = ("T", "U", "D", "P", "gT", "gO", "gH", "gM", "zC", "zL")
GAZ = ("BC", "IC", "BL", "IL")
N_EXTRA = len(FLAGS) + len(GAZ) + 2
MAX_CHARS = 20
_CACHE_LIMIT = 200_000
BATCH_SLACK = 8          # tokens of padding a batched sentence may take (see _similar_lengths)


def extra_features(ext, tokens: list[str]) -> np.ndarray:
    """The binary features of ``tokens`` (``ext`` is a ``tagger.FeatureExtractor``)."""
    n = len(tokens)
    x = np.zeros((n, N_EXTRA), np.float32)
    if not n:
        return x
    x[:, :len(FLAGS)] = np.stack([_flag_row(ext, t) for t in tokens])
    for i, g in enumerate(ext.gaz.match([t.lower() for t in tokens])):
        if g:
            x[i, len(FLAGS) + GAZ.index(g)] = 1.0
    x[:, -2] = not any(t != t.lower() for t in tokens)      # an all-lowercase sentence
    x[0, -1] = 1.0                                           # the first token
    return x


def _flag_row(ext, word: str) -> np.ndarray:
    """The ``FLAGS`` of one word as a row of 0/1 (kept on ``ext``, one row a word)."""
    rows = ext.__dict__.setdefault("_neural_flag_rows", {})
    row = rows.get(word)
    if row is None:
        if len(rows) > _CACHE_LIMIT:
            rows.clear()
        flags = {f[1:] for f in ext._word(word)[0] if f[:1] == "f"}
        row = rows[word] = np.array([f in flags for f in FLAGS], np.float32)
    return row


def _bio_ok(labels) -> np.ndarray:
    """``ok[a, b]``: label ``b`` may follow label ``a`` (``tagger.bio_allowed``)."""
    from kg.extract.tagger import bio_allowed
    return np.array([[bio_allowed(a, b) for b in labels] for a in labels])


_OK = _bio_ok(LABELS)


def viterbi(labels, marginals: list[list[float]], probs: np.ndarray, mix: float) -> list[str]:
    """The BIO-valid label sequence maximising the sum of the log of
    ``(1 - mix) * marginals + mix * probs`` (the one BIO decoder: ``tagger.combine_marginals``
    decodes its averages with it too)."""
    return viterbi_many(labels, [(marginals, probs)], mix)[0]


def viterbi_many(labels, sentences: list[tuple[list[list[float]], np.ndarray]], mix: float) -> list[list[str]]:
    """``viterbi`` of each ``(marginals, probs)`` of ``sentences`` (none empty), sentences of
    similar length decoded together: a sentence's padded steps past its end are never read."""
    ok = _OK if tuple(labels) == LABELS else _bio_ok(labels)
    start = np.array([not lab.startswith("I-") for lab in labels])
    neg, k = -1e30, len(labels)
    out: list[list[str]] = [[] for _ in sentences]
    for group in _similar_lengths([len(m) for m, _ in sentences]):
        lengths = [len(sentences[b][0]) for b in group]
        logp = np.zeros((len(group), max(lengths), k))
        for r, b in enumerate(group):
            marg, probs = sentences[b]
            avg = (1.0 - mix) * np.asarray(marg, np.float64) + mix * probs.astype(np.float64)
            logp[r, :lengths[r]] = np.log(np.maximum(avg, 1e-12))
        score = np.where(start, logp[:, 0], neg)                  # (sentence, label)
        last = {0: score.copy()}
        back = []
        for t in range(1, logp.shape[1]):
            cand = np.where(ok, score[:, :, None], neg)           # cand[s, i, j]: from i to j
            arg = cand.argmax(axis=1)
            score = np.take_along_axis(cand, arg[:, None, :], axis=1)[:, 0] + logp[:, t]
            back.append(arg)
            last[t] = score
        for r, b in enumerate(group):
            j = int(last[lengths[r] - 1][r].argmax())
            path = [j]
            for arg in reversed(back[:lengths[r] - 1]):
                j = int(arg[r, j])
                path.append(j)
            out[b] = [labels[x] for x in reversed(path)]
    return out


def _similar_lengths(lengths: list[int], slack: int = BATCH_SLACK) -> list[list[int]]:
    """Indices of ``lengths`` in groups of sentences within ``slack`` tokens of each other:
    a batch steps as long as its longest sentence, so mixed lengths would waste steps."""
    groups: list[list[int]] = []
    for b in sorted(range(len(lengths)), key=lambda b: (lengths[b], b)):
        if groups and lengths[b] - lengths[groups[-1][0]] <= slack:
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


class NeuralTagger:
    """The numpy forward pass of the trained network (see the module docstring)."""

    def __init__(self, path) -> None:
        with np.load(path, allow_pickle=False) as z:
            w = {k: z[k] for k in z.files}
        #: weight of this network's probabilities against the CRF marginals
        self.mix = float(w.pop("mix")) if "mix" in w else 0.5
        words = bytes(w.pop("words")).decode("utf-8").split("\n")
        chars = bytes(w.pop("chars")).decode("utf-8")
        self.word_id = {x: i for i, x in enumerate(words)}
        self.char_id = {c: i + 2 for i, c in enumerate(chars)}   # 0 padding, 1 unknown
        # one row a word of ``words`` and a last row for every other word
        self.emb = w.pop("emb_q").astype(np.float32) * w.pop("emb_scale")[:, None]
        self.unk = len(words)
        self.w = {k: v.astype(np.float32) for k, v in w.items()}
        self.hid = self.w["whh_f"].shape[1]
        # per direction (forward, backward): input and recurrent weights transposed and the
        # bias, with the gate rows i, f, o scaled by 1/2 (see _bilstm)
        half = np.ones(4 * self.hid, np.float32) * 0.5
        half[2 * self.hid:3 * self.hid] = 1.0
        self._wih = [np.ascontiguousarray(self.w[k].T * half) for k in ("wih_f", "wih_b")]
        self._b = [self.w[k] * half for k in ("b_f", "b_b")]
        self._whh = np.ascontiguousarray(np.stack([self.w[k].T * half
                                                   for k in ("whh_f", "whh_b")]))
        self._cemb = self.w["cemb"]
        k = self.w["conv_w"]                                     # (filters, cdim, 3)
        self._conv = np.ascontiguousarray(np.vstack([k[:, :, j].T for j in range(3)]))
        self._chars: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def _charvec(self, word: str) -> np.ndarray:
        got = self._chars.get(word)
        if got is not None:
            return got
        if len(self._chars) > _CACHE_LIMIT:
            self._chars.clear()
        ids = [0] + [self.char_id.get(c, 1) for c in word[:MAX_CHARS]] + [0]
        e = self._cemb[ids]                                      # (L + 2, cdim), padded
        n = len(ids) - 2
        windows = np.hstack([e[:n], e[1:n + 1], e[2:]])          # (L, 3 * cdim)
        got = np.maximum((windows @ self._conv).max(axis=0) + self.w["conv_b"], 0.0)
        self._chars[word] = got
        return got

    def _bilstm(self, xs: list[np.ndarray]) -> list[np.ndarray]:
        """Both LSTM directions over each sentence's inputs ``xs[b]`` (n_b, input), all
        sentences stepped together (padded at the end): one (n_b, 2 * hidden) array each.

        The input, forget and output gate rows of the weights are pre-scaled by 1/2, so one
        tanh gives every gate: sigmoid(z) = (tanh(z / 2) + 1) / 2.  A sentence's steps past
        its end only read padding, which no earlier output depends on."""
        hd, lengths = self.hid, [len(x) for x in xs]
        batch, steps = len(xs), max(lengths)
        flat = np.vstack(xs)
        gates = [flat @ self._wih[d] + self._b[d] for d in (0, 1)]
        g = np.zeros((2, batch, steps, 4 * hd), np.float32)
        at = 0
        for b, n in enumerate(lengths):
            g[0, b, :n] = gates[0][at:at + n]
            g[1, b, :n] = gates[1][at:at + n][::-1]       # the backward direction reads it reversed
            at += n
        whh = self._whh
        h = np.zeros((2, batch, hd), np.float32)
        c = np.zeros((2, batch, hd), np.float32)
        out = np.empty((2, batch, steps, hd), np.float32)
        for t in range(steps):
            z = np.tanh(g[:, :, t] + np.matmul(h, whh))
            s = z * 0.5 + 0.5
            c = s[:, :, hd:2 * hd] * c + s[:, :, :hd] * z[:, :, 2 * hd:3 * hd]
            h = s[:, :, 3 * hd:] * np.tanh(c)
            out[:, :, t] = h
        return [np.hstack([out[0, b, :n], out[1, b, :n][::-1]]) for b, n in enumerate(lengths)]

    def probs_many(self, sentences: list[tuple[list[str], np.ndarray]]) -> list[np.ndarray]:
        """``(len(tokens), 7)`` label probabilities (columns in ``LABELS`` order) for each
        ``(tokens, extra)`` of ``sentences`` (none empty), computed as one batch."""
        from kg.extract.tagger import cluster_key
        xs = []
        for tokens, extra in sentences:
            ids = [self.word_id.get(cluster_key(t), self.unk) for t in tokens]
            with self._lock:
                ch = np.stack([self._charvec(t) for t in tokens])
            xs.append(np.hstack([self.emb[ids], ch, extra]))
        w = self.w
        out: list[np.ndarray] = [np.empty(0)] * len(xs)
        for group in _similar_lengths([len(x) for x in xs]):
            for b, hidden in zip(group, self._bilstm([xs[b] for b in group])):
                logits = hidden @ w["out_w"].T + w["out_b"]
                logits -= logits.max(axis=1, keepdims=True)
                p = np.exp(logits)
                out[b] = p / p.sum(axis=1, keepdims=True)
        return out

    def probs(self, tokens: list[str], extra: np.ndarray) -> np.ndarray:
        """``(len(tokens), 7)`` label probabilities of one sentence (see ``probs_many``)."""
        return self.probs_many([(tokens, extra)])[0]
