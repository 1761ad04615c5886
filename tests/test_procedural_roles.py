"""Procedural role nouns ("tersangka", "terlapor", "penggugat", "kedua terdakwa") point to the
party the article gave that role (kg/lexicon/procedural_roles.tsv), only when one party (or one
group of the size said) holds it."""
from __future__ import annotations

from kg.pipeline import process_text


def roles(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.key) for m in process_text(text).mentions if m.source == "description"
            and m.text.lower() in ("tersangka", "terdakwa", "terlapor", "pelapor", "penggugat", "tergugat", "korban")]


def events(text: str) -> set[tuple[str, str, str | None]]:
    return {(e.code, e.agent, e.target) for e in process_text(text).events}


def test_suspect_named_with_sebagai_is_the_bare_suspect_later():
    text = ("Polres Bogor menetapkan Andi Wijaya sebagai tersangka kasus penipuan. Polisi kemudian "
            "memeriksa tersangka selama enam jam.")
    assert ("tersangka", "andi-wijaya") in roles(text)
    assert any(code.startswith("09") and target == "andi-wijaya" for code, _, target in events(text))


def test_reported_party_is_the_object_of_melaporkan():
    text = ("Budi Santoso melaporkan Joko Widodo ke Polda Jawa Barat atas dugaan pencemaran nama baik. "
            "Polisi akan memeriksa terlapor pekan depan.")
    assert ("terlapor", "joko-widodo") in roles(text)


def test_plaintiff_is_the_agent_of_menggugat():
    text = ("PT Maju Jaya menggugat Bank Sejahtera ke Pengadilan Negeri Jakarta Selatan. Majelis hakim "
            "kemudian memanggil penggugat dan tergugat.")
    found = roles(text)
    assert ("penggugat", "pt-maju-jaya") in found
    assert ("tergugat", "bank-sejahtera") in found


def test_two_suspects_leave_the_bare_noun_unresolved():
    text = ("Polres Bogor menetapkan Andi Wijaya sebagai tersangka. Polres Depok menetapkan Rudi Hartono "
            "sebagai tersangka. Polisi memeriksa tersangka selama enam jam.")
    assert all(key is None for word, key in roles(text) if word == "tersangka") or \
        not [w for w, _ in roles(text) if w == "tersangka"]


def test_both_suspects_are_the_two_given_the_role():
    doc = process_text("Polres Bogor menetapkan Andi Wijaya dan Rudi Hartono sebagai tersangka. "
                       "Penyidik memeriksa kedua tersangka di Mapolres Bogor.")
    group = [m for m in doc.mentions if m.source == "group" and m.text == "kedua tersangka"]
    assert group and set(group[0].members) == {"andi-wijaya", "rudi-hartono"}


def test_role_noun_that_gives_the_role_or_a_new_party_is_no_reference():
    text = ("Polres Bogor menetapkan Andi Wijaya sebagai tersangka. Polisi masih memburu tersangka lain "
            "dan seorang tersangka baru.")
    assert roles(text) == []


def test_victims_are_no_procedural_role():
    text = "Korban bernama Siti Aminah dirawat di rumah sakit. Polisi menemui korban di sana."
    assert ("korban", "siti-aminah") not in [(w.lower(), k) for w, k in roles(text)]


def test_place_before_the_role_is_no_holder_and_suspects_are_persons():
    text = ("Seorang guru di Polres Bogor jadi tersangka. PT Maju Jaya ditetapkan sebagai tersangka. "
            "Penyidik memeriksa tersangka.")
    assert all(key is None for word, key in roles(text))


def test_a_stated_count_of_several_suspects_leaves_the_bare_noun_alone():
    text = ("KPK menetapkan dua orang sebagai tersangka berinisial AB dan CD. Penyidik kemudian memeriksa "
            "tersangka di Gedung Merah Putih.")
    assert ("tersangka", "ab") not in roles(text)
