"""Positions (roles.py with the title chains of mentions.py) on sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.pipeline import process_text


def positions(text: str) -> list[tuple[str, str | None]]:
    return [(p.person, p.org) for p in process_text(text).positions]


def test_a_village_head_with_a_one_word_name_between_commas():
    assert positions("Kepala Desa Suka Maju, Sutrisno, membantah warganya terlibat.") == [("sutrisno", "suka-maju")]


def test_a_local_name_for_a_village_and_a_place_name_holding_a_common_word():
    doc = process_text("Kepala Pekon Sinar Jaya, Mulyadi, menolak tudingan itu.")
    assert [(p.person, p.title, p.org) for p in doc.positions] == [("mulyadi", "Kepala Pekon", "sinar-jaya")]
    assert doc.entities["sinar-jaya"].type == "Region"


def test_a_club_named_by_its_tail_word_before_a_one_word_name():
    assert positions("Manajer Persada Jaya FC, Suharjo, mengecam keras insiden itu.") == [
        ("suharjo", "persada-jaya-fc")]


def test_a_possessive_title_after_a_sentence_naming_the_body_and_a_rank_before_the_name():
    text = ("Kementerian Pertahanan Vietnam menolak tuduhan itu. Namun, juru bicaranya, Jenderal Nguyen Van Long, "
            "menuding Laos melanggar perbatasan.")
    doc = process_text(text)
    assert [(p.person, p.title, p.org) for p in doc.positions] == [
        ("nguyen-van-long", "Juru Bicara", "kementerian-pertahanan-vietnam")]


def test_a_section_head_serves_the_parent_whose_acronym_sits_inside_its_defined_name():
    text = ("Kejaksaan Tinggi (Kejati) Bengkulu menyelidiki kasus itu. Kepala Seksi Penerangan Hukum Kejati "
            "Bengkulu, Roni Siregar, mengatakan penyidik bekerja.")
    assert positions(text) == [("roni-siregar", "kejaksaan-tinggi-bengkulu")]


def test_a_branch_of_an_association_is_one_actor():
    text = ("Ikatan Dokter Indonesia (IDI) Cabang Bone menggelar mogok. Ketua IDI Cabang Bone, dr. Anwar Hamid, "
            "mengatakan mogok berlanjut.")
    doc = process_text(text)
    assert [(p.person, p.org) for p in doc.positions] == [("anwar-hamid", "idi-cabang-bone")]
    assert not any(e.type == "Person" and "Cabang" in e.label for e in doc.entities.values())
    assert positions("Ketua IDI Cabang Bone, dr. Anwar Hamid, mengatakan mogok berlanjut.") == [
        ("anwar-hamid", "idi-cabang-bone")]


def test_a_company_named_again_without_pt_is_the_body_not_the_country_in_its_name():
    text = ("PT Surya Gemilang Indonesia mengimpor baja. Presiden Direktur Surya Gemilang Indonesia, Lee Min-su, "
            "membantah tudingan itu.")
    doc = process_text(text)
    assert [(p.person, p.org) for p in doc.positions] == [("lee-min-su", "pt-surya-gemilang-indonesia")]
    assert "indonesia" not in doc.entities


def test_a_hospital_defined_by_its_head_and_acronym_then_named_with_the_acronym():
    text = ("Pasien itu dirawat di Rumah Sakit (RS) Harapan Sehat, Makassar. Direktur RS Harapan Sehat, "
            "dr. Linda Wijaya, membantah pihaknya lalai.")
    doc = process_text(text)
    assert [(p.person, p.org) for p in doc.positions] == [("linda-wijaya", "rumah-sakit-harapan-sehat")]
    assert doc.entities["rumah-sakit-harapan-sehat"].type == "Organization"


def test_a_lowercase_head_noun_in_the_title_stands_for_the_body_it_opens_the_name_of():
    text = "Paguyuban Petani Kopi Lestari berunjuk rasa. Koordinator paguyuban, Slamet Riyadi, menilai pemerintah lalai."
    assert positions(text) == [("slamet-riyadi", "paguyuban-petani-kopi-lestari")]


def test_head_of_a_one_word_service_defined_by_its_short_form_then_its_place():
    text = "Kepala Dinas Perikanan (Diskan) Kota Tegal, Rudi Hermawan, membantah tuduhan itu."
    doc = process_text(text)
    assert [(p.person, p.title, p.org) for p in doc.positions] == \
        [("rudi-hermawan", "Kepala Dinas", "dinas-perikanan-kota-tegal")]
    assert not any(k.startswith("kepala-") for k in doc.entities)


def test_ordinary_capitalised_words_before_an_apposed_name_belong_to_the_body():
    text = "Pemilik Warung Sate Bintang Malam, Hendra Saputra, membantah tudingan itu."
    found = [(p.person, p.title, p.org) for p in process_text(text).positions]
    assert found == [("hendra-saputra", "Pemilik", "warung-sate-bintang-malam")]


def test_a_one_word_name_after_a_description_of_the_body_and_more_titles():
    text = ("CV Tirta Mandiri dilaporkan warga. Pemilik perusahaan, Suparmin, membantah tudingan itu. "
            "Sekretaris Perusahaan CV Tirta Mandiri, Rina Kusuma, menyatakan siap diperiksa. "
            "Hakim tunggal Agus Salim menolak permohonan itu.")
    found = {(p.person, p.title, p.org) for p in process_text(text).positions}
    assert {("suparmin", "Pemilik", "cv-tirta-mandiri"), ("rina-kusuma", "Sekretaris Perusahaan", "cv-tirta-mandiri"),
            ("agus-salim", "Hakim Tunggal", None)} <= found


def test_farmers_and_tourism_groups_written_as_one_word_head_their_names():
    doc = process_text("Ketua Gapoktan Sido Rukun Sarmidi menuding distributor menahan pasokan pupuk.")
    assert not any(k.startswith("gapoktan") and e.type == "Person" for k, e in doc.entities.items())
    assert any(e.type == "Organization" and e.label.startswith("Gapoktan") for e in doc.entities.values())


def test_a_lowercase_noun_in_the_title_stands_for_the_body_its_description_can_name():
    club = "Persikota FC kalah 0-3 di kandang. CEO klub, Ferry Anggara, menuding wasit berat sebelah."
    assert positions(club) == [("ferry-anggara", "persikota-fc")]
    firm = "PT Sinar Abadi digugat warga Desa Tegalrejo. Manajer pabrik, Budi Santoso, membantah tuduhan itu."
    assert positions(firm) == [("budi-santoso", "pt-sinar-abadi")]


def test_a_unit_named_between_the_title_and_the_body_belongs_to_the_title():
    text = ("PT Sinar Laut Sejahtera (SLS) menunda ekspor. Manajer Keuangan SLS Rudi Hartono mengatakan "
            "harga turun. Direktur Pengawasan Pasar OJK, Dewi Lestari, menilai laporan itu lengkap.")
    doc = process_text(text)
    got = {(p.person, p.title, doc.entities[p.org].label if p.org else None) for p in doc.positions}
    assert ("rudi-hartono", "Manajer Keuangan", "PT Sinar Laut Sejahtera") in got
    assert ("dewi-lestari", "Direktur Pengawasan Pasar", "Otoritas Jasa Keuangan") in got


def test_a_department_of_a_known_body_before_a_three_word_name():
    doc = process_text("Kepala Departemen Riset Bank Indonesia Agus Salim Hidayat mengatakan inflasi terkendali.")
    assert [(p.person, p.title, doc.entities[p.org].label) for p in doc.positions] == [
        ("agus-salim-hidayat", "Kepala Departemen Riset", "Bank Indonesia")]


def test_a_minister_title_ending_in_an_organisation_head_word_is_no_company():
    doc = process_text("Presiden mencopot Menteri Koperasi Bambang Sutejo pada Senin.")
    assert [(p.person, p.org) for p in doc.positions] == [("bambang-sutejo", "kemenkop")]
    assert not any(e.type == "Company" for e in doc.entities.values())


def test_a_compass_word_after_a_regency_belongs_to_its_name():
    assert positions("Bupati Flores Timur, Anton Hadjon, meninjau lokasi pengungsian.") == [
        ("anton-hadjon", "flores-timur")]


def test_two_regional_offices_joined_by_dan_name_no_person():
    doc = process_text("Pasangan calon Wali Kota dan Wakil Wali Kota Tasikmalaya nomor urut 1 hadir.")
    assert doc.positions == []
    assert not any(e.type == "Person" for e in doc.entities.values())


def test_the_head_word_of_a_title_and_a_regency_after_the_acronym_belong_to_the_body():
    doc = process_text("Jaksa menahan Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten "
                       "Banyu Asri, Joko Santoso, pada Selasa.")
    assert [(p.person, doc.entities[p.org].label) for p in doc.positions] == [
        ("joko-santoso", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Banyu Asri")]


def test_a_rank_between_a_numbered_command_and_the_name_is_not_the_office():
    doc = process_text("Panglima Komando Gabungan Wilayah Pertahanan (Kogabwilhan) III, Laksdya TNI Benny Sitorus, "
                       "meninjau kapal perang itu.")
    assert [(p.person, p.title, doc.entities[p.org].label) for p in doc.positions] == [
        ("benny-sitorus", "Panglima", "Komando Gabungan Wilayah Pertahanan III")]


def test_commissioner_public_relations_and_charge_d_affaires_are_titles():
    assert positions("Komisioner Komnas HAM, Ratna Sari, meninjau lokasi.") == [("ratna-sari", "komnas-ham")]
    assert positions("Humas PT Sinar Abadi, Dodi Firmansyah, membantah tudingan itu.") == [
        ("dodi-firmansyah", "pt-sinar-abadi")]
    assert positions("Kementerian Luar Negeri memanggil Kuasa Usaha Malaysia Ahmad Fauzi.") == [
        ("ahmad-fauzi", "malaysia")]


def test_an_acronym_the_article_defines_wins_over_the_lexicon_body_of_that_acronym():
    doc = process_text("Partai Karya Nusantara (PKN) menggelar kongres di Bandung. Ketua Umum PKN Budi Hartawan "
                       "membuka acara itu.")
    assert [(p.person, doc.entities[p.org].label) for p in doc.positions] == [
        ("budi-hartawan", "Partai Karya Nusantara")]


def test_a_person_appointed_as_a_minister_holds_the_office():
    assert sorted(positions("Presiden Adrian melantik Yusuf Halim sebagai Menteri Koperasi pada Senin.")) == [
        ("adrian", "indonesia"), ("yusuf-halim", "kemenkop")]   # "Adrian" is no longer a US town
    doc = process_text("Rina Wulandari ditunjuk sebagai Kepala Dinas Kesehatan Kota Bogor.")
    assert [(p.person, doc.entities[p.org].label) for p in doc.positions] == [
        ("rina-wulandari", "Dinas Kesehatan Kota Bogor")]


def test_a_dean_holds_office_in_the_faculty_and_a_title_ends_its_name():
    doc = process_text("Dekan Fakultas Hukum Universitas Sriwijaya Dr. Febrian Hasan menilai aturan itu keliru.")
    assert [(p.person, doc.entities[p.org].label) for p in doc.positions] == [
        ("febrian-hasan", "Fakultas Hukum Universitas Sriwijaya")]


def held(text: str) -> list[tuple[str, str | None]]:
    """(person, label of the organisation) of each position."""
    doc = process_text(text)
    return [(p.person, doc.entities[p.org].label if p.org in doc.entities else None) for p in doc.positions]


HELD = [
    # a rank after the comma is no part of the body or the name
    ("Kementerian Keuangan (Kemenkeu) menolak tudingan itu. Kepala Biro Komunikasi dan Layanan Informasi Kemenkeu, "
     "Kombes Yusuf Hadi, mengatakan data itu keliru.", [("yusuf-hadi", "Kementerian Keuangan")]),
    ("Direktur Jenderal Perikanan Tangkap dan Pengelolaan Ruang Laut KKP, Laksda TNI Joko Purnomo, menyegel kapal.",
     [("joko-purnomo", "Kementerian Kelautan dan Perikanan")]),
    # a one-word title ending a name is the surname
    ("Juru Bicara Kementerian Luar Negeri, Arif Hakim, mengatakan pemerintah terus memantau.",
     [("arif-hakim", "Kementerian Luar Negeri")]),
    # a police chief serves the district with its compass word or "Kota"
    ("Kapolres Sleman Kota AKBP Moch Dani Saputra mengungkap kasus itu.",
     [("moch-dani-saputra", "Kepolisian Resor Sleman Kota")]),
    ("Kepala Kepolisian Resor Kota (Kapolresta) Sorong Kota, Kombes Yakob Mandacan, membantah.",
     [("yakob-mandacan", "Kepolisian Resor Kota Sorong Kota")]),
    ("Polres Boyolali menangkap dua pelaku. Kapolres Boyolali, AKBP Rosyid Hartono, mengatakan itu.",
     [("rosyid-hartono", "Polres Boyolali")]),
    ("Polres Aceh Tenggara menangkap pelaku. AKBP Irfan Lubis, Kapolres Aceh Tenggara, mengatakan pelaku ditahan.",
     [("irfan-lubis", "Polres Aceh Tenggara")]),
    # a title defined by its own short form after another name is no organisation
    ("Pemerintah Kabupaten (Pemkab) Sumber Arum membantah. Polisi memeriksa Rudi dan Sekretaris Daerah (Sekda) "
     "Kabupaten Sumber Arum, Wulan Sari, pada Senin.", [("wulan-sari", "Pemerintah Kabupaten Sumber Arum"),
                                                         ("wulan-sari", "Kabupaten Sumber Arum")]),
    # the first of two offices joined by "selaku" / "yang juga" is held
    ("Menteri Luar Negeri Brunei selaku Ketua ASEAN, Hassan Bolkiah, dijadwalkan berkunjung.",
     [("hassan-bolkiah", "Brunei Darussalam")]),
    ("Gubernur Jawa Barat yang juga Ketua DPD Partai Golkar, Budi Santoso, mengatakan itu.",
     [("budi-santoso", "Jawa Barat")]),
    # "Nama selaku Jabatan" is an apposition
    ("Saksi Yohanes Prasetyo selaku Direktur PT Sinar Laut Abadi hadir di persidangan.",
     [("yohanes-prasetyo", "PT Sinar Laut Abadi")]),
    # international titles (data in titles.tsv)
    ("Perwakilan Tinggi UE untuk Urusan Luar Negeri dan Kebijakan Keamanan, Maria Jansen, menyatakan aset itu "
     "dibekukan.", [("maria-jansen", "Uni Eropa")]),
    ("Komisaris Tinggi PBB untuk Pengungsi, Rosa Almeida, meminta bantuan.", [("rosa-almeida", "PBB")]),
    # a presiding judge, a faction member
    ("Majelis hakim Pengadilan Negeri Sleman memvonis Budi. Ketua majelis hakim, Agus Salim, membacakan putusan.",
     [("agus-salim", "Pengadilan Negeri Sleman")]),
    ("Sebaliknya, anggota Fraksi Partai Karya Bahari (PKB), Dedi Kusnadi, menolak anggaran itu.",
     [("dedi-kusnadi", "Partai Karya Bahari")]),
]


@pytest.mark.parametrize("text,expected", HELD)
def test_positions_of_titles_ranks_and_bodies_written_several_ways(text, expected):
    assert held(text) == expected


def test_an_office_and_its_body_then_itu_opening_a_sentence_is_the_person_named_before():
    text = ("Bupati Sumber Arum, Hasan Basri, membantah tudingan itu. \"Saya tidak pernah menerima uang,\" "
            "ujarnya. Ketua Dewan Pimpinan Wilayah (DPW) Partai Karya Bahari (PKB) itu juga mengancam melapor "
            "ke polisi.")
    assert ("hasan-basri", "Partai Karya Bahari") in held(text)
    assert not any(p == "hasan-basri" and o == "Partai Karya Bahari"
                   for p, o in held(text.replace("Ketua Dewan", "Mantan Ketua Dewan")))


def test_a_unit_and_its_body_named_one_after_the_other_give_an_office_in_each():
    got = positions("Kepala Bagian Umum Direktorat Jenderal Pajak Kemenkeu, Darto Wiyono, membantah tudingan itu.")
    assert sorted(got) == [("darto-wiyono", "djp"), ("darto-wiyono", "kemenkeu")]


def test_an_office_named_after_a_known_directorate_is_held_there_too():
    got = positions("Direktorat Jenderal Pajak mencatat penerimaan naik. Direktur Jenderal Pajak Kementerian Keuangan "
                    "Darto Wiyono mengatakan target tercapai.")
    assert sorted(got) == [("darto-wiyono", "djp"), ("darto-wiyono", "kemenkeu")]


def test_a_rank_or_the_body_inside_the_title_is_no_second_office():
    doc = process_text("Ketua KPU Sungai Kendal Rudi Hartawan mengatakan rekapitulasi selesai.")
    assert [p.org for p in doc.positions if p.person == "rudi-hartawan"] != [] and \
        "kpu" not in {p.org for p in doc.positions}


def test_a_prosecutor_from_a_named_office_before_the_name():
    text = "Jaksa penuntut umum dari Kejari Tanah Merah, Yogi Pratama, menuntut terdakwa lima tahun penjara."
    doc = process_text(text)
    assert [(p.person, doc.entities[p.org].label) for p in doc.positions] == [
        ("yogi-pratama", "Kejari Tanah Merah")]


def test_a_known_person_with_selaku_and_an_office_after_the_name():
    doc = process_text("Budi Santoso selaku Ketua Umum Partai Rakyat Maju meminta kader tenang.")
    assert [(p.person, p.title, p.org) for p in doc.positions] == [("budi-santoso", "Ketua Umum", "partai-rakyat-maju")]
    assert next(m for m in doc.mentions if m.key == "budi-santoso").source == "gazetteer"   # a name the lexicon knows


def test_a_known_person_before_another_persons_title_takes_no_office():
    doc = process_text("Acara itu dihadiri Joko Widodo, Presiden Prabowo Subianto, dan para menteri.")
    assert [(p.person, p.title) for p in doc.positions] == [("prabowo-subianto", "Presiden")]


def test_appointed_menjadi_and_holding_with_menjabat_sebagai_but_not_formerly():
    assert positions("Sri Wahyuni dilantik menjadi Kepala BPBD Kabupaten Lembah Hijau kemarin.")[0][0] == "sri-wahyuni"
    assert positions("Andi Wirawan yang menjabat sebagai Sekretaris Dinas Pendidikan Kabupaten Bogor ditahan.") == [
        ("andi-wirawan", "dinas-pendidikan-kabupaten-bogor")]
    assert positions("Andi Wirawan pernah menjabat sebagai Sekretaris Dinas Pendidikan Kabupaten Bogor.") == []


def test_two_people_appointed_to_two_offices_respectively_get_none_wrongly():
    doc = process_text("Budi Hartono dan Sari Dewi dilantik menjadi Bupati dan Wakil Bupati Lembah Hijau.")
    assert ("sari-dewi", "Bupati") not in [(p.person, p.title) for p in doc.positions]


def test_a_title_short_form_in_parentheses_names_the_body_not_an_organisation_of_the_title():
    doc = process_text("Kepala Dinas Kesehatan (Kadinkes) Boyolali, Ratna Dewi Lestari, mengatakan sampel sudah dikirim.")
    assert [(p.person, doc.entities[p.org].label) for p in doc.positions] == [
        ("ratna-dewi-lestari", "Dinas Kesehatan Boyolali")]
    assert "Dinkes Boyolali" in doc.entities[doc.positions[0].org].forms
    assert not any(e.label.startswith("Kepala") for e in doc.entities.values())


def test_a_one_word_body_after_a_commanders_title_short_form():
    doc = process_text("Komandan Lanal (Danlanal) Bitung Kolonel Laut (P) Hadi Santoso memimpin patroli itu.")
    assert [(p.person, doc.entities[p.org].label) for p in doc.positions] == [("hadi-santoso", "Lanal Bitung")]


def test_a_party_board_in_a_region_is_held_in_the_party():
    doc = process_text("Ketua Dewan Pimpinan Cabang (DPC) Partai Fajar Baru (PFB) Kota Tasikmalaya, Wawan Hermawan, "
                       "menolak keputusan itu.")
    assert [(p.person, doc.entities[p.org].label) for p in doc.positions] == [("wawan-hermawan", "Partai Fajar Baru")]


def test_an_office_named_after_a_unit_the_article_named_with_the_same_body():
    doc = process_text("Direktorat Penyidikan Ekonomi (Ditpidek) Bareskrim Polri menyita dua gudang.\n\n"
                       "Direktur Penyidikan Ekonomi Bareskrim Polri Brigjen Rudi Hartono mengatakan gudang itu disegel.")
    held = {(p.person, doc.entities[p.org].label) for p in doc.positions if p.org}
    assert ("rudi-hartono", "Direktorat Penyidikan Ekonomi") in held


def test_a_one_word_name_joined_to_its_office_by_selaku():
    text = "Uang itu diserahkan kepada Sutrisno selaku Kepala Dinas Pertanian Kabupaten Sleman pada Maret."
    doc = process_text(text)
    assert [(p.person, p.title, p.org) for p in doc.positions] == [
        ("sutrisno", "Kepala", "dinas-pertanian-kabupaten-sleman")]


def test_initials_in_parentheses_between_a_name_and_selaku_make_the_name_a_person():
    doc = process_text("Dana itu diserahkan Danu Prakoso (DP) selaku Direktur Utama PT Gas Nusantara kepada terdakwa.")
    assert doc.entities["danu-prakoso"].type == "Person"
    assert [(p.person, p.org) for p in doc.positions] == [("danu-prakoso", "pt-gas-nusantara")]


def test_an_office_held_as_well_after_yang_juga_menjabat_sebagai():
    text = "Rapat dihadiri Andi Wijaya, yang juga menjabat sebagai Ketua Umum Persatuan Petani Indonesia."
    assert positions(text) == [("andi-wijaya", "persatuan-petani-indonesia")]


def test_a_comma_title_that_opens_a_new_clause_or_names_the_next_person_is_not_the_name_before_it():
    assert positions("Di depan hakim yang diketuai Sarinah, JPU membacakan dakwaan.") == []
    assert positions("Senada dengan Andi, Wakil Ketua Umum Partai Demokrat, Dede Yusuf, setuju.") == [
        ("dede-yusuf", "demokrat")]


def test_a_lowercase_office_with_no_body_after_menjabat_is_not_guessed():
    assert positions("Rajoelina, yang menjabat sebagai presiden sementara hingga pemilu, bersumpah menang.") == []


def test_a_capitalised_office_after_sebagai_is_held_unless_the_person_is_nominated():
    assert positions("Kasus itu terjadi saat Tomi Lembayung sebagai Menteri Perdagangan menerbitkan izin impor.") == [
        ("tomi-lembayung", "kemendag")]
    assert positions("Partai itu mengusung Budi Hartono sebagai Gubernur Jawa Tengah.") == []
    assert positions("Hakim memeriksa Sari Dewi sebagai saksi.") == []


def test_a_regional_chief_of_a_place_the_gazetteer_does_not_know_heads_the_body_there():
    doc = process_text("Kapolres Lembah Seruni AKBP Hendra Wijaya mengatakan 80 personel disiagakan.")
    [pos] = doc.positions
    body = doc.entities[pos.org]
    assert (pos.person, body.type) == ("hendra-wijaya", "GovernmentBody")
    assert "Polres Lembah Seruni" in body.forms and body.label == "Kepolisian Resor Lembah Seruni"


def test_an_office_in_a_unit_named_after_its_parent_is_held_in_the_parent_too():
    text = ("Majelis Ulama Indonesia (MUI) menerbitkan fatwa baru. Ketua Komisi Fatwa MUI, Ahmad Zaini, "
            "meminta masyarakat tenang.")
    doc = process_text(text)
    got = {(p.org, p.title) for p in doc.positions if p.person == "ahmad-zaini"}
    assert got == {("komisi-fatwa-mui", "Ketua"), ("mui", "Ketua Komisi Fatwa")}


def test_a_unit_whose_name_ends_in_no_organisation_of_the_article_gives_one_office():
    text = "Ketua Komisi Penyiaran Daerah, Ahmad Zaini, meminta stasiun televisi patuh."
    assert len([p for p in process_text(text).positions if p.person == "ahmad-zaini"]) == 1


def test_a_title_word_names_an_organisation_only_as_a_word_of_its_name():
    text = ("Lembaga Kajian Presidential Watch merilis survei. Presiden Bagas Wiratama meresmikan bendungan itu.")
    assert positions(text) == [("bagas-wiratama", "indonesia")]


def test_a_company_president_director_holds_no_office_of_the_state():
    text = "Pabrik itu dibangun investor asing. Presiden Direktur Liu Hong mengatakan pabrik siap beroperasi."
    assert positions(text) == [("liu-hong", None)]


def test_a_body_followed_by_a_place_in_the_title_is_the_office_there():
    text = ("Dinas Kesehatan (Dinkes) Jawa Timur mencatat 40 kasus. Kepala Dinkes Surabaya dr. Wulan Sari "
            "membantah terlambat melacak kasus.")
    doc = process_text(text)
    [org] = [p.org for p in doc.positions if p.person == "wulan-sari"]
    assert org != "dinas-kesehatan-jawa-timur" and "Dinkes Surabaya" in doc.entities[org].forms


def test_a_unit_of_a_regional_parliament_is_no_office_in_the_regional_government():
    text = ("Pemerintah Kabupaten Lembah Seruni (LS) membantah. Ketua Komisi III DPRD LS, Markus Tefa, "
            "menilai dinas itu lamban.")
    orgs = [p.org for p in process_text(text).positions if p.person == "markus-tefa"]
    assert orgs == ["komisi-iii-dprd-ls", "dprd-ls"]      # the commission and its DPRD, not the Pemkab


def test_a_branch_of_an_organisation_the_article_names_is_no_new_body():
    text = ("Serikat Pekerja Nusantara (SPN) menggelar aksi. Ketua SPN Pemalang, Sukirman, mendesak "
            "pemerintah bertindak.")
    assert positions(text) == [("sukirman", "serikat-pekerja-nusantara")]


def test_a_body_of_a_national_ministry_followed_by_a_regency_is_its_office_there():
    text = "Kepala Kemenag Purwakarta Munir Huda meminta warga tenang."
    doc = process_text(text)
    [pos] = doc.positions
    assert doc.entities[pos.org].label == "Kemenag Purwakarta"


def test_a_company_directors_function_and_a_campaigner_are_titles():
    """'Direktur Niaga X, Nama' holds the commercial directorship of X (not a body "Niaga X");
    'Juru kampanye Greenpeace, Nama' is the group's campaigner."""
    doc = process_text("Direktur Niaga Rajawali Air, Fransiska Tambunan, mengatakan jadwal berubah. "
                       "Juru kampanye Greenpeace Indonesia, Sinta Dewi, mengkritik kebijakan itu.")
    found = {(p.person, p.org, p.title) for p in doc.positions}
    assert ("fransiska-tambunan", "rajawali-air", "Direktur Niaga") in found
    assert ("sinta-dewi", "greenpeace", "Juru Kampanye") in found


