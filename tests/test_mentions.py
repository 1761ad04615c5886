"""Mention detection and resolution on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.pipeline import process_text


def mentions(text: str) -> dict[str, tuple[str, str]]:
    doc = process_text(text)
    return {m.text: (m.type, m.key) for m in doc.mentions if m.source not in ("pronoun", "description")}


def entities(text: str) -> dict:
    return process_text(text).entities


def test_gazetteer_countries_cities_and_short_forms():
    found = mentions("Delegasi Rusia tiba di Moskow, sementara AS dan Tiongkok menunggu di Brussel.")
    assert found["Rusia"] == ("Country", "russia")
    assert found["Moskow"][0] == "City"
    assert found["AS"] == ("Country", "united-states")
    assert found["Tiongkok"][1] == "china"
    assert found["Brussel"][1] == "brussels"


def test_curated_actors_and_acronyms():
    ents = entities("Pakta Pertahanan Atlantik Utara menggelar rapat. NATO lalu memanggil utusan PBB.")
    nato = ents["nato"]
    assert nato.wikidata == "Q7184"
    assert {"Pakta Pertahanan Atlantik Utara", "NATO"} <= nato.forms


def test_title_and_name_give_a_person_with_position():
    doc = process_text("Menteri Dalam Negeri Tito Karnavian meninjau banjir di Semarang.")
    person = next(m for m in doc.mentions if m.type == "Person")
    assert person.text == "Tito Karnavian" and person.title == "Menteri Dalam Negeri"
    assert [(p.person, p.org) for p in doc.positions] == [(person.key, "kemendagri")]


def test_title_country_name_chain():
    doc = process_text("Presiden Prancis Emmanuel Macron menelepon Kanselir Jerman pekan lalu.")
    assert any(p.org == "france" and p.title == "Presiden" for p in doc.positions)


def test_lowercase_title_before_name():
    doc = process_text("Hal itu disampaikan juru bicara Kremlin Dmitry Peskov kepada wartawan.")
    peskov = [m for m in doc.mentions if m.text == "Dmitry Peskov"]
    assert peskov and peskov[0].type == "Person"


def test_apposition_gives_title_and_org():
    doc = process_text("Mykhailo Podolyak, penasihat presiden Ukraina, menolak tawaran itu.")
    assert any(m.text == "Mykhailo Podolyak" and m.type == "Person" for m in doc.mentions)
    assert any(p.org == "ukraine" for p in doc.positions)


def test_acronym_definition_links_expansion_and_acronym():
    doc = process_text("Lembaga Riset Pangan Nusantara (LRPN) merilis data. Menurut LRPN, harga beras naik.")
    keys = {m.text: m.key for m in doc.mentions}
    assert keys["Lembaga Riset Pangan Nusantara"] == keys["LRPN"]
    assert len([e for e in doc.entities.values() if "LRPN" in e.forms]) == 1


def test_acronym_expansion_found_by_initials():
    doc = process_text("Komisi IV Dewan Perwakilan Rakyat (DPR) memanggil menteri.")
    keys = {m.text: m.key for m in doc.mentions}
    assert keys["Dewan Perwakilan Rakyat"] == "dpr" and "Komisi IV" in keys


def test_organisation_heads():
    found = mentions("Karyawan PT Sinar Laut Abadi dan mahasiswa Universitas Nusa Cendana berunjuk rasa "
                     "di depan kantor Dinas Tenaga Kerja Kabupaten Sikka.")
    assert found["PT Sinar Laut Abadi"][0] == "Company"
    assert found["Universitas Nusa Cendana"][0] == "EducationalInstitution"
    assert any(t.startswith("Dinas Tenaga Kerja") for t in found)


def test_land_office_short_head_opens_a_government_body():
    found = mentions("Serikat Tani Lembah Hijau meminta Kantah Sekar Wangi mengukur ulang batas lahan.")
    assert found["Kantah Sekar Wangi"][0] == "GovernmentBody"


def test_regional_office_before_a_body_defined_by_its_acronym_is_one_actor():
    """"Kantor Wilayah <body> (ACR) <province>": the body's regional office, not an office
    named "Kantor Wilayah" beside the body."""
    found = mentions("Kantor Wilayah Badan Pertanahan Nasional (BPN) Sulawesi Barat menolak "
                     "permohonan Koperasi Tani Makmur.")
    assert found["Kantor Wilayah Badan Pertanahan Nasional (BPN) Sulawesi Barat"][0] == "GovernmentBody"
    assert "Kantor Wilayah" not in found


def test_an_indonesian_body_defined_by_its_acronym_before_a_foreign_country_is_its_chapter_there():
    """"Ikatan Mahasiswa Indonesia (IMI) Jerman": the students' chapter in Germany, one actor; a
    foreign body's name before its own country keeps the country apart."""
    found = mentions("Ikatan Mahasiswa Indonesia (IMI) Jerman mendesak kementerian membuka kuota beasiswa.")
    assert found["Ikatan Mahasiswa Indonesia (IMI) Jerman"][0] == "Organization"
    assert "Jerman" not in found
    found = mentions("Otoritas Keselamatan Pangan (OKP) Jerman menarik produk itu.")
    assert found["Jerman"] == ("Country", "germany")


def test_a_digit_in_an_acronym_repeats_the_letter_before_it():
    """"P3K" spells P-P-P-K: the whole name it abbreviates is one actor, not two halves."""
    found = mentions("Perkumpulan Pedagang Pasar Kemuning (P3K) menolak rencana relokasi.")
    assert found["Perkumpulan Pedagang Pasar Kemuning"] == ("Organization", found["P3K"][1])


def test_a_province_defined_by_its_acronym_inside_a_body_name_stays_the_province():
    """"Dinas Kelautan Provinsi Nusa Tenggara Timur (NTT)": the service of the province is one
    actor and "NTT" the province; "Pemerintah Provinsi ... (NTB)" is the government, not NTB."""
    found = mentions("Dinas Kelautan Provinsi Nusa Tenggara Timur (NTT) menyita perahu. "
                     "Pemerintah Provinsi Nusa Tenggara Barat (NTB) menolak usul itu.")
    assert found["Dinas Kelautan Provinsi Nusa Tenggara Timur"][0] == "GovernmentBody"
    assert found["NTT"] == ("Region", "nusa-tenggara-timur")
    assert found["Pemerintah Provinsi Nusa Tenggara Barat"][0] == "GovernmentBody"
    assert found["NTB"] == ("Region", "nusa-tenggara-barat")


def test_a_unit_defined_by_its_acronym_before_its_bodys_acronym_is_one_actor():
    """"Komite Etik (KE) PSSI", "Dewan Mahasiswa (DEMA) UNSW" with "(UNSW)" defined before: the
    body's unit, one actor; a firm's plan "(RUPTL) PT X" leaves the firm alone."""
    found = mentions("Universitas Nusa Sekar Wangi (UNSW) membuka pendaftaran. Dewan Mahasiswa (DEMA) "
                     "UNSW menolak. Komite Etik (KE) PSSI memanggil pelatih itu. Rencana Pengadaan Barang "
                     "(RPB) PT Cakra Logam disetujui.")
    assert "Dewan Mahasiswa (DEMA) UNSW" in found and "DEMA" not in found
    assert found["Komite Etik (KE) PSSI"][0] == "Organization"
    assert found["PT Cakra Logam"][0] == "Company"


def test_a_name_with_its_initials_in_brackets_after_a_title_is_a_person():
    """"Direktur PT X, Nama Nama (NN)": crime news gives a suspect's initials; the name is a person
    and the initials later are that person, not an organisation's acronym."""
    found = mentions("KPK menetapkan Direktur Utama PT Sinar Cakra, Rudi Hartono (RH), sebagai tersangka. "
                     "RH lalu ditahan.")
    assert found["Rudi Hartono"] == ("Person", "rudi-hartono")
    assert found["RH"] == ("Person", "rudi-hartono")


def test_a_suspects_initials_after_the_full_name_are_that_person():
    """"Tersangka RH" after "Rudi Hartono" is named in full: the initials are his, unless two
    people of the article share them."""
    found = mentions("Polisi menahan Rudi Hartono. Tersangka RH dijerat pasal penipuan.")
    assert found["RH"] == ("Person", "rudi-hartono")
    found = mentions("Polisi menahan Rudi Hartono dan Rina Handayani. Tersangka RH dijerat pasal penipuan.")
    assert found["RH"] == ("Person", "rh")
    found = mentions("Juru bicara KPK Rudi Hartono mengatakan tersangka berinisial RH ditahan.")
    assert found["RH"] == ("Person", "rh")


def test_a_cooperative_named_by_ordinary_words_after_its_type_and_acronym_is_one_firm():
    """"Koperasi Simpan Pinjam (KSP) Sejahtera Bersama": the capitalised words after the bracket
    are the firm's name although each is an ordinary word; not a person named before."""
    found = mentions("Polisi memeriksa Koperasi Simpan Pinjam (KSP) Dana Makmur Sentosa yang bermasalah.")
    assert found["Koperasi Simpan Pinjam (KSP) Dana Makmur Sentosa"][0] == "Company"
    assert "Koperasi Simpan Pinjam" not in found
    found = mentions("Hendi Prio Santoso diperiksa. Ia mantan Direktur Utama PT Perusahaan Gas Negara (PGN) "
                     "Hendi Prio Santoso.")
    assert found["Hendi Prio Santoso"][0] == "Person"


