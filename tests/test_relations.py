"""Structural relations stated by the text (kg/extract/relations.py), on sentences written here."""
from __future__ import annotations

from kg.pipeline import process_text


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in process_text(text).relations}


def test_a_place_and_the_region_or_country_after_a_comma_is_located_in_it():
    rels = _relations("Jakarta - Banjir melanda Kota Palu, Sulawesi Tengah, pada Senin (3/3/2025). "
                      "Presiden kemudian terbang ke Kuala Lumpur, Malaysia.")
    assert ("palu", "locatedIn", "sulawesi-tengah") in rels
    assert ("kuala-lumpur", "locatedIn", "malaysia") in rels


def test_lists_of_places_give_no_located_in():
    rels = _relations("Jakarta - Tim SAR dikirim ke Bandung, Jakarta, dan Surabaya. Gempa terasa di "
                      "Cirebon, Jawa Barat, dan Jawa Tengah. Menlu bertemu Malaysia, Singapura, dan Thailand.")
    assert not any(p == "locatedIn" for _s, p, _o in rels)


def test_cue_phrases_still_give_their_relations():
    rels = _relations("Brussels - NATO, yang bermarkas di Brussel, menggelar rapat pada Kamis (24/2/2022).")
    assert ("nato", "headquarteredIn", "brussels") in rels
