"""Bare head nouns that point back to an actor the article named: "manajemen" and "direksi" to
its company, "kampus" to its university, "pemkab" to its regency government, "rumah sakit itu"
to its hospital, "Inspektorat" to its inspectorate, "pabrik itu" to its company (kg/lexicon/anaphora.tsv)."""
from __future__ import annotations

from kg.pipeline import process_text


def resolved(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.key) for m in process_text(text).mentions if m.source == "description"]


def targets(text: str, agent_word: str) -> set[str | None]:
    doc = process_text(text)
    return {e.target for e in doc.events if agent_word in e.agent}


def test_management_is_the_company_named_before():
    text = ("Ratusan buruh PT Kapas Jaya Sentosa mogok kerja di Bandung. Ketua serikat buruh, Agus Salim, "
            "menuduh manajemen menahan upah selama tiga bulan.")
    assert ("manajemen", "pt-kapas-jaya-sentosa") in resolved(text)
    assert "pt-kapas-jaya-sentosa" in targets(text, "agus")


def test_management_not_an_actor_as_a_plain_noun_or_before_a_name():
    text = ("PT Kapas Jaya Sentosa membuka pelatihan manajemen keuangan. Desainnya diperlihatkan ke "
            "manajemen Bakrie.")
    assert not any(t.lower().startswith("manajemen") for t, _ in resolved(text))


def test_campus_after_an_owner_noun_is_the_university():
    text = ("Mahasiswa Universitas Lembah Hijau berunjuk rasa di Palu. Ketua BEM, Rudi Hartono, "
            "menolak rencana kampus menerima dana tambang.")
    assert ("kampus", "universitas-lembah-hijau") in resolved(text)


def test_hospital_description_of_two_words():
    text = ("Seorang pasien ditolak Rumah Sakit Cahaya Medika di Kendari. Direktur LBH Kendari, Budi Latief, "
            "menuding rumah sakit itu menutup-nutupi rekam medis.")
    assert ("rumah sakit itu", "rumah-sakit-cahaya-medika") in resolved(text)
    assert "rumah-sakit-cahaya-medika" in targets(text, "budi")


def test_bare_company_noun_only_where_an_actor_stands():
    text = ("PT Kapas Jaya Sentosa menutup pabriknya di Bandung. Ketua serikat buruh, Agus Salim, "
            "menuduh perusahaan menggusur kantin pekerja. Sebelumnya, perusahaan reasuransi ikut rugi.")
    found = resolved(text)
    assert ("perusahaan", "pt-kapas-jaya-sentosa") in found
    assert len([t for t, _ in found if t == "perusahaan"]) == 1      # not "perusahaan reasuransi"


BODY_SLOTS = [
    ("Senat Universitas Tanjung Mas (UNTM) menggelar pemilihan rektor pada Desember. BEM UNTM mendesak senat "
     "menggelar pemilihan ulang.", "bem", "senat-universitas-tanjung-mas"),
    ("Universitas Lembah Hijau menggelar pemilihan rektor pada Desember. Ketua BEM, Rudi Hartono, mendesak "
     "senat menggelar pemilihan ulang.", "rudi", "universitas-lembah-hijau"),
    ("Yayasan Pendidikan Cahaya Ilmu menutup sekolah itu. Serikat Guru Swasta Bogor menuntut yayasan melunasi "
     "tunggakan gaji.", "serikat-guru", "yayasan-pendidikan-cahaya-ilmu"),
    ("Militer Thailand menangkap lima pemuda. Komisioner HAM Siti Aminah meminta militer membuka akses bagi "
     "pengacara.", "siti", "militer-thailand"),
]


def test_senate_foundation_and_military_where_an_actor_stands():
    """"mendesak senat menggelar ...", "menuntut yayasan melunasi ...", "meminta militer membuka ...":
    the bare body noun in an argument slot is the senate (or its university), foundation or armed
    forces named before."""
    for text, agent, target in BODY_SLOTS:
        assert target in targets(text, agent), text

