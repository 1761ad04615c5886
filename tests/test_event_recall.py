"""Event recall: constructions that name an act without a plain verb for it; on sentences
written for these tests (invented people and bodies)."""
from __future__ import annotations

from kg.pipeline import process_text


def events(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(e.agent, e.code[:2], e.target, e.modality) for e in process_text(text).events}


def roots(text: str) -> set[tuple[str, str]]:
    return {(a, r) for a, r, _, _ in events(text)}


def test_search_noun_as_subject_of_a_passive_light_verb_is_aid_by_its_agents():
    found = roots("Pencarian dilakukan oleh Badan Nasional Pencarian dan Pertolongan (Basarnas) "
                  "bersama TNI AL sejak Senin pagi.")
    assert ("basarnas", "07") in found
    assert ("tni-al", "07") in found


def test_search_noun_with_its_agent_right_after_the_light_verb():
    found = roots("Pencarian dilakukan Kantor SAR Mandalika bersama Badan Penanggulangan Bencana "
                  "Daerah (BPBD) Sekar Wangi.")
    assert {a for a, r in found if r == "07"} >= {"kantor-sar-mandalika"}
    assert len({a for a, r in found if r == "07"}) == 2


def test_search_noun_elsewhere_is_no_event():
    assert not any(r == "07" for _, r in roots("Mesin pencarian milik PT Cakra Data dipakai Kemenkominfo."))
    assert not any(r == "07" for _, r in roots("Pencarian pelaku dilakukan oleh Polres Sekar Wangi."))


def test_sending_an_investigation_team_is_an_investigation():
    found = events("Komite Nasional Keselamatan Transportasi (KNKT) menurunkan tim investigator ke lokasi.")
    assert any(a == "komite-nasional-keselamatan-transportasi" and r == "09" for a, r, _, _ in found)
    found = events("Kementerian Ketenagakerjaan (Kemnaker) mengirim tim pengawas ke PT Baja Sentosa.")
    assert ("kemnaker", "09", "pt-baja-sentosa", "asserted") in found


def test_sending_relief_stays_aid_and_other_objects_no_investigation():
    assert ("bnpb", "07") in roots("BNPB mengirimkan 20 ton logistik ke Kabupaten Sekar Wangi.")
    assert not any(r == "09" for _, r in roots("Pemkab Sekar Wangi menurunkan harga beras di pasar."))
    assert not any(r == "09" for _, r in roots("Kemnaker mengirim surat kepada PT Baja Sentosa."))


def test_release_coordinated_with_a_custody_passive_shares_its_agent():
    found = roots("Dua pengunjuk rasa diamankan oleh petugas Polres Sekar Wangi, tetapi dilepaskan "
                  "beberapa jam kemudian.")
    assert ("polres-sekar-wangi", "17") in found
    assert ("polres-sekar-wangi", "08") in found


def test_release_after_another_kind_of_passive_takes_no_agent_from_it():
    found = roots("Budi Santosa diserang oleh Andi Wirawan dan dilepaskan.")
    assert not any(r == "08" for _, r in found)


def test_revoking_a_licence_sanctions_its_holder_not_the_licence():
    found = events("Badan Pengawas Pangan Daerah mencabut sertifikat halal produk bumbu milik "
                   "PT Rasa Sentosa Abadi setelah uji laboratorium.")
    assert any(r == "17" and t == "pt-rasa-sentosa-abadi" for _, r, t, _ in found)
    assert not any(r == "17" for _, r, _, _ in events("KPK mencabut gugatan terhadap PT Rasa Sentosa Abadi."))


def test_freezing_a_named_licence_sanctions_its_holder_and_a_plain_object_stays():
    frozen = events("Wali Kota Sekar Wangi, Hendra Kusuma, membekukan Persetujuan Bangunan Gedung (PBG) "
                    "apartemen milik PT Arga Properti Sejahtera.")
    assert {t for _, r, t, _ in frozen if r == "17"} == {"pt-arga-properti-sejahtera"}
    seized = events("Bareskrim membekukan rekening PT Arga Properti Sejahtera.")
    assert ("bareskrim", "17", "pt-arga-properti-sejahtera", "asserted") in seized


def test_report_naming_an_offence_or_a_police_office_is_a_complaint():
    assert ("rina-kartika", "11", "dodi-pratama", "asserted") in events(
        "Rina Kartika melaporkan Dodi Pratama atas dugaan pencemaran nama baik.")
    assert ("rina-kartika", "11", "dodi-pratama", "asserted") in events(
        "Rina Kartika melaporkan Dodi Pratama di Polres Sekar Wangi terkait dugaan penipuan.")
    assert not any(r == "11" for _, r, _, _ in events("BPS melaporkan inflasi Oktober sebesar 2 persen."))


def test_passive_report_to_the_police_without_oleh():
    assert ("rina-kartika", "11", "dodi-pratama", "asserted") in events(
        "Dodi Pratama menjadi tersangka setelah dilaporkan Rina Kartika ke polisi.")
    assert not any(r == "11" for _, r, _, _ in events("Sebanyak 40 warga dilaporkan mengungsi ke Sekar Wangi."))


