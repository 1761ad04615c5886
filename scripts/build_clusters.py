#!/usr/bin/env python3
"""Build the Brown word clusters used as features by ``kg.extract.tagger``.

Unlabelled text (read at build time only, from ``../shared/data``):

* the token column of the IndoNLU NER ``train.txt`` and ``valid.txt`` files
  (NERGrit and NERP; the tags are ignored, the ``test.txt`` files are not read),
* the article text (``isi_berita``) of ``detik-news/data_berita.csv``, split
  into sentences and tokens by ``kg.text`` exactly as the news pipeline does.

Words are normalised by ``kg.extract.tagger.cluster_key`` (lowercase, digits
-> ``0``), so the cased news text and the lowercased NERP text share one
vocabulary.  The ``--vocab`` most frequent words (at least ``--min-count``
occurrences) are clustered with Brown et al.'s (1992) agglomerative algorithm in
the windowed form of Liang (2005): words enter in frequency order, at most
``C + 1`` clusters are active and after each new word the pair of clusters
whose merge loses the least average mutual information of adjacent-word
(bigram) cluster pairs is merged; finally the ``C`` clusters are merged to one,
which gives every cluster a bit string (its path in that binary tree).  The
merge costs are kept up to date incrementally in O(C^2) per merge with numpy,
so ``C = 500`` over 10k words takes a few minutes.  Everything is
deterministic (ties are broken by the lower slot index; no random numbers).

Output: ``kg/models/tagger_clusters.tsv.xz``, one ``word<TAB>bitstring`` line
per clustered word (a derived word list; no sentences are stored).

numpy is needed here only (``pip install -e .[train]``); the tagger reads the
word list with the standard library.

Usage:  python scripts/build_clusters.py [--data DIR] [--clusters 500] [--vocab 10000]
"""
from __future__ import annotations

import argparse
import lzma
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.extract.tagger import CLUSTER_FILE, MODEL_DIR, cluster_key  # noqa: E402
from kg.nereval import read_conll  # noqa: E402
import corpora  # noqa: E402  (scripts/corpora.py)


# --------------------------------------------------------------------------- corpus

def ner_sentences(data: Path) -> Iterator[list[str]]:
    """Token lists of the NER train/valid files (labels ignored, test files never read)."""
    for corpus in ("nergrit", "nerp"):
        for split in ("train", "valid"):
            path = data / "ner-id" / corpus / f"{split}.txt"
            for tokens, _ in read_conll(path):
                yield list(tokens)


def news_sentences(data: Path) -> Iterator[list[str]]:
    """Token lists of the detik.com article bodies, split as the news pipeline splits them."""
    return corpora.news_sentences(data / "detik-news" / "data_berita.csv")


def corpus(data: Path) -> list[list[str]]:
    """All unlabelled sentences, normalised with ``cluster_key``."""
    out = []
    for source in (ner_sentences(data), news_sentences(data)):
        for toks in source:
            if toks:
                out.append([cluster_key(t) for t in toks])
    return out


# --------------------------------------------------------------------------- Brown clustering

def _q(x: np.ndarray, left: np.ndarray | float, right: np.ndarray | float) -> np.ndarray:
    """Elementwise ``x * log(x / (left * right))`` with 0 where ``x`` is 0."""
    x, left, right = np.broadcast_arrays(np.asarray(x, float), left, right)
    out = np.zeros(x.shape)
    pos = x > 0
    xp = x[pos]
    out[pos] = xp * np.log(xp / (left[pos] * right[pos]))
    return out


