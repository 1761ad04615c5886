"""Resolution: mentions -> entities, one per actor per document.

Rules, in order:
- a mention the gazetteer knows takes the lexicon key (Wikidata, GeoNames come with it);
- article metadata (publisher, dateline place, "Sumber:" attribution) become mentions too;
- an acronym defined in the text ("Badan Pusat Statistik (BPS)") shares its expansion's key;
- a one-word person name ("Stoltenberg") joins the fuller name it ends or starts
  ("Jens Stoltenberg"); a fuller name that contains a shorter one joins it;
- pronouns ("dia", "ia") and descriptions ("organisasi itu", "aliansi tersebut") take the
  nearest preceding named mention of a compatible class within two sentences; they never
  become labels of the entity;
- a bare procedural role noun ("menahan tersangka", "memeriksa terlapor", "kedua terdakwa")
  takes the party the article gave that role ("sebagai tersangka", "tersangka AB", "Y
  melaporkan X"), only when exactly one party (or one group of the size said) holds it.
Capitals and seats of government ("Moskow", "Kremlin") stay places here; events.py
lets them stand for their state when they act (the metonymy rule).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.document import Document, Entity, Mention, Span
from kg.extract.mentions import ROLE_APPOSITION, owned_base
from kg.extract.quotes import _inside_quote
from kg.lexicon import anaphora, anaphora_antecedents, capital_of, count_words, cues, gazetteer, head_abbreviations, non_actor_acronyms, org_heads, org_tails, procedural_roles, slug, titles
from kg.text import tokenize
from kg.vocab import is_a

DETERMINERS = {"itu", "tersebut", "ini"}
ANAPHORIC = ("pronoun", "description", "group", "title")
CLAUSE_OPENERS = {"dan", "tetapi", "namun", "bahwa", "karena", "sedangkan", "sementara", "lalu", "kemudian",
                  "agar", "supaya", "jika", "apabila", "kalau", "sehingga", "padahal", "meski", "meskipun"}


def resolve_entities(doc: Document) -> Document:
    """Pipeline component: give every mention an entity key and fill doc.entities."""
    doc.mentions = sorted(_metadata_mentions(doc) + doc.mentions, key=lambda m: (m.start, m.end))
    doc.mentions = [m for m in doc.mentions if m.type != "Other"  # treaties, laws: not actors
                    and not (m.text.islower() and m.source not in ("gazetteer", "pronoun", "description", "group", "title"))]
    named = [m for m in doc.mentions if m.source not in ANAPHORIC]
    _link_acronyms(named, doc.article.text)
    _link_persons(named, doc.article.text)
    for m in named:
        if m.key is None:
            m.key = _place_key(m) or slug(m.label or m.text)
    _link_unit_short_names(named, doc.article.text)
    _link_same_bodies(named, doc.article.text)
    _link_short_forms(named)
    _link_headless_names(named)
    _link_anaphora(doc)
    named += _standalone_bodies(doc)
    _link_role_orgs(named, doc.mentions)
    doc.entities = _entities(named)
    doc.unresolved = [Span(m.start, m.end) for m in doc.mentions if not m.key and m.source in ANAPHORIC
                      and not (m.source == "title" and any(m.start <= c.start < m.end for c in named))]
                                                        # "Menteri ESDM" with no holder: ESDM still acts
    doc.mentions = [m for m in doc.mentions if m.key]
    return doc


def _standalone_bodies(doc: Document) -> list[Mention]:
    """A capitalised head of a regional body written alone with no such body named before
    ("meminta Inspektorat memeriksa ...", cues kind standalone_body) names that body itself: it
    becomes a named mention of its own."""
    heads = cues().get("standalone_body", frozenset())
    out = []
    for m in doc.mentions:
        if m.source == "description" and m.key is None and m.text[:1].isupper() and m.text.lower() in heads:
            m.source, m.key = "pattern", slug(m.text)
            out.append(m)
    return out


def _metadata_mentions(doc: Document) -> list[Mention]:
    art = doc.article
    gz = gazetteer()
    out = []
    for span, text, default in ((art.publisher_span, art.publisher, "MediaOrganization"),
                                (art.dateline_span, art.dateline, "City"),
                                (art.attribution_span, art.attribution, "MediaOrganization")):
        if not span or not text:
            continue
        from kg.text import tokenize
        hit = gz.forms.get(tuple(t.text.lower() for t in tokenize(text)))
        entry = hit[0] if hit else None
        out.append(Mention(span.start, span.end, text, entry.type if entry else default, "metadata",
                           entry.key if entry else None))
    return out


def _link_acronyms(named: list[Mention], doc_text: str) -> None:
    """'(BPS)' after 'Badan Pusat Statistik' -> same key; later bare 'BPS' too."""
    gz = gazetteer()
    by_acronym: dict[str, str] = {}
    prev: Mention | None = None
    for m in named:
        if m.acronym:                                  # "Pemerintah Provinsi (Pemprov) Jawa Tengah"
            m.key = m.key or slug(m.label or m.text)
            by_acronym.setdefault(m.acronym, m.key)
            by_acronym.setdefault(m.acronym.split()[0], m.key)
        elif m.text in by_acronym and (m.type != "Person" or m.text.isupper() and (
                m.source == "gazetteer" or _key_type(named, by_acronym[m.text]) == "Person")):
            # the article's own "(MBS)" wins over a lexicon's "MBS" (Mohammed bin Salman); a person's
            # initials ("Siman Bahar (SB)") are that person later
            m.key, m.type = by_acronym[m.text], _key_type(named, by_acronym[m.text])
        elif m.source == "acronym" or _defines_acronym(m, prev, doc_text):
            known = gz.forms.get((m.text.lower(),))
            if m.text in by_acronym:
                m.key = by_acronym[m.text]
            elif prev is not None and 0 < m.start - prev.end <= 3 and "(" in doc_text[prev.end:m.start] \
                    and prev.type == "Country" and m.text.isupper() and _initials(prev.text) != m.text \
                    and not (known and known[0].key == prev.key) \
                    and m.text not in non_actor_acronyms():
                owner = _placed_name(prev, named, doc_text)   # "Persatuan untuk Perdamaian di Afrika
                if owner is not None:                         # Tengah (UPC)": not the state's acronym
                    owner.key = owner.key or slug(owner.text)
                m.key = owner.key if owner else slug(m.text)
                m.type = owner.type if owner else "Organization"
                by_acronym[m.text] = m.key
            elif prev is not None and 0 < m.start - prev.end <= 3 and prev.source == "pattern" \
                    and "(" in doc_text[prev.end:m.start] and known and known[0].type in ("Region", "City") \
                    and is_a(prev.type, "Organization") and _body_of_place(prev.text, known[0].key):
                m.key, m.type = known[0].key, known[0].type    # "Pemerintah Provinsi Nusa Tenggara Barat
                                                               # (NTB)": the province's short form
            elif prev is not None and 0 < m.start - prev.end <= 3 and prev.source == "pattern" \
                    and "(" in doc_text[prev.end:m.start]:
                expansion = gz.forms.get(tuple(t.text.lower() for t in tokenize(prev.text)))
                if known and known[1] == m.text and prev.key is None and \
                        (expansion is None and any(_same_name(prev.text, f) for f in _forms_of(known[0].key)) or
                         expansion is not None and expansion[0].key == known[0].key):
                    prev.key, prev.type = known[0].key, known[0].type   # "AFP" after "Kepolisian
                                                                        # Federal Australia" is not the agency
                if prev.key is None:
                    prev.key = slug(prev.text)
                m.key, m.type = prev.key, prev.type
                by_acronym[m.text] = m.key
                by_acronym.setdefault(m.text.split()[0], m.key)   # "Komdis PSSI" -> "Komdis"
            elif known and not (prev is not None and "(" in doc_text[prev.end:m.start] and m.start - prev.end <= 3):
                m.key, m.type = known[0].key, known[0].type
        prev = m


def _key_type(named: list[Mention], key: str) -> str:
    """The type of the first mention with the key."""
    return next(x.type for x in named if x.key == key)


def _body_of_place(name: str, place: str) -> bool:
    """Does the name end with a form of the place after words that open with an organisation's
    head ("Dinas Kehutanan Provinsi Nusa Tenggara Timur", "Kejati Daerah Istimewa Yogyakarta"),
    so it names that place's body, not the place ("Ibu Kota Nusantara")?"""
    words = name.lower().split()
    for form in _forms_of(place):
        n = len(form.split())
        if len(words) > n and " ".join(words[-n:]) == form.lower() \
                and any(tuple(words[:h]) in org_heads() for h in (1, 2, 3)):
            return True
    return False