def test_verb_after_comma_and_lalu_keeps_the_first_verbs_subject():
    found = events("Bawaslu memeriksa Johan Latuconsina, lalu melaporkan Melkianus Pattiasina ke DKPP.")
    assert ("bawaslu", "11", "melkianus-pattiasina", "asserted") in found
    assert not any(a == "johan-latuconsina" for a, *_ in found)


def test_complaint_about_an_offence_is_against_the_actor_named_in_it():
    assert ("icw", "11", "kementerian-haji", "asserted") in events(
        "Indonesia Corruption Watch (ICW) melaporkan dugaan jual-beli kuota di Kementerian Haji "
        "dan Umrah ke Komisi Pemberantasan Korupsi (KPK).")


def test_receiving_an_audience_hosts_the_visitors():
    found = events("Ketua Komisi II Arif Santoso menerima audiensi Lembaga Kajian Publik Nusantara di Senayan.")
    assert any(a == "arif-santoso" and r == "04" for a, r, _, _ in found)


def test_protection_and_compensation_are_aid():
    from kg.pipeline import process_text
    found = {(e.agent, e.code[:2], e.modality) for e in process_text(
        "Lembaga Perlindungan Saksi dan Korban (LPSK) siap memberikan perlindungan kepada Irwan Saputra. "
        "Kementerian Sosial menyerahkan santunan kepada keluarga Irwan Saputra.").events}
    assert ("lpsk", "03", "planned") in found or ("lpsk", "07", "planned") in found
    assert any(a == "kemensos" and r == "07" for a, r, _ in found)


def test_filing_a_lawsuit_with_mendaftarkan_is_a_lawsuit():
    from kg.pipeline import process_text
    found = {(e.agent, e.code, e.target) for e in process_text(
        "Ketua Forum Petani Tebu, Andi Baso, resmi mendaftarkan gugatan terhadap PT Gula Manis Jaya "
        "di Pengadilan Negeri Kediri.").events}
    assert ("andi-baso", "115", "pt-gula-manis-jaya") in found


def test_mutual_noun_names_its_parties_after_antara_wherever_it_stands():
    # inside a prepositional phrase, with a modifier before "antara" and "dengan" as the joint
    found = events("Latihan itu merupakan bagian dari kerja sama bilateral antara Filipina dengan Vietnam.")
    assert {(a, t) for a, r, t, _ in found if r == "06"} == {("philippines", "vietnam"), ("vietnam", "philippines")}
    found = events("Saat ini perundingan antara Malaysia dan Singapura masih berlangsung.")
    assert {(a, t) for a, r, t, _ in found if r == "04"} == {("malaysia", "singapore"), ("singapore", "malaysia")}


def test_mutual_noun_after_antara_not_yet_held_or_with_one_party_is_no_event():
    assert not any(r == "04" for _, r in roots("Menjelang pertemuan antara Malaysia dan Singapura, polisi berjaga."))
    assert not any(r == "06" for _, r in roots("Ia memuji kerja sama antara Malaysia dan warga setempat."))


def test_lifting_sanctions_or_a_punitive_duty_eases_them():
    doc = process_text("Pemerintah China resmi mencabut bea masuk antidumping atas anggur botolan asal Australia. "
                       "Uni Eropa tidak akan mencabut sanksi terhadap Rusia.")
    got = {(e.agent, e.code, e.target, e.modality) for e in doc.events}
    assert ("china", "085", "australia", "asserted") in got
    assert ("uni-eropa", "085", "russia", "negated") in got


def test_a_person_questioned_or_sentenced_with_no_agent_named_by_the_body_acting_before():
    found = events("Kejaksaan Negeri (Kejari) Sukamaju menahan Kepala Desa Sindangsari, Ujang Permana. "
                   "Bendahara desa, Neneng Sumarni, sudah diperiksa sebagai saksi, tetapi tidak ditahan.")
    assert ("kejaksaan-negeri-sukamaju", "09", "neneng-sumarni", "asserted") in found
    found = events("Majelis hakim Pengadilan Negeri Sukamaju menjatuhkan vonis tujuh tahun penjara kepada "
                   "Bambang Wiyono. Dalam sidang yang sama, Direktur PT Cahaya Abadi, Hendro Kusumo, "
                   "divonis lima tahun penjara.")
    assert ("pengadilan-negeri-sukamaju", "11", "hendro-kusumo", "asserted") in found


def test_no_agent_borrowed_for_a_questioning_only_planned_or_a_pronoun():
    for text in ("Polres Sukamaju menangkap Budi Santoso. Polres Sukamaju memanggil Andi Wijaya untuk "
                 "diperiksa pekan depan.",
                 "Polres Sukamaju menangkap Budi Santoso. \"Dia masih diperiksa,\" kata Kapolres "
                 "Sukamaju AKBP Rudi Hartanto."):
        assert not [e for e in process_text(text).events if e.trigger == "diperiksa"]


