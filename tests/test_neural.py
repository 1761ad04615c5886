"""The neural token tagger (kg.extract.neural) and its mixing into kg.extract.tagger.tag."""
from __future__ import annotations

import pytest

from kg.extract import neural, tagger

np = neural.np  # numpy, imported by kg.extract.neural (which limits OpenBLAS threads first)

net = tagger.load_neural()
pytestmark = pytest.mark.skipif(net is None, reason="no kg/models/tagger_neural.npz shipped")


def test_probabilities_are_distributions() -> None:
    from kg.extract.neural import LABELS, extra_features
    toks = "Presiden Joko Widodo membuka pameran di Surabaya , Jawa Timur .".split()
    p = net.probs(toks, extra_features(tagger.extractor(), toks))
    assert p.shape == (len(toks), len(LABELS))
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-5)
    assert 0.0 < net.mix < 1.0


def test_network_alone_finds_obvious_names() -> None:
    from kg.extract.neural import LABELS, extra_features
    toks = "Kemarin Budi Santoso berangkat ke Makassar .".split()
    p = net.probs(toks, extra_features(tagger.extractor(), toks))
    best = [LABELS[i] for i in p.argmax(axis=1)]
    assert best[1:3] == ["B-PER", "I-PER"]
    assert best[5] == "B-LOC"
    assert best[0] == "O" and best[3] == "O"


def test_tag_mixes_crf_and_network() -> None:
    toks = "Menteri Luar Negeri Retno Marsudi bertemu delegasi PBB di New York .".split()
    mixed = tagger.tag(toks)
    assert mixed == tagger.tag_mixed(tagger.DEFAULT_MODEL, net, toks)
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in mixed)
    assert "B-PER" in mixed


def test_lowercase_and_unknown_words() -> None:
    toks = "zxqv blorf kemarin pergi ke pasar".split()
    tags = tagger.tag(toks)
    assert len(tags) == len(toks)
    assert tagger.tag([]) == []


def _best_by_enumeration(labels, scores: np.ndarray) -> list[str]:
    """The BIO-valid sequence with the highest sum of log scores, found by trying them all."""
    import itertools
    best, arg = -np.inf, None
    for seq in itertools.product(range(len(labels)), repeat=len(scores)):
        labs = [labels[j] for j in seq]
        if all(tagger.bio_allowed(a, b) for a, b in zip(["O", *labs], labs)):
            total = float(np.log(scores[range(len(seq)), seq]).sum())
            if total > best:
                best, arg = total, labs
    return arg


def test_the_decoder_finds_the_best_valid_sequence() -> None:
    """viterbi (the mixture) and combine_marginals (a weighted mean of members) return the
    BIO-valid sequence of highest score, as trying every sequence does."""
    rng = np.random.default_rng(5)
    labels = list(neural.LABELS)
    for n in (1, 2, 3):
        marg = rng.dirichlet(np.ones(7), size=n)
        probs = rng.dirichlet(np.ones(7), size=n).astype(np.float32)
        want = _best_by_enumeration(labels, 0.6 * marg + 0.4 * probs.astype(np.float64))
        assert neural.viterbi(neural.LABELS, marg.tolist(), probs, 0.4) == want
        other = rng.dirichlet(np.ones(7), size=n)
        mean = (marg + 3 * other) / 4
        assert tagger.combine_marginals(labels, [marg.tolist(), other.tolist()], [1.0, 3.0]) == \
            _best_by_enumeration(labels, mean)


def test_a_batch_of_sentences_gives_each_sentence_its_own_probabilities() -> None:
    """Sentences of different lengths run as one padded batch, in both LSTM directions."""
    from kg.extract.neural import extra_features
    sents = ["Kemarin Budi Santoso berangkat ke Makassar .".split(),
             "Polisi menangkap dua orang .".split(),
             "Presiden Joko Widodo membuka pameran di Surabaya , Jawa Timur , pada Senin pagi .".split()]
    alone = [net.probs(t, extra_features(tagger.extractor(), t)) for t in sents]
    batch = net.probs_many([(t, extra_features(tagger.extractor(), t)) for t in sents])
    assert [p.shape for p in batch] == [p.shape for p in alone]
    assert all(np.allclose(a, b, atol=1e-5) for a, b in zip(alone, batch))
    assert tagger.tag_many([*sents, []]) == [*(tagger.tag(t) for t in sents), []]


def test_sentences_decoded_together_get_their_own_paths() -> None:
    """viterbi_many over sentences of different lengths equals viterbi of each one alone."""
    rng = np.random.default_rng(11)
    sents = [(rng.dirichlet(np.ones(7), size=n).tolist(), rng.dirichlet(np.ones(7), size=n).astype(np.float32))
             for n in (1, 3, 4, 9, 20, 2)]
    alone = [neural.viterbi(neural.LABELS, m, p, 0.4) for m, p in sents]
    assert neural.viterbi_many(neural.LABELS, sents, 0.4) == alone
    assert [len(x) for x in alone] == [1, 3, 4, 9, 20, 2]


def test_the_crf_alone_settles_confident_sentences_exactly() -> None:
    """Where every CRF marginal is above 5/6 (mix 0.4) and the labels are valid BIO, the
    mixture's best path is the CRF's labels whatever the network says; otherwise undecided."""
    labs = list(neural.LABELS)
    def row(lab: str, p: float) -> list[float]:
        rest = (1.0 - p) / 6
        return [p if x == lab else rest for x in labs]
    sure = [row("B-PER", 0.9), row("I-PER", 0.95), row("O", 0.99)]
    assert tagger._settled(labs, sure, 0.4) == ["B-PER", "I-PER", "O"]
    worst = np.array([[1.0 if x != want else 0.0 for x in labs] for want in ("B-PER", "I-PER", "O")],
                     np.float32) / 6                      # a network that disagrees everywhere
    assert neural.viterbi(labs, sure, worst, 0.4) == ["B-PER", "I-PER", "O"]
    assert tagger._settled(labs, [row("B-PER", 0.9), row("I-PER", 0.8)], 0.4) is None   # not sure enough
    assert tagger._settled(labs, [row("O", 0.99), row("I-PER", 0.99)], 0.4) is None     # I- after O