class Brown:
    """Windowed Brown clustering over a fixed-size table of ``C + 1`` cluster slots.

    ``P[i, j]`` is the probability of a bigram (cluster in slot i, cluster in slot j)
    among the active clusters, ``pl``/``pr`` are the (fixed, full-vocabulary) left and
    right marginals, ``Q`` the mutual-information terms of ``P`` and ``W[i, j]`` the
    sum over the other active clusters k of the terms that a merged (i, j) would have
    with k -- the expensive part of a merge cost, updated incrementally."""

    def __init__(self, n_clusters: int, left: dict[int, Counter], right: dict[int, Counter],
                 unigram_left: np.ndarray, unigram_right: np.ndarray, total: float) -> None:
        self.k = n_clusters + 1
        k = self.k
        self.left, self.right = left, right          # word -> Counter(next word), (prev word)
        self.ul, self.ur, self.total = unigram_left, unigram_right, total
        self.P = np.zeros((k, k))
        self.Q = np.zeros((k, k))
        self.W = np.zeros((k, k))
        self.pl = np.zeros(k)
        self.pr = np.zeros(k)
        self.active = np.zeros(k, bool)
        self.slot_of: dict[int, int] = {}            # word id -> slot
        self.members: list[list[int]] = [[] for _ in range(k)]
        self.node: list[int] = [-1] * k              # slot -> tree node id (phase 2)

    # -- helpers
    def _term(self, c: int) -> np.ndarray:
        """For every pair (i, j): the MI terms between the merged (i, j) and cluster c."""
        P, pl, pr = self.P, self.pl, self.pr
        col, row = P[:, c], P[c, :]
        a = _q(col[:, None] + col[None, :], pl[:, None] + pl[None, :], pr[c])
        b = _q(row[:, None] + row[None, :], pl[c], pr[:, None] + pr[None, :])
        return a + b

    def _fresh_w(self, m: int) -> None:
        """Recompute ``W[m, j]`` (and ``W[j, m]``) for every active j."""
        P, pl, pr = self.P, self.pl, self.pr
        a = _q(P[m, :][None, :] + P, (pl[m] + pl)[:, None], pr[None, :])       # rows j, cols k
        b = _q(P[:, m][None, :] + P.T, pl[None, :], (pr[m] + pr)[:, None])
        t = a + b
        mask = self.active.copy()
        mask[m] = False
        t[:, ~mask] = 0.0
        np.fill_diagonal(t, 0.0)                                               # k == j
        w = t.sum(axis=1)
        w[~self.active] = 0.0
        w[m] = 0.0
        self.W[m, :] = w
        self.W[:, m] = w

    def _refresh_q(self, c: int) -> None:
        """Recompute row and column ``c`` of ``Q``."""
        self.Q[c, :] = _q(self.P[c, :], self.pl[c], self.pr)
        self.Q[:, c] = _q(self.P[:, c], self.pl, self.pr[c])

    def _add_word(self, w: int, slot: int) -> None:
        """Open ``slot`` as a new cluster holding word ``w``."""
        P = self.P
        P[slot, :] = 0.0
        P[:, slot] = 0.0
        for nxt, cnt in self.left[w].items():
            s = slot if nxt == w else self.slot_of.get(nxt)
            if s is not None:
                P[slot, s] += cnt / self.total
        for prev, cnt in self.right[w].items():
            if prev == w:
                continue                              # the self-bigram was counted above
            s = self.slot_of.get(prev)
            if s is not None:
                P[s, slot] += cnt / self.total
        self.pl[slot] = self.ul[w]
        self.pr[slot] = self.ur[w]
        self.slot_of[w] = slot
        self.members[slot] = [w]
        self._refresh_q(slot)
        self.W += self._term(slot)                    # every other pair gains the terms with slot
        self.active[slot] = True
        self._fresh_w(slot)

    def _best_pair(self) -> tuple[int, int, float]:
        """The active pair (i < j) whose merge loses the least mutual information."""
        act = self.active
        Q, P, pl, pr = self.Q, self.P, self.pl, self.pr
        qa = Q * act[None, :] * act[:, None]
        s = qa.sum(axis=1) + qa.sum(axis=0) - np.diag(qa)
        diag = np.diag(P)
        merged = diag[:, None] + diag[None, :] + P + P.T
        d = _q(merged, pl[:, None] + pl[None, :], pr[:, None] + pr[None, :])
        loss = s[:, None] + s[None, :] - Q - Q.T - self.W - d
        ok = np.triu(act[:, None] & act[None, :], 1)
        loss = np.where(ok, loss, np.inf)
        flat = int(np.argmin(loss))
        i, j = divmod(flat, self.k)
        return i, j, float(loss[i, j])

    def _merge(self, a: int, b: int) -> None:
        """Merge the cluster in slot ``b`` into slot ``a``."""
        self.W -= self._term(a) + self._term(b)
        P = self.P
        P[a, :] += P[b, :]
        P[:, a] += P[:, b]
        P[b, :] = 0.0
        P[:, b] = 0.0
        self.pl[a] += self.pl[b]
        self.pr[a] += self.pr[b]
        self.pl[b] = self.pr[b] = 0.0
        self.active[b] = False
        self.Q[b, :] = 0.0
        self.Q[:, b] = 0.0
        self.W[b, :] = 0.0
        self.W[:, b] = 0.0
        self._refresh_q(a)
        self.W += self._term(a)
        self._fresh_w(a)
        for w in self.members[b]:
            self.slot_of[w] = a
        self.members[a] += self.members[b]
        self.members[b] = []

    def ami(self) -> float:
        """Average mutual information of the active clustering (for tests)."""
        act = self.active
        return float((self.Q * act[None, :] * act[:, None]).sum())

    # -- driver
    def run(self, order: list[int], log_every: int = 500) -> dict[int, str]:
        """Cluster the words ``order`` (most frequent first); word id -> bit string of its
        phase-1 cluster (the leaves of the phase-2 tree are the slot ids)."""
        k = self.k
        t0 = time.time()
        for n, w in enumerate(order):
            if n < k - 1:
                self._add_word(w, n)
                continue
            free = int(np.flatnonzero(~self.active)[0])
            self._add_word(w, free)
            a, b, _ = self._best_pair()
            self._merge(a, b)
            if log_every and n % log_every == 0:
                print(f"  {n}/{len(order)} words  AMI {self.ami():.4f}  "
                      f"{time.time() - t0:.0f}s", file=sys.stderr, flush=True)
        self.leaf_of = dict(self.slot_of)             # word id -> phase-1 cluster (slot)
        # phase 2: merge the remaining clusters into one binary tree
        children: dict[int, tuple[int, int]] = {}
        for s in np.flatnonzero(self.active):
            self.node[s] = int(s)
        next_node = k
        while self.active.sum() > 1:
            a, b, _ = self._best_pair()
            na, nb = self.node[a], self.node[b]
            self._merge(a, b)
            children[next_node] = (na, nb)
            self.node[a] = next_node
            next_node += 1
        root = self.node[int(np.flatnonzero(self.active)[0])]
        paths = self._paths(root, children)
        return {w: paths[s] for w, s in self.leaf_of.items()}

    def _paths(self, root: int, children: dict[int, tuple[int, int]]) -> dict[int, str]:
        """Bit strings of the tree leaves (phase-1 cluster slots), 0 = left child."""
        out: dict[int, str] = {}
        stack = [(root, "")]
        while stack:
            node, path = stack.pop()
            if node in children:
                left, right = children[node]
                stack.append((left, path + "0"))
                stack.append((right, path + "1"))
            else:
                out[node] = path or "0"
        return out


