"""Event cues added for recall: suspensions, fines and bans, appeals, objection notes, import
duties, releases, contacts, patrols, search operations and threatened acts; on sentences
written for these tests."""
from __future__ import annotations

import pytest

from kg.pipeline import process_text


def events(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(e.agent, e.code[:2], e.target, e.modality) for e in process_text("Jakarta - " + text).events}


def test_suspending_an_activity_aims_at_its_owner():
    found = events("Kementerian ESDM menghentikan sementara kegiatan pengeboran PT Pertamina di Blok Rokan.")
    assert ("kementerian-esdm", "17", "pertamina", "asserted") in found


def test_suspending_a_placement_aims_at_where_it_goes():
    found = events("Kementerian Ketenagakerjaan menghentikan sementara pengiriman pekerja ke Arab Saudi.")
    assert any(r == "17" and t == "saudi-arabia" for _, r, t, _ in found)


def test_suspending_a_search_or_a_service_is_no_sanction():
    assert not events("Basarnas menghentikan sementara pencarian karena cuaca buruk.")
    assert not events("PT KAI menghentikan sementara perjalanan kereta api.")
    assert not any(r == "17" for _, r, _, _ in events("Polda Metro Jaya menangguhkan penahanan Budi Santoso."))


def test_fines_and_bans_are_sanctions_on_the_recipient():
    assert ("kppu", "17", "garuda-indonesia", "asserted") in events(
        "Komisi Pengawas Persaingan Usaha menjatuhkan denda Rp 5 miliar kepada PT Garuda Indonesia.")
    assert ("pssi", "17", "persib", "asserted") in events(
        "PSSI menjatuhkan larangan registrasi pemain kepada Persib Bandung.")


def test_an_appeal_is_a_formal_objection_and_negation_holds():
    found = events("Kejaksaan Negeri Bogor langsung mengajukan banding atas putusan tersebut.")
    assert any(a == "kejaksaan-negeri-bogor" and r == "11" and m == "asserted" for a, r, _, m in found)
    found = events("Kejaksaan Negeri Bogor tidak akan mengajukan banding atas putusan tersebut.")
    assert not any(r == "11" and m == "asserted" for _, r, _, m in found)


def test_note_of_objection_goes_to_its_recipient():
    assert any(r == "11" and t == "kemenlu" for _, r, t, _ in events(
        "Duta Besar Malaysia menyerahkan nota keberatan kepada Kementerian Luar Negeri."))


def test_import_duty_aims_at_the_country_of_origin():
    assert ("united-states", "16", "indonesia", "asserted") in events(
        "Pemerintah Amerika Serikat mengenakan bea masuk antidumping atas produk baja asal Indonesia.")


def test_releasing_those_arrested():
    found = events("Polres Bogor mengamankan tiga mahasiswa, tetapi melepaskan mereka pada malam harinya.")
    assert ("polres-bogor", "08", None, "asserted") in found


def test_contacting_needs_a_named_actor():
    assert ("retno-marsudi", "04", "yoko-kamikawa", "asserted") in events(
        "Menteri Luar Negeri Retno Marsudi menghubungi Menteri Luar Negeri Jepang Yoko Kamikawa.")
    assert not any(r == "04" for _, r, _, _ in events("Polda Metro Jaya menghubungi nomor darurat itu."))


def test_added_patrols_and_search_operations():
    assert ("polri", "15", None, "asserted") in events("Polri menambah patroli di perbatasan.")
    assert any(a == "basarnas" and r == "07" for a, r, _, _ in events(
        "Basarnas menggelar operasi pencarian di perairan Selat Sunda."))


def test_retaking_a_title_is_no_seizure():
    assert not events("Persib Bandung merebut kembali puncak klasemen Liga 1.")


def test_threatened_act_is_only_hypothetical():
    found = events("Presiden Amerika Serikat Donald Trump mengancam, AS akan menyerang Iran.")
    assert ("united-states", "19", "iran", "hypothetical") in found
    assert not any(r == "19" and m in ("asserted", "planned") for _, r, _, m in found)
    found = events("Rusia mengancam Ukraina dan menyerang Kyiv.")
    assert any(r == "19" and m == "asserted" for _, r, _, m in found)


