"""Tokens, quotes and Indonesian verb morphology."""
from __future__ import annotations

from kg.text import men_prefix, quote_spans, strip_clitics, tokenize, verb_forms


def test_tokens_keep_offsets_and_split_hyphenated_nya():
    text = "rekan-rekan NATO-nya di KOMPAS.TV"
    toks = tokenize(text, 10)
    assert [t.text for t in toks] == ["rekan-rekan", "NATO", "-nya", "di", "KOMPAS.TV"]
    assert all(text[t.start - 10:t.end - 10] == t.text for t in toks)


def test_men_prefix_assimilation():
    assert [men_prefix(r) for r in ("serang", "kecam", "tembak", "pukul", "dukung", "bom",
                                     "kritik", "protes", "ancam", "lapor")] == [
        "menyerang", "mengecam", "menembak", "memukul", "mendukung", "mengebom",
        "mengkritik", "memprotes", "mengancam", "melapor"]


def test_verb_forms_have_voice():
    forms = verb_forms("serang")
    assert forms["menyerang"] == "active" and forms["diserang"] == "passive"
    assert forms["terserang"] == "passive" and "menyerangkan" in forms


def test_quote_spans_curly_and_straight():
    text = 'Ia berkata “ayo pulang” lalu "sudah malam" katanya.'
    spans = [text[s.start:s.end] for s in quote_spans(text)]
    assert spans == ["ayo pulang", "sudah malam"]


def test_clitics():
    assert strip_clitics("menyerangnya") == ("menyerang", "nya")
    assert strip_clitics("dia") == ("dia", "")
