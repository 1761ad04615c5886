"""The CRF named-entity tagger (kg.extract.tagger) on hand-written Indonesian sentences."""
from __future__ import annotations

import re

import pytest

from kg.extract import tagger

TAG_RE = re.compile(r"^(O|[BI]-(PER|ORG|LOC))$")


def spans(tokens: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """(type, text) of the BIO spans."""
    out: list[tuple[str, list[str]]] = []
    for tok, t in zip(tokens, tags):
        if t.startswith("B-") or (t.startswith("I-") and (not out or out[-1][0] != t[2:])):
            out.append((t[2:], [tok]))
        elif t.startswith("I-"):
            out[-1][1].append(tok)
        else:
            out.append(("O", [tok]))
    return [(k, " ".join(v)) for k, v in out if k != "O"]


def test_person_after_title_and_place() -> None:
    toks = "Menteri Keuangan Sri Mulyani Indrawati hadir di Jakarta .".split()
    tags = tagger.tag(toks)
    assert len(tags) == len(toks)
    assert all(TAG_RE.match(t) for t in tags)
    found = spans(toks, tags)
    assert ("PER", "Sri Mulyani Indrawati") in found
    assert ("LOC", "Jakarta") in found
    assert tags[0] == "O"  # the title is not part of the name


@pytest.mark.parametrize("sentence, name", [
    ("Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Semarang pada Kamis .",
     "Ganjar Pranowo"),
    ("Kapolri Jenderal Listyo Sigit Prabowo memberikan keterangan kepada wartawan .",
     "Listyo Sigit Prabowo"),
    ("Hal itu disampaikan oleh Bapak Budi Santoso dalam rapat warga , Jumat ( 3/5 ) .",
     "Budi Santoso"),
])
def test_persons_in_news_sentences(sentence: str, name: str) -> None:
    toks = sentence.split()
    found = spans(toks, tagger.tag(toks))
    assert any(k == "PER" and name in text for k, text in found), found


def test_days_months_and_sentence_initial_words_are_not_names() -> None:
    sentences = [
        "Pada Kamis , 14 Maret 2024 , hujan deras mengguyur kota itu .",
        "Jumat pagi , warga berkumpul di balai desa .",
        "Sementara itu , harga beras naik sejak Januari hingga Februari .",
        "Namun , rapat ditunda sampai Senin depan .",
        "Selain itu , pemerintah akan menambah anggaran pada Desember .",
    ]
    never = {"Pada", "Kamis", "Maret", "Jumat", "Sementara", "Januari", "Februari", "Namun",
             "Senin", "Selain", "Desember"}
    for s in sentences:
        toks = s.split()
        for tok, t in zip(toks, tagger.tag(toks)):
            if tok in never:
                assert t == "O", (s, tok, t)


def test_organisation() -> None:
    toks = "Kementerian Kesehatan mengumumkan data baru di Jakarta , Selasa .".split()
    found = spans(toks, tagger.tag(toks))
    assert ("ORG", "Kementerian Kesehatan") in found


def test_empty_and_single_token() -> None:
    assert tagger.tag([]) == []
    assert len(tagger.tag(["."])) == 1


def test_model_loaded_once() -> None:
    assert tagger.load_model() is tagger.load_model()
    assert tagger.extractor() is tagger.extractor()


def test_combine_marginals_mean_and_bio() -> None:
    labels = ["B-PER", "I-PER", "O"]
    # member 1 is sure of B-PER I-PER, member 2 leans to O O: the mean keeps the name
    m1 = [[0.9, 0.0, 0.1], [0.0, 0.9, 0.1]]
    m2 = [[0.3, 0.0, 0.7], [0.0, 0.4, 0.6]]
    assert tagger.combine_marginals(labels, [m1, m2]) == ["B-PER", "I-PER"]
    # an I- tag never starts a sentence or follows O, even when its marginal is highest
    m3 = [[0.0, 0.6, 0.4], [0.2, 0.0, 0.8]]
    assert tagger.combine_marginals(labels, [m3]) == ["O", "O"]


def test_ensemble_of_one_model_equals_the_model() -> None:
    toks = "Presiden Joko Widodo meresmikan Bendungan Jatigede di Sumedang .".split()
    member = tagger.default_members()[0]
    assert tagger.tag_ensemble((member, member), toks) == tagger.tag_with(member, toks)
