"""Structural relations stated by the text: memberOf, headquarteredIn, capitalOf, ...

Driven by kg/lexicon/relation_cues.tsv: a cue phrase, where its subject stands
(right before or right after the cue) and where its object stands (right after, or
after a following "di"). Both sides must be resolved actors of compatible classes:
organisations are members of / headquartered in, places are capitals of countries;
a person is a member only of a political party.

Names and title phrases state relations too (kg/lexicon/relation_words.tsv):
- a unit named with its body: "Inspektorat Jenderal (Itjen) Kemenkes", "Komisi I DPR",
  "Ditreskrimsus Polda Babel", "Komite Banding PSSI" -> partOf;
- a person described or titled by a party: "politikus Partai X itu", "anggota Komisi IV dari
  Partai X, Nama", "Ketua Fraksi X, Nama", an office in a party -> memberOf;
- "Desa X, Kabupaten Y", "Kabupaten Y, Provinsi Z": areas of a lower level, then a higher one;
  "KBRI di New Delhi", "Universitas X di Padang" -> locatedIn.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg.document import Document, Mention, Relation, Span
from kg.lexicon import gazetteer, org_heads, rows
from kg.vocab import is_a

SUBJECT_CLASSES = {"memberOf": ("Organization", "Country"), "headquarteredIn": ("Organization",),
                   "capitalOf": ("City",), "locatedIn": ("Place", "Organization"), "partOf": ("Place", "Organization")}
OBJECT_CLASSES = {"memberOf": ("Organization",), "headquarteredIn": ("Place",), "capitalOf": ("Country",),
                  "locatedIn": ("Place",), "partOf": ("Place", "Organization")}
SKIP = {"adalah", "merupakan", "yang", "sebagai", ",", "salah", "satu", "sebuah", "organisasi", "itu"}
#: "Palu, Sulawesi Tengah": a place, a comma and the region or country it lies in. Lists of
#: places of one kind ("Jakarta, Bandung", "Jawa Barat, Jawa Tengah") do not qualify.
CONTAINED = {"City": ("Region", "Country"), "Place": ("Region", "Country"), "Facility": ("City", "Region", "Country"),
             "Region": ("Country",)}


@lru_cache(maxsize=None)
def _cues() -> list[tuple[tuple[str, ...], dict[str, str]]]:
    out = [(tuple(r["cue"].split()), r) for r in rows("relation_cues.tsv")]
    return sorted(out, key=lambda c: -len(c[0]))


@lru_cache(maxsize=None)
def _cues_by_first_word() -> dict[str, list[tuple[tuple[str, ...], dict[str, str]]]]:
    """``_cues()`` grouped by their first word, longest first within each group."""
    out: dict[str, list[tuple[tuple[str, ...], dict[str, str]]]] = {}
    for cue, spec in _cues():
        out.setdefault(cue[0], []).append((cue, spec))
    return out


def extract_relations(doc: Document) -> Document:
    """Pipeline component: fill doc.relations."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.key:
            by_sentence.setdefault(m.sentence, []).append(m)
    seen = set()
    bodies = {m.text: m.key for m in doc.mentions if m.key and _known_body(m) and not _place_form(m.text)}

    def keep(found: list[Relation]) -> None:
        for rel in found:
            if rel.subject in doc.entities and rel.object in doc.entities and rel.subject != rel.object \
                    and (rel.subject, rel.predicate, rel.object) not in seen:
                seen.add((rel.subject, rel.predicate, rel.object))
                doc.relations.append(rel)

    for si, sent in enumerate(doc.article.sentences):
        ments = sorted(by_sentence.get(si, []), key=lambda m: m.start)
        low = [t.text.lower() for t in sent.tokens]
        for k in range(len(low)):
            for cue, spec in _cues_by_first_word().get(low[k], ()):
                if tuple(low[k:k + len(cue)]) != cue:
                    continue
                keep(_relation(sent, ments, k, k + len(cue), spec))
                break
        keep(_place_appositions(sent, ments))
        keep(_units(sent, ments, bodies))
        keep(_party_members(sent, ments))
        keep(_seats(sent, ments))
    keep(_party_offices(doc))
    return doc