def test_a_firm_the_tagger_reads_whole_after_a_title_is_one_firm_and_a_person_after_dan_is_apart():
    """'direktur CV Medika Bersih Lestari,': ordinary words of a firm's name, no person after it;
    'kepala SMP Negeri 4 Sidoarjo dan Suhartini': the person after "dan" is no part of the school."""
    found = mentions("Penyidik akan memeriksa direktur CV Medika Bersih Lestari, perusahaan pengangkut limbah.")
    assert found["CV Medika Bersih Lestari"][0] == "Company"
    found = mentions("Dinas Pendidikan Kabupaten Sidoarjo memanggil kepala SMP Negeri 4 Sidoarjo dan Suhartini "
                     "untuk dimintai klarifikasi.")
    assert found["SMP Negeri 4 Sidoarjo"][0] == "EducationalInstitution"
    assert found["Suhartini"][0] == "Person"
    found = mentions("Direktur Utama PT Sinar Cakra Budi Santoso membantah tuduhan itu.")
    assert found["Budi Santoso"][0] == "Person"


def test_a_body_named_before_ends_a_name_at_dan():
    """'meminta Pemkab Danau Sembilan dan Gapensi': Gapensi, defined before, is a second actor."""
    found = mentions("Gabungan Pelaksana Konstruksi Nasional Indonesia (Gapensi) memprotes. Gubernur meminta "
                     "Pemkab Danau Sembilan dan Gapensi menahan diri.")
    assert "Pemkab Danau Sembilan" in found and "Pemkab Danau Sembilan dan Gapensi" not in found


def test_bare_kongo_is_the_dr_congo_and_the_republic_is_named_in_full():
    found = mentions("Pasukan Kongo dan tentara Republik Kongo berpatroli bersama.")
    assert found["Kongo"] == ("Country", "congo-kinshasa")
    assert found["Republik Kongo"] == ("Country", "congo-brazzaville")


def test_short_name_joins_full_name_and_pronoun_is_not_a_label():
    doc = process_text("Gubernur Nusa Tenggara Timur Benny Lakaseru meresmikan jembatan. "
                       "Lakaseru mengatakan proyek itu selesai. Ia lalu kembali ke Kupang.")
    keys = {m.key for m in doc.mentions if m.type == "Person"}
    assert len(keys) == 1
    ent = doc.entities[keys.pop()]
    assert ent.label == "Benny Lakaseru" and "Ia" not in ent.forms


def test_description_resolves_to_organisation():
    doc = process_text("Sekjen PBB berbicara di New York. Organisasi itu mengecam serangan tersebut.")
    desc = [m for m in doc.mentions if m.source == "description"]
    assert desc and desc[0].key == doc.mentions[0].key


@pytest.mark.parametrize("text", [
    "Kamis lalu harga cabai naik tajam.",
    "Jumat (7/3/2025) hujan turun di Bogor.",
    "Pada Januari dan Februari penjualan turun.",
    "Sementara itu, Selasa depan rapat digelar.",
])
def test_weekdays_months_and_sentence_initial_words_are_not_actors(text):
    found = mentions(text)
    assert not any(t in found for t in ("Kamis", "Jumat", "Januari", "Februari", "Sementara", "Selasa"))


def test_headline_case_does_not_invent_people():
    doc = process_text("Harga Beras Naik Lagi Jelang Ramadan Tiba\n\nHarga beras di Bogor naik.")
    assert not [m for m in doc.mentions if m.type == "Person"]


def test_names_inside_quotes_are_found():
    doc = process_text('"Saya sudah bicara dengan Joko Widodo soal itu," kata Ratna.')
    assert any(m.key == "joko-widodo" for m in doc.mentions)


def test_city_inside_a_person_name_is_a_name():
    found = mentions("Penyidik Asep Guntur Rahayu memeriksa saksi.")
    assert "Guntur" not in found


def test_body_of_a_place_is_one_actor_with_its_acronym():
    doc = process_text("Pemerintah Provinsi (Pemprov) Jawa Tengah menolak tuntutan itu. "
                       "Pemprov lalu memanggil perwakilan buruh.")
    keys = {m.key for m in doc.mentions if m.text.startswith("Pemprov") or m.text.startswith("Pemerintah")}
    assert len(keys) == 1
    ent = doc.entities[keys.pop()]
    assert ent.label == "Pemerintah Provinsi Jawa Tengah" and "Pemprov" in ent.forms


def test_foreign_ministry_is_not_the_indonesian_one():
    doc = process_text("Juru bicara Kementerian Perdagangan China, Liu Jianhua, menolak tuduhan itu.")
    assert not any(m.key == "kemendag" for m in doc.mentions)
    assert doc.positions and doc.positions[0].org != "china"


def test_bare_acronym_and_initials():
    doc = process_text("PSSI memanggil pelatih. Polisi menangkap tersangka RMP di Bekasi.")
    kinds = {m.text: m.type for m in doc.mentions}
    assert kinds["PSSI"].endswith("Organization") or kinds["PSSI"] == "Organization"
    assert kinds["RMP"] == "Person"


def test_regional_title_separates_jurisdiction_and_name():
    doc = process_text("Bupati Lembah Hijau, Kalimantan Barat, Syamsul Bahri ditangkap. "
                       "Wakil Bupati Lembah Hijau Dewi Lestari menggantikannya.")
    people = {m.text for m in doc.mentions if m.type == "Person" and m.source == "pattern"}
    assert {"Syamsul Bahri", "Dewi Lestari"} <= people
    assert {p.org for p in doc.positions} == {"lembah-hijau"}


def test_compass_words_belong_to_the_jurisdiction_and_national_titles_default_to_indonesia():
    doc = process_text("Bupati Kotawaringin Timur Hasbi Maulana menolak. Presiden Bagas Prasetyo melantik menteri.")
    orgs = {p.person: p.org for p in doc.positions}
    assert orgs["hasbi-maulana"] == "kotawaringin-timur" and orgs["bagas-prasetyo"] == "indonesia"


def test_branch_of_a_known_organisation_and_two_bodies_joined_by_dan():
    doc = process_text("Wahana Lingkungan Hidup Indonesia (Walhi) Sumatera Barat mendesak Pemerintah Provinsi "
                       "Sumatera Barat dan Kementerian ESDM mengaudit tambang.")
    labels = {doc.entities[m.key].label for m in doc.mentions if m.key in doc.entities}
    assert "Walhi Sumatera Barat" in labels and "Pemerintah Provinsi Sumatera Barat" in labels
    assert not any("Barat dan Kementerian" in label for label in labels)


def test_organisation_then_name_after_a_title_and_party_centre():
    doc = process_text("Presiden Direktur Kirishima Metals, Masato Takahara, menyebut pihaknya siap. "
                       "Partai Bintang Persatuan (PBP) mengkritik. Ketua Dewan Pimpinan Pusat PBP, "
                       "Gregorius Tambunan, menilai mahkamah keliru.")
    orgs = {p.person: p.org for p in doc.positions}
    assert orgs["masato-takahara"] == "kirishima-metals"
    assert orgs["gregorius-tambunan"] == "partai-bintang-persatuan"


def test_bare_first_name_after_kata_joins_the_full_name():
    doc = process_text('Deputi BPS Ratna Kusumawati menyampaikan hal itu. "Beras naik," kata Ratna.')
    assert {m.key for m in doc.mentions if m.text.startswith("Ratna")} == {"ratna-kusumawati"}


def test_roman_numerals_and_lone_abbreviations_are_not_people():
    doc = process_text("Ketua Komisi III DPR hadir. Aturan UUD dan CPO dibahas bersama pelaku UMKM.")
    assert not [m for m in doc.mentions if m.type == "Person"]
    assert not [m for m in doc.mentions if m.text in ("III", "UUD", "CPO", "UMKM")]


def test_regional_title_then_comma_name_and_title_without_a_name():
    doc = process_text("Warga Kabupaten Sungai Jernih Utara menggugat izin tambang. Gugatan terhadap Bupati "
                       "Sungai Jernih Utara selaku penerbit izin dikabulkan. Bupati Sungai Jernih Utara, "
                       "Rahmat Siregar, menghormati putusan itu.")
    assert {(p.person, p.org, p.title) for p in doc.positions} == {
        ("rahmat-siregar", "sungai-jernih-utara", "Bupati")}
    assert not [m for m in doc.mentions if m.type == "Person" and "Sungai" in m.text]


def test_agency_in_a_dateline_is_not_the_city_acronym():
    found = mentions("Palangka Raya (ANTARA) - Polisi menutup jalan di Palangka Raya, Jumat.")
    assert found["ANTARA"][1] == "antara" and found["Palangka Raya"][0] == "City"


def test_bench_of_judges_stands_for_its_court():
    doc = process_text("Pengadilan Negeri Sukamaju memvonis Joko Santoso dua tahun penjara. "
                       "Rekan Joko menilai putusan itu adil. Warga memuji keberanian majelis hakim.")
    bench = next(m for m in doc.mentions if m.text == "majelis")
    assert bench.key == "pengadilan-negeri-sukamaju"