def test_putting_an_actor_on_a_sanctions_list_is_a_sanction():
    found = events("Otoritas Jasa Keuangan (OJK) memasukkan PT Kebun Makmur Sentosa ke daftar entitas ilegal.")
    assert ("ojk", "16", "pt-kebun-makmur-sentosa", "asserted") in found
    found = events("PT Sinar Jaya Konstruksi dimasukkan ke daftar hitam oleh Kementerian Pekerjaan Umum.")
    assert any(r == "16" and t == "pt-sinar-jaya-konstruksi" for a, r, t, m in found)
    assert not any(r == "16" for a, r, t, m in events(
        "Kementerian Keuangan memasukkan anggaran itu ke dalam daftar prioritas."))


def test_an_apology_is_no_request_for_the_promise_after_it():
    found = events("Manajemen Bintang Samudra FC meminta maaf kepada warga dan berjanji menanggung biaya pengobatan.")
    assert ("bintang-samudra-fc", "03", None, "asserted") in found
    found = events("Polres Sukamaju meminta warga melapor dan berjanji menindak pelaku.")
    assert not any(r == "03" and m == "asserted" for a, r, t, m in found if a == "warga")


def test_a_sanction_on_goods_from_a_country_is_aimed_at_that_country():
    found = events("Pemerintah Australia mengenakan tarif tambahan sebesar 25 persen terhadap baja dan aluminium "
                   "asal Vietnam mulai Senin.")
    assert ("australia", "16", "vietnam", "asserted") in found


def test_tersebut_is_no_verb_before_an_apposed_object():
    found = events("Penyidik Polres Sukamaju memeriksa manajer SPBU tersebut, Wayan Sudarsa, sebagai saksi.")
    assert ("polres-sukamaju", "09", "wayan-sudarsa", "asserted") in found


def test_judged_at_fault_by_an_actor_in_the_passive():
    found = events("Langkah Dinas Perhubungan Kota Sukamaju dinilai terlambat oleh Yayasan Lembaga Konsumen "
                   "Indonesia (YLKI).")
    assert ("ylki", "11", "dinas-perhubungan-kota-sukamaju", "asserted") in found
    assert not events("Program itu dinilai berhasil oleh warga Kota Sukamaju.")


def test_a_second_person_named_after_a_lowercase_description_is_coordinated():
    found = events("Polres Sukamaju menangkap Ketua Koperasi Makmur, Bambang Suseno, dan bendaharanya, "
                   "Wiwik Lestari, di sebuah hotel.")
    assert {t for a, r, t, m in found if r == "17"} == {"bambang-suseno", "wiwik-lestari"}


def test_rejected_petition_whose_filers_are_named_after_a_comma_and_a_relative_clause():
    found = events("Mahkamah Konstitusi (MK) menolak permohonan sengketa Pilkada Lembah Hijau, Jawa Barat, "
                   "yang diajukan pasangan calon nomor urut 3, Dedi Kurnia dan Sari Utami, dalam sidang di Jakarta.")
    assert {t for a, r, t, m in found if a == "mk" and r == "12"} == {"dedi-kurnia", "sari-utami"}


def test_a_province_set_off_by_commas_after_the_subject_leaves_the_subject_acting():
    found = events("Kejaksaan Negeri Lembah Hijau, Jawa Tengah, menahan Budi Santoso, Senin.")
    assert ("kejaksaan-negeri-lembah-hijau", "17", "budi-santoso", "asserted") in found


def test_a_residents_association_named_again_by_its_head_noun():
    found = events("Paguyuban Warga Sidomulyo melaporkan PT Griya Asri ke polisi. "
                   "Paguyuban tersebut menuding Kantor Pertanahan Kota Sukamaju mengabaikan keberatan warga.")
    assert ("paguyuban-warga-sidomulyo", "11", "kantor-pertanahan-kota-sukamaju", "asserted") in found


def test_the_story_opens_with_a_titled_person_set_off_by_commas():
    found = events("Gubernur Jawa Tengah, Bambang Wibisono, menetapkan upah minimum 2028 naik 7 persen. "
                   "Keputusan tersebut ditolak oleh Asosiasi Pengusaha Sukamaju (APS).")
    assert ("asosiasi-pengusaha-sukamaju", "12", "bambang-wibisono", "asserted") in found


def test_pelting_is_violence_by_the_throwers():
    found = events("Bus tim Persada FC dilempari batu oleh anggota Laskar Merah.")
    assert ("laskar-merah", "18", "persada-fc", "asserted") in found
    found = events("Puluhan anggota Laskar Merah melempari kantor Polres Sekar Wangi dengan batu.")
    assert ("laskar-merah", "18", "polres-sekar-wangi", "asserted") in found


def test_a_source_named_with_menurut_does_not_act_in_a_later_subordinate_clause():
    found = events("Kapolres Sekar Wangi, Budi Santoso, membantah ada penganiayaan. Menurut dia, "
                   "ketujuh mahasiswa itu diamankan karena melempari petugas dengan batu.")
    assert not any(r == "18" for _, r, _, _ in found)