def _place_appositions(sent, ments: list[Mention]) -> list[Relation]:
    """locatedIn for "Place, Region" / "City, Country" / "Desa X, Kecamatan Y": two place names
    one comma apart, the second of a kind or an administrative level that contains the first,
    and not the first two items of a list ("A, B, dan C")."""
    out = []
    places = _with_acronyms(sent, [m for m in ments if is_a(m.type, "Place")])
    for n, (a, b) in enumerate(zip(places, places[1:])):
        between = sent.text[a.end - sent.start:b.start - sent.start].strip()
        if between not in (",", "di") or a.key == b.key or not _contains(a, b) \
                or between == "di" and a.type == "Facility":
            continue
        before = places[n - 1] if n > 0 else None
        after = next((m for m in places[n + 2:] if m.key != b.key), None)
        upward = (_level(b) or 0) >= 3                     # "Labuan Bajo, Manggarai Barat, NTT": up to a province
        if before is not None and _listed(sent, before, a) and not upward \
                or after is not None and _listed(sent, b, after):
            continue                                       # "A, B, dan C": a list
        out.append(Relation(a.key, "locatedIn", b.key, Span(sent.start, sent.end)))
    return out


def _with_acronyms(sent, ments: list[Mention]) -> list[Mention]:
    """The mentions with an acronym in parentheses right after a name folded into the name:
    "Stadion Utama Gelora Bung Karno (SUGBK), Jakarta"."""
    out: list[Mention] = []
    for m in ments:
        if out and out[-1].key == m.key and sent.text[out[-1].end - sent.start:m.start - sent.start].strip() == "(" \
                and sent.text[m.end - sent.start:m.end - sent.start + 1] == ")":
            out[-1] = replace(out[-1], end=m.end + 1)
            continue
        out.append(m)
    return out


def _listed(sent, a: Mention, b: Mention) -> bool:
    """Two places one after the other in a list: a comma or a conjunction between them, and the
    second does not contain the first."""
    gap = sent.text[a.end - sent.start:b.start - sent.start].strip()
    return gap in (",", "dan", ", dan", "serta", ", serta", "hingga", "atau", ", atau") and not _contains(a, b)


def _contains(a: Mention, b: Mention) -> bool:
    """Whether place b is of a kind or level that contains place a."""
    if b.type in CONTAINED.get(a.type, ()):
        return True
    la, lb = _level(a), _level(b)
    if la is not None and lb is not None:
        return la < lb
    if a.type == "Facility":
        return b.type != "Facility"
    if a.type == "Region" and la is None:
        return lb == 3 and a.key not in gazetteer().entries      # "Bupati Lembah Seruni, Kalimantan Selatan"
    return a.type == "Place" and b.type in ("City", "Place") and lb is not None


def _level(m: Mention) -> int | None:
    """Administrative level of a place: 0 village, 1 district, 2 regency or city, 3 province,
    4 country; None when the name does not tell."""
    if m.type == "Country":
        return 4
    head = _words("place_level").get(m.text.split()[0].lower()) if m.text.split() else None
    if head is not None:
        return int(head)
    entry = gazetteer().entries.get(m.key or "")
    if _province(entry):
        return 3
    if entry is not None and entry.type == "Region" and _province(gazetteer().entries.get(entry.parent or "")):
        return 2                                     # a regency, placed in its province (regencies.tsv)
    return 2 if m.type == "City" else None


def _province(entry) -> bool:
    """Is the lexicon entry a province: a region placed right in a country?"""
    return entry is not None and entry.type == "Region" and (entry.parent or "").startswith("country:")


@lru_cache(maxsize=None)
def _words(kind: str) -> dict[str, str]:
    """relation_words.tsv rows of one kind: form -> value."""
    return {r["form"]: r["value"] for r in rows("relation_words.tsv") if r["kind"] == kind}


def _starts_with(text: str, kind: str) -> bool:
    """Whether a name opens with one of the head words of a kind ("Direktorat Jenderal ...")."""
    low = text.lower().split()
    return any(tuple(low[:len(f.split())]) == tuple(f.split()) for f in _words(kind))