def test_military_as_a_modifier_is_no_actor():
    text = ("Militer Thailand menangkap lima pemuda. Sebuah pos militer di Narathiwat diserang kelompok "
            "bersenjata. Aset yayasan lain tidak disita.")
    assert not any(t.lower() in ("militer", "yayasan") for t, _ in resolved(text))


def test_bare_union_only_where_an_actor_stands():
    text = ("Ketua Serikat Pekerja Kebun Maju (SPKM), Budi Santoso, mengatakan upah terlalu rendah. "
            "Direktur PT Teh Raya, Andi Wijaya, menuding serikat menghasut buruh untuk mogok. "
            "Ia juga meminta serikat pekerja lain tidak ikut campur.")
    assert ("serikat", "serikat-pekerja-kebun-maju") in resolved(text)
    assert "serikat-pekerja-kebun-maju" in targets(text, "andi")
    assert not any(t.lower().startswith("serikat pekerja lain") for t, k in resolved(text) if k)


def test_they_are_not_the_owner_of_where_they_work():
    text = ("Sekitar 900 pemetik kopi di kebun milik PT Kopi Lestari (KL) mogok kerja sejak Senin. "
            "Mereka menuntut upah harian dinaikkan.")
    doc = process_text(text)
    assert not any(m.text == "Mereka" and m.key == "pt-kopi-lestari" for m in doc.mentions)
    text = "Ribuan buruh PT Kopi Lestari berunjuk rasa di Jakarta. Mereka menuntut upah harian dinaikkan."
    assert any(m.text == "Mereka" and m.key == "pt-kopi-lestari" for m in process_text(text).mentions)


def test_they_are_not_the_site_of_their_protest():
    text = ("Ratusan petani dari Kabupaten Lembah Hijau berunjuk rasa di depan Kantor Gubernur Jawa Tengah. "
            "Mereka menolak rencana perluasan tambang milik PT Kapur Jaya.")
    doc = process_text(text)
    assert not any(m.text == "Mereka" and m.key and "gubernur" in m.key for m in doc.mentions)
    text = "Ribuan buruh PT Kopi Lestari berunjuk rasa di depan kantor Kemnaker. Mereka menuntut upah naik."
    assert any(m.text == "Mereka" and m.key == "pt-kopi-lestari" for m in process_text(text).mentions)


def test_warship_is_the_navy_it_was_introduced_with():
    text = ("Fregat Angkatan Laut Belanda, HNLMS Tromp, bersandar di Pelabuhan Benoa bersama personel "
            "Polisi Militer TNI Angkatan Laut. Kapal itu disambut pejabat Lantamal. Fregat tersebut akan "
            "menggelar latihan bersama dengan TNI AL pekan depan.")
    doc = process_text(text)
    assert any(e.code.startswith("06") and e.agent == "angkatan-laut-belanda" for e in doc.events)


def test_they_are_not_the_body_whose_building_they_protest_at():
    text = ("Puluhan warga Desa Sukamaju berunjuk rasa di depan Markas Polres Bogor sejak pagi. "
            "Mereka menuntut Andi Wijaya dibebaskan.")
    assert not any(m.text == "Mereka" and m.key == "polres-bogor" for m in process_text(text).mentions)