def test_an_abbreviated_first_name_or_form_of_address_does_not_end_the_sentence():
    """'Capt. Nama', 'drh. Nama', 'Moh. Nama': the full stop belongs to the abbreviation, the
    title phrase before it still names the holder (and 'Moh.' stays part of the name)."""
    text = ("Kepala Kantor Syahbandar Pelabuhan Sunda Kelapa, Capt. Yusuf Mahendra, mengatakan kapal ditahan. "
            "Ketua Paguyuban Nelayan Pesisir Timur, Moh. Harun Rasyid, menolak rencana itu. "
            "Direktur Jenderal Peternakan Kementan, drh. Sinta Larasati, menyebut larangan itu wajar.")
    doc = process_text(text)
    assert len(doc.article.sentences) == 3
    found = {(p.person, p.org) for p in doc.positions}
    assert ("moh-harun-rasyid", "paguyuban-nelayan-pesisir-timur") in found
    assert ("sinta-larasati", "kementan") in found
    assert any(p.person == "yusuf-mahendra" for p in doc.positions)


def test_a_body_the_tagger_read_as_a_person_is_the_organisation_a_title_names():
    """'Tirtakencana membantah ...' alone reads like a person; 'Direktur Utama Tirtakencana, Nama'
    makes it the body the director serves, so the position keeps its organisation."""
    doc = process_text("Tirtakencana membantah tudingan itu. Direktur Utama Tirtakencana, Yohanes Purba, "
                       "menyatakan perusahaan menghormati proses hukum.")
    assert doc.entities["tirtakencana"].type == "Organization"
    assert [(p.person, p.org) for p in doc.positions] == [("yohanes-purba", "tirtakencana")]


