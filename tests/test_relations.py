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


def test_a_unit_named_with_its_body_is_part_of_it():
    rels = _relations("Jakarta - Inspektorat Jenderal (Itjen) Kementerian Kesehatan (Kemenkes) memeriksa "
                      "rumah sakit itu pada Senin (3/3/2025). Komisi IX Dewan Perwakilan Rakyat (DPR) "
                      "memanggil direksi rumah sakit tersebut.")
    assert ("inspektorat-jenderal", "partOf", "kemenkes") in rels
    assert any(s.startswith("komisi-ix") and p == "partOf" and o == "dpr" for s, p, o in rels)


def test_two_halves_of_one_name_are_no_unit_and_body():
    rels = _relations("Jakarta - Badan Pengelola Investasi (BPI) Danantara menyuntikkan modal ke bank itu "
                      "pada Senin (3/3/2025).")
    assert not any(p == "partOf" for _s, p, _o in rels)


def test_a_politician_described_by_a_party_is_its_member():
    rels = _relations("Jakarta - Wakil Ketua Komisi II DPR, Rahmat Wibisono, menolak usulan itu pada Senin "
                      "(3/3/2025). Politikus Partai Surya Kencana (PSK) itu meminta pemerintah menunda "
                      "pembahasan. Anggota Komisi II dari Fraksi Partai Bumi Lestari (PBL), Sinta Maharani, "
                      "mendukung usulan tersebut.")
    assert ("rahmat-wibisono", "memberOf", "partai-surya-kencana") in rels
    assert ("sinta-maharani", "memberOf", "partai-bumi-lestari") in rels


def test_a_former_politician_is_no_member():
    rels = _relations("Jakarta - Budi Hartono ditangkap pada Senin (3/3/2025). Mantan politikus Partai "
                      "Surya Kencana (PSK) itu diduga menerima suap.")
    assert not any(p == "memberOf" for _s, p, _o in rels)


def test_a_village_district_regency_and_province_in_a_row_are_located_in_each_other():
    rels = _relations("Jakarta - Banjir merendam Desa Sukamaju, Kecamatan Cibeureum, Kabupaten Garut, "
                      "Jawa Barat, pada Senin (3/3/2025). Warga Kabupaten Bogor, Kabupaten Bekasi, dan "
                      "Kabupaten Karawang juga terdampak.")
    keys = {(s, o) for s, p, o in rels if p == "locatedIn"}
    assert any(s.endswith("sukamaju") and o.endswith("cibeureum") for s, o in keys)
    assert any(s.endswith("cibeureum") and o.endswith("garut") for s, o in keys)
    assert any(s.endswith("garut") and o == "jawa-barat" for s, o in keys)
    assert not any("bogor" in s or "bekasi" in s for s, o in keys)


def test_an_embassy_at_a_city_is_located_there():
    rels = _relations("Jakarta - Kedutaan Besar Republik Indonesia (KBRI) di Canberra mendampingi nelayan "
                      "itu pada Senin (3/3/2025).")
    assert any(p == "locatedIn" and o == "canberra" for _s, p, o in rels)



def test_a_state_is_no_member_of_its_own_parliament():
    rels = _relations("Jakarta - Pemilu memilih anggota DPR, anggota DPD, dan presiden pada hari yang sama, "
                      "kata seorang anggota DPR RI pada Senin (3/3/2025).")
    assert not any(p == "memberOf" for _s, p, _o in rels)
