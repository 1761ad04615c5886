"""Traps that made forbidden events on unseen articles, in new wordings written for these tests:
questions, hoped-for and threatened acts, possibilities, quantified negation, reports called
false, match reports, metaphors with a statement as subject, animals caught. Each test also
keeps a real event of the same text."""
from __future__ import annotations

import pytest

from kg.pipeline import process_text

UNREAL = ("hypothetical", "negated", "conditional")


def real(text: str) -> set[tuple[str, str, str | None]]:
    """(agent, CAMEO root, target) of the events the text asserts, plans or reports."""
    return {(e.agent, e.code[:2], e.target) for e in process_text(text).events if e.modality not in UNREAL}


def roots(text: str, agent: str | None = None) -> set[str]:
    return {r for a, r, _ in real(text) if agent is None or a == agent}


# --- questions ---------------------------------------------------------------------------------
def test_a_polar_question_asserts_nothing():
    assert "17" not in roots("Apakah Polri akan menangkap pemilik akun itu? Kapolri belum menjawab.", "polri")
    assert "16" not in roots("Akankah Indonesia memutus hubungan diplomatik dengan Israel?", "indonesia")
    # the same act said, not asked
    assert "16" in roots("Indonesia memutus hubungan diplomatik dengan Israel.", "indonesia")


# --- acts hoped for, awaited, challenged, urged, considered, possible ------------------------------
NOT_DONE = [
    ("Warga berharap Polri menangkap pelaku pembakaran rumah ibadah itu.", "polri", "17"),
    ("DPR menunggu Kejagung menetapkan tersangka baru.", "kejagung", "17"),
    ("ICW menantang KPK menangkap Harun Masiku.", "kpk", "17"),
    ("KPK diharapkan segera menahan tersangka, kata peneliti ICW.", "kpk", "17"),
    ("DPR menginginkan KPK menahan Bupati Kudus.", "kpk", "17"),
    ("Komnas HAM merekomendasikan Polri memeriksa anggotanya.", "polri", "09"),
    ("Polri mempertimbangkan untuk menangkap pemilik akun itu.", "polri", "17"),
    ("Kejagung berpeluang menyita aset Surya Darmadi.", "kejagung", "17"),
    ("KPK membuka peluang menjerat korporasi dalam kasus itu.", "kpk", "17"),
    ("KPK didesak menahan Bupati Kudus.", "kpk", "17"),
    ("Polri diminta segera menangkap pelaku.", "polri", "17"),
    ("Kejagung ditantang menyita aset keluarga Cendana.", "kejagung", "17"),
    ("Sudah saatnya KPK menahan Bupati Kudus.", "kpk", "17"),
    ("Hal itu bukan berarti KPK akan menahan Bupati Kudus.", "kpk", "17"),
    ("Asal ada bukti, KPK pasti menahan Bupati Kudus.", "kpk", "17"),
    ("KPK menolak menahan Bupati Kudus dengan alasan kesehatan.", "kpk", "17"),
    ("Jepang menolak mengirim pasukan ke Ukraina.", "japan", "15"),
]


@pytest.mark.parametrize("text, agent, root", NOT_DONE)
def test_acts_not_done(text, agent, root):
    assert root not in roots(text, agent)


def test_the_same_acts_done_survive():
    assert "17" in roots("Polri menangkap pelaku pembakaran rumah ibadah itu.", "polri")
    assert "17" in roots("Kejagung menyita aset Surya Darmadi.", "kejagung")
    assert "17" in roots("KPK menahan Bupati Kudus.", "kpk")
    # only the act right after "menolak" is refused; those who refuse a thing still act
    assert "14" in roots("Walhi yang menolak tambang itu memblokade jalan menuju kantor PT Semen.", "walhi")
    # "dalam hal ini" is "in this matter", no condition
    assert "17" in roots("Dalam hal ini, KPK menahan Bupati Kudus.", "kpk")


# --- threats -------------------------------------------------------------------------------------
def test_the_threatened_act_is_not_done_but_the_threat_is():
    found = real("KKB mengancam menembak warga pendatang di Puncak.")
    assert not {r for a, r, _ in found if r in ("18", "19")}
    assert any(r == "13" for a, r, _ in found)
    assert not {r for a, r, _ in real("Rusia mengancam akan menyerang Polandia.") if r in ("18", "19")}
    assert "19" in roots("Rusia menyerang Polandia.", "russia")


# --- negation and denial --------------------------------------------------------------------------
def test_not_a_single_one_negates():
    assert ("asean", "11", "china") not in real("Tak satu pun negara ASEAN mengecam China.")
    assert ("asean", "11", "china") in real("Negara ASEAN mengecam China.")


def test_a_report_called_false_denies_its_act():
    text = "Kabar bahwa Polri menangkap Ketua BEM UI adalah hoaks, kata Kadiv Humas Polri."
    assert "17" not in roots(text, "polri")
    assert "17" in roots("Polri menangkap Ketua BEM UI di Depok.", "polri")


# --- match reports, metaphors, animals -------------------------------------------------------------
def test_a_match_report_has_no_arrest_or_attack():
    assert not real("Pasangan Thailand membekuk wakil Indonesia dua gim langsung.")
    assert not {r for _, r, _ in real("Timnas U-23 dibantai Uzbekistan 0-4 di semifinal Piala Asia.")
                if r in ("17", "18", "19", "20")}
    assert "17" in roots("Polda Jawa Barat membekuk dua pengedar narkoba di Bandung.")


def test_a_statement_that_attacks_interests_is_a_metaphor():
    assert not {r for _, r, _ in real("Menurut Gedung Putih, deklarasi BRICS menyerang kepentingan Amerika Serikat.")
                if r in ("18", "19")}
    assert "19" in roots("Pasukan Rusia menyerang Kyiv pada Senin.")


def test_an_animal_caught_is_not_arrested():
    assert not real("Anjing liar itu menggigit dua warga sebelum ditangkap petugas Dinas Peternakan.")


def test_a_budget_held_hostage_is_a_metaphor():
    assert "18" not in roots("DPR menyandera RAPBN karena tak sepakat dengan Kementerian Keuangan.", "dpr")


def test_a_plan_called_off_is_negated():
    assert "17" not in roots("KPK sempat akan menahan Bupati Kudus, tetapi batal.", "kpk")
    assert "17" in roots("KPK akan menahan Bupati Kudus pekan depan.", "kpk")


def test_force_aimed_at_words_is_a_figure_of_speech():
    assert "19" not in roots("Sri Mulyani menghantam balik tudingan DPR soal utang.")
    assert "19" not in roots("Politikus PDIP menembak Menteri Keuangan dengan kritik pedas.")
    assert "19" not in roots("Jepang menembakkan kembang api untuk merayakan tahun baru.")
    assert "19" in roots("Israel menghantam Rafah dengan rudal.", "israel")


def test_withholding_money_is_no_detention():
    assert "17" not in roots("Pemkab Bogor menahan belanja pegawai sampai akhir tahun.")
    assert "17" in roots("Polres Bogor menahan dua tersangka pencurian.")


def test_one_side_beating_another_in_a_match_is_no_force():
    assert "17" not in roots("Korea Selatan membekuk Jepang lewat adu penalti.")
    assert "19" not in roots("Timnas Indonesia terus menyerang pertahanan Vietnam di babak kedua.")
    # the police arresting after a match still arrest
    assert "17" in roots("Polres Metro Bekasi membekuk Andi Wijaya, ketua kelompok suporter, "
                         "usai laga Persija melawan Persib.", "polres-metro-bekasi")


def test_an_attack_in_a_debate_is_verbal():
    assert "19" not in roots("Prabowo menyerang Anies dalam debat capres.")
    assert "19" in roots("Ukraina menyerang balik pasukan Rusia di Kharkiv.", "ukraine")


def test_a_club_sacking_its_coach_is_no_match_result():
    assert "17" in roots("PSSI resmi memecat pelatih timnas Patrick Kluivert.", "pssi")


def test_a_threat_naming_the_speakers_own_body_before_akan_does_not_target_it():
    """'Ketua X ... mengancam X akan mogok': X will strike (the threat's content), X is not threatened;
    the one the condition names is pressed; a state threatened the same way stays the target."""
    from kg.pipeline import process_text
    doc = process_text("Ketua Serikat Pekerja Maju Bersama (SPMB), Andi Wijaya, mengatakan upah belum dibayar. "
                       "Andi juga mengancam SPMB akan menggelar mogok apabila PT Sinar Jaya tidak membayar upah.")
    threats = [(e.agent, e.target) for e in doc.events if e.code.startswith("13")]
    assert threats == [("andi-wijaya", "pt-sinar-jaya")]
    doc = process_text("Presiden Amerika Serikat Joe Biden mengancam Iran akan menghadapi konsekuensi berat.")
    assert [(e.agent, e.target) for e in doc.events if e.code.startswith("13")] == [("joe-biden", "iran")]


def test_a_warning_never_targets_the_warning_ministers_own_state():
    from kg.pipeline import process_text
    doc = process_text("Menteri Luar Negeri Inggris, Jane Whitmore, memperingatkan bahwa sanksi akan berlaku lagi "
                       "jika warga Inggris kembali ditahan.")
    assert [(e.agent, e.target) for e in doc.events if e.code.startswith("13")] == [("jane-whitmore", None)]