def _is_body(m: Mention) -> bool:
    return is_a(m.type, "Organization")


def _is_unit(m: Mention, sent) -> bool:
    """A name of a unit of a larger body: it opens with a unit head word ("Komisi", "Direktorat
    Jenderal"), follows one ("Direktorat Jenderal | Pengawasan ..."), or is a one-word unit
    acronym ("Ditreskrimsus", "Satreskrim")."""
    if m.source in ANAPHORIC:
        return False
    entry = gazetteer().entries.get(m.key or "")
    if entry is not None:                            # the lexicon knows: a unit has a body as its parent
        return bool(entry.parent) and not entry.parent.startswith("country:")
    names = [m.text] + ([m.label] if m.label else [])
    if any(_starts_with(n, "unit") for n in names):
        return True
    before = sent.text[:m.start - sent.start].split()
    for k in (2, 1):
        words = before[-k:]
        if len(words) == k and words[0][:1].isupper() and " ".join(words).lower() in _words("unit"):
            return True
    word = m.text
    return " " not in word and len(word) >= 6 and word[:1].isupper() and word[1:].islower() \
        and any(word.lower().startswith(f) and len(word) > len(f) + 2 for f in _words("unit_prefix"))


def _units(sent, ments: list[Mention], bodies: dict[str, str]) -> list[Relation]:
    """partOf for a unit named with its body: the unit's name (and its acronym in parentheses)
    followed right away by the body's name ("Badan Legislasi (Baleg) DPR"), or a unit's name that
    ends in a known body's name ("Komite Banding PSSI")."""
    out = []
    span = Span(sent.start, sent.end)
    for n, a in enumerate(ments):
        if not _is_body(a) or a.type == "PoliticalParty" or not _is_unit(a, sent):
            continue
        if any(m.start < a.start and m.end >= a.end and m.key != a.key for m in ments):
            continue                                         # inside a longer name
        end = a.end
        for b in ments[n + 1:]:
            gap = sent.text[end - sent.start:b.start - sent.start]
            if b.key == a.key and gap.strip() in ("", "("):
                end = b.end
                continue
            if gap.replace(")", "").strip() == "" and _known_body(b) and not _one_name(a, b, ments):
                out.append(Relation(a.key, "partOf", b.key, span))
            break
        body = _body_at_end(a, bodies)
        if body:
            out.append(Relation(a.key, "partOf", body, span))
    return [r for r in out if _parent_ok(r)]


def _parent_ok(rel: Relation) -> bool:
    """A unit the lexicon knows is part only of the body the lexicon gives ("Propam Polda X" read
    as the national Propam is not part of the Polda)."""
    entry = gazetteer().entries.get(rel.subject)
    return entry is None or not entry.parent or entry.parent == rel.object


ANAPHORIC = ("pronoun", "description", "group", "title")


def _place_form(text: str) -> bool:
    """Whether the lexicon knows the words as a place name ("NTB")."""
    hit = gazetteer().forms.get(tuple(text.lower().split()))
    return hit is not None and is_a(hit[0].type, "Place")


def _known_body(m: Mention) -> bool:
    """A body that units belong to: known to the lexicon, opening with an organisation head
    word ("Kementerian", "Polda") or an acronym; not a party or its faction."""
    words = m.text.split()
    if not _is_body(m) or m.type == "PoliticalParty" or not words or words[0].lower() == "fraksi" \
            or m.source in ANAPHORIC:
        return False
    return m.key in gazetteer().entries or m.text.isupper() and len(m.text) > 1 \
        or any(tuple(w.lower() for w in words[:k]) in org_heads() for k in (1, 2, 3))


def _one_name(a: Mention, b: Mention, ments: list[Mention]) -> bool:
    """ "Badan Pengelola Investasi (BPI) Danantara": the two parts make one known name of b."""
    gz = gazetteer()
    firsts = {m.text for m in ments if m.key == a.key}
    lasts = {m.text for m in ments if m.key == b.key}
    for f in firsts:
        for g in lasts:
            hit = gz.forms.get(tuple(f"{f} {g}".lower().split()))
            if hit and hit[0].key == b.key:
                return True
    return False