def _placed_name(place: Mention, named: list[Mention], doc_text: str) -> Mention | None:
    """The organisation whose name runs on into 'di <place>' right before the place ("Persatuan
    untuk Perdamaian | di | Afrika Tengah"), if the patterns found one."""
    return next((x for x in named if x.source == "pattern" and is_a(x.type, "Organization")
                 and doc_text[x.end:place.start].strip().lower() == "di"), None)


def _defines_acronym(m: Mention, prev: Mention | None, doc_text: str) -> bool:
    """'PT Mahakam Bara Sentosa (MBS)': a lexicon acronym in parentheses right after a name the
    patterns found is that name's acronym here, whatever the lexicon says (Mohammed bin Salman)."""
    return m.source == "gazetteer" and m.text.isupper() and prev is not None and prev.source == "pattern" \
        and 0 < m.start - prev.end <= 3 and "(" in doc_text[prev.end:m.start]


@lru_cache(maxsize=1)
def _all_forms() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for entry, surface in gazetteer().forms.values():
        out.setdefault(entry.key, []).append(surface)
    return out


def _forms_of(key: str) -> list[str]:
    """Every surface form the lexicon knows an actor by ("PAN", "Partai Amanat Nasional")."""
    return _all_forms().get(key, [])


def _same_name(expansion: str, label: str) -> bool:
    """Does an article's expansion of an acronym name the lexicon's body of that acronym?
    'Badan Pengawas Pemilihan Umum' is 'Badan Pengawas Pemilu'; 'Partai Karya Nusantara' is
    not 'Partai Kebangkitan Nusantara' (words of each side the other lacks: another body)."""
    a = [w.lower() for w in expansion.split() if len(w) >= 3 and w[:1].isupper()]
    b = [w.lower() for w in label.split() if len(w) >= 3 and w[:1].isupper()]
    def covered(xs: list[str], ys: list[str]) -> bool:
        return all(any(x[:4] == y[:4] for y in ys) for x in xs)
    return covered(a, b) or covered(b, a)


ADMIN_HEADS = ("kabupaten ", "kota ", "provinsi ", "distrik ", "kecamatan ", "kelurahan ", "desa ", "nagari ",
               "kotapraja ", "negara bagian ", "prefektur ")
PERSON_LINK = re.compile(r"\s*(,|dan|serta|,\s*dan)\s+([a-z]+\s+){1,2}")   # "A dan teknisi B": a role between
INDONESIAN_HEADS = ("kabupaten ", "kecamatan ", "kelurahan ", "desa ", "nagari ")   # no foreign place's


def _place_name(m: Mention) -> str | None:
    """'Kabupaten Batu Kemuning' and 'Batu Kemuning' are one place: key on the name itself."""
    text = m.label or m.text
    if m.type in ("Region", "City") and text.lower().startswith(ADMIN_HEADS):
        return text.split(" ", 1)[1]
    return None


def _place_key(m: Mention) -> str | None:
    """The key of an administrative area named with its head word: its bare name ("Kabupaten
    Bandung" = "Bandung"), unless that is a foreign place of the gazetteer ("Kabupaten Karo" is
    not Kāro in India)."""
    name = _place_name(m)
    if name is None:
        return None
    entry = gazetteer().entries.get(slug(name))
    local = (m.label or m.text).lower().startswith(INDONESIAN_HEADS)
    return slug(m.label or m.text) if local and entry is not None and entry.iso not in (None, "ID") else slug(name)


PARTY_CENTRE = re.compile(r"^(?:Dewan Pimpinan Pusat|DPP)\s+(.+)$")


def _link_short_forms(named: list[Mention]) -> None:
    """'Timnas' = 'Timnas Indonesia', 'Komdis' = 'Komdis PSSI', 'NMN' = 'PT Nikel Mandala
    Nusantara': a one-word organisation name that starts, or spells the initials of, exactly
    one longer organisation name of the article joins it."""
    orgs = [m for m in named if is_a(m.type, "Organization") and len((m.label or m.text).split()) >= 2]
    by_text = {m.text: m.key for m in named if m.key and is_a(m.type, "Organization")}
    for m in orgs:                                       # "Dewan Pimpinan Pusat PBP" is the party PBP
        centre = PARTY_CENTRE.match(m.label or m.text)
        if centre and centre.group(1) in by_text:
            m.key = by_text[centre.group(1)]
    for m in named:
        words = [w for w in m.text.split() if w not in ("PT", "CV", "Tbk")]   # "PT SHL" is "SHL"
        if not is_a(m.type, "Organization") or len(words) != 1 or m.key in gazetteer().entries:
            continue
        word = words[0]
        owners = {o.key for o in orgs if o.key != m.key and ((o.label or o.text).split()[0] == word
                                                           or _initials(o.label or o.text) == word)}
        if len(owners) == 1:
            m.key = owners.pop()


def _link_unit_short_names(named: list[Mention], doc_text: str) -> None:
    """'Direktorat Jenderal Pendidikan Islam Kementerian Agama (Ditjen Pendis Kemenag)': a unit
    named right before the known body it belongs to, then a short name in parentheses that
    ends in that body's short name, is the unit (not the body)."""
    forms = gazetteer().forms
    known = gazetteer().entries
    for unit, body, m in zip(named, named[1:], named[2:]):
        short = m.text.split()
        last = forms.get((short[-1].lower(),)) if len(short) >= 2 else None
        if last is None or last[0].key != body.key or body.key not in known or m.key in known \
                or unit.key in known or not is_a(unit.type, "Organization") or not is_a(m.type, "Organization") \
                or doc_text[unit.end:body.start].strip() or not re.fullmatch(r"\s*\(\s*", doc_text[body.end:m.start]):
            continue
        old = m.key
        for x in named:
            if x.key == old:
                x.key, x.type = unit.key, unit.type