CLASS_NOUN_SLOTS = [
    ("Persatuan Bola Voli Nusantara (PBVN) mencoret tiga atlet dari pelatnas. Ketua Asosiasi Atlet Voli, "
     "Dimas Aryo, mendesak federasi membayar tunggakan honor.", "dimas", "persatuan-bola-voli-nusantara"),
    ("Kemenhub menjatuhkan denda kepada PT Garuda Timur Airlines. Dirjen Perhubungan Udara, Hendra Wiguna, "
     "meminta maskapai itu membayar kompensasi kepada penumpang.", "hendra", "pt-garuda-timur-airlines"),
    ("Nasabah melaporkan PT Bank Sentosa Makmur Tbk ke polisi. OJK meminta bank itu mengganti dana nasabah.",
     "ojk", "pt-bank-sentosa-makmur-tbk"),
    ("Sundara United memecat pelatihnya pekan lalu. Kuasa hukum sang pelatih, Yoga Pratama, menuding klub "
     "sengaja menjadikan kliennya kambing hitam.", "yoga", "sundara-united"),
    ("Pemerintah Belanda mengembalikan keris ke Museum Sejarah Leiden. Yayasan Warisan Bima menuding museum itu masih "
     "menahan keris tersebut.", "yayasan-warisan-bima", "museum-sejarah-leiden"),
    ("Seorang bayi meninggal di RSUD Cempaka Putih. Dinas Kesehatan Kota Bekasi memanggil manajemen rumah "
     "sakit pekan lalu.", "dinas-kesehatan", "rsud-cempaka-putih"),
    ("Seorang bayi meninggal di RSUD Cempaka Putih. Ketua Komisi IV, Budi Hartono, menuding manajemen rumah "
     "sakit lalai merawat pasien.", "budi", "rsud-cempaka-putih"),
    ("Koperasi Serba Usaha Tunas Harapan (KSU TH) gagal membayar simpanan anggota. Penyidik kemudian "
     "menyita dua mobil. PPATK memblokir 14 rekening milik koperasi dan para pengurusnya.", "ppatk",
     "koperasi-serba-usaha-tunas-harapan"),
    ("Kasus itu dilaporkan oleh panitia Seleksi Bersama Masuk Politeknik (SBMP) ke polisi. Rektor Politeknik "
     "Negeri Kupang membatalkan hasil tes. Menteri Pendidikan Tinggi, Rudi Santoso, meminta panitia "
     "memperketat pemeriksaan peserta.", "rudi", "seleksi-bersama-masuk-politeknik"),
]


def test_class_nouns_where_an_actor_stands():
    """"mendesak federasi membayar ...", "meminta maskapai itu ...", "meminta bank itu ...", "menuding klub
    sengaja ...", "menuding museum itu masih ...", "memanggil manajemen rumah sakit pekan lalu",
    "menuding manajemen rumah sakit lalai ...", "rekening milik koperasi", "meminta panitia ...": the
    class noun in the object slot is the federation, airline, bank, club, museum, hospital or
    cooperative named before (its name has the class's
    word), or the committee the article introduced as "panitia X"."""
    for text, agent, target in CLASS_NOUN_SLOTS:
        assert target in targets(text, agent), text


def test_class_nouns_not_as_kinds_or_modifiers():
    text = ("Sundara United memecat pelatihnya. Klub lain di liga itu belum bersikap. Bank Sentosa Makmur "
            "membuka cabang baru. Menurut OJK, bank umum adalah perusahaan yang menghimpun dana masyarakat. "
            "Kemudian, bank tersebut menyalurkan kredit kepada masyarakat.")
    found = resolved(text)
    assert not any(t.lower().startswith(("klub", "bank")) and k for t, k in found), found
    text = ("Kemenhub menjatuhkan denda kepada PT Garuda Timur Airlines. Menurut Kemenhub, kursi "
            "pengadilan militer AS tidak dibahas. Ia meminta pengadilan menunda sidang.")
    assert not any(t == "pengadilan" and k for t, k in resolved(text))