def test_a_planned_act_in_a_relative_clause_on_a_thing_is_the_things():
    """'gagal mengesahkan rancangan resolusi yang akan memberlakukan embargo ...': the draft would
    impose it, the Council imposes nothing; an actor before 'yang akan' still plans the act."""
    from kg.pipeline import process_text
    doc = process_text("Dewan Keamanan PBB gagal mengesahkan rancangan resolusi yang akan memberlakukan "
                       "embargo senjata terhadap Myanmar.")
    assert not [e for e in doc.events if e.code.startswith("16")]
    doc = process_text("Uni Eropa, yang akan memberlakukan embargo senjata terhadap Myanmar, menggelar rapat.")
    assert ("uni-eropa", "myanmar", "planned") in {(e.agent, e.target, e.modality) for e in doc.events
                                                   if e.code.startswith("16")}


def test_withholding_approval_or_support_is_no_detention():
    from kg.pipeline import process_text
    for obj in ("persetujuan atas paket bantuan itu", "dukungan bagi calon tersebut", "izin ekspor perusahaan itu"):
        doc = process_text(f"Pemerintah Hungaria menahan {obj}.")
        assert not [e for e in doc.events if e.code.startswith("17")], obj
    doc = process_text("Polda Metro Jaya menahan tiga tersangka kasus penipuan.")
    assert [e.code for e in doc.events] == ["173"]


def test_a_said_clause_with_a_long_common_noun_subject_is_not_the_speakers_act():
    """'menilai pemangkasan anggaran di tengah mahalnya pangan akan memukul ...': the cut hits, not
    the one judging; the speaker still acts when the clause has no subject of its own."""
    from kg.pipeline import process_text
    doc = process_text("Ketua Serikat Petani Nusantara, Budi Santoso, menilai pemangkasan subsidi di tengah "
                       "mahalnya harga pupuk akan memukul petani kecil.")
    assert not [e for e in doc.events if e.agent == "budi-santoso" and e.code.startswith("18")]
    doc = process_text("Ketua Serikat Petani Nusantara, Budi Santoso, menyatakan akan menggugat keputusan "
                       "Kementerian Pertanian ke pengadilan.")
    assert [e for e in doc.events if e.agent == "budi-santoso" and e.code.startswith("11")]


def test_a_state_at_the_end_of_an_unresolved_body_name_does_not_act():
    """'Garda Pantai Norwegia menangkap ...': the coast guard acts, not the state; 'Pemerintah
    Norwegia' and 'Presiden Tunisia' still stand for theirs."""
    from kg.pipeline import process_text
    doc = process_text("Garda Pantai Norwegia menangkap dua nelayan asing.")
    assert not [e for e in doc.events if e.agent == "norway"]
    doc = process_text("Pemerintah Norwegia mengecam serangan itu. Presiden Tunisia mengecam serangan itu.")
    assert {"norway", "tunisia"} <= {e.agent for e in doc.events if e.code.startswith("11")}


# --- a battery of wordings the gold never used (each trap has its act done in DONE below) -----------
UNREAL_ACTS = [
    # the consequent of a condition that opens the sentence
    ("Kalau pengadilan kelak membebaskan Budi Santoso dari semua dakwaan jaksa di Pengadilan Negeri Jakarta "
     "Selatan, Partai Golkar pasti mendukung Budi Santoso lagi.", "golkar", "05"),
    # another's forecast
    ("Analis memperkirakan Rusia akan menyerang Kyiv lagi pekan ini.", "russia", "19"),
    ("Pengamat menilai China bakal menginvasi Taiwan.", "china", "19"),
    # a charge, a misuse alleged, a pretext
    ("Budi Santoso didakwa membunuh istrinya di Bekasi.", "budi-santoso", "18"),
    ("\"Vanuatu terus menyalahgunakan forum Dewan Keamanan untuk mendukung OPM,\" kata Budi Santoso.",
     "vanuatu", "05"),
    # feigned, replaced, prevented, foiled, nearly done
    ("Rusia berpura-pura menarik pasukan dari perbatasan Ukraina.", "russia", "08"),
    ("Alih-alih Polda Metro Jaya menangkap Budi Santoso, polisi justru memeriksa korban.", "polda-metro-jaya", "17"),
    ("Brimob mencegah massa PDIP menyerang kantor DPRD.", "pdip", "19"),
    ("TNI menghalangi KKB menyerang pos di Intan Jaya.", "kkb", "19"),
    ("Upaya Hamas menyerang Tel Aviv digagalkan Israel.", "hamas", "19"),
    ("Rusia hampir menyerang Polandia pada 2022.", "russia", "19"),
    # reports called false, acts unproven or asked about
    ("Kabar Polri menangkap Budi Santoso tidak benar.", "polri", "17"),
    ("Tudingan bahwa Polri menangkap aktivis itu mengada-ada, kata Kadiv Humas.", "polri", "17"),
    ("Tuduhan bahwa Israel menyerang rumah sakit itu tidak berdasar.", "israel", "19"),
    ("Polisi tidak menemukan bukti bahwa Budi Santoso menyerang korban.", "budi-santoso", "19"),
    ("Polisi masih menyelidiki apakah Budi Santoso menyerang korban.", "budi-santoso", "19"),
    ("Belum diketahui apakah KPK akan menahan Bupati Kudus.", "kpk", "17"),
    ("Komnas HAM menyelidiki dugaan penganiayaan oleh Polres Cirebon terhadap suporter.", "polres-cirebon", "18"),
    # urged
    ("DPR mendorong KPK menahan Bupati Kudus.", "kpk", "17"),
    # guarding, holding rates or seats, playing a match
    ("Ribuan personel TNI dikerahkan untuk mengamankan KTT G20 di Bali.", None, "17"),
    ("TNI mengamankan Kejaksaan Tinggi Jawa Timur atas perintah Panglima.", None, "17"),
    ("The Fed menahan bunga acuan sejak Desember.", None, "17"),
    ("Kader Partai Golkar menduduki kursi kabinet.", None, "19"),
    ("Persib menyerang balik lewat sayap kanan pada menit ke-80.", None, "19"),
    ("Tembakan Marselino membentur tiang gawang Vietnam.", None, "19"),
    # contracted negation, denial verbs, permission, own-act warnings, unreached acts, unconfirmed
    # reports, purposes after "guna"/"demi"
    ("KPK takkan menahan Andi Saputra.", "kpk", "17"),
    ("KPK menunda menahan Andi Saputra hingga pekan depan.", "kpk", "17"),
    ("Polri mengelak telah menangkap Andi Saputra.", "polri", "17"),
    ("KPK menyanggah telah menahan Andi Saputra.", "kpk", "17"),
    ("KPK boleh menahan Andi Saputra setelah izin keluar.", "kpk", "17"),
    ("Polri diizinkan menangkap Andi Saputra oleh pengadilan.", "polri", "17"),
    ("Polri diperbolehkan menangkap Andi Saputra.", "polri", "17"),
    ("Israel memperingatkan akan menyerang Beirut.", "israel", "19"),
    ("China menggertak akan memblokade Taiwan.", "china", "19"),
    ("Rusia mengancam balik akan menyerang gudang senjata NATO.", "russia", "19"),
    ("Amerika Serikat memperingatkan bahwa Rusia akan menyerang Ukraina dalam waktu dekat.", "russia", "19"),
    ("Andi Saputra kabur sebelum sempat ditangkap Polri.", "polri", "17"),
    ("Sebelum Polri sempat menangkapnya, Andi Saputra sudah melarikan diri ke luar negeri.", "polri", "17"),
    ("Santer terdengar Polri akan menangkap Andi Saputra.", "polri", "17"),
    ("Beredar isu Polri menangkap Andi Saputra, namun belum terkonfirmasi.", "polri", "17"),
    ("Kabar Polri menangkap Andi Saputra belum dapat dikonfirmasi.", "polri", "17"),
    ("Indonesia menyiapkan dua kapal perang guna mengevakuasi WNI dari Lebanon.", "indonesia", "07"),
    ("Indonesia menawarkan bantuan helikopter demi mengevakuasi warga Malaysia.", "indonesia", "07"),
]

DONE = [
    ("Partai Golkar mendukung Budi Santoso lagi.", "golkar", "05"),
    ("Rusia akan menyerang Kyiv lagi pekan ini.", "russia", "19"),
    ("KPK meyakini akan menahan Bupati Kudus pekan depan.", "kpk", "17"),        # one's own forecast
    ("Rusia menggunakan forum PBB untuk mengecam Ukraina.", "russia", "11"),
    ("Hamas menyerang Tel Aviv.", "hamas", "19"),
    ("Hampir seratus anggota KSPI berdemo di depan Gedung DPR.", "kspi", "14"),   # "hampir" + a count
    ("Polri menangkap Budi Santoso.", "polri", "17"),
    ("Polisi menemukan bukti bahwa Budi Santoso menyerang korban.", "budi-santoso", "19"),
    ("Ditanya apakah akan menahan Bupati Kudus, Ketua KPK Firli Bahuri mengatakan KPK menahan Bupati Kudus "
     "hari ini.", "kpk", "17"),                                                  # the question ends at its comma
    ("DPR mendorong KPK menahan Bupati Kudus.", "dpr", "02"),
    ("Komnas HAM menyelidiki penganiayaan oleh Polres Cirebon terhadap suporter.", "polres-cirebon", "18"),
    ("Untuk mendorong ekspor, Indonesia bekerja sama dengan Jepang.", "indonesia", "06"),   # pushing a thing
    ("Polda Metro Jaya mengamankan lima anggota FPI di Petamburan.", "polda-metro-jaya", "17"),
    ("Polda Metro Jaya mengamankan Budi Santoso di rumahnya.", "polda-metro-jaya", "17"),
    ("Ukraina menyerang balik pasukan Rusia di Kharkiv.", "ukraine", "19"),
    ("\"Jika ada WNI yang ditahan, segera hubungi kami,\" imbauan KBRI Canberra kepada Kemlu.",
     "kbri-canberra", "02"),                                                     # the condition stays in its quote
    # twins of the second battery of traps above
    ("Sebelum sempat kabur, Andi Saputra ditangkap Polri.", "polri", "17"),
    ("Andi Saputra sempat kabur sebelum ditangkap Polri di Bandung.", "polri", "17"),
    ("Israel memperingatkan akan menyerang Beirut.", "israel", "13"),       # the warning is a threat
    ("Rusia mengancam balik akan menyerang gudang senjata NATO.", "russia", "13"),
    ("Kabar Polri menangkap Andi Saputra dikonfirmasi Kapolda.", "polri", "17"),
    ("Indonesia mengevakuasi WNI dari Lebanon guna menyelamatkan mereka.", "indonesia", "07"),
    ("Polri boleh dibilang sukses karena menangkap Andi Saputra.", "polri", "17"),
]