def test_institution_nouns_stand_for_the_body_the_article_named():
    doc = process_text("Polres Tanjung Barat menangkap dua pengedar sabu. Polisi menyita 20 gram sabu. "
                       "Kuasa hukum tersangka menuding penyidik melanggar prosedur.")
    keys = {m.text: m.key for m in doc.mentions if m.source == "description"}
    assert keys == {"Polisi": "polres-tanjung-barat", "penyidik": "polres-tanjung-barat"}
    doc = process_text("Penyidik KPK memeriksa saksi.")
    assert not [m for m in doc.mentions if m.source == "description"]


def test_party_board_title_names_the_party_and_a_lone_region_after_a_regional_title():
    doc = process_text("Partai Suara Tani (PST) mengusung Dewi Lestari dalam pemilihan Bupati Sukaraja. "
                       "Ketua DPW PST Jawa Tengah Budi Santoso menandatangani surat itu. "
                       "Sekretaris DPC PST Sukaraja Arif Wibowo hadir.")
    assert {(p.person, p.org) for p in doc.positions} == {("budi-santoso", "partai-suara-tani"),
                                                          ("arif-wibowo", "partai-suara-tani")}
    assert "DPW" not in mentions("Ketua DPW PST Jawa Tengah Budi Santoso hadir.")


def test_branch_titles_ranks_and_faction_leaders():
    doc = process_text("Wahana Lingkungan Hidup Indonesia (Walhi) Jambi menggugat perusahaan itu. "
                       "\"Kami akan terus melawan,\" kata Direktur Walhi Jambi Rudi Hartono.")
    assert {(p.person, p.org) for p in doc.positions} == {("rudi-hartono", "walhi-jambi")}
    doc = process_text("Komandan Satuan Tugas Maritim Kolonel Laut (P) Budi Wirawan memimpin patroli. "
                       "Ketua Kelompok Fraksi Partai Suara Tani (PST) di Komisi IV, Sari Dewi, menolak.")
    assert {(p.person, p.title) for p in doc.positions} == {("budi-wirawan", "Komandan"),
                                                            ("sari-dewi", "Ketua Kelompok Fraksi")}
    doc = process_text("Direktur LBH Medan Fajar Nugraha mengecam polisi.")
    assert [p.person for p in doc.positions] == ["fajar-nugraha"]


def test_lowercase_alias_and_acronym_definition_after_a_coordinated_actor():
    doc = process_text("Juru bicara junta militer Myanmar, Mayor Jenderal Kyaw Lin Htet, membantah. "
                       "Junta militer Myanmar dan Tentara Kemerdekaan Kachin (KIA) sepakat berunding.")
    assert {(p.person, p.org) for p in doc.positions} == {("kyaw-lin-htet", "tatmadaw")}
    keys = {m.text: m.key for m in doc.mentions}
    assert keys["KIA"] == keys["Tentara Kemerdekaan Kachin"] != "tatmadaw"


def test_commission_numerals_bench_titles_and_the_direct_unit():
    doc = process_text("Anggota Komisi XI Dewan Perwakilan Rakyat (DPR) Yohanes Sitompul menilai OJK terlambat.")
    assert "xi-jinping" not in {m.key for m in doc.mentions}
    assert {(p.person, p.org) for p in doc.positions} == {("yohanes-sitompul", "komisi-xi"), ("yohanes-sitompul", "dpr")}
    doc = process_text("Pengadilan Negeri Sukamaju memvonis Joko Santoso. Pengadilan Negeri Sukamaju juga "
                       "menyita asetnya. Ketua Majelis Hakim Yuliana Siregar mengatakan terdakwa bersalah.")
    assert {(p.person, p.org) for p in doc.positions} == {("yuliana-siregar", "pengadilan-negeri-sukamaju")}


def test_title_of_a_national_body_then_a_region_names_its_branch():
    doc = process_text("Pemilihan ulang digelar di Kabupaten Lembah Hijau. "
                       "Ketua KPU Lembah Hijau, Mulyadi Harahap, mengatakan pendaftaran dibuka.")
    assert {(p.person, p.org) for p in doc.positions} == {("mulyadi-harahap", "kpu-lembah-hijau")}
    assert doc.entities["kpu-lembah-hijau"].label == "KPU Lembah Hijau"
    doc = process_text("Ketua KPU Mochammad Afifuddin hadir.")
    assert {(p.person, p.org) for p in doc.positions} == {("mochammad-afifuddin", "kpu")}


def test_title_of_a_body_then_a_region_with_its_acronym_does_not_crash():
    # the region and its acronym were taken before the branch rule ran: it used to add an
    # empty mention (end before start) and the document pass failed on it
    doc = process_text("Warga melapor kepada Ketua KPU Kabupaten Tanah Hijau (Tahi) Budi Hartono kemarin.")
    assert all(m.end > m.start and m.text for m in doc.mentions)
    assert "budi-hartono" in doc.entities


def test_titles_without_a_name_and_a_city_before_the_regents_name():
    assert not [m for m in process_text("Ketua Bawaslu Manggarai mengatakan pengawasan diperketat.").mentions
                if m.type == "Person"]
    assert not process_text("Kepala Sekolah menolak tuduhan itu.").positions
    doc = process_text("Wakil Bupati Karawang Maslani hadir.")
    assert {(p.person, p.org) for p in doc.positions} == {("maslani", "karawang")}
    doc = process_text("Ketua PW LPNU Jatim Wahyu A Priambodo hadir.")
    assert {(p.person, p.org) for p in doc.positions} == {("wahyu-a-priambodo", "lpnu")}


def test_a_title_in_a_unit_is_held_in_the_parent_body_and_associations_are_organisations():
    doc = process_text("Kepala Seksi Penerangan Hukum Kejati Sumut Yosua Sembiring mengatakan jaksa siap.")
    assert {(p.person, p.org) for p in doc.positions} == {("yosua-sembiring", "kejati-sumut")}
    doc = process_text("Kepala Pusat Penerangan Hukum Kejagung, Rudi Santoso, mengatakan jaksa siap.")
    assert {(p.person, p.org) for p in doc.positions} == {("rudi-santoso", "kejagung")}
    doc = process_text("Ketua Paguyuban Korban Investasi Medan, Lestari Simanjuntak, berharap uang kembali.")
    assert {(p.person, p.org) for p in doc.positions} == {("lestari-simanjuntak", "paguyuban-korban-investasi-medan")}


def test_long_titles_mayor_names_and_companies_in_appositions():
    doc = process_text("Rapat kerja digelar dengan Menteri Pendidikan Tinggi, Sains, dan Teknologi Haris Wicaksana.")
    assert {(p.person, p.org) for p in doc.positions} == {("haris-wicaksana", "kemendiktisaintek")}
    assert {m.text for m in doc.mentions if m.type == "Person"} == {"Haris Wicaksana"}
    doc = process_text("Pedagang Kota Makassar berunjuk rasa. Wali Kota Makassar Andi Fadhil Rasyid menemui mereka.")
    assert {(p.person, p.org) for p in doc.positions} == {("andi-fadhil-rasyid", "makassar")}
    doc = process_text("Maskapai Nusa Air berhenti terbang. Hendro Gunawan, Direktur Utama Nusa Air, meminta maaf.")
    assert [m.text for m in doc.mentions if m.type == "Person"] == ["Hendro Gunawan"]


def test_unit_acronym_definitions_and_company_appositions():
    doc = process_text("Kepala Seksi Penerangan Hukum Kejaksaan Tinggi (Kejati) Sumut Yosua Sembiring mengatakan "
                       "jaksa siap. Pusat Kajian Antikorupsi Universitas Gadjah Mada (Pukat UGM) mengkritik vonis.")
    assert {(p.person, p.org) for p in doc.positions} == {("yosua-sembiring", "kejaksaan-tinggi-sumut")}
    assert {m.key for m in doc.mentions if m.text == "Pukat UGM"} != {"ugm"}
    doc = process_text("Maskapai Nusa Air berhenti terbang. Hendro Gunawan, Direktur Utama Nusa Air, membantah "
                       "maskapainya bangkrut.")
    assert {(p.person, p.org) for p in doc.positions} == {("hendro-gunawan", "nusa-air")}


def test_regional_bodies_with_acronyms_and_regional_heads():
    doc = process_text("Penyidik Kejaksaan Negeri (Kejari) Sidoarjo menahan dua tersangka. Kejari Sidoarjo juga "
                       "menyita aset mereka.")
    assert {m.key for m in doc.mentions if "Kejari" in m.text or "Kejaksaan" in m.text} == {"kejaksaan-negeri-sidoarjo"}
    doc = process_text("Pemerintah Kabupaten (Pemkab) Lembah Hijau menolak. Bupati Lembah Hijau Syamsul Bahri "
                       "membantah. Sekretaris Daerah Lembah Hijau, Hartono Widjaja, hadir.")
    held = {(p.person, p.org) for p in doc.positions}          # the regent's office is the regency's;
    assert {o for person, o in held if person == "syamsul-bahri"} == {   # he also leads its government
        "lembah-hijau", "pemerintah-kabupaten-lembah-hijau"}