def _link_same_bodies(named: list[Mention], doc_text: str) -> None:
    """'Kejati Kaltim' = 'Kejaksaan Tinggi (Kejati) Kalimantan Timur', 'Bawaslu Kalteng' =
    'Badan Pengawas Pemilu Kalimantan Tengah', 'Satgas Antimafia Bola' = 'Satuan Tugas (Satgas)
    Antimafia Bola Polri': two names of a body that read the same once a short head is written
    out (head_abbreviations.tsv, or an acronym the article defines) and every known actor or place
    inside them is read as itself ("Kaltim" = "Kalimantan Timur") are one actor; so is a name
    that lacks only the known body it belongs to at its end ("Komisi I" of "Komisi I DPR"),
    when the article names only one such body."""
    heads = dict(head_abbreviations())
    heads.update(_defined_heads(named, doc_text))
    gz = gazetteer()
    sigs: dict[tuple[str, ...], list[str]] = {}
    first: dict[str, Mention] = {}
    for m in named:
        family = _body_family(m.type)
        if not family or not m.key:
            continue
        first.setdefault(m.key, m)
        names = {m.label or m.text, m.acronym or m.text}
        if not (m.label and m.label.endswith(" " + m.text)):
            names.add(m.text)                            # (not the place alone a title phrase named a
                                                         # body's branch with: "Ketua KPU | Kota X")
        names.update(_forms_of(m.key) if m.key in gz.entries else ())
        for name in sorted(names):                       # (sorted: the same build every run)
            sig = _body_signature(name, heads)
            if sig:
                keys = sigs.setdefault((family, *sig), [])
                if m.key not in keys:
                    keys.append(m.key)
    parent: dict[str, str] = {}
    def find(k: str) -> str:
        while k in parent:
            k = parent[k]
        return k
    def join(keys: list[str]) -> None:
        roots = list(dict.fromkeys(find(k) for k in keys))
        known = [k for k in roots if k in gz.entries]
        if len(roots) < 2 or len(known) > 1:
            return                                       # two actors of the lexicon stay two
        target = known[0] if known else min(roots, key=lambda k: first[k].start)
        for k in roots:
            if k != target:
                parent[k] = target
    for sig in sorted(sigs, key=len):
        join(sigs[sig])
        longer = [s for s in sigs if len(s) == len(sig) + 1 and s[:-1] == sig and _is_body_key(s[-1])]
        if len(longer) == 1:                             # "Komisi I" and "Komisi I DPR"
            join(sigs[sig] + sigs[longer[0]])
        placed = [s for s in sigs if len(s) == len(sig) + 1 and s[:-1] == sig and _is_place_key(s[-1])]
        if len(placed) == 1 and len(sig) >= 4 and not any(p.startswith("@") for p in sig) \
                and not any(k in gz.entries for k in sigs[sig] + sigs[placed[0]]):
            join(sigs[sig] + sigs[placed[0]])            # "RS Mitra Sehat" of "RS Mitra Sehat Cikarang"
    if not parent:
        return
    for m in named:
        if m.key and find(m.key) != m.key:
            target = find(m.key)
            m.key = target
            if target in first:
                m.type = first[target].type


def _body_family(cls: str) -> str | None:
    """Names of one family can name one body: organisations, or facilities (Rutan, Lapas)."""
    return "org" if is_a(cls, "Organization") else "facility" if cls == "Facility" else None


def _is_body_key(part: str) -> bool:
    entry = gazetteer().entries.get(part[1:]) if part.startswith("@") else None
    return entry is not None and is_a(entry.type, "Organization")


def _is_place_key(part: str) -> bool:
    entry = gazetteer().entries.get(part[1:]) if part.startswith("@") else None
    return entry is not None and entry.type in ("Region", "City")


def _defined_heads(named: list[Mention], doc_text: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Short heads the article defines: 'Pengadilan Tinggi (PT) Samarinda' -> PT is
    'Pengadilan Tinggi' in this article."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for m in named:
        if not (m.acronym and m.label):
            continue
        short = tuple(w.lower() for w in m.acronym.split())
        full = tuple(w.lower() for w in m.label.split())
        n = 0
        while n < min(len(short), len(full)) - 1 and short[-1 - n] == full[-1 - n]:
            n += 1
        if n and len(short) - n == 1 and len(full) - n >= 2:
            out.setdefault(short[:1], full[:-n])
    for prev, m in zip(named, named[1:]):
        if m.source == "acronym" and prev.source == "pattern" and " " not in m.text \
                and 0 < m.start - prev.end <= 3 and "(" in doc_text[prev.end:m.start] and len(prev.text.split()) >= 2:
            out.setdefault((m.text.lower(),), tuple(w.lower() for w in prev.text.split()))
    return out


def _body_signature(name: str, heads: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...] | None:
    """How an organisation's name reads with its short head written out and the actors and
    places inside it as lexicon keys: 'Kejati Kaltim' and 'Kejaksaan Tinggi Kalimantan Timur'
    -> ('kejaksaan', 'tinggi', '@kalimantan-timur'). None for a name that opens with no
    organisation head, short head or known body."""
    toks = [t.text.lower() for t in tokenize(name) if t.text not in "()"]
    if len(toks) < 2:
        return None
    n = next((n for n in (2, 1) if tuple(toks[:n]) in heads), 0)
    gz = gazetteer()
    if n:
        words, opened = [*heads[tuple(toks[:n])], *toks[n:]], True
    else:
        words = toks
        opened = any(org_heads().get(tuple(toks[:k])) not in (None, "Other") for k in (3, 2, 1))
    out: list[str] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + gz.max_len), i, -1):
            hit = gz.forms.get(tuple(words[i:j]))
            if hit and j - i < len(words) and hit[0].type != "Person":
                out.append("@" + hit[0].key)
                opened = opened or i == 0 and is_a(hit[0].type, "Organization")
                i = j
                break
        else:
            out.append(words[i])
            i += 1
    out = [w for n, w in enumerate(out) if not (w == "provinsi" and n + 1 < len(out) and _is_place_key(out[n + 1]))]
    return tuple(out) if opened and len(out) >= 2 else None             # "Provinsi NTT" is NTT


def _link_headless_names(named: list[Mention]) -> None:
    """'Hanbit Elektronik Indonesia' = 'PT Hanbit Elektronik Indonesia': an organisation name of
    two words or more that is a company's name without its head word (PT, CV, Perum ...) joins it."""
    full, bare, first = {}, {}, {}
    tails = {t.lower() for t, cls in org_tails().items() if cls == "Company"}
    for m in named:
        words = tuple((m.label or m.text).lower().split())
        if is_a(m.type, "Organization") and m.key and len(words) >= 3 and org_heads().get(words[:1]) == "Company":
            full.setdefault(words[1:], (m.key, m.type))
        while m.type == "Company" and m.key and len(words) >= 3 and words[-1] in tails:
            words = words[:-1]                           # "Halcyon Tankers Pte Ltd" -> "Halcyon Tankers"
            bare.setdefault(words, (m.key, m.type))
        if m.type == "Company" and m.key and len(words) == 2 and words[-1] in tails:
            first.setdefault(words[:1], set()).add((m.key, m.type))   # "Kallisti Maritime" -> "Kallisti"
    for m in named:
        words = tuple((m.label or m.text).lower().split())
        if is_a(m.type, "Organization") and words in full and m.key not in gazetteer().entries:
            m.key, m.type = full[words]
        elif m.type in ("Person", "Company", "Organization") and words in bare and m.key not in gazetteer().entries:
            m.key, m.type = bare[words]                  # the company without its legal form (a tagger's
                                                         # "Person" too: no one is called that)
        elif len(first.get(words, ())) == 1 and m.type in ("Person", "Organization") and not m.title \
                and m.key == slug(m.label or m.text) and m.key not in gazetteer().entries:
            m.key, m.type = next(iter(first[words]))     # "Kallisti meminta ...": the firm "Kallisti Maritime"
                                                         # named before, by its first word (no title, no person
                                                         # of the article is called that)


def _initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in ("pt", "cv", "persero", "tbk")]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _link_role_orgs(named: list[Mention], mentions: list[Mention]) -> None:
    """A title's organisation named in the text ('@<offset>') -> that mention's entity key (for
    named persons and for an office referring back: "Ketua DPW Partai X itu")."""
    at = {m.start: m.key for m in named}
    for m in mentions:
        if m.role_org and m.role_org.startswith("@"):
            m.role_org = at.get(int(m.role_org[1:]))