@pytest.mark.parametrize("text, agent, root", UNREAL_ACTS)
def test_battery_acts_not_asserted(text, agent, root):
    assert root not in roots(text, agent)


@pytest.mark.parametrize("text, agent, root", DONE)
def test_battery_acts_done(text, agent, root):
    assert root in roots(text, agent)


def test_a_fronted_clause_lists_no_actors_across_its_comma():
    """'Sebelum X menyerang Y, Z ...': Y and Z are no list, so Z is no target of the attack and Y
    no author of Z's act; a list inside the fronted clause stays one."""
    found = real("Sebelum Rusia menyerang Ukraina, NATO telah memperingatkan Moskow.")
    assert ("russia", "19", "nato") not in found and ("ukraine", "13", "russia") not in found
    assert {("russia", "19", "ukraine"), ("nato", "13", "russia")} <= found
    found = real("Setelah Rusia, Belarus, dan Iran menyerang Ukraina, NATO mengecam Moskow.")
    assert {("russia", "19", "ukraine"), ("iran", "19", "ukraine"), ("nato", "11", "russia")} <= found
    assert ("russia", "19", "nato") not in found
    found = real("Alih-alih mengecam Israel, Amerika Serikat malah mendukung Tel Aviv.")
    assert ("israel", "05", "united-states") not in found
    # a connective ("Meski begitu,") opens no clause: the list after it stands
    found = real("Meski begitu, Polri menangkap Budi Santoso, Andi Wijaya, dan Joko Susilo.")
    assert {t for a, r, t in found if r == "17"} == {"budi-santoso", "andi-wijaya", "joko-susilo"}


def test_the_oleh_phrase_of_an_event_noun_names_its_agent():
    """'menyatakan penetapan tersangka oleh Polda X ... tidak sah': Polda X named the suspect, not
    the court that speaks."""
    found = real("PN Palu menyatakan penetapan tersangka oleh Polda Sulteng terhadap Budi Santoso tidak sah.")
    assert ("polda-sulteng", "17", "budi-santoso") in found
    assert not {r for a, r, _ in found if a == "pn-palu" and r == "17"}
    assert ("polda-metro-jaya", "17", "budi-santoso") in real(
        "Penangkapan Budi Santoso oleh Polda Metro Jaya dikecam Amnesty.")


def test_a_suspect_named_but_not_held_with_no_actor_for_the_detention():
    found = real("Budi Santoso ditetapkan sebagai tersangka oleh KPK, namun belum ditahan.")
    assert ("kpk", "17", "budi-santoso") not in found and ("kpk", "11", "budi-santoso") in found
    assert ("kpk", "17", "budi-santoso") in real("Budi Santoso ditetapkan sebagai tersangka oleh KPK "
                                                 "dan langsung ditahan.")


# --- reports called false in other words, in the next sentence, or shown in a video -------------
CALLED_FALSE = [
    ("Kabar Kejagung menyita aset Surya Darmadi ternyata palsu.", "kejagung", "17"),
    ("Video yang menyebut TNI menembak warga di Intan Jaya ternyata hoaks.", "tni", "19"),
    ("Foto yang memperlihatkan TNI menembak warga merupakan hasil rekayasa.", "tni", "19"),
    ("Narasi Polri menangkap ulama adalah disinformasi.", "polri", "17"),
    ("Kabar penahanan Andi Saputra oleh Polri adalah berita bohong.", "polri", "17"),
    ("Beredar kabar bahwa Polri menangkap Andi Saputra. Polri memastikan kabar tersebut tidak benar.",
     "polri", "17"),
    ("Beredar kabar Polri menangkap Andi Saputra. Kapolda menyebut informasi itu hoaks.", "polri", "17"),
]


def test_reports_confirmed_or_not_judged_keep_their_act():
    assert "17" in roots("Beredar kabar Polri menangkap Andi Saputra. Kabar tersebut dibenarkan Kapolda.", "polri")
    assert "17" in roots("Kabar Polri menangkap pengedar uang palsu di Bekasi beredar luas.", "polri")
    assert "17" in roots("Polri menangkap pengedar uang palsu.", "polri")


# --- a question without a question word; permission; capability, training and readiness ---------
UNREAL_WORDINGS = [
    ("Rusia menyerang Polandia? Itu tidak mungkin.", "russia", "19"),
    ("Apa benar Polri menangkap Andi Saputra?", "polri", "17"),                 # "apa benar": polar
    ("Undang-undang itu memungkinkan Polri menahan tersangka selama 20 hari.", "polri", "17"),
    ("Dubes itu mengizinkan Polri memeriksa stafnya.", "polri", "09"),
    ("Korea Utara menguji rudal yang mampu menyerang Amerika Serikat.", "north-korea", "19"),
    ("Pasukan Rusia dilatih untuk menyerang Kyiv.", "militer-rusia", "19"),
    ("TNI bersiaga untuk menembak jatuh drone asing.", "tni", "19"),
    ("Polri tengah mencari cara untuk menangkap pelaku.", "polri", "17"),
    ("Rusia hampir pasti menyerang Kyiv.", "russia", "19"),
    ("Polri membuka opsi menahan Andi Saputra.", "polri", "17"),
    ("KPK seyogianya menahan Bupati Kudus.", "kpk", "17"),
    ("KPK layak menahan Bupati Kudus.", "kpk", "17"),
    ("Begitu Rusia menyerang Polandia, NATO akan turun tangan.", "russia", "19"),
    ("Kalau-kalau Rusia menyerang, Polandia sudah bersiap.", "russia", "19"),
]


def test_their_real_twins_survive():
    assert "17" in roots("Mengapa Polri menangkap Andi Saputra?", "polri")
    assert "17" in roots("Apa alasan Polri menangkap Andi Saputra?", "polri")   # "apa" asks for content
    assert "09" in roots("Polri memeriksa stafnya.", "polri")
    assert "17" in roots("Polri mampu menangkap pelaku dalam 24 jam.", "polri")
    assert "19" in roots("Begitu Rusia menyerang Ukraina, NATO langsung mengecam.", "russia")
    assert "19" in roots("Rusia menyerang Kyiv.", "russia")


# --- plans called off in the next sentence or by the predicate of the act's noun; joined refusals;
# --- conditions in other words -----------------------------------------------------------------
CALLED_OFF = [
    ("KPK sempat hendak menahan Bupati Kudus. Namun, rencana itu batal.", "kpk", "17"),
    ("KPK akan menahan Bupati Kudus. Namun, penahanan ditunda karena ia sakit.", "kpk", "17"),
    ("KPK akan membebaskan Andi Saputra. Namun, pembebasan itu ditunda.", "kpk", "08"),
    ("Penangkapan Andi Saputra oleh Polri dibatalkan.", "polri", "17"),
    ("Rencana penyerangan Israel ke Iran digagalkan.", "israel", "19"),
    ("Polri menolak menahan dan menangkap Andi Saputra.", "polri", "17"),
    ("Presiden akan mengirim pasukan ke Gaza, dengan catatan DPR menyetujuinya.", "dpr", "08"),
]


def test_acts_not_called_off_survive():
    assert "17" in roots("KPK akan menahan Bupati Kudus. Namun, sidang praperadilan ditunda.", "kpk")
    assert "09" in roots("KPK akan memeriksa Bupati Kudus. Namun, pemeriksaan Andi Saputra ditunda.", "kpk")
    assert "17" in roots("Penangkapan Andi Saputra oleh Polri memicu protes.", "polri")
    assert "08" in roots("Polri menolak menahan Andi Saputra dan membebaskannya.", "polri")
    assert "08" in roots("DPR menyetujui pengiriman pasukan ke Gaza.", "dpr")


# --- lexical collisions: words attacked in argument, abstract things seized or driven away ----------
COLLISIONS = [
    ("Jokowi menyerang balik kritik Prabowo.", "joko-widodo", "19"),
    ("Israel menyerang balik tuduhan Afrika Selatan di ICJ.", "israel", "19"),
    ("Anies menyerang program Ganjar.", "anies-baswedan", "19"),
    ("Kemenparekraf menangkap potensi wisata halal.", "kemenparekraf", "17"),
    ("Pemprov DKI mengusir kemacetan dengan ganjil genap.", "pemprov-dki", "17"),
]


