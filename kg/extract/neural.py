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


def extra_features(ext, tokens: list[str]) -> np.ndarray:
    """The binary features of ``tokens`` (``ext`` is a ``tagger.FeatureExtractor``)."""
    n = len(tokens)
    lower = [t.lower() for t in tokens]
    gaz = ext.gaz.match(lower)
    all_lower = not any(t != t.lower() for t in tokens)
    x = np.zeros((n, N_EXTRA), np.float32)
    for i, t in enumerate(tokens):
        flags = {f[1:] for f in ext._word(t)[0] if f[:1] == "f"}
        for j, f in enumerate(FLAGS):
            if f in flags:
                x[i, j] = 1.0
        if gaz[i]:
            x[i, len(FLAGS) + GAZ.index(gaz[i])] = 1.0
        x[i, -2] = all_lower
        x[i, -1] = i == 0
    return x


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


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
        # recurrent weights of the forward and backward direction, (2, hidden, 4 * hidden)
        self._whh = np.ascontiguousarray(np.stack([self.w["whh_f"].T, self.w["whh_b"].T]))
        self._chars: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def _charvec(self, word: str) -> np.ndarray:
        got = self._chars.get(word)
        if got is not None:
            return got
        if len(self._chars) > _CACHE_LIMIT:
            self._chars.clear()
        ids = [self.char_id.get(c, 1) for c in word[:MAX_CHARS]]
        e = self.w["cemb"][ids]                                  # (L, cdim)
        pad = np.zeros((1, e.shape[1]), np.float32)
        e = np.vstack([pad, e, pad])
        k = self.w["conv_w"]                                     # (filters, cdim, 3)
        out = sum(e[j:j + len(ids)] @ k[:, :, j].T for j in range(3)) + self.w["conv_b"]
        got = np.maximum(out, 0.0).max(axis=0)
        self._chars[word] = got
        return got

    def _bilstm(self, x: np.ndarray) -> np.ndarray:
        """Both LSTM directions over ``x`` (n, input) stepped together: (n, 2 * hidden)."""
        n, hd = len(x), self.hid
        w = self.w
        g = np.stack([x @ w["wih_f"].T + w["b_f"], (x @ w["wih_b"].T + w["b_b"])[::-1]])
        whh = self._whh
        h = np.zeros((2, 1, hd), np.float32)
        c = np.zeros((2, hd), np.float32)
        out = np.empty((2, n, hd), np.float32)
        for t in range(n):
            z = g[:, t] + np.matmul(h, whh)[:, 0]
            s = _sigmoid(z)                       # gates i, f, (g), o
            c = s[:, hd:2 * hd] * c + s[:, :hd] * np.tanh(z[:, 2 * hd:3 * hd])
            hh = s[:, 3 * hd:] * np.tanh(c)
            out[:, t] = hh
            h = hh[:, None, :]
        return np.hstack([out[0], out[1][::-1]])

    def probs(self, tokens: list[str], extra: np.ndarray) -> np.ndarray:
        """``(len(tokens), 7)`` label probabilities (columns in ``LABELS`` order)."""
        from kg.extract.tagger import cluster_key
        ids = [self.word_id.get(cluster_key(t), self.unk) for t in tokens]
        with self._lock:
            ch = np.stack([self._charvec(t) for t in tokens])
        x = np.hstack([self.emb[ids], ch, extra])
        w = self.w
        logits = self._bilstm(x) @ w["out_w"].T + w["out_b"]
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)
