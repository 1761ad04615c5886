"""Arguments of mutual fighting, mediation, service personnel after "oleh" and support: on
sentences written for these tests (invented people; real states used as plain actors)."""
from __future__ import annotations

import pytest

from kg.pipeline import process_text


def events(text: str) -> set[tuple[str, str, str | None, str]]:
    return {(e.agent, e.code[:2], e.target, e.modality) for e in process_text(text).events}


def pairs(text: str, root: str) -> set[tuple[str, str | None]]:
    return {(a, t) for a, r, t, _ in events(text) if r == root}


BOTH_WAYS = {("india", "pakistan"), ("pakistan", "india")}


def test_coordinated_sides_involved_in_an_exchange_of_fire_fire_at_each_other():
    assert pairs("Pasukan India dan Pakistan terlibat baku tembak di perbatasan pada Selasa malam.", "19") \
        == BOTH_WAYS


def test_each_side_named_by_its_forces_fires_at_the_other():
    assert pairs("Tentara India dan tentara Pakistan terlibat baku tembak di perbatasan pada Selasa.", "19") \
        == BOTH_WAYS
    assert pairs("Pasukan India dan pasukan Pakistan bentrok di dekat garis kontrol.", "19") == BOTH_WAYS


def test_exchange_of_fire_between_two_sides_after_antara():
    assert pairs("Terjadi baku tembak antara tentara India dan Pakistan di dekat garis perbatasan.", "19") \
        == BOTH_WAYS


def test_exchanging_strikes_and_attacking_each_other():
    assert pairs("Israel dan Iran bertukar serangan selama tiga hari terakhir.", "19") \
        == {("israel", "iran"), ("iran", "israel")}
    assert pairs("Sejak Senin, India dan Pakistan saling tembak di sektor utara.", "19") == BOTH_WAYS


def test_clash_with_the_other_side_goes_both_ways():
    assert pairs("Tentara India bentrok dengan pasukan Pakistan di lembah itu.", "19") == BOTH_WAYS
    assert pairs("India bertempur melawan Pakistan pada 1971.", "19") == BOTH_WAYS


def test_a_one_sided_attack_stays_one_sided():
    assert pairs("India melancarkan serangan terhadap Pakistan pada Rabu.", "19") == {("india", "pakistan")}
    assert pairs("India menyerang Pakistan dengan rudal jelajah.", "19") == {("india", "pakistan")}


def test_involvement_is_no_act_without_a_mutual_noun():
    # "terlibat" governs only mutual acts; with another event noun it reports involvement
    assert not any(a == "india" for a, r, _, _ in events("India terlibat penyerangan itu.") if r == "19")


def test_mediation_between_two_parties_is_their_negotiation():
    found = pairs("Hakim menunda sidang dengan agenda mediasi antara Bank Indonesia dan Kementerian Keuangan.", "04")
    assert found == {("bi", "kemenkeu"), ("kemenkeu", "bi")}


def test_mediator_of_talks_between_two_parties_mediates_for_both():
    found = {(a, t) for a, r, t, _ in events("Perundingan antara Israel dan Hamas dimediasi oleh Mesir.")
             if r == "04" and a == "egypt"}
    assert found == {("egypt", "israel"), ("egypt", "hamas")}
    found = {(a, t) for a, r, t, _ in events("Mesir menjadi penengah antara Israel dan Hamas.") if r == "04"}
    assert found == {("egypt", "israel"), ("egypt", "hamas")}


def test_service_personnel_after_oleh_act_for_their_state_or_body():
    assert ("malaysia", "17", "budi-santoso", "asserted") in events(
        "Budi Santoso ditahan oleh petugas imigrasi Malaysia pada Senin.")
    assert ("israel", "17", "budi-santoso", "asserted") in events(
        "Budi Santoso ditangkap oleh aparat keamanan Israel di Tepi Barat.")


def test_personnel_without_a_body_after_them_name_no_agent():
    assert not any(r == "17" for _, r, _, _ in events("Budi Santoso ditahan oleh petugas pada Senin malam."))


def test_coordinated_supporters_of_a_plan_do_not_support_each_other():
    for text in ("Partai Golkar dan Partai Demokrat mendukung rencana itu.",
                 "Rencana itu didukung oleh Partai Golkar dan Partai Demokrat."):
        assert pairs(text, "05") == {("golkar", None), ("demokrat", None)}
    assert pairs("Indonesia dan Malaysia saling mendukung.", "05") == {("indonesia", "malaysia"),
                                                                       ("malaysia", "indonesia")}