# --- acts only prepared for, opened up to or given a go-ahead -------------------------------------
PREPARED = [
    ("Indonesia menyiapkan dua kapal perang untuk mengevakuasi WNI dari Lebanon.", "indonesia", "07"),
    ("Indonesia membuka pintu untuk mengirim pasukan perdamaian ke Gaza.", "indonesia", "07"),
    ("Presiden memberi lampu hijau TNI menyerang KKB.", "tni", "19"),
    ("DPR memberi restu Polri menangkap Andi Saputra.", "polri", "17"),
    ("Polri mengajukan permohonan ke pengadilan untuk menyita aset Andi Saputra.", "polri", "17"),
    ("Polri diberi waktu sepekan untuk menangkap Andi Saputra.", "polri", "17"),
    ("Densus 88 ditugasi menangkap terduga teroris.", "densus-88", "17"),
    ("Indonesia melobi PBB untuk mengirim pasukan ke Gaza.", "indonesia", "15"),
]


# --- habits, fears, difficulties and attempts that came to nothing --------------------------------
NOT_ONE_ACT = [
    ("Biasanya, Polri menahan tersangka narkoba di Rutan Bareskrim.", "polri", "17"),
    ("Dalam kasus seperti ini, KPK umumnya menahan tersangka.", "kpk", "17"),
    ("Keluarga takut Polri menangkap Andi Saputra.", "polri", "17"),
    ("Warga cemas TNI menyerang kampung mereka.", "tni", "19"),
    ("Polri kesulitan menangkap pelaku karena bukti minim.", "polri", "17"),
    ("Polri kewalahan menangkap pelaku.", "polri", "17"),
    ("Upaya Polri menangkap Andi Saputra belum membuahkan hasil.", "polri", "17"),
    ("Upaya KPK menahan Bupati Kudus terganjal praperadilan.", "kpk", "17"),
]


def test_acts_done_despite_fear_or_effort_survive():
    assert "19" in roots("Karena takut ditangkap, Andi Saputra menyerang Budi Santoso.", "andi-saputra")
    assert "19" in roots("Warga yang ketakutan melihat TNI menembak warga.", "tni")
    assert "17" in roots("Upaya Polri menangkap Andi Saputra membuahkan hasil.", "polri")
    assert "17" in roots("Polri menangkap Andi Saputra meski sulit.", "polri")


def test_a_noun_of_falsehood_in_a_name_denies_nothing():
    assert "17" in roots("Penyebar hoaks itu ditangkap Polri.", "polri")
    assert "17" in roots("Penyebar kabar bohong itu ditahan Polri.", "polri")
    assert "17" in roots("Pelaku fitnah terhadap Presiden ditangkap Polri.", "polri")
    # denials and reports called false still deny
    assert "17" not in roots("Polri membantah menangkap penyebar hoaks itu.", "polri")
    assert "17" not in roots("Kapolri menepis kabar Polri menangkap Andi Saputra.", "polri")
    assert "17" not in roots("Hoaks, Polri menangkap Andi Saputra.", "polri")


def test_idioms_that_open_with_a_negation_negate_nothing():
    assert "17" in roots("Polri tidak hanya menangkap Andi Saputra, tetapi juga menahan Budi Santoso.", "polri")
    assert "19" in roots("Israel bukan hanya menyerang Gaza, melainkan juga Lebanon.", "israel")
    assert "17" in roots("Selain itu, KPK tidak lupa menyita aset Bupati Kudus.", "kpk")
    assert "17" in roots("Polri tidak main-main dan menangkap Andi Saputra.", "polri")
    # a plain negation right next to them still negates
    assert "17" not in roots("Polri tidak menangkap Andi Saputra.", "polri")
    assert "17" not in roots("Polri hanya tidak menahan Andi Saputra.", "polri")


def test_a_report_its_agent_denies_in_the_next_sentence_is_denied():
    assert "19" not in roots("Reuters melaporkan Rusia menyerang Polandia. Namun, Kremlin membantahnya.", "russia")
    assert "19" not in roots("Media Israel melaporkan Israel menyerang Iran. Namun, Israel membantah laporan itu.",
                             "israel")
    assert "17" not in roots("Sumber menyebut KPK menahan Bupati Kudus. KPK membantah hal tersebut.", "kpk")
    # a charge denied by the one held, a denial by another, an act said on the sentence's own authority
    assert "17" in roots("KPK menahan Andi Saputra, kata juru bicara KPK. Andi Saputra membantah tudingan itu.",
                         "kpk")
    assert "17" in roots("Kapolda mengatakan Polri menangkap Andi Saputra. Keluarga Andi Saputra membantah hal itu.",
                         "polri")
    assert "19" in roots("Rusia menyerang Polandia. Namun, Kremlin membantahnya.", "russia")


def test_a_suspect_named_and_said_unheld_in_the_next_sentence_is_not_held():
    text = "Polri menetapkan Andi Saputra sebagai tersangka. Hingga kini, Andi Saputra belum ditahan."
    assert ("polri", "17", "andi-saputra") not in real(text)
    text = "Polri menetapkan Andi Saputra sebagai tersangka. Andi Saputra tidak ditahan karena kooperatif."
    assert ("polri", "17", "andi-saputra") not in real(text)
    # held, or another person not held
    text = "Polri menetapkan Andi Saputra sebagai tersangka. Andi Saputra langsung ditahan di Rutan Polda."
    assert ("polri", "17", "andi-saputra") in real(text)
    text = "Polri menetapkan Andi Saputra sebagai tersangka. Budi Santoso tidak ditahan."
    assert ("polri", "17", "andi-saputra") in real(text)


def test_a_suspect_said_unheld_later_in_a_quote_by_initials_is_not_held():
    """'"Tersangka BS belum kami tahan," kata jaksa': the passive with its first-person actor,
    sentences after the naming, with the suspect's initials."""
    text = ("Kejari Bandung menetapkan Budi Santoso sebagai tersangka. Selain Budi, jaksa juga menetapkan "
            "Dodi Irawan sebagai tersangka. \"Tersangka BS belum kami tahan karena sakit,\" kata jaksa Andi Wijaya.")
    found = real(text)
    assert ("kejari-bandung", "17", "budi-santoso") not in found
    assert ("kejari-bandung", "11", "budi-santoso") in found
    assert ("kejari-bandung", "17", "dodi-irawan") in found
    held = text.replace("belum kami tahan karena sakit", "sudah kami tahan")
    assert ("kejari-bandung", "17", "budi-santoso") in real(held)


def test_acts_done_after_preparing_survive():
    assert "07" in roots("Indonesia mengevakuasi WNI dari Lebanon dengan dua kapal perang.", "indonesia")
    assert "19" in roots("TNI menyerang KKB.", "tni")
    assert "17" in roots("Polri diberi penghargaan karena menangkap Andi Saputra.", "polri")
    assert "17" in roots("Polri menyita aset Andi Saputra setelah mengajukan permohonan ke pengadilan.", "polri")


def test_force_on_bodies_survives():
    assert "19" in roots("Rusia menyerang balik pasukan Ukraina.", "russia")
    assert "19" in roots("Israel menyerang balik Hamas dengan rudal.", "israel")
    assert "17" in roots("TNI mengusir kapal ikan Vietnam dari Natuna.", "tni")


@pytest.mark.parametrize("text, agent, root", CALLED_FALSE + UNREAL_WORDINGS + CALLED_OFF + COLLISIONS + PREPARED
                         + NOT_ONE_ACT)
def test_new_trap_wordings_assert_nothing(text, agent, root):
    """Reports called false, unreal wordings, acts called off and collisions (the tables above)."""
    assert root not in roots(text, agent)


def test_a_means_takes_the_negation_of_the_act_it_serves():
    assert "16" not in roots("Seorang diplomat mengatakan Spanyol belum berencana membalas dengan memanggil pulang "
                             "duta besarnya dari Rabat.")
    assert ("spain", "16", "morocco") in real("Spanyol membalas dengan memanggil pulang duta besarnya dari Rabat.")


def test_an_act_after_kecuali_and_an_actor_is_a_condition_or_an_exception():
    assert "10" not in roots("KPU tidak akan mengubah keputusan itu kecuali Bawaslu memerintahkannya.", "bawaslu")
    assert not [t for a, r, t in real("Semua negara anggota, kecuali Hungaria, menjatuhkan sanksi kepada Rusia.")
                if a == "hungary"]
    assert ("hungary", "16", "russia") in real("Hungaria menjatuhkan sanksi kepada Rusia.")


def test_bare_government_after_a_foreign_officeholder_is_that_states():
    text = ("Pemerintah Indonesia mengirim bantuan ke Fiji. Pemimpin oposisi Fiji, Litia Vakacegu, mengkritik "
            "pemerintah karena lamban menyalurkan bantuan.")
    assert ("litia-vakacegu", "11", "fiji") in real(text)
    assert ("litia-vakacegu", "11", "indonesia") not in real(text)
    # an envoy addresses his host's government
    text = "Duta Besar Jepang untuk Indonesia, Kenji Sato, meminta pemerintah melindungi investor."
    assert ("kenji-sato", "02", "indonesia") in real(text)


def test_hostage_taking_holds_people_not_an_agenda():
    text = "Ketua fraksi ASM, Jelena Perovic, menuding Partai Rakyat Pesisir menyandera agenda parlemen."
    assert not [e for e in process_text(text).events if e.code.startswith("18")]
    assert any(e.code == "181" and e.agent == "abu-sayyaf"
               for e in process_text("Abu Sayyaf menyandera orang-orang di kapal itu.").events)


def test_a_warning_to_the_public_is_no_threat_whatever_nationality_follows():
    """'memperingatkan investor Indonesia agar ...' cautions the public; the nationality after the
    public noun names no target. A warning to an actor stays a threat."""
    found = real("Bank sentral memperingatkan investor Indonesia agar tidak membeli aset kripto ilegal. "
                 "Kementerian Luar Negeri memperingatkan para wisatawan Jepang agar menjauhi perbatasan. "
                 "Amerika Serikat memperingatkan Iran agar tidak menutup Selat Hormuz.")
    assert not {e for e in found if e[1] == "13" and e[2] in {"indonesia", "japan"}}
    assert ("united-states", "13", "iran") in found