def test_legal_assistance_and_export_cuts():
    assert any(r == "07" and t == "budi-santoso" for _, r, t, _ in events(
        "Kedutaan Besar Republik Indonesia (KBRI) di Kuala Lumpur memberikan pendampingan hukum kepada Budi Santoso."))
    assert ("china", "16", "united-states", "asserted") in events(
        "Pemerintah China menghentikan ekspor logam tanah jarang ke Amerika Serikat.")


def test_agreement_signed_with_a_named_party_goes_both_ways():
    found = events("Indonesia menandatangani perjanjian dagang dengan Jepang.")
    assert {("indonesia", "japan"), ("japan", "indonesia")} <= {(a, t) for a, r, t, _ in found if r == "05"}
    found = events("Indonesia bertemu dengan Jepang di Tokyo.")
    assert ("japan", "04", "indonesia", "asserted") not in found


def test_vessels_intercepted_driven_away_and_shadowed():
    assert ("bakamla", "17", None, "asserted") in events(
        "Kapal ikan itu dicegat oleh kapal patroli Bakamla di Laut Natuna.")
    assert ("china", "15", "bakamla", "asserted") in events(
        "Kapal penjaga pantai China membayangi kapal patroli Bakamla.")
    assert not events("Kekhawatiran resesi membayangi pasar saham.")


def test_export_halt_needs_a_named_country():
    assert not events("Indonesia sempat menghentikan ekspor minyak sawit.")


def test_import_halts_and_bans_aim_at_the_exporting_state():
    assert ("japan", "16", "brazil", "asserted") in events(
        "Jepang menangguhkan impor daging sapi dari Brasil selama sebulan.")
    assert ("south-korea", "16", "japan", "asserted") in events("Korea Selatan melarang impor ikan dari Jepang.")
    assert not events("Pemerintah Indonesia menghentikan impor garam mulai tahun depan.")


def test_a_quantifier_or_adverb_inside_a_cue_is_read_over():
    assert ("japan", "16", "brazil", "asserted") in events(
        "Jepang menangguhkan seluruh impor daging sapi dari Brasil.")
    assert ("china", "16", "united-states", "asserted") in events(
        "Pemerintah China menghentikan sementara ekspor logam tanah jarang ke Amerika Serikat.")
    assert ("china", "16", "lockheed-martin", "asserted") in events(
        "China menjatuhkan sejumlah sanksi terhadap Lockheed Martin.")


def test_banning_an_owned_thing_aims_at_its_owner():
    assert ("pemerintah-kabupaten-lombok-utara", "17", "pt-pelni", "asserted") in events(
        "Pemerintah Kabupaten Lombok Utara melarang kapal pesiar MV Ocean milik PT Pelni berlabuh di Gili Trawangan.")
    assert ("israel", "17", "unrwa", "asserted") in events("Israel melarang UNRWA beroperasi di Yerusalem Timur.")
    assert not events("Pemerintah melarang penggunaan kantong plastik.")


@pytest.mark.parametrize("text, expected", [
    # "Terang" opens like a ter- verb but is a word of the programme's name
    ("Komisi Siaran Nusantara menjatuhkan sanksi teguran terhadap program Malam Terang milik "
     "PT Cahaya Media Televisi.", ("komisi-siaran-nusantara", "16", "pt-cahaya-media-televisi", "asserted")),
    ("Kementerian Komunikasi dan Digital (Komdigi) memblokir akses ke aplikasi gim milik PT Arena Main "
     "Digital.", ("komdigi", "17", "pt-arena-main-digital", "asserted")),
    ("Rumah produksi PT Layar Sinema Nusa memutus kontrak Doni Pratama setelah ia ditangkap.",
     ("pt-layar-sinema-nusa", "16", "doni-pratama", "asserted")),
    # a manner phrase between the verb and its object
    ("Universitas Kenari Timur memberhentikan dengan tidak hormat Hasan Pardede, dosen Fakultas Hukum.",
     ("universitas-kenari-timur", "17", "hasan-pardede", "asserted")),
    ("PT Baja Raya memecat secara sepihak Agus Salim pada Senin.", ("pt-baja-raya", "17", "agus-salim", "asserted")),
])
def test_an_act_on_a_named_or_reached_thing_aims_at_its_owner_or_party(text, expected):
    assert expected in events(text)


def test_blocking_access_to_an_unowned_way_aims_at_no_one():
    assert not any(r == "17" and t for _, r, t, _ in events(
        "Kementerian Komunikasi dan Digital (Komdigi) memblokir akses ke jalan desa."))