def _link_persons(named: list[Mention], text: str) -> None:
    """Short and full person names of one document -> one key."""
    gz = gazetteer()
    persons = [m for m in named if m.type == "Person"]
    full: list[Mention] = sorted((m for m in persons if len(m.text.split()) >= 2),
                                 key=lambda m: (-len(m.text.split()), m.start))
    for m in full:
        if m.key:
            continue
        hit = gz.forms.get(tuple(w.lower() for w in m.text.split()))
        if hit and hit[0].type == "Person":
            m.key = hit[0].key
            continue
        words = m.text.split()
        longer = next((o for o in full if o is not m and o.key and _contains(o.text.split(), words)), None)
        m.key = longer.key if longer else slug(m.text)
    for m in persons:
        if m.key or len(m.text.split()) != 1:
            continue
        if m.source == "initials":                     # "berinisial JK": a suspect, not Jusuf Kalla
            m.key = _spelt_by_initials(m, full, text) or slug(m.text)
            continue
        word = m.text
        owner = next((o for o in full if o.text.split()[-1] == word), None) \
            or next((o for o in full if o.text.split()[0] == word), None)
        middle = {o.key for o in full if word in o.text.split()[1:-1]
                  and all(re.fullmatch(r"[A-Z][a-z'-]+", w) for w in o.text.split())}   # plain given names
        if owner is None and len(middle) == 1:       # "Rizki" for "Muhammad Rizki Sangaji", the only one
            owner = next(o for o in full if o.key in middle)
        if owner:
            m.key = owner.key
            continue
        hit = gz.forms.get((word.lower(),))
        if hit and hit[0].type == "Person":
            m.key = hit[0].key


def _spelt_by_initials(m: Mention, full: list[Mention], text: str) -> str | None:
    """"Tersangka RH" after "Ruslan Hakim" was named: the key of the one person named before
    whose initials these are. Not after "berinisial": a name withheld is nobody's named here
    ("tersangka berinisial BP" is not the spokesman Budi Prasetyo)."""
    before = text[:m.start].rsplit(maxsplit=1)[-1:]
    if before and before[0].lower() in ("berinisial", "inisial"):
        return None
    spelt = {o.key for o in full if o.start < m.start and _initials(o.text) == m.text}
    return spelt.pop() if len(spelt) == 1 else None


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return len(longer) > n and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def _link_anaphora(doc: Document) -> None:
    """Pronouns and definite descriptions -> a compatible named antecedent.

    Personal pronouns prefer the subject: the first person named earlier in the same
    sentence, else the first person of the nearest previous sentence (two at most) that
    names one; initials of suspects are taken only when nobody else is named.
    Descriptions ("organisasi itu") take the nearest compatible mention."""
    seen: list[Mention] = []
    held = _role_holders(doc)
    for m in doc.mentions:
        if m.source not in ANAPHORIC:
            seen.append(m)
            continue
        if _link_role(m, held):
            continue
        window = [c for c in seen if 0 <= m.sentence - c.sentence <= 2 and c.sentence >= 0 and c.key]
        if m.source == "group" and m.text.lower().split()[0] in cues().get("delegation", ()):
            m.members = _delegated(m, seen)             # "menemui perwakilan petani"
            m.key = m.members[0] if m.members else None
            continue
        if m.source == "group":
            m.members = _last_group(window, doc.article.text, _kedua_class(m))
            if m.members and _own_subject(doc, m, m.members, window):
                m.members = [k for k in _main_pair(seen, _group_class(m)) if k not in m.members] \
                    if m.text.lower().startswith("kedua ") else []
                m.members = m.members if len(m.members) == 2 else []
            if m.members and m.text.lower().startswith("kedua ") and \
                    m.start > doc.article.sentences[m.sentence].start:     # not a subject going on
                m.members = _salient_pair(m, m.members, seen)
            if not m.members and m.text.lower() == "mereka":
                m.members = _plural_subject(doc, m, window)
            if not m.members and m.text.lower().startswith("kedua "):
                m.members = _title_pair(m, seen) or _main_pair(seen, _group_class(m))   # "kedua menteri": two
                                                                                        # holders of that title
            count = ROLE_COUNT.get(m.text.lower().split()[0], 0) if " " in m.text else 0
            if count > 2 and len(m.members) < count and _group_class(m) == "Country":
                m.members = _main_pair(seen, "Country", count) or m.members   # "ketiga negara": the three
                                                                               # states the article is about
            m.members = _named_members(m, seen)
            m.key = m.members[0] if m.members else None
            continue
        words = m.text.lower().split()
        words[0] = owned_base(words[0]) or words[0]     # "perusahaannya": as "perusahaan itu"
        heads = anaphora_antecedents().get(" ".join(words[:2])) or anaphora_antecedents().get(words[0])
        if not heads and m.type == "Company" and len(words) == 1:
            heads = ("=Company",)                       # bare "perusahaan": the firm the article is about
        if m.source == "pronoun" and not heads:
            persons = [c for c in window if c.type == "Person"]
            if m.title:                                 # "Ketua DPW Partai X itu ...": a person named outside
                persons = [c for c in seen if 0 <= m.sentence - c.sentence <= 4 and c.key and c.type == "Person"
                           and not _inside_quote(doc.article.text, c)]   # quotes, in the last four sentences
                persons = [c for c in persons if m.sentence - c.sentence <= 2] or persons
            m.key = _subject_antecedent(doc, m, persons)
            _chain(m, seen)
            continue
        if m.source == "title":
            m.key = _title_holder(m, seen) or _title_office(doc, m) or _regional_government(doc, m, seen)
            continue
        if heads and m.source == "description" and set(words) & DETERMINERS and _generic_kind_before(doc, m):
            continue                                    # "bank umum adalah ... bank tersebut": the kind
        if heads:                                       # "majelis (hakim)" -> the court named anywhere before
            keys = {c.key for c in seen if c.key and (_names_one_of(c, heads) or _introduced_by(doc, c, heads))}
            head = regional_head(m.text, seen) if not keys and m.text.islower() else None
            if head is not None:                        # "meminta pemkot ..." with no Pemkot named: the mayor
                m.key = head
                continue
            window = [c for c in seen if c.key in keys]                       # all mentions of a fitting actor
            words = set(m.text.lower().split())         # "menteri perdagangan itu": the trade minister,
            count = Counter(c.key for c in seen)        # else the one the article is most about
            titled = {c.key: len(words & set(c.title.lower().split())) for c in window if c.title}
            salient = m.type == "Person" or not words & DETERMINERS   # "kementerian tersebut": the last one
            first = {c.key: -n for n, c in reversed(list(enumerate(seen)))}   # a class alone ("manajemen"):
            wide = salient and all(h[:1] == "=" for h in heads)             # among equals, the first named
            headed = _headed_keys(doc, m, window)        # "fregat Angkatan Laut X ... fregat tersebut"
            window.sort(key=lambda c: (c.key in headed, titled.get(c.key, 0), count[c.key] if salient else 0,
                                       first[c.key] if wide else 0))
        fits = [c for c in window if is_a(c.type, m.type) or m.type == "Company" and c.type == "Organization"
                or heads and _named_as_head(c, m.text.lower().split())]
        if m.type == "Company" and m.source == "description" and not heads:
            fits = _company_fits(doc, m, fits, seen)
        if m.type == "Company" and any(c.type == "Company" for c in fits):
            fits = [c for c in fits if c.type == "Company"]     # a firm the article calls PT ... first
        verb = _governing_verb(doc, m) if m.source == "description" else None
        if verb is not None:                            # "Ketua FWLS menuding perusahaan tersebut": the
            fits = [c for c in fits if c.sentence != m.sentence or c.start >= verb   # object is not its subject
                    or _verb_between(doc, c.end, verb)]
        if m.text.split()[0].lower() in cues().get("noncommercial_head", ()):
            fits = [c for c in fits if c.type != "Company"]      # "lembaga tersebut" is no PT
        opens = (m.source == "description" and not heads or m.type == "Person" and bool(heads)) \
            and _opens_sentence(doc, m)                 # "Namun, diplomat itu ...": the last one named
        before = [c for c in fits if c.sentence < m.sentence]
        if opens and before and not any(c.sentence == m.sentence for c in fits):
            last = max(c.sentence for c in before)   # "Fitra menilai DPRD lalai. Lembaga itu meminta ...":
            there = [c for c in before if c.sentence == last]   # a description opening its sentence goes on
            m.key = next((c.key for c in there if is_a(c.type, m.type)), there[0].key)   # with the last
            continue                                 # sentence's first such actor (of the exact kind first)
        for cand in reversed(fits):         # "perusahaan itu": a company, or an organisation of unknown kind
            m.key = cand.key
            break
        _chain(m, seen)