def test_party_and_association_boards_are_no_actors_and_regional_parliaments():
    doc = process_text("Dewan Pimpinan Wilayah (DPW) Partai Gerakan Rakyat (PGR) Jawa Timur melapor ke DKPP. "
                       "Ketua DPW PGR Jawa Timur Ridwan Amin hadir. Ketua DPRD Jawa Timur Zulkifli Hamid menolak.")
    orgs = {p.person: p.org for p in doc.positions}
    assert orgs["zulkifli-hamid"] == "dprd-jawa-timur"
    assert "dewan-pimpinan-wilayah" not in doc.entities
    doc = process_text("Pengurus Besar Ikatan Dokter Indonesia (PB IDI) menilai keputusan itu tergesa-gesa.")
    assert {m.key for m in doc.mentions} == {"idi"}


def test_numbers_inside_school_names():
    doc = process_text("Kepala SMA Negeri 17 Yogyakarta, Suryo Wibisono, memberhentikan guru honorer Rini Astuti.")
    assert {(p.person, p.org) for p in doc.positions} == {("suryo-wibisono", "sma-negeri-17-yogyakarta")}
    assert not [m for m in process_text("Sebanyak 17 Desember 2025 menjadi batas.").mentions]


def test_a_company_description_accepts_an_organisation_of_unknown_kind():
    doc = process_text("Warga memblokade jalan tambang Tirta Bumi Perkasa (TBP). Warga menuduh perusahaan itu "
                       "mencemari sungai.")
    assert next(m for m in doc.mentions if m.text == "Tirta Bumi Perkasa").type == "Organization"
    desc = [m for m in doc.mentions if m.text.startswith("perusahaan")]
    assert desc and desc[0].key == "tirta-bumi-perkasa"


def test_company_acronym_that_is_also_a_common_abbreviation():
    """'(NIK)' is an identity number, unless the company before it spells it."""
    doc = process_text("Polisi memeriksa PT Nusa Indah Kencana (NIK) di Surabaya. Direktur Utama NIK, "
                       "Bambang Susilo, membantah tuduhan itu. Warga wajib membawa KTP dan NIK.")
    keys = {m.text: m.key for m in doc.mentions}
    assert keys["PT Nusa Indah Kencana"] == keys["NIK"]
    assert {m.key for m in doc.mentions if m.text == "NIK"} == {keys["PT Nusa Indah Kencana"]}
    bambang = next(p for p in doc.positions if p.person == "bambang-susilo")
    assert bambang.org == keys["NIK"]
    assert not any(m.type == "Person" and m.text == "NIK" for m in doc.mentions)
    plain = process_text("Warga wajib membawa KTP dan Nomor Induk Kependudukan (NIK) saat mendaftar.")
    assert not any(m.text == "NIK" for m in plain.mentions)


def test_board_title_before_an_acronym_defined_across_a_place_name_and_dan():
    """'Sekretaris Jenderal Pengurus Besar Ikatan Silat Kendari dan Buton (PB ISKB), Nama': the board's
    words belong to the title, the association is the org (its initials cross the city "Kendari"
    and "dan"), and "Pengurus" is no person's name."""
    doc = process_text("KPK memeriksa Sekretaris Jenderal Pengurus Besar Ikatan Silat Kendari dan Buton "
                       "(PB ISKB), Yusuf Halim, pada Senin.")
    keys = {m.text: m.key for m in doc.mentions}
    assert "Ikatan Silat Kendari dan Buton" in keys and keys["PB ISKB"] == keys["Ikatan Silat Kendari dan Buton"]
    assert not any(m.type == "Person" and m.text.startswith("Pengurus") for m in doc.mentions)
    assert any(p.person == "yusuf-halim" and p.org == keys["PB ISKB"] for p in doc.positions)


def test_company_named_after_its_acronym():
    """'Perusahaan Umum Daerah Air Minum (Perumda AM) Tirta Kencana': the company is Tirta Kencana,
    as later sentences call it; those later mentions are the company, not a person or a place."""
    doc = process_text("Warga berunjuk rasa di depan kantor Perusahaan Umum Daerah Air Minum (Perumda AM) "
                       "Tirta Kencana di Kabupaten Lebak. Direktur Utama Tirta Kencana, Joko Susanto, "
                       "membantah tudingan warga. Tirta Kencana akan menurunkan tarif.")
    company = {m.key for m in doc.mentions if "Tirta Kencana" in m.text}
    assert len(company) == 1 and doc.entities[company.pop()].type == "Company"
    assert not any(m.type == "Person" and "Tirta" in m.text for m in doc.mentions)


def test_named_group_after_a_lowercase_group_noun():
    doc = process_text("Server Kementerian Kesehatan diserang oleh kelompok peretas NusaCrypt pada Senin. "
                       "NusaCrypt meminta tebusan.")
    group = [m for m in doc.mentions if m.key == "nusacrypt"]
    assert len(group) == 2 and doc.entities["nusacrypt"].label == "NusaCrypt"
    assert any(e.agent == "nusacrypt" and e.code.startswith("19") for e in doc.events)
    armed = process_text("Kelompok bersenjata menyerang pos polisi, lalu milisi Harimau Hitam mundur ke hutan.")
    assert any(m.type == "ArmedGroup" and m.key == "harimau-hitam" for m in armed.mentions)


def test_named_gang_after_a_two_word_group_noun_or_a_capitalised_head():
    doc = process_text("Polres Garut menangkap tiga anggota geng motor Rajawali Timur yang menyerang warung "
                       "di Tarogong pada Minggu.")
    assert doc.entities["rajawali-timur"].type == "Organization"
    assert ("polres-garut", "rajawali-timur") in {(e.agent, e.target) for e in doc.events if e.code.startswith("17")}
    assert any(e.agent == "rajawali-timur" and e.code.startswith("19") for e in doc.events)
    titled = process_text("Warga Tarogong melaporkan Geng Elang Perak ke polisi pada Senin.")
    assert titled.entities["geng-elang-perak"].label == "Geng Elang Perak"
    place = process_text("Kelompok separatis Papua Barat menyerang pos TNI.")
    assert not any(m.type == "Organization" and "Papua" in m.text for m in place.mentions)


def test_a_given_name_that_is_also_a_country_or_a_common_word_after_a_title():
    doc = process_text("Warga melapor kepada Kepala Desa Sukaraja, Jordan Hutapea, pada Senin. "
                       "Kepala Kantor Imigrasi Kelas I Bogor, Hari Wibisono, membenarkan laporan itu.")
    held = {(p.person, p.title) for p in doc.positions}
    assert ("jordan-hutapea", "Kepala Desa") in held and ("hari-wibisono", "Kepala") in held
    assert "jordan" not in doc.entities
    opening = process_text("Menurut Rina, warga sudah melapor ke Oman.")
    assert not any(m.type == "Person" and "Menurut" in m.text for m in opening.mentions)


def test_a_title_word_that_is_also_a_given_name_opens_a_two_word_name():
    doc = process_text("Ketua Koperasi Sumberejo, Imam Sudrajat, mengatakan panen gagal. "
                       "Kapolsek Cisarua, AKP Hakim Nugraha, membenarkan laporan itu.")
    held = {(p.person, p.title) for p in doc.positions}
    assert ("imam-sudrajat", "Ketua") in held and any(p == "hakim-nugraha" for p, _ in held)
    judge = process_text("Majelis yang dipimpin Hakim Ketua Sri Wulandari menjatuhkan vonis.")
    assert [(p.person, p.title) for p in judge.positions] == [("sri-wulandari", "Hakim Ketua")]


def test_an_office_with_its_place_and_itu_refers_back_to_its_holder():
    doc = process_text("Ketua Panitia Pemungutan Suara (PPS) Karangsari, Wahyudi Saputra, diperiksa polisi. "
                       "\"Kami siap membuka semua catatan,\" ujar Ketua PPS Karangsari itu.")
    assert not any(m.type == "Person" and m.text == "Karangsari" for m in doc.mentions)
    assert [q.speaker for q in doc.quotes] == ["wahyudi-saputra"]


def test_a_faction_member_before_an_honorific_name_holds_a_seat_in_the_body():
    doc = process_text("Anggota Komisi I DPR dari Fraksi Partai Nusa Raya, Teuku Ardiansyah Putra, menolak usulan itu.")
    assert any(p.person.endswith("ardiansyah-putra") and p.org and p.org.startswith("komisi-i")
               for p in doc.positions), doc.positions


def test_an_honorific_is_no_position():
    doc = process_text("Teuku Ardiansyah Putra menolak usulan pemerintah.")
    assert not doc.positions, doc.positions


def test_crime_and_crew_acronyms_are_no_actors():
    doc = process_text("Polisi menangkap Direktur PT Laut Biru Sejahtera, Andi Wijaya, atas dugaan tindak pidana "
                       "perdagangan orang (TPPO) terhadap 20 anak buah kapal (ABK). Perusahaan itu dilaporkan "
                       "oleh Serikat Pekerja Perikanan Indonesia (SPPI) bulan lalu.")
    assert not any(m.text in ("TPPO", "ABK") for m in doc.mentions), doc.mentions
    desc = next(m for m in doc.mentions if m.text == "Perusahaan itu")
    assert desc.key == "pt-laut-biru-sejahtera", desc


