"""Quotes: attribution after and before, -nya, continuation paragraphs, anonymous sources."""
from __future__ import annotations

from kg.pipeline import process_text


def speakers(text: str) -> list[tuple[str | None, str]]:
    doc = process_text(text)
    return [(doc.entities[q.speaker].label if q.speaker else None, q.text) for q in doc.quotes]


def test_attribution_after_quote():
    got = speakers('"Harga beras akan turun bulan depan," kata Menteri Pertanian Andi Amran Sulaiman.')
    assert got[0][0] == "Andi Amran Sulaiman"


def test_attribution_before_quote():
    got = speakers('Gubernur Bali Wayan Koster mengatakan, “Kami menolak pembangunan itu.”')
    assert got[0][0] == "Wayan Koster" and got[0][1] == "Kami menolak pembangunan itu."


def test_nya_attribution_and_continuation_paragraph():
    text = ('Ketua Komisi III Bambang Pacul menanggapi laporan itu.\n'
            '"Kami akan memanggil kapolda," ujarnya.\n'
            '"Semua pihak harus hadir. Tidak ada pengecualian."')
    got = speakers(text)
    assert [s for s, _ in got] == ["Bambang Pacul", "Bambang Pacul"]
    assert got[1][1].startswith("Semua pihak harus hadir. Tidak ada")


def test_anonymous_quote_keeps_no_speaker():
    got = speakers('Warga menyebut banjir itu "yang terparah dalam sepuluh tahun terakhir".')
    assert got == [(None, "yang terparah dalam sepuluh tahun terakhir")]


def test_single_quoted_words_are_not_quotes():
    assert speakers('Program "Makan" itu dimulai Senin.') == []


def test_quote_evidence_offsets_hold():
    doc = process_text('Ia berkata, “Kami siap bertanding.”\n"Lawan kami kuat," tambah pelatih Shin Tae-yong.')
    for q in doc.quotes:
        assert doc.article.text[q.evidence.start:q.evidence.end] == q.text


def test_anonymous_source_is_not_the_previous_speaker():
    text = ('"Kami siap," kata Menteri Pertahanan Budi Santoso.\n'
            'Seorang pejabat yang enggan disebut namanya mengatakan rencana itu belum final. '
            '"Semua masih dibahas," katanya.')
    assert [s for s, _ in speakers(text)] == ["Budi Santoso", None]


def test_unnamed_sources_short_family_names_and_the_subject_of_nya():
    from kg.pipeline import process_text
    doc = process_text("Seorang relawan di Sukkur mengaku bantuan belum tiba. “Kami masih memakai perahu "
                       "nelayan,” katanya.")
    assert [q.speaker for q in doc.quotes] == [None]
    doc = process_text("Juru bicara Kementerian Luar Negeri China Li Wenhao membantah tuduhan itu. "
                       "\"Kapal kami hanya berpatroli,\" ujar Li.")
    assert [q.speaker for q in doc.quotes] == ["li-wenhao"]
    doc = process_text("Kuasa hukum Nadira, Fransiskus Halim, membantah tuduhan itu. Ia memastikan Nadira "
                       "akan hadir. “Klien kami kooperatif,” ujarnya.")
    assert [q.speaker for q in doc.quotes] == ["fransiskus-halim"]


def test_long_definite_description_after_the_speech_verb():
    from kg.pipeline import process_text
    doc = process_text("Ketua Komisi VIII DPR Anwar Fadhilah mengatakan pembagian itu merugikan jemaah. \"Tidak ada "
                       "ruang untuk tafsir lain,\" ujar politikus Partai Amanat Bangsa (PAB) itu.")
    assert [q.speaker for q in doc.quotes] == ["anwar-fadhilah"]


def test_nya_after_menurut_is_the_reporting_person():
    got = speakers('Menurut Kepala Kejaksaan Negeri Padang Andi Wirawan, jaksa telah memeriksa Budi Hartono '
                   'sebagai saksi. "Kami belum menemukan cukup bukti," ujarnya.')
    assert got[0][0] == "Andi Wirawan", got


def test_nya_after_an_act_is_its_subject_not_its_object():
    got = speakers('Wali Kota Bukittinggi, Rahmat Hidayat, pada Senin mencopot Joko Susilo dari jabatannya. '
                   '"Kami tidak mentoleransi pungutan liar," tegasnya.')
    assert got[0][0] == "Rahmat Hidayat", got


def test_unnamed_source_leading_into_a_quote_is_anonymous():
    got = speakers('Aliansi Guru Honorer mendesak Bupati Slamet Riyadi mencabut aturan itu. Seorang guru yang '
                   'enggan disebut namanya mengatakan, "Gaji kami belum dibayar tiga bulan."')
    assert got[0][0] is None, got


def test_unnamed_source_named_by_an_acronym_noun_is_anonymous():
    got = speakers('Ketua Serikat Pekerja Nusantara, Budi Santoso, meminta perusahaan membayar gaji.\n'
                   'Seorang TKI yang dihubungi melalui telepon mengaku belum pulang. "Kami tidur di gudang," ujarnya.')
    assert got[-1][0] is None, got


def test_an_unnamed_source_after_the_quote_does_not_continue_the_last_speaker():
    text = ('Rudi Hartawan menolak tuntutan itu. "Kami tetap pada keputusan," tegasnya.\n'
            '"Kalau begini terus, saya tidak mau datang lagi," kata seorang pedagang.')
    got = speakers(text)
    assert got[0][0] == "Rudi Hartawan" and got[1][0] is None