def _opens_sentence(doc: Document, m: Mention) -> bool:
    """Does the mention open its sentence, or follow only a connective and its comma ("Namun,
    diplomat itu ...", "Sementara itu, lembaga tersebut ...")? Such a subject goes on with the
    last sentence's actor."""
    sent = doc.article.sentences[m.sentence]
    before = [t for t in sent.tokens if t.end <= m.start]
    return not before or len(before) <= 3 and before[-1].text == "," \
        and all(t.text.isalpha() and t.text[1:].islower() for t in before[:-1])


ROLE_GAP = {"telah", "sudah", "resmi", "kini", "juga", "pun", "akhirnya", "kembali", "balik", "akan", "lalu"}
ROLE_COUNT = {"kedua": 2, "ketiga": 3, "keempat": 4}
ROMAN = re.compile(r"(I|II|III|IV|V|VI|VII|VIII|IX|X)")   # "Teradu II Idham": the second respondent
LOCATIVE = {"di", "ke", "dari", "pada", "dalam", "asal"}


def _role_holders(doc: Document) -> dict[str, list[Mention]]:
    """Who the article gives each procedural role (procedural_roles.tsv), from its own text:
    the name after the noun ("tersangka AB", "terdakwa Budi"), the party named just before
    "sebagai / berstatus / ditetapkan ROLE" ("menetapkan AB sebagai tersangka", "AB ditetapkan
    tersangka"), and the agent or object of the role's verb ("Y melaporkan X": Y the pelapor,
    X the terlapor; "X digugat oleh Y"). Persons and organisations only, in text order."""
    roles = procedural_roles()
    setters = cues().get("role_setter", frozenset())
    named = [m for m in doc.mentions if m.key and m.source not in ANAPHORIC and m.source != "metadata"
             and (m.type == "Person" or is_a(m.type, "Organization")) and m.type != "MediaOrganization"]
    held: dict[str, list[Mention]] = {}
    for si, sent in enumerate(doc.article.sentences):
        here = [m for m in named if m.sentence == si]
        toks = sent.tokens
        low = [t.text.lower() for t in toks]

        def after(n: int) -> list[Mention]:             # the mention opening token n, and those
            if n >= len(toks):                          # coordinated with it ("AB dan CD")
                return []
            first = next((m for m in here if m.start == toks[n].start), None)
            return _coordinated(doc, first, here) if first else []

        def before(n: int) -> list[Mention]:            # the party just before token n, adverbs
            k = n - 1                                   # and the setter verb between; not a place
            while k >= 0 and (low[k] in ROLE_GAP or low[k] in setters):   # ("di Polman jadi tersangka")
                k -= 1
            last = next((m for m in here if k >= 0 and m.end == toks[k].end), None)
            opener = next((x for x in range(len(toks)) if last and toks[x].start == last.start), 0)
            if last is None or opener and low[opener - 1] in LOCATIVE:
                return []
            return _coordinated(doc, last, here, back=True)

        for n, w in enumerate(low):
            if w in roles and n > 0:
                _count_role(held, w, low[max(0, n - 3):n])
            if w in roles and n + 1 < len(toks):
                nxt = n + 1 + (low[n + 1] in ("berinisial", "bernama") or ROMAN.fullmatch(toks[n + 1].text) is not None)
                for m in after(nxt):                    # "tersangka AB", "terdakwa bernama X"
                    held.setdefault(w, []).append(m)
            if w in roles and n > 1 and low[n - 1] == "," and n + 1 < len(toks) and low[n + 1] in ROLE_APPOSITION:
                for m in before(n - 1):                 # "Danny P., tersangka yang juga ditahan"
                    held.setdefault(w, []).append(m)
            if w in roles and n > 0 and low[n - 1] in setters:
                for m in before(n - 1):                 # "AB (ditetapkan) sebagai tersangka"
                    held.setdefault(w, []).append(m)
            for role, (verb, side, _) in roles.items():
                if not verb:
                    continue
                passive = "di" + _verb_stem(verb)
                if w == verb:
                    party = before(n) if side == "agent" else after(n + 1)
                elif w == passive:
                    party = before(n) if side == "object" else \
                        (after(n + 2) if n + 1 < len(toks) and low[n + 1] == "oleh" else [])
                else:
                    continue
                held.setdefault(role, []).extend(party)
    return {role: [m for m in ms if role[0] == "#" or roles[role][2] != "Person" or m.type == "Person"]
            for role, ms in held.items()}


def _count_role(held: dict, role: str, left: list[str]) -> None:
    """Note how many parties the article says hold the role ("tiga tersangka", "8 orang sebagai
    tersangka", "para terdakwa": several), under the key "#role" (0: several, number unknown)."""
    counts = count_words()
    for w in reversed(left):
        if w == "orang" or w in cues().get("role_setter", ()):
            continue                                    # "dua orang sebagai tersangka"
        n = int(w) if w.isdigit() and len(w) < 4 else counts.get(w)
        if n is None and w in cues().get("role_plural", ()):
            n = 0
        if n is not None and n != 1:
            held.setdefault("#" + role, []).append(n)
        return


def _verb_stem(verb: str) -> str:
    """The base of an active meN- verb for its di- passive: "melaporkan" -> "laporkan",
    "menggugat" -> "gugat", "mengadukan" -> "adukan"."""
    for prefix in ("meng", "meny", "mem", "men", "me"):
        if verb.startswith(prefix):
            return verb[len(prefix):]
    return verb


def _coordinated(doc: Document, m: Mention, here: list[Mention], back: bool = False) -> list[Mention]:
    """m and the mentions joined to it by "dan" or commas ("AB, CD dan EF"), forwards or backwards."""
    text = doc.article.text
    out = [m]
    ordered = sorted(here, key=lambda c: c.start, reverse=back)
    for c in ordered:
        edge = out[-1]
        gap = text[c.end:edge.start] if back else text[edge.end:c.start]
        if (c.start < edge.start if back else c.start > edge.start) and c.key and \
                re.fullmatch(r"\s*(,|dan|serta|,\s*dan)\s*", gap):
            out.append(c)
    return out


def _link_role(m: Mention, held: dict[str, list[Mention]]) -> bool:
    """A bare procedural role noun ("menahan tersangka") or a group of them ("kedua terdakwa",
    "para terlapor") -> the party, or the group, the article gave that role, when exactly one
    party (or exactly one group of the size said) holds it. True when m is such a noun."""
    words = m.text.lower().split()
    role = words[-1]
    if role not in procedural_roles():
        return False
    keys = list(dict.fromkeys(c.key for c in held.get(role, [])))
    stated = {n for n in held.get("#" + role, []) if n}   # "tiga tersangka": three of them
    if m.source == "group":
        want = ROLE_COUNT.get(words[0]) or (max(stated) if stated else None)
        if len(keys) >= 2 and (want is None or len(keys) == want):
            m.members = keys
            m.key = keys[0]
            return True
        return False                                    # the last coordination, as before
    if m.source != "description" or len(words) != 1:
        return False
    if len(keys) == 1 and not held.get("#" + role):    # not where several hold the role
        m.key = keys[0]
        m.type = next(c.type for c in held[role])
    return True


def _governing_verb(doc: Document, m: Mention) -> int | None:
    """Where the active verb that takes the description m as its object starts ("mendesak
    lembaga tersebut"), or None when m follows no such verb."""
    toks = [t for t in doc.article.sentences[m.sentence].tokens if t.end <= m.start]
    k = len(toks) - 1
    while k >= 0 and toks[k].text.lower() in ("juga", "pun", "justru", "bahkan", "balik", "kembali"):
        k -= 1
    w = toks[k].text.lower() if k >= 0 else ""
    return toks[k].start if len(w) > 4 and w.startswith("me") and w.isalpha() else None