def test_an_organisation_name_with_untuk_after_a_country_is_one_name():
    doc = process_text("Gerakan Indonesia untuk Air Bersih (Gerimis) mengkritik Polri.")
    assert any(m.text == "Gerakan Indonesia untuk Air Bersih" for m in doc.mentions), doc.mentions


def test_a_description_opening_a_sentence_continues_the_last_subject():
    doc = process_text("Indonesia Corruption Watch (ICW) menilai Kejaksaan Agung lamban menangani perkara itu. "
                       "Lembaga itu meminta KPK mengambil alih penyidikan.")
    desc = next(m for m in doc.mentions if m.text == "Lembaga itu")
    assert desc.key == "icw", desc


def test_a_middle_name_alone_is_the_person_with_that_name():
    doc = process_text("Muhammad Fadli Nasution meresmikan pasar itu. Fadli mengatakan pasar ini milik warga.")
    keys = {m.key for m in doc.mentions if m.type == "Person"}
    assert keys == {"muhammad-fadli-nasution"}, keys


def test_an_attributive_phrase_keeps_a_person_description():
    doc = process_text("Ketua Partai Nusa Raya Budi Hartono membantah tuduhan itu. "
                       "Politikus berusia 61 tahun itu justru menuding KPU berpihak.")
    desc = next(m for m in doc.mentions if m.text.startswith("Politikus"))
    assert desc.key == "budi-hartono", desc


def test_a_company_description_prefers_a_company_of_the_last_sentence():
    doc = process_text("Kepolisian Daerah (Polda) Riau menangkap Direktur PT Sawit Jaya Makmur (SJM), Andi Wijaya. "
                       "Perusahaan itu dilaporkan oleh warga Desa Sungai Lebar.")
    desc = next(m for m in doc.mentions if m.text == "Perusahaan itu")
    assert desc.key == "pt-sawit-jaya-makmur", desc


def test_a_one_word_name_between_commas_after_a_title():
    doc = process_text("Ketua Serikat Nelayan Indonesia, Suparman, menolak aturan itu.")
    assert [(p.person, p.org) for p in doc.positions] == [("suparman", "serikat-nelayan-indonesia")], doc.positions


def test_a_list_of_regions_in_a_title_is_no_name():
    doc = process_text("Ia diterima oleh Direktur Jenderal Asia, Pasifik, dan Afrika Kementerian Luar Negeri.")
    assert not any(m.type == "Person" and m.text == "Pasifik" for m in doc.mentions), doc.mentions


def positions(text: str) -> list[tuple[str, str | None]]:
    return [(p.person, p.org) for p in process_text(text).positions]


def test_a_ministers_title_spelled_out_from_a_known_ministry_names_it():
    assert positions("Menteri Pemuda dan Olahraga Rina Astuti meresmikan stadion baru.") == [("rina-astuti", "kemenpora")]
    doc = process_text("Menteri Pelindungan Pekerja Migran Indonesia (P2MI), Gunawan Saputra, tiba di Taipei.")
    assert [(p.person, p.org) for p in doc.positions] == [("gunawan-saputra", "kp2mi")], doc.positions
    assert not any(m.text in ("P2MI", "Pekerja Migran Indonesia") for m in doc.mentions), doc.mentions


def test_a_title_naming_its_ministry_then_a_name_between_commas():
    assert positions("Menteri Kesehatan, Yuliani Pratiwi, meninjau rumah sakit di Kupang.") == [
        ("yuliani-pratiwi", "kemenkes")]


def test_a_one_word_jurisdiction_before_a_comma_and_the_name():
    doc = process_text("Banjir merendam Kabupaten Sukajaya. Bupati Sukajaya, Anton Wibisono, menetapkan status darurat.")
    assert [(p.person, p.org) for p in doc.positions] == [("anton-wibisono", "sukajaya")], doc.positions
    assert not any(m.type == "Person" and m.text == "Sukajaya" for m in doc.mentions), doc.mentions


def test_a_section_head_serves_the_parent_the_article_defined_by_acronym():
    text = ("Kejaksaan Tinggi Sulawesi Tengah (Kejati Sulteng) menahan dua tersangka. Kepala Seksi Penerangan "
            "Hukum Kejati Sulteng, Maria Lumowa, mengatakan penyidik masih bekerja.")
    assert positions(text) == [("maria-lumowa", "kejaksaan-tinggi-sulawesi-tengah")]


def test_a_possessive_title_is_held_in_the_organisation_named_before():
    text = "Pemimpin Redaksi Majalah Lentera, Dina Sari, dan redaktur pelaksananya, Bayu Ramadhan, diberhentikan."
    assert set(positions(text)) == {("dina-sari", "majalah-lentera"), ("bayu-ramadhan", "majalah-lentera")}


def test_an_acronym_defined_inside_a_known_bodys_name():
    doc = process_text("Ia meminta Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan membayar klaim rumah sakit.")
    assert {m.key for m in doc.mentions if m.type != "Person"} == {"bpjs-kesehatan"}, doc.mentions
    doc = process_text("Kasus itu dilaporkan ke Badan Reserse Kriminal (Bareskrim) Polri.")
    assert {"bareskrim", "polri"} <= {m.key for m in doc.mentions}, doc.mentions


def test_a_company_named_before_is_the_body_of_a_title_not_a_client():
    text = ("Warga memprotes Perusahaan Umum Daerah Air Minum (Perumda AM) Tirta Bening di Kabupaten Sukajaya. "
            "Direktur Utama Tirta Bening, Bambang Sutejo, membantah tudingan itu.")
    assert positions(text) == [("bambang-sutejo", "tirta-bening")]


def test_a_regional_chief_heads_the_body_of_his_jurisdiction():
    text = ("Polres Sukajaya telah memeriksa delapan saksi. Kapolres Sukajaya AKBP Dedi Kurniawan mengatakan "
            "pihaknya belum menetapkan tersangka.")
    assert positions(text) == [("dedi-kurniawan", "polres-sukajaya")]


def test_a_description_inside_the_title_phrase_names_the_body():
    text = ("Junta militer Myanmar menyerang desa itu. Juru bicara junta, Mayor Jenderal Aung Kyaw Min, "
            "membantah tuduhan tersebut.")
    assert positions(text) == [("aung-kyaw-min", "tatmadaw")]


def test_a_body_led_by_a_person_gives_its_head():
    text = "Gugatan itu diajukan ke Pengadilan Negeri Kupang. Majelis hakim yang diketuai Rudolf Manafe menolaknya."
    assert ("rudolf-manafe", "pengadilan-negeri-kupang") in positions(text)
    assert positions("Tim Gabungan Pencari Fakta yang dipimpin oleh Adi Santoso mulai bekerja.") == [
        ("adi-santoso", "tim-gabungan-pencari-fakta")]


def test_a_foreign_minister_serves_the_ministry_the_article_names_as_an_actor():
    text = ("Departemen Perdagangan AS memasukkan 31 perusahaan ke daftar hitam. Menteri Perdagangan AS, "
            "Thomas Reed, membela kebijakan itu.")
    assert positions(text) == [("thomas-reed", "departemen-perdagangan-as"),   # and the state his title
                               ("thomas-reed", "united-states")]                  # names (tests/test_roles.py)
    text = ("Juru bicara Kementerian Luar Negeri Peru, Luis Paredes, menolak nota itu. Menlu Peru Elena Quispe "
            "menelepon mitranya.")            # named only inside another official's title: the state
    assert ("elena-quispe", "peru") in positions(text)


def test_a_long_syllabic_acronym_is_defined_and_names_the_body_later():
    text = ("Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Provinsi Jawa Timur memanggil kedua pihak. "
            "\"Kami menunggu,\" kata Kepala Disnakertrans Jawa Timur, Sri Wahyuni.")
    [(person, org)] = positions(text)
    assert person == "sri-wahyuni" and org.startswith("dinas-tenaga-kerja"), org


def test_a_capitalised_common_word_before_the_closing_comma_ends_the_name():
    doc = process_text("Menteri Luar Negeri Aljazair, Karim Ben Salah, menuntut Rabat membebaskan nelayan itu.")
    assert any(m.type == "Person" and m.text == "Karim Ben Salah" for m in doc.mentions), doc.mentions


def test_a_regency_whose_name_opens_with_a_common_word_before_the_regents_name():
    text = ("Pemerintah Kabupaten (Pemkab) Sumber Makmur, Jawa Timur, menetapkan status darurat. "
            "Bupati Sumber Makmur Joko Santoso mengatakan pasien mulai pulih.")
    assert positions(text) == [("joko-santoso", "sumber-makmur"),   # and the government the article
                               ("joko-santoso", "pemerintah-kabupaten-sumber-makmur")]   # names, which he leads


def test_a_lowercase_qualifier_between_a_regional_title_and_its_jurisdiction():
    text = "Jaksa menyita vila milik Bupati nonaktif Tanah Merah, Rudi Gunawan, di Bali."
    assert positions(text) == [("rudi-gunawan", "tanah-merah")]


def test_a_director_general_of_the_directorate_the_article_named_before():
    text = ("Audit oleh Direktorat Jenderal Bina Marga (Ditjen BM) menemukan retakan. Direktur Jenderal Bina Marga "
            "Hadi Susanto mengatakan jembatan itu ditutup.")
    assert positions(text) == [("hadi-susanto", "direktorat-jenderal-bina-marga")]