def test_paying_the_costs_of_care_is_aid():
    found = roots("PT Cakra Data berjanji menanggung biaya pengobatan korban.")
    assert ("pt-cakra-data", "03") in found
    found = events("Dinas Sosial Sekar Wangi menanggung seluruh biaya pemulangan bagi Budi Santoso.")
    assert ("dinas-sosial-sekar-wangi", "07", "budi-santoso", "asserted") in found
    assert not any(r == "07" for _, r in roots("APBN tidak boleh menanggung utang PT Cakra Data."))


def test_readiness_after_dan_keeps_the_subject():
    found = roots("Kementerian Perhubungan mencabut izin PT Garuda Kencana Trans. Perusahaan tersebut "
                  "tidak akan menggugat keputusan Kemenhub dan siap menanggung biaya pengobatan korban.")
    assert ("pt-garuda-kencana-trans", "03") in found
    assert ("kemenhub", "03") not in found


def test_mediation_told_by_a_passive_or_a_meeting_facilitated():
    assert ("malaysia", "04") in roots("Kedua negara sepakat berdamai setelah ditengahi oleh Malaysia.")
    found = events("Kementerian Luar Negeri siap memfasilitasi dialog antara Thailand dan Kamboja.")
    assert {t for a, r, t, _ in found if a == "kemenlu" and r == "03"} == {"thailand", "cambodia"}
    assert not any(r in ("03", "04") for _, r in roots("Pemkab Sekar Wangi memfasilitasi perizinan usaha."))


def test_relative_clause_on_an_actor_after_kepada_is_that_actors_act():
    found = roots("Budi Santoso berterima kasih kepada Qatar yang memfasilitasi perundingan dengan para penculik.")
    assert ("qatar", "04") in found
    assert ("budi-santoso", "04") not in found


def test_suspension_or_revocation_in_a_passive_with_its_agent():
    found = events("Perdagangan saham PT Cakra Data telah dihentikan sementara oleh Bursa Efek Indonesia (BEI).")
    assert ("bursa-efek-indonesia", "17", "pt-cakra-data", "asserted") in found
    found = events("Izin usaha PT Cakra Data dicabut oleh Otoritas Jasa Keuangan (OJK).")
    assert ("ojk", "17", "pt-cakra-data", "asserted") in found
    assert not any(r == "17" for _, r in roots("Status tanggap darurat dicabut oleh Pemkab Sekar Wangi."))


def test_closing_the_border_to_a_state_is_a_sanction():
    found = events("Thailand menutup perbatasan dengan Kamboja sejak Juli.")
    assert ("thailand", "16", "cambodia", "asserted") in found
    assert not any(r == "16" for _, r in roots("Pemerintah Malaysia menutup perbatasan untuk mencegah wabah."))
    found = events("Pemerintah Laos menutup pos lintas batas Boten dengan China sejak Selasa.")
    assert ("laos", "16", "china", "asserted") in found
    assert not any(r == "16" for _, r in roots("Polisi menutup pos perbatasan itu selama dua jam."))


def test_the_body_operating_a_counted_vessel_after_oleh_acts():
    found = events("Kapal pemasok milik Angkatan Laut Filipina ditembaki meriam air oleh dua kapal "
                   "Penjaga Pantai China di dekat Beting Second Thomas.")
    assert any(a == "penjaga-pantai-china" and r == "19" for a, r, _, _ in found)
    found = roots("Empat tenaga kesehatan kemudian dievakuasi oleh helikopter TNI Angkatan Udara ke Timika.")
    assert ("tni-au", "07") in found


def test_a_body_named_after_bersama_files_the_suit_with_people_no_actor_names():
    found = roots("Gugatan terhadap PT Sawit Hijau diajukan oleh masyarakat adat Dayak Lawang bersama "
                  "Wahana Lingkungan Hidup Indonesia (Walhi) Kalimantan Tengah.")
    assert ("walhi-kalimantan-tengah", "11") in found
    assert not any(r == "11" for _, r in roots("Gugatan itu diajukan oleh warga bersama kuasa hukumnya."))
def test_a_request_joined_to_an_addressed_act_asks_its_addressee():
    """"mengirim nota protes kepada X dan meminta ...", "memanggil Duta Besar X untuk meminta ...":
    the request asks the one the first act addressed; not when it names people of its own."""
    found = events("Kementerian Luar Negeri (Kemlu) mengirim nota protes kepada Pemerintah Papua Nugini dan "
                   "meminta akses kekonsuleran bagi para nelayan.")
    assert ("kemenlu", "02", "papua-new-guinea", "asserted") in found
    found = events("Kemlu memanggil Duta Besar Malaysia untuk meminta penjelasan.")
    assert ("kemenlu", "02", "malaysia", "asserted") in found
    found = events("Polda Metro Jaya menangkap Budi Santoso dan meminta warga tetap tenang.")
    assert ("polda-metro-jaya", "02", "budi-santoso", "asserted") not in found