def _verb_between(doc: Document, start: int, end: int) -> bool:
    """Is there a verb form (meN-, di-, ber-, ter-) between two character offsets? Then an actor
    before it belongs to another clause, not to the subject of the verb at `end`."""
    return any(start <= t.start < end and len(t.text) > 4 and t.text.isalpha() and t.text.islower()
               and t.text.startswith(("me", "di", "ber", "ter")) for s in doc.article.sentences
               if s.start <= start < s.end for t in s.tokens)


def _chain(m: Mention, seen: list[Mention]) -> None:
    """A person resolved through a pronoun or description ("Politikus itu ... Ia ...") stays
    in view for the pronouns after it, so a chain of references can run past two sentences."""
    if m.key and m.type == "Person" and m.source == "pronoun":
        seen.append(m)


def _title_holder(m: Mention, seen: list[Mention]) -> str | None:
    """The person the article last named with this title ("Presiden Bagas W." ... "Presiden");
    a lowercase title ("menuding gubernur ...") only when one person holds it in the article."""
    info = titles().get(tuple(w.lower() for w in m.text.split()))
    title = (info or {}).get("title", m.text).lower()
    holders = [c.key for c in reversed(seen) if c.type == "Person" and c.title and c.title.lower() == title]
    if m.text.islower() and len(set(holders)) > 1:
        return None
    return holders[0] if holders else None


def _title_office(doc: Document, m: Mention) -> str | None:
    """An office whose holder the article never names, as the object of a verb ("meminta
    Menteri Keuangan mengevaluasi ...", "akan memanggil Mendikdasmen"): the body the title
    heads (titles.tsv), when the article names that body. Not as a speaker or subject."""
    info = titles().get(tuple(w.lower() for w in m.text.split()))
    org = (info or {}).get("org") or ""
    verb = _governing_verb(doc, m)
    said = cues().get("speech", frozenset()) | cues().get("reported", frozenset()) | cues().get("copula", frozenset())
    if not org or verb is None or doc.article.text[verb:m.start].split()[0].lower() in said:
        return None                                     # "menurut Menteri X": an unnamed speaker
    return next((c.key for c in doc.mentions if c.key == org and c.source not in ANAPHORIC
                 and is_a(c.type, "Organization")), None)


def _regional_government(doc: Document, m: Mention, seen: list[Mention]) -> str | None:
    """A lowercase regional head's title with no holder named, as the object of a verb ("menuntut
    gubernur mengembalikan ..."): the one regional government of that level the article named
    before ("Pemprov Banten"; cues governed_by:<title>)."""
    heads = tuple(f"{h} " for h in cues().get(f"governed_by:{m.text.lower()}", ()))
    if not heads or not m.text.islower() or _governing_verb(doc, m) is None:
        return None
    keys = {c.key for c in seen if c.key and c.source not in ANAPHORIC
            and f"{c.label or c.text} ".lower().startswith(heads)}
    return keys.pop() if len(keys) == 1 else None


def regional_head(government: str, seen: list[Mention]) -> str | None:
    """The key of the one holder of a regional government's head title among the mentions
    ("pemkot" -> the one "Wali Kota ..." named; cues governed_by:<title>), who acts for it when
    the article never names the government itself; None when there is none or several."""
    titles = {k.split(":", 1)[1] for k, v in cues().items() if k.startswith("governed_by:") and government in v}
    keys = {c.key for c in seen if titles and c.key and c.type == "Person" and c.title
            and c.title.lower().startswith(tuple(titles))}
    return keys.pop() if len(keys) == 1 else None


def _plural_subject(doc: Document, m: Mention, window: list[Mention]) -> list[str]:
    """'Ribuan buruh ABJB berunjuk rasa ... Mereka menuntut ...': with no coordination to point
    back to, "mereka" is the first organisation of the previous sentence, not one that only owns
    or houses what it names ("pemetik teh di kebun milik PT X mogok. Mereka ...": the pickers) nor
    the site or addressee of their act ("berunjuk rasa di depan Kantor Gubernur"). After a
    sentence with no actor whose subject is a crowd, "mereka" is that crowd."""
    owned = {(c.sentence, c.key) for c in window if _word_before(doc, c) in OWNER_WORDS | SITE_WORDS}
    before = [c for c in window if c.sentence < m.sentence and c.source != "metadata"
              and c.type != "MediaOrganization" and (c.sentence, c.key) not in owned]
    if not before:
        return []
    last = max(c.sentence for c in before)
    if last < m.sentence - 1 and _crowd_subject(doc, m.sentence - 1):
        return []                                        # "Puluhan mahasiswa berunjuk rasa ... Mereka ...":
                                                         # a sentence naming no actor, its crowd acts
    orgs = [c for c in before if c.sentence == last and is_a(c.type, "Organization")
            and c.type != "MediaOrganization"]            # not the agency of a dateline "(ANTARA)"
    subjects = [c for c in orgs if _in_subject(doc, c)]
    if not subjects and _crowd_subject(doc, last):       # "Para nelayan menuntut Pemprov X. Mereka ...":
        return []                                        # the fishermen, not the body they addressed
    return [(subjects or orgs)[0].key] if orgs else []


AFFIXED_VERB = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")


def _crowd_subject(doc: Document, si: int) -> bool:
    """Does the subject of sentence si (its words before the main verb) name people by a common
    noun ("Para nelayan", "Ratusan pendukung calon kades", "Masyarakat adat Suku X"; cues kinds
    crowd_noun, protester_noun, person_noun, people_noun)?"""
    c = cues()
    people = c.get("crowd_noun", frozenset()) | c.get("protester_noun", frozenset()) \
        | c.get("person_noun", frozenset()) | c.get("people_noun", frozenset())
    sent = doc.article.sentences[si]
    words = []
    for t in sent.tokens:
        if _main_verb(doc, t, words[-1] if words else ""):
            break
        words.append(t.text.lower())
    return any(w in people for w in words)


def _main_verb(doc: Document, t, prev: str) -> bool:
    """Is the token a verb of its clause (a meN-/ber-/di-/ter- word in lower case outside names),
    not one opening a relative clause ("yang tergabung dalam ...") nor a word shaped like a verb
    that is none (cues kind not_verb: "beberapa", "terhadap")?"""
    return AFFIXED_VERB.fullmatch(t.text) is not None and t.text not in cues().get("not_verb", frozenset()) \
        and prev != "yang" and not any(m.start <= t.start < m.end for m in doc.mentions)


def _in_subject(doc: Document, c: Mention) -> bool:
    """Does the mention stand before the main verb of its sentence (in its subject), rather than
    after it as an object or adjunct ("... menggugat PT X ke PN Y")? The agent of a passive after
    "oleh" is its logical subject ("dikecam oleh nelayan dari Aliansi X"). A verb right after "yang"
    opens a relative clause of the subject ("warga yang tergabung dalam Forum X berunjuk rasa")."""
    prev, subject = "", True
    for t in doc.article.sentences[c.sentence].tokens:
        if t.start >= c.start:
            return subject
        subject = (subject and not _main_verb(doc, t, prev)) or t.text == "oleh"
        prev = t.text.lower()
    return subject


OWNER_WORDS = {"milik", "kepunyaan"}
SITE_WORDS = {"di", "depan", "ke", "menuju", "kepada", "terhadap",   # "berunjuk rasa di depan Kantor X": the
              "markas", "gedung", "mapolres", "mapolda"}  # site or addressee, not the group; also a
                                                           # building noun before it ("di depan Markas
                                                           # Polres X", "di sekitar gedung DPR")