def test_person_before_an_origin_place_is_the_one_held():
    found = events("Korban, Siti Aminah (34), asal Nusa Tenggara Timur, meninggal setelah ditahan oleh "
                   "petugas imigrasi Malaysia.")
    assert ("malaysia", "17", "siti-aminah", "asserted") in found
    assert not any(t == "nusa-tenggara-timur" for _, r, t, _ in found if r == "17")


def test_offer_to_mediate_between_two_parties_names_both():
    found = pairs("Aljazair menawarkan diri menjadi penengah antara Tunisia dan Libya.", "03")
    assert found == {("algeria", "tunisia"), ("algeria", "libya")}


def test_organisers_of_a_protest_told_before_protest_against_its_target():
    found = events("Ratusan buruh berunjuk rasa di depan kantor PT Maju Jaya. "
                   "Aksi itu dikoordinasikan oleh Serikat Pekerja Nasional (SPN).")
    assert ("serikat-pekerja-nasional", "14", "pt-maju-jaya", "asserted") in found


ORGANISED = [
    ("Sekitar 500 buruh PT Sinar Tekstil Abadi di Kabupaten Karawang mogok kerja sejak Selasa. "
     "Aksi itu dipimpin oleh Serikat Pekerja Sinar Tekstil (SPST).",
     {("serikat-pekerja-sinar-tekstil", "14", "pt-sinar-tekstil-abadi", "asserted")}),
    ("Sebanyak 80 bidan di RSUD Kota Cianjur mogok kerja karena insentif belum dibayar. "
     "Aksi tersebut dikoordinasikan oleh Ikatan Bidan Indonesia (IBI) Cianjur.",
     {("ikatan-bidan-indonesia-cianjur", "14", "rsud-kota-cianjur", "asserted")}),
    ("Ratusan buruh berunjuk rasa di depan kantor PT Maju Jaya. Mereka memprotes pemotongan upah. "
     "Aksi itu dipimpin Ketua Serikat Pekerja Nasional (SPN), Budi Santoso.",     # whom: the earlier sentence
     {("budi-santoso", "14", "pt-maju-jaya", "asserted")}),
    ("Ratusan buruh pelabuhan di Pelabuhan Tanjung Emas mogok kerja sejak Rabu pagi. Mereka menuntut PT Dermaga "
     "Jaya Abadi (DJA) membatalkan pemotongan upah. Aksi itu digelar Serikat Pekerja Pelabuhan Semarang (SPPS).",
     {("serikat-pekerja-pelabuhan-semarang", "10", "pt-dermaga-jaya-abadi", "asserted"),   # the crowd's demand
      ("serikat-pekerja-pelabuhan-semarang", "14", "pt-dermaga-jaya-abadi", "asserted")}),
]


@pytest.mark.parametrize("text,expected", ORGANISED)
def test_organisers_of_a_protest_by_unnamed_people_protest_against_whom_it_was_told(text, expected):
    assert expected <= events(text)


def test_the_outlet_of_the_dateline_is_no_employer_of_strikers():
    found = events("Mogok Buruh\n\nLiputan6.com, Surabaya - Ratusan buruh pelabuhan mogok kerja sejak Rabu. "
                   "Aksi itu dikoordinasikan oleh Serikat Buruh Pelabuhan (SBP).")
    assert not any(t == "liputan6" for _, _, t, _ in found)


def test_an_organised_aksi_without_a_protest_before_is_no_protest():
    assert not any(r == "14" for _, r, _, _ in events("Aksi donor darah itu digalang oleh Palang Merah Indonesia."))
    assert not any(r == "14" for _, r, _, _ in events(
        "Warga membersihkan pantai. Aksi itu dikoordinasikan oleh Palang Merah Indonesia."))


def test_a_time_limit_given_to_an_actor_is_an_ultimatum():
    assert ("thailand", "13", "cambodia", "asserted") in events(
        "Thailand memberi Kamboja waktu 48 jam untuk menjelaskan insiden itu.")
    assert ("kemenhub", "13", "pt-gojek", "asserted") in events(
        "Kementerian Perhubungan memberi waktu 60 hari kepada PT Gojek untuk menyesuaikan sistem.")