def test_an_appeal_after_an_accusation_is_the_accusers():
    """"X menuduh militer mengebom desa dan mendesak pemerintah ...": the accused act does not
    hand its subject to the appeal joined after it; the accuser urges."""
    text = ("Militer Nigeria mengebom Desa Kurmin di Nigeria. Direktur Amnesty International Nigeria, Ngozi Eke, "
            "menuduh militer berulang kali mengebom desa dan mendesak Presiden Nigeria membentuk tim independen.")
    agents = {a for a, r, _, _ in events(text) if r == "02"}
    assert "ngozi-eke" in agents and "militer-nigeria" not in agents


def test_a_report_to_an_authority_reaches_past_a_long_titled_object():
    """"melaporkan <title>, <name>, beserta ... ke DKPP": the authority comes after the whole
    object, well past ten tokens; a report of an incident to a school is still no complaint."""
    found = events("Badan Pengawas Pemilu (Bawaslu) Kabupaten Sekar Wangi melaporkan Ketua Komisi Pemilihan Umum "
                   "(KPU) Kabupaten Sekar Wangi, Rudi Hartawan, beserta empat anggotanya ke Dewan Kehormatan "
                   "Penyelenggara Pemilu (DKPP) pada Senin.")
    assert any(r == "11" and t == "rudi-hartawan" for _, r, t, _ in found)
    found = events("Lembaga Cipta Nusantara (LCN) melaporkan PT Kopi Senja Raya, pengelola jaringan kafe di "
                   "Bandung dan Cimahi, ke Polda Jawa Barat atas pelanggaran hak cipta.")
    assert any(r == "11" and t == "pt-kopi-senja-raya" for _, r, t, _ in found)
    assert not any(r == "11" for _, r in roots("Budi Santoso melaporkan kejadian tersebut ke pihak sekolah."))


def test_relieving_an_official_of_duty_is_an_administrative_sanction():
    """"membebastugaskan X" and its passive "X dibebastugaskan oleh Y": a suspension (172)."""
    for text, relieved in (("Menteri Desa, Hasan Basri, telah membebastugaskan Herman Sutedja sejak Senin.",
                            "herman-sutedja"),
                           ("Kepala Seksi Penindakan, Hendarto Wibisono, dibebastugaskan oleh Direktorat Jenderal "
                            "Bea dan Cukai sejak Jumat.", "hendarto-wibisono")):
        assert any(r == "17" and t == relieved for _, r, t, _ in events(text)), text


def test_an_offer_of_cooperation_names_its_partner_after_dengan():
    """"menawarkan kerja sama <field> dengan X": X is the partner offered the cooperation (031)."""
    found = events('"Kami menawarkan kerja sama pembibitan padi dengan Vietnam," ujar Menteri Pertanian '
                   'Bambang Sudiro.')
    assert any(a == "bambang-sudiro" and r == "03" and t == "vietnam" for a, r, t, _ in found)


def test_providing_legal_aid_with_a_light_verb_is_aid():
    """"menyediakan pendampingan hukum bagi X" as "memberikan pendampingan hukum kepada X"."""
    found = events("Konsulat RI di Darwin telah menyediakan pendampingan hukum bagi Yohanis Tefa.")
    assert any(r == "07" and t == "yohanis-tefa" for _, r, t, _ in found)
    assert not any(r == "07" for _, r in roots("Pemerintah Kota Bogor menyediakan lahan parkir bagi warga."))


def test_a_protest_coordinated_by_a_union_with_the_short_passive():
    """"Aksi itu dikoordinasi oleh X" (without -kan) names the organiser as "dikoordinasikan" does."""
    found = events("Ratusan nelayan menggelar aksi unjuk rasa terhadap Pemprov Lampung. "
                   "Aksi itu dikoordinasi oleh Kesatuan Nelayan Teluk Sekar (KNTS).")
    assert any(a == "kesatuan-nelayan-teluk-sekar" and r == "14" and t == "pemprov-lampung" for a, r, t, _ in found)


def test_firefighting_by_a_body_is_relief():
    """"memadamkan (sisa) api" is relief (07), as search and rescue is; cutting power is not."""
    found = roots("Badan Penanggulangan Bencana Daerah (BPBD) Sekar Wangi masih memadamkan sisa api di lahan gambut.")
    assert ("badan-penanggulangan-bencana-daerah-sekar-wangi", "07") in found
    assert not any(r == "07" for _, r in roots("PT PLN memadamkan listrik di kawasan itu saat hujan deras."))


def test_bare_colloquial_minta_in_a_quote_is_a_request_of_an_actor():
    """"Kami minta Polda X ..." (colloquial for "meminta"); "minta duit", "minta waktu" ask for
    things, not of an actor: no event. "minta maaf" is an apology."""
    found = events('"Saya minta Polda Metro Jaya segera mengusut kasus ini," kata Budi Santoso.')
    assert ("budi-santoso", "02", "polda-metro-jaya", "reported") in found
    assert not any(r == "02" for _, r in roots('"Dia minta duit, saya tolak," kata Budi Santoso.'))
    found = events('"Kami minta maaf kepada Persib," kata Budi Santoso.')
    assert ("budi-santoso", "05", "persib", "reported") in found