def _body_at_end(m: Mention, bodies: dict[str, str]) -> str | None:
    """The key of a known organisation whose name ends the mention ("Komite Banding PSSI"), or
    of a body the article names elsewhere ("Badan Kehormatan DPRD Kabupaten X")."""
    words = m.text.split()
    gz = gazetteer()
    for k in range(1, len(words)):
        tail = words[k:]
        hit = gz.forms.get(tuple(w.lower() for w in tail))
        if hit is not None:
            ok = hit[1].split() == tail and is_a(hit[0].type, "Organization") and hit[0].type != "PoliticalParty"
            return hit[0].key if ok and hit[0].key != m.key else None
        if bodies.get(" ".join(tail), m.key) != m.key:
            return bodies[" ".join(tail)]
    return None


def _party_members(sent, ments: list[Mention]) -> list[Relation]:
    """memberOf for a person described or titled by a party: "Politikus Partai X (PX) itu" (a
    description that points back to a person), "anggota Komisi IV dari Partai X, Nama",
    "Ketua Fraksi Partai X Nama"; not a former member ("mantan politikus ...")."""
    out = []
    span = Span(sent.start, sent.end)
    toks = sent.tokens
    low = [t.text.lower() for t in toks]
    for p in ments:
        if p.type != "PoliticalParty":
            continue
        holder = next((m for m in ments if m.type == "Person" and m.source in ("pronoun", "description")
                       and m.start <= p.start and p.end <= m.end), None)
        if holder is not None:
            first = holder.text.split()[0].lower()
            before = sent.text[:holder.start - sent.start].lower().split()[-2:]
            if first in _words("party_member") and not _former(holder.text.lower().split() + before) \
                    and _a_person(holder.key):
                out.append(Relation(holder.key, "memberOf", p.key, span))
            continue
        i = next((n for n, t in enumerate(toks) if t.start >= p.start), None)
        if i is None:
            continue
        link = p.text.split()[0].lower() == "fraksi" or i > 0 and low[i - 1] in _words("party_link")
        if not link or _former(low[max(0, i - 4):i]) or i > 0 and low[i - 1] == "dari" and not _titled(low, i - 1):
            continue
        person = _person_after(sent, ments, p)
        if person is not None and _a_person(person.key):
            out.append(Relation(person.key, "memberOf", p.key, span))
    return out


def _a_person(key: str | None) -> bool:
    """False for a key the lexicon knows as something other than a person (a place read as a name)."""
    known = gazetteer().entries.get(key or "")
    return known is None or known.type == "Person"


def _former(words: list[str]) -> bool:
    return any(w in _words("former") for w in words)


def _titled(low: list[str], k: int) -> bool:
    """Whether the words before "dari" (back to a comma) hold a member noun: "anggota Komisi IV dari"."""
    for n in range(k - 1, max(-1, k - 13), -1):
        if low[n] in (",", ".", ";", ":"):
            return False
        if low[n] in _words("party_member"):
            return True
    return False


def _person_after(sent, ments: list[Mention], p: Mention) -> Mention | None:
    """The person named right after a party in a title phrase: past the party's acronym in
    parentheses, "di <unit>" or a parliament's name, and one comma."""
    pos = p.end
    rest = [m for m in ments if m.start >= p.end]
    text = sent.text
    for m in rest:
        gap = text[pos - sent.start:m.start - sent.start].strip()
        if m.type == "Person" and m.source not in ("pronoun", "description") and m.key:
            return m if gap.lstrip(")").strip() in ("", ",") or _di_phrase(gap) else None
        if m.key == p.key and gap in ("", "("):
            pos = m.end
            continue
        if _is_body(m) and (gap in ("", ")") or _di_phrase(gap)):
            pos = m.end
            continue
        return None
    return None


def _di_phrase(gap: str) -> bool:
    """ ") di Komisi XII," / "di Senayan," : a short place or unit phrase before a comma."""
    words = gap.lstrip(")").strip().rstrip(",").split()
    return bool(words) and words[0] == "di" and len(words) <= 5 and "," not in " ".join(words[:-1])