def test_a_possessive_title_before_a_doctor_or_a_one_word_name():
    """'Ketuanya, dr. Nama,' and 'Ketuanya, Nama,': the form of address is skipped and a single
    name word between commas is the holder; the body is the one the sentence before named."""
    doc = process_text("Ikatan Dokter Indonesia (IDI) Cabang Sukamaju membela dokter itu. Ketuanya, dr. Haris "
                       "Wicaksana, meminta publik tidak menghakimi. Himpunan Pemandu Gunung Ciremai menolak "
                       "penutupan jalur. Ketuanya, Zulkarnain, menyebut pemandu kehilangan penghasilan.")
    found = {(p.person, p.org) for p in doc.positions}
    assert ("haris-wicaksana", "idi-cabang-sukamaju") in found
    assert ("zulkarnain", "himpunan-pemandu-gunung-ciremai") in found


def test_a_village_office_whose_village_is_placed_in_its_district_and_regency_before_the_name():
    """'Kepala Desa X, Kecamatan Y, Kabupaten Z, Nama': the places after the village name only
    locate it; the name after them holds the office in the village."""
    text = ("Polisi menangkap Kepala Desa Mekarsari Hilir, Kecamatan Sumber Jaya, Kabupaten Lumajang, "
            "Rudi Hartanto (45), pada Senin. Jaksa memeriksa Bendahara Desa Mekarsari Hilir, Kecamatan "
            "Sumber Jaya, Jawa Timur, Sri Lestari, sebagai saksi.")
    found = {(p.person, p.title, p.org) for p in process_text(text).positions}
    assert ("rudi-hartanto", "Kepala Desa", "mekarsari-hilir") in found
    assert ("sri-lestari", "Bendahara Desa", "mekarsari-hilir") in found
    assert not any(p == "mekarsari-hilir" for p, _, _ in found)


