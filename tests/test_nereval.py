"""Entity-level NER evaluation (kg.nereval) on tiny hand-written CoNLL files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.nereval import entities, evaluate, format_report, read_conll

GOLD = """Presiden\tO
Joko\tB-PERSON
Widodo\tI-PERSON
tiba\tO
di\tO
Surabaya\tB-PLACE
.\tO

Bank\tB-ORGANISATION
Indonesia\tI-ORGANISATION
menaikkan\tO
suku\tO
bunga\tO
.\tO

Rapat\tO
di\tO
Bandung\tB-PLACE
dihadiri\tO
Budi\tB-PERSON
.\tO
"""

# what a fake tagger answers, sentence by sentence
PRED = [
    ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"],      # 2 correct
    ["B-LOC", "O", "O", "O", "O", "O"],                   # Bank as Place: wrong span+type
    ["O", "O", "B-LOC", "O", "B-ORG", "O"],               # Bandung right, Budi wrong type
]


def _fake_tagger():
    answers = iter(PRED)

    def tag(tokens: list[str]) -> list[str]:
        out = next(answers)
        assert len(out) == len(tokens)
        return out
    return tag


def test_read_conll(tmp_path: Path) -> None:
    f = tmp_path / "gold.txt"
    f.write_text(GOLD, encoding="utf-8")
    sents = read_conll(f)
    assert len(sents) == 3
    assert sents[0][0][:3] == ["Presiden", "Joko", "Widodo"]
    assert sents[1][1][:2] == ["B-ORGANISATION", "I-ORGANISATION"]


def test_entities_seqeval_style() -> None:
    assert entities(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG"]) == {
        ("Person", 0, 2), ("Place", 3, 5), ("Organization", 5, 6)}
    assert entities(["B-PPL", "I-PLC"]) == {("Person", 0, 1), ("Place", 1, 2)}
    assert entities(["B-EVT", "I-EVT", "B-FNB", "O"]) == set()


def test_evaluate_exact_numbers(tmp_path: Path) -> None:
    f = tmp_path / "gold.txt"
    f.write_text(GOLD, encoding="utf-8")
    r = evaluate(f, _fake_tagger())
    assert r["scheme"] == "nergrit"
    assert r["sentences"] == 3 and r["tokens"] == 19
    o = r["overall"]
    # gold 5 entities, predicted 5, correct 3
    assert (o["gold"], o["predicted"], o["correct"]) == (5, 5, 3)
    assert o["precision"] == pytest.approx(0.6)
    assert o["recall"] == pytest.approx(0.6)
    assert o["f1"] == pytest.approx(0.6)
    per = r["types"]["Person"]
    assert (per["gold"], per["predicted"], per["correct"]) == (2, 1, 1)
    assert per["precision"] == pytest.approx(1.0) and per["recall"] == pytest.approx(0.5)
    assert per["f1"] == pytest.approx(2 / 3)
    org = r["types"]["Organization"]
    assert (org["gold"], org["predicted"], org["correct"]) == (1, 1, 0)
    assert org["f1"] == 0.0
    place = r["types"]["Place"]
    assert (place["gold"], place["predicted"], place["correct"]) == (2, 3, 2)
    assert place["precision"] == pytest.approx(2 / 3) and place["recall"] == pytest.approx(1.0)
    assert place["f1"] == pytest.approx(0.8)


def test_nerp_scheme_ignores_evt_fnb(tmp_path: Path) -> None:
    f = tmp_path / "nerp.txt"
    f.write_text("festival\tB-EVT\nkopi\tB-FNB\ndi\tO\nmedan\tB-PLC\n", encoding="utf-8")
    r = evaluate(f, lambda toks: ["B-ORG", "I-ORG", "O", "B-LOC"])
    assert r["scheme"] == "nerp"
    assert (r["overall"]["gold"], r["overall"]["predicted"], r["overall"]["correct"]) == (1, 2, 1)
    assert r["overall"]["precision"] == pytest.approx(0.5)
    assert r["overall"]["recall"] == pytest.approx(1.0)


def test_format_report_last_line_is_json(tmp_path: Path) -> None:
    f = tmp_path / "gold.txt"
    f.write_text(GOLD, encoding="utf-8")
    text = format_report(evaluate(f, _fake_tagger()))
    lines = text.splitlines()
    assert json.loads(lines[-1]) == {"precision": 0.6, "recall": 0.6, "f1": 0.6}
    assert any(line.startswith("Person") for line in lines)
    assert any(line.startswith("overall") for line in lines)
    table = [line for line in lines if line.split()[:1] in (["Person"], ["Place"], ["overall"])]
    assert len({len(line) for line in table}) == 1  # aligned columns


def test_empty_file_is_input_error(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        evaluate(f)


def test_missing_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_conll(tmp_path / "nope.txt")
    bad = tmp_path / "bad.txt"
    bad.write_text("ini bukan berkas CoNLL sama sekali\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_conll(bad)
    assert "\n" not in str(err.value)
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81\x82")
    with pytest.raises(InputError):
        read_conll(binary)
    with pytest.raises(InputError):
        read_conll(tmp_path)


SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "ner-id"


@pytest.mark.skipif(not (SHARED / "nergrit" / "test.txt").is_file(),
                    reason="../shared/data/ner-id not present")
@pytest.mark.parametrize("corpus", ["nergrit", "nerp"])
def test_shipped_model_on_test_sets(corpus: str) -> None:
    r = evaluate(SHARED / corpus / "test.txt")
    assert r["overall"]["f1"] > 0.7


def test_eval_ner_cli_model_option(tmp_path: Path) -> None:
    """``kg eval ner --model PATH`` scores a model file outside kg/models/."""
    import shutil

    from click.testing import CliRunner

    from kg.cli import cli
    from kg.extract.tagger import DEFAULT_MODEL, MODEL_DIR, default_members

    gold = tmp_path / "gold.txt"
    gold.write_text(GOLD, encoding="utf-8")
    model = tmp_path / "copy.crfsuite.xz"
    shutil.copyfile(MODEL_DIR / DEFAULT_MODEL, model)
    res = CliRunner().invoke(cli, ["eval", "ner", "--model", str(model), str(gold)])
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert f"model={model.resolve()}" in lines[0]
    default = CliRunner().invoke(cli, ["eval", "ner", str(gold)])
    assert default.exit_code == 0, default.output
    members = default_members()
    assert f"model={' + '.join(members)}" in default.output.splitlines()[0]
    if len(members) == 1:
        # the same model file gives the same scores as the shipped one
        assert json.loads(lines[-1]) == json.loads(default.output.strip().splitlines()[-1])
    missing = CliRunner().invoke(cli, ["eval", "ner", "--model", str(tmp_path / "nope"), str(gold)])
    assert missing.exit_code != 0


def test_evaluate_model_argument(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(GOLD, encoding="utf-8")
    with pytest.raises(InputError, match="no such model"):
        evaluate(gold, model=tmp_path / "nope.crfsuite")