def test_the_organization_of_american_states_is_known():
    text = "Kepala Misi Pemantau Pemilu Organisasi Negara-negara Amerika (OAS), Maria Gomez, meminta data dibuka."
    assert positions(text) == [("maria-gomez", "oas")]


def test_a_camel_case_name_before_the_comma_is_the_body_not_a_client():
    text = "\"Data itu harus diaudit,\" kata Direktur Eksekutif DigiWatch, Rina Maharani."
    assert positions(text) == [("rina-maharani", "digiwatch")]


def _org_keys(doc, *words: str) -> set[str]:
    """Entity keys of the organisation mentions whose text contains all the words."""
    return {m.key for m in doc.mentions if m.type != "Person" and m.source not in ("pronoun", "description", "group")
            and all(w in m.text for w in words)}


def test_task_force_defined_by_its_head_acronym_is_one_body_under_its_short_name():
    doc = process_text('Satuan Tugas (Satgas) Pemberantasan Pungli Polri memeriksa dua pejabat pelabuhan di Bitung. '
                       '"Barang bukti sudah kami amankan," kata Kepala Satgas Pemberantasan Pungli, '
                       'Brigjen Pol Arya Wiratama, di Manado.')
    keys = _org_keys(doc, "Pemberantasan Pungli")
    assert len(keys) == 1
    satgas = doc.entities[keys.pop()]
    assert {"Satgas Pemberantasan Pungli", "Satuan Tugas Pemberantasan Pungli Polri"} <= satgas.forms
    assert not any(m.type == "Person" and "Pungli" in m.text for m in doc.mentions)   # no person "Pemberantasan Pungli"
    arya = next(m for m in doc.mentions if m.text == "Arya Wiratama")
    assert arya.title == "Kepala" and arya.role_org == satgas.key
    assert [q.speaker for q in doc.quotes] == [arya.key]


def test_short_head_and_short_province_name_one_body():
    doc = process_text("Kejaksaan Tinggi (Kejati) Sulawesi Tenggara menahan seorang kepala dinas. "
                       "Penyidik Kejati Sultra juga menyita dokumen anggaran. "
                       "Tersangka akan digugat ke Pengadilan Negeri Kendari, sementara PN Kendari belum menjadwalkan sidang.")
    assert len(_org_keys(doc, "Sulawesi Tenggara") | _org_keys(doc, "Sultra")) == 1
    assert len(_org_keys(doc, "Kendari")) == 1


def test_regional_branch_with_short_province_and_lexicon_body():
    doc = process_text("Badan Pengawas Pemilu Sulawesi Tengah menerima laporan warga. "
                       "Bawaslu Sulteng lalu memanggil dua saksi.")
    assert len(_org_keys(doc, "Sulawesi Tengah") | _org_keys(doc, "Sulteng")) == 1
    doc = process_text("Ketua Badan Pengawas Pemilu (Bawaslu) Provinsi Sulawesi Barat, Rahmat Wijaya, menerima laporan. "
                       "Bawaslu Sulbar lalu memanggil saksi. Bawaslu juga menyurati partai.")
    keys = _org_keys(doc, "Bawaslu")
    assert len(keys) == 1 and keys != {"bawaslu"}         # the province's Bawaslu, not the national one
    rahmat = next(m for m in doc.mentions if m.text == "Rahmat Wijaya")
    assert rahmat.role_org in keys


def test_national_body_with_its_acronym_then_a_regency_or_city_is_its_branch_there():
    doc = process_text("Komisi Pemilihan Umum (KPU) Kabupaten Lembah Hijau menetapkan hasil pemilihan. "
                       "Ketua KPU Lembah Hijau, Mulyadi Harahap, mengatakan KPU siap digugat.")
    keys = _org_keys(doc, "KPU")
    assert len(keys) == 1 and keys != {"kpu"}          # the regency's KPU, not the national one
    doc = process_text("Badan Pengawas Pemilu (Bawaslu) Kota Bukit Damar menerima laporan warga.")
    assert _org_keys(doc, "Bawaslu") == {"bawaslu-kota-bukit-damar"}


def test_regional_service_with_its_acronym_then_a_place_unknown_to_the_gazetteer():
    doc = process_text("Dinas Kesehatan (Dinkes) Wonosekar mencatat 40 kasus baru.")
    assert _org_keys(doc, "Dinkes") == {"dinas-kesehatan-wonosekar"}
    doc = process_text("Dinas Kesehatan (Dinkes) pada Selasa mencatat 40 kasus baru.")
    assert _org_keys(doc, "Dinkes") == {"dinas-kesehatan"}


def test_body_named_without_its_parent_is_the_body_of_that_parent():
    doc = process_text("Komisi V DPR memanggil Menteri Perhubungan. Komisi V juga meminta data kecelakaan.")
    assert len(_org_keys(doc, "Komisi V")) == 1


def test_short_name_of_two_parents_stays_apart_and_other_places_stay_apart():
    doc = process_text("Komisi V DPR dan Komisi V DPRD Jawa Tengah bertemu. Komisi V lalu menyusun laporan.")
    assert len(_org_keys(doc, "Komisi V")) >= 2          # "Komisi V" alone names either: no merge
    doc = process_text("Kejari Semarang dan Kejari Salatiga menandatangani kesepakatan kerja sama.")
    assert len(_org_keys(doc, "Kejari")) == 2


def test_short_head_the_article_defines_reads_as_its_full_head():
    doc = process_text("Pengadilan Tinggi (PT) Kalimantan Barat menguatkan vonis itu. "
                       "Dalam putusannya, PT Kalbar menilai banding terdakwa tidak beralasan.")
    assert len(_org_keys(doc, "Kalimantan Barat") | _org_keys(doc, "Kalbar")) == 1


def test_unit_and_its_ministry_defined_by_a_compound_short_name():
    doc = process_text("Direktorat Jenderal Perikanan Tangkap Kementerian Kelautan dan Perikanan (Ditjen PT KKP) "
                       "menerbitkan aturan baru. Sekretaris Ditjen PT, Budi Santoso, menjelaskan isinya.")
    unit = _org_keys(doc, "Perikanan Tangkap")
    assert len(unit | _org_keys(doc, "Ditjen PT")) == 1
    assert "kkp" not in unit


def test_four_word_name_the_tagger_reads_as_one_person_after_a_title():
    doc = process_text("Duta Besar U Thant Myint Aung membantah tuduhan itu di Jakarta.")
    person = next(m for m in doc.mentions if m.type == "Person")
    assert person.text == "U Thant Myint Aung" and person.title == "Duta Besar"



def test_a_regional_chiefs_office_carries_its_short_name_or_is_the_known_body():
    """'Kapolres Boyolali' names Kepolisian Resor Boyolali, also called 'Polres Boyolali'; 'Kapolda
    Sumut' is the lexicon's Polda Sumut, one entity with a later bare 'Polda Sumut'."""
    from kg.pipeline import process_text
    doc = process_text("Kapolres Boyolali AKBP Bonar Situmorang mengatakan penyidik memeriksa lima saksi.")
    assert "Polres Boyolali" in doc.entities["kepolisian-resor-boyolali"].forms
    doc = process_text("Kapolda Sumut Irjen Pol Andi Wijaya meminta maaf. Polda Sumut juga memeriksa lima saksi.")
    bodies = [k for k, e in doc.entities.items() if e.type != "Person"]
    assert bodies == ["polda-sumut"]
    assert [(p.person, p.org) for p in doc.positions] == [("andi-wijaya", "polda-sumut")]


def test_foreign_police_military_and_embassy_are_bodies_of_their_state():
    found = mentions("Kepolisian Lesotho menahan 30 orang di depan Kedutaan Besar Botswana di Maseru. "
                     "Militer Lesotho membantah tuduhan itu. Rombongan Pengamat Militer ASEAN tiba pada Senin.")
    assert found["Kepolisian Lesotho"][0] == "GovernmentBody"
    assert found["Kedutaan Besar Botswana"][0] == "GovernmentBody"
    assert found["Militer Lesotho"][0] == "ArmedGroup"
    assert "Militer ASEAN" not in found and found["ASEAN"][0] == "InternationalOrganization"   # a modifier


def test_ministry_whose_acronym_spells_the_words_after_its_head():
    doc = process_text("Kementerian Kelautan dan Perikanan Laut (KPL) menyegel kapal itu. Juru bicara KPL diam.")
    keys = {m.key for m in doc.mentions if m.text in ("Kementerian Kelautan dan Perikanan Laut", "KPL")}
    assert len(keys) == 1 and not any(m.text == "Kelautan dan Perikanan Laut" for m in doc.mentions)


def test_company_named_by_industry_and_legal_form_and_its_short_name():
    doc = process_text("Borrowdale Tankers Pte Ltd menyewa kapal itu. Kemudian Borrowdale Tankers membantah "
                       "kapalnya rusak. Kelso Chemicals menjual bahan baku.")
    found = {m.text: (m.type, m.key) for m in doc.mentions}
    assert found["Borrowdale Tankers Pte Ltd"][0] == "Company"
    assert found["Borrowdale Tankers"] == found["Borrowdale Tankers Pte Ltd"]
    assert found["Kelso Chemicals"][0] == "Company"


