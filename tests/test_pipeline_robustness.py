"""Text cut anywhere (a feed that truncates, a sentence without its full stop) still goes through
every component: the extractors look ahead past the token they stand on and must stop at the end."""
import pytest

from kg.pipeline import process_text

# Written for this test: titles, appositions, short forms, quotes and lower-case runs, so that
# each cut lands somewhere inside a title chain, an apposition or a quote.
SENTENCES = [
    'Warga Kampung Rawa Hijau mengeluhkan kelalaian Pemkot yang tidak mengeruk sodetan Kali Sekretaris yang telah dangkal',
    'Kepala Dinas Perhubungan (Dishub) Kota Sukamaju, Budi Hartono, mengatakan juru bicara komisi, Sukirno, menolak hadir',
    '"Kami tidak akan menahan siapa pun," kata Ketua DPRD Sukamaju Rina Wulandari kepada wartawan, Senin (3/3/2025)',
    'Menteri Luar Negeri Fiji mengecam serangan pasukan Sekretaris Jenderal PBB, ujar Ketua PPK Sukamaju itu',
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_cut_of_a_sentence_is_processed(sentence):
    words = sentence.split()
    for n in range(1, len(words) + 1):
        process_text("Judul\n\nJakarta - " + " ".join(words[:n]))   # raises ComponentError on a crash