def test_giving_time_without_a_limit_is_no_ultimatum():
    assert not any(r == "13" for _, r, _, _ in events("Platform itu memberi fleksibilitas waktu bagi pelajar."))
    assert not any(r == "13" for _, r, _, _ in events("Kementerian Sosial memberi warga waktu istirahat."))


def test_deploying_rescuers_or_for_a_rescue_is_relief_not_force():
    found = events("Kantor SAR Mandalika mengerahkan 60 personel dan satu ekskavator untuk mencari korban.")
    assert any(a == "kantor-sar-mandalika" and r == "07" for a, r, _, _ in found)
    assert not any(r == "15" for _, r, _, _ in found)
    found = events("Polda Jawa Barat mengerahkan 200 personel ke lokasi unjuk rasa.")
    assert any(a == "polda-jabar" and r == "15" for a, r, _, _ in found)


def test_accusing_each_other_goes_both_ways():
    both = {("philippines", "china"), ("china", "philippines")}
    assert pairs("Filipina dan China kembali saling tuding setelah insiden itu.", "11") == both
    assert pairs("Filipina dan China saling melontarkan tuduhan pada Senin.", "11") == both


def test_parties_agreeing_in_talks_negotiated_with_each_other():
    found = events("Pemerintah Mali dan kelompok pemberontak FLA sepakat menukar 200 tahanan dalam perundingan "
                   "di Aljir, Rabu.")
    assert {(a, t) for a, r, t, m in found if r == "04"} == {("mali", "fla"), ("fla", "mali")}
    assert not any(r == "04" for a, r, t, m in events("Polri menangkap Budi Santoso dalam pertemuan di Jakarta."))


def test_an_offer_to_mediate_is_made_to_both_sides_of_the_dispute_told_before():
    text = ("Pemerintah Thailand menuduh Kamboja melanggar perbatasan. Kamboja menolak tuduhan itu. "
            "Menteri Luar Negeri Thailand, Somchai Wongsa, memanggil duta besar Kamboja. "
            "Malaysia menawarkan diri menjadi mediator. Vietnam menawarkan diri untuk memediasi.")
    found = events(text)
    for agent in ("malaysia", "vietnam"):
        assert {t for a, r, t, _ in found if a == agent and r == "03"} == {"thailand", "cambodia"}


def test_an_offer_to_mediate_with_no_dispute_in_view_names_no_one():
    found = events("Presiden Prancis berkunjung ke Jakarta pekan lalu. Malaysia menawarkan diri menjadi mediator.")
    assert {t for a, r, t, _ in found if a == "malaysia" and r == "03"} == {None}


def test_welcoming_an_agreement_aims_at_both_parties_that_made_it():
    text = ("Pemerintah Sudan dan RSF menyepakati gencatan senjata selama tujuh hari di Jeddah. Naskah itu diteken "
            "kepala delegasi kedua pihak, Ahmed Osman dan Ali Yousif. Uni Afrika menyambut baik kesepakatan tersebut.")
    assert {(a, t) for a, t in pairs(text, "05") if a == "uni-afrika"} == {("uni-afrika", "sudan"), ("uni-afrika", "rsf")}
    # a party to a deal of its own is no third party welcoming another's
    text = ("Jepang dan Korea Selatan menandatangani perjanjian dagang di Tokyo. Toyota dan Hyundai juga menyepakati "
            "kerja sama baterai. Jepang menyambut baik kesepakatan itu.")
    assert not {("japan", "toyota"), ("japan", "hyundai")} & pairs(text, "05")


def test_mediating_talks_told_before_aims_at_both_parties_of_them():
    text = ("Pemerintah Sudan dan RSF menyepakati gencatan senjata dalam perundingan di Jeddah pada Kamis. "
            "Perundingan itu dimediasi Arab Saudi dan Amerika Serikat.")
    assert {(a, t) for a, t in pairs(text, "04") if a in ("saudi-arabia", "united-states")} == {
        ("saudi-arabia", "sudan"), ("saudi-arabia", "rsf"), ("united-states", "sudan"), ("united-states", "rsf")}


def test_an_appeal_to_three_states_goes_to_the_three_the_article_is_about():
    found = events("Thailand memprotes Myanmar dan Laos atas kabut asap. Myanmar membantah tuduhan itu. "
                   "Sekretaris Jenderal ASEAN, Maria Cruz, mengimbau ketiga negara menahan diri.")
    assert {t for a, r, t, _ in found if a == "maria-cruz" and r == "02"} == {"thailand", "myanmar", "laos"}