def test_company_description_as_object_reaches_back_to_the_firm():
    """"mencabut izin usaha perusahaan tersebut" with no firm in the last sentences: the company the
    article is about; never a victims' association named after it ("Paguyuban Korban X")."""
    text = ("Bareskrim menangkap Direktur Utama PT Sinar Dana Digital (SDD), Hendra Wijaya, di Jakarta. "
            "Kerugian nasabah ditaksir Rp 200 miliar. Penyidik menyita dua mobil mewah. "
            "Bank Indonesia mencabut izin usaha perusahaan tersebut. Ratusan anggota Paguyuban Korban SDD "
            "berunjuk rasa di depan Gedung Bareskrim, menuntut aset perusahaan itu dikembalikan.")
    found = resolved(text)
    assert ("perusahaan tersebut", "pt-sinar-dana-digital") in found
    assert ("perusahaan itu", "pt-sinar-dana-digital") in found
    assert "pt-sinar-dana-digital" in targets(text, "bi")


def test_two_banks_are_two_actors_named_bank():
    """"kedua bank" with only one bank named stays open: the firm the article is about is no bank."""
    text = ("Kejagung menyidik kredit macet PT Kain Jaya Abadi. PT Kain Jaya Abadi menerima kredit dari "
            "Bank Sentosa Makmur. Direktur PT Kain Jaya Abadi ditahan. Kedua bank diduga lalai.")
    doc = process_text(text)
    assert not [m for m in doc.mentions if m.text == "Kedua bank" and "pt-kain-jaya-abadi" in m.members]


def test_bare_inspectorate_is_the_inspectorate_named_before():
    text = ("Kepala Desa Lembah Hijau dilaporkan warga ke Inspektorat Kabupaten Sekar Wangi pada Maret. "
            "Bupati Sekar Wangi, Yusuf Halim, meminta Inspektorat memeriksa seluruh dana desa.")
    assert ("Inspektorat", "inspektorat-kabupaten-sekar-wangi") in resolved(text)
    assert "inspektorat-kabupaten-sekar-wangi" in targets(text, "yusuf")


def test_the_factory_is_the_company_named_before():
    text = ("Ratusan buruh PT Benang Sari Lestari mogok kerja di Karawang. Kementerian Ketenagakerjaan (Kemnaker) "
            "mengirim tim pengawas ke pabrik tersebut pada Rabu.")
    assert ("pabrik tersebut", "pt-benang-sari-lestari") in resolved(text)
    assert "pt-benang-sari-lestari" in targets(text, "kemnaker")
    assert not any(t.lower().startswith("pabrik") for t, _ in resolved(
        "PT Benang Sari Lestari membangun pabrik baru di Karawang."))


def test_regional_government_is_the_one_the_article_named():
    text = ("Pemerintah Kabupaten (Pemkab) Sumber Arum memusnahkan 300 ekor babi. Ketua paguyuban peternak, "
            "Yosef Mau, mendesak pemerintah daerah memberikan ganti rugi kepada peternak.")
    assert "pemerintah-kabupaten-sumber-arum" in targets(text, "yosef")
    # counted, it names many governments, none told before
    text = ("Pemerintah Kabupaten (Pemkab) Sumber Arum menggelar rapat. Menteri Dalam Negeri Tito Karnavian "
            "mengundang 109 pemerintah daerah ke Jakarta.")
    assert ("pemerintah daerah", "pemerintah-kabupaten-sumber-arum") not in resolved(text)


def test_a_title_after_sang_stands_for_its_holder():
    text = ("Kepala Desa Watu Ireng Sutrisno membantah tuduhan itu. Ketua BPD Watu Ireng, Slamet, menuding "
            "sang kades menunjuk kerabatnya sendiri.")
    assert "sutrisno" in targets(text, "slamet")


def test_a_bare_city_government_never_named_is_its_one_mayor():
    """'meminta pemkot ...' when the article named the mayor but never "Pemkot X": the mayor acts
    for the city government; a named Pemkot stays the antecedent, and a regent is no mayor."""
    def targets(text: str) -> set:
        return {e.target for e in process_text(text).events if e.code.startswith("02")}
    assert targets("Wali Kota Bogor Dedi Kurnia melarang skuter. Anggota DPRD Kota Bogor, Fikri Ramadhan, "
                   "meminta pemkot menyiapkan jalur khusus.") == {"dedi-kurnia"}
    assert targets("Bupati Garut Rudy Hartono melarang skuter. Anggota DPRD Garut, Fikri Ramadhan, "
                   "meminta pemkot menyiapkan jalur khusus.") == {None}