def test_a_scheduled_meeting_or_examination_is_planned():
    """"menjadwalkan" is a light verb of planned acts: "menjadwalkan rapat dengar pendapat dengan X"."""
    cases = {"Komisi I DPR menjadwalkan rapat dengar pendapat dengan Menteri Pertahanan Sjafrie Sjamsoeddin "
             "pekan depan.": ("komisi-i-dpr", "04", "sjafrie-sjamsoeddin", "planned"),
             "Polda Metro Jaya menjadwalkan pemeriksaan terhadap Budi Santoso pada Senin.":
             ("polda-metro-jaya", "09", "budi-santoso", "planned")}
    for text, wanted in cases.items():
        assert wanted in events(text), text


def test_a_three_word_licence_after_a_revoking_verb():
    """needs cues of three words ("status badan hukum", "hak guna usaha") are read whole."""
    found = events("Kementerian Hukum mencabut status badan hukum Gerakan Pemuda Sekar Wangi (GPSW).")
    assert any(r == "17" and t == "gerakan-pemuda-sekar-wangi" for _, r, t, _ in found)


def test_water_cannon_in_the_passive_and_with_ke():
    found = events("Dua kapal sipil Angkatan Laut Filipina disemprot meriam air oleh kapal Penjaga Pantai China.")
    assert ("penjaga-pantai-china", "19", "angkatan-laut-filipina", "asserted") in found
    found = events("Penjaga Pantai China menyemprotkan meriam air ke kapal nelayan Vietnam.")
    assert ("penjaga-pantai-china", "19", "vietnam", "asserted") in found


def test_a_suspension_at_a_body_aims_at_that_body_not_at_a_town():
    """"menghentikan sementara <kegiatan> di <lembaga>": the body the activity runs at is
    sanctioned; a town or region after "di" is only where it happens."""
    found = events("Kantor Kementerian Agama Kabupaten Sekar Wangi menghentikan sementara kegiatan belajar di "
                   "Pondok Pesantren (Ponpes) Miftahul Huda.")
    assert any(r == "17" and t == "pondok-pesantren-miftahul-huda" for _, r, t, _ in found)
    assert not any(r == "17" for _, r in roots("Kemenkes menghentikan sementara layanan di Jakarta."))


def test_complying_with_an_actors_order_yields_to_it():
    """"mematuhi perintah/putusan X" yields (08) to X; complying with rules in general is no event."""
    found = events("PT Halmahera Bumi Lestari (HBL) akan mematuhi perintah Kementerian Lingkungan Hidup (KLH).")
    assert ("pt-halmahera-bumi-lestari", "08", "klh", "planned") in found
    assert not any(r == "08" for _, r in roots("Para sopir PT Sinar Jaya mematuhi aturan lalu lintas."))


def test_aid_readied_or_sent_by_a_relief_verb_with_bantuan():
    """"menyiapkan 40 truk bantuan": a relief verb with "bantuan" after it is aid (07); opening an
    aid corridor lets aid through and gives none."""
    assert ("wfp", "07") in roots("Program Pangan Dunia (WFP) telah menyiapkan 40 truk bantuan di Kota Sekar Wangi.")
    assert not any(r == "07" for _, r in roots("Kesepakatan itu mewajibkan Sudan membuka jalur bantuan ke El Fasher."))


def test_a_determiner_after_a_preposition_closes_the_later_noun():
    """"kepada pemerintah Vietnam atas insiden tersebut": "tersebut" belongs to "insiden", so the
    government is Vietnam's, not a description resolved to the speaker's own state."""
    found = events("Kementerian Luar Negeri (Kemlu) RI menyampaikan permintaan maaf kepada pemerintah Vietnam "
                   "atas insiden tersebut.")
    assert any(r == "05" and t == "vietnam" for _, r, t, _ in found)


def test_compound_noun_with_an_event_word_does_not_hide_the_owner_named_after_it():
    found = events("Angkatan Laut Belanda menggelar latihan bersama dengan dua kapal perang TNI AL di "
                   "Selat Makassar.")
    assert any(a == "angkatan-laut-belanda" and r == "06" and t == "tni-al" for a, r, t, _ in found)


def test_negation_inside_a_relative_aside_leaves_the_main_verb_asserted():
    assert ("budi", "11", "kpu", "asserted") in events("Budi, yang tidak terluka, mengkritik KPU.")
    assert ("budi", "11", "kpu", "asserted") in events("Budi, yang belum pernah hadir, mengkritik KPU.")
    assert ("kpk", "09", "budi", "negated") in events("KPK, yang belum menetapkan tersangka, tidak akan memanggil Budi.")
    assert ("budi", "11", "kpu", "negated") in events("Budi tidak mengkritik KPU.")