def _word_before(doc: Document, m: Mention) -> str:
    """The lowercase word right before a mention ("" at the start of the text)."""
    text = doc.article.text
    end = m.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lower()


def _delegated(m: Mention, seen: list[Mention]) -> list[str]:
    """'perwakilan buruh', 'delegasi mahasiswa': the civic bodies named before whose names hold
    that noun as a word ("Aliansi Buruh Jawa Tengah", "Gerakan Mahasiswa Nasional Indonesia"),
    when one or two are; not government bodies ("Dewan Perwakilan Rakyat")."""
    noun = m.text.lower().split()[1]
    keys = [c.key for c in seen if c.key and c.source not in ANAPHORIC and is_a(c.type, "Organization")
            and not is_a(c.type, "GovernmentBody") and noun in re.findall(r"[a-z]+", f"{c.text} {c.label or ''}".lower())]
    keys = list(dict.fromkeys(keys))
    return keys if len(keys) <= 2 else []


OBJECT_VERB = re.compile(r"\s*\)?\s*(?:(?:juga|pun|telah|sudah|kembali)\s+)?me\w{3,}\s*$")


def _own_subject(doc: Document, m: Mention, members: list[str], window: list[Mention]) -> bool:
    """'UA dan PBB menyerukan kedua pihak ...': is the coordination a group phrase would point
    back to the subject of the very verb whose object the phrase is? Then it means others."""
    run = [c for c in window if c.key in members and c.sentence == m.sentence and c.end <= m.start]
    return bool(run) and OBJECT_VERB.fullmatch(doc.article.text[max(c.end for c in run):m.start]) is not None


def _salient_pair(m: Mention, group: list[str], seen: list[Mention]) -> list[str]:
    """'Mali dan Niger mendukung Burkina Faso. Uni Afrika menyerukan kedua negara ...': for a
    "kedua X" that does not open its sentence (there it goes on with the last subjects), when
    each actor of the last coordination was named only once and the article's main pair of
    that class (named at least three times each) is another, "kedua X" is that pair."""
    main = _main_pair(seen, _group_class(m))
    capitals = capital_of()
    count = Counter(capitals.get(c.key, c.key) if c.type == "City" else c.key   # "Beijing" counts for China
                    for c in seen if c.source not in ANAPHORIC)
    if main and set(main) != set(group) and all(count[k] == 1 for k in group) and all(count[k] >= 3 for k in main):
        return main
    return group


def _named_members(m: Mention, seen: list[Mention]) -> list[str]:
    """The members of "kedua X" when X needs its antecedents to name a word ("kedua bank": two
    actors named "Bank ..."); none when fewer than two do."""
    words = m.text.lower().split()
    heads = anaphora_antecedents().get(words[1]) if len(words) > 1 and words[0] == "kedua" else None
    if not heads or all(h[:1] == "=" for h in heads):
        return m.members
    named = [k for k in m.members if any(c.key == k and _names_one_of(c, heads) for c in seen)]
    return named if len(named) >= 2 else []


def _group_class(m: Mention) -> str:
    """The class of the two actors a "kedua X" phrase means ("Actor": any organisation or
    state, for "kedua pihak"; "" when X names no class)."""
    noun = m.text.lower().split()[1]
    return anaphora().get(noun, ("", False))[0] or ("Actor" if noun in ("pihak", "belah", "kubu") else "")


def _main_pair(seen: list[Mention], cls: str, n: int = 2) -> list[str]:
    """'kedua negara', 'kedua partai' with no "A dan B" before them: the two (n) actors of that
    class ("Actor": any organisation or state, for "kedua pihak") the article has named most (the
    later one first among equals)."""
    counts: dict[str, int] = {}
    capitals = capital_of()
    last: dict[str, int] = {}
    for pos, c in enumerate(seen):
        key = c.key
        if c.type == "City" and key in capitals and cls in ("Country", "Actor"):
            key = capitals[key]                         # a capital acting for its state counts for it
            fits = True
        else:
            fits = _of_class(c.type, cls)
        if cls and fits and c.source not in ANAPHORIC + ("metadata",) and key:
            counts[key] = counts.get(key, 0) + 1
        last[key] = pos
    ranked = sorted(counts, key=lambda k: (-counts[k], -last[k]))
    return ranked[:n] if len(ranked) >= n else []


def _title_pair(m: Mention, seen: list[Mention]) -> list[str]:
    """'kedua bupati', 'kedua menteri': the last two persons the article named with a title
    that opens with that word ("Bupati Sawai Raya Frans T." ... "Bupati Halmahera ...")."""
    noun = m.text.lower().split()[1]
    if not any(form[0] == noun for form in titles()):      # "kedua wali (kota)": a title's first word
        return []
    holders = [c.key for c in seen if c.type == "Person" and c.key and c.title
               and c.title.lower().split()[0] == noun]
    last = list(dict.fromkeys(reversed(holders)))[:2]
    return list(reversed(last)) if len(last) == 2 else []


def _headed_keys(doc: Document, m: Mention, window: list[Mention]) -> set[str]:
    """Keys of the candidates the article named right after the description's own head noun
    ("Fregat Angkatan Laut Prancis ... fregat tersebut", "partai Gerindra ... partai itu"): the
    thing described was introduced as that body's, so it outranks a body named only nearby. Not
    for persons: a title before a name is no introduction of the one described later."""
    if m.type == "Person":
        return set()                    # "asisten pelatih B ... pelatih itu" may be A, the coach
    head = m.text.lower().split()[0]
    text = doc.article.text
    return {c.key for c in window if c.key and
            re.search(r"(?:^|\W)" + re.escape(head) + r"\s+$", text[max(0, c.start - len(head) - 3):c.start].lower())}


def _names_one_of(m: Mention, heads: tuple[str, ...]) -> bool:
    """Does the mention's name, key or title contain one of the words (a trailing * matches a
    prefix; "=Class" matches any actor of that class)? "menteri tersebut" needs a person titled
    Menteri; "manajemen" needs a company."""
    words = set(re.findall(r"[a-z0-9]+", f"{m.key} {m.text} {m.label or ''} {m.title or ''}".lower()))
    name = " ".join(re.findall(r"[a-z0-9]+", f"{m.text} {m.label or ''}".lower()))
    return heads_fit(words, name, m.type, heads)


def heads_fit(words: set[str], name: str, type_: str, heads) -> bool:
    """Do antecedent heads (anaphora.tsv) fit an actor of this class with these name words: a
    word of the name, a prefix ("persi*"), any actor of a class ("=Company") or words in a row
    of the name ("rumah sakit")?"""
    if any(h[:1] == "=" and is_a(type_, h[1:]) or " " in h and f" {h} " in f" {name} " for h in heads):
        return True
    return any(h[:-1] and any(w.startswith(h[:-1]) for w in words) if h.endswith("*") else h in words
               for h in heads)


def _company_fits(doc: Document, m: Mention, fits: list[Mention], seen: list[Mention]) -> list[Mention]:
    """'perusahaan itu': no body whose name opens with a noncommercial head noun ("Paguyuban
    Korban X", "Forum Warga Y": anaphora.tsv heads of another class); with no company in the last
    sentences, "perusahaan itu/tersebut/ini" as an object ("mencabut izin perusahaan tersebut",
    not opening a clause) outside quotes is the company the article is most about (the first named among equals), named anywhere before, unless the head was last used
    for a kind ("perusahaan asing ... perusahaan tersebut")."""
    table = anaphora()
    fits = [c for c in fits if table.get(c.text.lower().split()[0], ("Company",))[0] == "Company"]
    if any(c.type == "Company" for c in fits) or len(m.text.split()) != 2 or _inside_quote(doc.article.text, m) \
            or not _word_before(doc, m).isalpha() or _word_before(doc, m) in CLAUSE_OPENERS \
            or _generic_kind_before(doc, m):
        return fits                                     # not "perusahaan di mana X ini", a speaker's loose
                                                        # word or a clause's subject: an object only
    count = Counter(c.key for c in seen)
    firms = [c for c in seen if c.key and c.type == "Company" and c.source not in ANAPHORIC]
    first = {c.key: -n for n, c in reversed(list(enumerate(firms)))}   # among equals, the first named
    return sorted(firms, key=lambda c: (count[c.key], first[c.key]))[-1:] or fits