def brown(sentences: Iterable[list[str]], n_clusters: int, vocab: int, min_count: int
          ) -> dict[str, str]:
    """Brown clusters of the ``vocab`` most frequent words: word -> bit string."""
    sentences = list(sentences)
    freq = Counter(t for s in sentences for t in s)
    words = sorted((w for w, c in freq.items() if c >= min_count), key=lambda w: (-freq[w], w))
    words = words[:vocab]
    ids = {w: i for i, w in enumerate(words)}
    left: dict[int, Counter] = {i: Counter() for i in range(len(words))}
    right: dict[int, Counter] = {i: Counter() for i in range(len(words))}
    for s in sentences:
        seq = [ids.get(t, -1) for t in s]
        for x, y in zip(seq, seq[1:]):
            if x >= 0 and y >= 0:
                left[x][y] += 1
                right[y][x] += 1
    total = float(sum(sum(c.values()) for c in left.values()))
    ul = np.array([sum(left[i].values()) for i in range(len(words))]) / total
    ur = np.array([sum(right[i].values()) for i in range(len(words))]) / total
    # a word never seen on one side would give a zero marginal; its terms are all zero anyway
    ul[ul == 0] = 1e-12
    ur[ur == 0] = 1e-12
    print(f"{len(sentences)} sentences, {sum(freq.values())} tokens, {len(freq)} types; "
          f"clustering {len(words)} words into {n_clusters} clusters", file=sys.stderr)
    model = Brown(n_clusters, left, right, ul, ur, total)
    paths = model.run(list(range(len(words))))
    return {words[w]: path for w, path in paths.items()}


# --------------------------------------------------------------------------- vector clusters

def ppmi_vectors(sentences: list[list[str]], words: list[str], contexts: int, window: int,
                 dim: int, seed: int) -> np.ndarray:
    """Word vectors: a rank-``dim`` SVD of the positive PMI matrix of ``words`` against the
    ``contexts`` most frequent words within ``window`` tokens (context distribution
    smoothed with exponent 0.75, Levy et al. 2015), rows L2-normalised."""
    ids = {w: i for i, w in enumerate(words)}
    ctx_ids = {w: i for i, w in enumerate(words[:contexts])}
    counts = np.zeros((len(words), len(ctx_ids)), np.float64)
    for s in sentences:
        seq = [ids.get(t, -1) for t in s]
        cseq = [ctx_ids.get(t, -1) for t in s]
        n = len(seq)
        for i, w in enumerate(seq):
            if w < 0:
                continue
            for j in range(max(0, i - window), min(n, i + window + 1)):
                c = cseq[j]
                if j != i and c >= 0:
                    # the side of the context is kept: left and right contexts differ
                    counts[w, c] += 1.0
    total = counts.sum()
    pw = counts.sum(axis=1, keepdims=True) / total
    pc = counts.sum(axis=0, keepdims=True) ** 0.75
    pc /= pc.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(counts / total / (pw * pc))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0).astype(np.float32)
    rng = np.random.default_rng(seed)
    # randomised SVD (Halko et al. 2011) with two power iterations
    g = rng.standard_normal((ppmi.shape[1], dim + 20)).astype(np.float32)
    q, _ = np.linalg.qr(ppmi @ g)
    for _ in range(2):
        q, _ = np.linalg.qr(ppmi @ (ppmi.T @ q))
    u_small, sing, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    u = (q @ u_small)[:, :dim] * np.sqrt(sing[:dim])
    u /= np.linalg.norm(u, axis=1, keepdims=True) + 1e-9
    return u