def test_a_treasurer_a_consul_and_a_negotiator_are_offices():
    """Role words of associations, missions and talks ('bendaharanya', 'Konsul RI', 'juru runding')."""
    text = ("Polisi menangkap Ketua Koperasi Maju Bersama, Bambang Sutejo, dan bendaharanya, Wiwik Handayani, "
            "di sebuah hotel. Konsul RI Tawau, Hendra Kusumawardhana, mengecam vonis itu. Kesepakatan itu "
            "diteken juru runding FPT, Idriss Goukouni Wardi.")
    found = {(p.person, p.title) for p in process_text(text).positions}
    assert {("wiwik-handayani", "Bendahara"), ("hendra-kusumawardhana", "Konsul"),
            ("idriss-goukouni-wardi", "Juru Runding")} <= found


def test_a_minister_whose_title_names_the_state_holds_office_in_the_ministry_and_the_state():
    """'Menteri Luar Negeri RI, Nama' (the ministry by default) and 'Wakil Menteri Keuangan AS,
    Nama' with the 'Departemen Keuangan AS' acting in the article: the ministry and the state."""
    text = ("Menteri Luar Negeri RI, Sinta Maharani, mendesak junta membuka akses bantuan. Departemen Keuangan "
            "AS menjatuhkan sanksi kepada kapal itu. Wakil Menteri Keuangan AS, Gregory Lansing, membela "
            "keputusan itu. Menteri Keuangan Sri Mulyani tidak berkomentar.")
    found = {(p.person, p.org) for p in process_text(text).positions}
    assert {("sinta-maharani", "kemenlu"), ("sinta-maharani", "indonesia"), ("gregory-lansing", "depkeu-as"),
            ("gregory-lansing", "united-states"), ("sri-mulyani", "kemenkeu")} <= found
    assert ("sri-mulyani", "indonesia") not in found