def test_a_speaker_named_after_the_quote_beats_an_unnamed_phrase_earlier_in_the_paragraph():
    text = ('Partai Rakyat Baru (PRB) adalah salah satu partai pendukung pemerintah. Ketua Umum PRB, '
            'Darto Wiyono, menyesalkan keputusan itu. "Kami mendengar kabar ini dari media," kata Darto.')
    assert speakers(text)[0][0] == "Darto Wiyono"


def test_nya_after_an_unnamed_source_that_ends_the_paragraph_or_the_sentence_before_is_anonymous():
    text = ('Bupati Boyolali, Joko Prasetyo, berjanji menanggung biaya pengobatan. Seorang warga mengaku masih cemas. '
            '"Anak saya masih sakit," ujarnya.\n'
            'Seorang pejabat yang enggan disebut namanya menilai kasus ini rumit.\n'
            '"Kalau ini dibiarkan, semua akan rugi," katanya.')
    assert [s for s, _ in speakers(text)] == [None, None]


def test_nya_after_a_named_subject_still_names_them():
    text = ('Bupati Boyolali, Joko Prasetyo, berjanji menanggung biaya pengobatan. '
            '"Kami tanggung semuanya," ujarnya.')
    assert [s for s, _ in speakers(text)] == ["Joko Prasetyo"]


def test_nya_opening_its_paragraph_is_the_subject_of_the_last_sentence_before_not_its_first_person():
    text = ('Warga membantah Yogi mencoba kabur. Ayah korban, Markus Tampubolon, menuding petugas '
            'menembak anaknya. Markus tak kuasa menahan tangis di depan wartawan.\n'
            '"Anak saya bukan penjahat," ujarnya.')
    assert [s for s, _ in speakers(text)] == ["Markus Tampubolon"]


def test_nya_opening_its_paragraph_skips_the_object_of_a_reporting_title_holder():
    text = ('Polres Garut memeriksa pemilik katering, Euis Sumarni. Kapolres Garut, AKBP Dedi Kusnadi, '
            'menyebut status Euis ditentukan pekan depan.\n'
            '"Kalau terbukti lalai, kami tetapkan tersangka," ujarnya.')
    assert [s for s, _ in speakers(text)] == ["Dedi Kusnadi"]


def test_a_quotation_paragraph_without_attribution_after_a_reported_denial_is_the_deniers():
    text = ('Direktur Utama PT Awan Sejahtera, Gregorius Halim, membantah perusahaannya lalai. '
            'Ia menuding vendor pusat data tidak memperbarui sistem.\n'
            '"Kami juga korban. Kami akan menunggu audit selesai."')
    assert [s for s, _ in speakers(text)] == ["Gregorius Halim"]


def test_the_apposition_after_a_possessor_is_the_speaker():
    text = ('Keluarga Darto berharap pemerintah membantu. '
            '"Kami siap berangkat ke Jeddah," ujar kakak Darto, Siti Rohmah.')
    assert [s for s, _ in speakers(text)] == ["Siti Rohmah"]


def test_an_unnamed_source_named_at_once_in_apposition_is_not_anonymous():
    text = ('Salah seorang penumpang yang selamat, Andi Saputra, mengaku masih trauma. '
            '"Kapal miring cepat sekali," tuturnya.')
    assert [s for s, _ in speakers(text)] == ["Andi Saputra"]


def test_a_quotation_inside_the_sentence_that_reports_it():
    text = ('Juru bicara Kementerian Pertahanan, Kolonel Bambang Wiratmo, menyebut latihan itu sebagai '
            '“peringatan keras bagi kelompok bersenjata”.')
    assert [s for s, _ in speakers(text)] == ["Bambang Wiratmo"]


def test_a_pronoun_after_a_reporting_sentence_is_its_subject_not_a_titled_person_in_its_predicate():
    doc = process_text('Andri mengungkapkan kesal karena dapur itu bagian dari program Presiden Joko Susanto. '
                       'Ia lalu memotret temuan tersebut. Kata dia, dapur itu milik Presiden Joko Susanto. '
                       'Ia juga mengunggahnya.')
    assert [doc.entities[m.key].label for m in doc.mentions if m.source == "pronoun"] == ["Andri"] * 3


def test_a_written_statement_is_attributed_to_its_author_and_its_nya_goes_on_with_it():
    text = ('Badan Pusat Statistik (BPS) mengubah jadwal rilis neraca dagang.\n'
            '"Rilis akan digelar setiap awal bulan," tulis BPS dalam keterangan resminya.\n'
            'BPS menyebut data lama bersifat sementara.\n'
            '"Pengguna data akan memperoleh angka tetap," tambahnya.')
    assert [s for s, _ in speakers(text)] == ["Badan Pusat Statistik"] * 2


def test_closing_and_answering_verbs_attribute_a_quotation():
    text = ('"Bantuan itu jangan dipakai untuk berjudi," tutup Menteri Sosial Saifullah Yusuf.\n'
            '"Sudah diterima utuh, Pak," jawab Acem, seorang penerima bantuan.\n'
            '"Kami akan terus mengawasi penyaluran," sambung Saifullah.')
    assert [s for s, _ in speakers(text)] == ["Saifullah Yusuf", "Acem", "Saifullah Yusuf"]


def test_an_apposition_with_seorang_after_the_speaker_does_not_make_the_next_quotation_anonymous():
    text = ('"Penyerap karbon di darat makin lemah," ujar Oksana Tarasova , seorang pejabat senior di WMO.\n'
            '"Pemantauan harus diperkuat," tutupnya.')
    assert [s for s, _ in speakers(text)] == ["Oksana Tarasova"] * 2