def _generic_kind_before(doc: Document, m: Mention) -> bool:
    """Is the nearest earlier use of the description's head noun, in its sentence or the one
    before, a kind of thing and no actor ("bank umum adalah perusahaan ... Kemudian, bank
    tersebut menyalurkan kredit": a commercial bank at large; "bank-bank umum")? The head is
    then followed by a plain lowercase modifier, not a name, verb, determiner or function word."""
    words = m.text.lower().split()
    head = " ".join(words[:2]) if " ".join(words[:2]) in anaphora() else words[0]
    first = doc.article.sentences[max(0, m.sentence - 1)].start
    text = doc.article.text
    hits = list(re.finditer(r"\b" + re.escape(head) + r"(?:-" + re.escape(head) + r")?\b", text[first:m.start], re.I))
    if not hits:
        return False
    at = first + hits[-1].start()
    if any(c.start <= at < c.end for c in doc.mentions) or hits[-1].group(0)[:1].isupper():
        return False                                    # "Bank Artha ...": the actor itself
    if "-" in hits[-1].group(0):
        return True                                     # "bank-bank": many
    nxt = tokenize(text[first + hits[-1].end():m.start])[:1]
    word = nxt[0].text if nxt else ""
    return word.isalpha() and word.islower() and word not in DETERMINERS \
        and word not in cues().get("phrase_edge", ()) and word not in cues().get("slot_adverb", ()) \
        and not word.startswith(("me", "ber", "di", "ter"))


def _named_as_head(c: Mention, words: list[str]) -> bool:
    """Is the candidate, typed a place, named with the description's own head noun ("Museum
    Etnologi X" ... "museum itu", "Rumah Sakit Y" ... "rumah sakit"): a body of that class?"""
    name = c.text.lower().split()
    return c.type in ("Place", "Facility") and len(name) > 1 and name[0] == words[0] \
        and (len(words) < 2 or words[1] in DETERMINERS or name[1] == words[1])


def _introduced_by(doc: Document, c: Mention, heads: tuple[str, ...]) -> bool:
    """Was the mention introduced right after a word that an antecedent entry "^word" names
    ("panitia Seleksi Nasional X ... panitia": the committee the article named so)?"""
    before = doc.article.text[max(0, c.start - 20):c.start].lower().split()
    return bool(before) and f"^{before[-1]}" in heads


def _kedua_class(m: Mention) -> str:
    """"Country" for "kedua negara" (two states, not the last two bodies named), "" for any other
    group (the last coordination: "kedua lembaga itu" may be the two heads just named)."""
    return "Country" if m.text.lower().startswith("kedua ") and _group_class(m) == "Country" else ""


def _fits_group(c: Mention, cls: str, capitals: dict[str, str]) -> bool:
    """Can the mention be one of a group of that class (a capital counts as its state)?"""
    if c.type == "City":
        return c.key in capitals and cls in ("", "Country", "Actor")
    if not cls:
        return c.type in ("Person", "Country") or is_a(c.type, "Organization")
    return _of_class(c.type, cls)


def _of_class(type_: str, cls: str) -> bool:
    """Is a mention of this type one of the class a group phrase names ("Actor": any organisation
    or state, for "kedua pihak")?"""
    return is_a(type_, cls) or cls == "Actor" and (type_ == "Country" or is_a(type_, "Organization"))


def _last_group(window: list[Mention], text: str, cls: str = "") -> list[str]:
    """The most recent coordination of two or more actors ("A dan B", "A, B, dan C") of the class
    a "kedua X" names (not "Uni Afrika dan Liga Arab" for "kedua negara"); capitals stand for
    their states ("Beograd dan Pristina" -> Serbia, Kosovo; "Nairobi, Kenya" is one state)."""
    best: list[Mention] = []
    run: list[Mention] = []
    capitals = capital_of()
    state = lambda x: capitals.get(x.key, x.key) if x.type == "City" else x.key   # noqa: E731
    for c in (c for c in window if _fits_group(c, cls, capitals)):
        if run and c.key == run[-1].key and re.fullmatch(r"\s*\(\s*", text[run[-1].end:c.start]):
            run[-1] = c                                 # "Partai X (PX)": the same actor goes on
        elif run and (re.fullmatch(r"\s*\)?\s*(,|dan|serta|bersama|,\s*dan)\s*", text[run[-1].end:c.start])
                      or c.type == "Person" == run[-1].type and PERSON_LINK.fullmatch(text[run[-1].end:c.start])) \
                and (c.type == "Person") == (run[-1].type == "Person") \
                and (c.type == "City") <= (run[-1].type in ("City", "Country")) \
                and (run[-1].type == "City") <= (c.type in ("City", "Country")):   # "Kemendag, Jakarta": a place
            run.append(c)
        else:
            run = [c]
        if len({state(x) for x in run}) >= 2:
            best = list(run)
    return list(dict.fromkeys(state(x) for x in best))


def _subject_antecedent(doc: Document, m: Mention, persons: list[Mention]) -> str | None:
    for pool in ([c for c in persons if c.source != "initials"], persons):
        same = [c for c in pool if c.sentence == m.sentence]
        if same:
            return _first_titled(doc, same)
        before = [c for c in pool if c.sentence < m.sentence]
        if before:
            last = max(c.sentence for c in before)
            return _first_titled(doc, [c for c in before if c.sentence == last])
    return None


def _first_titled(doc: Document, cands: list[Mention]) -> str | None:
    """The sentence's subject: its first person with a title before any verb ("Kuasa hukum
    Yusuf, Lestari W., ..." -> Lestari; not "A mengungkapkan ... program Presiden P."), else
    its first person, persons inside a quotation last. A pronoun that opens the list carries
    the subject on ("Kata dia, PIP bagian dari program Presiden P." -> dia's antecedent)."""
    cands = [c for c in cands if not _inside_quote(doc.article.text, c)] or cands   # not "(Riky)" quoted
    if cands[0].source == "pronoun":
        return cands[0].key
    opening = doc.article.sentences[cands[0].sentence].start
    return next((c.key for c in cands if c.title and not _verb_between(doc, opening, c.start)), cands[0].key)


def _entities(named: list[Mention]) -> dict[str, Entity]:
    """One entity per key: the lexicon's entry, else named and typed by its first mention. A
    type only the statistical tagger gave yields to the first pattern's ("Jamnusa" tagged a
    person, then "Direktur Utama Jamnusa, Nama": the title's body is an organisation)."""
    gz = gazetteer()
    out: dict[str, Entity] = {}
    tagged: set[str] = set()                           # keys typed by the tagger alone so far
    for m in named:
        ent = out.get(m.key)
        if ent is None:
            entry = gz.entries.get(m.key)
            if entry:
                ent = Entity(m.key, entry.label, entry.type, entry.wikidata, entry.geonames)
            else:
                ent = Entity(m.key, m.label or m.text, m.type)
                if m.source == "tagger":
                    tagged.add(m.key)
            out[m.key] = ent
        elif m.key not in gz.entries:
            name = m.label or m.text
            if m.source == "pattern" and m.key in tagged:
                tagged.discard(m.key)
                ent.type = m.type
            if len(name) > len(ent.label) and m.type == ent.type:
                ent.label = name
            if m.type == "Person" and ent.type != "Person" and m.source == "pattern":
                ent.type = "Person"
        ent.forms.add(m.label or m.text)
        if m.acronym:
            ent.forms.add(m.acronym)
    return out