def test_a_mayor_leads_the_city_government_the_article_names():
    text = "Wali Kota Malang, Satria Wibisono, melarang festival itu. Pemerintah Kota Malang menerbitkan surat edaran."
    found = {(p.person, p.org) for p in process_text(text).positions}
    assert found == {("satria-wibisono", "malang"), ("satria-wibisono", "pemerintah-kota-malang")}


def test_the_air_navigation_provider_is_a_known_company():
    """'Direktur Utama AirNav Indonesia, Capt. Nama': the state air-navigation company, not Indonesia."""
    doc = process_text("Direktur Utama AirNav Indonesia, Capt. Budi Hartono, menyebut layanan tetap berjalan.")
    assert [(p.person, p.org, p.title) for p in doc.positions] == [("budi-hartono", "airnav-indonesia",
                                                                    "Direktur Utama")]


def test_a_given_name_that_is_also_a_common_word_after_a_title():
    """'Bupati Lumajang, Indah Permatasari,': "indah" (beautiful) opens the regent's name."""
    assert positions("Bupati Lumajang, Indah Permatasari, menyatakan akan memberikan teguran.") == [
        ("indah-permatasari", "lumajang")]


def test_short_titles_of_police_and_prosecution_unit_heads():
    """'Kasat Lantas Polres X Nama', 'Kasi Intel Kejari X, Nama': the unit head serves the Polres / Kejari."""
    text = ("Kasat Lantas Polres Lebak AKP Rudi Hartono memanggil pemilik truk. \"Kami periksa,\" kata Kasi Intel "
            "Kejari Kuningan, Wawan Gunawan, kepada wartawan.")
    found = {(p.person, p.title, p.org) for p in process_text(text).positions}
    assert {("rudi-hartono", "Kepala Satuan Lalu Lintas", "polres-lebak"),
            ("wawan-gunawan", "Kepala Seksi Intelijen", "kejari-kuningan")} <= found