def test_company_short_name_over_a_city_of_the_same_word():
    doc = process_text("Pekerja itu direkrut agensi Kupang Wirajaya Manpower Co. di Taiwan. "
                       "Serikat pekerja menuding Kupang Wirajaya memotong gaji mereka.")
    short = next(m for m in doc.mentions if m.text == "Kupang Wirajaya")
    full = next(m for m in doc.mentions if m.text.startswith("Kupang Wirajaya Manpower"))
    assert short.key == full.key and short.type == "Company"


def test_common_policy_abbreviations_are_no_actors():
    doc = process_text("Pemerintah menaikkan harga eceran tertinggi (HET) gula dan mencabut HGU perusahaan itu. "
                       "Polisi memeriksa TKP di dekat IGD rumah sakit.")
    assert not {"HET", "HGU", "TKP", "IGD"} & {m.text for m in doc.mentions}
    assert not any("eceran" in m.text.lower() for m in doc.mentions)


def test_a_national_body_name_with_its_acronym_and_another_country_is_that_countrys_body():
    doc = process_text("Komisi Nasional Hak Asasi Manusia (KNHAM) Nigeria mengirim tim pencari fakta. "
                       "KNHAM juga mengecam militer. Kementerian Luar Negeri (Kemlu) China memanggil duta besar Jepang.")
    labels = {m.text: doc.entities[m.key].label for m in doc.mentions if m.key}
    assert labels["KNHAM"] == "Komisi Nasional Hak Asasi Manusia Nigeria"
    assert "komnas-ham" not in doc.entities and "kemenlu" not in doc.entities
    assert any(e.label == "Kementerian Luar Negeri China" for e in doc.entities.values())
    # Indonesia's own body, with a region after its acronym, stays a branch of it
    doc = process_text("Badan Pengawas Pemilu (Bawaslu) Jawa Timur menegur Komisi Pemilihan Umum (KPU).")
    assert "komisi-pemilihan-umum-filipina" not in doc.entities and "kpu" in doc.entities


def test_a_one_word_alternate_city_name_needs_the_tagger_to_read_a_place():
    found = mentions("Menurut Ahmad Jaya, warga sudah mengungsi. Nanti bantuan disalurkan lewat bank.")
    assert found.get("Ahmad Jaya", ("", ""))[0] == "Person"
    assert "Ahmad" not in found and "Nanti" not in found
    assert mentions("Pada 1961 para pemimpin itu bertemu di Beograd.")["Beograd"] == ("City", "belgrade")


def test_small_foreign_cities_need_the_tagger_and_event_nouns_are_no_city():
    found = mentions("Massa aksi membawa spanduk. Ketua partai itu, Rano Karta, mendesak polisi bertindak.")
    assert "Massa" not in found and found.get("Rano Karta", ("", ""))[0] != "City"
    assert "Baku" not in mentions("Baku tembak itu menewaskan dua prajurit di perbatasan.")
    assert mentions("Konferensi iklim itu digelar di Baku pekan lalu.")["Baku"][0] == "City"


def test_a_rank_the_tagger_reads_as_a_name_of_its_own_is_no_person():
    found = mentions('"Kami akan terus memburu mereka," kata juru bicara kementerian, '
                     'Laksamana Muda Kemal Aydın, di Ankara.')
    assert "Laksamana" not in found and found["Kemal Aydın"][0] == "Person"


def test_akp_before_a_name_is_a_police_rank_not_a_turkish_party():
    doc = process_text("Kapolsek Dayeuhkolot AKP Triyono mengatakan pelaku sudah ditahan.")
    assert [m.text for m in doc.mentions if m.type == "PoliticalParty"] == []
    assert [p.person for p in doc.positions] == ["triyono"]


def test_an_indonesian_regency_is_not_a_foreign_city_of_the_same_name():
    doc = process_text("Judul\n\nMedan - Seorang pria ditangkap di Kabupaten Karo, Sumatera Utara.")
    karo = next(e for e in doc.entities.values() if "Karo" in e.label)
    assert karo.type == "Region" and karo.geonames is None      # not Kāro in India


def test_an_acronym_the_article_defines_wins_over_the_lexicon():
    doc = process_text("Judul\n\nJakarta - Gubernur menegur PT Mahakam Bara Sentosa (MBS) kemarin. "
                       "MBS akan menggugat keputusan itu. Hendra meminta Pemprov Kaltim dan MBS menahan diri.")
    assert "mohammed-bin-salman" not in doc.entities
    assert not any(" dan " in e.label for e in doc.entities.values())      # two actors, not one name


def test_an_acronym_after_a_state_that_it_does_not_spell_is_not_the_state():
    text = ("Gerakan untuk Keadilan di Afrika Tengah (GKAT) menyerang pos militer. Misi Perdamaian PBB di "
            "Republik Afrika Tengah (MINUSCA) mengecam serangan itu. Pemerintah Korea Selatan (Korsel) "
            "dan Uni Emirat Arab (UEA) ikut mengecam.")
    found = mentions(text)
    assert found["Afrika Tengah"] == ("Country", "central-african-republic")
    assert found["GKAT"][1] == found["Gerakan untuk Keadilan"][1] != "central-african-republic"
    assert found["MINUSCA"] == ("Organization", "minusca")
    assert found["Korsel"][1] == "south-korea" and found["UEA"][1] == "united-arab-emirates"


def test_an_organisation_named_twice_is_found_where_the_tagger_misses_it():
    from kg.pipeline import process_text
    text = ("Judul\n\nMedan - Ikatan Awak Kabin (IAK) mogok karena manajemen maskapai Kasuari Air belum membayar "
            "tunjangan. Kemenhub memanggil manajemen Kasuari Air dan pengurus IAK pekan lalu. Adapun Lembaga "
            "Perlindungan Konsumen Nusantara (LPKN) mendesak Kasuari Air menyiapkan kompensasi bagi penumpang.")
    doc = process_text(text)
    orgs = [m for m in doc.mentions if m.text == "Kasuari Air"]
    assert len(orgs) == 3 and len({m.key for m in orgs}) == 1
    assert orgs[0].key in {e.target for e in doc.events if e.code.startswith("02")}


def test_a_named_security_force_is_a_body_of_its_own():
    found = mentions("Milisi Al-Fajr menyerang markas Pasukan Keamanan Zawiya di pinggiran kota.")
    assert found["Pasukan Keamanan Zawiya"][0] == "ArmedGroup"


def test_lowercase_security_forces_before_a_state_stay_the_states():
    doc = process_text("Pasukan keamanan Mesir menangkap tiga aktivis oposisi di Kairo.")
    assert any(e.agent == "egypt" and e.code.startswith("17") for e in doc.events)


def test_a_number_word_counting_a_noun_is_no_city():
    assert "lima" not in entities("Jakarta - Lima penagih utang ditangkap polisi usai bentrokan.")
    assert "lima" in entities("Jakarta - Ribuan warga Peru berunjuk rasa di Lima pada Rabu.")
    assert "lima" in entities("Jakarta - Lima menggelar pemilihan umum pekan depan.")


def test_a_product_standard_is_no_actor():
    found = entities("Jakarta - Petugas menemukan helm tanpa Standar Nasional Indonesia (SNI) dijual bebas.")
    assert not any(e.type != "Country" and e.type != "City" for e in found.values())


def test_national_body_before_an_indonesian_city_is_its_office_there():
    found = mentions("Para penumpang dievakuasi Basarnas Ambon. Petugas Bea dan Cukai Batam menyita rokok ilegal.")
    assert found["Basarnas Ambon"][1] == "basarnas-ambon"
    assert found["Bea dan Cukai Batam"][1] == "bea-dan-cukai-batam"
    # a city word opening a person's name, and a foreign city, stay apart from the body
    found = mentions("Wakil Ketua Komisi I DPR Bima Saputra mengkritik rencana itu.")
    assert "Bima Saputra" in found and "Komisi I DPR Bima" not in found
    assert mentions("Basarnas mengirim tim ke Manila.")["Basarnas"][1] == "basarnas"


def test_military_base_with_its_acronym_is_one_name():
    found = mentions("Korban dievakuasi personel Pangkalan Udara (Lanud) Pattimura ke rumah sakit.")
    assert found["Pangkalan Udara (Lanud) Pattimura"][0] == "Organization"


def test_a_known_body_whose_name_opens_with_a_title_word_is_that_body():
    found = mentions("Organisasi kemanusiaan Dokter Lintas Batas (MSF) merawat 40 korban luka.")
    assert found["Dokter Lintas Batas"][1] == "msf"
    assert mentions("Relawan Dokter Lintas Batas membantu warga.")["Dokter Lintas Batas"][1] == "msf"


def test_regional_blocs_are_known_international_bodies():
    doc = process_text("Komunitas Pembangunan Afrika Selatan (SADC) mengecam serangan itu. Dokter Lintas Batas (MSF) "
                       "merawat korban. Blok regional itu menjanjikan bantuan logistik untuk Mozambik.")
    assert doc.entities["sadc"].type == "InternationalOrganization"
    assert [m.key for m in doc.mentions if m.text == "Blok regional itu"] == ["sadc"]


