"""The reader: metadata, debris, sentences with exact offsets, and bad input."""
from __future__ import annotations

import pytest

from kg.article import find_date, parse_article, read_article
from kg.errors import InputError

TEXT = (
    "Gubernur Bantah Tuduhan Korupsi\n\n"
    "SURABAYA, KOMPAS.TV — Gubernur Jawa Timur membantah tuduhan itu pada Senin (3/3/2025). "
    "Ia menyebut laporan tersebut keliru.\n"
    "Baca Juga: Lima Hal yang Perlu Diketahui tentang Anggaran Daerah\n"
    "\"Saya tidak pernah menerima uang itu,\" katanya.\n"
    "SCROLL TO CONTINUE WITH CONTENT\n"
    "Sumber : Antara\n"
)


def test_metadata_is_read():
    art = parse_article(TEXT, "a.txt")
    assert art.title == "Gubernur Bantah Tuduhan Korupsi"
    assert (art.dateline, art.publisher) == ("SURABAYA", "KOMPAS.TV")
    assert art.date == "2025-03-03"
    assert art.attribution == "Antara"
    assert art.text[art.attribution_span.start:art.attribution_span.end] == "Antara"


def test_debris_is_kept_out_of_sentences_but_recorded():
    art = parse_article(TEXT, "a.txt")
    body = " ".join(s.text for s in art.sentences)
    assert "Baca Juga" not in body and "SCROLL" not in body and "Sumber" not in body
    debris = [art.text[d.start:d.end] for d in art.debris]
    assert any(d.startswith("Baca Juga") for d in debris)
    assert any(d.startswith("SCROLL") for d in debris)


def test_sentence_offsets_point_into_the_text():
    art = parse_article(TEXT, "a.txt")
    body = [s for s in art.sentences if not s.is_title]
    assert len(body) == 3
    assert [s.text for s in art.sentences if s.is_title] == ["Gubernur Bantah Tuduhan Korupsi"]
    for s in art.sentences:
        assert art.text[s.start:s.end] == s.text
        for t in s.tokens:
            assert art.text[t.start:t.end] == t.text
    assert body[0].text.startswith("Gubernur Jawa Timur")   # dateline removed


def test_quote_with_attribution_stays_one_sentence():
    art = parse_article('"Kami siap membantu. Semua sudah diatur," ujar Budi di Medan.', "q.txt")
    assert len(art.sentences) == 2
    assert art.sentences[1].text.endswith("ujar Budi di Medan.")


def test_abbreviations_and_numbers_do_not_split():
    art = parse_article("Dr. Sari dari PT Maju Tbk. menerima Rp 1.500.000 kemarin. Ia senang.", "x.txt")
    assert [s.text for s in art.sentences] == [
        "Dr. Sari dari PT Maju Tbk. menerima Rp 1.500.000 kemarin.", "Ia senang."]


def test_dates_in_words_and_numbers():
    assert find_date("pada 17 Agustus 2024 lalu") == "2024-08-17"
    assert find_date("Jumat (25/2/2022) malam") == "2022-02-25"
    assert find_date("tanpa tanggal") is None


def test_seed_dateline_and_attribution(seed_path):
    art = read_article(seed_path)
    assert (art.dateline, art.publisher, art.date) == ("BRUSSELS", "KOMPAS.TV", "2022-02-24")
    assert art.attribution == "Associated Press"
    assert all("Gabung ke Channel" not in s.text for s in art.sentences)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n ", "empty"),
    (b"\x00\x01\x02\x03 binary", "binary"),
    ("café olé".encode("latin-1"), "UTF-8"),
])
def test_bad_files_raise_one_line_errors(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_article(f)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_publisher_first_dateline():
    art = parse_article("TEMPO.CO, Islamabad - Banjir besar melanda Sindh.", "t.txt")
    assert (art.dateline, art.publisher) == ("Islamabad", "TEMPO.CO")