def _two_means(x: np.ndarray, rng: np.random.Generator, iters: int = 25) -> np.ndarray:
    """Spherical 2-means of the rows of ``x``; a boolean mask of the second cluster."""
    n = len(x)
    first = int(rng.integers(n))
    far = int(np.argmin(x @ x[first]))              # the least similar row seeds the other side
    cent = x[[first, far]].copy()
    side = np.zeros(n, bool)
    for _ in range(iters):
        sim = x @ cent.T
        new = sim[:, 1] > sim[:, 0]
        if new.all() or not new.any():
            break
        if (new == side).all():
            break
        side = new
        for k, mask in enumerate((~side, side)):
            c = x[mask].sum(axis=0)
            cent[k] = c / (np.linalg.norm(c) + 1e-9)
    return side


def bisecting_kmeans(vectors: np.ndarray, depth: int, min_size: int, seed: int) -> list[str]:
    """A bit string per row: its path in a tree of recursive spherical 2-means splits,
    down to ``depth`` bits or nodes smaller than ``min_size``."""
    rng = np.random.default_rng(seed)
    paths = [""] * len(vectors)
    stack = [(np.arange(len(vectors)), "")]
    while stack:
        idx, path = stack.pop()
        if len(path) >= depth or len(idx) < min_size:
            for i in idx:
                paths[i] = path or "0"
            continue
        side = _two_means(vectors[idx], rng)
        if side.all() or not side.any():
            for i in idx:
                paths[i] = path or "0"
            continue
        stack.append((idx[side], path + "1"))
        stack.append((idx[~side], path + "0"))
    return paths


def vector_clusters(sentences: list[list[str]], vocab: int, min_count: int, dim: int,
                    depth: int, seed: int) -> dict[str, str]:
    """Hierarchical (bisecting spherical k-means) clusters of PPMI-SVD word vectors."""
    freq = Counter(t for s in sentences for t in s)
    words = sorted((w for w, c in freq.items() if c >= min_count), key=lambda w: (-freq[w], w))
    words = words[:vocab]
    print(f"{len(sentences)} sentences; vectors for {len(words)} words", file=sys.stderr)
    vec = ppmi_vectors(sentences, words, contexts=min(len(words), 5000), window=2, dim=dim,
                       seed=seed)
    paths = bisecting_kmeans(vec, depth, 2, seed)
    return dict(zip(words, paths))


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=MODEL_DIR / CLUSTER_FILE)
    ap.add_argument("--clusters", type=int, default=500)
    ap.add_argument("--vocab", type=int, default=10000)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--method", choices=("brown", "kmeans"), default="brown")
    ap.add_argument("--dim", type=int, default=100, help="vector size (kmeans)")
    ap.add_argument("--depth", type=int, default=16, help="bit-string length (kmeans)")
    ap.add_argument("--seed", type=int, default=13, help="random seed (kmeans)")
    args = ap.parse_args(argv)
    t0 = time.time()
    sents = corpus(args.data)
    if args.method == "brown":
        clusters = brown(sents, args.clusters, args.vocab, args.min_count)
    else:
        clusters = vector_clusters(sents, args.vocab, args.min_count, args.dim, args.depth,
                                   args.seed)
    lines = "".join(f"{w}\t{b}\n" for w, b in sorted(clusters.items(), key=lambda x: (x[1], x[0])))
    data = lines.encode("utf-8")
    if args.out.suffix == ".xz":
        data = lzma.compress(data, preset=9 | lzma.PRESET_EXTREME)
    args.out.write_bytes(data)
    print(f"wrote {len(clusters)} words to {args.out} ({len(data)} bytes) in "
          f"{time.time() - t0:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