def test_a_police_director_titled_with_the_unit_short_word_holds_office_in_the_unit_the_article_names():
    """'Direktur Resnarkoba Polda X' heads the article's 'Direktorat Reserse Narkoba (Ditresnarkoba)':
    the unit's short name is 'Dit' + the word after the title head (unit_short_heads.tsv)."""
    text = ("Direktorat Reserse Narkoba (Ditresnarkoba) Polda Riau menyita 20 kilogram sabu. Direktur "
            "Resnarkoba Polda Riau, Kombes Hendra Saputra, mengatakan kurirnya ditahan.")
    found = {(p.person, p.org) for p in process_text(text).positions}
    assert ("hendra-saputra", "direktorat-reserse-narkoba") in found
    assert ("hendra-saputra", "polda-riau") in found


def test_a_regional_secretary_serves_the_government_the_article_names_and_the_region():
    """'Sekretaris Daerah Provinsi X, Nama' with 'Pemerintah Provinsi X' named: both bodies."""
    text = ("Pemerintah Provinsi (Pemprov) Jambi menunda izin tambang itu. Sekretaris Daerah Provinsi Jambi, "
            "Hasan Basri, menemui warga di kantornya.")
    found = {(p.person, p.org) for p in process_text(text).positions}
    assert {("hasan-basri", "pemerintah-provinsi-jambi"), ("hasan-basri", "jambi")} <= found