def test_sanctions_package_weather_modification_and_doctors_sent():
    assert ("uni-eropa", "16", "russia", "asserted") in events(
        "Uni Eropa menjatuhkan paket sanksi baru terhadap Rusia.")
    assert ("bnpb", "07", None, "asserted") in events("BNPB menggelar operasi modifikasi cuaca di Riau.")
    assert any(a == "kemenkes" and r == "07" for a, r, _, _ in events(
        "Kementerian Kesehatan mengirim 12 dokter ke RSUD Nunukan."))
    assert not any(r == "07" for _, r, _, _ in events("Kementerian Kesehatan mengirim surat ke RSUD Nunukan."))


def test_objection_lodged():
    assert any(r == "11" for _, r, _, _ in events(
        "Pemerintah Thailand menyampaikan keberatan kepada Pemerintah Indonesia."))


def test_threat_governs_only_the_act_it_announces():
    found = events("Serikat Pekerja Nasional (SPN) juga mengancam memperluas mogok ke pabrik lainnya.")
    assert any(r == "14" and m == "hypothetical" for _, r, _, m in found)
    found = events("Budi Santoso yang mengancam Andi Wijaya dengan pisau ditangkap oleh Polda Metro Jaya.")
    assert any(a == "polda-metro-jaya" and r == "17" and m == "asserted" for a, r, _, m in found)


def test_ceasefire_extended_by_two_parties_goes_both_ways():
    found = events("Pemerintah Yaman dan kelompok Houthi sepakat memperpanjang gencatan senjata.")
    assert {("yemen", "houthi"), ("houthi", "yemen")} <= {(a, t) for a, r, t, _ in found if r == "08"}


def test_summoning_a_high_commissioner_is_an_official_complaint():
    assert ("kementerian-luar-negeri-kenya", "11", "uganda", "asserted") in events(
        "Kementerian Luar Negeri Kenya memanggil Komisaris Tinggi Uganda di Nairobi.")
    assert ("kementerian-luar-negeri-india", "11", "china", "asserted") in events(
        "Kementerian Luar Negeri India memanggil Konsul Jenderal China di Mumbai.")
    assert any(r == "11" and t == "kedutaan-besar-filipina" for _, r, t, _ in events(
        "Kementerian Pertahanan Vietnam memanggil atase pertahanan Kedutaan Besar Filipina."))


def test_a_states_authorities_act_for_it():
    assert ("singapore", "02", "indonesia", "asserted") in events(
        "Otoritas Singapura meminta Indonesia menyerahkan hasil uji laboratorium.")


def test_citizens_of_a_state_in_an_aside_do_not_make_it_act():
    assert not any(a == "indonesia" for a, _, _, _ in events(
        "Perompak menyandera 12 awak kapal, termasuk dua warga negara Indonesia, sebelum membebaskan mereka."))


def test_an_offer_names_its_beneficiary_after_bagi():
    found = events("Jepang menawarkan pelatihan dan dua kapal patroli bagi Bakamla.")
    assert any(a == "japan" and r == "03" and t == "bakamla" for a, r, t, _ in found), found


def test_halting_a_firms_activities_is_a_sanction_only_with_a_target():
    """'menghentikan kegiatan di pabrik PT X' sanctions the firm; an actor halting its own
    activity ("menghentikan kegiatan car free day") is none."""
    found = {(e.agent, e.code, e.target) for e in process_text(
        "Dinas Lingkungan Hidup Kota Bekasi menghentikan kegiatan produksi di pabrik PT Sinar Kimia Abadi. "
        "Pemerintah Kota Bandung menghentikan kegiatan car free day selama libur panjang.").events}
    assert ("dinas-lingkungan-hidup-kota-bekasi", "172", "pt-sinar-kimia-abadi") in found
    assert not {e for e in found if e[0] == "pemerintah-kota-bandung" and e[1] == "172"}


def test_handing_over_control_of_a_town_is_a_military_retreat():
    found = {(e.agent, e.code, e.target) for e in process_text(
        "Pasukan UNAMID menyerahkan kendali kota Kutum kepada Angkatan Bersenjata Sudan.").events}
    assert any(c == "0874" and t == "angkatan-bersenjata-sudan" for _, c, t in found), found