def test_customary_law_communities_are_actors():
    found = mentions("Masyarakat Hukum Adat Suku Moyawi menggugat PT Puncak Mas ke pengadilan. Kemarin, "
                     "Masyarakat Adat Kasepuhan Ciptagelar menolak rencana tambang itu.")
    assert found["Masyarakat Hukum Adat Suku Moyawi"][0] == "Organization"
    assert found["Masyarakat Adat Kasepuhan Ciptagelar"][0] == "Organization"


def test_a_name_with_a_persons_apposition_is_a_person():
    doc = process_text("Pemerintah Kiribati mengusir Chen Weiming, perwakilan lokal perusahaan perikanan asal China, "
                       "dari negara itu pada Rabu.")
    assert doc.entities["chen-weiming"].type == "Person"
    assert any(e.code == "174" and e.target == "chen-weiming" for e in doc.events)


def test_a_name_in_apposition_to_a_firm_noun_is_a_company():
    text = ("Bea Cukai menahan kontainer milik eksportir Prancis, Maison Vanille Ocean. Direktur perusahaan itu, "
            "Laurent Dubreuil, membantah tuduhan tersebut.")
    doc = process_text(text)
    assert doc.entities["maison-vanille-ocean"].type == "Company"
    assert {(p.person, p.org) for p in doc.positions} == {("laurent-dubreuil", "maison-vanille-ocean")}
    doc = process_text("Salah satu perusahaan yang terdampak, Maison Vanille Ocean, membantah tuduhan itu.")
    assert doc.entities["maison-vanille-ocean"].type == "Company"


def test_a_sentence_opening_word_is_no_part_of_a_defined_name():
    """'Menurut Dinas Keamanan Negara Latvia (VDD)': "Menurut" is capitalised only because it opens
    the sentence; a name whose acronym starts with that word's letter keeps it."""
    texts = {m.text for m in process_text("Menurut Dinas Keamanan Negara Latvia (VDD), wartawan itu "
                                          "memotret konvoi. Masyarakat Peduli Pangan (MPP) mengkritik "
                                          "kebijakan itu.").mentions}
    assert "Dinas Keamanan Negara Latvia" in texts and "Masyarakat Peduli Pangan" in texts
    assert not any(t.startswith("Menurut") for t in texts)


def test_a_brand_word_is_a_company_not_a_person():
    """'KoinBayan Exchange' is a company (tail "Exchange"); the brand word alone later is the same
    company, and after an office title it names the employer, not the holder."""
    doc = process_text("Regulator menjatuhkan denda kepada bursa kripto KoinBayan Exchange. Direktur "
                       "KoinBayan, Rina delos Santos, menerima putusan itu. Regulator juga melarang "
                       "KoinBayan menerima nasabah baru.")
    koin = [m for m in doc.mentions if m.text.startswith("KoinBayan")]
    assert len(koin) >= 2 and {m.type for m in koin} == {"Company"}
    assert all(m.type == "Person" for m in doc.mentions if "Rina" in m.text)


def test_a_military_unit_keeps_its_territorial_name_after_the_slash():
    """'Kodim 0608/Cianjur', 'Korem 061/Suryakancana': the number and the name after the slash are
    one unit, not a unit and a city; a list of such units acts together."""
    doc = process_text("Kodim 0612/Tasikmalaya dan Korem 062/Tarumanagara mengevakuasi warga.")
    texts = {m.text for m in doc.mentions}
    assert {"Kodim 0612/Tasikmalaya", "Korem 062/Tarumanagara"} <= texts and "Tasikmalaya" not in texts
    assert {e.agent for e in doc.events} == {"kodim-0612-tasikmalaya", "korem-062-tarumanagara"}


@pytest.mark.parametrize("text, acronym", [
    ("Puluhan anggota HPKRT berunjuk rasa di depan balai kota.", "HPKRT"),
    ("Dua anggota KORMAS ditangkap polisi semalam.", "KORMAS"),
    ("Kader GMPR membagikan selebaran kepada warga.", "GMPR"),
])
def test_an_unknown_acronym_after_a_member_noun_is_an_organisation(text, acronym):
    assert mentions(text)[acronym][0] == "Organization"


def test_a_name_after_a_member_noun_is_still_a_person():
    assert mentions("Anggota Budi Santoso menangkap dua pencuri.")["Budi Santoso"][0] == "Person"


@pytest.mark.parametrize("text, city, state", [
    ("Menteri luar negeri Belize menerima tamu di Belmopan, Senin.", "Belmopan", "belize"),
    ("Kapal itu berlabuh di Valletta setelah badai reda.", "Valletta", "malta"),
    ("Raja Tonga kembali ke Nuku'alofa pada Selasa.", "Nuku'alofa", "tonga"),
])
def test_a_small_states_capital_is_a_city_and_its_states_capital(text, city, state):
    from kg.lexicon import capital_of
    typ, key = mentions(text)[city]
    assert typ == "City"
    assert capital_of()[key] == state


@pytest.mark.parametrize("text, name, kind", [
    ("Museum Rempah Nusantara mengembalikan dua arca kepada pemerintah.", "Museum Rempah Nusantara", "Organization"),
    ("Pengelola Taman Satwa Bukit Indah menyerahkan seekor harimau.", "Taman Satwa Bukit Indah", "Organization"),
    ("Perusahaan tambang Surya Nickel membantah mencemari sungai.", "Surya Nickel", "Company"),
    ("Dana milik Aegean Ventures ditarik dari proyek itu.", "Aegean Ventures", "Company"),
])
def test_an_institution_or_firm_named_by_its_head_or_tail_word(text, name, kind):
    assert mentions(text)[name][0] == kind


def test_a_firms_first_word_alone_later_is_the_firm():
    ents = entities("Pabrik milik Orkanos Chemical disegel polisi. "
                    "Orkanos meminta otoritas setempat segera membuka segel itu.")
    firm = [e for e in ents.values() if e.label == "Orkanos Chemical"]
    assert firm and firm[0].type == "Company"
    assert "Orkanos" in firm[0].forms
    assert not any(e.type == "Person" for e in ents.values())



def test_a_connector_ends_a_body_named_after_its_place():
    """'Polres X dan Y', 'Kecamatan X dan Y': no Indonesian place name holds 'dan', so the body or
    place ends before it ('Dinas Pekerjaan Umum dan Penataan Ruang' keeps its 'dan')."""
    found = mentions("Polres Sukamaju dan Resmob Polda Jambi menggelar razia. Banjir melanda Kecamatan "
                     "Sukaraja dan Cibeureum. Dinas Pekerjaan Umum dan Penataan Ruang Kota Medan menutup jalan.")
    assert "Polres Sukamaju" in found and "Polda Jambi" in found
    assert found["Kecamatan Sukaraja"][0] == "Region"
    assert not any(" dan " in t for t in found if not t.startswith("Dinas"))
    assert "Dinas Pekerjaan Umum dan Penataan Ruang Kota Medan" in found


def test_a_four_word_head_is_read_whole():
    """'Badan Usaha Milik Desa (BUMDes) X': the whole head is a village company's, so the name
    after the acronym is the company, not the head word 'Badan' opening a government body."""
    found = mentions("Badan Usaha Milik Desa (BUMDes) Tunas Harapan menjual pupuk kepada petani.")
    assert found["Badan Usaha Milik Desa (BUMDes) Tunas Harapan"][0] == "Company"
    assert "Tunas Harapan" not in found


def test_a_body_s_name_after_its_defined_short_form_stays_one_body_after_a_title_with_an_apposed_holder():
    """'Direktur Rumah Sakit Umum Daerah (RSUD) Bumi Tambun, dr. Nama': the name after the short
    form belongs to the hospital when the holder is apposed after it; without the apposition the
    words after the short form may be the holder ("Kepala Dinas Kesehatan (Dinkes) Budi Santoso,
    mengatakan")."""
    doc = process_text("Judul\n\nJakarta - Gubernur Kalimantan Tengah, Yohanes Ngabut, mencopot Direktur Rumah "
                       "Sakit Umum Daerah (RSUD) Bumi Tambun, dr. Rahmat Hidayat, Senin. Ia meminta RSUD Bumi "
                       "Tambun berbenah.")
    assert {(p.person, p.org) for p in doc.positions if p.person == "rahmat-hidayat"} \
        == {("rahmat-hidayat", "rumah-sakit-umum-daerah-bumi-tambun")}
    assert not [e for e in doc.entities.values() if e.label == "Bumi Tambun"]
    doc = process_text("Judul\n\nJakarta - Kepala Dinas Kesehatan (Dinkes) Budi Santoso, mengatakan hal itu.")
    assert "budi-santoso" in doc.entities


def test_a_court_named_in_full_is_an_organisation():
    found = mentions("Pengadilan Tindak Pidana Korupsi Palangka Raya menjatuhkan vonis kepada Budi. "
                     "Pengadilan Hak Asasi Manusia dan Hak Rakyat Afrika memerintahkan Kenya membayar ganti rugi.")
    assert found["Pengadilan Tindak Pidana Korupsi Palangka Raya"][0] == "GovernmentBody"
    assert "Pengadilan Hak Asasi Manusia dan Hak Rakyat Afrika" in found