def test_a_duration_before_a_coordinated_act_is_no_condition():
    """'melarang X ... selama enam bulan dan memerintahkan ...': "selama" there is a duration of
    the ban, and the order joined to it by "dan" is asserted; "tidak akan mundur selama ..." keeps
    its condition."""
    doc = process_text("OJK melarang PT Koin Nusa menerima nasabah baru selama enam bulan dan "
                       "memerintahkan perusahaan itu mengganti direkturnya.")
    orders = [e for e in doc.events if e.code.startswith("10")]
    assert orders and all(e.modality == "asserted" for e in orders)


def test_an_order_that_is_only_asked_for_announces_nothing():
    """"meminta Gubernur memerintahkan Inspektorat memeriksa X": the audit is neither done nor
    announced; an order given by the governor himself announces it (planned)."""
    doc = process_text("DPRD Sekar Wangi meminta Gubernur Jawa Tengah memerintahkan Inspektorat Provinsi "
                       "memeriksa proyek jembatan itu.")
    assert not any(e.code.startswith("09") and e.modality in ("asserted", "planned") for e in doc.events)
    doc = process_text("Gubernur Jawa Tengah memerintahkan Inspektorat Provinsi memeriksa proyek jembatan itu.")
    assert any(e.code.startswith("09") and e.modality == "planned" for e in doc.events)



def test_an_act_noun_whose_predicate_says_it_did_not_take_place_is_not_done():
    """'Serangan X ke Y tidak pernah terjadi', 'Penangkapan X oleh Y belum dilakukan', 'batal
    dilaksanakan': the noun's own predicate denies the act; a manner or place after the predicate
    ('tidak dilakukan secara paksa') qualifies an act that took place."""
    assert "19" not in roots("Serangan Rusia ke Polandia tidak pernah terjadi.", "russia")
    assert "19" not in roots("Serangan Israel ke Rafah batal dilaksanakan.", "israel")
    assert "17" not in roots("Penangkapan Andi Saputra oleh Polri tidak dilakukan karena ia kooperatif.", "polri")
    assert "09" not in roots("Pemeriksaan Andi Saputra oleh KPK belum dilakukan.", "kpk")
    assert "17" in roots("Penangkapan Andi Saputra oleh Polri tidak dilakukan secara paksa.", "polri")
    assert "17" in roots("Penahanan Andi Saputra oleh KPK tidak dilakukan di Rutan KPK, melainkan di Rutan "
                         "Salemba.", "kpk")
    assert "19" in roots("Serangan Rusia ke Kyiv terjadi pada Senin pagi.", "russia")
    assert "17" in roots("Penangkapan Andi Saputra oleh Polri tidak terlepas dari laporan warga.", "polri")


def test_a_suspect_whose_detention_did_not_take_place_is_not_held():
    found = real("Kejagung menetapkan Andi Saputra sebagai tersangka, tetapi penahanan terhadapnya belum dilakukan.")
    assert ("kejagung", "17", "andi-saputra") not in found and ("kejagung", "11", "andi-saputra") in found
    found = real("KPK menetapkan Andi Saputra sebagai tersangka. Namun, penahanan belum dilakukan karena ia sakit.")
    assert ("kpk", "17", "andi-saputra") not in found
    assert ("kpk", "17", "andi-saputra") in real("KPK menetapkan Andi Saputra sebagai tersangka. Penahanan "
                                                 "dilakukan di Rutan KPK.")


def test_an_order_asked_of_a_bare_title_announces_nothing():
    """'menuntut Presiden menginstruksikan Polri menangkap X': the president, named by a bare title,
    is only asked to order; one who asks and orders in one breath still orders."""
    assert "17" not in roots("Mahasiswa menuntut Presiden menginstruksikan Polri menangkap Andi Saputra.", "polri")
    assert "17" not in roots("Warga berharap Presiden memerintahkan Polri menangkap pelaku.", "polri")
    assert "17" in roots("Presiden meminta dan memerintahkan Polri menangkap pelaku.", "polri")


def test_an_act_that_is_the_purpose_of_an_order_or_permission_received():
    assert "19" not in roots("TNI belum mendapat perintah untuk menyerang markas KKB.", "tni")
    assert "19" not in roots("TNI tidak mendapat izin untuk menyerang markas KKB.", "tni")
    assert "19" not in roots("TNI mendapat izin untuk menyerang markas KKB.", "tni")
    doc = process_text("TNI mendapat perintah Panglima untuk menyerang markas KKB.")
    assert [e.modality for e in doc.events if e.code.startswith("19")] == ["planned"]
    assert "19" in roots("TNI menyerang markas KKB atas perintah Panglima.", "tni")


def test_opening_a_possibility_gives_no_aid():
    assert "07" not in roots("Indonesia membuka kemungkinan mengirim bantuan ke Gaza.", "indonesia")
    assert "07" in roots("Indonesia membuka posko bantuan untuk korban gempa Turki.", "indonesia")


def test_a_suspect_said_unheld_in_other_words_is_not_held():
    """A contrast opened by 'Kendati demikian', a quote on 'yang bersangkutan' with 'tidak kami
    tahan', reporting duty ('wajib lapor') instead of custody."""
    for nxt in ("Kendati demikian, lembaga antirasuah itu belum menahannya.",
                "\"Yang bersangkutan tidak kami tahan karena kooperatif,\" kata juru bicara KPK.",
                "Ia dikenai wajib lapor."):
        assert ("kpk", "17", "andi-saputra") not in real(f"KPK menetapkan Andi Saputra sebagai tersangka. {nxt}"), nxt
    assert ("kpk", "17", "andi-saputra") in real("KPK menetapkan Andi Saputra sebagai tersangka. Warga tidak tahan "
                                                 "dengan ulahnya.")


def test_an_actor_in_a_fronted_phrase_of_cause_does_not_act():
    """'Atas laporan ICW, Polri menangkap X', 'Dengan bantuan Interpol, ...': no list across the
    comma; 'Bersama Polri, KPK ...' still acts jointly."""
    assert ("icw", "17", "andi-saputra") not in real("Atas laporan ICW, Polri menangkap Andi Saputra.")
    assert ("interpol", "17", "andi-saputra") not in real("Dengan bantuan Interpol, Polri menangkap Andi Saputra.")
    assert ("polri", "17", "andi-saputra") in real("Atas laporan ICW, Polri menangkap Andi Saputra.")
    assert ("polri", "17", "andi-saputra") in real("Bersama Polri, KPK menangkap Andi Saputra.")


def test_a_reported_act_its_agent_rejects_or_calls_groundless_is_denied():
    said = "Ukraina menyebut Rusia menembaki warga sipil di Kharkiv"
    assert "19" not in roots(f"{said}. Rusia menolak tuduhan itu.", "russia")
    assert "19" not in roots(f"{said}. Kremlin menyebut tuduhan itu tidak berdasar.", "russia")
    assert "19" not in roots(f"{said}, tuduhan yang dibantah Moskow.", "russia")
    assert "19" in roots(f"{said}. Rusia menolak berkomentar.", "russia")
    # the accusation itself is made, whatever the accused answers
    assert ("ukraine", "11", "russia") in real("Ukraina menuduh Rusia melepaskan tembakan lebih dulu, tuduhan yang "
                                               "langsung dibantah Moskow.")


def test_a_verb_joined_to_an_unreal_one_shares_its_mood():
    assert "17" not in roots("Andi Saputra terancam dijemput paksa dan ditahan KPK.", "kpk")
    assert "17" not in roots("KPK bisa saja memanggil paksa dan menahan Andi Saputra.", "kpk")
    assert "17" in roots("KPK memanggil paksa dan menahan Andi Saputra.", "kpk")
    assert "08" in roots("Polri menolak menahan Andi Saputra dan membebaskannya.", "polri")
    # a negated verb with its own object before "dan" leaves the next verb asserted
    assert "17" in roots("Polri tidak memeriksa Budi Santoso dan langsung menahan Andi Saputra.", "polri")


def test_a_plan_called_off_in_the_next_sentence_in_other_words():
    for nxt in ("Namun, serangan itu ditunda.", "Akan tetapi, Netanyahu membatalkan rencana tersebut.",
                "Rencana itu akhirnya urung dilaksanakan.", "Netanyahu kemudian menunda rencana itu."):
        assert "19" not in roots(f"Israel berencana menyerang Rafah. {nxt}", "israel"), nxt
    # another act called off, or another attack, leaves the plan standing
    for nxt in ("Namun, sidang kabinet ditunda.", "Serangan ke Beirut ditunda.",
                "Mesir membatalkan kunjungan ke Israel."):
        assert "19" in roots(f"Israel akan menyerang Rafah. {nxt}", "israel"), nxt


def test_missiles_fired_into_the_sea_or_in_a_drill_are_a_show_of_force():
    """'menembakkan rudal balistik ke Laut Jepang', '... yang jatuh di ZEE Jepang', 'dalam latihan
    militer': a weapons test (150), no attack; missiles fired at a state or a city still attack."""
    for text in ("Korea Utara menembakkan rudal balistik ke arah Laut Jepang.",
                 "Korea Utara menembakkan dua rudal jarak pendek ke perairan timur Semenanjung Korea.",
                 "Korea Utara menembakkan rudal yang jatuh di ZEE Jepang.",
                 "China menembakkan rudal ke perairan sekitar Taiwan dalam latihan militer."):
        found = real(text)
        assert not {r for _, r, _ in found if r in ("18", "19", "20")}, text
        assert {r for _, r, _ in found} == {"15"}, text
    assert "19" in roots("Iran menembakkan rudal ke Israel.", "iran")
    assert "19" in roots("Rusia menembakkan rudal dari Laut Hitam ke Odesa.", "russia")


