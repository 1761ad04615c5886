"""Positions: who holds which office ("Presiden AS Joe Biden" -> Biden / US / Presiden).

The title and its organisation come from mentions.py (title + name patterns and
appositions). When the text names no organisation, the office-holders lexicon
(holders.tsv) supplies it if the person held that title then; otherwise the
position is kept without an organisation. The same (person, title, org) seen
twice in a document is one position.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.document import Document, Entity, Position, Span
from kg.extract.resolve import heads_fit
from kg.lexicon import (anaphora, anaphora_antecedents, cues, entry_for_org, gazetteer, holders, org_heads,
                        regional_bodies, regional_body_names, slug, titles, unit_heads, unit_short_heads, unit_titles)


def extract_positions(doc: Document) -> Document:
    """Pipeline component: fill doc.positions from titled person mentions."""
    seen: set[tuple[str, str | None, str]] = set()
    for m in doc.mentions:
        if not m.title or m.type != "Person" or not m.key or _candidate(doc, m):
            continue
        org = m.role_org if m.role_org in doc.entities else None
        if m.role_org and org is None:
            org = _add_org(doc, m.role_org)
        if org is None:
            org = _org_in_title(doc, m)
        if org is None:
            org = _org_of_possessive(doc, m)
        if org is None:
            org = _org_by_head_noun(doc, m)
        if org is None:
            org = _org_of_protest(doc, m)
        if org is None:
            org = _org_from_holders(doc, m.key, m.title)
        if org is None:
            org = _org_named_like(doc, m.title, m.start)
        if org is None:
            org = _org_of_fellow_office(doc, m.title, m.start)
        if org is None:
            org = _court_of_judge(doc, m.title)        # "Hakim Ketua Nama" in a story of one court
        if org is None and _national(m.title):
            org = _state_of_foreign_story(doc, m)   # "... di Seychelles dan menahan Presiden Nama"
        if org is None and _national(m.title) and _home_is_indonesia(doc):
            org = _add_org(doc, "country:ID")      # "Presiden Bagas" in Indonesian news
        if org in doc.entities and doc.entities[org].type == "Person":
            org = None                                 # "kuasa hukum Bambang": a client, not an employer
        org, title = _body_after_unit(doc, org, m)       # "Kepala Bidang Humas (Kabid Humas) Polda X"
        org = _body_of_jurisdiction(doc, org, m)         # "Kapolres Sukamaju" heads "Polres Sukamaju"
        org = _branch_in_place(doc, org, m)              # "Kadis PUPR Sumut": the Dinas PUPR there
        state = org if org in doc.entities and doc.entities[org].type == "Country" else None
        org = _ministry_of_state(doc, org, m.title)      # "Menteri Perdagangan AS": "Departemen Perdagangan AS"
        region = org
        if m.title.lower() not in REGION_HEADS:      # "Bupati X" heads the regency; "Sekda X" serves
            org = _government_of(doc, org)           # its government
        if org is None and m.title.lower() in _honorifics():
            continue                                   # "Teuku", "Bapak" alone: a form of address, no office
        ident = (m.key, org, title.lower())
        if ident in seen:
            continue
        seen.add(ident)
        start = m.title_start if m.title_start is not None and m.title_start < m.start \
            else _title_start(doc, m.start, m.title)
        if start > m.start:                          # apposition: "Nama, jabatan ..."
            start = m.start
        doc.positions.append(Position(m.key, org, title, Span(start, m.end)))
        for body, title in [(b, m.title) for b in _chained_bodies(doc, m, org) + _unit_of_title(doc, m.title, org)
                            + _unit_of_short_name(doc, m, org) + _region_served(m.title, region, org)
                            + _state_of_minister(doc, m, org, state) + _government_headed(doc, m.title, org)] \
                + _parent_in_name(doc, m, org):
            if (m.key, body, title.lower()) not in seen:
                seen.add((m.key, body, title.lower()))
                doc.positions.append(Position(m.key, body, title, Span(start, m.end)))
    _led_by(doc, seen)
    return doc


CANDIDACY = {"calon", "bakal", "cakada", "kandidat"}


def _candidate(doc: Document, m) -> bool:
    """'Calon ketua umum yang kalah, Nama', 'bakal calon Bupati X, Nama': a candidacy, no office held."""
    if m.title_start is None or m.title_start >= m.start:
        return False
    before = doc.article.text[max(0, m.title_start - 12):m.title_start].lower().split()
    return bool(before) and before[-1] in CANDIDACY


LED_BY = {"diketuai": "Ketua", "dipimpin": "Pemimpin", "dikepalai": "Kepala"}


def _led_by(doc: Document, seen: set) -> None:
    """'Majelis hakim yang diketuai Nama', 'tim yang dipimpin Nama': the person heads the body
    the phrase before 'yang' names (a description resolved to the court, a named body)."""
    text = doc.article.text
    ments = sorted(doc.mentions, key=lambda x: x.start)
    for n, m in enumerate(ments):
        if m.type != "Person" or not m.key or m.source in ("pronoun", "description"):
            continue
        words = text[max(0, m.start - 30):m.start].split()
        words = words[:-1] if words and words[-1] == "oleh" else words
        if len(words) < 2 or words[-1].lower() not in LED_BY or words[-2].lower() != "yang":
            continue
        yang = text.rfind(words[-2], 0, m.start)
        body = next((o for o in reversed(ments[:n]) if o.end <= yang and len(gap := text[o.end:yang].split()) <= 1
                     and all(w.isalpha() and w.islower() for w in gap)), None)   # "Majelis [hakim] yang"
        if body is None or body.key not in doc.entities or doc.entities[body.key].type == "Person":
            continue
        title = LED_BY[words[-1].lower()]
        if (m.key, body.key, title.lower()) in seen:
            continue
        seen.add((m.key, body.key, title.lower()))
        doc.positions.append(Position(m.key, body.key, title, Span(body.start, m.end)))


def _in_title(doc: Document, m) -> list:
    """The mentions inside m's title phrase (from where the title starts to the name), in
    document order; none when m has no title phrase."""
    if m.title_start is None:
        return []
    return [o for o in doc.mentions if m.title_start <= o.start and o.end <= m.start]


def _chained_bodies(doc: Document, m, org: str | None) -> list[str]:
    """'Kepala Biro Kesra Pemprov Kaltim, Nama', 'Direktur Penyidikan Jampidsus Kejagung, Nama':
    a title phrase that names a unit and the body it belongs to one right after the other
    (nothing but spaces and parentheses between them) gives the person an office in each."""
    if org is None or m.title_start is None or m.title_start >= m.start:
        return []
    text = doc.article.text
    title_words = set(m.title.lower().split())
    inside = sorted((o for o in _in_title(doc, m) if o.key
                     and o.key in doc.entities and "Organization" in _ancestors(doc.entities[o.key].type)
                     and not _no_body(o, title_words)
                     and f" {doc.entities[o.key].label.lower()} " not in f" {m.title.lower()} "   # "... dan Konservasi
                     and doc.entities[o.key].label.lower().split()[0] not in GENERIC_UNITS),      # Energi (EBTKE)": the
                    key=lambda o: o.start)                  # title's field; "(Kasi Intel)": a generic unit
    runs: list[list] = []
    for o in inside:
        if runs and BODY_GAP.fullmatch(text[max(runs[-1][-1].end, o.start - 40):o.start]) is not None \
                and runs[-1][-1].end <= o.start:
            runs[-1].append(o)
        else:
            runs.append([o])
    run = next((r for r in runs if any(o.key == org for o in r)), [])
    out: list[str] = []
    for o in run:
        if o.key != org and o.key not in out:
            out.append(o.key)
    return out


def _parent_in_name(doc: Document, m, org: str | None) -> list[tuple[str, str]]:
    """'Ketua Komisi Fatwa MUI, Nama', 'Ketua Sekretariat Satgas PASTI OJK, Nama': an office in a
    unit (its name opens with a unit head, unit_heads.tsv) whose name goes on with the name of
    another organisation of the article is held in that organisation too, titled with the unit
    ("Ketua Komisi Fatwa" in MUI). The longest such name wins (the Satgas before OJK)."""
    ent = doc.entities.get(org) if org else None
    if ent is None or "Organization" not in _ancestors(ent.type):
        return []
    name = next((x.text for x in sorted(_in_title(doc, m), key=lambda x: x.start) if x.key == org), ent.label)
    words = re.sub(r"\s*\([^()]*\)", "", name).split()        # "Komisi Fatwa (KF) MUI"
    low = [w.lower() for w in words]
    head = next((n for n in (3, 2, 1) if tuple(low[:n]) in unit_heads()), 0)
    if not head or len(words) <= head:
        return []
    forms = {}
    for other in sorted(doc.entities.values(), key=lambda e: e.key):
        if other.key != org and "Organization" in _ancestors(other.type) \
                and not other.label.lower().startswith(REGIONAL_GOVERNMENTS):   # "Komisi III DPRD TTS": the
            for form in _names(other):                                          # place qualifies the DPRD
                forms.setdefault(form, other.key)
    for width in range(len(words) - head, 0, -1):
        for at in range(head, len(words) - width + 1):
            key = forms.get(" ".join(low[at:at + width]))
            if key is not None:
                return [(key, _unit_title(m.title, words[:at]))]
    if m.title.lower() in _ranks():
        return []                                      # "AKP Nama" of the Propam: a rank, no office
    for at in range(head, len(words)):
        key = _body_named_by(doc, words[at:], ent)
        if key is not None and key != org:
            return [(key, _unit_title(m.title, words[:at]))]
    return []


def _goes_by(unit: Entity, body: str) -> bool:
    """The unit's entity already carries a name of the body: one of its lexicon names, or an
    acronym of one ('Komisi Uni Afrika (AU)': AU is the African Union's)."""
    from kg.lexicon import actor_entries
    names = next((f for e, f in actor_entries() if e.key == body), [])
    initials = {"".join(w[0] for w in n.split() if w[:1].isupper()) for n in names}
    return any(f.lower() in {n.lower() for n in names} or f.upper() == f and f in initials for f in unit.forms)


ADMIN_LEVELS = {"provinsi", "kabupaten", "kota", "kecamatan", "desa"}   # a name cut before its place


def _unit_title(title: str, unit: list[str]) -> str:
    """The title with the unit it is held in ('Ketua' of 'Komisi D': 'Ketua Komisi D')."""
    name = " ".join(unit)
    return title if name.lower() in title.lower() else f"{title} {name}"


def _body_named_by(doc: Document, words: list[str], unit: Entity) -> str | None:
    """The body the end of a unit's name names when the article names it nowhere else ('Komisi D
    DPRD Sumut': 'DPRD Sumut'): a body of the lexicon of that name, or a body of the article of
    its own whose name opens with an organisation head (orgheads.tsv) and goes on with its
    qualifier; not a regional government ('Komisi III DPRD TTS' is no commission of the Pemkab).
    A unit that already goes by one of the body's names ('Komisi Uni Afrika (AU)') stands for it."""
    low = tuple(w.lower() for w in words)
    for end in range(len(low), 0, -1):                 # "Badan Pertanahan Nasional Provinsi": BPN
        hit = gazetteer().forms.get(low[:end])
        if hit is not None and "Organization" in _ancestors(hit[0].type) \
                and (words[0].isupper() or not hit[1].isupper()):
            if _goes_by(unit, hit[0].key):
                return None
            key = _add_org(doc, hit[0].key)
            if key is not None:
                doc.entities[key].forms.add(" ".join(words[:end]))
            return key
    cls = next((org_heads()[low[:n]] for n in (2, 1) if low[:n] in org_heads() and len(low) > n), None)
    if cls is None or "Organization" not in _ancestors(cls) or low[0] in REGIONAL_GOVERNMENTS \
            or low[-1] in ADMIN_LEVELS or not all(w[:1].isupper() or w.isdigit() for w in words):
        return None
    label = " ".join(words)
    same = next((e.key for e in sorted(doc.entities.values(), key=lambda e: e.key)
                 if any(n.replace(" provinsi ", " ") == label.lower() for n in _names(e))), None)
    if same is not None:                               # "DPRD Provinsi Banten" named before
        return same if doc.entities[same].type != "Person" else None
    key = slug(label)
    if key in doc.entities and doc.entities[key].type == "Person":
        return None
    body = doc.entities.setdefault(key, Entity(key, label, cls))
    body.forms.add(label)
    return key


REGIONAL_GOVERNMENTS = ("pemerintah", "pemprov", "pemkab", "pemkot")
BODY_GAP = re.compile(r"[\s()]*")


def _no_body(o, title_words: set[str]) -> bool:
    """Mentions in a title phrase that name no body of their own: the body the title itself
    names ("Ketua KPU Makassar": KPU is the title's, the office is the branch), a rank read as a
    name ("AKP"), a lone capitalised word the patterns took ("... DPR RI Bane Raja M.")."""
    low = o.text.lower()
    return low in title_words or titles().get(tuple(low.split()), {}).get("kind") == "rank" \
        or (o.source in ("pattern", "tagger") and len(low.split()) == 1 and not o.text.isupper()) \
        or low.split()[0] in GENERIC_UNITS


GENERIC_UNITS = {"seksi", "subdirektorat", "subdit", "biro", "subbagian", "pusat", "satuan", "unit", "sub",
                 "bidang", "bagian", "divisi", "departemen"}   # "Seksi Intelijen": every prosecutor's office has
                                                              # one; the office is held in the body named with it


def _body_after_unit(doc: Document, org: str | None, m) -> tuple[str | None, str]:
    """'Kepala Bidang Humas (Kabid Humas) Polda X, Nama': the title phrase names a generic unit
    (its name opens with a unit word, GENERIC_UNITS; every Polda has a Bidang Humas), then the
    short form of the whole office in parentheses ('Kabid', 'Kasi', 'Kapus...': it does not open
    with the unit's first letter), then a body: the office is held in that body, titled with the unit
    ('Kepala Bidang Humas'), as it is when no short form stands between. A unit with a short name
    of its own ('Divisi Hubungan Internasional (Divhubinter) Polri') keeps the office."""
    ent = doc.entities.get(org) if org else None
    if ent is None or m.title_start is None or m.title_start >= m.start \
            or ent.label.lower().split()[0] not in GENERIC_UNITS:
        return org, m.title
    text = doc.article.text
    inside = sorted((o for o in _in_title(doc, m) if o.key),
                    key=lambda o: (o.start, -o.end))
    unit = next((o for o in inside if o.key == org and o.source != "acronym"), None)
    if unit is None:
        return org, m.title
    body = next((o for o in inside if o.start >= unit.end and o.key != org), None)
    short = re.search(r"\(([^()]+)\)", text[unit.end:body.start]) if body is not None else None
    if body is None or body.key not in doc.entities or not UNIT_THEN_BODY.fullmatch(text[unit.end:body.start]) \
            or short is None or short.group(1)[:1].lower() == unit.text[:1].lower() \
            or "Organization" not in _ancestors(doc.entities[body.key].type) \
            or _no_body(body, set(m.title.lower().split())):
        return org, m.title
    title = m.title if unit.text.lower() in m.title.lower() else f"{m.title} {unit.text}"
    return body.key, title


def _unit_of_title(doc: Document, title: str, org: str | None) -> list[str]:
    """'Direktur Tindak Pidana Siber Bareskrim, Nama' when the article names the 'Direktorat
    Tindak Pidana Siber Bareskrim': an office named after its unit (unit_titles.tsv) is held in
    that unit too. The unit's name may go on only with words of the body the title named."""
    low = title.lower()
    ent = doc.entities.get(org) if org else None
    extra_ok = " ".join(_names(ent)).split() if ent is not None else []
    out = []
    for head, unit in unit_titles():
        if not low.startswith(head + " "):
            continue
        wanted = (unit + low[len(head):]).split()
        for other in sorted(doc.entities.values(), key=lambda e: e.key):
            if other.key == org or other.type == "Person" or "Organization" not in _ancestors(other.type):
                continue
            for form in sorted(_names(other)):
                words = form.split()
                extra = words[len(wanted):]
                if words[:len(wanted)] == wanted and all(w in extra_ok for w in extra) \
                        and (extra or entry_for_org(other.key) is not None     # a known body, not the
                             or _named_with(doc, other.key, org)):             # "Direktorat X" of any Polda
                    out.append(other.key)                                      # (unless named with this one)
                    break
        break
    return out


def _unit_of_short_name(doc: Document, m, org: str | None) -> list[str]:
    """'Direktur Reskrimsus Polda Bali, Nama' when the article names the 'Direktorat Reserse
    Kriminal Khusus (Ditreskrimsus)': a police unit head's title written with the unit's short
    word ('Reskrimsus') names the unit whose short name is that word after the unit prefix
    ('Dit', unit_short_heads.tsv); the office is held in that unit of the article too."""
    if m.title_start is None or m.title_start >= m.start:
        return []
    words = [w.lower() for w in re.findall(r"[\w-]+", doc.article.text[m.title_start:m.start])]
    for head, prefix in unit_short_heads():
        if tuple(words[:len(head)]) != head or len(words) <= len(head):
            continue
        wanted = prefix + words[len(head)]
        return [e.key for e in sorted(doc.entities.values(), key=lambda e: e.key)
                if e.key != org and "Organization" in _ancestors(e.type) and wanted in _names(e)][:1]
    return []


UNIT_THEN_BODY = re.compile(r"[\s(),]*(?:\([^()]{1,20}\))?[\s,]*")


def _named_with(doc: Document, unit: str, body: str | None) -> bool:
    """'Direktorat Tindak Pidana Siber (Dittipidsiber) Bareskrim Polri': the article names the
    unit right before the body (only spaces, commas or its short form in parentheses between)."""
    if body is None:
        return False
    text = doc.article.text
    ments = sorted((x for x in doc.mentions if x.key), key=lambda x: (x.start, x.end))
    for n, x in enumerate(ments):
        if x.key != unit:
            continue
        nxt = next((y for y in ments[n + 1:] if y.start >= x.end), None)
        if nxt is not None and nxt.key == body and UNIT_THEN_BODY.fullmatch(text[x.end:nxt.start]):
            return True
    return False


def _org_in_title(doc: Document, m) -> str | None:
    """An organisation named by a description inside the title phrase ("Juru bicara junta,
    Mayor Jenderal Nama": the junta the article named)."""
    if m.title_start is None or m.title_start >= m.start:
        return None
    for other in _in_title(doc, m):
        if other.key in doc.entities and other.source == "description" \
                and "Organization" in _ancestors(doc.entities[other.key].type):
            return other.key
    return None


POSSESSIVE_TITLE = re.compile(r"\w{3,}nya\s*,")


def _org_of_possessive(doc: Document, m) -> str | None:
    """'Kementerian X menolak tuduhan itu. Namun, juru bicaranya, Nama, ...': a title with the
    possessive -nya and no organisation in its own sentence is held in the organisation the
    sentence before opened with (its subject)."""
    if m.title_start is None or m.title_start >= m.start \
            or not POSSESSIVE_TITLE.search(doc.article.text[m.title_start:m.start]):
        return None
    return next((o.key for o in sorted(doc.mentions, key=lambda x: x.start)
                 if o.sentence == m.sentence - 1 and o.key in doc.entities
                 and "Organization" in _ancestors(doc.entities[o.key].type)), None)


def _org_by_head_noun(doc: Document, m) -> str | None:
    """'Koordinator paguyuban, Nama' after 'Paguyuban Korban X', 'CEO klub, Nama' after 'X FC',
    'Pemilik kafe, Nama' after 'Kafe Y': a lower-case noun in the title phrase stands for the
    nearest body named before whose name opens with it (an organisation, or a named place such as
    a cafe) or that the noun's description can refer to (anaphora.tsv antecedents: "klub" -> FC)."""
    if m.title_start is None or m.title_start >= m.start:
        return None
    words = [w for w in re.findall(r"\w+", doc.article.text[m.title_start:m.start]) if w.islower() and len(w) >= 4]
    heads = {h for w in words for h in anaphora_antecedents().get(w, ())} \
        | {"=" + anaphora()[w][0] for w in words if w in anaphora() and not anaphora_antecedents().get(w)
           and anaphora()[w][0] in BODY_CLASSES}       # "Pemilik perusahaan, Nama": the company named
    for o in sorted(doc.mentions, key=lambda x: -x.start):
        ent = doc.entities.get(o.key) if o.end <= m.title_start else None
        if ent is None:
            continue
        kinds = _ancestors(ent.type)
        opens = ent.label.split()[0].lower() in words and ent.label.split()[0][:1].isupper()
        label_words = re.findall(r"[a-z0-9]+", ent.label.lower())
        if opens and ("Organization" in kinds or ent.type in ("Facility", "Place")) \
                or "Organization" in kinds and heads_fit(set(label_words), " ".join(label_words), ent.type, heads):
            return o.key
    return None


def _org_of_protest(doc: Document, m) -> str | None:
    """'Puluhan mahasiswa dari Aliansi X berunjuk rasa ... Koordinator aksi, Nama, ...': a title
    with a protest word (cues kind protest_title_word) is held in the body that protested: the first
    organisation (no government body, the protest's usual venue) named in the last sentence before
    the title's own (or in it, before the title) that has a protest word."""
    if m.title_start is None or m.title_start >= m.start:
        return None
    words = cues().get("protest_title_word", frozenset())
    if not any(w in words for w in re.findall(r"\w+", doc.article.text[m.title_start:m.start])):
        return None
    for sent in reversed([x for x in doc.article.sentences if x.start <= m.title_start]):
        said = re.findall(r"\w+", doc.article.text[sent.start:min(sent.end, m.title_start)].lower())
        if not any(w in words for w in said):
            continue
        bodies = [o for o in doc.mentions if sent.start <= o.start and o.end <= min(sent.end, m.title_start)
                  and o.key in doc.entities and "Organization" in _ancestors(doc.entities[o.key].type)
                  and "GovernmentBody" not in _ancestors(doc.entities[o.key].type)]
        return min(bodies, key=lambda o: o.start).key if bodies else None
    return None


BODY_CLASSES = {"Company", "PoliticalParty", "EducationalInstitution"}   # kinds a bare noun can name alone


def _ranks() -> frozenset[str]:
    """Canonical military and police ranks (titles.tsv kind rank)."""
    return frozenset(v["title"].lower() for v in titles().values() if v.get("kind") == "rank")


def _honorifics() -> frozenset[str]:
    """Canonical titles that are only forms of address (titles.tsv kind honorific)."""
    return frozenset(v["title"].lower() for v in titles().values() if v.get("kind") == "honorific")


def _title_start(doc: Document, name_start: int, title: str) -> int:
    """Where the title phrase begins before the name (for the evidence span)."""
    text = doc.article.text
    window_start = max(0, name_start - 120)
    idx = text.lower().rfind(title.lower(), window_start, name_start)
    return idx if idx >= 0 else name_start


def _add_org(doc: Document, ref: str) -> str | None:
    entry = entry_for_org(ref)
    if entry is None or entry.type in ("Person", "City", "Facility"):
        return None                                  # an employer is an organisation, state or region
    if entry.key not in doc.entities:
        doc.entities[entry.key] = Entity(entry.key, entry.label, entry.type, entry.wikidata, entry.geonames)
    return entry.key


def _org_from_holders(doc: Document, person: str, title: str) -> str | None:
    date = doc.article.date or ""
    for h in holders().get(person, []):
        if h.get("title", "").lower() != title.lower():
            continue
        if date and ((h.get("start") and date < h["start"]) or (h.get("end") and date > h["end"])):
            continue
        return _add_org(doc, h["org"]) if h.get("org") else None
    return None


GENERIC_TITLE_WORDS = {"ketua", "kepala", "wakil", "umum", "direktur", "utama", "anggota", "sekretaris",
                       "jenderal", "deputi", "asisten", "staf", "khusus", "juru", "bicara", "senior", "eksekutif"}


def _org_named_like(doc: Document, title: str, before: int) -> str | None:
    """A title with no organisation takes the nearest preceding organisation of the article
    whose name contains one of the title's distinctive words: "Jaksa Penuntut Umum" ->
    "Kejaksaan Agung", "Kapten ... Angkatan Laut"; generic words (ketua, kepala ...) do not count."""
    words = [w for w in title.lower().split() if len(w) >= 5 and w not in GENERIC_TITLE_WORDS]
    if len(words) > 1 and words[0] == "menteri":
        words = words[1:]                            # "Menteri Koordinator X": a ministry of X, not any one
    if not words:
        return None
    heads = [h for w in words for h in anaphora_antecedents().get(w, ())]   # "Majelis Hakim": a court,
    count = Counter(m.key for m in doc.mentions)                              # the one named most
    for m in sorted(doc.mentions, key=lambda x: (-count[x.key], -x.start) if heads else -x.start):
        if m.start >= before or not m.key or m.type == "Person" or m.key not in doc.entities:
            continue
        label = doc.entities[m.key].label.lower()
        named = any(_word_of(w, label) for w in words) or any(h.rstrip("*") in label.split() for h in heads)
        if named and "Organization" in _ancestors(doc.entities[m.key].type):
            return m.key
    return None


DEPUTY_WORDS = {"wakil", "plt", "plh", "pj"}   # "Wakil Direktur Pelayanan": a deputy of the same office


def _org_of_fellow_office(doc: Document, title: str, before: int) -> str | None:
    """'Gubernur mencopot Direktur RSUD X, Nama. Ia menunjuk Wakil Direktur Pelayanan, Nama2, ...':
    a title with no organisation whose head word (after a deputy's word) heads the title of an
    office held earlier in the article in one organisation, and in one only, is an office of
    that organisation; not for national offices ("Presiden", "Menteri")."""
    head = _office_head(title)
    if head is None or _national(title):
        return None
    orgs = {p.org for p in doc.positions if p.org and p.evidence.start < before and _office_head(p.title) == head}
    return orgs.pop() if len(orgs) == 1 else None


def _court_of_judge(doc: Document, title: str) -> str | None:
    """'Hakim Ketua Nama', 'Panitera Nama' with no court named in the title: the court, when the
    article names one court only (a name opening with a court head: the antecedents of "majelis"
    in anaphora.tsv) and the title is a court office (cues kind court_office)."""
    words = set(title.lower().split())
    if not words & cues().get("court_office", frozenset()):
        return None
    heads = set(anaphora_antecedents().get("majelis", ()))
    courts = {k for k, e in doc.entities.items() if (e.label.lower().split() or [""])[0] in heads
              and e.type != "Person"}
    return courts.pop() if len(courts) == 1 else None


def _office_head(title: str) -> str | None:
    """The head word of a title past a deputy's word ("Wakil Direktur Pelayanan": "direktur")."""
    return next((w for w in title.lower().split() if w not in DEPUTY_WORDS), None)


def _word_of(word: str, label: str) -> bool:
    """The title word is a word of the name, bare or as the ke-...-an noun of the institution
    ("jaksa" in "Kejaksaan Agung", "menteri" in "Kementerian Sosial"), not merely a piece of
    another word ("presiden" is no word of "Presidential Studies")."""
    for w in label.split():
        core = w[2:] if w.startswith("ke") else w
        if word in (w, core[:-2] if core.endswith("an") else core):
            return True
    return False


def _ancestors(cls: str) -> set[str]:
    from kg.vocab import SUPERCLASS
    out = {cls}
    while cls in SUPERCLASS:
        cls = SUPERCLASS[cls]
        out.add(cls)
    return out


def _body_of_jurisdiction(doc: Document, org: str | None, m) -> str | None:
    """A regional chief's title read with its jurisdiction ("Kapolres Sukamaju", "Kajati
    Sumut") names the office there: the article's "Polres Sukamaju" / "Kejati Sumut" when it
    names that body (regional_titles.tsv, column body); otherwise that office, built from the
    title's body and the jurisdiction as the title phrase writes it, whether or not the
    gazetteer knows the place (invented and little-known regencies are common in news)."""
    bodies = regional_bodies().get(m.title.lower())
    ent = doc.entities.get(org) if org else None
    if not bodies or ent is None or ent.type == "Person":
        return org
    places = _names(ent)
    if any(p.startswith(bodies) for p in places):
        return org                                     # already the body
    wanted = {f"{b} {p}" for b in bodies for p in places}
    for other in doc.entities.values():
        if other.key != org and other.type != "Person" and _names(other) & wanted:
            return other.key
    return _office_in(doc, org, m) or org


def _office_in(doc: Document, org: str, m) -> str | None:
    """'Kapolres Tirta Manggala AKBP Nama' with no 'Polres Tirta Manggala' in the article: the
    office is that Polres, a body of its own (labelled with the title's full body name, the
    short form kept as another name). Only for a jurisdiction that is a place, or a bare name
    the patterns typed an organisation, written inside the title phrase."""
    ent = doc.entities[org]
    short, full = regional_body_names()[m.title.lower()]
    if m.title_start is None or m.title_start >= m.start or not (
            _ancestors(ent.type) & {"Place"} and ent.type != "Country"
            or ent.type == "Organization" and ent.wikidata is None
            and (ent.label.lower().split()[0],) not in org_heads()):
        return None
    where = next((x.text for x in sorted(_in_title(doc, m), key=lambda x: x.start) if x.key == org), None)
    if where is None or not where[:1].isupper():
        return None
    label = f"{full} {where}"
    key = slug(label)
    if key in doc.entities and doc.entities[key].type == "Person":
        return None
    body = doc.entities.setdefault(key, Entity(key, label, "GovernmentBody"))
    body.forms |= {label, f"{short} {where}"}
    return key


PLACE_TYPES = ("City", "Region", "Place")
ADMIN_PREFIX = re.compile(r"^(?:dki|daerah khusus ibukota|kabupaten|kab\.|kota|provinsi)\s+")   # "DKI Jakarta"


def _branch_in_place(doc: Document, org: str | None, m) -> str | None:
    """'Kepala Dinkes Sumber Arum dr. Nama' after 'Dinas Kesehatan (Dinkes) Jawa Timur', 'Kepala
    Kemenag Purwakarta Nama': the name of a body of another place, or of a national body of the
    lexicon, followed inside the title phrase by an Indonesian place of the article names the
    body's office there, not the body the short name alone was taken for. The article's body
    of that name when it has one, else a body of its own ("Dinkes Sumber Arum")."""
    ent = doc.entities.get(org) if org else None
    if ent is None or m.title_start is None or m.title_start >= m.start \
            or "Organization" not in _ancestors(ent.type) or ent.type == "PoliticalParty":
        return org
    text = doc.article.text
    own = [x for x in _in_title(doc, m) if x.key == org]
    if not own:
        return org
    body = max(own, key=lambda x: x.end)
    rest = text[body.end:m.start]
    if not rest[:1].isspace():
        return org
    at = body.end + len(rest) - len(rest.lstrip())
    found = _place_at(doc, at, m.start)
    if found is None:
        return org
    where, place = found
    bare = {re.sub(ADMIN_PREFIX, "", p) for p in _names(place) | {where.lower()}}
    if any(n.endswith(" " + p) for n in _names(ent) for p in bare):
        return org                                     # "Dinas Lingkungan Hidup Jakarta": there already
    if entry_for_org(org) is None and not _placed(doc, ent):
        return org                                     # "Ketua SBMI Pemalang": the article's own body, or
                                                       # its branch (folded into it, tests/gold/README.md)
    short = body.text if " " not in body.text else ent.label
    wanted = {f"{n} {where.lower()}" for n in _names(ent) | {short.lower()}}
    for other in doc.entities.values():
        if other.key != org and other.type != "Person" and _names(other) & wanted:
            return other.key
    label = f"{short} {where}"
    key = slug(label)
    if key in doc.entities and doc.entities[key].type == "Person":
        return org
    made = doc.entities.setdefault(key, Entity(key, label, ent.type))
    made.forms.add(label)
    return key


def _placed(doc: Document, ent: Entity) -> bool:
    """The body's name ends with the name of a place ("Dinas Kesehatan Jawa Timur"): one of the
    article, a city or a region of two words or more the gazetteer knows."""
    places = {n for e in doc.entities.values() if e.type in PLACE_TYPES for n in _names(e)}
    for name in _names(ent):
        words = name.split()
        for n in range(1, min(4, len(words) - 1) + 1):
            tail = words[-n:]
            hit = gazetteer().forms.get(tuple(tail))
            if " ".join(tail) in places or hit is not None and (hit[0].type == "City" or n > 1 and
                                                                 hit[0].type == "Region"):
                return True                            # (a lone "Nusantara" is a word of names too)
    return False


def _place_at(doc: Document, start: int, end: int) -> tuple[str, Entity] | None:
    """The name of an Indonesian place of the article written at `start`, before `end`, and
    its entity: a place mention there, or the longest form of a place entity the text goes on
    with. A place the gazetteer puts abroad is none ("Ali", "Ahmad" before a person's name)."""
    text = doc.article.text
    best = None
    for ent in doc.entities.values():
        if ent.type not in PLACE_TYPES:
            continue
        for form in sorted(ent.forms | {ent.label}):
            stop = start + len(form)
            if stop <= end and text[start:stop] == form and (stop == len(text) or not text[stop].isalnum()) \
                    and form[:1].isupper() and (best is None or len(form) > len(best[0])):
                best = (form, ent)
    if best is None:
        return None
    hit = gazetteer().forms.get(tuple(best[0].lower().split()))
    if hit is not None and hit[0].iso != "ID" and hit[0].parent != "country:ID":
        return None
    return best


MINISTRY_HEADS = ("kementerian", "departemen")
MINISTER_TITLES = ("menteri ", "wakil menteri ")


def _state_of_minister(doc: Document, m, org: str | None, state: str | None) -> list[str]:
    """'Menteri Luar Negeri Kuwait, Nama' when the article names the Kuwaiti ministry, 'Menteri
    Luar Negeri RI, Nama' (the ministry by default): a minister whose title phrase names his
    state holds office in the ministry and in that state."""
    ent = doc.entities.get(org) if org else None
    if ent is None or ent.type == "Country" or not m.title.lower().startswith(MINISTER_TITLES):
        return []
    if state is not None and state != org:
        return [state]
    entry = entry_for_org(org)
    country = entry_for_org(entry.parent) if entry is not None and entry.parent \
        and entry.parent.startswith("country:") else None
    if country is None or m.title_start is None or m.title_start >= m.start:
        return []
    words = doc.article.text[m.title_start:m.start].split()
    own = " ".join(f" {n} " for n in _names(ent))         # "Menteri Pelindungan Pekerja Migran Indonesia":
    for n in (3, 2, 1):                                    # the ministry's own name, not its state
        for at in range(len(words) - n + 1):
            surface = " ".join(w.strip(",()") for w in words[at:at + n])
            hit = gazetteer().forms.get(tuple(surface.lower().split()))
            if hit is not None and hit[0].key == country.key and (surface.isupper() or not hit[1].isupper()) \
                    and f" {surface.lower()} " not in own:
                return [key] if (key := _add_org(doc, entry.parent)) else []
    return []


def _government_headed(doc: Document, title: str, org: str | None) -> list[str]:
    """'Wali Kota Malang, Nama' in an article that names the 'Pemerintah Kota Malang': the head of
    the city (the office is the city's) leads its government too."""
    if title.lower() not in REGION_HEADS:
        return []
    gov = _government_of(doc, org)
    return [gov] if gov is not None and gov != org else []


def _ministry_of_state(doc: Document, org: str | None, title: str) -> str | None:
    """A minister of a foreign state ("Menteri Perdagangan AS") holds office in the ministry
    when the article names it as an actor of its own ("Departemen Perdagangan AS memasukkan
    ..."), not only inside another official's title ("Juru bicara Kementerian ... Peru, X")."""
    ent = doc.entities.get(org) if org else None
    if ent is None or ent.type != "Country" or not title.lower().startswith(MINISTER_TITLES):
        return org
    portfolio = title.lower().split("menteri ", 1)[1]   # "Wakil Menteri Keuangan AS": the Treasury
    places = _names(ent)
    wanted = {f"{h} {portfolio} {p}" for h in MINISTRY_HEADS for p in places}
    titles_at = [(p.title_start, p.start) for p in doc.mentions
                 if p.type == "Person" and p.title and p.title_start is not None]
    for other in doc.entities.values():
        if other.type != "Person" and _names(other) & wanted \
                and any(x.key == other.key and not any(a <= x.start < b for a, b in titles_at)
                        for x in doc.mentions):
            return other.key
    return org


def _names(ent: Entity) -> set[str]:
    """An entity's label and every form seen, lower-cased."""
    return {f.lower() for f in ent.forms} | {ent.label.lower()}


def _government_of(doc: Document, org: str | None) -> str | None:
    """A title held in a province or city ("Sekda Jawa Tengah") belongs to that place's
    government when the article names it ("Pemerintah Provinsi Jawa Tengah")."""
    ent = doc.entities.get(org) if org else None
    if ent is None or ent.type not in ("Region", "City"):
        return org
    names = _names(ent)
    for other in doc.entities.values():
        if other.type == "GovernmentBody" and any(other.label.lower().endswith(" " + n) for n in names) \
                and other.label.lower().startswith(REGIONAL_GOVERNMENTS):
            return other.key
    return org


def _region_served(title: str, region: str | None, org: str | None) -> list[str]:
    """'Sekretaris Daerah Provinsi Lampung, Nama' in an article that names the Pemprov: the
    region's secretary serves its government and is an officer of the region itself (the
    'daerah' of the title), as its head is."""
    words = title.lower().split()
    if region is None or region == org or " ".join(words[-2:]) not in REGION_SECRETARIES:
        return []
    return [region]


REGION_SECRETARIES = {"sekretaris daerah"}   # also after "Plt", "Penjabat"


REGION_HEADS = {"bupati", "wakil bupati", "gubernur", "wakil gubernur", "wali kota", "walikota", "wakil wali kota",
                "camat", "lurah", "kepala desa", "kades", "kepala pekon", "wali nagari", "keuchik", "kepala kampung"}
NATIONAL_TITLES = ("presiden", "wakil presiden", "menteri", "menko", "wapres")


def _national(title: str) -> bool:
    """A national office named without its state ("Presiden", "Menteri Pertanian"); a
    company's "Presiden Direktur" or "Presiden Komisaris" is none."""
    low = title.lower()
    return low.startswith(NATIONAL_TITLES) and not CORPORATE_WORDS & set(low.split())


CORPORATE_WORDS = {"direktur", "komisaris"}


def _state_of_foreign_story(doc: Document, m) -> str | None:
    """The state of a national office named without its state ("Presiden Nama") held by someone
    no lexicon knows, when the sentences naming that person name one state and the article names
    nothing Indonesian ("... merebut kekuasaan di Seychelles dan menahan Presiden Nama"): that
    state's office, not Indonesia's."""
    gz = gazetteer().entries
    if m.key in gz or any(c.key == "indonesia" or c.key in gz and "ID" in (gz[c.key].iso, (gz[c.key].parent or "")[-2:])
                          for c in doc.mentions if c.source != "metadata"):
        return None                              # an Indonesian story: "Presiden Nama" is Indonesia's
    own = {c.sentence for c in doc.mentions if c.key == m.key} | {m.sentence}
    states = {c.key for c in doc.mentions if c.sentence in own and c.key and c.type == "Country"}
    return next(iter(states)) if len(states) == 1 else None


def _home_is_indonesia(doc: Document) -> bool:
    """Indonesian news by default: no dateline, or a dateline in Indonesia."""
    from kg.lexicon import gazetteer
    if not doc.article.dateline:
        return True
    hit = gazetteer().forms.get((doc.article.dateline.lower(),))
    return hit is not None and hit[0].iso == "ID"