def test_a_bare_regency_city_or_province_government_is_the_one_named_before():
    """'menuding pemerintah kabupaten gagal ...', 'mendesak pemerintah kota segera ...': the lowercase
    government of a level, where an actor stands, is the one of that level the article named; a
    level paired with another ('kabupaten/kota', 'kabupaten dan kota') is a kind, no one actor."""
    text = ("Pemerintah Kabupaten Lembah Hijau menolak membayar ganti rugi lahan. Ketua Forum Warga, Budi "
            "Santoso, menuding pemerintah kabupaten gagal melindungi petani.")
    assert "pemerintah-kabupaten-lembah-hijau" in targets(text, "budi")
    text = ("Pemerintah Kota Sekar Wangi menerbitkan izin menara. Ketua RW, Andi Wijaya, mendesak pemerintah "
            "kota segera mencabut izin itu.")
    assert "pemerintah-kota-sekar-wangi" in targets(text, "andi")
    for kind in ("pemerintah kabupaten/kota", "pemerintah kabupaten dan kota"):
        text = ("Pemerintah Kabupaten Lembah Hijau menggelar rapat. Menteri Dalam Negeri Tito Karnavian meminta "
                f"{kind} menyiapkan anggaran bencana.")
        assert targets(text, "tito") == {None}, kind


def test_the_rectors_office_acting_is_the_university_named_however_far_back():
    """'meminta rektorat membuka ...' stands for the university the article named, even sentences
    back; 'mengosongkan rektorat' is the building, no actor."""
    text = ("Ratusan mahasiswa Universitas Lembah Hijau menduduki gedung rektorat sejak Senin. Aksi itu berlanjut "
            "hingga malam. Para pedagang di sekitar kampus ikut menutup lapak. Hujan deras sempat turun pada sore "
            "hari. Kepala Ombudsman setempat, Sri Lestari, meminta rektorat membuka dokumen kerja sama itu.")
    assert "universitas-lembah-hijau" in targets(text, "sri")
    text = ("Ratusan mahasiswa Universitas Lembah Hijau menduduki gedung rektorat sejak Senin. Wakil Rektor, "
            "Andi Wijaya, meminta mahasiswa mengosongkan rektorat karena layanan terhenti.")
    assert "universitas-lembah-hijau" not in targets(text, "andi")


def agents(text: str, trigger: str) -> set[str]:
    return {e.agent for e in process_text("Judul\n\n" + text).events if e.trigger == trigger}


def test_a_person_noun_with_a_relative_clause_is_the_person_named_before():
    text = ("Rudi Hartono hadir dalam rapat itu. Politikus yang kini menjabat Wakil Ketua DPR itu "
            "mengkritik KPK.")
    assert agents(text, "mengkritik") == {"rudi-hartono"}
    text = "Jose Mourinho tiba di Madrid. Pria yang kini menangani Real Madrid itu menolak Pepe sebagai asistennya."
    assert agents(text, "menolak") == {"jose-mourinho"}


def test_a_relative_clause_that_names_the_person_keeps_the_name():
    text = "Ia mengkritik OJK, kata wanita yang akrab disapa Kiki itu dalam konferensi pers."
    assert agents(text, "mengkritik") <= {"kiki"}


def test_a_description_after_a_connective_is_the_last_person_named():
    text = ("Menteri Luar Negeri Thailand, Somchai Prasert, mengecam Kamboja. Ia menuntut tahanan dibebaskan. "
            "\"Kami kecewa,\" kata Somchai. Somchai juga menuding Phnom Penh lalai.\n\n"
            "Menteri Luar Negeri Kamboja, Sok Chenda, menyesalkan keputusan Bangkok. Namun, diplomat itu "
            "memastikan negaranya siap bertemu delegasi Thailand.")
    assert agents(text, "siap bertemu") == {"sok-chenda"}