def test_a_commission_member_serves_the_parliament_its_name_ends_with_when_named_nowhere_else():
    """'Ketua Komisi B DPRD Jateng, Nama': the office is in the commission and in 'DPRD Jateng'."""
    text = "Ketua Komisi B DPRD Jateng, Sri Wahyuni, meminta dinas itu turun ke lapangan."
    found = {(p.person, p.org) for p in process_text(text).positions}
    assert ("sri-wahyuni", "dprd-jateng") in found


def test_a_protest_coordinator_holds_office_in_the_body_that_protested():
    doc = process_text("Ratusan mahasiswa dari Front Mahasiswa Peduli Sungai (FMPS) berunjuk rasa di depan Gedung "
                       "DPRD Kabupaten Lahat. Koordinator aksi, Dimas Prakoso, menuntut dewan memanggil bupati.")
    assert ("dimas-prakoso", "front-mahasiswa-peduli-sungai") in {(p.person, p.org) for p in doc.positions}


def test_the_head_of_a_faction_named_before_and_a_group_apposed_after_its_origin():
    doc = process_text("Usulan itu ditolak oleh Fraksi Partai Suara Tani (PST) DPRD Provinsi Bengkulu. "
                       "Ketua fraksi itu, Maria Sinaga, menyebut usulan itu boros.")
    assert ("maria-sinaga", "partai-suara-tani") in {(p.person, p.org) for p in doc.positions}
    doc = process_text("Organisasi lingkungan Hongaria, Tiszta Viz, memprotes proyek itu. Ketuanya, Janos Kovacs, "
                       "mendesak pemerintah bertindak.")
    assert ("janos-kovacs", "tiszta-viz") in {(p.person, p.org) for p in doc.positions}