def test_naming_an_actor_in_breach_is_criticism():
    found = events("Menteri Luar Negeri Sugiono menyebut Israel melanggar hukum internasional.")
    assert ("sugiono", "11", "israel", "asserted") in found
    found = events("Ketua PGRI Sumarni Lestari menilai Kemendikbud melanggar undang-undang guru.")
    assert any(a == "sumarni-lestari" and r == "11" and t == "kemendikbudristek" for a, r, t, _ in found)


def test_menyebut_without_a_fault_or_with_a_denied_fault_is_no_criticism():
    assert not any(r == "11" for _, r in roots("Menteri Luar Negeri Sugiono menyebut Malaysia akan hadir."))
    assert not any(r == "11" for _, r in roots("Ketua KPU Hasyim Asy'ari menyebut KPU tidak melanggar aturan."))
    assert not any(r == "11" for _, r in roots("Ketua PGRI Sumarni Lestari menilai Kemendikbud tidak lalai."))
    assert not any(r == "11" for _, r in roots("Dewan Kehormatan Penyelenggara Pemilu (DKPP) menilai Bawaslu "
                                               "tidak terbukti melanggar kode etik."))



SUSPECTS = [   # (sentence, the suspects it names)
    ("Kejaksaan Tinggi (Kejati) Sulawesi Tenggara menetapkan Sri Wahyuningsih Dahlan, istri Bupati Konawe "
     "Haris Tamburaka, sebagai tersangka kasus korupsi alat kesehatan.", {"sri-wahyuningsih-dahlan"}),
    ("Kejaksaan Agung (Kejagung) menetapkan Kepala Biro Umum Kementerian Desa dan Pembangunan Daerah "
     "Tertinggal (Kemendes PDT), Herman Sutanto, sebagai tersangka kasus pengadaan.", {"herman-sutanto"}),
    ("Komisi Pemberantasan Korupsi (KPK) menetapkan Direktur Utama PT Cakra Logam Montara, Simon Baharudin, "
     "sebagai tersangka.", {"simon-baharudin"}),
]


def test_a_suspect_named_after_a_long_title_or_apposition_is_charged():
    """"menetapkan <title, name, apposition> sebagai tersangka": "sebagai tersangka" may come far
    after the verb, and the suspect is the person, not the body in the title."""
    for sentence, suspects in SUSPECTS:
        assert {t for _, r, t, _ in events(sentence) if r == "17"} == suspects, sentence


def test_an_order_to_leave_the_country_expels_the_one_ordered():
    """"memerintahkan X meninggalkan negara itu / keluar dari perairan Y / meninggalkan
    <country>": an expulsion (17) of X, not a bare demand; leaving a room is no expulsion."""
    found = events("Kementerian Luar Negeri Estonia memerintahkan atase militer Belarus, Igor Sadovsky, "
                   "meninggalkan negara itu dalam 72 jam.")
    assert ("kementerian-luar-negeri-estonia", "17", "igor-sadovsky", "asserted") in found
    found = events("Pemerintah Palau memerintahkan kapal milik PT Samudra Biru Lestari keluar dari perairan "
                   "negara itu.")
    assert any(a == "palau" and r == "17" for a, r, _, _ in found)
    found = events("Menteri Luar Negeri Estonia, Kaja Tamm, memberi waktu 48 jam kepada dua diplomat Belarus "
                   "untuk meninggalkan Estonia.")
    assert ("kaja-tamm", "17", "belarus", "asserted") in found
    found = events("Ketua DPRD Sekar Wangi, Rudi Hartono, memerintahkan Kepala Dinas Perhubungan, Anton Wijaya, "
                   "meninggalkan ruang rapat.")
    assert not any(r == "17" for _, r, _, _ in found)


def test_an_order_whose_object_is_an_act_noun_is_that_act_by_the_one_ordering():
    """"Hakim memerintahkan penahanan X": the court detains X (17); "Presiden memerintahkan
    penyelidikan atas kasus itu": an investigation (09) by the President, no bare demand (10)."""
    found = events("Pengadilan Negeri Sekar Wangi memerintahkan penahanan Budi Santoso selama dua bulan.")
    assert any(r == "17" and t == "budi-santoso" for _, r, t, _ in found)
    assert not any(r == "10" for _, r, _, _ in found)
    found = events("Presiden Raka Wijaya memerintahkan penyelidikan menyeluruh atas kebakaran itu.")
    assert {r for _, r, _, _ in found} == {"09"}


PRETRIAL_STORY = ("Judul\n\nKupang - Kejaksaan Negeri (Kejari) Sekar Wangi menahan Kepala Dinas Perikanan, "
                  "Yoseph Bani, Senin (3/3/2025).\n\n")


def test_a_pretrial_motion_targets_the_body_that_detained_the_client_not_the_court():
    found = events(PRETRIAL_STORY + "Kuasa hukum Yoseph, Markus Lodo, berencana mengajukan praperadilan "
                   "ke Pengadilan Negeri (PN) Sekar Wangi pekan depan.\n")
    assert ("markus-lodo", "11", "kejaksaan-negeri-sekar-wangi", "planned") in found
    assert not any(r == "11" and t and t.startswith("pengadilan") for _, r, t, _ in found)