def test_a_lone_inspectorate_with_none_named_before_is_an_actor_of_its_own():
    text = "Ketua Komisi A DPRD Ngawi, Sri Wahyuni, meminta Inspektorat memeriksa proyek jalan desa."
    doc = process_text("Judul\n\n" + text)
    assert ("sri-wahyuni", "020", "inspektorat") in {(e.agent, e.code, e.target) for e in doc.events}
    assert doc.entities["inspektorat"].type == "GovernmentBody"


def test_an_inspectorate_named_before_keeps_its_full_name():
    text = ("Bupati Ngawi menunjuk Inspektorat Kabupaten Ngawi. Ketua Komisi A DPRD Ngawi, Sri Wahyuni, "
            "meminta Inspektorat memeriksa proyek jalan desa.")
    assert "inspektorat-kabupaten-ngawi" in targets(text, "sri-wahyuni")


def test_a_bare_agency_where_an_actor_stands_is_the_agency_named_before():
    text = ("Dinas Pendidikan Kabupaten Merauke memutus kontrak PT Bangun Timur. Anggota DPRD Merauke, Maria "
            "Gebze, mengkritik dinas yang dinilainya lalai.")
    assert targets(text, "maria") == {"dinas-pendidikan-kabupaten-merauke"}
    assert not [m for m in resolved("Kepala Dinas Pendidikan Kabupaten Merauke memakai mobil dinas ke Jakarta.")
                if m[0] == "dinas"]
    assert not [m for m in resolved("Dinas Pendidikan Kabupaten Merauke disorot. KPK menggeledah rumah dinas itu.")
                if m[0].startswith("dinas")]


def test_an_owned_body_opening_a_clause_is_the_body_named_before():
    text = ("Kementerian Perdagangan mendenda PT Sinar Laut Abadi. Direktur perusahaan, Rudi Hartono, "
            "memastikan perusahaannya akan menggugat keputusan itu.")
    assert ("perusahaannya", "pt-sinar-laut-abadi") in resolved(text)
    sold = "Polda Bali menangkap Rudi Hartono. Ia menjual perusahaannya kepada PT Sinar Laut Abadi."
    assert not any(t == "perusahaannya" for t, _ in resolved(sold))   # an object, no subject



def test_a_bare_ombudsman_or_parliament_acting_is_the_one_named_before():
    for text, word in (("Ombudsman Republik Indonesia menerima laporan warga Sekar Wangi. Ombudsman meminta "
                        "Kantor Pertanahan Sekar Wangi menyerahkan seluruh sertifikat.", "Ombudsman"),
                       ("Parlemen Eropa mengecam Slovakia. Parlemen juga mendesak Komisi Eropa membuka prosedur "
                        "pelanggaran.", "Parlemen")):
        doc = process_text(text)
        named = doc.mentions[0].key
        assert named and (word, named) in resolved(text), text
    assert not resolved("Parlemen Eropa mengecam Slovakia. Demonstran berkumpul di depan gedung parlemen.")


def test_a_trade_role_with_a_determiner_is_the_company_named_before():
    text = ("Satgas Pangan menemukan pupuk palsu di gudang PT Tani Sejahtera Abadi. Polda Sekar Wangi memeriksa "
            "dua pegawai gudang distributor itu sebagai saksi.")
    assert ("distributor itu", "pt-tani-sejahtera-abadi") in resolved(text)
    assert "pt-tani-sejahtera-abadi" in targets(text, "polda")
    text = "PT Selam Biru Lestari membawa tamu menyelam. Dinas Pariwisata Sekar Wangi menuding operator itu lalai."
    assert ("operator itu", "pt-selam-biru-lestari") in resolved(text)