def test_an_attempt_that_fails_or_that_the_quarry_escapes_is_not_done():
    assert "17" not in roots("Polri mencoba menangkap Andi Saputra, tetapi gagal.", "polri")
    assert "17" not in roots("Polri berupaya menangkap Andi Saputra, namun ia berhasil kabur.", "polri")
    assert "17" not in roots("Polri sempat mencoba menangkap Andi Saputra, tetapi ia lolos.", "polri")
    # an arrest done before an escape, or an attempt on one who fled before it, stands
    assert "17" in roots("Polri menangkap Andi Saputra, tetapi ia kembali kabur dari tahanan.", "polri")
    assert "17" in roots("Polri berupaya menangkap Andi Saputra yang kabur ke Malaysia.", "polri")


def test_a_screenshot_and_complaints_caught_are_no_arrests():
    """'tangkapan layar' is a screenshot; 'menangkap lebih dari 200 keluhan' receives complaints
    (a counted act noun); 'menangkap sedikitnya 12 tersangka' still arrests."""
    text = "Ketua BEM, Andi Wijaya, mengatakan BEM Universitas Diponegoro telah menyerahkan tangkapan layar percakapan."
    assert "17" not in roots(text)
    text = "Ketua Ombudsman Jawa Tengah, Hendra Wijaya, mengatakan lembaganya menangkap lebih dari 200 keluhan warga."
    assert "17" not in roots(text)
    assert "17" in roots("Polda Jawa Tengah menangkap sedikitnya 12 tersangka.", "polda-jateng")


def test_an_objection_filed_with_a_customary_council_does_not_target_it():
    found = real("Wirawan Putra mengajukan keberatan kepada Majelis Desa Adat (MDA) Bali karena warga tidak diundang.")
    assert not any(a == "wirawan-putra" and t for a, r, t in found)


# --- coercive cues colliding with a crowd, the public, a trend, an animal or a plan (detik 1,000) --
def every(text: str) -> set[tuple[str, str, str | None]]:
    """(agent, CAMEO root, target) of every event, whatever its modality."""
    return {(e.agent, e.code[:2], e.target) for e in process_text(text).events}


def test_a_counted_crowd_reported_by_the_police_is_not_the_police():
    """'mengatakan lebih dari 5.000 orang berunjuk rasa': the count with "lebih dari" is the
    reported clause's own subject; a named body in that clause still protests."""
    for verb in ("mengatakan", "memperkirakan"):
        text = f"Polda Metro Jaya {verb} lebih dari 5.000 orang berunjuk rasa di depan gedung DPR."
        assert not any(r == "14" for _, r, _ in every(text))
    assert ("kspi", "14", "dpr") in real("Polda Metro Jaya mengatakan KSPI berunjuk rasa di depan gedung DPR.")


def test_the_public_urged_to_be_vigilant_raises_no_alert():
    """An appeal to the public ("mengingatkan masyarakat untuk", "imbauan kepada warga sekitar
    agar") hands the vigilance to the public; a body raising its own alert is 15."""
    for text in ("BMKG mengingatkan masyarakat untuk meningkatkan kewaspadaan terhadap hujan lebat.",
                 "BPBD Jawa Barat memberikan imbauan kepada warga sekitar agar meningkatkan kewaspadaan."):
        assert not any(r == "15" for _, r, _ in every(text))
    assert "15" in roots("Polda Metro Jaya meningkatkan kewaspadaan menjelang pelantikan presiden.", "polda-metro-jaya")


def test_a_trend_named_with_a_state_threatens_nobody():
    """'Kebijakan tarif Amerika Serikat mengancam pertumbuhan ekonomi': a danger, no threat by the
    state named in the subject's genitive; the state threatening is 13."""
    assert not any(r == "13" for _, r, _ in every("Kebijakan tarif Amerika Serikat mengancam pertumbuhan ekonomi Indonesia."))
    assert ("united-states", "13", "indonesia") in real("Amerika Serikat mengancam Indonesia dengan tarif tinggi.")


def test_animals_caught_or_attacking_are_no_acts_of_people():
    """Catching flies or a crocodile is no arrest; an insect that attacks, in a sentence whose
    source is named in an aside, is not the source attacking."""
    for text in ("Budi Santoso menangkap dua lalat di laboratorium.",
                 "Budi Santoso menangkap dua ekor buaya di sungai itu."):
        assert not any(r == "17" for _, r, _ in every(text))
    assert not any(r == "19" for _, r, _ in every("Tawon itu, kata Budi Santoso, bisa menyerang secara berkelompok."))
    assert "17" in roots("Polda Metro Jaya menangkap dua pelaku pencurian.", "polda-metro-jaya")
    assert ("budi-santoso", "19", "andi-wijaya") in real("Budi Santoso menyerang Andi Wijaya dengan pisau.")


def test_a_catch_a_thwarted_bid_and_a_foiled_plan_are_no_seizures():
    """'hasil tangkapan' is a catch; 'menggagalkan Indonesia sebagai tuan rumah' and 'menggagalkan
    rencana itu' thwart a bid or a plan (and a promise to do so is no intent to cooperate);
    foiling smuggling is still 17."""
    assert not any(r == "17" for _, r, _ in every("Hasil tangkapan Kejati Sumsel dipakai untuk membangun sekolah."))
    assert not any(r == "17" for _, r, _ in every("Israel berupaya menggagalkan Indonesia sebagai tuan rumah kejuaraan itu."))
    found = every("Elon Musk berjanji untuk melakukan segala cara untuk menggagalkan rencana itu.")
    assert not any(r in ("17", "03") for _, r, _ in found)
    assert "17" in roots("Kejati Jawa Timur menggagalkan penyelundupan narkoba.", "kejati-jawa-timur")


def test_an_act_asked_of_unnamed_officials_is_not_the_askers():
    """'meminta para pejabat penegak hukum untuk mengadili ...', 'mengajak seluruh pihak untuk
    mendukung ...': those asked, named by common nouns only, act (no actor); the asker's own staff
    ("jajarannya") still plans the act with the asker."""
    for text in ("Presiden Joko Widodo meminta para pejabat penegak hukum untuk mengadili para koruptor.",
                 "Presiden Joko Widodo meminta para pejabat tinggi penegak hukum di pemerintahan untuk mengadili para koruptor."):
        assert not any(r == "17" for _, r, _ in every(text))
    found = every('"Kami minta ketua umum partai politik untuk menonaktifkan anggota DPR yang bermasalah," kata Budi Santoso.')
    assert not any(r == "17" for _, r, _ in found)
    found = every("Kapolri Listyo Sigit Prabowo memerintahkan jajarannya untuk menangkap pelaku penembakan.")
    assert ("listyo-sigit-prabowo", "17", None) in found


def test_some_states_said_to_act_are_not_the_speaker():
    """'Trump menyebut beberapa negara telah menawarkan pengiriman pasukan': the counted states
    offer, not the speaker; a named state offering keeps the act."""
    for text in ("Donald Trump menyebut beberapa negara telah menawarkan pengiriman pasukan ke Gaza.",
                 "Donald Trump menyebut beberapa negara di Timur Tengah telah menawarkan pengiriman pasukan ke Gaza."):
        assert not any(a == "donald-trump" for a, _, _ in every(text))
    assert "15" in roots("Donald Trump menyebut Mesir telah menawarkan pengiriman pasukan ke Gaza.", "egypt")


def test_a_make_a_plate_or_a_source_in_an_aside_is_not_held():
    """A name after a vehicle or plate word is the make or the plate's owner; a name in a speech
    aside is the source; a plate secured is no arrest. The one held or seized from stays."""
    assert ("kejati-papua", "17", None) in real("Penyidik Kejati Papua menyita satu unit mobil Honda Jazz bernopol B 1234 XY.")
    assert ("polres-bogor", "17", None) in real("Pengemudi mobil berpelat dinas Polri itu diamankan Polres Bogor.")
    text = "Barang-barang yang ditemukan, jelas Budi Santoso, telah disita oleh penyidik Kejari Bogor."
    assert ("kejari-bogor", "17", None) in real(text)
    assert not any(r == "17" for _, r, _ in every("Polisi Polres Bogor sudah mengamankan pelat nomor Polri palsu di mobil itu."))
    assert ("polres-bogor", "17", "budi-santoso") in real("Polres Bogor menahan pengemudi Budi Santoso.")
    assert ("polda-metro-jaya", "17", "budi-santoso") in real("Polda Metro Jaya menyita mobil milik Budi Santoso.")


def test_a_danger_told_after_a_fronted_source_is_not_the_sources_threat():
    """'Kata X, risiko keselamatan mengancam jika ...': the clause after a fronted "kata X," has a
    common-noun subject of its own, as after "Menurut X,"; an actor named there still acts."""
    assert not any(r == "13" for _, r, _ in every("Kata Budi Santoso, risiko keselamatan mengancam jika yang dihadapi adalah pelaku kejahatan."))
    assert ("polda-metro-jaya", "17", None) in real("Kata Budi Santoso, Polda Metro Jaya akan menangkap pelaku pembakaran itu.")