def test_a_pretrial_motion_announced_in_a_quote_is_the_speaker_s():
    found = events(PRETRIAL_STORY + "Kuasa hukum Yoseph, Markus Lodo, hadir di kantor kejaksaan.\n\n"
                   "\"Kami akan mengajukan praperadilan karena penahanan ini terburu-buru,\" ujar Markus.\n")
    assert ("markus-lodo", "11", "kejaksaan-negeri-sekar-wangi", "planned") in found


def test_a_pretrial_motion_with_no_custody_in_view_or_only_a_dismissal_is_dropped():
    found = events("Judul\n\nKupang - Bupati Sekar Wangi, Hendrik Bani, memberhentikan Yoseph Bani dari "
                   "jabatannya.\n\nKuasa hukum Yoseph, Markus Lodo, berencana mengajukan praperadilan.\n")
    assert not any(a == "markus-lodo" and r == "11" for a, r, _, _ in found)



FROZEN = "Judul\n\nJakarta - Kementerian Perdagangan (Kemendag) membekukan izin usaha {} distributor beras. {}\n"


def test_a_sanction_on_a_counted_group_falls_on_each_company_listed_after_it():
    found = events("Judul\n\nJakarta - Komisi Pengawas Persaingan Usaha (KPPU) menjatuhkan denda kepada dua "
                   "pemasok pupuk yang terbukti mengatur harga. Putusan dibacakan pada Selasa (3/3/2025).\n\n"
                   "Kedua perusahaan itu adalah PT Tani Makmur Sejati dan PT Subur Agro Lestari.\n")
    fined = {t for a, r, t, _ in found if a == "kppu" and r == "17"}
    assert fined == {"pt-tani-makmur-sejati", "pt-subur-agro-lestari"}


def test_a_counted_group_with_one_member_named_and_a_list_with_no_count_before_it():
    one = events(FROZEN.format("12", "Salah satunya adalah PT Padi Emas Nusantara."))
    assert ("kemendag", "17", "pt-padi-emas-nusantara", "asserted") in one
    uncounted = events(FROZEN.format("para", "Mereka adalah PT Padi Emas Nusantara dan PT Beras Jaya."))
    assert not {t for _, r, t, _ in uncounted if r == "17"} & {"pt-padi-emas-nusantara", "pt-beras-jaya"}


def test_members_attackers_and_others_held_in_a_reported_agentless_arrest_are_the_speakers_bodys():
    speaker = "Juru bicara Kepolisian Daerah Sekar Wangi, Kombes Budi Santoso, mengatakan"
    police = "kepolisian-daerah-sekar-wangi"
    cases = {f"{speaker} empat anggota Front Pembebasan Sekar ditangkap dalam operasi itu.":
             (police, "17", "front-pembebasan-sekar", "reported"),
             f"{speaker} tiga penyerang tewas dan dua lainnya ditangkap hidup-hidup.": (police, "17", None, "reported")}
    for text, event in cases.items():
        assert event in events(text), text
    denied = events(f"{speaker} tidak ada anggota Front Pembebasan Sekar yang ditangkap.")
    assert not any(r == "17" and m in ("asserted", "reported") for _, r, _, m in denied)


def test_a_person_reported_as_investigated_in_an_agentless_passive_is_investigated_by_the_speakers_body():
    assert ("polres-sekar-wangi", "09", "budi-santoso", "reported") in events(
        "Kasat Reskrim Polres Sekar Wangi, AKP Dani Kusuma, mengatakan Budi Santoso sedang diselidiki atas "
        "dugaan penipuan.")
    assert ("kepolisian-daerah-sekar-wangi", "09", "budi-santoso", "reported") in events(
        "Juru bicara Kepolisian Daerah Sekar Wangi, Kombes Dani Kusuma, mengatakan Budi Santoso sudah diperiksa "
        "sebagai saksi.")
    assert not events("Kuasa hukum Budi Santoso, Andi Wijaya, mengatakan kliennya sudah diperiksa tiga kali.")




def test_a_seizure_from_an_actor_or_its_house_aims_at_the_one_it_is_taken_from():
    doc = process_text("Kejaksaan Negeri Sekar Wangi menahan Budi Santoso. Penyidik juga menyita sebuah mobil dan "
                       "uang tunai Rp410 juta dari rumah Budi Santoso.")
    assert ("kejaksaan-negeri-sekar-wangi", "budi-santoso") in {(e.agent, e.target) for e in doc.events
                                                                 if e.code == "171"}
    found = events("Balai Besar Konservasi Sumber Daya Alam (BBKSDA) Sekar Wangi menyita 17 satwa dilindungi dari "
                   "sebuah kebun binatang mini milik swasta, Taman Satwa Lembah Hijau, di Kabupaten Sekar Wangi.")
    assert {t for _, r, t, _ in found if r == "17"} == {"taman-satwa-lembah-hijau"}