def _party_offices(doc: Document) -> list[Relation]:
    """memberOf for a person holding an office in a political party ("Ketua Umum PKB")."""
    out = []
    for pos in doc.positions:
        org = doc.entities.get(pos.org or "")
        if not _a_person(pos.person):
            continue                                     # "Ketua DPC PDIP Badung": a place, not the holder
        if org is not None and org.type == "PoliticalParty" and not _former(pos.title.lower().split()):
            out.append(Relation(pos.person, "memberOf", org.key, pos.evidence))
    return out


def _seats(sent, ments: list[Mention]) -> list[Relation]:
    """locatedIn for a body with a seat named with its place: "Kedutaan Besar Republik Indonesia
    (KBRI) di New Delhi", "Universitas X (UX) di Padang"."""
    out = []
    for n, a in enumerate(ments):
        if not (a.type == "EducationalInstitution" or _is_body(a) and _starts_with(a.text, "seat")):
            continue
        end = a.end
        for b in ments[n + 1:]:
            gap = sent.text[end - sent.start:b.start - sent.start].strip()
            if b.key == a.key and gap in ("", "("):
                end = b.end
                continue
            if gap.lstrip(")").strip() == "di" and b.type in ("City", "Region", "Country", "Place"):
                out.append(Relation(a.key, "locatedIn", b.key, Span(sent.start, sent.end)))
            break
    return out


def _relation(sent, ments: list[Mention], i: int, j: int, spec: dict[str, str]) -> list[Relation]:
    toks = sent.tokens
    pred = spec["predicate"]
    if spec["subject"] == "after":
        subj = _after(toks, ments, j)
        obj_from = subj.end if subj else None
    else:
        subj = _before(toks, ments, i)
        obj_from = toks[j - 1].end
    if subj is None or obj_from is None:
        return []
    if spec["object"] == "di":
        di = next((t for t in toks if t.start >= obj_from and t.text.lower() == "di"), None)
        if di is None or di.start - obj_from > 40:
            return []
        obj = _after(toks, ments, toks.index(di) + 1)
    else:
        idx = next((n for n, t in enumerate(toks) if t.start >= obj_from), len(toks))
        obj = _after(toks, ments, idx)
    if obj is None or obj.key == subj.key:
        return []
    person_in_party = pred == "memberOf" and subj.type == "Person" and obj.type == "PoliticalParty"
    if not (person_in_party or any(is_a(subj.type, c) for c in SUBJECT_CLASSES[pred])) or \
            not any(is_a(obj.type, c) for c in OBJECT_CLASSES[pred]):
        return []
    if pred == "partOf" and is_a(subj.type, "Place") != is_a(obj.type, "Place"):
        return []                                  # a unit of a body, an area of an area
    if pred == "memberOf" and subj.type in ("GovernmentBody", "Country") and _national_body(obj.key):
        return []                                  # "anggota DPR, anggota DPD": no state is a member of its parliament
    return [Relation(subj.key, pred, obj.key, Span(sent.start, sent.end))]


def _national_body(key: str) -> bool:
    """A body of one state (its parliament, its ministries), by the lexicon."""
    entry = gazetteer().entries.get(key)
    return entry is not None and entry.type == "GovernmentBody" and (entry.parent or "").startswith("country:")


def _after(toks, ments: list[Mention], k: int) -> Mention | None:
    """The actor starting at token k (a couple of filler words allowed)."""
    for n in range(k, min(len(toks), k + 3)):
        m = next((m for m in ments if m.start == toks[n].start), None)
        if m:
            return m
        if toks[n].text.lower() not in SKIP:
            return None
    return None


def _before(toks, ments: list[Mention], k: int) -> Mention | None:
    """The actor ending right before token k (a couple of filler words allowed)."""
    for n in range(k - 1, max(-1, k - 4), -1):
        m = next((m for m in ments if m.end == toks[n].end), None)
        if m:
            return m
        if toks[n].text.lower() not in SKIP:
            return None
    return None