def test_an_act_named_as_the_subject_does_what_its_owner_does_not():
    """'Penanganan aparat X yang keras memicu kerusuhan': the handling causes the riot, X does
    not riot; 'Pemerintahan Trump' (a body's noun of that shape) still threatens."""
    assert not any(a == "polda-metro-jaya" for a, _, _ in every("Penanganan aparat Polda Metro Jaya yang keras memicu kerusuhan di beberapa tempat."))
    assert ("donald-trump", "13", "iran") in real("Pemerintahan Donald Trump mengancam akan menjatuhkan sanksi kepada Iran.")


def test_unknown_people_paired_acts_and_a_case_are_not_the_speaker_or_the_police():
    """'menyebut lima orang tak dikenal menculik dan menganiayanya': the unknown people do both
    acts, not the speaker; 'Pengungkapan kasus dugaan penganiayaan ... dilakukan oleh X': X solves
    the case, it did not assault. A named abductor and a named assailant stay."""
    found = every("Budi Santoso menyebut lima orang tak dikenal menculik dan menganiayanya selama tujuh jam.")
    assert not any(a == "budi-santoso" for a, _, _ in found)
    found = every("Pengungkapan kasus dugaan penganiayaan pasien itu dilakukan oleh Satreskrim Polres Bogor.")
    assert not any(r == "18" for _, r, _ in found)
    found = real("Budi Santoso menyebut Andi Wijaya menculik dan menganiayanya selama tujuh jam.")
    assert ("andi-wijaya", "18", None) in found
    assert ("budi-santoso", "18", None) in real("Penganiayaan itu dilakukan oleh Budi Santoso.")


def test_whoever_has_the_power_or_an_unnamed_owner_of_a_state_is_not_the_speaker():
    """'mengatakan yang berwenang mencabut izin ada di X': a headless relative, whoever has the
    power; 'mempertanyakan keseriusan pemerintah dalam mencabut izin': the government's act, not
    the critic's. A named body in either place keeps the act."""
    for text in ("Budi Santoso mengatakan yang berwenang mencabut izin tersebut ada di Kementerian ESDM.",
                 "Budi Santoso mempertanyakan keseriusan pemerintah dalam mencabut izin tambang tersebut."):
        assert not any(a == "budi-santoso" and r == "17" for a, r, _ in every(text))
    found = every("Budi Santoso mengatakan Kementerian ESDM yang berwenang mencabut izin tersebut.")
    assert ("kementerian-esdm", "17", None) in found


def test_denying_a_notion_holding_ones_own_boats_and_attacking_a_study_in_words():
    """'menolak anggapan bahwa ...' is a denial, said (no 12); 'menahan armada mereka di dermaga'
    keeps their own boats (no 17); 'menyerang kajian kelayakan' attacks a text in words (111, no
    19). Their twins, a rejected plan and a detained skipper, stay."""
    assert not any(r == "12" for _, r, _ in every("Direktur PT Mega Wahana, Rudi Hartono, menolak anggapan bahwa wahana itu tidak dirawat."))
    assert any(r == "12" for _, r, _ in real("Direktur PT Mega Wahana, Rudi Hartono, menolak rencana Pemkot Bogor."))
    kept = every("Ketua Gabungan Operator Kapal, Rudi Hartono, mengatakan operator akan menahan armada mereka di dermaga.")
    assert not any(r == "17" for _, r, _ in kept)
    assert any(r == "17" for _, r, _ in real("Polres Bogor menahan nakhoda kapal itu di dermaga."))
    found = real("Ketua Fraksi Partai Nusa, Rudi Hartono, menyerang kajian kelayakan yang disusun Pemkot Bogor.")
    assert any(a == "rudi-hartono" and r == "11" for a, r, _ in found)
    assert not any(r == "19" for _, r, _ in found)


def test_supporters_of_a_person_and_a_future_act_on_whoever_is_proven():
    """'pendukung Rasman berunjuk rasa': his supporters protest, not he; 'akan memutus kontrak
    pangkalan yang terbukti memasok gudang itu': only if one is proven (no planned 16). A plain
    future act stays planned."""
    assert not any(a == "rasman-hadi" for a, _, _ in every("Sekitar 200 pendukung Rasman Hadi berunjuk rasa di depan gedung pengadilan."))
    cut = process_text("Pertamina akan memutus kontrak pangkalan yang terbukti memasok gudang itu.").events
    assert cut and all(e.modality == "conditional" for e in cut if e.code.startswith("16"))
    plain = process_text("Pertamina akan memutus kontrak PT Gas Jaya pekan depan.").events
    assert any(e.code.startswith("16") and e.modality == "planned" for e in plain)


def test_forces_closing_in_on_an_area_show_force_and_do_not_blockade_anybody():
    """'pasukan telah mengepung dua kawasan hutan': an encirclement of an area is a show of force
    (15); an encirclement of a country or a body stays a blockade (19)."""
    assert roots("Jakarta - Tentara Nigeria telah mengepung dua kawasan hutan di perbatasan Kebbi dan Zamfara.") \
        == {"15"}
    assert any(r == "19" and t == "ukraine" for a, r, t in real("Jakarta - Tentara Rusia mengepung Ukraina dari tiga arah."))


# --- round 3: wordings from articles written to probe unseen traps ----------------------------------
def test_not_one_yet_negates_and_a_fronted_clause_keeps_its_negation():
    """'Belum ada pejabat ... yang ditahan', 'belum satu pun tersangka': the "belum" forms of the
    quantified negation; a negation inside a fronted clause ("Meski belum ada tersangka,") does
    not reach the act after its comma."""
    for text in ("Belum ada pejabat Pemkot Bogor yang ditahan Kejari Bogor.",
                 "Hingga kini belum satu pun tersangka yang ditahan Kejari Bogor.",
                 "Belum seorang pun demonstran ditangkap Polda Metro Jaya."):
        assert "17" not in roots(text), text
    assert "17" in roots("Meski belum ada tersangka, Polda Metro Jaya menahan Andi Saputra.", "polda-metro-jaya")
    assert "17" in roots("Meski tidak ada surat perintah, Polda Metro Jaya menahan Andi Saputra.", "polda-metro-jaya")


def test_a_report_set_straight_or_a_post_placed_online_and_called_a_hoax_is_denied():
    """'meluruskan kabar yang menyebut X menangkap Y', 'Unggahan di media sosial yang menyebut X
    menyegel ... dipastikan hoaks': a report corrected, or one whose noun a place phrase follows,
    called false. A post that is only viral keeps its act as told."""
    for text in ("Kapolda meluruskan kabar yang menyebut Polda Metro Jaya menangkap Andi Saputra.",
                 "Kapolda mengoreksi informasi bahwa Polda Metro Jaya menangkap Andi Saputra.",
                 "Unggahan di media sosial yang menyebut Polri menyegel gudang itu dipastikan hoaks.",
                 "Video di TikTok yang menyebut TNI menembak warga di Intan Jaya ternyata hoaks."):
        assert not roots(text) & {"17", "19"}, text
    assert "19" in roots("Video di TikTok yang menyebut TNI menembak warga di Intan Jaya viral.", "tni")


def test_an_objection_to_an_act_is_no_act():
    assert "17" not in roots("KPK keberatan menahan Bupati Kudus karena alasan kesehatan.", "kpk")
    assert "17" in roots("KPK menahan Bupati Kudus meski tersangka keberatan.", "kpk")


def test_a_sentence_opened_by_hearsay_tells_a_rumour():
    """'Konon, perusahaan itu sudah tiga kali ditegur DLH': hearsay opening the sentence reaches
    a passive act told after it; a contrast ends it."""
    assert not real("Konon, PT Sinar Jaya sudah tiga kali disegel Satpol PP DKI Jakarta sejak 2023.")
    assert "17" not in roots("Kabarnya, Polda Metro Jaya menangkap Andi Saputra di Bandung.")
    assert "17" in roots("Polda Metro Jaya menangkap Andi Saputra di Bandung.", "polda-metro-jaya")


def test_acts_played_out_in_a_drill_are_not_done():
    """'Dalam simulasi itu, personel Brimob membubarkan massa dan menangkap seorang provokator':
    a drill's staged acts; a threat about a later drill, an arrest while the suspect trains, and
    missiles fired in an exercise (a show of force) stay."""
    assert not roots("Dalam simulasi itu, personel Brimob membubarkan massa dan menangkap seorang provokator.") \
        & {"14", "17"}
    assert "17" not in roots("Personel Brimob menangkap seorang provokator dalam simulasi pengamanan pilkades.")
    assert "08" not in roots("Pada latihan gabungan itu, pasukan TNI membebaskan sandera dari kapal yang dibajak.")
    assert "17" in roots("Polda Metro Jaya menangkap Andi Saputra saat latihan sepak bola di Bekasi.", "polda-metro-jaya")
    assert "15" in roots("China menembakkan rudal ke perairan sekitar Taiwan dalam latihan militer.", "china")
    assert "13" in roots("Bupati Kudus, Hartono Wibisono, mengancam akan mencopot camat yang kembali absen pada "
                         "simulasi berikutnya.", "hartono-wibisono")


def test_a_prize_sealed_or_secured_is_no_seal_or_arrest():
    """'menyegel gelar juara', 'mengamankan tiga poin': a title or points won (a count read
    over); people secured and premises sealed stay."""
    assert "17" not in roots("Persib Bandung menyegel gelar juara Liga 1 setelah menundukkan Persija.")
    assert "17" not in roots("Persib mengamankan tiga poin di kandang Persija.")
    assert "17" in roots("Polda Metro Jaya mengamankan tiga pemuda di Bekasi.", "polda-metro-jaya")


def test_an_act_in_a_yang_dulu_clause_is_background():
    found = real("Rusia, yang dulu menempatkan pasukan di Nagorno-Karabakh, menyerukan kedua pihak menahan diri.")
    assert not any(r == "15" for _, r, _ in found)
    found = real("Ethiopia, yang dahulu ikut menempatkan pasukan di Somalia, meminta kedua negara berdialog.")
    assert not any(r == "15" for _, r, _ in found)
    assert "15" in roots("Rusia menempatkan pasukan di Nagorno-Karabakh.", "russia")
    assert "17" in roots("Polda Metro Jaya, yang ikut menangkap Andi Saputra, memeriksa Budi Santoso.",
                         "polda-metro-jaya")


def test_an_attack_guarded_against_or_anticipated_has_not_happened():
    """'Polisi mewaspadai serangan KKB', 'TNI mengantisipasi KKB menyerang pos': a possible act
    guarded against; a purpose clause of anticipation before a comma leaves the act done."""
    assert "19" not in roots("Polisi mewaspadai serangan KKB ke pos TNI di Intan Jaya.", "kkb")
    assert "19" not in roots("TNI mengantisipasi KKB menyerang pos di Intan Jaya.", "kkb")
    assert "17" in roots("Untuk mengantisipasi kericuhan, Polda Metro Jaya menangkap 20 anggota geng motor.",
                         "polda-metro-jaya")
    assert "19" in roots("KKB menyerang pos TNI di Intan Jaya. Polisi mewaspadai serangan lanjutan.", "kkb")


def test_a_meeting_that_was_to_take_place_or_was_first_scheduled_is_not_held():
    """'sedianya bertemu' (was to meet), 'semula dijadwalkan bertemu' (was first scheduled): the
    plan did not go ahead as told; a plain schedule stays planned and a meeting held stays."""
    assert "04" not in roots("Sugiono sedianya bertemu Wang Yi di Beijing pekan ini.", "sugiono")
    assert "04" not in roots("Sugiono semula dijadwalkan bertemu Wang Yi di Beijing.", "sugiono")
    assert "04" in roots("Sugiono dijadwalkan bertemu Wang Yi di Beijing pekan ini.", "sugiono")
    assert "04" in roots("Sugiono bertemu Wang Yi di Beijing, seperti dijadwalkan semula.", "sugiono")


def test_a_fund_named_by_its_holder_is_no_aid_by_it():
    """'kasus dana hibah KONI X', 'korupsi dana bantuan KONI X': the fund KONI holds; a grant of
    one body to another stays aid."""
    for text in ("Kejati Jawa Timur menahan bendahara dalam kasus dana hibah KONI Sumatera Utara.",
                 "Kejati Jawa Timur menahan bendahara dalam kasus korupsi dana bantuan KONI Sumatera Utara."):
        assert not {r for a, r, _ in real(text) if r == "07"}, text
    assert ("pemprov-jabar", "07", "koni") in real("Hibah Pemprov Jawa Barat kepada KONI mencapai Rp10 miliar.")


def test_a_vow_to_strike_back_is_no_strike():
    assert "19" not in roots("Iran berikrar membalas serangan Israel.", "iran")
    assert "19" not in roots("Iran bersumpah membalas serangan Israel terhadap konsulatnya di Damaskus.", "iran")
    assert "19" in roots("Iran membalas serangan Israel terhadap konsulatnya di Damaskus.", "iran")


def test_an_act_as_long_as_another_does_not_yield_is_conditional():
    """'Selama Israel tidak menarik pasukan, Hizbullah akan terus menyerang': "selama" with a
    negation or "masih" in its clause is a condition; a plain time span ("Selama Ramadan,")
    leaves the act done."""
    assert "19" not in roots("Selama Israel tidak menarik pasukan, Hizbullah akan terus menyerang.", "hizbullah")
    assert "19" not in roots("Selama Israel masih menyerang Gaza, Houthi akan terus menyerang kapal Israel "
                             "di Laut Merah.", "houthi")
    assert "17" in roots("Selama Ramadan, Polda Metro Jaya menangkap 40 pelaku tawuran.", "polda-metro-jaya")
    assert "17" in roots("Selama Andi Saputra berada di Bandung, Polda Metro Jaya mengawasinya dan akhirnya "
                         "menangkapnya.", "polda-metro-jaya")


def test_a_claim_left_unverified_after_a_comma_is_not_asserted():
    """'Rusia menyerang Kyiv, klaim yang belum dapat diverifikasi', '..., menurut klaim Ukraina yang
    belum diverifikasi': the act is only claimed; the accusation that makes the claim, and a claim
    confirmed, stay."""
    assert "19" not in roots("Rusia menyerang Kyiv, klaim yang belum dapat diverifikasi secara independen.", "russia")
    assert "19" not in roots("Rusia menyerang Kyiv, menurut klaim Ukraina yang belum diverifikasi.", "russia")
    assert "19" in roots("Rusia menyerang Kyiv, klaim yang dibenarkan Kremlin.", "russia")
    assert "11" in roots("Ukraina menuduh Rusia menyerang Kyiv, klaim yang belum dapat diverifikasi.", "ukraine")


def test_an_act_reported_in_the_passive_and_denied_next_by_its_agent_is_denied():
    """'Israel dilaporkan menyerang Rafah. Israel membantah laporan tersebut.': "dilaporkan",
    "diberitakan" report the act as much as "X melaporkan"; a denial by another leaves it."""
    assert "19" not in roots("Israel dilaporkan menyerang Rafah. Israel membantah laporan tersebut.", "israel")
    assert "17" not in roots("Polda Metro Jaya diberitakan menangkap Andi Saputra. Polda Metro Jaya membantahnya.",
                             "polda-metro-jaya")
    assert "19" in roots("Israel dilaporkan menyerang Rafah. Andi Saputra membantah laporan tersebut.", "israel")


# --- warnings about what another may do; event nouns as yardsticks; money held back --------------------
def test_a_warning_that_another_may_attack_threatens_no_one():
    ev = real("Sekretaris Eksekutif Komisi Danau Chad, Musa Bello, memperingatkan bahwa Boko Haram bisa kembali "
              "menyerang jika patroli tidak diperkuat.")
    assert not [e for e in ev if e[1] == "13"]
    assert ("united-states", "13", "iran") in real("Amerika Serikat memperingatkan Iran bahwa serangan balasan "
                                                   "akan dilancarkan.")
    assert ("lloyd-austin", "13", None) in real("Menteri Pertahanan Amerika Serikat, Lloyd Austin, memperingatkan "
                                                "bahwa Washington akan membalas setiap serangan.")


def test_an_event_noun_used_as_a_yardstick_tells_no_act():
    assert not real("Vonis itu lebih ringan daripada tuntutan jaksa Kejaksaan Negeri Kabupaten Sikka, yakni enam "
                    "tahun penjara.")
    assert ("kejari-kupang", "10", None) in real("Jaksa Kejari Kupang menuntut terdakwa delapan tahun penjara.")


def test_withholding_dividends_is_no_detention():
    assert not real("Gubernur Bengkulu, Ridwan Syahputra, memutuskan menahan seluruh dividen PT Bank Raflesia "
                    "Bengkulu tahun ini.")
    assert ("polres-bekasi", "17", "budi-santoso") in real("Polres Bekasi menahan Budi Santoso di Mapolres.")


def test_a_sentence_demand_used_as_a_yardstick_and_its_relative_clause_tell_no_act():
    assert not real("Vonis itu lebih ringan dari tuntutan jaksa Kejaksaan Negeri (Kejari) Kabupaten Blitar yang "
                    "meminta hukuman sembilan tahun.")
    assert ("kejari-kupang", "02", None) in real("Kejari Kupang, yang meminta hukuman sembilan tahun, menyatakan "
                                                 "pikir-pikir.")


def test_a_lure_of_returns_is_no_promise():
    assert not real("Ketua Koperasi Sumber Rejeki, Bambang Sudarsono, menghimpun dana anggota dengan menjanjikan "
                    "imbal hasil 4 persen per bulan.")
    assert ("joko-widodo", "03", None) in real("Presiden Joko Widodo menjanjikan bantuan kepada Malaysia.")


def test_a_promise_that_is_the_means_of_a_fraud_is_a_lure():
    assert not real("Ahmad Fauzan terbukti menipu 40 kelompok tani di Jambi dengan menjanjikan bantuan traktor.")
    assert ("joko-widodo", "03", None) in real("Presiden Joko Widodo menjanjikan bantuan kepada korban banjir.")


def test_a_ferry_breaking_down_is_no_strike_and_union_members_still_protest_with_their_union():
    assert not [e for e in real("Gubernur memberhentikan direktur Perseroda Kie Raha menyusul mogoknya kapal feri "
                                "milik perusahaan itu.") if e[1] == "14"]
    assert ("serikat-pekerja-nasional", "14", None) in real("Ratusan buruh Serikat Pekerja Nasional berunjuk rasa "
                                                            "menuntut THR.")


def test_a_future_passive_on_whoever_offends_again_is_a_condition():
    ev = real("Wali Kota Denpasar, I Made Suarjana, mendenda 17 restoran. Menurut dia, restoran yang kembali "
              "melanggar akan disegel oleh Satuan Polisi Pamong Praja (Satpol PP).")
    assert not [e for e in ev if e[1] == "17" and e[0] == "satuan-polisi-pamong-praja"]
    assert ("polres-bekasi", "17", "budi-santoso") in real("Budi Santoso akan ditahan oleh Polres Bekasi.")
