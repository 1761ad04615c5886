"""Events: who did what to whom, coded with CAMEO.

For each event cue of the lexicon found in a sentence (kg/lexicon/event_verbs.tsv):
- ARGUMENTS by voice. Active ("Rusia menyerang Ukraina"): the agent is the nearest
  actor before the cue in its clause, the target the actor right after it or after
  one of the cue's prepositions. Passive ("Ukraina diserang oleh Rusia"): the actor
  before is the target, the one after ("oleh") the agent. Nouns ("serangan Rusia
  terhadap Ukraina"): the actor right after the noun is the agent, else the clause's
  subject; the target follows a preposition. An act on a thing aims at the actor the object
  phrase names as its owner ("izin milik PT X"), maker ("proses yang digelar Senat X") or
  the party it is asked for or taken from ("meminta penjelasan dari Canberra").
  Coordinated actors ("A, B, dan C menyerang") give one event each. Capitals and seats of
  government stand for their state (the metonymy rule).
- MODALITY from cue words before the cue in its clause: conditional (jika ...),
  negated (tidak ..., membantah), hypothetical (mungkin ...), planned (akan ...),
  reported (X mengatakan ..., menurut X, or inside X's quotation; the source is kept).
- TIME: a date in the sentence, or a weekday / relative day resolved against the
  article's date; PLACE: a place after "di" in the sentence.
A targetless event is dropped when the document has the same agent and root with a
target; exact repeats are dropped.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from kg.document import Document, Entity, Event, Mention, Sentence, Span
from kg.extract.resolve import regional_head
from kg.lexicon import (EventCue, anaphora_antecedents, cameo_families, capital_of, common_words, country_by_iso, cues, event_cue_starts,
                        event_cues, event_exclusions, gazetteer, metonyms, org_heads, regional_bodies, titles,
                        weekday_numbers)
from kg.text import strip_clitics
from kg.vocab import is_a

PREPOSITIONS = {"di", "ke", "dari", "terhadap", "kepada", "dengan", "untuk", "oleh", "bagi", "atas",
                "depan", "belakang", "samping", "seberang",     # "di depan Balai Kota": a place
                "pada", "antara", "dekat", "melawan", "tentang", "soal", "dalam", "sejak", "hingga",
                "melalui", "lewat", "via", "tanpa", "menuju", "demi", "berdasarkan", "sesuai", "terkait",
                "selama", "sela", "menjelang", "jelang"}
AIMED_AT = {"untuk", "bagi", "terhadap", "kepada", "atas"}   # "Dukungan untuk X", "Kecaman terhadap Y"
VERB_COORDINATORS = {"dan", "serta", "lalu", "kemudian", "sekaligus"}   # join two verb phrases of one subject
ADJUNCT_STARTS = {"di", "ke", "dari", "pada", "dalam", "sela", "selama"}
SOFT_PREPS = {"dari", "untuk"}           # "utusan untuk aliansi", "pasukan dari Rusia"
SUBORDINATORS = {"setelah", "sebelum", "ketika", "karena", "sehingga", "saat", "sementara",
                 "meskipun", "walaupun", "agar", "supaya", "sedangkan", "namun", "tetapi", "usai",
                 "meski", "walau", "kendati", "padahal", "alih-alih"}
STRIKER_REACH = 20                  # tokens before a strike cue where the strikers' employer is named
CROWD_ROOTS = {"10", "11", "12"}    # what an unnamed protesting crowd demands, criticises, refuses
CLAUSE_PUNCT = {",", ";", ":", "(", ")", "—", "–"}
QUOTE_MARKS = set("“”\"‘’")
FILLERS = {"keras", "secara", "langsung", "seluruh", "setiap", "kota", "ibu", "wilayah", "negara",
           "pemerintah", "pasukan", "tentara", "militer", "warga", "pihak", "kembali", "lagi", "juga",
           "penyidik", "petugas", "aparat", "jaksa", "personel", "anggota", "tim", "kapal", "polisi",
           "otoritas", "penjaga", "patroli", "jet", "pesawat", "drone", "rudal", "milisi", "kelompok",
           "direksi", "pimpinan", "manajemen", "jajaran", "kantor", "gedung", "markas", "istana", "tempur",
           "perang", "sekutu", "koalisi", "gabungan", "milik", "bersama", "masyarakat", "adat",
           "sejumlah", "beberapa", "para", "oknum", "belasan", "puluhan", "ratusan",   # "oleh sejumlah anggota X"
           "pengurus", "besar", "pb", "perwakilan", "utusan",                 # "Pengurus Besar (PB) X": the board acts for X
           "helikopter",                                                       # "oleh helikopter TNI AU": its operator acts
           "pejabat", "perwira", "delegasi"}                                   # "mengundang pejabat X": X's officials
AGENT_CLASSES = ("Person", "Organization", "Country")
COUNT_WORDS = {"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"}
# meetings, negotiations, agreements and cooperation between coordinated actors are mutual
DETERMINERS = {"itu", "tersebut", "ini"}
BUILDINGS = {"gedung", "kantor", "kompleks", "markas", "istana", "balai"}
SEATS = ("kantor gubernur", "kantor bupati", "kantor wali kota", "kantor walikota", "balai kota")
SEAT_LEVELS = {"gubernur": ("pemerintah provinsi", "pemprov"), "bupati": ("pemerintah kabupaten", "pemkab"),
               "kota": ("pemerintah kota", "pemkot"),
               "walikota": ("pemerintah kota", "pemkot")}   # the government each seat houses
EMBASSIES = ("kedutaan besar ", "kedubes ", "konsulat ")   # a protest there targets the state
SEAT_TITLES = (("bupati", ), ("gubernur", ), ("wali", "kota"), ("walikota", ))   # "kantor Bupati X": X's government
GOVERNMENTS = ("pemerintah provinsi", "pemerintah kabupaten", "pemerintah kota", "pemprov", "pemkab", "pemkot")
MEMBERSHIP = {"tergabung", "bergabung", "terhimpun", "berhimpun"}
SAID_ROOTS = {"02", "03", "10", "11"}           # appeals, offers, demands, criticism: done by saying them
REACTION_ROOTS = {"01", "02", "10", "12", "13", "14"}        # words about acts, not acts (and 110-114)
VERBAL_OBJECTS = {"usulan", "tuduhan", "tudingan"}           # made by the reacting kind of act
INTENT_CODES = {"04": "036", "05": "030", "06": "030", "07": "033", "08": "035"}   # ready/willing/promising
RECIPIENT = {"bagi", "kepada"}                # "kesempatan bagi X untuk ...": X is the one to act
LIST_SEPARATORS = (",", "dan", "serta", "maupun")
FORCE_WORDS = {"pasukan", "tentara", "militer", "kelompok", "milisi"}   # stand in for the body they serve
JOINT_SEPARATORS = LIST_SEPARATORS + ("bersama", )   # "Basarnas bersama TNI AL": one joint agent list
TEAM_WORDS = {"personel", "anggota", "petugas", "jajaran", "aparat", "prajurit", "tim"}   # "bersama personel X"
TEAMS = {"gabungan", "tim"}
REQUEST_ADJUNCTS = {"atas", "berdasarkan", "sesuai"}   # "atas permintaan X": X asked the one who acts
NAME_SOURCES = ("lexicon", "gazetteer", "pattern", "tagger")   # a mention that is a name, not "kedua kapal"
CUSTODY_CODES = ("171", "172", "173", "084")      # arrests, seizures and releases of persons
INQUIRY_CODES = ("090", "091")                   # questioning and investigating persons
INQUIRY_FOLLOWS = {"090": ("09", "171", "173"), "116": ("116", )}   # questioning follows investigations
                                                                   # and arrests, a sentence a verdict
BY_ADVERBS = {"langsung", "juga", "pula", "sendiri"}   # between a passive light verb and its "oleh"                   # "tim (SAR) gabungan dari X bersama Y": X and Y act
CONTRASTS = {";", "sedangkan", "sementara", "namun", "tetapi", "tapi", "padahal"}   # a new clause of its own
LINKERS = {"dan", "serta", "juga", "namun", "tetapi", "lalu", "kemudian", "sedangkan", "sementara"}

OBJECT_ROOTS = {"10", "11", "12", "13", "14"}
GOVERNED_ROOTS = {"02", "05", "10", "11", "12", "13"}   # demands, support, criticism aimed at "pemerintah"
MINISTRIES = ("kementerian ", "kemen")
MINISTERS = ("menteri ", "menko ")             # "Menteri ESDM X": the government, in person
DEGREE = {"sangat", "amat", "cukup", "kurang", "paling", "agak", "begitu", "terlalu", "sungguh"}
MUTUAL_CODES = {"03", "030", "036", "04", "040", "041", "046", "05", "050", "057", "06", "060", "061", "062", "087",
                "063", "064"}
AHEAD = {"sebelum", "menjelang", "jelang"}   # "menjelang pertemuan antara A dan B": not yet held
ALSO = {"tetapi", "tapi", "melainkan", "namun", "juga", "pun"}   # the "but also" of "tidak hanya ..."
PURPOSE_WORDS = ("untuk", "guna", "demi")     # "in order to": the act after one is a purpose
CALLED_OFF_FILL = {"pun", "akhirnya", "terpaksa", "kembali", "juga", "lalu", "kemudian"}   # "penahanan pun ditunda"
BETWEEN_GAP = 4            # modifier words between a mutual noun and its "antara" ("kerja sama bilateral antara")
INITIALS = re.compile(r"[A-Z]{2,3}")             # a person named by initials ("SR sudah ditahan")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SCORE = re.compile(r"(?<![\d./,-])\d{1,2}-\d{1,2}(?![\d./,-])")   # a match score, "2-0", "1-3"
MINUTE = re.compile(r"ke-\d{1,3}")                 # "menit ke-80": a minute of play
FORCE_ROOTS = ("17", "18", "19", "20")           # coercion, assault, fighting, mass violence
MATCH_CODES = ("173", "18", "19", "20")          # what a match report says of a win ("membekuk", "menghantam"),
                                                 # not a club sacking its coach (172)
POSSESSED_ROOTS = {"05", "09", "10", "11", "12", "13", "14", "16", "17"}   # acts on a thing aim at its owner
PERSONAL_CODES = {"173", "1711"}          # an arrest takes persons, not the owner of a case
GRANTING_ROOTS = {"08"}                  # yielding to a thing ("mengabulkan permohonan yang diajukan X") aims at X
SOURCE_ROOTS = {"02", "10", "12"}         # asking for, demanding or refusing a thing "dari X" aims at X
SOURCE_CODES = ("171",)                  # and so does taking it (seizure) from X
SITE_WORDS = {"depan", "luar", "dalam", "sekitar", "gedung", "kantor", "istana", "markas", "kompleks", "kedutaan",
              "kedubes", "besar", "konsulat", "jenderal", "pusat", "cabang"}   # "di depan kantor pusat PT X"
ABSTRACT_SKIP = {"sementara", "kembali", "seluruh", "semua", "sebagian",   # "menahan sementara pencairan",
                 "lebih", "kurang", "dari", "sekitar", "hampir", "sedikitnya", "setidaknya"}   # "lebih dari 200 keluhan"
COUNTERPART_ROOTS = {"02", "03", "04"}   # appeals, offers and consultations name their counterpart late
FIRST_PERSON = {"saya", "aku", "kami", "kita"}
OWN_POSSESSIVES = {"mereka", "kami", "kita", "sendiri"}   # "menahan armada mereka": their own
SUPPORT_SKIP = {"juga", "telah", "sudah", "akan", "sedang", "terus", "kembali", "pun", "lagi", "aksi",
                "sebuah", "serangkaian", "berbagai", "beberapa", "sejumlah"}
REAL = ("asserted", "planned", "reported")
CUSTODY = ("170", "171", "173")        # search, seizure, arrest or detention: what a pretrial motion challenges
UNDERGONE_ROOTS = {"02", "04", "09", "10", "11", "12"}   # asking, discussing, inquiring, demanding, criticising
KIN_REACH = 8                              # tokens from a kinship noun to the person it relates to
PLURAL_OPENERS = {"para", "kedua", "ketiga", "sejumlah", "seluruh", "semua"}   # "para menteri ...": several
PLURAL_REACH = 8                           # words before a cue where such a subject may open
CREATION_ROOTS = {"02", "03", "05"}        # asking for, pledging or supporting the making of a body
UNDERGONE_REACH = 8                        # tokens of an object phrase before the actor it names
HELP_CODE = "070"                          # aid in general
SUPPORT_CODE = "050"                       # support in general, not praise (051) nor defence (052)
CLITIC_OBJECT_ROOTS = {"08", "09", "11", "12", "16", "17"}   # acts on a person: "menahannya"
SHARED_SUBJECT_LINKS = {"setelah", "sebelum", "usai", "seusai", "sesudah", "meski", "meskipun", "walaupun",
                        "walau", "sambil", "sembari", "seraya"}   # "... setelah memeriksanya": no subject of its own
SHARED_SUBJECT_ADVERBS = {"juga", "pun", "kemudian", "lalu", "segera", "langsung", "justru", "bahkan",
                          "akan", "bakal", "telah", "sudah", "sempat", "belum", "tidak", "tak",
                          "siap", "bersedia"}        # "... dan siap menanggung biaya ...": readiness, same subject
LOCAL_LEVELS = {"kota", "kabupaten", "provinsi", "daerah", "desa", "kecamatan", "kelurahan"}
PUBLIC_NOUNS = {"warga", "masyarakat"}   # the public as a clause's own subject
ORIGIN_WORDS = {"asal", "dari", "buatan", "produksi"}      # "ban asal Indonesia": goods of a country
GROUP_QUANTIFIERS = {"sebagian", "besar", "banyak", "seluruh", "semua", "kebanyakan", "mayoritas"}   # partitives
COUNTED_PARTIES = ("detainee", "person_noun", "personnel", "member_noun", "firm_noun", "state_head", "counted_party")
QUANTIFIERS = {"sebuah", "satu", "dua", "tiga", "empat", "lima", "sejumlah", "beberapa", "belasan", "puluhan"}
VAGUE_COUNTS = {"sejumlah", "beberapa", "belasan", "puluhan", "ratusan", "ribuan"} | GROUP_QUANTIFIERS   # "beberapa negara"
CLAUSE_ADVERBS = {"sempat", "masih", "belum", "tidak", "tak", "pernah", "baru", "segera", "langsung", "sudah",
                  "telah", "akan", "juga", "pun", "lalu", "kemudian", "bahkan", "justru", "sedang", "tengah",
                  "ikut", "turut", "mulai", "tetap", "terus", "kembali", "bisa", "dapat", "harus", "mau", "ingin",
                  "selalu", "sering", "kerap", "hanya", "memang", "tentu", "pasti", "saja", "lebih", "semakin",
                  "makin", "sangat", "jarang", "senantiasa"}
AGREEING = {"sepakat", "bersepakat", "setuju"}   # agreeing to an act (not promising it: "berjanji" is 03)
RELATIVE_ADVERBS = {"juga", "kini", "telah", "sudah", "sedang", "tengah", "pernah", "masih", "selama", "ini", "lalu",
                     "kemudian", "lantas", "akhirnya", "langsung", "segera", "turut", "ikut"}   # "X, yang kemudian ..."
REPEAT_ADVERBS = {"terus", "terus-menerus", "kerap", "sering", "selalu", "akan", "bakal"}   # "yang terus menyerang"
INTENT_SKIP = {"kembali", "lagi", "segera", "ikut", "turut", "juga", "langsung"}   # "siap kembali mengirim"
RELATIVE_ASPECT = {"tengah", "sedang", "telah", "sudah", "akan", "masih", "baru", "pernah", "sempat"}
THREAT_ADVERBS = {"akan", "bakal", "terus", "kembali", "segera", "juga", "pun", "langsung"}
CHAIN_LINKERS = {"tetapi", "namun", "lalu", "dan", "kemudian", "sebelum"}   # "diamankan ..., tetapi dilepaskan"
CHAIN_ADVERBS = {"langsung", "kemudian", "lalu", "akhirnya", "sudah", "telah", "segera", "juga", "pun", "kembali"}
SEQUEL = {"lalu", "kemudian", "lantas"}   # ", lalu melaporkan ...": the same subject acts next
HOLDER_CODES = {"172"}   # needs cues whose target is the holder of the needed thing (a licence)
OFFICE_ROOTS = {"09", "11", "17"}   # acts on a person named by office first ("menahan Kepala Desa X, Nama")
OFFICE_REACH = 24                   # tokens an office's title, body and places may take before the name
NEEDS_FALLBACK = {"073": "090"}   # a verb that sends relief ("mengirim", "menerjunkan") also sends inspectors
# lexicon target "di_body": the body an activity is suspended at ("di RSUD X", "di Pondok Pesantren Y"),
# never the town or region after "di" (where it happens)
LOCATED_BODY = "di_body"
# How far (tokens) a needed phrase may follow its verb. A report to an authority ("ke DKPP", "ke Polda X")
# comes after the whole object, which news writes as a long title with the name set off by commas
# ("melaporkan Ketua KPU Kabupaten X, Budi, beserta empat anggotanya ke DKPP"); so does "sebagai tersangka"
# after the suspect named with an apposition ("menetapkan Budi, istri Bupati X, sebagai tersangka").
NEEDS_REACH = {"115": 24, "173": 24, "051": 2}   # "menyambut langkah X": the step right after
CARRIED_ROOTS = {"02"}                   # a request asks whoever the act it is joined to addressed
CARRY_LINKS = {"dan", "serta", "untuk", "guna"}   # "... kepada X dan meminta", "memanggil X untuk meminta"
CARRY_STOPS = {"agar", "supaya", "kepada", "pada", "dari", "ke", "bagi", "untuk", "semua", "seluruh", "para"}
LEAD_ADVERBS = {"resmi", "telah", "sudah", "akhirnya", "secara", "kembali", "pun", "juga", "baru", "langsung"}


def extract_events(doc: Document) -> Document:
    """Pipeline component: fill doc.events."""
    cue_table, longest = event_cues()
    if not cue_table:
        return doc
    quotes = [(q.evidence.start, q.evidence.end, q.speaker) for q in doc.quotes]
    by_sentence: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.key and m.type != "Other":
            by_sentence.setdefault(m.sentence, []).append(m)
    authored: set[int] = set()
    purposed: set[int] = set()
    denials: list[Event] = []
    for si, sent in enumerate(doc.article.sentences):
        if sent.is_title:
            continue
        ctx = _Clause(doc, sent, sorted(by_sentence.get(si, []), key=lambda m: m.start), quotes)
        i, prev_noun_end = 0, -1
        while i < len(sent.tokens):
            hit = _cue_at(ctx.low, i, longest)
            if hit is None:
                i += 1
                continue
            j, cue = hit
            inside = ctx.at.get(i)
            if inside is not None and (inside is ctx.at.get(j - 1) or inside.type == "Person"
                                       and sent.tokens[i].start < inside.start):
                i = j                                  # inside a name ("Lembaga Bantuan Hukum", "Apresiasi
                continue                               # Pendidikan Islam") or a title ("Wakil Menteri
                                                       # Hubungan dan Kerja Sama ...")
            if _name_word(sent, i):
                i = j                                  # "Misi Dukungan PBB", "Inspektur Investigasi": a
                continue                               # name or title the tagger did not read as one
            # an active verb form right after an event noun modifies it ("konsultasi mendesak"),
            # and after a degree adverb it is an adjective ("sangat membantu"); an event noun that
            # qualifies the noun before it names a kind of thing ("kapal perang TNI AL": a warship)
            adjectival = cue.voice == "active" and (i == prev_noun_end or i > 0 and ctx.low[i - 1] in DEGREE
                                                    or i > 0 and ctx.low[i - 1] in ctx.cues.get("activity_noun", ())
                                                    or i > 0 and ctx.low[i - 1] in ctx.cues.get("qualified_noun", ())) \
                or cue.voice == "noun" and ctx.compound_tail(i)
            if not adjectival:
                found = ctx.events(i, j, cue)
                doc.events.extend(found)
                purposed.update(id(e) for e in found if _support_as_purpose(ctx.low, i, ctx.cues, e.code))
                authored.update(id(e) for e in ctx.authored)
                denials.extend(e for e in ctx.denials if e not in denials)
            prev_noun_end = j if cue.voice == "noun" else -1
            i = j
    _addressed_reactions(doc.events)
    _link_objects(doc.events, cue_table, _lead_actor(doc, by_sentence), _verb_authors(doc, by_sentence),
                  _noun_owners(doc, by_sentence), _last_court(doc, by_sentence))
    doc.events = [e for e in doc.events if id(e) not in authored]   # a signed decree names its author
    doc.events = [e for e in doc.events if id(e) not in purposed or e.target is not None]
    doc.events = [e for e in doc.events if not _unlinked_object(e)]
    _rejected_accusations(doc.events, cue_table)                      # for the reactions to it, no event
    _mediated_parties(doc.events)
    _mediated_sides(doc.events)
    _welcomed_agreements(doc.events)
    _offered_mediation(doc)
    _aid_recipients(doc)
    _own_body_not_threatened(doc)
    _release_demands(doc)
    _threatened_targets(doc)
    _threat_adversary(doc)
    _protested_things(doc)
    _met_protesters(doc)
    _refused_demands(doc)
    _named_not_held(doc, cue_table)
    _civic_protests(doc)
    _official_protests(doc)
    _similar_acts(doc)
    _encircled_areas(doc)
    _verbal_attacks(doc)
    _courts_as_forums(doc)
    _pretrial_targets(doc)
    _promised_acts(doc)
    _report_denied_next(doc, by_sentence)
    _named_among_held(doc)
    _enumerated_group(doc, by_sentence)
    _no_place_held(doc)
    _disputed(doc.events, denials)
    doc.events = _dedupe(doc.events, _position_sides(doc))
    _add_states(doc)
    return doc


def _support_as_purpose(low: list[str], i: int, cue_words: dict[str, frozenset[str]], code: str) -> bool:
    """'menyalurkan kredit untuk mendukung pertumbuhan ekonomi', 'peran Bank X dalam mendukung
    transisi energi', 'negara yang mendukung kebijakan itu': a verb of support (050) right after a
    word of cues kind support_purpose (adverbs read over) states a purpose, a means or a
    description; so does a verb of help (070) after one of kind help_purpose ('peran strategis
    dengan membantu menjembatani ...'; "untuk membantu korban" stays relief sent). With no actor
    supported or helped, it tells no act."""
    kind = {SUPPORT_CODE: "support_purpose", HELP_CODE: "help_purpose"}.get(code)
    k = i - 1
    while k >= 0 and (low[k] in SUPPORT_SKIP or low[k] in INTENT_SKIP):
        k -= 1
    return kind is not None and k >= 0 and low[k] in cue_words.get(kind, ())


def _seat_level(seat: str) -> tuple[str, str]:
    """The government a seat of regional government houses ("Balai Kota", "Kantor Walikota X":
    the city's; SEAT_LEVELS), from the level word in its name; every name in SEATS has one."""
    return SEAT_LEVELS[next(w for w in seat.lower().split() if w in SEAT_LEVELS)]


def _name_word(sent: Sentence, i: int) -> bool:
    """Is token i a capitalised word inside a run of capitalised words that does not open the
    sentence ("Misi Dukungan PBB", "Kemudahan Berinvestasi" in a by-law's title), or that opens
    such a run right after a lower-case word ("menghadiri Apresiasi Guru Madrasah": an event's
    name)? Prose writes its verbs and event nouns in lower case; capitals mid-sentence make them
    part of a name."""
    word, prev = sent.tokens[i].text, sent.tokens[i - 1].text if i > 0 else ""
    nxt = sent.tokens[i + 1].text if i + 1 < len(sent.tokens) else ""
    if not word[:1].isupper() or word.isupper() or not prev.isalpha():
        return False
    return prev[:1].isupper() or prev.islower() and nxt.isalpha() and nxt[:1].isupper()


def _lead_actor(doc: Document, by_sentence: dict[int, list[Mention]]) -> str | None:
    """The subject of the article's first body sentence, the actor whose act the story opens
    with ("KKP menerbitkan izin ..."): the first person, organisation or state named there
    when an active verb follows it (the dateline and outlet are left out)."""
    si = next((n for n, s in enumerate(doc.article.sentences) if not s.is_title), None)
    if si is None:
        return None
    toks = doc.article.sentences[si].tokens
    low = [t.text.lower() for t in toks]
    for m in sorted(by_sentence.get(si, []), key=lambda m: m.start):
        if m.source == "metadata" or not any(is_a(m.type, c) for c in AGENT_CLASSES) \
                or m.type == "MediaOrganization":
            continue
        k = next((n for n, t in enumerate(toks) if t.start >= m.end), len(toks))
        if k + 2 < len(toks) and low[k] == "(" and low[k + 2] == ")":
            k += 3                                       # "Kementerian Perdagangan (Kemendag)"
        k += k + 1 < len(toks) and low[k] == "," and _affixed(low[k + 1], ("me", "ber"))   # "Gubernur X,
        while k < len(toks) and low[k] in LEAD_ADVERBS:                                     # Nama, menetapkan"
            k += 1
        verb = k < len(toks) and _affixed(low[k], ("me", "ber"))
        return _agent_key(m) if verb else None           # the subject of an active verb, or none
    return None


def _sentence_at(doc: Document, pos: int) -> int | None:
    """The index of the sentence holding the character offset pos, or None."""
    sents = doc.article.sentences
    n = bisect_right([s.start for s in sents], pos) - 1
    return n if n >= 0 and pos < sents[n].end else None


def _next_sentence(doc: Document, pos: int) -> Sentence | None:
    """The sentence after the one holding the character offset pos, or None."""
    n = _sentence_at(doc, pos)
    sents = doc.article.sentences
    return sents[n + 1] if n is not None and n + 1 < len(sents) else None


def _sentences_back(doc: Document, pos: int, reach: int):
    """(index, tokens before pos) of the sentence holding pos and of the `reach` sentences
    before it, nearest first."""
    sents = doc.article.sentences
    si = _sentence_at(doc, pos)
    for n in range(si, max(-1, si - reach - 1), -1) if si is not None else ():
        yield n, [t for t in sents[n].tokens if t.start < pos]


def _verb_authors(doc: Document, by_sentence: dict[int, list[Mention]]):
    """A finder for the author of a thing named by a verbal noun ("usulan itu") or by the noun of
    a thing made (cues kind made:<noun>: "resolusi itu", "hasil tersebut"): the subject of the
    last meN- verb of the same stem ("Malaysia mengusulkan ...") or that makes the thing ("KPU
    menetapkan X menang") in the two sentences before the event or in its own sentence before it.
    A making verb with the noun as its object ("DK PBB mengadopsi resolusi ...") or of the noun's
    own stem ("Wali Kota X melarang ... Larangan itu dikritik") counts back to the article's start.
    A thing said (cues kind said_noun: "penjelasan itu", "klaim tersebut") is also the speaker's
    of a quotation after the last such verb in those sentences."""
    table = cues()
    sents = doc.article.sentences

    def find(word: str, pos: int, said: bool = False, act: bool = False) -> str | None:
        if len(word) < 5:
            return None
        if act:
            return _act_author(doc, by_sentence, word, pos)
        makers = table.get(f"made:{word}", frozenset())
        said = said and word in table.get("said_noun", frozenset())
        here = None
        for n, toks in _sentences_back(doc, pos, len(sents)):
            here = n if here is None else here
            near = here - n <= 2
            quoted = [q for q in doc.quotes if said and near and q.speaker and sents[n].start <= q.evidence.start
                      and q.evidence.end < pos]
            for x in range(len(toks) - 1, -1, -1):
                if quoted and toks[x].start < quoted[-1].evidence.start:
                    return quoted[-1].speaker            # "... kata X. Y menolak penjelasan itu"
                w = toks[x].text.lower()
                stem = near and word in VERBAL_OBJECTS and _affixed(w, ("me",)) and _same_stem(word, w)
                made = w in makers and (near or x + 1 < len(toks) and toks[x + 1].text.lower() == word
                                        or _same_stem(word, w))      # "melarang ... larangan itu": anywhere back
                if stem or made:
                    before = sorted((m for m in by_sentence.get(n, []) if m.end <= toks[x].start
                                     and any(is_a(m.type, c) for c in AGENT_CLASSES)), key=lambda m: m.start)
                    if len(before) > 1 and before[-1].type == "Country" \
                            and not doc.article.text[before[-2].end:before[-1].start].strip("() "):
                        before.pop()                     # "Komisi Pemilihan Umum (KPU) Fiji menetapkan"
                    return _agent_key(before[-1]) if before else None
            if quoted:
                return quoted[-1].speaker
        return None
    return find


def _act_author(doc: Document, by_sentence: dict[int, list[Mention]], word: str, pos: int) -> str | None:
    """'TEPCO mulai membuang air olahan ... China mengecam pembuangan itu', 'Pemerintah X
    memerintahkan kantor Y ditutup ... UE mengecam penutupan tersebut': the author of an act named
    by a peN-...-an nominalisation is the subject of the last meN- verb of its stem anywhere before
    it; for a di- verb, the actor after its "oleh", else the subject of the meN- verb before it
    in its sentence (the one ordering or deciding it; a speech verb only reports it)."""
    if not _nominalisation(word):
        return None
    said = cues().get("speech", frozenset())
    for n, toks in _sentences_back(doc, pos, len(doc.article.sentences)):
        low = [t.text.lower() for t in toks]
        for x in range(len(toks) - 1, -1, -1):
            if not _affixed(low[x], ("me", "di")) or not _assimilated_stem(word, low[x]):
                continue
            mentions = sorted((m for m in by_sentence.get(n, []) if any(is_a(m.type, c) for c in AGENT_CLASSES)),
                              key=lambda m: m.start)
            if low[x].startswith("di"):
                if x + 1 < len(toks) and low[x + 1] == "oleh":
                    after = next((m for m in mentions if m.start >= toks[x + 1].end), None)
                    return _agent_key(after) if after else None
                x = next((k for k in range(x - 1, -1, -1) if _affixed(low[k], ("me",))), -1)
                if x < 0 or low[x] in said:
                    return None                  # "Keluarga mengatakan Budi ditangkap": no order
            before = [m for m in mentions if m.end <= toks[x].start]
            return _agent_key(before[-1]) if before else None
    return None


def _assimilated_stem(a: str, b: str) -> bool:
    """Same stem once affixes are off, allowing for the initial consonant that meN-/peN- drop
    ("penutupan" ~ "ditutup", "penangkapan" ~ "ditangkap")."""
    sa, sb = AFFIX.sub("", AFFIX.sub("", a)), AFFIX.sub("", AFFIX.sub("", b))
    return len(sa) >= 4 and (sa == sb or sa == sb[1:] and sb[:1] in "ptks" or sb == sa[1:] and sa[:1] in "ptks")


def _noun_owners(doc: Document, by_sentence: dict[int, list[Mention]]):
    """A finder for the owner of a thing named by a definite description ("rencana itu",
    "usulan tersebut"): the actor named right after the last earlier use of the same noun
    ("rencana Kementerian Agama", "usulan Kemendagri", with one plain qualifier between: "laporan
    awal misi itu") anywhere before it in the article; a use that is itself a description
    ("membatalkan rencana ini") says nothing of the owner."""
    def find(word: str, pos: int) -> str | None:
        if len(word) < 4:
            return None
        for n, toks in _sentences_back(doc, pos, len(doc.article.sentences)):
            for x in range(len(toks) - 2, -1, -1):
                if toks[x].text.lower() != word or toks[x + 1].text.lower() in DETERMINERS:
                    continue
                nxt = toks[x + 1]                        # (a sentence-initial "Rencana Kementerian X"
                if x + 2 < len(toks) and _plain_qualifier(nxt.text) \
                        and not any(m.start == nxt.start for m in by_sentence.get(n, [])):
                    nxt = toks[x + 2]
                m = next((m for m in by_sentence.get(n, []) if m.source != "metadata"   # may carry the noun)
                          and (m.start == nxt.start or m.start == toks[x].start and m.text.lower().startswith(word + " "))
                          and any(is_a(m.type, c) for c in AGENT_CLASSES)), None)
                return _agent_key(m) if m is not None else None     # the last use decides
        return None
    return find


def _court_heads() -> set[str]:
    """First words of courts' names: the antecedents of "majelis" in anaphora.tsv ("pengadilan",
    "mahkamah", "ptun" ...)."""
    return set(anaphora_antecedents().get("majelis", ()))


def _court(doc: Document, key: str | None) -> bool:
    """Is the actor a court, its name opening with a court head word ("Pengadilan ...", "Mahkamah ...";
    the antecedents of "majelis" in anaphora.tsv)?"""
    ent = doc.entities.get(key) if key else None
    return ent is not None and (ent.label.lower().split() or [""])[0] in _court_heads()


def _last_court(doc: Document, by_sentence: dict[int, list[Mention]]):
    """A finder for the court whose ruling a description names ("putusan itu"): the last court
    mentioned before pos in the article, one whose name begins with a court head word
    ("Pengadilan ...", "Mahkamah ...", "PTUN ...", the antecedents of "majelis" in anaphora.tsv)."""
    heads = _court_heads()

    def name_of(m: Mention) -> str:
        ent = doc.entities.get(m.key) if m.key else None
        return (ent.label if ent else m.label or m.text).lower()

    def find(pos: int) -> str | None:
        for n, toks in _sentences_back(doc, pos, len(doc.article.sentences)):
            end = toks[-1].end if toks else -1
            for m in sorted(by_sentence.get(n, []), key=lambda m: -m.start):
                if m.end <= end and m.source != "metadata" and m.key and is_a(m.type, "Organization") \
                        and name_of(m).split()[:1] and name_of(m).split()[0] in heads:
                    return _agent_key(m)
        return None
    return find


def _plain_qualifier(word: str) -> bool:
    """Is the word a plain lowercase qualifier of a noun ("awal", "tahunan", "impor"), no
    preposition, determiner, relative or affixed verb?"""
    return word.isalpha() and word.islower() and word not in PREPOSITIONS and word not in DETERMINERS \
        and word != "yang" and not _affixed(word, ("me", "di", "ber", "ter"))


def _own_body_not_threatened(doc: Document) -> None:
    """"Ketua BEM X mengancam BEM akan mogok", "Menlu X memperingatkan bahwa sanksi akan berlaku
    lagi jika warga X ditahan": the threatening side itself (the body the person heads or
    belongs to, its state) is who will act or whose people are meant, not the threat's target.
    Support for one's own side ("Rencana kementerian itu dibela oleh menterinya") is no event.
    A criticism or rejection of a thing ("Ketua SNTL menuding penambangan tersebut merusak ...")
    is not aimed at the critic's own body when the thing's author was only looked for."""
    for e in doc.events:
        linked = e.object_word is not None and e.code[:2] in ("11", "12")
        if (e.code.startswith("13") or linked) and e.target is not None and e.target in _side_of(doc, e.agent):
            e.target = None
    doc.events = [e for e in doc.events if not (e.code.startswith("05") and e.target is not None
                                                and e.target in _side_of(doc, e.agent))]


def _no_place_held(doc: Document) -> None:
    """'menangkap Bendahara Desa X, Kecamatan Y, Kabupaten Z, Nama': the places of a title's
    chain are no one arrested; an arrest of persons (PERSONAL_CODES) keeps no place target."""
    for e in doc.events:
        ent = doc.entities.get(e.target) if e.target else None
        if e.code in PERSONAL_CODES and ent is not None and ent.type != "Country" and is_a(ent.type, "Place"):
            e.target = None


COOPERATIVE_ROOTS = ("03", "05", "06", "07", "08")     # a promise of these is itself an intent (03x)


def _promised_acts(doc: Document) -> None:
    """'X berjanji memanggil Y', 'X berjanji komisinya akan memanggil Y': a bare promise (030, a
    cue of kind promise_verb) whose promised act, within six words after it in its sentence, is
    an event of its own and no cooperation is no event: the planned act is."""
    verbs = cues().get("promise_verb", frozenset())
    drop = set()
    for e in doc.events:
        if e.code != "030" or e.trigger.lower() not in verbs:
            continue
        text = doc.article.text[e.evidence.start:e.evidence.end].lower()
        acts = {o.trigger.lower() for o in doc.events if o.evidence == e.evidence
                and not o.code.startswith(COOPERATIVE_ROOTS) and o.code[:2] != "01"}
        if any(re.search(rf"\b{re.escape(e.trigger.lower())}\s+(?:[\w-]+\s+){{0,5}}?{re.escape(a)}\b", text)
               and not re.search(r"[,;]", text.split(e.trigger.lower(), 1)[1].split(a, 1)[0]) for a in acts) \
                or _hostile_promise(text.split(e.trigger.lower(), 1)[-1]):
            drop.add(id(e))
    doc.events = [e for e in doc.events if id(e) not in drop]


def _hostile_promise(after: str) -> bool:
    """'berjanji untuk melakukan segala daya untuk menggagalkan rencana itu': a promise whose
    clause, within eight words, names a coercive act (a cue of roots 13-20), even one that is no
    event here, is a promise to fight something, no intent to cooperate."""
    low = re.split(r"[,;.]", after, maxsplit=1)[0].split()[:8]
    _, longest = event_cues()
    for i in range(len(low)):
        hit = _cue_at(low, i, longest)
        if hit is not None and "13" <= hit[1].code[:2] <= "20":
            return True
    return False


def _named_not_held(doc: Document, cue_table: dict) -> None:
    """"Bareskrim menetapkan Hendrawan sebagai tersangka, tetapi belum menahannya": a suspect
    named in a sentence that says the suspect was not detained is accused (112), not held (173);
    the detention denied may have no actor of its own ("..., namun belum ditahan")."""
    naming = cues().get("naming", frozenset())
    for e in doc.events:
        if e.code != "173" or e.modality not in REAL or e.trigger.split()[0] not in naming:
            continue
        after = _contrast_next(doc, e.evidence)
        spans = [e.evidence] + ([after] if after else []) + _later_namings(doc, e)
        if any(o.code.startswith("17") and o.modality == "negated" and o.evidence in spans for o in doc.events) \
                or any(_custody_denied(doc, sp, cue_table) for sp in spans):
            e.code = "112"


FORCE_HOLDERS = ("Country", "GovernmentBody", "InternationalOrganization", "ArmedGroup")


def _civic_protests(doc: Document) -> None:
    """"Kelompok suporter X memboikot laga kandang klub Y", "Ratusan nelayan memblokade tongkang
    milik PT Z": a boycott or a blockade (cues kinds civic:<code>) by an actor that is no state
    and no armed group is a protest, coded as the kind says (143 conduct strike or boycott, 144
    obstruct passage); a state's, a government's or a militia's stays a sanction (163) or a
    blockade (191)."""
    civic = {w: kind.split(":")[1] for kind, words in cues().items() if kind.startswith("civic:") for w in words}
    for e in doc.events:
        ent = doc.entities.get(e.agent) if e.agent else None
        code = civic.get(e.trigger.split()[0].lower())
        if code and e.code[:2] in ("16", "19") and ent is not None \
                and not any(is_a(ent.type, t) for t in FORCE_HOLDERS):
            e.code = code


OFFICIAL_HOLDERS = ("Country", "GovernmentBody", "InternationalOrganization")


def _official_protests(doc: Document) -> None:
    """"Kemlu memprotes penahanan itu", "Menlu X memprotes keras Y": a protest a state, a
    government body or an international organisation (or a person holding an office in one)
    lodges is a complaint in words, an official one (114), not a demonstration (14)."""
    offices = {p.person: p.org for p in doc.positions if p.org}
    for e in doc.events:
        if not e.code.startswith("14") or "protes" not in e.trigger.lower().split()[0]:
            continue
        key = offices.get(e.agent, e.agent) if e.agent else None
        ent = doc.entities.get(key) if key else None
        if ent is not None and any(is_a(ent.type, t) for t in OFFICIAL_HOLDERS):
            e.code = "114"


def _similar_acts(doc: Document) -> None:
    """"Kedutaan Besar India juga melayangkan protes serupa": an act said to be like one before it
    (its object opening with a word of cues kind similar_word) and naming no target of its own
    is aimed where the last earlier real act of its root by another actor was."""
    similar = cues().get("similar_word", frozenset())
    for n, e in enumerate(doc.events):
        words = (e.object_word or "").split()
        if e.target is not None or not words or words[0] not in similar:
            continue
        e.target = next((p.target for p in reversed(doc.events[:n]) if p.code[:2] == e.code[:2] and p.target
                         and p.agent != e.agent and p.target != e.agent and p.modality in REAL
                         and p.evidence.start < e.evidence.start), None)


def _encircled_areas(doc: Document) -> None:
    """"Pasukan telah mengepung dua kawasan hutan di perbatasan": an encirclement (cues kind
    encircle_verb) that names no actor as the one besieged closes in on an area, a show of force
    (150), not a blockade against anybody (191)."""
    verbs = cues().get("encircle_verb", frozenset())
    for e in doc.events:
        if e.code.startswith("19") and e.target is None and e.trigger.lower() in verbs:
            e.code = "150"


def _verbal_attacks(doc: Document) -> None:
    """"X menyerang kajian kelayakan itu", "menyerang kebijakan Menteri Y": an attack verb whose
    object is a text, a plan or a decision (cues kind argued_noun) or a noun of an act or state
    (peN-/ke- ... -an) attacks it in words: a criticism (111), not an assault."""
    argued = cues().get("argued_noun", frozenset())
    for e in doc.events:
        word = (e.object_word or "").split()[:1]
        if e.code.startswith("19") and e.trigger.lower() in ("menyerang", "diserang") and word \
                and (word[0] in argued or _abstract_noun(word[0])):
            e.code = "111"


def _courts_as_forums(doc: Document) -> None:
    """"mengajukan keberatan ke Pengadilan Niaga X", "... kepada Mahkamah Agung": a complaint or a
    suit (root 11) taken to a court (its name opening with a court head, the antecedents of
    "majelis" in anaphora.tsv) or to another body that rules on disputes (cues kind forum_head:
    "Majelis Desa Adat") is heard there; that body is its forum, not its target."""
    heads = _court_heads() | cues().get("forum_head", frozenset())
    text = doc.article.text
    for e in doc.events:
        ent = doc.entities.get(e.target) if e.target else None
        if not e.code.startswith("11") or ent is None or (ent.label.lower().split() or [""])[0] not in heads:
            continue
        at = [m for m in doc.mentions if m.key == e.target and e.evidence.start <= m.start < e.evidence.end]
        if at and all(text[:m.start].rsplit(maxsplit=1)[-1:] in (["ke"], ["kepada"]) for m in at):
            e.target = None


def _pretrial_targets(doc: Document) -> None:
    """"Kejari menahan X ... Kuasa hukum X berencana mengajukan praperadilan ke PN Y": a pretrial
    motion (cues kind pretrial) that names no body it is brought against challenges the arrest,
    detention or naming as suspect before it: its target is the agent of the last real act of
    custody (search, seizure, arrest or detention) or naming as suspect by another actor earlier
    in the article; a dismissal from office is no such act. With no such act in view the motion
    says too little to keep."""
    table = cues()
    words, naming = table.get("pretrial", frozenset()), table.get("naming", frozenset())
    unheld: set[int] = set()
    for e in doc.events:
        if e.target is not None or not e.code.startswith("11") or not set(e.trigger.split()) & words:
            continue
        held = [p for p in doc.events if p.modality in REAL and p.target is not None and p.agent != e.agent
                and p.evidence.start < e.evidence.start
                and (p.code in CUSTODY or p.trigger.split()[0] in naming)]
        if held:
            e.target = max(held, key=lambda p: p.evidence.start).agent
        else:
            unheld.add(id(e))
    doc.events = [e for e in doc.events if id(e) not in unheld]


def _report_denied_next(doc: Document, by_sentence: dict[int, list[Mention]]) -> None:
    """"Reuters melaporkan Rusia menyerang Polandia. Namun, Kremlin membantahnya.": an act a
    speech verb reports (cues kind speech, "menurut") that the next sentence has its own agent
    deny, pointing back at the report ("membantahnya", "membantah laporan itu", "Hal itu
    dibantah ...": cues kinds rumour_noun, said_noun, report_anaphor), is denied (negated). The
    agent must deny: "X ditahan KPK. X membantah tudingan itu" denies the charge, not the arrest."""
    c = cues()
    speech = c.get("speech", frozenset()) | c.get("reported", frozenset())
    sents = doc.article.sentences
    for e in doc.events:
        if e.modality not in REAL or e.agent is None:
            continue
        n = _sentence_at(doc, e.evidence.start)
        if n is None or n + 1 >= len(sents):
            continue
        low = [t.text.lower() for t in sents[n].tokens]
        at = next((k for k, w in enumerate(low) if w == e.trigger.split()[0].lower()), None)
        if at is None or not any(w == "menurut" or w in speech and w.startswith(("me", "ber"))
                                 or w in c.get("reported", ()) and w.startswith("di") for w in low[:at]):
            continue                                   # an act the sentence says on its own authority
            # ("dilaporkan menyerang ...": a passive of reporting is a report too)
        if e.agent in {_agent_key(m) for m in by_sentence.get(n + 1, [])} \
                and _denies_back([t.text.lower() for t in sents[n + 1].tokens], c):
            e.modality = "negated"


def _denies_back(low: list[str], c: dict) -> bool:
    """Does a sentence deny what the one before it said: a word of denial pointing back with
    "-nya" ("membantahnya") or at a report named with a determiner ("laporan itu", "hal tersebut")?"""
    denial = c.get("denial", frozenset())
    nouns = c.get("rumour_noun", frozenset()) | c.get("said_noun", frozenset()) | c.get("report_anaphor", frozenset())
    pointed = any(w.endswith("nya") and w[:-3] in denial for w in low) \
        or any(a in nouns and b in DETERMINERS for a, b in zip(low, low[1:]))
    verdict = denial | c.get("false_verdict", frozenset())     # "menolak tuduhan itu", "... tidak berdasar"
    return pointed and (_has_form(low[::-1], verdict) or any(w.endswith("nya") and w[:-3] in denial for w in low))


def _later_namings(doc: Document, e: Event) -> list[Span]:
    """The spans of the sentences after the event's that name its target again ("Hingga kini,
    Andi S. belum ditahan", '"Tersangka AS belum kami tahan," kata ...'), and of the next one when
    it speaks of "yang bersangkutan" or opens with a pronoun for those just named (cues kind
    concerned_opener: "Keduanya belum ditahan") with no other person in it: what they say of
    custody is said of that person."""
    n = _sentence_at(doc, e.evidence.start)
    if e.target is None or n is None:
        return []
    spans = []
    openers = cues().get("concerned_opener", frozenset())
    for k, s in enumerate(doc.article.sentences[n + 1:]):
        inside = [m for m in doc.mentions if s.start <= m.start < s.end]
        named = any(m.key == e.target for m in inside)
        words = [t.text.lower() for t in s.tokens]
        concerned = k == 0 and (words[:1] and words[0] in openers or "yang bersangkutan" in " ".join(words)
                                and not any(m.type == "Person" and m.key != e.target for m in inside))
        if named or concerned:                           # '"Yang bersangkutan belum kami tahan"'
            spans.append(Span(s.start, s.end))
    return spans


def _named_among_held(doc: Document) -> None:
    """'Polisi menangkap empat tersangka. Salah satunya adalah Benny H.', 'mengamankan tujuh orang
    lainnya, termasuk Kepala Dinas X, Rusli E.', 'memeriksa enam saksi, termasuk Hartono': a person
    named right after a word of cues kind among, after an arrest or an investigation of persons
    not named in its sentence or opening the next sentence, is one of those held or questioned (an
    event of their own)."""
    among = cues().get("among", frozenset())
    sents = doc.article.sentences
    people = [m for m in doc.mentions if m.type == "Person" and m.key]
    for e in list(doc.events):
        if not e.code.startswith(("171", "173", "09")) or e.target is not None or e.modality not in REAL:
            continue
        si = _sentence_at(doc, e.evidence.start)
        if si is None:
            continue
        at = doc.article.text.find(e.trigger, e.evidence.start, e.evidence.end)
        spots = [_among_end(sents[si], among, at, anywhere=True)]
        if si + 1 < len(sents):
            spots.append(_among_end(sents[si + 1], among, sents[si + 1].start, anywhere=False))
        for end in (x for x in spots if x is not None):
            named = next((m for m in people if end in (m.title_start, m.start)), None)   # not "anak X"
            if named is not None:
                doc.events.append(replace(e, target=named.key))
                break


ENUMERATED_ROOTS = ("11", "16", "17")   # acts on others whose counted group the next sentence may list
ENUMERATION_REACH = 2                     # sentences after the act in which the list may stand


def _enumerated_group(doc: Document, by_sentence: dict[int, list[Mention]]) -> None:
    """'KPPU menjatuhkan denda kepada tiga produsen semen ... Ketiga perusahaan itu adalah PT A, PT B,
    dan PT C', 'ESDM membekukan RKAB 11 perusahaan batu bara. Salah satunya adalah PT K': a
    sanction, coercion or criticism of a counted group (a number before a noun after its cue) with no
    actor target, or with only a state that qualifies the group ("tiga perusahaan China"), falls on
    each actor that one of the next two sentences lists after an opener of cues kind enumeration_opener
    ("ketiga", "keduanya", "salah satunya") and "adalah/yakni/yaitu"."""
    sents = doc.article.sentences
    for e in list(doc.events):
        if not e.code.startswith(ENUMERATED_ROOTS) or e.modality not in REAL:
            continue
        si = _sentence_at(doc, e.evidence.start)
        if si is None or not _counted_after(doc, sents[si], e):
            continue
        members = next((found for n in range(si + 1, min(si + 1 + ENUMERATION_REACH, len(sents)))
                        if (found := _listed_members(sents[n], by_sentence.get(n, [])))), [])
        origin = e.target is not None and doc.entities.get(e.target) is not None \
            and doc.entities[e.target].type == "Country"
        if not members or e.target is not None and not origin or any(m.type == "Country" for m in members):
            continue
        keys = list(dict.fromkeys(k for k in map(_actor_key, members) if k and k != e.agent))
        if not keys:
            continue
        e.target = keys[0]
        doc.events.extend(replace(e, target=k) for k in keys[1:])


def _counted_after(doc: Document, sent: Sentence, e: Event) -> bool:
    """Does a number (digits or a count word) stand before a lower-case noun after the event's
    trigger in its sentence ("kepada tiga produsen semen", "RKAB 11 perusahaan")?"""
    at = doc.article.text.lower().find(e.trigger.lower(), e.evidence.start, e.evidence.end)
    toks = [t for t in sent.tokens if t.start >= max(at, e.evidence.start)]
    return any((NUMBER.fullmatch(a.text) or a.text.lower() in COUNT_WORDS) and b.text.isalpha() and b.text.islower()
               for a, b in zip(toks, toks[1:]))


def _listed_members(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The actors a sentence lists after its opener of cues kind enumeration_opener and a linking
    word of kind enumeration_link ("Ketiga perusahaan itu adalah A, B, dan C"): the run of actor
    names, commas, "dan" and short forms in brackets right after the link."""
    table = cues()
    low = [t.text.lower() for t in sent.tokens]
    if not any(" ".join(low[:n]) in table.get("enumeration_opener", ()) for n in (1, 2)):
        return []
    link = next((k for k in range(min(6, len(low))) if low[k] in table.get("enumeration_link", ())), None)
    if link is None:
        return []
    actors = [m for m in mentions if any(is_a(m.type, c) for c in AGENT_CLASSES) and m.source != "metadata"]
    found: list[Mention] = []
    k = link + 1
    while k < len(sent.tokens):
        tok = sent.tokens[k]
        m = next((m for m in actors if m.start <= tok.start < m.end), None)
        if m is not None:
            found += [m] if m not in found else []
        elif low[k] not in (",", "dan", "serta", "(", ")") and not (k > 0 and low[k - 1] == "("):
            break
        k += 1
    return found


def _among_end(sent: Sentence, among: frozenset[str], after: int, anywhere: bool) -> int | None:
    """Where a word of cues kind among ends in the sentence, after the offset 'after' (anywhere
    there, or only opening the sentence), with "adalah" or a colon after it; None without one."""
    low = [t.text.lower() for t in sent.tokens]
    for k, tok in enumerate(sent.tokens):
        if tok.start < after or not anywhere and k > 0:
            continue
        for n in (3, 2, 1):
            if " ".join(low[k:k + n]) in among:
                end = k + n
                while end < len(low) and low[end] in ("adalah", ":", ","):
                    end += 1
                return sent.tokens[end].start if end < len(low) else None
    return None


def _contrast_next(doc: Document, evidence: Span) -> Span | None:
    """The span of the sentence after the evidence's when it opens with a contrast ("Namun,
    penyidik belum menahannya"): what it denies is said of the sentence before."""
    nxt = _next_sentence(doc, evidence.start)
    if nxt is None or not nxt.tokens:
        return None
    first = nxt.tokens[0].text.lower()
    return Span(nxt.start, nxt.end) if first in cues().get("contrast_opener", frozenset()) else None


def _custody_denied(doc: Document, evidence: Span, cue_table: dict) -> bool:
    """Does the sentence say that someone was not held: a negation (cues kind negation) right
    before an arrest or detention form other than a naming one ("belum ditahan", "tidak menahannya",
    and the object-focus form with a first-person agent, "belum kami tahan"), or a detention noun
    whose predicate says it did not take place ("penahanan terhadapnya belum dilakukan")?"""
    c = cues()
    sent = next((s for s in doc.article.sentences if s.start <= evidence.start < s.end), None)
    if sent is None:
        return False
    low = [strip_clitics(t.text.lower())[0] for t in sent.tokens]
    for k, w in enumerate(low):
        cue = cue_table.get((w,))
        if cue is not None and cue.voice == "noun" and cue.code.startswith("173"):
            n = next((n for n in range(k + 1, min(len(low), k + 6))
                      if low[n] in c.get("realised", ()) or low[n] in CLAUSE_PUNCT), None)
            if n is not None and _unrealised(low, n, c):
                return True
    if _has_form(low[::-1], c.get("unheld", ())):
        return True                                # "dikenai wajib lapor": reporting instead of custody
    for k in range(len(low) - 1):
        if low[k] not in c.get("negation", ()):
            continue
        n = k + 1 + (low[k + 1] in ("juga", "pernah", "sempat", *FIRST_PERSON) and k + 2 < len(low))
        cue = cue_table.get((low[n],)) or (cue_table.get(("di" + low[n],)) if low[k + 1] in FIRST_PERSON else None)
        # "tidak kami tahan": the object-focus form with a pronoun agent
        if cue is not None and cue.code.startswith("173") and low[n] not in c.get("naming", ()):
            return True
    return False


def _side_of(doc: Document, key: str) -> set[str]:
    """The actor and those it speaks for or through: the body a person holds a position in or
    belongs to, and the persons holding positions in a body."""
    side = {key}
    for p in doc.positions:
        if p.org and key in (p.person, p.org):
            side |= {p.person, p.org}
    for r in doc.relations:
        if r.predicate == "memberOf" and key in (r.subject, r.object):
            side |= {r.subject, r.object}
    return side


STATE_ORGANS = ("Facility", "GovernmentBody")   # bodies that speak for the state they belong to
ADVERSARY_ROOTS = {"02", "10", "11", "12", "13", "14", "16"}   # demands, criticism, rejection, threats, protest, sanctions


def _release_demands(doc: Document) -> None:
    """'ECOWAS menuntut Kamara dibebaskan', 'mendesak Yohanis segera dilepaskan', 'mengancam ...
    apabila Amavi tidak dibebaskan': a demand, appeal or threat that a captive be freed (the captive's name, then within two words a passive of
    release, cues kind release_passive) is made to the captor, the agent of the last real
    detention or abduction (17, 18) of that captive told before it; the captive is no target.
    A court that ordered the detention is the captor only when no one else detained the captive
    ("FSB menangkap X ... Pengadilan memutuskan menahan X ... menuntut X dibebaskan": the FSB)."""
    freed = cues().get("release_passive", frozenset())
    for n, e in enumerate(doc.events):
        if e.target is None or e.code[:2] not in ("10", "02", "13") or e.modality not in REAL:
            continue
        spans = [m.end for m in doc.mentions if m.key == e.target and e.evidence.start <= m.start < e.evidence.end]
        words = [re.findall(r"\w+", doc.article.text[end:e.evidence.end].lower())[:3] for end in spans]
        if not any(w in freed for after in words for w in after):
            continue
        captors = [p.agent for p in reversed(doc.events[:n]) if p.target == e.target and p.agent != e.agent
                   and p.code[:2] in ("17", "18") and p.modality in REAL]
        captor = next((a for a in captors if not _court(doc, a)), captors[0] if captors else None)
        if captor is not None or e.code.startswith("13"):
            e.target = captor                            # a threat with no captor told: its adversary


def _threatened_targets(doc: Document) -> None:
    """'X mengancam akan menjatuhkan sanksi terhadap Y', 'mengancam akan berunjuk rasa ke kantor
    DPRD Z': a threat that names no one it is aimed at is aimed at the target of the act it
    threatens, the same agent's next event in the sentence, kept only as threatened."""
    for n, e in enumerate(doc.events):
        if e.target is not None or not e.code.startswith("13") or e.modality not in REAL or _threat_on_people(e):
            continue
        act = next((f for f in doc.events[n + 1:] if f.evidence == e.evidence and f.agent == e.agent
                    and f.modality == "hypothetical"), None)
        if act is not None and act.target not in (None, e.agent):
            e.target = act.target


def _threat_adversary(doc: Document) -> None:
    """"SPBS menolak rencana PT X ... Ketua SPBS mengancam akan mogok apabila ...": a threat that
    names no one it is aimed at presses the side's adversary, the actor that the threatening side
    (the agent, the body it leads or belongs to, or its officers) last demanded from, criticised,
    rejected, threatened or protested against earlier in the article (a mere place is no adversary)."""
    for n, e in enumerate(doc.events):
        if e.target is not None or not e.code.startswith("13") or e.modality not in REAL or _threat_on_people(e):
            continue
        side = _side_of(doc, e.agent)
        for prev in reversed(doc.events[:n]):
            ent = doc.entities.get(prev.target) if prev.target else None
            if prev.agent in side and ent is not None and prev.target not in side \
                    and prev.code[:2] in ADVERSARY_ROOTS and prev.modality in REAL \
                    and prev.evidence.start <= e.evidence.start \
                    and not _mere_place(ent):
                e.target = prev.target
                break


def _protested_things(doc: Document) -> None:
    """'APTN berunjuk rasa di depan Kantor Kemenkeu. Mereka menolak rencana kenaikan tarif cukai':
    a rejection or criticism of a thing (a noun, not a verb) that names no one is aimed at whom
    its agent protested against or demanded from in the same sentence or the one before."""
    starts = [s.start for s in doc.article.sentences]
    for n, e in enumerate(doc.events):
        words = (e.object_word or "").split()
        if e.target is not None or e.code[:2] not in ("11", "12") or e.modality not in REAL or not words \
                or _affixed(words[0], ("me", "ber", "di", "ter")):
            continue
        here = bisect_right(starts, e.evidence.start)
        e.target = next((p.target for p in reversed(doc.events[:n]) if p.agent == e.agent and p.target
                         and p.code[:2] in ("10", "14") and p.modality in REAL
                         and here - bisect_right(starts, p.evidence.start) <= 1), None)


def _met_protesters(doc: Document) -> None:
    """'FTKHJ menggelar aksi mogok makan ... Bupati menemui para peserta aksi': a meeting (04) with
    protesters named by a common noun (cues kind protester_noun, after an optional "para" or
    "perwakilan") meets the body of the protest or demand the article told last before it (the
    agent of the last earlier real 10, 12 or 14 event of another actor)."""
    protesters = cues().get("protester_noun", frozenset())
    for n, e in enumerate(doc.events):
        words = (e.object_word or "").split()
        words = words[1:] if words[:1] in (["para"], ["perwakilan"]) else words
        if e.target is not None or not e.code.startswith("04") or e.modality not in REAL \
                or not any(" ".join(words[:k]) in protesters for k in (1, 2)):
            continue
        e.target = _crowd_group(e, doc.events[:n])


def _refused_demands(doc: Document) -> None:
    """'Ia mendesak BTNK menunda tarif ... Kepala BTNK menolak menunda kenaikan tarif': a refusal
    to do something (a verb after the rejecting cue) that names no one is aimed at the one who
    last asked, demanded, criticised, rejected, threatened or protested against the refusing
    side (the agent, the body it holds a position in or belongs to, or its officers) earlier in
    the article."""
    for n, e in enumerate(doc.events):
        words = (e.object_word or "").split()
        if e.target is not None or not e.code.startswith("12") or e.modality not in REAL \
                or not words or not _affixed(words[0], ("me", "ber")):
            continue
        side = _side_of(doc, e.agent)
        for prev in reversed(doc.events[:n]):
            if prev.target in side and prev.agent not in side and prev.code[:2] in ADVERSARY_ROOTS \
                    and prev.modality in REAL and prev.evidence.start <= e.evidence.start:
                e.target = prev.agent
                break


def _threat_on_people(e: Event) -> bool:
    """'mengancam melaporkan warga', 'mengancam mencopot pengawas yang lalai': a threat to act on
    people named by a common noun is aimed at them, no actor; no adversary or earlier act stands in."""
    words = (e.object_word or "").split()
    return e.code.startswith("13") and len(words) > 1 and _affixed(words[0], ("me",)) and words[1] in _people_nouns()


@lru_cache(maxsize=None)
def _people_nouns() -> frozenset[str]:
    """Common nouns for people (cues kinds detainee, personnel, member_noun, person_noun)."""
    return frozenset().union(*(cues().get(kind, frozenset())
                               for kind in ("detainee", "personnel", "member_noun", "person_noun")))


def _mutual_beside(events: list[Event], e: Event) -> list[Event]:
    """The other mutual events (MUTUAL_CODES: meetings, talks, agreements) of e's sentence."""
    return [p for p in events if p is not e and p.evidence == e.evidence and p.code in MUTUAL_CODES]


def _last_pair(events: list[Event], e: Event) -> list[str]:
    """The two sides of the first mutual event told before e (A with B and B with A, neither of
    them e's agent), the talks the story is about: "Qatar dan Bahrain sepakat ... Nota itu
    ditandatangani oleh A dan B. Arab Saudi memediasi perundingan": Qatar and Bahrain."""
    before = [p for p in events if p.code in MUTUAL_CODES and p.target and p.modality in REAL
              and p.evidence.start < e.evidence.start and e.agent not in (p.agent, p.target)]
    pairs = [p for p in before if any(q.agent == p.target and q.target == p.agent for q in before)]
    first = min(pairs, key=lambda p: p.evidence.start, default=None)
    return [first.agent, first.target] if first else []


def _mediated_parties(events: list[Event]) -> None:
    """A mediation that names no target ("perundingan yang dimediasi Oman") aims at the parties
    that negotiate or agree with each other in the same sentence, else at the two sides of the
    first such agreement told before it."""
    extra = []
    for e in events:
        if e.target is None and e.modality in REAL and e.code.startswith("045"):
            parties = [p.agent for p in _mutual_beside(events, e) if p.target
                       and p.agent != e.agent and p.target != e.agent] or _last_pair(events, e)
            for party in dict.fromkeys(parties):
                extra.append(replace(e, target=party))
    events.extend(extra)


def _mediated_sides(events: list[Event]) -> None:
    """'Perundingan antara A dan B dimediasi oleh C': a mediation whose target is one party of
    a mutual event told in the same sentence (the passive's subject names them all) aims at
    the other parties of that event too."""
    extra = []
    for e in events:
        if e.target is None or e.modality not in REAL or not e.code.startswith("045"):
            continue
        sides = {p.agent for p in _mutual_beside(events, e) if p.target == e.target} - {e.agent, e.target}
        have = {(x.agent, x.target) for x in events if x.code == e.code and x.evidence == e.evidence}
        for party in sorted(sides):
            if (e.agent, party) not in have:
                extra.append(replace(e, target=party))
                have.add((e.agent, party))
    events.extend(extra)


DISPUTE_ROOTS = {"11", "12", "13", "14", "16", "17", "18", "19", "20"}   # criticism ... fighting: a dispute


def _offered_mediation(doc: Document) -> None:
    """'Ghana memanggil duta besar Burkina Faso ... Nigeria menawarkan diri menjadi mediator': an
    offer to mediate or to host talks (its sentence holds a mediation_word) that names no one is
    made to the two sides of the dispute told before it, one event for each."""
    words = cues().get("mediation_word", frozenset())
    extra = []
    for e in doc.events:
        if e.target is not None or not e.code.startswith("03") or e.modality not in REAL:
            continue
        text = " " + " ".join(re.findall(r"\w+", doc.article.text[e.evidence.start:e.evidence.end].lower())) + " "
        if not any(f" {w} " in text for w in words):
            continue
        sides = _dispute_sides(doc, e.agent, e.evidence.start)
        if sides:
            e.target = sides[0]
            extra.append(replace(e, target=sides[1]))
    doc.events.extend(extra)


def _dispute_sides(doc: Document, agent: str, pos: int) -> tuple[str, str] | None:
    """The two sides of the dispute told before pos (an offer, an appeal to both sides): the pair
    of bodies (a person counts for the body it holds a position in) with the most real criticism,
    rejection, threat, protest, sanction, coercion or fighting between them, the earlier pair on
    a tie; none of it the side of agent (the one offering or appealing). A governor or mayor
    counts for himself: his region or city is a place, no side of a dispute."""
    body = {p.person: p.org for p in doc.positions if p.org and not _subnational_place(doc, p.org)}
    own = _side_of(doc, agent)
    tally: dict[frozenset[str], int] = {}
    opener: dict[frozenset[str], str] = {}              # the side that acted first in each pair
    for e in doc.events:
        if e.evidence.start >= pos or e.target is None or e.modality not in REAL \
                or e.code[:2] not in DISPUTE_ROOTS or own & {e.agent, e.target}:
            continue
        pair = frozenset((body.get(e.agent, e.agent), body.get(e.target, e.target)))
        if len(pair) == 2 and not own & pair:
            tally[pair] = tally.get(pair, 0) + 1
            opener.setdefault(pair, body.get(e.agent, e.agent))
    if not tally:
        return None
    best = max(tally.values())
    pair = next(p for p, n in tally.items() if n == best)
    return opener[pair], next(k for k in pair if k != opener[pair])


def _mutual_sides(doc: Document, agent: str, pos: int) -> tuple[str, str] | None:
    """'Mesir menjadi tuan rumah perundingan antara Israel dan Hamas ... "Kami meminta kedua pihak
    ..."': with no dispute told before pos, the two parties of the last real mutual event
    (talks, an agreement) before it, neither of them the side of agent (the one appealing)."""
    own = _side_of(doc, agent)
    pairs = [(e.agent, e.target) for e in doc.events if e.evidence.start < pos and e.target is not None
             and e.code in MUTUAL_CODES and e.modality in REAL and not own & {e.agent, e.target}]
    return pairs[-1] if pairs else None


def _subnational_place(doc: Document, key: str) -> bool:
    """Is the actor a place below a state ("Gubernur Kalimantan Selatan": a province, "Wali Kota
    Depok": a city), not a body or a country?"""
    ent = doc.entities.get(key)
    return ent is not None and ent.type != "Country" and is_a(ent.type, "Place")


def _welcomed_agreements(events: list[Event]) -> None:
    """'A dan B menyepakati gencatan senjata ... UA menyambut baik kesepakatan tersebut', 'Perundingan
    itu dimediasi C': a third party's support for or mediation of a definite agreement, meeting or
    talks (cues kind mutual_thing, "hasil" before it allowed) aims at both parties of the last
    earlier real mutual event, one whose trigger shares the noun's stem if there is one."""
    things = cues().get("mutual_thing", frozenset())
    extra = []
    for n, e in enumerate(events):
        words = [w for w in (e.object_word or "").split() if w != "hasil"]
        if e.target is not None or not e.code.startswith((*SUPPORTING, "045")) or e.modality not in REAL \
                or not words or words[0] not in things or not any(w in DETERMINERS for w in words[1:3]):
            continue
        if any(p.code in MUTUAL_CODES and e.agent in (p.agent, p.target) for p in events[:n]):
            continue                                    # a party welcoming its own deal: its counterpart's
        mutual = [p for p in events[:n] if p.code in MUTUAL_CODES and p.target and p.modality in REAL
                  and p.evidence.start < e.evidence.start]
        core = re.sub(r"^(ke|per|pe)|an$", "", words[0])[1:]      # "kesepakatan" ~ "menyepakati"
        kin = [p for p in mutual if core in p.trigger] or mutual
        if kin:
            e.target = kin[-1].agent
            extra.append(replace(e, target=kin[-1].target))
    events.extend(extra)


def _unlinked_object(e: Event) -> bool:
    """Is the event a cue whose object words need a target that linking found none for
    ("menolak disalahkan" with no blamer in view: a denial, not a rejection of anyone)?
    Such words are listed in event_exclusions.tsv followed by "<no-target>"."""
    if e.target is not None or not e.object_word:
        return False
    words = tuple(e.object_word.split())
    return any(len(nxt) > 1 and nxt[-1] == "<no-target>" and words[:len(nxt) - 1] == nxt[:-1]
               for nxt in event_exclusions().get(e.trigger, ()))


def _rejected_accusations(events: list[Event], cue_table: dict) -> None:
    """'STG menolak tudingan Walhi': an accusation named as the object of a rejection or denial
    (its noun after the rejecting verb, in the same sentence) was aimed at the one rejecting it."""
    for e in events:
        cue = cue_table.get(tuple(e.trigger.split()))
        if e.target is not None or not e.code.startswith("112") or cue is None or cue.voice != "noun":
            continue
        rejection = next((r for r in events if r.code[:2] == "12" and r.target == e.agent and r.agent != e.agent
                          and r.evidence == e.evidence and r.modality in REAL), None)
        if rejection is not None:
            e.target = rejection.agent


def _link_objects(events: list[Event], cue_table: dict, lead: str | None = None, verb_author=None,
                  noun_owner=None, court=None) -> None:
    """'UNRWA mengecam serangan itu', 'ICW mengkritik vonis tersebut', 'klub menolak putusan':
    a criticism, rejection, demand or threat whose object is an earlier act of the article
    targets the actor of that act: an earlier real event of the same PLOVER family as the
    object noun, or, for decisions ("putusan", "vonis", "kebijakan"), the last real act
    that targeted the critic; with neither in view, the actor the story opens with (lead).
    Welcoming or praising a court's ruling ("menyambut baik putusan itu") aims at the court
    that ruled (court: the last one named before it), not at the side the ruling concerned.
    """
    family = cameo_families()
    table = cues()
    decisions = table.get("decision", frozenset())
    plans = decisions | table.get("plan_owner", frozenset())
    incidents = table.get("incident_noun", frozenset())
    for n, e in enumerate(events):
        if e.target or not e.object_word or not _linked(e.code) or _threat_on_people(e):
            continue
        words = e.object_word.split()
        like = _like_reaction(e, events[:n]) if words[0] in SIMILAR else None
        if like is not None:                    # "Kecaman serupa disampaikan oleh X": the same one aimed at
            e.target = like
            continue
        group = _crowd_group(e, events[:n]) if _crowd_thing(words, e.trigger) else None
        if group is not None:                   # "Walhi mendukung tuntutan nelayan": the nelayan's union
            e.target = group
            continue
        generic = words[0] in decisions and words[0] not in VERBAL_OBJECTS   # "keputusan itu": any act
        owner = noun_owner(words[0], e.evidence.start + 1) if noun_owner and len(words) > 1 \
            and words[1] in DETERMINERS and not generic else None
        if owner is not None and owner != e.agent:      # "rencana Kemenag ... rencana itu ditolak"
            e.target = owner
            continue
        ruled = court(e.evidence.start) if court and (e.code.startswith(SUPPORTING) or e.code[:2] in ("11", "12")) \
            and words[0] in table.get("ruling", ()) else None   # "menyebut putusan itu keliru": the court
        if ruled is not None and ruled != e.agent:
            e.target = ruled
            continue
        prior = [p for p in events[:n] if not _same_cue(p, e) and not _co_reaction(p, words[0])]
        author = _author_of(e, words[0], prior)
        if author is not None:                  # "DPR menyetujui draf ... Fraksi X menolak draf itu"
            e.target = author
            continue
        proposer = verb_author(words[0], e.evidence.start + 1) if verb_author and len(words) > 1 \
            and words[1] in DETERMINERS and (words[0] in VERBAL_OBJECTS or f"made:{words[0]}" in table) else None
        if proposer is not None and proposer != e.agent:   # "Malaysia mengusulkan ... usulan itu ditolak"
            e.target = proposer
            continue
        cue = next((cue_table.get(tuple(words[:k])) for k in (3, 2, 1) if cue_table.get(tuple(words[:k]))), None)
        own = [p for p in prior if p.agent == e.agent]
        earlier = [p for p in prior if p.agent != e.agent and p.modality in REAL
                   and not any(_same_cue(p, o) for o in own)]   # "A dan B menggugat ...": B's act is A's too
        acts: list[Event] = []
        if words[0] in decisions and words[0] not in VERBAL_OBJECTS:   # "Keputusan itu dikritik": a decision,
            acts = [p for p in earlier if not _reaction(p.code)]         # not a reaction to one; with no act
            critics = [p for p in earlier if p.target and p.code[:2] in ("10", "11")   # in view, the one
                       and p.target != e.agent and p.evidence.start < e.evidence.start]     # its critics target
            if not acts and critics:
                e.target = critics[-1].target
                continue
            if not acts and not critics and lead and lead != e.agent and len(words) > 1 \
                    and words[1] in DETERMINERS:      # "Kebijakan tersebut dikritik" with no act in view:
                e.target = lead                       # the act the story opens with
                continue
            earlier = acts or earlier
        worded = [p for p in earlier if _names_act(words[0], p)]
        earlier = worded[-1:] or earlier        # "mencabut izin ... menyegel gudang ... menilai pencabutan
        for prev in reversed(earlier):          # izin itu": the revocation's maker, not the sealer
            same_kind = cue is not None and family.get(cue.code[:2]) == family.get(prev.code[:2])
            same_word = _names_act(words[0], prev)
            # "Keputusan itu dikecam", "Langkah itu dikecam oleh Caracas": the last act before it
            passive_decision = words[0] in decisions and prev.evidence.start < e.evidence.start and (
                len(words) == 1 or words[1] in DETERMINERS and e.trigger.startswith("di"))
            against = prev.target == e.agent and prev.code[:2] not in HELPING   # help given to the critic is none
            violent = words[0] in incidents and prev.code[:2] in FORCE_ROOTS[1:] \
                and not e.trigger.startswith("di")   # "menyesalkan insiden itu": an assault ("Penanganan
                                                     # insiden itu dikritik": its handling, not the incident)
            if same_kind or same_word or words[0] in decisions and against or passive_decision or violent:
                e.target = prev.agent
                break
        else:
            done = [p for p in acts if p.evidence.start < e.evidence.start] if len(words) > 1 \
                and words[1] in DETERMINERS else []  # "KPAI mendukung langkah tersebut": with no act of its
            if done:                                 # kind or against the critic, the last act before it
                e.target = done[-1].agent
            elif cue is None and words[0].endswith("an") and any(w in DETERMINERS for w in words[1:]):
                before = [p for p in earlier if p.evidence.start < e.evidence.start and not _reaction(p.code)]
                if before:               # "peluncuran tersebut": the main act of the last sentence with one
                                         # (an act, not a criticism of one)
                    last = max(p.evidence.start for p in before)
                    e.target = next(p.agent for p in before if p.evidence.start == last)
        if e.target is None and verb_author and _definite_act(words):
            actor = verb_author(words[0], e.evidence.start + 1, act=True)   # "... membuang air olahan. X
            e.target = actor if actor != e.agent else None                  # mengecam pembuangan itu"
        if e.target is None and verb_author and len(words) > 1 and words[1] in DETERMINERS:
            speaker = verb_author(words[0], e.evidence.start + 1, said=True)   # "... ujarnya. X menolak
            e.target = speaker if speaker != e.agent else None                 # penjelasan itu"
        if e.target is None and words[0] in plans and any(w in DETERMINERS for w in words[1:3]):
            e.target = _fellow_reaction(e, events[:n], plans)   # "Keputusan itu ditolak Kementan ... STPN
                                                                # menolak rencana impor tersebut"


def _definite_act(words: list[str]) -> bool:
    """Is the object a definite description of an act, its noun right before itu/tersebut/ini or
    with one plain qualifier between ("pembuangan itu", "penutupan jembatan itu")?"""
    return len(words) > 1 and (words[1] in DETERMINERS
                               or len(words) > 2 and _plain_qualifier(words[1]) and words[2] in DETERMINERS)


ADDRESSED_ROOTS = ("02", "10", "112")   # appeals, demands and accusations name the one they address


def _addressed_reactions(events: list[Event]) -> None:
    """'X menyesalkan keputusan itu dan meminta Jakarta meninjau ulang ...', 'X memprotes
    penangkapan tersebut dan menuntut Y membebaskan ...': a criticism, rejection or protest of a
    definite thing joined by "dan" to an appeal, demand or accusation of the same agent aims at the
    one party that appeal addresses (the one held to account for the thing), before the thing's
    author is looked for. Support is left alone: "menyambut baik laporan itu dan meminta
    pemerintah ..." praises one party and asks another."""
    for e in events:
        words = (e.object_word or "").split()
        if e.target or len(words) < 4 or e.code[:2] not in OBJECT_ROOTS or words[1] not in DETERMINERS \
                or words[2] not in ("dan", "serta"):
            continue
        addressed = {a.target for a in events if a.evidence == e.evidence and a.agent == e.agent
                     and a.code.startswith(ADDRESSED_ROOTS) and a.trigger.lower().split()[0] == words[3]
                     and a.target and a.target != e.agent and a.modality in REAL}
        party = addressed.pop() if len(addressed) == 1 else None   # "menyerukan Irak dan Turki ...": no one
        if party is not None and not any(o.evidence == e.evidence and o.agent == party and o.target    # side
                                         and o.target != e.agent and o.code[:2] >= "09" for o in events):
            e.target = party             # not "mendesak UE menjatuhkan sanksi terhadap X": a third party
                                         # asked to act on the one to account ("mematuhi resolusi": no act on one)


HELPING = {"03", "04", "05", "06", "07", "08"}     # cooperative roots: acts for someone, not decisions on them
SUPPORTING = ("050", "051", "052")      # support, praise and defence of a thing aim at its owner too
SIMILAR = {"serupa", "senada"}          # "kecaman serupa": like the one told before


def _linked(code: str) -> bool:
    """Is the event a reaction to a thing, whose owner it aims at (roots 10-14, and support)?"""
    return code[:2] in OBJECT_ROOTS or code.startswith(SUPPORTING)


def _like_reaction(e: Event, earlier: list[Event]) -> str | None:
    """'UE mengecam Ethiopia ... Kecaman serupa disampaikan oleh Inggris': a reaction said to be
    like another ("serupa", "senada") aims where the last earlier real one of its CAMEO root by
    another actor did."""
    return next((p.target for p in reversed(earlier) if p.code[:2] == e.code[:2] and p.target and p.agent != e.agent
                 and p.target != e.agent and p.modality in REAL and p.evidence.start < e.evidence.start), None)


def _crowd_thing(words: list[str], trigger: str) -> bool:
    """Do the object words name the demand, stance or protest of people named by a common noun
    (cues kind crowd_noun) after a noun of cues kind crowd_thing: "tuntutan (para) nelayan", "aksi
    buruh", or, as the subject of a passive reaction, the people alone ("Tuntutan mahasiswa
    didukung ...": "mahasiswa")?"""
    crowd = cues().get("crowd_noun", frozenset())
    owned = words[0] in cues().get("crowd_thing", frozenset())
    rest = words[1:] if owned else words
    rest = rest[1:] if rest[:1] == ["para"] else rest
    return bool(rest) and rest[0] in crowd and (owned or len(words) == 1 and trigger.startswith("di"))


def _crowd_group(e: Event, earlier: list[Event]) -> str | None:
    """The body of a crowd whose demand or protest is reacted to: the agent of the last earlier
    real demand, rejection or protest (roots 10, 12, 14) of another actor."""
    return next((p.agent for p in reversed(earlier) if p.code[:2] in ("10", "12", "14") and p.agent != e.agent
                 and p.modality in REAL and p.evidence.start < e.evidence.start), None)


def _fellow_reaction(e: Event, earlier: list[Event], plans: frozenset[str]) -> str | None:
    """The target of the last earlier real reaction of another actor to a definite decision or plan
    ("keputusan itu", "rencana tersebut"): a later reaction to such a thing is to the same one."""
    for p in reversed(earlier):
        words = (p.object_word or "").split()
        if _linked(p.code) and p.target and p.agent != e.agent and p.target != e.agent and p.modality in REAL \
                and words[:1] and words[0] in plans and any(w in DETERMINERS for w in words[1:3]):
            return p.target
    return None


def _co_reaction(prev: Event, head: str) -> bool:
    """Is the earlier event another reaction to the same thing ("A menyambut baik putusan itu
    ... B menolak putusan tersebut")? It neither made the thing nor is the act reacted to."""
    return _linked(prev.code) and bool(prev.object_word) and prev.object_word.split()[0] == head


def _disputed(events: list[Event], denials: list[Event]) -> None:
    """'Foto itu menunjukkan hakim X bertemu pengacara Y ... Humas PN membantah X pernah menemui
    Y': an act that another sentence of the article denies (same agent, CAMEO code and target) is
    only alleged, not found (hypothetical). The whole code must agree: "membantah anggotanya
    menembakkan gas air mata" (175) leaves the arrests (173) of the same police standing."""
    for e in events:
        if e.modality in REAL and any(d.agent == e.agent and d.code == e.code and d.target == e.target
                                      and d.evidence.start != e.evidence.start for d in denials):
            e.modality = "hypothetical"


def _same_cue(a: Event, b: Event) -> bool:
    """Are the two events one cue's events for coordinated actors ("A dan B menolak keputusan
    itu")? Then neither is the act the other reacts to."""
    return a.trigger == b.trigger and a.evidence.start == b.evidence.start and a.evidence.end == b.evidence.end


def _author_of(e: Event, head: str, earlier: list[Event]) -> str | None:
    """A definite thing ("draf itu", "kebijakan tersebut") that an earlier real act of another
    actor had as its object ("DPR menyetujui draf revisi ...", "Kemendag menerbitkan
    kebijakan ...") is that actor's: its agent is the one the reaction aims at. Another
    reaction to the thing ("X menyambut baik putusan itu") is no authorship."""
    if len(head) < 4 or not any(w in DETERMINERS for w in e.object_word.split()[1:3]):
        return None
    for prev in reversed(earlier):
        if prev.agent != e.agent and prev.modality in REAL and prev.object_word and prev.target is None \
                and not _linked(prev.code) \
                and prev.object_word.split()[0] == head and prev.evidence.start < e.evidence.start:
            return prev.agent
    return None


AFFIX = re.compile(r"^(meng|meny|mem|men|me|peng|peny|pem|pen|pe|di|ter|ber)|(kan|an|i)$")


def _reaction(code: str) -> bool:
    """Is the event a verbal reaction (appeal, demand, criticism ...) rather than an act?"""
    return code[:2] in REACTION_ROOTS or code[:3] in ("110", "111", "112", "113", "114")


def _names_act(word: str, prev: Event) -> bool:
    """Does the noun name the earlier act by its own word or stem ("pencabutan" for "mencabut izin")?"""
    return word in prev.trigger.split() or any(_same_stem(word, w) or _assimilated_stem(word, w)
                                               for w in prev.trigger.split())


def _same_stem(a: str, b: str) -> bool:
    """Crude Indonesian stemming: 'peluncuran' ~ 'meluncurkan', 'penangkapan' ~ 'ditangkap'."""
    sa, sb = AFFIX.sub("", AFFIX.sub("", a)), AFFIX.sub("", AFFIX.sub("", b))
    return len(sa) >= 4 and (sa == sb or sa[1:] == sb[1:])


def _home_body(doc: Document, key: str) -> bool:
    """Is the actor an Indonesian body or person: no state, no international body, and not a
    lexicon body of another state ("BPBD Kabupaten X", "Dinas Sosial Y", a regent)?"""
    ent = doc.entities.get(key)
    if ent is None or ent.type == "Country" or is_a(ent.type, "InternationalOrganization"):
        return False
    entry = gazetteer().entries.get(key)
    return entry is None or not entry.parent or entry.parent == "country:ID" or not entry.parent.startswith("country:")


def _aid_recipients(doc: Document) -> None:
    """Aid with no named recipient goes to where it is delivered: the country of the event's
    place, else of the article's dateline (a relief story datelined Islamabad). An attack
    with no named target hits the state where it struck ("… di Kermanshah"), and a call for a
    ceasefire "di Sudan" is addressed to the state at war there."""
    gz = gazetteer()
    span = doc.article.dateline_span
    dateline = next((m.key for m in doc.mentions if m.source == "metadata" and span and is_a(m.type, "Place")
                     and span.start <= m.start < span.end), None)     # "TEMPO.CO, Islamabad -": the city
    for e in doc.events:
        local = e.code[:2] in ("18", "19", "20") or e.code.startswith("025")   # attacks and calls
        if e.target or not (e.code.startswith(("07", "033")) or local and e.place) \
                or e.modality not in REAL:              # for a ceasefire: only where they happen;
            continue                                    # aid not given has no recipient to name
        here = doc.entities.get(e.place) if e.place else None
        if not local and here is not None and e.place not in gz.entries and here.type in ("Region", "Place"):
            e.target = e.place                  # "ke Kabupaten Sumber Arum": a regency no lexicon knows
            continue                            # is the recipient itself
        for key in (e.place,) if local else (e.place, dateline):
            entry = gz.entries.get(key) if key else None
            state = country_by_iso(entry.iso) if entry is not None and entry.iso else None
            if entry is not None and entry.type == "Country":
                state = entry
            own = gz.entries.get(e.agent)
            if state is not None and key == dateline and own is not None and state.iso \
                    and own.parent == f"country:{state.iso}":
                break                           # a state's own body helping at home: no state recipient
            if state is not None and state.iso == "ID" and _home_body(doc, e.agent):
                break                           # "BPBD Kabupaten X mengevakuasi 340 warga": help at home
            if state is not None and state.key != e.agent:
                e.target = state.key
                break


def _add_states(doc: Document) -> None:
    """States that events name through their capital ("Kairo mendesak ...") become entities."""
    from kg.document import Entity
    gz = gazetteer()
    for e in doc.events:
        for key in (e.agent, e.target):
            if key and key not in doc.entities and key in gz.entries:
                entry = gz.entries[key]
                doc.entities[key] = Entity(key, entry.label, entry.type, entry.wikidata, entry.geonames,
                                           {entry.label})


def _cue_at(low: list[str], i: int, longest: int):
    """The longest event cue (``event_cues``) starting at token i; its last word may carry '-nya'.
    A quantifier or adverb of cues kind cue_filler may stand after a cue's first word
    ("menangguhkan seluruh impor", "menjatuhkan sejumlah sanksi"): the cue read over it wins
    when it reaches further than any cue read without it."""
    table, starts = event_cues()[0], event_cue_starts()
    if low[i] not in starts and strip_clitics(low[i])[0] not in starts:
        return None
    hit = _longest_cue(table, low[i:min(len(low), i + longest)])
    if i + 2 < len(low) and low[i + 1] in cues().get("cue_filler", ()):
        over = _longest_cue(table, [low[i], *low[i + 2:min(len(low), i + longest + 1)]])
        if over is not None and over[0] > 1 and (hit is None or over[0] + 1 > hit[0]):
            return i + over[0] + 1, over[1]
    return (i + hit[0], hit[1]) if hit else None


def _longest_cue(table: dict, words: list[str]):
    """(length, cue) of the longest cue that the words open, or None."""
    for n in range(len(words), 0, -1):
        cue = table.get(tuple(words[:n]))
        if cue is None:
            word, clitic = strip_clitics(words[n - 1])
            cue = table.get((*words[:n - 1], word)) if clitic == "nya" else None
        if cue:
            return n, cue
    return None


class _Clause:
    """One sentence's tokens with the mentions at each token."""

    def __init__(self, doc: Document, sent: Sentence, mentions: list[Mention], quotes):
        mentions = sorted(mentions, key=lambda m: m.source in ("description", "pronoun", "group", "title"))
        self.doc = doc
        self.sent = sent
        self.toks = sent.tokens
        self.low = [t.text.lower() for t in self.toks]
        self.at: dict[int, Mention] = {}
        for m in mentions:
            idx = [k for k, t in enumerate(self.toks) if t.start >= m.start and t.end <= m.end]
            if not idx:
                continue
            a, b = idx[0], idx[-1]
            prev = self.at.get(a - 2)
            if prev is not None and prev.key == m.key and self.low[a - 1] == "(" \
                    and b + 1 < len(self.toks) and self.low[b + 1] == ")":
                idx = list(range(a - 1, b + 2))          # "Badan X (BX)": one actor, parentheses included
                m = prev
            self.at.update({k: m for k in idx})
        for m in mentions:                              # "Menteri Dalam Negeri Hendra Kusuma": the title
            if m.title_start is not None and m.title_start < m.start:   # words stand for their person
                for k, t in enumerate(self.toks):
                    if m.title_start <= t.start and t.end <= m.start and k not in self.at:
                        self.at[k] = m
        self.drop_relatives_of_named()
        self.bounds: dict[int, tuple[int, int]] = {}     # id(mention) -> (first token, last token)
        for k, m in sorted(self.at.items()):
            first, _ = self.bounds.get(id(m), (k, k))
            self.bounds[id(m)] = (first, k)
        self.quotes = quotes
        self.unresolved = {k for k, t in enumerate(self.toks)    # "polisi" with no police named:
                           if any(u.start <= t.start < u.end for u in doc.unresolved)}   # a subject we cannot name
        self.cues = cues()
        self.cue_table = event_cues()[0]
        self.last_agents: list[Mention] = []
        self.last_real_agents: list[Mention] = []     # of the last act not merely alleged or threatened
        self.last_verb_end = -1                          # where the last active cue with an agent ended
        self.authored: list[Event] = []                  # signings of one-sided instruments (decrees)
        self.denials: list[Event] = []                   # acts a denial says did not happen
        self.denying = False                             # the cue being read is under a denial
        start = self.speech_frame_end()
        self.front_comma = self.fronted_clause_end(start)
        opening = next((w for t, w in zip(self.toks[start:], self.low[start:]) if t.text not in QUOTE_MARKS), "")
        self.condition_end = self.front_comma if opening in self.cues.get("conditional", ()) \
            or self.future_time_clause(opening) or self.lasting_condition(opening, start) else None

    def lasting_condition(self, opening: str, start: int) -> bool:
        """Does the sentence open with an "as long as" clause (cues kind as_long_as: "Selama Israel
        tidak menarik pasukan, Hizbullah akan terus menyerang") that a negation or "masih" makes a
        condition of the main clause, not a time span ("Selama Ramadan, ...")?"""
        if opening not in self.cues.get("as_long_as", ()) or self.front_comma is None:
            return False
        return any(w in ("tidak", "tak", "belum", "masih") for w in self.low[start + 1:self.front_comma])

    def future_time_clause(self, opening: str) -> bool:
        """Does the sentence open with a time clause (cues kind future_when: "Begitu Rusia menyerang
        Polandia, NATO akan ...") whose main clause is still to come ("akan", "bakal")? Then the
        time clause is a condition."""
        if opening not in self.cues.get("future_when", ()) or self.front_comma is None:
            return False
        return any(w in ("akan", "bakal") for w in self.low[self.front_comma + 1:])

    def only_if_proven(self, i: int, after: list[str]) -> bool:
        """'akan memutus kontrak pangkalan yang terbukti memasok gudang itu': a future act on whoever
        is found out (cues kind proven_word after "yang") is a condition, not an announced act."""
        proven = self.cues.get("proven_word", ())
        return any(w in ("akan", "bakal") for w in self.low[max(0, i - 3):i]) \
            and any(after[n] == "yang" and after[n + 1] in proven for n in range(min(6, len(after) - 1)))

    def whoever_undergoes(self, i: int) -> bool:
        """'restoran yang kembali melanggar akan disegel', 'pelaku yang terbukti bersalah bakal
        ditahan': a future passive whose subject is a common noun with a "yang" clause of being
        found out or of offending again (cues kinds proven_word, offender_word) befalls whoever
        that turns out to be: a condition, not an announced act."""
        k = i - 1
        if k < 0 or self.low[k] not in ("akan", "bakal") or not _affixed(self.low[i], ("di",)):
            return False
        words = self.cues.get("proven_word", frozenset()) | self.cues.get("offender_word", frozenset())
        for y in range(k - 1, max(0, k - 8), -1):
            if y in self.at or self.low[y] in CLAUSE_PUNCT or self.low[y] in (".", ";"):
                return False
            if self.low[y] == "yang":
                return y + 1 < k and self.low[y + 1] in words and self.common_noun_before(y)
        return False

    def drop_relatives_of_named(self) -> None:
        """'Keponakan politikus itu ditangkap polisi', 'istri Budi melapor': a person named after a
        kinship noun (cues kind kin_noun) only says whose relative acts or is hit; the relative,
        unnamed, is no actor of the clause, and neither is the person named."""
        kin = cues().get("kin_noun", frozenset())
        named = {id(m) for k, m in self.at.items() if m.type == "Person" and k > 0 and self.at.get(k - 1) is not m
                 and self.kin_before(k, kin)}
        for k in [k for k, m in self.at.items() if id(m) in named]:
            del self.at[k]

    def kin_before(self, k: int, kin: frozenset[str]) -> bool:
        """Does a kinship noun stand before the person named at token k, right before it or with
        that person's office between ('tetangga eks dosen UIN Maliki Imam M.', 'istri mantan
        Bupati X'): at most two plain lowercase words (no verb, preposition or linker) and the
        names of bodies?"""
        n, plain = k - 1, 0
        while n >= 0 and k - n <= KIN_REACH:
            w, m = self.low[n], self.at.get(n)
            if m is None and w in kin and (self.toks[n].text.islower() or n == 0):
                return not self.given_to(n)
            if m is not None and m.type != "Person":
                n -= 1                                   # "UIN Maliki": the body of the office
                continue
            if m is not None or plain == 2 or not w.isalpha() or not self.toks[n].text.islower() \
                    or w in PREPOSITIONS or w in LINKERS or _affixed(w, ("me", "di", "ber", "ter")):
                return False
            n, plain = n - 1, plain + 1                  # "eks dosen", "mantan"
        return False

    def given_to(self, k: int) -> bool:
        """Does a recipient preposition ("bagi", "kepada", "untuk") stand before token k, a count
        between ("santunan bagi dua anak X": given to X's family, which X stands for)?"""
        n = k - 1
        while n >= 0 and (self.low[n].isdigit() or self.low[n] in COUNT_WORDS or self.low[n] in ("para", "kedua")):
            n -= 1
        return n >= 0 and self.low[n] in RECIPIENT | {"untuk"}

    def speech_frame_end(self) -> int:
        """Where the sentence proper starts after a short speech frame ("Ia menambahkan, kalau masih
        ada WNI tertinggal, Kemlu akan ..."): the token after the frame's comma when at most five
        words with a speech verb (cues kind speech) stand before it, else 0."""
        comma = next((k for k in range(min(6, len(self.low))) if self.low[k] == ","), None)
        speech = self.cues.get("speech", frozenset())
        if comma is None or not any(self.low[k] in speech and _affixed(self.low[k], ("me", "ber"))
                                    for k in range(comma)):
            return 0
        return comma + 1

    def fronted_clause_end(self, start: int = 0) -> int | None:
        """The comma that closes a clause opening the sentence (after a speech frame from token
        `start`) with a subordinator or a condition ("Sebelum Rusia menyerang Ukraina, NATO ..."),
        after that clause's first verb: no list of actors runs across it ("Ukraina, NATO" are no list)."""
        k = start
        while k < len(self.toks) and self.toks[k].text in QUOTE_MARKS:
            k += 1
        if k < len(self.low) and _has_form(self.low[k:k + 2][::-1], self.cues.get("adjunct_opener", ())):
            verb = True                                  # "Atas laporan ICW, Polri menangkap ...": a fronted
        elif k >= len(self.low) or not (self.low[k] in SUBORDINATORS   # adjunct, no verb needed
                                        or self.low[k] in self.cues.get("conditional", ())
                                        or self.low[k] in self.cues.get("future_when", ())
                                        or self.low[k] in self.cues.get("as_long_as", ())):
            return None
        else:
            verb = False
        for n in range(k + 1, len(self.low)):
            if self.low[n] in (";", ".") or self.toks[n].text in QUOTE_MARKS:
                return None
            if self.low[n] == ",":
                if verb:
                    return n
                if not any(x in self.at for x in range(k + 1, n)):
                    return None                          # "Meski begitu, ...": a connective, no clause
            verb = verb or n not in self.at and _affixed(self.low[n], ("me", "ber", "di", "ter"))
        return None

    # --- arguments -------------------------------------------------------------
    def named_body_of_place(self, first: int, m: Mention) -> bool:
        """Is the state or capital m the last word of a capitalised name the extractor did not
        resolve ("Kepolisian Metropolitan Tokyo", "Kepolisian Bolivia")? The body of that name
        acts, not the state; "Pemerintah X" and the like (cues kind state_head) stand for X."""
        if first < 1 or (m.type != "Country" and _actor_key(m) == m.key) or (first - 1) in self.at:
            return False
        w = self.toks[first - 1].text
        low = w.lower()
        if not (w[:1].isupper() and w.isalpha() and not w.isupper()) or low in self.cues.get("state_head", ()) \
                or any(low in words for words in (PREPOSITIONS, LINKERS, SUBORDINATORS, CLAUSE_ADVERBS, SUPPORT_SKIP,
                                                  DETERMINERS)):
            return False
        opening = first == 1 or not self.low[first - 2].isalnum()
        return not (opening and low in common_words())   # "Kini Jepang ...", "Namun China ...": a sentence's
                                                         # first word

    def locative_chain_start(self, first: int, last: int) -> int | None:
        """The token of the preposition that opens a chain of places the mention at tokens
        first..last closes, set off by commas ("ICJ di Den Haag, Belanda, memerintahkan"), or
        None ("Di Jakarta, Indonesia mengecam ...": a fronted place, then the subject)."""
        if last + 1 >= len(self.low) or self.low[last + 1] != ",":
            return None
        k = first
        while k > 1 and self.low[k - 1] == "," and (before := self.at.get(k - 2)) is not None \
                and is_a(before.type, "Place") and id(before) in self.bounds:
            k = self.bounds[id(before)][0]
        if k == first or k == 0 or self.low[k - 1] not in ("di", "dari", "ke"):
            return None
        return k - 1

    def _mention_left(self, i: int, hard_stop: set[str], genitive_ok: bool = False) -> tuple[int, Mention] | None:
        """Nearest actor before token i, scanning back to a clause boundary."""
        soft: tuple[int, Mention] | None = None
        k = i - 1
        while k >= 0:
            low = self.low[k]
            if low == ")" and self.before_parenthetical(k) != k and self.before_parenthetical(k) in self.at:
                k = self.before_parenthetical(k)        # "Polda Sumatera Utara (Sumut) menangkap": the body
                continue
            if low in hard_stop and not self.adverb(k) or self.toks[k].text in QUOTE_MARKS:
                break
            if k in self.unresolved:                    # "X mengatakan penyidik menahan ...": X's body;
                return self.speaker_body(k) or self.quoted_before(k) or soft   # '"…," ujarnya. Ia …': X
            if k not in self.at and self.armed_standin(k):
                return self.speaker_body(k)             # "Ia mengatakan drone menyerang ...": X's force
            if low in self.cues.get("pronoun_speaker", ()) and k not in self.at:
                relative = "yang" in self.low[k:i]          # "... yang dipakai untuk menembaki": not "kami"
                speaker = self.quote_speaker(i) if low in FIRST_PERSON and not relative else None
                if speaker:                                 # "kami" inside X's quotation is X
                    return k, Mention(self.toks[k].start, self.toks[k].end, self.toks[k].text,
                                      "Person", "pronoun", speaker)
                return soft                                 # an unresolved subject
            if k not in self.at and low.endswith("nya") and low[:-3] in self.cues.get("member_noun", ()):
                owner = self.owner_before()             # "Ratusan anggotanya berunjuk rasa": its members
                return (k, owner) if owner else soft
            m = self.at.get(k)
            if m and self._actor(m):
                first, last = self.bounds[id(m)]
                prev = self.low[first - 1] if first > 0 else ""
                if m.source == "title" and prev.isalpha() and prev not in LINKERS and not genitive_ok:
                    k = first - 1                       # "hak prerogatif Presiden": a genitive, no subject
                    continue
                chain = self.locative_chain_start(first, last) if is_a(m.type, "Place") else None
                if chain is not None:                   # "ICJ di Den Haag, Belanda, memerintahkan": the
                    seated = self.at.get(chain - 1)     # place says where ICJ sits; it does not act
                    if seated is not None and self._actor(seated) and not is_a(seated.type, "Place"):
                        return self.bounds[id(seated)][0], seated
                    return soft
                if self.named_body_of_place(first, m):
                    return soft                         # "Kepolisian Metropolitan Tokyo menangkap": a
                                                        # body the article names, not the state
                unit = self.at.get(first - 1) if first > 0 else None
                if unit is not None and unit is not m and unit.key != m.key and m.type != "Person" \
                        and is_a(unit.type, "Organization") and (is_a(m.type, "Organization") or _mere_place(m)):
                    m = unit                            # "Komisi IV DPR memanggil", "Dinkes NTT": the unit acts
                    first, last = self.bounds[id(m)]
                    prev = self.low[first - 1] if first > 0 else ""
                site = first - 1
                while site > 0 and self.low[site] in SITE_WORDS and site not in self.at:
                    site -= 1
                if site < first - 1 and self.low[site] in ("di", "ke", "dari", "menuju"):
                    prev = self.low[site]               # "di depan kantor PT X menuntut ...": a site, no subject
                possessed = last + 1 < len(self.low) and self.low[last + 1] == "-nya"
                government = prev == "di" and first > 1 and self.low[first - 2] == "pemerintah"
                member = prev in ("dalam", "di") and first > 1 and self.low[first - 2] in MEMBERSHIP
                if member:                              # "buruh yang tergabung dalam ABJB berunjuk rasa"
                    return first, m
                if self.origin_only(m) and not genitive_ok:   # "warga Jepang menolak ...": the people
                    return soft                         # act, not their state (a passive's subject,
                                                        # "nelayan Vietnam ditangkap", names the state hit)
                if (prev not in PREPOSITIONS or government) and not possessed:   # "Pemerintah di Dili"
                    return first, m
                if prev in SOFT_PREPS and soft is None:
                    soft = (first, m)
                k = first - 1
                continue
            k -= 1
        return soft

    def quoted_before(self, k: int) -> tuple[int, Mention] | None:
        """'"…," ujarnya. Dia membantah …': a personal pronoun (cues kind pronoun_person) that no
        name in view resolves, right after a quotation (ending in this sentence or the one
        before), is the quotation's speaker."""
        if self.low[k] not in self.cues.get("pronoun_person", ()):
            return None
        start = self.toks[k].start
        sents = self.doc.article.sentences
        si = _sentence_at(self.doc, self.sent.start)
        floor = sents[si - 1].start if si > 0 else self.sent.start
        said = [(b, sp) for a, b, sp in self.quotes if floor <= b <= start and sp]
        if not said:
            return None
        speaker = max(said)[1]
        return k, Mention(start, self.toks[k].end, self.toks[k].text, "Person", "pronoun", speaker, si)

    def armed_standin(self, k: int) -> bool:
        """Is token k a bare personnel noun or a force's arms (cues kinds personnel, armed_standin:
        "pasukan", "drone") right after a speech verb, so that the clause it opens is told of the
        speaker's body ("Ia mengatakan drone hanya menyerang ...") and not of the speaker?"""
        if self.low[k] not in self.cues.get("personnel", ()) and self.low[k] not in self.cues.get("armed_standin", ()):
            return False
        v = k - 1
        while v >= 0 and self.low[v] in (",", "bahwa"):
            v -= 1
        return v >= 0 and self.low[v] in self.cues.get("speech", ()) and _affixed(self.low[v], ("me", "ber"))

    def speaker_body(self, k: int) -> tuple[int, Mention] | None:
        """'Direktur Penyidikan DJBC, R, mengatakan penyidik telah menahan ...': a stand-in for a
        body that no name in view resolves ("penyidik", "polisi") opening a clause reported by a
        speech verb (cues kind speech) acts for the speaker's own body: the organisation the
        speaker holds a position in (the speaker when the text names that body only through the
        speaker's title), or the speaker when that is an organisation."""
        v = k - 1
        while v >= 0 and self.low[v] in (",", "bahwa"):
            v -= 1
        if v < 0 or self.low[v] not in self.cues.get("speech", ()) or not _affixed(self.low[v], ("me", "ber")):
            return None
        found = self._mention_left(v, {";", "."} | QUOTE_MARKS)
        speaker = found[1] if found else None
        if speaker is None or speaker.key is None:
            return None
        if speaker.type != "Person":
            return (k, speaker) if is_a(speaker.type, "Organization") else None
        org = next((p.org for p in self.doc.positions if p.person == speaker.key and p.org), None)
        entity = self.doc.entities.get(org) if org else None
        if entity is None or not is_a(entity.type, "Organization"):
            return None
        if entity.label not in self.doc.article.text:
            return k, speaker                           # a body known only from a title ("Kapolda X"): its officer
        return k, Mention(self.toks[k].start, self.toks[k].end, self.toks[k].text, entity.type, "description",
                          org, speaker.sentence)

    def clause_break(self, k: int) -> bool:
        """Does token k end the clause a phrase is read in (a full stop or semicolon, a
        subordinator, a quotation mark)?"""
        return self.low[k] in (".", ";") or self.low[k] in SUBORDINATORS or self.toks[k].text in QUOTE_MARKS

    def purpose_agents(self, u: int) -> list[Mention]:
        """The agents of a purpose clause ("untuk memprotes ...") after a passive: its "oleh" actors."""
        for k in range(u - 1, max(-1, u - 12), -1):
            if self.clause_break(k):
                return []
            if self.low[k] == "oleh":
                m = self.mention_after(k + 1, allow_fillers=False)
                if m is None or self.bounds[id(m)][1] + 1 < u and self.low[self.bounds[id(m)][1] + 1] != "(":
                    return []                        # the actor must end where the purpose begins
                return self.coordinated_after(m, joint=True)
        return []

    def owner_before(self) -> Mention | None:
        """The organisation a possessive '-nya' in this sentence points back to: the last one
        named in the previous sentence (not a media outlet of the dateline)."""
        si = _sentence_at(self.doc, self.sent.start)
        before = [m for m in self.doc.mentions if m.key and m.sentence == (si or 0) - 1
                  and is_a(m.type, "Organization") and m.type != "MediaOrganization" and m.source != "metadata"]
        return before[-1] if before and si else None

    def passive_support_agents(self, j: int) -> list[Mention]:
        """The agents of an event noun that is the subject of a passive light verb ("Kecaman
        disampaikan oleh X") or of a verb of coming from (cues kind support_source: "Dukungan untuk
        Riga datang dari Lituania dan Estonia")."""
        support = self.cues.get("support_passive", frozenset())
        source = self.cues.get("support_source", frozenset())
        for k in range(j, min(len(self.toks) - 2, j + 10)):
            if self.low[k] in (".", ";") or self.low[k] in SUBORDINATORS:
                return []
            if f"{self.low[k]} {self.low[k + 1]}" in source:
                aimed = any(self.low[x] in AIMED_AT and x + 1 in self.at and self._actor(self.at[x + 1])
                            for x in range(j, k))
                m = self.mention_after(k + 2, allow_fillers=False) if aimed else None
                return self.coordinated_after(m, joint=True) if m else []   # "Dukungan untuk X datang
                                                                              # dari Y"; not "Kritik datang dari Y"
            by = k + 1 + (self.low[k + 1] in BY_ADVERBS)     # "dilakukan langsung oleh X"
            if self.low[k] in support and by + 1 < len(self.toks) and self.low[by] == "oleh":
                m = self.team_body(self.mention_after(by + 1, allow_fillers=False) or self.members_from(by + 1)
                                   or self.partner_after(by + 1))
                return self.coordinated_after(m, joint=True) if m else []
        return []

    def partner_after(self, k: int) -> Mention | None:
        """'diajukan oleh masyarakat adat X bersama Walhi': when the phrase after "oleh" opens with
        people no actor names, the body named after "bersama" in the same phrase acts with them."""
        for x in range(k, min(len(self.toks) - 1, k + 8)):
            if x in self.at and is_a(self.at[x].type, "Place"):
                continue                                 # "masyarakat adat Dayak X": where they live
            if x in self.at or self.low[x] in CLAUSE_PUNCT or self.low[x] in (".", ";", "yang") \
                    or self.low[x] in PREPOSITIONS or self.low[x] in SUBORDINATORS:
                return None
            if self.low[x] == "bersama":
                m = self._acting(self.at.get(x + 1))
                return m if m is not None and is_a(m.type, "Organization") else None
        return None

    def case_topic(self, i: int) -> bool:
        """'Pengungkapan kasus dugaan penganiayaan itu dilakukan oleh X': an event noun after "kasus"
        or "perkara" ("dugaan" between) names a case; the one who acts on the case does not do it."""
        k = i - 1
        if k >= 0 and self.low[k] == "dugaan":
            k -= 1
        return k >= 0 and self.low[k] in ("kasus", "perkara")

    def paired_verb(self, i: int) -> int | None:
        """'... lima orang tak dikenal menculik dan menganiayanya': the event verb right before
        "dan" or "serta" that the verb at token i is paired with; its subject is this one's."""
        if i < 2 or self.low[i - 1] not in ("dan", "serta") or i - 2 in self.at:
            return None
        paired = _affixed(self.low[i - 2], ("me",)) and len(self.low[i - 2]) > 4 \
            and _cue_at(self.low, i - 2, event_cues()[1]) is not None
        return i - 2 if paired else None

    def continues_subordinate(self, i: int) -> bool:
        """Does the coordinated verb at token i go on with a subordinate clause that has a
        common-noun subject of its own ("X mengecam Mali setelah tentara merebut kekuasaan dan
        menahan Presiden Y": the soldiers detain him, not X)? A comma before the coordinator
        goes back to the main clause ("setelah junta menunda pemilu, dan menuntut ...")."""
        v = self.first_verb(i)
        return v is not None and "," not in self.low[v:i] and self.noun_subject_after_subordinator(v)

    def first_verb(self, i: int) -> int | None:
        """The first verb of the clause that the coordinated verb at token i continues."""
        verbs = [k for k in range(i - 2, -1, -1) if k not in self.at and len(self.low[k]) > 4
                 and self.low[k].startswith(("me", "ber")) and self.low[k - 1] != "yang"
                 and self.low[k] not in PREPOSITIONS]           # "Berdasarkan MoU ...": no verb
        for k in range(i - 2, -1, -1):
            if self.adverb(k):
                continue
            if self.low[k] in (";", ".") or self.low[k] in SUBORDINATORS or self.toks[k].text in QUOTE_MARKS:
                verbs = [v for v in verbs if v > k]
                break
        return verbs[-1] if verbs else None

    def recipient(self, k: int) -> Mention | None:
        """The actor at token k when "bagi" or "kepada" introduces it (or the list it opens)."""
        m = self._acting(self.at.get(k))
        if m is None or m.source == "pronoun":
            return None                                 # "diperlukan bagi mereka untuk ...": a need
        start = self.bounds[id(m)][0]
        while start > 1 and self.low[start - 1] in (",", "dan", "serta"):
            sep = start - 1 - (self.low[start - 1] in ("dan", "serta") and self.low[start - 2] == ",")
            prev = self._acting(self.at.get(sep - 1)) if sep > 0 else None
            if prev is None:
                break
            start = self.bounds[id(prev)][0]            # "bagi Indonesia dan Jepang": the list's first
        return self.at[start] if start > 0 and self.low[start - 1] in RECIPIENT else None

    def purpose_recipients(self, i: int) -> list[Mention]:
        """'kesempatan bagi Indonesia dan Jepang untuk memperkuat ...': the actors a purpose clause
        at token i is given to, named right before its "untuk"."""
        k = i - 1
        while k >= 0 and self.low[k] in CLAUSE_ADVERBS:
            k -= 1
        if k < 1 or self.low[k] not in ("untuk", "guna"):
            return []
        first = self.recipient(k - 1)
        return self.coordinated_after(first) if first is not None else []

    def escorted_object(self, i: int) -> bool:
        """Does the verb at token i complement a verb that hands its act to its object (cues kind
        escort: "mendampingi", "membantu", "memaksa") whose object, between the two, names no actor
        ("LBH mendampingi 21 buruh menggugat PT X", "siap membantu warga menggugat izin itu")? Then
        that object does the act, and no one named does."""
        handing = self.cues.get("escort", frozenset())
        k, words = i - 1, 0
        while k >= 0:
            w = self.low[k]
            if w in handing:
                return words > 0
            if k in self.at or w in CLAUSE_PUNCT or w in SUBORDINATORS or w in PREPOSITIONS \
                    or w in ("yang", "dan", "serta", "atau") or _affixed(w, ("me", "ber", "di", "ter")):
                return False
            words += w not in CLAUSE_ADVERBS
            k -= 1
        return False

    def urged_public(self, i: int) -> bool:
        """'BMKG mengingatkan masyarakat untuk meningkatkan kewaspadaan', 'meminta para pejabat
        penegak hukum untuk mengadili ...': the cue at token i opens a purpose clause ("untuk",
        "agar", "supaya") whose controller, the object of an appeal, is named by common nouns only.
        After a request (cues kinds request, appeal_noun: "imbauan kepada warga agar") any such
        object acts; after a speech verb ("mengingatkan") only the public or a crowd (cues kinds
        public_noun, crowd_noun). Those who act are no actor, and the one who appeals does not act.
        The appealer's own staff (cues kinds personnel, own_body; "-nya" words) is left alone."""
        k = i - 1
        while k >= 0 and self.low[k] in CLAUSE_ADVERBS:
            k -= 1
        if k < 2 or self.low[k] not in ("untuk", "agar", "supaya"):
            return False
        public = self.cues.get("public_noun", frozenset()) | self.cues.get("crowd_noun", frozenset())
        own = self.cues.get("personnel", frozenset()) | self.cues.get("own_body", frozenset())
        request = set().union(*(self.cues.get(kind, ()) for kind in ("request", "appeal_noun")))
        speech = self.cues.get("speech", frozenset())
        n, words = k - 1, []
        while n >= 0 and k - n <= 8 and self.low[n] not in request and self.low[n] not in speech:
            w = self.low[n]
            if n in self.at or not self.toks[n].text.isalpha() or not self.toks[n].text.islower() \
                    or w.endswith("nya") or w in own:
                return False                    # "meminta warga Israel untuk ...": an actor after it
            if w not in ("kepada", "bagi", "pada", "para", "seluruh", "semua"):
                words.append(w)
            n -= 1
        if n < 0 or not words:
            return False
        return self.low[n] in request or any(w in public for w in words)

    def escort_complement(self, j: int) -> bool:
        """Is the object of a verb of kind escort, from token j, people named by no actor and then
        a verb of their own ("mendampingi 30 petani menggugat ...")? The mirror of escorted_object."""
        words = 0
        for k in range(j, len(self.low)):
            w = self.low[k]
            if k in self.at or w in CLAUSE_PUNCT or w in PREPOSITIONS or w in ("yang", "dan", "serta", "atau"):
                return False
            if _affixed(w, ("me", "ber")):
                return words > 0
            words += 1
        return False

    def relative_verb(self, h: int) -> int | None:
        """'X yang menutup tambang dan melakukan investigasi': the first verb of a relative
        clause that the coordinated verb at token h continues (no comma between them)."""
        for k in range(h - 2, 0, -1):
            w = self.low[k]
            if w in CLAUSE_PUNCT or self.clause_break(k):
                return None
            if self.low[k - 1] == "yang" and k not in self.at and _affixed(w, ("me", "ber")):
                return k
        return None

    def adverb(self, k: int) -> bool:
        """'menghentikan sementara', 'ditutup sementara': "sementara" right after a verb means
        "temporarily" and opens no clause ("sementara" = "while" elsewhere)."""
        return self.low[k] == "sementara" and k > 0 and k - 1 not in self.at \
            and _affixed(self.low[k - 1], ("me", "ber", "di", "ter"))

    def shares_subject(self, i: int) -> bool:
        """Does the cue open a coordinated verb phrase ("tetapi juga", ", lalu", "dan"), or follow
        right after an active event verb with an agent ("berunjuk rasa menentang X")?"""
        k = i - 1
        while k >= 0 and self.low[k] in SHARED_SUBJECT_ADVERBS:
            k -= 1                                      # "... ke polisi dan akan menuntut ganti rugi"
        verb = _affixed(self.low[i], ("me", "ber"))   # "... ZEE Argentina dan
        if k >= 1 and self.low[k] == "," and verb and any(self.low[x] in SEQUEL for x in range(k + 1, i)):
            return True                                 # "memeriksa A dan B, lalu melaporkan keduanya"
        if verb and i == self.last_verb_end:
            return True                                 # "berunjuk rasa menentang X": serial verbs, one subject
        return k >= 0 and self.low[k] in {"tetapi", "namun", "dan", "serta", "lalu", "sekaligus"} \
            and (k == 0 or self.at.get(k - 1) is None or verb)                   # menuntut": a verb goes on

    def excluded(self, form: str, j: int, target: str | None, body: Mention | None = None, i: int = 0,
                 agents: int = 1) -> bool:
        """Is the cue part of a fixed expression that is not an event ("menahan diri")? A count
        right after the cue is read over ("mengerahkan 40 tim pengasapan", "mengamankan tiga poin"), and so is a quantity
        word ("menahan sebagian gaji guru"). `body`: the target mention, for cues that are no
        event on an organisation named right after them ("mengamankan Kejaksaan Tinggi": guarded,
        not arrested). `agents`: how many agents act ("<no-party>": one alone, with no target,
        holds no meeting with anyone)."""
        k = j + 1 if j < len(self.low) and (self.low[j].replace(".", "").isdigit() or self.low[j] in COUNT_WORDS) else j
        while k < len(self.low) and self.low[k] in ABSTRACT_SKIP:
            k += 1
        for nxt in event_exclusions().get(form, ()):
            if nxt == ("<no-target>",):
                if target is None:
                    return True
            elif nxt == ("<no-party>",):
                if target is None and agents < 2 and not self.plural_subject(i):
                    return True
            elif nxt == ("<person-object>",):
                if target is None and not self.person_object(j):
                    return True
            elif nxt == ("<public-object>",):
                if self.public_object(j):
                    return True
            elif nxt == ("<animal-object>",):
                if self.animal_object(j):
                    return True
            elif nxt == ("<actor-object>",):
                if self.at.get(j) is not None and self._actor(self.at[j]):
                    return True
            elif nxt == ("<nominee-object>",):
                if target is None and not self.nominee_object(j):
                    return True
            elif nxt == ("<person-subject>",):
                if target is None and not self.person_subject(i):
                    return True
            elif nxt == ("<body-target>",):
                if body is not None and self.at.get(j) is body and is_a(body.type, "Organization"):
                    return True
            elif tuple(self.low[j:j + len(nxt)]) == nxt or tuple(self.low[k:k + len(nxt)]) == nxt:
                return True
        return False

    def plural_subject(self, i: int) -> bool:
        """Does a plural group phrase ("para menteri keamanan negara anggota akan menggelar rapat",
        "kedua delegasi ...") stand in the few words before the cue at token i, in its clause? Then
        several unnamed parties act together."""
        for k in range(i - 1, max(-1, i - PLURAL_REACH), -1):
            if self.low[k] in CLAUSE_PUNCT or self.low[k] in SUBORDINATORS:
                return False
            if self.low[k] in PLURAL_OPENERS:
                return True
        return False

    def public_object(self, j: int) -> bool:
        """Does the object after the cue at token j open with a noun of the general public
        ("memperingatkan investor Indonesia", "memperingatkan para wisatawan asing")?"""
        public = self.cues.get("public_noun", frozenset()) | self.cues.get("crowd_noun", frozenset())
        k = j + 1 if j < len(self.low) and self.low[j] in {"para", "seluruh", "semua"} else j
        return any(" ".join(self.low[k:k + n]) in public for n in (1, 2))

    def not_a_party(self, m: Mention, code: str) -> bool:
        """Is the target mention m only a source or a thing's make? A name in a speech aside
        ("Barang-barang itu, jelas Budi, telah disita ...": a speech word right before it, a comma or
        quote right after) reports the act. For coercion (17), a name right after a vehicle, driver or
        plate word (cues kinds machine, plate_word; "dinas", "nomor" between) is the vehicle's make
        or the plate's owner ("menyita mobil Honda Jazz", "pengemudi mobil berpelat dinas Polri
        diamankan"), not the one arrested or seized from ("sopir Budi" is the driver: left alone)."""
        if id(m) not in self.bounds:
            return False
        first, last = self.bounds[id(m)]
        if first == 0:
            return False
        before = self.low[first - 1]
        if before in self.cues.get("speech", ()) and not _affixed(before, ("me", "di", "ber")) \
                and (last + 1 >= len(self.low) or self.low[last + 1] == "," or self.toks[last + 1].text in QUOTE_MARKS):
            return True
        if not code.startswith("17"):
            return False
        k = first - 1
        while k > 0 and self.low[k] in ("dinas", "nomor"):
            k -= 1
        return any(self.low[k] in self.cues.get(kind, ()) for kind in ("machine", "plate_word"))

    def nominee_object(self, j: int) -> bool:
        """Is the object after the cue at token j someone put forward: a person ("mengusung kader
        terbaiknya") or a nominee noun (cues kind nominee_noun: "mengusung calon sendiri",
        "mengusung pasangan petahana") among its first three words? A theme or a design
        ("mengusung tema kebersamaan") is not."""
        nominees = self.cues.get("nominee_noun", frozenset())
        return self.person_object(j) or any(w in nominees for w in self.low[j:j + 3])

    def animal_object(self, j: int) -> bool:
        """Is the object after the cue at token j an animal ("menangkap dua ekor buaya", "menangkap
        dua lalat": cues kind animal, or a count with "ekor")?"""
        k = j
        while k < len(self.low) and (self.low[k] in QUANTIFIERS or self.low[k] in COUNT_WORDS
                                     or NUMBER.fullmatch(self.low[k]) or self.low[k] in ("para", "beberapa")):
            k += 1
        if k < len(self.low) and self.low[k] in ("ekor", "seekor"):
            return True
        return k < len(self.low) and self.low[k].split("-")[0] in self.cues.get("animal", ())

    def person_subject(self, i: int) -> bool:
        """Is the subject of the passive cue at token i a person ("dua pemuda itu diamankan",
        "pelaku berhasil diamankan") rather than a thing ("barang bukti tersebut diamankan")? A
        person noun, an actor or initials among the few words before it, back to a clause edge."""
        people = _people_nouns()
        for k in range(i - 1, max(-1, i - 7), -1):
            w = self.low[k]
            if w in CLAUSE_PUNCT or w in SUBORDINATORS or w == "yang":
                return False
            if w in people or k in self.at or self.toks[k].text.isalpha() and self.toks[k].text.isupper():
                return True
        return False

    def person_object(self, j: int) -> bool:
        """Is the object after the cue at token j a person ("mengamankan enam pemuda", "mengamankan
        para pelaku", a suspect's initials "mengamankan BA") or a vessel held with its crew ("menahan
        kapal kargo")? A person or vessel noun or a count among the first three words of the object
        (before a preposition, clause word or punctuation) makes it one."""
        people = _people_nouns() | self.cues.get("vessel", frozenset())
        for k in range(j, min(len(self.low), j + 3)):
            w = self.low[k]
            w = w.split("-")[0] if re.fullmatch(r"(\w+)-\1", w) else w   # "orang-orang", "warga-warga": plural
            if w in people or k in self.at or self.toks[k].text.isalpha() and self.toks[k].text.isupper() \
                    or w.isdigit() or w in COUNT_WORDS or w == "seorang" or (w,) in titles():
                return True                             # "menahan 12 orang", "menahan kapal", "menahan bupati itu"
            if not w.isalnum() or w in PREPOSITIONS or w in SUBORDINATORS or w == "yang":
                return False
        return False

    def identifying_clause(self, i: int, form: str) -> bool:
        """"Partai X, yang mengusung Y pada pilkada lalu, ...", "calon yang diusung Partai X": a
        cue marked "<relative>" in event_exclusions.tsv (a standing relation such as a party's
        backing of its candidate) inside a "yang" clause says who someone is, not what was done.
        Adverbs of time may stand between ("yang pernah diusung"). Any act in a "yang pernah"
        clause (or "yang dulu") is the actor's past, background to the news ("Qatar, yang pernah menjadi penengah
        kedua negara, menawarkan diri ...")."""
        k = i - 1
        while k >= 0 and self.low[k] in ("pernah", "sudah", "telah", "dulu", "dahulu", "sempat", "juga", "ikut", "turut"):
            k -= 1
        if k < 0 or self.low[k] != "yang":
            return False
        return ("<relative>",) in event_exclusions().get(form, ()) \
            or any(w in ("pernah", "dulu", "dahulu") for w in self.low[k + 1:i])   # "yang dulu menempatkan ..."

    def support_verb(self, i: int) -> int | None:
        """Where the light verb that governs the event noun at token i stands ("melancarkan
        (aksi) serangan"), if any. Only then does the noun's event take the clause's subject
        as its agent."""
        k = i - 1
        while k >= 0 and i - k <= 3:
            w = self.low[k]
            if w in PREPOSITIONS or w in SUBORDINATORS or w in CLAUSE_PUNCT:
                return None
            if w in self.cues.get("support", ()) or w in self.cues.get("mutual_support", ()) and self.mutual_at(i):
                return k                         # "A dan B terlibat baku tembak": both take part
            if _affixed(w, ("me", "ber", "di", "ter")):
                return None                      # "mengecam serangan": the noun is an object, not an act
            if w not in SUPPORT_SKIP:
                return None
            k -= 1
        return None

    def known_act_agents(self, code: str) -> list[Mention]:
        """The agent of the last act of the article before this sentence with the same CAMEO root,
        told as done or not (only a denied one does not count), as a mention ("Yaman menggempur kota
        itu. X menyatakan serangan tersebut ...": Yaman; "ditahan aparat X tanpa pengadilan": X)."""
        prev = next((e for e in reversed(self.doc.events) if e.code[:2] == code[:2] and e.modality != "negated"
                     and e.evidence.start < self.sent.start), None)
        m = next((m for m in self.doc.mentions if prev is not None and m.key == prev.agent), None)
        return [m] if m is not None else []

    def tested(self, i: int) -> bool:
        """Does a test phrase (cues kind test_fire: "uji coba", "uji tembak") end right before the
        weapon or attack noun at token i ("uji coba senjata nuklir", "uji coba serangan rudal")?"""
        tests = self.cues.get("test_fire", frozenset())
        return any(" ".join(self.low[max(0, i - n):i]) in tests for n in (1, 2))

    def said_known_act(self, k: int, j: int) -> bool:
        """Is the light verb at k also a speech verb ("menyatakan", "menyampaikan") and its event
        noun, ending before j, closed by a determiner and followed by a predicate (a verb, an
        auxiliary, a copula: "menyatakan penahanan itu melanggar hukum")? Then the noun is a known
        act, the subject of what is said, not the speaker's own act ("menyampaikan kecaman
        tersebut kepada X" stays the speaker's)."""
        if self.low[k] not in self.cues.get("speech", ()) or j + 1 >= len(self.low) or self.low[j] not in DETERMINERS:
            return False
        w = self.low[j + 1]
        return _affixed(w, ("me", "ber", "di", "ter")) or w in self.cues.get("subject_aux", ()) \
            or w in self.cues.get("copula", ())


    def purpose_head(self, i: int) -> int | None:
        """'Kemlu memanggil Dubes X, Y, untuk memprotes ...': when the cue at token i opens a
        purpose clause ("untuk", "guna"), the active verb it depends on, whose subject acts
        in it too; None when there is none or when that verb hands the act to its object
        ("meminta X untuk ...", "memberi X waktu untuk ...": cues kinds request, order,
        object_control)."""
        k = i - 1
        while k >= 0 and self.low[k] in CLAUSE_ADVERBS:
            k -= 1
        if k < 1 or self.low[k] not in ("untuk", "guna") and self.low[k] not in SHARED_SUBJECT_LINKS:
            return None                          # ("menahan X setelah memeriksanya": the same subject)
        handing = self.cues.get("request", frozenset()) | self.cues.get("order", frozenset()) \
            | self.cues.get("object_control", frozenset())
        for v in range(k - 1, -1, -1):
            w = self.low[v]
            if w in (".", ";", "yang") or w in SUBORDINATORS or self.toks[v].text in QUOTE_MARKS:
                return None
            if self.recipient(v) is not None:
                return None                      # "momentum bagi A dan B untuk memperkuat ...": A and B act
            if v in self.at or w in PREPOSITIONS or w in CLAUSE_ADVERBS or not _affixed(w, ("me", "ber", "di", "ter")):
                continue                         # "melalui", "memang": no verbs
            if w in handing or w in self.cues.get("speech", ()) or not _affixed(w, ("me", "ber")):
                return None                      # a passive's purpose is its "oleh" actor's (purpose_agents)
            return v
        return None

    def quote_speaker(self, i: int) -> str | None:
        """The speaker of the quotation that contains token i, if any."""
        pos = self.toks[i].start
        return next((sp for a, b, sp in self.quotes if a <= pos < b), None)

    def agent_before(self, i: int, genitive_ok: bool = False) -> tuple[int, Mention] | None:
        """The subject of the clause before token i (crossing a subordinator if none, and
        skipping an apposition: "PBP, partai pengusung Darmawan, mengkritik ..."). A passive's
        subject may be an office holder's act ("Keputusan Presiden itu dikritik"): genitive_ok."""
        if self.noun_subject_after_speech(i) or self.common_subject_of_said_clause(i) \
                or self.noun_subject_after_until(i) or self.headless_subject(i) or self.case_relative(i):
            return None                             # "menilai pengucilan akan mendorong ...": not the judge
        found = self._mention_left(i, CLAUSE_PUNCT | SUBORDINATORS | {"yang"}, genitive_ok) or self.relative_head(i)
        if found:
            return found
        if self.common_relative_head(i) or self.object_relative_head(i):
            return None                             # "para dokter yang mogok": the doctors, no actor
        k, control = i - 1, self.cues.get("control", frozenset())
        while k >= 0:
            if self.low[k] in {"juga", "pun", "telah", "sudah", "akan", "kemudian", "lalu", "langsung",
                               "segera", "justru", "bahkan", "akhirnya", "kembali"} or self.low[k] in control:
                k -= 1                              # "Mali, anggota AES, menyatakan mendukung ..."
            elif k > 0 and " ".join(self.low[k - 1:k + 1]) in control:
                k -= 2                              # "menawarkan diri menjadi ..."
            else:
                break
        if k > 1 and self.low[k] == ",":
            c0 = next((x for x in range(k - 1, max(-1, k - 16), -1) if self.low[x] == ","), None)
            inner = self.at.get(c0 + 1) if c0 is not None else None
            place = inner is not None and _mere_place(inner) and self.bounds[id(inner)][1] == k - 1
            if c0 is not None and c0 > 0 and (self.toks[c0 + 1].text[:1].islower() or place):
                m = self.at.get(c0 - 1)                 # "Kejari X, Jawa Tengah, menahan ...": X
                if m is not None and self._actor(m):
                    return self.bounds[id(m)][0], m
        if self.noun_subject_after_subordinator(i):
            return None                             # "meski sebagian warga sempat menolak": their own subject
        found = self._mention_left(i, {";", ":"} | QUOTE_MARKS, genitive_ok)
        if found and found[0] > 0 and self.low[found[0] - 1] == "menurut" \
                and any(self.low[k] in SUBORDINATORS for k in range(found[0], i)):
            return None                             # "Menurut dia, mereka ditahan karena melempari ...":
        return found                                # the source does not act in a clause past a
                                                    # subordinator ("Menurut dia, balai menegur X": his body)

    def headless_subject(self, i: int) -> bool:
        """Is the cue at token i done by someone the clause does not name: a headless relative right
        after a speech verb or "bahwa" ("mengatakan yang berwenang mencabut izin ada di X": whoever
        has the power), or the "dalam" adjunct of a state noun whose owner is unnamed
        ("mempertanyakan keseriusan pemerintah dalam mencabut izin": the government's act)?"""
        said = self.cues.get("speech", frozenset()) | self.cues.get("opinion", frozenset())
        for k in range(i - 1, max(0, i - 3), -1):
            if self.low[k] == "yang":
                return self.low[k - 1] in said or self.low[k - 1] == "bahwa"
            if k in self.at or not self.low[k].isalpha():
                break
        if i < 3 or self.low[i - 1] != "dalam":
            return False
        return _abstract_noun(self.low[i - 2]) or _abstract_noun(self.low[i - 3]) and i - 2 not in self.at \
            and self.toks[i - 2].text.islower()

    def noun_subject_after_until(self, i: int) -> bool:
        """'membalas tembakan hingga para penyerang mundur': a clause after "hingga"/"sampai" with a
        common-noun subject of its own; the main clause's actor does not do it."""
        k = next((x for x in range(i - 1, max(-1, i - 6), -1) if self.low[x] in ("hingga", "sampai")), None)
        return k is not None and self.noun_subject_after_subordinator(i)

    def noun_subject_after_speech(self, i: int) -> bool:
        """'menilai pengucilan hanya akan mendorong X', 'mengatakan drone tersebut sedang
        berpatroli': a clause reported by a speech or opinion verb (cues kinds speech, opinion)
        whose own subject, between that verb and the cue, is a common noun (no actor, no
        pronoun, no '-nya' word standing for the speaker's side, no stand-in like "penyidik"):
        the speaker does not do what the clause says."""
        said = self.cues.get("speech", frozenset()) | self.cues.get("opinion", frozenset())
        noun = False
        for k in range(i - 1, max(-1, i - 9), -1):
            w = self.low[k]
            if w in said and _affixed(w, ("me", "ber")):
                return noun
            if w == "," and noun and self.source_before(k):
                return True                         # "Menurut dia, sebagian besar pengusaha sudah ..."
            if w == "," and k > 0 and self.low[k - 1] in said:
                continue                            # "mengatakan, warga menolak ..."
            if noun and w in GROUP_QUANTIFIERS:
                continue                            # "sebagian besar pengusaha"
            if noun and w == "dari" and k > 0 and self.low[k - 1] in ("lebih", "kurang"):
                continue                            # "lebih dari 5.000 orang": a count, no preposition
            if w == "kali" or k + 1 < i and self.low[k + 1] == "kali":
                continue                            # "sudah tiga kali menegur": how often, no subject
            if w == "dikenal" and k > 0 and self.low[k - 1] in ("tak", "tidak"):
                continue                            # "lima orang tak dikenal menculik ...": unknown people
            if w == "bahwa" and noun:
                return True                         # "memberi tahu warga bahwa tsunami sedang mengancam",
                                                    # "mengeluarkan pernyataan bahwa gempa menghantam X"
            if w in CLAUSE_ADVERBS or w in SUPPORT_SKIP or w in DETERMINERS or w == "bahwa" or any(
                    w in self.cues.get(kind, ()) for kind in ("planned", "intent", "control", "negation")):
                continue                            # "hanya akan", "tersebut", "menyatakan siap ..."
            if not noun and k > 0 and self.low[k - 1] in VAGUE_COUNTS and k not in self.at and w.isalpha() \
                    and self.toks[k].text.islower() and not _affixed(w, ("me", "di", "ber", "ter")):
                noun = True                         # "menyebut beberapa negara telah menawarkan ...":
                continue                            # others, counted, not the speaker's side
            if not noun and (w in self.cues.get("own_body", ()) or _org_head(w)):
                return False                        # "mengatakan perusahaan tengah bernegosiasi": the
                                                    # speaker's own company
            if not noun and w in self.cues.get("complement_noun", ()):
                return False                        # "mengungkapkan alasan belum menahan X": its own act
            if not noun and w in PUBLIC_NOUNS and k + 1 not in self.at:
                noun = True                         # "mengatakan, warga menolak ...": the public, not
                continue                            # "warga Israel" (an actor after it)
            if k in self.at or k in self.unresolved or not (w.isalpha() or NUMBER.fullmatch(w)) \
                    or w.endswith("nya") or w in FILLERS or w in PREPOSITIONS or w in SUBORDINATORS \
                    or w in LINKERS or w in self.cues.get("pronoun_speaker", ()) \
                    or w in self.cues.get("pronoun_person", ()) or w in self.cues.get("pronoun_group", ()) \
                    or _affixed(w, ("me", "di", "ber", "ter")) or w == "yang":
                return False
            noun = True
        return False

    def source_before(self, k: int) -> bool:
        """Does "menurut X" or a fronted "kata X" end right before token k ("Menurut dia, ...",
        "Menurut Kapolres, ...", "Kata Budi, ...": a speech word's base form opening the sentence)?"""
        m = self.at.get(k - 1)
        start = self.bounds[id(m)][0] if m is not None and id(m) in self.bounds else None
        if start is None or start == 0:
            return False
        before = self.low[start - 1]
        return before == "menurut" or start == 1 and before in self.cues.get("speech", ()) \
            and not _affixed(before, ("me", "di", "ber"))

    def common_subject_of_said_clause(self, i: int) -> bool:
        """'menilai kenaikan di tengah lesunya daya beli akan memukul X': like
        noun_subject_after_speech, for a longer subject with prepositional phrases in it. The
        reported clause opens with a common noun right after the speech or opinion verb (after
        "bahwa" and adverbs), and nothing between it and the cue could be a subject of its own
        (no pronoun, no stand-in, no actor outside a prepositional phrase, no clause break); a cue
        coordinated by "dan" is left alone ("menyebut kerugian mencapai X dan meminta ...")."""
        said = self.cues.get("speech", frozenset()) | self.cues.get("opinion", frozenset())
        pronouns = self.cues.get("pronoun_speaker", frozenset()) | self.cues.get("pronoun_person", frozenset()) \
            | self.cues.get("pronoun_group", frozenset())
        skip = CLAUSE_ADVERBS | SUPPORT_SKIP | {"bahwa"} | set().union(
            *(self.cues.get(kind, ()) for kind in ("planned", "intent", "control", "negation")))
        j = i - 1
        while j >= 0 and self.low[j] in skip:
            j -= 1
        if j < 0 or self.low[j] in LINKERS or self.low[j] in LIST_SEPARATORS:
            return False
        verb, k = None, j
        while k >= max(0, i - 16):
            w = self.low[k]
            m = self.at.get(k)
            if m is not None:
                first = self.bounds[id(m)][0]
                if first == 0 or self.low[first - 1] not in PREPOSITIONS:
                    return False                    # an actor that may be the clause's subject
                k = first - 1
                continue
            if w in said and _affixed(w, ("me", "ber")):
                verb = k
                break
            if w in CLAUSE_PUNCT or w in QUOTE_MARKS or w in SUBORDINATORS or w == "yang" or k in self.unresolved \
                    or w in pronouns or w in ("pihaknya", "dirinya"):
                return False
            k -= 1
        if verb is None:
            return False
        f = verb + 1
        while f < j and self.low[f] in skip and self.low[f] not in VAGUE_COUNTS:
            f += 1
        w = self.low[f]
        if f >= j or f in self.at or f in self.unresolved or not w.isalpha() or not self.toks[f].text.islower():
            return False
        if w in VAGUE_COUNTS and f + 1 < j and f + 1 not in self.at and self.toks[f + 1].text.isalpha() \
                and self.toks[f + 1].text.islower() and not _affixed(self.low[f + 1], ("me", "di", "ber", "ter")):
            return True                             # "menyebut beberapa negara di Timur Tengah telah ...": others
        return not (w.endswith("nya") or w in FILLERS or w in PREPOSITIONS or w in SUBORDINATORS or w in LINKERS
                    or w in DETERMINERS or w in pronouns or w in self.cues.get("own_body", ())
                    or w in self.cues.get("complement_noun", ()) or _org_head(w)
                    or _affixed(w, ("me", "di", "ber", "ter")))

    def noun_subject_after_subordinator(self, i: int) -> bool:
        """Does a subordinate clause ("meski", "karena", "setelah" ...) end in the cue with a
        common-noun subject of its own between the conjunction and the cue?"""
        noun, k, stop = False, i - 1, max(-1, i - 6)
        while k > stop:
            w = self.low[k]
            if w in SUBORDINATORS or w in ("hingga", "sampai"):   # "saat ini", "sementara itu": now, meanwhile
                return noun and not (k + 1 < i and self.low[k + 1] in DETERMINERS)   # ("hingga para penyerang mundur")
            if w in ("pihaknya", "dirinya"):
                return False                        # "pihaknya": the speaker's side, a subject going on
            if w == "yang" and self.common_noun_before(k):
                noun, k, stop = False, k - 1, max(-1, k - 4)
                continue                            # "setelah sekelompok pemuda yang naik motor mengeroyoknya":
                                                    # the subject is the noun before the relative clause
            if not w.isalpha() or k in self.at or w in PREPOSITIONS or w in ("yang", "sebagai") \
                    or not self.toks[k].text.islower():
                return False                        # a relative clause, a name or a headline's words
            if w not in SUPPORT_SKIP and w not in CLAUSE_ADVERBS and w != "secara" \
                    and not (k > 0 and self.low[k - 1] == "secara") and not _affixed(w, ("me", "di", "ber", "ter")):
                noun = True                         # ("secara pribadi": a manner adverbial)
            k -= 1
        return False

    def common_noun_before(self, k: int) -> bool:
        """Is the word before token k a lower-case common noun (no actor, no verb form, no function
        word), the head a relative clause at k may hang on?"""
        w = self.low[k - 1] if k > 0 else ""
        return w.isalpha() and k - 1 not in self.at and self.toks[k - 1].text.islower() \
            and w not in PREPOSITIONS and w not in SUBORDINATORS and w not in DETERMINERS \
            and not w.endswith("nya") and not _affixed(w, ("me", "di", "ber", "ter"))

    def common_relative_head(self, i: int) -> bool:
        """Does the cue at token i open a relative clause ("yang ...") that hangs on a common noun
        ("para dokter yang mogok", "aplikasi lain yang menagih")? Its subject is that noun, not
        an actor named earlier in the sentence (a stand-in like "pasukan" is left to the
        clause's actor)."""
        k = i - 1
        while k >= 0 and (self.low[k] in RELATIVE_ADVERBS or self.low[k] in ("akan", "bakal")):
            k -= 1                                  # "rancangan resolusi yang akan memberlakukan ..."
        if k < 1 or self.low[k] != "yang":
            return False
        w = self.low[k - 1]
        if k > 1 and self.low[k - 2] == "sebagai" or k > 2 and self.low[k - 3] == "salah":
            return False                            # "X, salah satu mahasiswa yang ...", "sebagai
                                                    # penasihat yang ...": the noun is X itself
        if k - 1 not in self.at and k - 1 not in self.unresolved and w.isalpha() \
                and self.toks[k - 1].text.istitle() and self.low[k - 2] not in (".", ",", "dan"):
            return True                             # "anggota Geng Singa Hitam yang menganiaya": a name
                                                    # that is no actor; not an actor named earlier
        armed = _affixed(w, ("ber",)) and k > 2 and self.toks[k - 2].text.isalpha() \
            and self.toks[k - 2].text.islower() and k - 2 not in self.at and self.low[k - 2] not in FILLERS \
            and not _affixed(self.low[k - 2], ("me", "di", "ber", "ter"))   # "kelompok separatis bersenjata
        return k - 1 not in self.at and k - 1 not in self.unresolved and w.replace("-", "").isalpha() \
            and self.toks[k - 1].text.islower() and w not in FILLERS and w not in DETERMINERS \
            and w not in PREPOSITIONS and not w.endswith("nya") \
            and (armed or not _affixed(w, ("me", "di", "ber", "ter"))     # yang ...": a ber- adjective
                 or (w,) in titles() or w in _people_nouns())   # "menteri", "tersangka": nouns, not verbs

    def object_relative_head(self, i: int) -> bool:
        """Does the cue at token i open a relative clause on a noun of unnamed others (cues kind
        others_noun) that is the object of the main clause's verb ("menyindir beberapa pihak yang
        terus menyerang partainya", "mengecam kelompok yang menyerang")? Those others act, not the
        main clause's subject."""
        k = self.before_adverbs(i)
        if k < 2 or self.low[k] != "yang" or k - 1 in self.at \
                or self.low[k - 1].split("-")[0] not in self.cues.get("others_noun", ()):
            return False
        h = k - 2
        while h > 0 and (self.low[h] in VAGUE_COUNTS or self.low[h] in QUANTIFIERS or self.low[h] in ("para", "berbagai")):
            h -= 1
        return self.low[h] in ("kepada", "terhadap") or _affixed(self.low[h], ("me",)) and h not in self.at

    def before_adverbs(self, i: int) -> int:
        """The token before the cue at token i and the adverbs of a relative clause right before it
        ("yang terus menyerang", "yang kini menjeratnya"); -1 when none is left."""
        k = i - 1
        while k >= 0 and (self.low[k] in RELATIVE_ADVERBS or self.low[k] in REPEAT_ADVERBS):
            k -= 1
        return k

    def case_relative(self, i: int) -> bool:
        """Is the cue at token i a verb whose subject is a case (cues kind case_verb) opening a
        relative clause with no comma before its "yang" ("perkara suap PT X yang menjeratnya")? The
        case does it; the actor before "yang" only names whose case it is."""
        k = self.before_adverbs(i)
        if self.low[i] not in self.cues.get("case_verb", ()) or k < 1 or self.low[k] != "yang":
            return False
        h = k - 1
        if self.low[h] == ")" and h > 2 and self.low[h - 2] == "(":
            h -= 3                                  # "Ketetapan Penghentian Perkara (SKP2) yang menjeratnya"
        return h in self.at                         # an operation ("OTT yang menjerat X") is its body's act

    def relative_head(self, i: int) -> tuple[int, Mention] | None:
        """'dikecam oleh LBH X, yang kini mendampingi Y': the subject of a relative clause is the
        actor it hangs on, even when that actor is itself the object of a preposition."""
        k = i - 1
        while k >= 0 and self.low[k] in RELATIVE_ADVERBS:
            k -= 1
        if k < 1 or self.low[k] != "yang":
            return None
        h = k - 1 - (self.low[k - 1] == ",")
        m = self._acting(self.at.get(h)) if h >= 0 else None
        if m is None:
            return None
        first = self.bounds[id(m)][0]
        body = self._acting(self.at.get(first - 1)) if first > 0 and m.type == "Country" else None
        if body is not None and is_a(body.type, "Organization"):
            m, first = body, self.bounds[id(body)][0]   # "anggota Duma Negara Rusia yang ...": the Duma's
        prev = self.low[first - 1] if first > 0 else ""
        comma = self.low[k - 1] == ","                  # "bertemu dengan X, yang kemudian ...": X
        dative = prev in ("kepada", "terhadap")        # "berterima kasih kepada Qatar yang memfasilitasi"
        return (first, m) if prev not in PREPOSITIONS or prev == "oleh" or dative or comma else None   # not "kota di X yang"

    def coordinated(self, first: int, m: Mention) -> list[Mention]:
        """'A, B, dan C' ending at mention m -> [A, B, C]; a group phrase -> its members."""
        if m.members:
            return [Mention(m.start, m.end, m.text, "Organization", "group", key, m.sentence)
                    for key in m.members]
        out = [m]
        k = first - 1
        while k >= 1:
            if k not in self.at and self.toks[k].text[:1].isupper() and k >= 2 \
                    and self.low[k - 1] in LIST_SEPARATORS:
                k -= 1                                    # "dan Fraksi [Partai X]": a head word between
            if self.low[k] in TEAM_WORDS and k >= 2 and self.low[k - 1] in JOINT_SEPARATORS[1:]:
                k -= 1                                    # "X bersama personel Y": the team's body is Y
            elif self.low[k] in FORCE_WORDS and k >= 2 and self.low[k - 1] in LIST_SEPARATORS[1:]:
                k -= 1                                    # "pasukan X dan pasukan Y": the forces' states
            if self.low[k] in JOINT_SEPARATORS and k != self.front_comma:   # "Satgas bersama Kodam menangkap"
                k2 = k - 1
                if self.low[k2] == "," and self.low[k] in ("dan", "serta"):
                    k2 -= 1
                prev = self.at.get(k2) or self.at.get(self.before_parenthetical(k2))
                first_prev = self.bounds.get(id(prev), (0, 0))[0] if prev else 0
                team = first_prev > 1 and self.low[first_prev - 1] == "dari" and self.low[first_prev - 2] in TEAMS
                if prev and first_prev > 0 and (self.low[first_prev - 1] in PREPOSITIONS and not team
                                                or "menurut" in self.low[max(0, first_prev - 3):first_prev]
                                                or self.low[first_prev - 1] in self.cues.get("source_noun", ())
                                                or self.besides_before(first_prev)):
                    break                                  # "Dari Jakarta, Kemlu ...": an adjunct, not a list
                                                           # ("tim gabungan dari X bersama Y": a list);
                                                           # "Menurut kantor berita X, Y ...", "Pantauan X,
                                                           # Y ...": X is the source
                if prev and self._actor(prev) and prev is not out[-1] and _kind(prev) == _kind(m) \
                        and not self.origin_only(prev):         # "perusahaan asal India, PT X": no list
                    out.append(prev)
                    k = self.bounds[id(prev)][0] - 1
                    continue
            break
        return list(reversed(out))

    def besides_before(self, k: int) -> bool:
        """'Bukan hanya Ashanty, Ayu juga melaporkan X', 'Selain Komnas HAM, Divpropam Polri
        mengundang Y': is the actor at token k fronted by "besides" or "not only" (cues kinds
        besides, not_only)? It shares the act's role with the one named after it (here the one
        reported or invited), so it is no fellow agent."""
        words = self.cues.get("besides", frozenset()) | self.cues.get("not_only", frozenset())
        return any(k >= n and " ".join(self.low[k - n:k]) in words for n in (1, 2))

    def before_parenthetical(self, k: int) -> int:
        """'Ditreskrimsus Polda Kalimantan Barat (Kalbar) bersama TNI': the token before a short
        parenthetical (three words at most) that ends at token k; k itself when none ends there, or
        when it names an actor after a place or a state ("Misi Stabilisasi PBB di Kongo (MONUSCO)":
        the acronym of the whole name, not Congo's)."""
        if self.low[k] != ")":
            return k
        opening = next((x for x in range(k - 1, max(-1, k - 5), -1) if self.low[x] == "("), None)
        if not opening:
            return k
        named = any(self._acting(self.at.get(x)) is not None for x in range(opening + 1, k))
        before = self.at.get(opening - 1)
        return k if named and (before is None or is_a(before.type, "Place")) else opening - 1

    def act_agent_after(self, j: int) -> Mention | None:
        """'mengecam serangan Israel': criticising an act names its actor right after the act."""
        k = j
        while k < len(self.toks) and self.low[k] in FILLERS:
            k += 1
        hit = _cue_at(self.low, k, 4) if k < len(self.toks) else None
        if hit is None or hit[1].voice != "noun":
            return None
        m = self.at.get(hit[0])
        return self._acting(m)

    def object_is_act(self, j: int) -> bool:
        """Is the word after the cue an event noun ("mengecam serangan ...")?"""
        k = j
        while k < len(self.toks) and self.low[k] in FILLERS:
            k += 1
        hit = _cue_at(self.low, k, 4) if k < len(self.toks) else None
        return hit is not None and hit[1].voice == "noun"

    def author_after(self, j: int) -> Mention | None:
        """'menolak rancangan pernyataan yang diajukan Prancis', 'memprotes penangkapan nelayan
        oleh kapal patroli ABF': a rejected or criticised thing, or act, whose author the text
        names in a relative clause or an "oleh" phrase of the object (an acronym in brackets
        is read over)."""
        act = self.object_is_act(j) or _nominalisation(self.low[j] if j < len(self.low) else "")
        k = j
        while k < min(len(self.toks) - 2, j + 20):
            close = next((c for c in range(k + 2, min(len(self.toks), k + 6)) if self.low[c] == ")"), None) \
                if self.low[k] == "(" else None
            if close is not None:
                k = close + 1                            # "upah minimum provinsi (UMP) 2027", "(RUU KKS)"
                continue
            nxt = self.at.get(k + 1)
            if self.low[k] == "," and (self.low[k + 1] in ("oleh", "yang") or nxt is not None and is_a(nxt.type, "Place")):
                k += 1                                   # "nelayan asal Kabupaten X, NTT, oleh ...",
                continue                                 # "sengketa Pilwalkot X, yang diajukan Y"
            if self.low[k] in CLAUSE_PUNCT or self.low[k] in (".", ";"):
                return None
            if k > j and k not in self.at and self.toks[k].text.islower() and self.verb_form(self.low[k], ("me",)):
                return None                              # "menolak penggunaan APBN untuk membayar utang proyek
                                                         # yang dikelola X": X runs the later verb's object
            by = act and self.low[k] == "oleh"
            v = k + 1                                    # "yang (tengah) dikaji X": a passive relative
            while self.low[k] == "yang" and v + 1 < len(self.low) and self.low[v] in RELATIVE_ASPECT:
                v += 1
            if by or self.low[k] == "yang" and self.low[v].startswith("di") and len(self.low[v]) > 4:
                n = k + 1 if by else v + 1
                if n < len(self.toks) and self.low[n] == "oleh":
                    n += 1
                m = next((self.at[x] for x in range(n, min(n + 4, len(self.toks))) if x in self.at), None)
                return self._acting(m) or (self.apposed_after(n) if m is None else None)   # "yang diajukan
            k += 1                                       # pasangan calon nomor urut 2, A dan B": A
        return None

    def demanded_after(self, j: int) -> Mention | None:
        """'berunjuk rasa menuntut Cocobod menaikkan harga', 'mogok kerja mendesak PT X membayar
        THR': a protest whose demand follows right after it is aimed at the actor the demand
        names first (a verb of demand or appeal, CAMEO roots 02 and 10, right after the cue)."""
        hit = _cue_at(self.low, j, event_cues()[1]) if j < len(self.low) else None
        if hit is None or hit[1].code[:2] not in ("02", "10") or hit[1].voice != "active":
            return None
        return self._acting(self.at.get(hit[0]))

    def protest_site(self, j: int) -> Mention | None:
        """'berunjuk rasa di depan gedung Kementerian X': a protest targets the body whose
        building it stands at."""
        for k in range(j, min(len(self.toks) - 1, j + 6)):
            if self.low[k] == "di":
                n = k + 1
                while n < len(self.toks) and self.low[n] in SITE_WORDS:
                    n += 1                               # "di depan kantor pusat PT X": PT X
                m = self.at.get(n)
                if m is None:
                    return self.seat_title_place(n) or self.site_owner(n) or self.class_seat(n)
                if m is not None and m.text.lower() in SEATS:   # "di Kantor Bupati | Pidie": split by the
                    return self.seat_place_after(m) or self.seated_government(m)   # tagger, or no place named
                if m is not None and m.text.lower().startswith(SEATS):
                    return self.government_seated(m)
                if m is not None and m.text.lower().startswith(EMBASSIES) and (state := self.embassy_state(m)):
                    return state                         # "di depan Kedutaan Besar Jepang": Japan
                body = self.body_housed(m) if m is not None else None
                if body is not None or m is not None and m.type == "Facility":
                    return body                          # "Kantor Kementerian ESDM": the ministry
                return m if m is not None and not _mere_place(m) else None
        return None

    def seat_title_place(self, n: int) -> Mention | None:
        """'di depan kantor Bupati Lebak': after "kantor", the head of a regional government's title
        and the place it governs stand for that government (the article's "Pemkab Lebak", else the
        place)."""
        title = next((t for t in SEAT_TITLES if self.low[n:n + len(t)] == list(t)), None)
        if n < 1 or self.low[n - 1] != "kantor" or title is None:
            return None
        place = self.at.get(n + len(title))
        return self.government_of(place.text.lower()) if place is not None and _mere_place(place) else None

    def class_seat(self, n: int) -> Mention | None:
        """'di depan gedung rektorat': a seat noun (cues kind seat_of:<class>) stands for the first
        actor of that class the article named before, however far back."""
        if n >= len(self.low):
            return None
        cls = next((kind[8:] for kind, forms in self.cues.items() if kind.startswith("seat_of:")
                    and self.low[n] in forms), None)
        return next((x for x in self.doc.mentions if x.key and x.start < self.toks[n].start
                     and is_a(x.type, cls)), None) if cls else None

    def site_owner(self, n: int) -> Mention | None:
        """'di depan pabrik air minum kemasan PT X': a site named by a few plain lowercase words
        stands for the company or body named right after them."""
        k = n
        while k < min(len(self.toks), n + 5) and k not in self.at and self.toks[k].text.isalpha() \
                and self.toks[k].text.islower() and self.low[k] not in PREPOSITIONS \
                and self.low[k] not in SUBORDINATORS and self.low[k] not in ("yang", "dan", "serta"):
            k += 1
        m = self.at.get(k) if k > n else None
        return m if m is not None and is_a(m.type, "Organization") else None

    def protest_threatened(self, j: int) -> bool:
        """Does a protest ("aksi", a cue of root 14) open the complement of a threat, before its
        first "di" ("mengancam akan menggelar aksi besar di depan kantor X")?"""
        for k in range(j, min(len(self.toks), j + 5)):
            if self.low[k] == "di":
                return False
            hit = _cue_at(self.low, k, 4)
            if self.low[k] == "aksi" or hit is not None and hit[1].code.startswith("14"):
                return True
        return False

    def bare_government(self, j: int) -> Mention | None:
        """'meminta pemerintah menunda kenaikan': a bare "pemerintah" (no name after it) is the
        government the article names before it ("Pemerintah Provinsi X", "Pemkab Y"), else
        Indonesia when named, else the last ministry named before it, else a foreign country the
        article names more than once, else the last minister named before it."""
        if j + 1 < len(self.low) and self.low[j] in self.cues.get("decision", ()) and self.low[j + 1] == "pemerintah":
            j += 1                                      # "mendukung langkah pemerintah": the government's
        if j >= len(self.low) or self.low[j] != "pemerintah" or j in self.at or j + 1 in self.at \
                or j + 1 < len(self.low) and self.low[j + 1] in LOCAL_LEVELS:
            return None                                 # "pemerintah kota": local governments at large
        start = self.toks[j].start
        before = [x for x in self.doc.mentions if x.key and x.start < start]
        named = [x for x in before if x.type != "Person"]
        gov = [x for x in named if (x.label or x.text).lower().startswith(GOVERNMENTS + ("pemerintah ",))]
        countries = [x for x in self.doc.mentions if x.key and x.type == "Country"]
        home = [x for x in countries if x.key == "indonesia"]
        ministries = [x for x in named if (x.label or x.text).lower().startswith(MINISTRIES)]
        count: dict[str, int] = {}
        for x in countries:
            count[x.key] = count.get(x.key, 0) + 1
        foreign = [x for x in countries if count[x.key] == max(count.values()) > 1]
        ministers = [x for x in before if x.type == "Person" and (x.title or "").lower().startswith(MINISTERS)
                     and not self.former(x)]                     # not "mantan Menteri Perdagangan X"
        if j + 1 < len(self.low) and self.low[j + 1] == "federal":
            return self.federal_state(countries, count)   # "pemerintah federal": not Indonesia's
        if j + 1 < len(self.low) and self.low[j + 1] == "setempat":
            return self.local_state(countries, foreign[:1])   # "pemerintah setempat": the host state
        found = self.own_state(start) or gov[-1:] or home[:1] or ministries[-1:] or foreign[:1] or ministers[-1:]
        return found[0] if found else None

    def own_state(self, start: int) -> list[Mention]:
        """'Pemimpin oposisi Fiji, Nama, mengkritik pemerintah': a person of the sentence, before
        the bare "pemerintah", who holds a position in a state (not Indonesia) means that state's
        government; the state as the article names it."""
        envoys = self.cues.get("envoy_title", frozenset())   # an ambassador addresses his host's government
        states = {p.person: p.org for p in self.doc.positions if p.org and p.org != "indonesia"
                  and (ent := self.doc.entities.get(p.org)) is not None and ent.type == "Country"
                  and not any(w in envoys for w in p.title.lower().split())}
        for x in self.doc.mentions:
            if self.sent.start <= x.start < start and x.type == "Person" and x.key in states:
                return [m for m in self.doc.mentions if m.key == states[x.key]][:1]
        return []

    def local_state(self, countries: list[Mention], foreign: list[Mention]) -> Mention | None:
        """'Kedutaan Besar China di Bangui meminta pemerintah setempat ...': the state of the first
        place or state named in the sentence, as the article names that state (none at home: a
        local government in Indonesia is no state); with no place there, the foreign state the
        article names most."""
        gz = gazetteer()
        for m in self.doc.mentions:
            if not (self.sent.start <= m.start < self.sent.end) or not m.key or not is_a(m.type, "Place"):
                continue
            entry = gz.entries.get(m.key)
            state = entry if entry is not None and entry.type == "Country" else \
                country_by_iso(entry.iso) if entry is not None and entry.iso else None
            if state is None:
                continue
            return None if state.key == "indonesia" else next((x for x in countries if x.key == state.key), None)
        return foreign[0] if foreign and foreign[0].key != "indonesia" else None

    def federal_state(self, countries: list[Mention], count: dict[str, int]) -> Mention | None:
        """'menuding pemerintah federal ...': the federation (cues kind federal_state, by ISO code)
        the article names most; none when it names no federation."""
        federal = self.cues.get("federal_state", frozenset())
        gz = gazetteer()
        named = [x for x in countries if (e := gz.entries.get(x.key)) is not None and (e.iso or "").lower() in federal]
        return max(named, key=lambda x: count[x.key]) if named else None

    def former(self, m: Mention) -> bool:
        """Is the person's title that of a former holder ("mantan/eks/bekas Menteri X")?"""
        start = m.title_start if m.title_start is not None else m.start
        before = self.doc.article.text[max(0, start - 8):start].lower().split()
        return bool(before) and before[-1] in ("mantan", "eks", "bekas")

    def body_housed(self, m: Mention) -> Mention | None:
        """'di depan Gedung DPR': a building named after the body it houses stands for that body."""
        words = m.text.lower().split()
        if len(words) < 2 or words[0] not in BUILDINGS:
            return None
        hit = gazetteer().forms.get(tuple(words[1:]))
        entry = hit[0] if hit else None
        if entry is None:                                # "Kantor Dinas Pendidikan X": the body the
            rest = " ".join(words[1:])                   # article names by those words (or whose name they are)
            return next((x for x in self.doc.mentions if x.key and is_a(x.type, "Organization") and (
                x.text.lower() == rest or x.key in self.doc.entities and self.doc.entities[x.key].label.lower() == rest)),
                None)
        if not (is_a(entry.type, "Organization") or entry.type == "Country"):
            return None
        return Mention(m.start, m.end, m.text, entry.type, "gazetteer", entry.key, m.sentence)

    def embassy_state(self, m: Mention) -> Mention | None:
        """'Kedutaan Besar Jepang': the state the embassy stands for, as a mention of its words."""
        words = m.text.split()
        for k in range(1, len(words)):
            hit = gazetteer().forms.get(tuple(w.lower() for w in words[k:]))
            if hit and hit[0].type == "Country":
                start = m.start + len(" ".join(words[:k])) + 1
                return Mention(start, m.end, " ".join(words[k:]), "Country", "gazetteer", hit[0].key, m.sentence)
        return None

    def seat_place_after(self, m: Mention) -> Mention | None:
        """'Kantor Bupati' read as a name of its own and the place right after it ("Kantor Bupati
        Pidie"): the seat stands for the government of that place."""
        nxt = self.at.get(self.bounds[id(m)][1] + 1) if id(m) in self.bounds else None
        if nxt is None or not _mere_place(nxt):
            return None
        return self.government_of(nxt.text.lower())

    def seated_government(self, m: Mention) -> Mention | None:
        """'di depan Balai Kota' with no place named: the one government of the seat's level that
        the article names ("Pemerintah Kota X" for a city hall, "Pemkab Y" for a regent's office),
        else the one holder of its head's title ("Wali Kota X Nama")."""
        level = _seat_level(m.text)
        govs = {x.key for x in self.doc.mentions if x.key and x.type != "Person"
                and (x.label or x.text).lower().startswith(level)}
        if not govs:                                     # no "Pemkot X" named: its one mayor
            govs = {regional_head(level[1], self.doc.mentions)} - {None}
        return next(x for x in self.doc.mentions if x.key in govs) if len(govs) == 1 else None

    def government_seated(self, m: Mention) -> Mention | None:
        """'Kantor Gubernur Jawa Tengah': the seat stands for the government of its place (the
        article's "Pemerintah Provinsi Jawa Tengah", else the one governor it names, else the
        province itself, named or not)."""
        place = m.text.split(maxsplit=2)[-1].lower()
        if m.text.lower().startswith(("kantor wali kota", "kantor walikota")):
            place = m.text.split(maxsplit=3)[-1].lower()
        found = self.government_of(place)
        if found is None:                                # none named: the seat's one head, else the place
            head = regional_head(_seat_level(m.text)[1], self.doc.mentions)
            found = next((x for x in self.doc.mentions if x.key == head), None) if head else None
        hit = gazetteer().forms.get(tuple(place.split())) if found is None else None
        if hit and hit[0].type in ("City", "Region"):
            start = m.end - len(place)
            found = Mention(start, m.end, m.text[-len(place):], hit[0].type, "gazetteer", hit[0].key, m.sentence)
        return found

    def government_of(self, place: str) -> Mention | None:
        """The article's government of a place ("Pemkab Pidie" for "pidie"), else the place."""
        named = [x for x in self.doc.mentions if x.key and x.type != "Person"]
        gov = next((x for x in named if (x.label or x.text).lower().startswith(GOVERNMENTS)
                    and (x.label or x.text).lower().endswith(" " + place)), None)
        return gov or next((x for x in named if x.text.lower() == place and is_a(x.type, "Place")), None)

    def noun_before(self, i: int) -> str | None:
        """The subject noun of a passive cue when it is not an actor ("Peluncuran tersebut")."""
        k = i - 1
        determined = False
        while k >= 0 and self.low[k] in {"tersebut", "itu", "ini", "langsung", "telah", "sudah", "juga",
                                         "pun", "kemudian", "akhirnya", "justru", "bahkan", "sempat", "kembali",
                                         "sebelumnya", "kini", "pula", "lantas", "segera", "lalu", "ramai",
                                         "banyak", "sontak", "turut", "pernah", "terus"}:
            determined = determined or self.low[k] in DETERMINERS
            k -= 1
        if k < 0 or not self.low[k].isalpha() or k in self.at:
            return None
        if determined:                                   # "Draf yang memuat larangan ... itu ditolak":
            y = k                                        # the head before the relative clause
            while y > 0 and self.low[y] != "yang" and self.low[y] not in CLAUSE_PUNCT \
                    and self.low[y] not in SUBORDINATORS and self.toks[y].text not in QUOTE_MARKS:
                y -= 1
            if y > 0 and self.low[y] == "yang" and self.low[y - 1].isalpha() and y - 1 not in self.at:
                k = y - 1
        return self.low[k] + (" itu" if determined else "")

    def coordinated_after(self, m: Mention, joint: bool = False) -> list[Mention]:
        """'… mendesak Israel dan Hamas' -> [Israel, Hamas]: actors listed after the first target.
        joint: the list names agents ("oleh Basarnas bersama TNI AL"), so "bersama" joins it too
        (after a target it may name the agent's companion instead)."""
        seps = JOINT_SEPARATORS if joint else LIST_SEPARATORS
        out = [m]
        k = self.bounds[id(m)][1] + 1
        k += self.name_qualifier(k)                      # "KONI Pusat, Pemprov NTB, dan ..."
        first = self.bounds[id(m)][0]
        governed = first > 0 and self.low[first - 1] == "pemerintah"   # "Pemerintah Aceh dan Kemlu":
        kind = "Actor" if governed else _kind(m)                       # a government, listed with bodies
        while k + 1 < len(self.toks) and self.low[k] in seps and k != self.front_comma:
            k2 = k + 1
            if self.low[k] == "," and self.low[k2] in ("dan", "serta"):
                k2 += 1
            if k2 < len(self.toks) and self.low[k2] in FILLERS and k2 + 1 < len(self.toks):
                k2 += 1                                  # "Kementerian BUMN dan direksi NMN"
            nxt = self.at.get(k2)
            if nxt is None and m.type == "Person":
                nxt = self.at.get(self.described_person(k2))   # "Bambang, dan bendaharanya, Wiwik"
            if not nxt or not self._actor(nxt) or nxt in out or _kind(nxt) != kind:
                break
            if kind == "Place" and k2 == k + 1 and self.location_chain(k):
                break                                    # "ke Kabupaten Flores Timur, NTT": where it lies
            out.append(nxt)
            k = self.bounds[id(nxt)][1] + 1
            k += self.name_qualifier(k)
        return out

    def location_chain(self, k: int) -> bool:
        """Does the comma at token k go on a chain of places with no "dan" or "serta" in it ("Desa
        X, Kecamatan Y, Kabupaten Z, Banten")? Each place then says where the one before it lies;
        it is no second place listed."""
        while k < len(self.toks) and self.low[k] == ",":
            if k + 1 < len(self.toks) and self.low[k + 1] in ("dan", "serta"):
                return False                             # "A, B, dan C": a list
            nxt = self.at.get(k + 1)
            if nxt is None or _kind(nxt) != "Place":
                return True
            k = self.bounds[id(nxt)][1] + 1
            k += self.name_qualifier(k)
            if k < len(self.toks) and self.low[k] == "(":
                k = next((n + 1 for n in range(k, len(self.toks)) if self.low[n] == ")"), len(self.toks))
        return not (k < len(self.toks) and self.low[k] in ("dan", "serta"))

    def described_person(self, k: int) -> int:
        """'..., dan bendaharanya, Wiwik H.': the token where a person named after a short lowercase
        description and a comma begins (the description is no actor of its own); -1 if none."""
        n = k
        while n < min(len(self.toks), k + 3) and n not in self.at and self.toks[n].text.isalpha() \
                and self.toks[n].text.islower() and not _affixed(self.low[n], ("me", "di", "ber")):
            n += 1
        found = self.at.get(n + 1) if n > k and n + 1 < len(self.toks) and self.low[n] == "," else None
        return n + 1 if found is not None and found.type == "Person" else -1

    def name_qualifier(self, k: int) -> int:
        """1 when token k is a capitalised word that goes on the actor's name before a list
        separator ("KONI Pusat,", "PSSI Jatim dan"), else 0 (a weekday is no qualifier)."""
        if k + 1 >= len(self.toks) or k in self.at or not self.toks[k].text[:1].isupper() \
                or not self.low[k].isalpha() or self.low[k] in weekday_numbers():
            return 0
        return int(self.low[k + 1] in LIST_SEPARATORS)

    def mention_after(self, j: int, allow_fillers: bool = True) -> Mention | None:
        """An actor directly after token j (a few filler words allowed)."""
        k, skipped = j, 0
        while k < len(self.toks) and skipped <= 3:
            m = self.at.get(k)
            if m and self._actor(m):
                return m
            if self.low[k] in PREPOSITIONS or self.low[k] in CLAUSE_PUNCT or self.toks[k].text in QUOTE_MARKS:
                return None
            w = self.low[k]
            if skipped and w in SUBORDINATORS and w != "sementara":   # "mengamankan ponsel karena jurnalis
                return None                          # itu ...": past a thing, a clause of its own ("menahan
                                                     # sementara X": for a while)
            if not allow_fillers and w not in FILLERS:
                return None
            if allow_fillers and (w, ) in self.cue_table and not self.compound_tail(k):
                return None                              # "tersangka pembunuhan R.": another act's argument
            if self.new_act(k):
                return None                              # "mendampingi pedagang dan melaporkan X": a new act
            k += 1
            skipped += 1
        return None

    def judged_owner(self, j: int) -> Mention | None:
        """'menilai langkah Kementerian ESDM terlambat', 'menilai rekomendasi Bawaslu terburu-buru':
        a thing judged at fault, named by one plain noun and its owner right after; the owner is
        the one criticised."""
        if j + 1 >= len(self.toks) or j in self.at or not self.low[j].isalpha() or not self.toks[j].text.islower() \
                or _affixed(self.low[j], ("me", "di", "ber", "ter")) or self.low[j] in FILLERS:
            return None
        return self._acting(self.at.get(j + 1))

    def compound_tail(self, k: int) -> bool:
        """Is the event noun at k only the second word of a compound noun ("kapal perang TNI AL":
        a warship, no war; cues compound_noun)?"""
        return k > 0 and f"{self.low[k - 1]} {self.low[k]}" in self.cues.get("compound_noun", ())

    def coordinated_act(self, k: int) -> bool:
        """Does a coordinated verb phrase start at token k, also after an adverb or auxiliary
        ("dan membawa ...", "dan akan membawa ...", "serta segera melaporkan ...")?"""
        if self.low[k] not in ("dan", "serta"):
            return False
        n = k + 1
        while n < len(self.toks) and self.low[n] in THREAT_ADVERBS | {"telah", "sudah", "pula"}:
            n += 1
        return n < len(self.toks) and n not in self.at and _affixed(self.low[n], ("me", "ber", "di"))

    def new_act(self, k: int) -> bool:
        """Does a coordinated verb phrase start at token k ("dan melaporkan ...")?"""
        return self.low[k] in ("dan", "serta") and k + 1 < len(self.toks) \
            and _affixed(self.low[k + 1], ("me", "ber", "di"))

    def owner_after(self, m: Mention) -> Mention | None:
        """'kapal pesiar MV X milik PT Y': the actor named as the owner of an object actor."""
        end = self.bounds[id(m)][1] + 1 if id(m) in self.bounds else len(self.toks)
        if end + 1 < len(self.toks) and self.low[end] == "milik":
            return self._acting(self.at.get(end + 1))
        return None

    def preposition_at(self, j: int, preps: tuple[str, ...]) -> int | None:
        """The token of the first of the cue's target prepositions after it, with only a short
        plain object between ("mengenakan tarif tambahan sebesar 35 persen terhadap ...")."""
        for k in range(j, min(len(self.toks), j + 8)):
            if self.low[k] in preps and self.low[k] != "obj":
                return k
            if not (self.low[k].isalpha() or NUMBER.fullmatch(self.low[k])) or k in self.at or self.low[k] in PREPOSITIONS \
                    or _affixed(self.low[k], ("me", "di", "ber", "ter")):
                return None
        return None

    def target_after(self, j: int, preps: tuple[str, ...]) -> Mention | None:
        """Target after the cue: a direct object or an actor after one of its prepositions;
        when the object is itself an act ("mengecam serangan Israel terhadap Iran"), its actor."""
        if "obj" in preps:
            j = self.manner_end(j)
        if "obj" in preps and self.object_is_act(j):
            return self.act_agent_after(j)
        if "obj" in preps:
            m = self.mention_after(j)
            if m:
                return self.owner_after(m) or m
        for k in range(j, min(len(self.toks), j + 16)):
            if self.low[k] in (".", ";") or self.toks[k].text in QUOTE_MARKS or self.low[k] == "," and (
                    k + 1 < len(self.toks) and (self.low[k + 1] in SUBORDINATORS or
                                                _affixed(self.low[k + 1], ("me", "di", "ber")))):
                break                                    # a list's commas are crossed, a new clause is not
            if k > j and self.coordinated_act(k):
                break                                    # "mengajukan keberatan dan akan membawa sengketa
                                                         # itu ke Pengadilan X": the court is the later act's
            if self.relative_verb_at(k):
                break                                    # "menyita uang yang diambil dari koper penumpang
                                                         # rute Medan-Penang": the clause's own phrase
            if self.low[k] in preps:                     # "kepada klub Liga 1, Bahari FC": the
                return self.mention_after(k + 1) or self.apposed_object(k + 1) \
                    or self.origin_of_goods(k + 1)        # actor in apposition
            if self.low[k] == "di" and LOCATED_BODY in preps and (m := self.mention_after(k + 1)) is not None \
                    and is_a(m.type, "Organization"):
                return m                                 # "... kegiatan belajar di Pondok Pesantren X"
        return None

    def relative_verb_at(self, k: int) -> bool:
        """Does a 'yang' clause with a verb of its own open at token k ("yang diduga diambil dari ...")?"""
        if self.low[k] != "yang":
            return False
        n = k + 1
        while n < len(self.low) and self.low[n] in ("telah", "sudah", "akan", "masih", "sedang"):
            n += 1
        return n < len(self.low) and _affixed(self.low[n], ("me", "di", "ter"))

    def manner_end(self, j: int) -> int:
        """'memberhentikan dengan tidak hormat X', 'mengusir secara paksa X': the token after a
        manner phrase (cues kind manner) standing between a verb and its object; j when none does."""
        for form in sorted(self.cues.get("manner", ()), key=lambda f: -len(f.split())):
            words = form.split()
            if self.low[j:j + len(words)] == words:
                return j + len(words)
        return j

    def origin_of_goods(self, k: int) -> Mention | None:
        """'(bea masuk terhadap) ban mobil penumpang asal Indonesia': goods named by a few plain
        words and their country of origin ("asal", "dari", "buatan", "produksi") stand for that
        country."""
        n = k
        while n < min(len(self.toks), k + 5) and n not in self.at and self.toks[n].text.islower() \
                and self.low[n].isalpha() and self.low[n] not in ORIGIN_WORDS and self.low[n] not in PREPOSITIONS \
                and self.low[n] not in SUBORDINATORS and not _affixed(self.low[n], ("me", "di", "ber")):
            n += 1
        if n == k or n + 1 >= len(self.toks) or self.low[n] not in ORIGIN_WORDS:
            return None
        m = self._acting(self.at.get(n + 1))
        return m if m is not None and m.type == "Country" else None

    def praised_owner(self, j: int, preps: tuple[str, ...]) -> Mention | None:
        """'apresiasi atas dukungan pemerintah China', 'dukungan atas kedaulatan Sudan': support or
        praise for a thing is aimed at the actor named right after the thing's noun (at most
        three plain words after the cue's preposition)."""
        k = j
        while k < min(len(self.toks), j + 3) and self.low[k] not in preps:
            k += 1
        if k >= len(self.toks) or self.low[k] not in preps or self.low[k] == "obj":
            return None
        n = k + 1
        while n < min(len(self.toks), k + 4) and n not in self.at and self.low[n].isalpha() \
                and self.toks[n].text.islower() and self.low[n] not in PREPOSITIONS \
                and self.low[n] not in SUBORDINATORS and self.low[n] != "yang" \
                and not _affixed(self.low[n], ("me", "di", "ber", "ter")):
            n += 1
        return self._acting(self.at.get(n)) if n > k + 1 else None

    def verb_complement(self, j: int) -> bool:
        """Does a verb phrase follow the cue ("menawarkan (diri) menambah ...", "siap mengirim")?"""
        k = j + (j < len(self.low) and self.low[j] == "diri")
        return k < len(self.low) and _affixed(self.low[k], ("me", "ber"))

    def condition_subject(self, j: int, offer: bool = False) -> Mention | None:
        """'mengancam mogok apabila kementerian tetap memberlakukan aturan itu': a threat presses
        the actor whose act or failure to act its condition names, the subject of the 'jika' /
        'apabila' clause that follows it in the sentence; a capital there stands for its state
        ("... jika Tbilisi tidak membebaskan ...": Georgia). For an offer, the agent of a passive
        condition counts too ("siap mengirim tim apabila diminta oleh X": X)."""
        conditional = self.cues.get("conditional", ())
        for k in range(j, len(self.toks) - 1):
            if self.low[k] in (".", ";") or self.toks[k].text in QUOTE_MARKS:
                return None
            if self.low[k] in conditional:
                m = self.mention_after(k + 1, allow_fillers=False)
                if m is None and offer and k + 2 < len(self.toks) and self.toks[k + 1].text.islower() \
                        and self.verb_form(self.low[k + 1], ("di",)):
                    m = self.by_agent(k + 2) or self.mention_after(k + 2, allow_fillers=False)
                capital = m is not None and _actor_key(m) not in (None, m.key)
                return m if capital else self._acting(m)
        return None

    def threatened_object(self, j: int) -> Mention | None:
        """'mengancam (akan terus) menyerang Mogadishu', 'mengancam melaporkan balik X ke polisi':
        a threat to act on an actor is aimed at that actor, the object named right after the
        threatened verb (a state's capital stands for it; a mere place is no object)."""
        v = j
        while v < len(self.low) and self.low[v] in THREAT_ADVERBS:
            v += 1
        if v >= len(self.low) or not _affixed(self.low[v], ("me",)) or v in self.at:
            return None
        k = v + 1 + (v + 1 < len(self.low) and self.low[v + 1] in ("balik", "kembali"))
        m = self.at.get(k)
        if m is None or not self._actor(m) or m.members:
            return None
        return m if not _mere_place(m) or _agent_key(m) else None

    def promised_actor(self, j: int, cue) -> bool:
        """Does a promise (cues kind promise_verb) go on with a clause of its own whose subject is an
        actor ("berjanji PNH akan mengawal konvoi", "berjanji bahwa Pemprov X tidak akan ...")? That
        actor will act; it is no one the promise is made to (that one comes after "kepada")."""
        if cue.form not in self.cues.get("promise_verb", ()):
            return False
        k = j + (j < len(self.low) and self.low[j] == "bahwa")
        m = self.at.get(k)
        if m is None:
            return False
        n = self.bounds[id(m)][1] + 1
        return n < len(self.low) and (self.low[n] in THREAT_ADVERBS | {"tidak", "tak", "belum", "bakal"}
                                      or _affixed(self.low[n], ("me", "ber", "di")))

    def counterpart_after(self, j: int, own_verb: bool = False) -> Mention | None:
        """Fallback target: the first actor later in the clause that is not a place adjunct
        ("... konsultasi mendesak berdasarkan Pasal 4 Perjanjian Washington yang didirikan NATO").
        With `own_verb`, only up to the next verb: "meminta pemerintah mengkaji ulang pembangunan
        Pondok Pesantren X" asks the government; X is the object of the act asked for."""
        for k in range(j, min(len(self.toks), j + 15)):
            if self.low[k] in CLAUSE_PUNCT or self.low[k] in (".", ";") or self.toks[k].text in QUOTE_MARKS \
                    or self.low[k] in SUBORDINATORS or self.low[k] in ADJUNCT_STARTS or self.new_act(k):
                return None
            if own_verb and k > j and k not in self.at and self.toks[k].text.islower() \
                    and self.verb_form(self.low[k], ("me", "ber")) and self.low[k] not in self.cues.get("copula", ()):
                return None
            m = self._acting(self.at.get(k))
            if m:
                prev = self.low[k - 1] if k > 0 else ""
                return m if prev not in PREPOSITIONS else None
        return None

    def _actor(self, m: Mention) -> bool:
        return any(is_a(m.type, c) for c in AGENT_CLASSES) or m.key in _metonym_keys() or is_a(m.type, "Place")

    def origin_only(self, m: Mention) -> bool:
        """Does a state or place name only say where a person or thing comes from ("perusahaan
        listrik asal India", "warga Jepang", "kapal buatan China")? Its noun phrase is headed by
        a common noun of cues kind origin_head, alone or with a few other nouns between
        ("perusahaan baja India"); the state itself does nothing there."""
        if m.type == "Person" or is_a(m.type, "Organization"):
            return False
        heads = self.cues.get("origin_head", frozenset())
        k = self.bounds[id(m)][0] - 1 if id(m) in self.bounds else -1
        for _ in range(3):
            if k < 0 or k in self.at or not self.low[k].isalpha() or k > 0 and not self.toks[k].text.islower():
                return False
            if self.low[k] in heads or k > 0 and f"{self.low[k - 1]} {self.low[k]}" in heads:
                return True                             # "warga negara Indonesia": two words
            if self.low[k] in PREPOSITIONS or self.low[k] in LINKERS or self.low[k] in FILLERS \
                    or _affixed(self.low[k], ("me", "di")):
                return False
            k -= 1
        return False

    def origin_named(self, m: Mention) -> bool:
        """Is the mention a mere origin ("perusahaan asal Changsha, China, ...") that an apposition
        after it names by its own name (", Hunan Xinyuan Co." after the places)? Then the party is
        the one named, and the origin is none."""
        if id(m) not in self.bounds or not self.origin_only(m):
            return False
        k = self.origin_chain_end(m)
        return k + 1 < len(self.toks) and self.low[k] == "," and self.toks[k + 1].text[:1].isupper()

    def origin_chain_end(self, m: Mention) -> int:
        """The token after the chain of places that goes on from the origin m (", China": a name
        only the tagger reads as a place is the party's, not part of the chain)."""
        k = self.bounds[id(m)][1] + 1
        while k + 1 < len(self.toks) and self.low[k] == "," and (nxt := self.at.get(k + 1)) is not None \
                and _mere_place(nxt) and nxt.source != "tagger":
            k = self.bounds[id(nxt)][1] + 1
        return k

    def origin_apposed(self, m: Mention) -> Mention | None:
        """The actor an apposition names after a mere origin ("kepada tokoh oposisi Honduras,
        Marcos Villeda,": Villeda), when it is one."""
        k = self.origin_chain_end(m)
        return self._acting(self.at.get(k + 1)) if k + 1 < len(self.toks) and self.low[k] == "," else None

    def _acting(self, m: Mention | None) -> Mention | None:
        """m when it is an actor that can act or be acted on (not a mere place), else None."""
        return m if m is not None and self._actor(m) and not _mere_place(m) else None

    # --- modality ----------------------------------------------------------------
    def unless_actor(self, window: list[int]) -> bool:
        """'... kecuali Bawaslu RI memerintahkannya', 'Semua anggota, kecuali Hungaria, menjatuhkan
        sanksi': an act right after "kecuali" (cues kind exception_word) and an actor is only what
        would happen if that actor acted (unless), or is excepted from the act: not done by it."""
        words = self.cues.get("exception_word", frozenset())
        return any(self.low[k] in words and k + 1 in self.at for k in window)

    def modality(self, i: int, code: str = "") -> tuple[str, str | None]:
        """(modality, reporting source key) of the cue at token i.

        A condition after a threat is the threat's content ("mengancam mogok jika ..."),
        so threats (root 13) only look for conditions before them."""
        c = self.cues
        window = []
        k = i - 1
        while k >= 0 and self.low[k] not in (";",) and self.toks[k].text not in QUOTE_MARKS:
            window.append(k)
            k -= 1
        window = self.relative_aside_dropped(self.compact(window))
        shared = self.coordinated_verb(window)
        if shared is not None:
            mood = self.modality(shared, code)[0]
            if mood in ("hypothetical", "negated", "conditional"):
                return mood, None                      # "terancam dijemput paksa dan ditahan": the verb joined
                                                       # to an unreal one shares its subject and its mood
        near = [self.low[k] for k in window[:4]]
        clause = [self.low[k] for k in window]
        after = []
        for k in range(i + 1, len(self.low)):
            if self.low[k] == ";" or self.toks[k].text in QUOTE_MARKS:
                break
            after.append(self.low[k])
        conditional = c.get("conditional", ())
        offer = (code[:2] in INTENT_CODES or code[:3] in INTENT_CODES.values()) \
            and any(w in c.get("intent", ()) for w in [self.low[i], *near[:3]]) \
            and not self.promised_other(i)               # "siap mengirim ... apabila"; not "berjanji Pemkab
                                                         # akan memberikan bantuan jika ...": Pemkab's act
        if self.asked_question(i, window):
            return "hypothetical", None                # "Apakah Polri akan menangkap X?": asked, not said
        later = any(w in conditional for w in after) and not self.complement_conditioned(code, near, after)
        if _has_form(clause[:12], conditional, DETERMINERS) or self.in_consequent(i) or self.unless_actor(window[:6]) \
                or not (code.startswith("13") or offer) and later or self.negated_until(clause) \
                or self.only_if_proven(i, after) or self.whoever_undergoes(i):
            return "conditional", None                 # a threat's or an offer's own condition is its content
        said_false = self.denial_before(clause[:10])
        self.denying = said_false and not self.after_denied_clause(i)
        denied = said_false or self.disputed_after(window, after) \
            or self.called_false(window, after) or self.foiled(window, after)
        if denied and self.after_denied_clause(i):
            denied = False                     # "X membantah kapal itu masuk ... dan menuntut Y": X demands
        refusal_at = i - 1 - 2 * (i > 2 and self.low[i - 1] in ("dan", "maupun", "atau", "serta")
                                  and _affixed(self.low[i - 2], ("me", "ber")))   # "menolak menahan dan menangkap"
        refused = refusal_at >= 0 and self.low[refusal_at] in c.get("refusal", ()) \
            and _affixed(self.low[i], ("me", "ber", "di", "ter"))   # "menolak menahan X" (not "menolak tudingan")
        # an act no evidence is found for ("tidak menemukan bukti bahwa X menyerang ..."), one
        # prevented ("mencegah X menyerang ...") or nearly done ("hampir menyerang") is not done
        proof = next((n for n, w in enumerate(clause[:8]) if w in c.get("evidence_noun", ())), None)
        unproven = proof is not None and "," not in clause[:proof] \
            and any(w in c.get("negation", ()) for w in clause[proof + 1:proof + 4])
        prevented = unproven or any(w in c.get("prevent", ()) for w in near[:3]) \
            or i > 0 and self.low[i - 1 - (i > 1 and self.low[i - 1] == "saja")] in c.get("almost", ())
        prevented = prevented or self.nominal_called_off(i, after) \
            or self.unreached(window)                    # "kabur sebelum sempat ditangkap"
        idioms = c.get("negation_idiom", frozenset())      # "tak lama kemudian", "tidak lupa"
        if any(w in ALSO for w in after):
            idioms = idioms | c.get("not_only", frozenset())   # "tidak hanya menangkap X, tetapi juga ..."
        plain = _idioms_blanked(clause, idioms)
        if plain[:1] == ["dengan"] and len(plain) > 1 and _affixed(plain[1], ("me",)):
            plain = plain[2:]                          # "belum berencana membalas dengan memanggil ...":
                                                       # the means has the modality of the act it serves
        reach = plain[:6]
        if "," in reach:                               # "Meski belum ada tersangka, Polda menahan X": the
            reach = reach[:reach.index(",")]           # negation of a fronted clause stays in it
        if any(w in c.get("negation", ()) for w in plain[:3]) or denied or refused or prevented \
                or _phrase_in(reach, c.get("negation", ())):
            return "negated", None
        alleged_noun = i > 0 and self.low[i - 1] in c.get("alleged_noun", ())   # "dugaan kekerasan oleh X"
        if self.counter_claim(i, window):
            return "hypothetical", None                # '"Kami justru mencatat RSF menjarah ...': alleged
        judged = i > 0 and self.low[i - 1] in c.get("judged", ())   # "yang dinilai menghasut": a view
        if any(w in c.get("hypothetical", ()) for w in near[:3]) or any(w in c.get("alleged", ()) for w in near) \
                or alleged_noun or judged or self.unconfirmed(window, after) or self.hearsay_opened(i) \
                or code[:2] not in SAID_ROOTS and self.claim_unverified(after) \
                or self.in_drill(i, code) \
                or _phrase_in(clause[:4], c.get("hypothetical", ())):
            return "hypothetical", None                # possible, or only alleged ("yang dituding membantu")
        scope = next((n for n, w in enumerate(clause) if w in SUBORDINATORS and w not in c.get("request", ())),
                     len(clause))                      # "..., sedangkan Singapura menawarkan": a new clause
        if _has_form(clause[:min(10, scope)], c.get("pretext", ())):
            return "hypothetical", None                # "menyalahgunakan forum itu untuk membela X": a charge
        own = not self.shares_subject(i)               # "menuding X korup dan melaporkan X": the accuser acts
        if own and any(w in c.get("alleged", ()) and w.startswith("me") for w in clause[1:min(12, scope)]):
            return "hypothetical", None                # "menuding tim X memakai mobil dinas untuk membagikan ..."
        ordered = next((n for n, w in enumerate(clause[1:min(8, scope)], 1) if w in c.get("order", ())), None)
        asked = next((n for n, w in enumerate(clause[1:min(8, scope)], 1) if w in c.get("request", ())
                      and clause[n - 1] != "maaf"                                 # "meminta maaf": no request
                      or w in c.get("object_control", ()) and "untuk" in clause[:n]
                      or w in c.get("urge", ()) and window[n - 1] in self.at
                      or w in c.get("permit", ()) and window[n - 1] in self.at and window[n] not in self.at),
                     None)
        # "memberi X waktu 48 jam untuk membebaskan ...", "mengizinkan X untuk ...", "memungkinkan X
        # menahan ...": handed over or allowed, not done
        named = i > 0 and self._acting(self.at.get(i - 1)) is not None     # "memerintahkan Itjen mengaudit"
        if named and is_a(self.at[i - 1].type, "Country"):
            named = False                              # "memerintahkan Pantai Gading membebaskan ...": a
                                                       # state is under no one's command; only demanded
        if code[:2] in ("02", "10") and clause and clause[0] in ("dan", "serta") and ordered is not None \
                and not any(k in self.at for k in range(window[ordered] + 1, i)):
            ordered = asked = None                     # "memerintahkan lokasi itu disegel dan meminta X ...":
                                                       # a request joined to an order naming no one is the
                                                       # subject's own
        if ordered is not None and asked is not None and ordered < asked \
                and any(window[n] in self.at or self.low[window[n]] not in VERB_COORDINATORS | CLAUSE_PUNCT
                        for n in range(ordered + 1, asked)):
            return "hypothetical", None                # "meminta Gubernur memerintahkan Inspektorat memeriksa
                                                       # ...": the order is only asked for, also of one named
                                                       # by a bare title ("menuntut Presiden menginstruksikan")
        mandate = self.mandate(window)
        if mandate is not None:
            return mandate, None                       # "belum mendapat perintah untuk menyerang ..."
        if ordered is not None and (asked is None or ordered < asked) and named and not self.court_order(window[ordered]):
            return "planned", self.reporter(i)         # ordered by one with authority: announced (a court's
                                                       # order, "Majelis memerintahkan jaksa menyita ...", is
                                                       # the court's act; the seizure is still to be done)
        if clause and clause[0] in c.get("request", ()) and clause[0] in SUBORDINATORS:
            return "hypothetical", None                # "mengingatkan X agar mematuhi ...": a purpose, not done
        if asked is not None or ordered is not None or self.asked_past_relative(clause):   # "memerintahkan
            return "hypothetical", None                # anak buahnya agar ...": who acts is not named; asked for:
        if self.offered_purpose(clause):
            return "hypothetical", None                # "menawarkan bantuan helikopter untuk mengevakuasi ...":
                                                       # only offered, not done
        if self.threatened(clause[:min(8, scope)]):      # "mengancam (, AS) akan menggugat ...": only
            return "hypothetical", None                # threatened, the threat is its own event (13)
        wish = next((n for n, w in enumerate(clause[1:min(8, scope)], 1)
                     if w in c.get("wish", ()) or w in c.get("fear", ()) and self.feared_clause(window[:n])), None)
        if wish is not None and any(window[n] in self.at for n in range(wish)):
            return "hypothetical", None                # "Presiden ingin TNI menyerang ...": another's wish
        source = self.reporter(i)                      # "meminta Indonesia mengirim ..."
        nominal = self.nominal_plan(i)
        if nominal == "idea_noun":
            return "hypothetical", None                # "gagasan X memboikot Y": only an idea
        if any(w in c.get("planned", ()) for w in near) or nominal == "plan_noun":
            if self.called_off(after) or self.called_off_next(i, code):
                return "negated", None                 # "sempat akan menahan X, tetapi batal"
            guess = next((n for n, w in enumerate(clause[1:min(8, scope)], 1) if w in c.get("forecast", ())), None)
            if guess is not None and any(window[n] in self.at for n in range(guess)):
                return "hypothetical", None            # "Analis memperkirakan Rusia akan menyerang ...":
                                                       # another's forecast, not the doer's plan
            return "planned", source
        if source:
            return "reported", source
        return "asserted", None

    def denial_before(self, clause: list[str]) -> bool:
        """Does a word of denial (cues kind denial) stand in the words before the cue (nearest
        first), other than a noun of falsehood that a noun of its own governs ("Penyebar hoaks itu
        ditangkap", "penyebar kabar bohong", cues kind falsehood_head: no one denies anything)?"""
        heads = self.cues.get("falsehood_head", frozenset())
        words = clause[::-1]
        found = [(n, n + len(form.split())) for form in self.cues.get("denial", ())
                 for n in range(len(words)) if words[n:n + len(form.split())] == form.split()]
        governed = [(a, b) for a, b in found if a > 0 and words[a - 1] in heads]
        return any(not any(a >= ga and b <= gb for ga, gb in governed) for a, b in found)

    def feared_clause(self, between: list[int]) -> bool:
        """Do the tokens between a word of fearing and the cue (nearest first) open the clause
        feared ("Warga takut TNI menyerang ...")? Not across a comma ("Karena takut ditangkap, X
        menyerang ...") nor after a verb of its own ("ketakutan melihat TNI menembak ...")."""
        return not any(self.low[k] == "," or k not in self.at and _affixed(self.low[k], ("me", "ber", "di"))
                       for k in between)

    def asked_past_relative(self, clause: list[str]) -> bool:
        """'menuntut para perompak yang membajak kapal itu segera membebaskan awaknya': the one asked
        carries a relative clause with its own verb before the verb asked for (clause: the words
        before the cue, nearest first); a verb coordinated inside the relative clause ("yang
        membajak kapal dan menyandera awaknya") is the relative's own."""
        rel = next((n for n, w in enumerate(clause[:16]) if w == "yang"), None)
        if rel is None or any(w in ("dan", "serta", "lalu", "kemudian") or w in SUBORDINATORS for w in clause[:rel]) \
                or not any(_affixed(w, ("me", "ber")) for w in clause[:rel]):
            return False
        requests = self.cues.get("request", ())
        return any(w in requests and w not in SUBORDINATORS and clause[n - 1] != "maaf"
                   for n, w in enumerate(clause[rel + 1:rel + 5], rel + 1))

    def court_order(self, t: int) -> bool:
        """Is the order verb at token t a court's: its subject a court (_court) or a court's word
        ("majelis", "hakim", "pengadilan"; the antecedents of "majelis" in anaphora.tsv)?"""
        heads = _court_heads() | {"majelis", "hakim"}
        for k in range(t - 1, max(-1, t - 7), -1):
            m = self.at.get(k)
            if self.low[k] in heads or m is not None and _court(self.doc, m.key):
                return True
            if self.low[k] in CLAUSE_PUNCT:
                return False
        return False

    def promised_other(self, i: int) -> bool:
        """Does an actor stand between the cue at token i and a promise verb before it in the clause
        ("berjanji Pemkab X akan memberikan ..."): another's act, promised, that its own condition binds?"""
        promise = self.cues.get("promise_verb", frozenset())
        k = next((k for k in range(i - 1, max(-1, i - 8), -1) if self.low[k] in promise), None)
        return k is not None and any(x in self.at for x in range(k + 1, i))

    def complement_conditioned(self, code: str, near: list[str], after: list[str]) -> bool:
        """'mendesak Dinkes menjatuhkan sanksi apabila pelanggaran terbukti', 'mengecam tindakan X dan
        mengingatkan bahwa Y akan membela Z jika ...': a condition after an appeal, a demand, a
        criticism or an offer (SAID_ROOTS) that a later verb stands before belongs to that verb's
        act; the act of saying is done now, unless it is itself only announced ("akan meminta")."""
        if code[:2] not in SAID_ROOTS or any(w in self.cues.get("planned", ()) for w in near[:3]):
            return False
        cond = next(n for n, w in enumerate(after) if w in self.cues.get("conditional", ()))
        return any(_affixed(w, ("me", "ber", "di", "ter")) for w in after[1:cond])
    def nominal_plan(self, i: int) -> str | None:
        """'Rencana KPK memanggil X', 'gagasan X memboikot Y': the cues kind (plan_noun or
        idea_noun) of a noun right before the actor that the cue at token i follows."""
        m = self.at.get(i - 1) if i > 0 else None
        if m is None or id(m) not in self.bounds or self.bounds[id(m)][0] < 1:
            return None
        noun = self.low[self.bounds[id(m)][0] - 1]
        return next((kind for kind in ("plan_noun", "idea_noun") if noun in self.cues.get(kind, ())), None)

    def hearsay_opened(self, i: int) -> bool:
        """'Konon, perusahaan itu sudah tiga kali ditegur DLH': a sentence opened by a word of
        hearsay (cues kind hearsay_opener) tells every act in it as rumour, up to a contrast."""
        return bool(self.low) and self.low[0] in self.cues.get("hearsay_opener", ()) \
            and not any(w in CONTRASTS for w in self.low[1:i])

    def in_drill(self, i: int, code: str) -> bool:
        """'Dalam simulasi itu, personel Brimob membubarkan massa', '... menangkap provokator dalam
        simulasi pengamanan pilkades': an act played out in a drill (cues kind drill_noun) that
        opens the sentence after "Dalam"/"Pada", or follows the act after "dalam" with no relative
        clause between ("camat yang absen dalam simulasi" names who), is not done. Words said
        (10-13), the drill as a show of force (15) and its cooperation (03-06) stay."""
        if code[:2] in ("01", "02", "03", "04", "05", "06", "10", "11", "12", "13", "15"):
            return False
        drills = self.cues.get("drill_noun", ())
        if len(self.low) > 1 and self.low[0] in ("dalam", "pada") and self.low[1] in drills:
            return True
        for k in range(i + 1, len(self.low) - 1):
            if self.low[k] in ("yang", ";", ".") or self.low[k] in CONTRASTS:
                return False
            if self.low[k] == "dalam" and self.low[k + 1] in drills:
                return True
        return False

    def in_consequent(self, i: int) -> bool:
        """Is the cue in a sentence opened by a condition ("Kalau pengadilan membebaskan X, jabatannya
        kami pulihkan"), in the condition or in its main clause (the consequent), before a ";", a
        contrast ("sedangkan", "namun") or a quotation mark ends that sentence?"""
        end = self.condition_end
        return end is not None and not any(self.low[k] in CONTRASTS or self.toks[k].text in QUOTE_MARKS
                                           for k in range(end, i))

    def threatened(self, clause: list[str]) -> bool:
        """Does a threat verb (cues kind threat) govern the cue, with no coordinated verb
        between them ("mengancam X dan menyerang Y": the attack is done)?"""
        n = next((n for n, w in enumerate(clause) if w in self.cues.get("threat", ())), None)
        if n is None or any(w in ("dan", "serta", "lalu", "kemudian", "tetapi", "namun") for w in clause[:n]):
            return False
        if n > 1 and clause[n - 1] == "balik":
            n -= 1                                      # "mengancam balik akan menyerang ..."
        nxt = clause[n - 1] if n else ""                # the word after the threat verb: "akan", a comma or
        return n == 0 or nxt in ("akan", ",") or _affixed(nxt, ("me", "ber"))   # a verb ("mengancam
        # memperluas mogok"); "mengancam korban dengan pisau ditangkap" threatens no act

    def called_false(self, window: list[int], after: list[str]) -> bool:
        """"Kabar bahwa Polri menangkap X adalah hoaks": a report (cues kind rumour_noun) whose
        "bahwa" clause holds the act, and a word of denial after the act in the sentence. Without
        "bahwa", the actor right after the report's noun opens its clause ("Kabar Polri menangkap X
        tidak benar")."""
        verdict = self.cues.get("denial", frozenset()) | self.cues.get("false_verdict", frozenset())
        return self.framed(window, after, self.cues.get("rumour_noun", ()), verdict,
                           self.cues.get("rumour_link", frozenset()))

    def coordinated_verb(self, window: list[int]) -> int | None:
        """The verb of the same voice (meN- or di-) the cue is joined to by "dan"/"serta"/"atau"/
        "maupun" right before it, with at most "paksa" between ("dijemput paksa dan ditahan",
        "memanggil dan menahan X"); None when an object stands between ("menuding X memprovokasi
        bentrokan dan mengancam ...": the second verb goes with the subject, not with the first)."""
        if len(window) < 2 or self.low[window[0]] not in ("dan", "serta", "atau", "maupun"):
            return None
        k = window[1] if self.low[window[1]] != "paksa" or len(window) < 3 else window[2]
        voice = next((p for p in ("me", "di") if _affixed(self.low[window[0] + 1], (p,))), None)
        verb = voice is not None and k not in self.at and _affixed(self.low[k], (voice,))   # "disegel dan
        return k if verb and self.low[k] not in self.cues.get("not_verb", ()) else None   # meminta": no pair

    def disputed_after(self, window: list[int], after: list[str]) -> bool:
        """"Ukraina menyebut Rusia menembaki warga sipil, tuduhan yang dibantah Moskow": a noun of a
        claim (cues kind rumour_noun) set off by a comma after the act, whose relative clause
        denies it or calls it false (cues kinds denial, false_verdict)."""
        verdict = self.cues.get("denial", frozenset()) | self.cues.get("false_verdict", frozenset())
        said = self.cues.get("speech", frozenset()) | self.cues.get("alleged", frozenset())
        if not any(self.low[k] in said or self.low[k] == "menurut" for k in window):
            return False                               # the claim's own verb ("menuduh ..., tuduhan yang
        for n in range(len(after) - 2):                # dibantah X") is said; only what it claims is disputed
            if after[n] == "," and after[n + 1] in self.cues.get("rumour_noun", ()) and after[n + 2] == "yang":
                return _has_form(after[n + 3:n + 6][::-1], verdict)
        return False

    def unconfirmed(self, window: list[int], after: list[str]) -> bool:
        """"Beredar kabar Polri menangkap X, namun belum terkonfirmasi": a report (cues kind
        rumour_noun) of the act that words after it leave unconfirmed (cues kind unconfirmed)."""
        return self.framed(window, after, self.cues.get("rumour_noun", ()), self.cues.get("unconfirmed", ()),
                           self.cues.get("rumour_link", frozenset()))

    def claim_unverified(self, after: list[str]) -> bool:
        """'Rusia menyerang Kyiv, klaim yang belum dapat diverifikasi', '..., menurut klaim Ukraina
        yang belum diverifikasi': a noun of a claim (cues kind rumour_noun) set off by a comma after
        the act, whose relative clause leaves it unconfirmed (cues kind unconfirmed). The claim
        itself ("menuduh ..., klaim yang ...") is made all the same (SAID_ROOTS are not asked)."""
        nouns = self.cues.get("rumour_noun", frozenset())
        for n, w in enumerate(after):
            if w != ",":
                continue
            head = next((k for k in range(n + 1, min(n + 3, len(after))) if after[k] in nouns), None)
            rel = next((k for k in range(head + 1, min(head + 5, len(after))) if after[k] == "yang"), None) \
                if head is not None else None
            if rel is not None and _has_form(after[rel + 1:rel + 6][::-1], self.cues.get("unconfirmed", ())):
                return True
        return False

    def mandate(self, window: list[int]) -> str | None:
        """The modality of an act that is the purpose ("untuk ...") of an order or a permission
        (cues kinds order_noun, permit) the subject receives, its giver named or not ("mendapat
        perintah Panglima untuk menyerang ...", "mendapat izin untuk menyita ..."): planned after an
        order, hypothetical after a permission, negated when the receiving is ("belum mendapat
        perintah untuk ..."). None when the cue is no such purpose."""
        if len(window) < 2 or self.low[window[0]] not in PURPOSE_WORDS:
            return None
        giver = len(window) > 2 and (window[1] in self.at or self.toks[window[1]].text[:1].isupper())
        n = 1 + giver                                  # the giver between: "perintah Panglima untuk"
        noun = self.low[window[n]]
        ordered = noun in self.cues.get("order_noun", ())
        if not ordered and noun not in self.cues.get("permit", ()):
            return None
        if any(self.low[k] in self.cues.get("negation", ()) for k in window[n + 1:n + 4]):
            return "negated"
        return "planned" if ordered else "hypothetical"

    def unreached(self, window: list[int]) -> bool:
        """"kabur sebelum sempat ditangkap", "sebelum Polri sempat menangkapnya": an act that
        "sebelum ... sempat" puts after what happened instead was not done (window: the tokens
        before the cue, nearest first, each actor counted once)."""
        if not window or self.low[window[0]] != "sempat":
            return False
        n = 1 + (len(window) > 2 and window[1] in self.at)   # "sebelum Polri sempat ..."
        return n < len(window) and self.low[window[n]] == "sebelum"

    def foiled(self, window: list[int], after: list[str]) -> bool:
        """"Upaya Hamas menyerang Tel Aviv digagalkan Israel": an attempt (cues kind attempt_noun)
        whose act a word of preventing or calling off after it stops."""
        stops = self.cues.get("prevent", frozenset()) | self.cues.get("called_off", frozenset())
        return self.framed(window, after, self.cues.get("attempt_noun", ()), stops)

    def framed(self, window: list[int], after: list[str], nouns, verdict, links=frozenset()) -> bool:
        """Does a noun of `nouns` open the act's clause ("kabar bahwa X ...", "upaya X ...", with
        words of `links` between: "video yang menyebut X ...") and a word of `verdict` follow the
        act in the sentence? With `links`, a verdict on the report in the next sentence ("Kabar
        itu hoaks") counts too."""
        clause = [self.low[k] for k in window]

        def noun_at(n: int) -> bool:
            while n < len(clause) and clause[n] in links:
                n += 1
            if n < len(clause) and clause[n] in nouns:
                return True
            return bool(links) and self.placed_report(clause[n:n + 5], nouns)

        b = next((n for n, w in enumerate(clause[:10]) if w == "bahwa"), None)
        if b is None and links and noun_at(0):
            b = -1                                       # "Kabar penahanan X oleh Polri hoaks"
        if b is None:                                    # "Kabar Polri menangkap X tidak benar": the
            b = next((n for n, w in enumerate(clause[:6]) if window[n] in self.at and noun_at(n + 1)
                      and (links or clause[n + 1] in nouns)), None)     # noun's subject opens it
        if b is None or not noun_at(b + 1) or not links and clause[b + 1] not in nouns:
            return False
        return _has_form(after[::-1], verdict) or bool(links) and self.report_called_false(nouns, verdict)

    @staticmethod
    def placed_report(words: list[str], nouns) -> bool:
        """"Unggahan di media sosial yang menyebut ...", "video di akun TikTok X yang ...": does a
        report's noun stand before a place phrase ("di", "dari") of up to three words (given
        nearest first), with no clause boundary in it?"""
        at = next((n for n, w in enumerate(words) if w in ("di", "dari")), None)
        return at is not None and at + 1 < len(words) and words[at + 1] in nouns \
            and not any(w in ("yang", ",", "bahwa") or w in SUBORDINATORS for w in words[:at])

    def report_called_false(self, nouns, verdict) -> bool:
        """Does the next sentence call a report false, naming it with a determiner ("Polri
        memastikan kabar tersebut tidak benar", "Informasi itu hoaks")?"""
        nxt = _next_sentence(self.doc, self.sent.start)
        if nxt is None:
            return False
        low = [t.text.lower() for t in nxt.tokens]
        named = any(w in nouns and nxt in DETERMINERS for w, nxt in zip(low, low[1:]))
        return named and _has_form(low[::-1], verdict)

    def called_off(self, after: list[str]) -> bool:
        """"akan menahan X, tetapi batal", "berupaya menangkap X, namun ia berhasil kabur": a plan or
        an attempt that a contrast after it calls off or sees escaped (cues kinds called_off, escaped
        within four words of "tetapi", "namun", "tapi")."""
        off = self.cues.get("called_off", frozenset()) | self.cues.get("escaped", frozenset())
        return any(w in ("tetapi", "namun", "tapi") and any(x in off for x in after[n + 1:n + 5])
                   for n, w in enumerate(after))

    def called_off_next(self, i: int, code: str = "") -> bool:
        """"KPK sempat hendak menahan X. Namun, rencana itu batal.": the next sentence calls a plan
        off within its first words (cues kind called_off) and names that plan: a plan noun or the
        cue's own act ("Namun, penahanan ditunda", "Serangan itu ditunda"), after a contrast (cues
        kind contrast_opener) or with a determiner pointing back ("Rencana itu akhirnya urung
        dilaksanakan", "Netanyahu kemudian menunda rencana itu")."""
        nxt = _next_sentence(self.doc, self.sent.start)
        if nxt is None or not nxt.tokens:
            return False
        low = [t.text.lower() for t in nxt.tokens][:12]
        off = self.cues.get("called_off", frozenset())
        if not any(w in off for w in low):
            return False
        opened = low[0] in self.cues.get("contrast_opener", ())
        plans = self.cues.get("plan_noun", frozenset()) | self.cues.get("attempt_noun", frozenset())
        for k, w in enumerate(low):
            if not (w in plans or w == _act_noun(self.low[i]) or _same_stem(w, self.low[i])
                    or self.own_act_noun(w, code)):
                continue
            rest = low[k + 1:k + 4]
            pointed = bool(rest) and rest[0] in DETERMINERS
            between = next((n for n, x in enumerate(rest) if x in off), None)
            if between is not None and all(x in DETERMINERS or x in CALLED_OFF_FILL for x in rest[:between]) \
                    and (opened or pointed):
                return True                            # "rencana itu batal", "penahanan pun ditunda"
            if k > 0 and low[k - 1] in off and pointed:
                return True                            # "membatalkan rencana tersebut"
        return False

    def own_act_noun(self, word: str, code: str) -> bool:
        """Is the word an event noun of the same CAMEO root as the act ("serangan" for "menyerang")?"""
        cue = self.cue_table.get((word,))
        return bool(code) and cue is not None and cue.voice == "noun" and cue.code[:2] == code[:2]

    def nominal_called_off(self, i: int, after: list[str]) -> bool:
        """"Penangkapan X oleh Polri dibatalkan", "Rencana penyerangan X ke Y digagalkan": an act
        named by a peN-...-an noun whose own predicate, the first verb after it in its clause,
        calls it off or foils it (cues kinds called_off, prevent). Any event noun ("serangan")
        whose predicate says it did not take place ("Serangan itu tidak pernah terjadi",
        "Penahanan X belum dilakukan"; see _unrealised) is not done either."""
        peN = _nominalisation(self.low[i])
        cue = self.cue_table.get((self.low[i],))
        if not peN and (cue is None or cue.voice != "noun"):
            return False
        stops = self.cues.get("called_off", frozenset()) | self.cues.get("prevent", frozenset())
        for n, w in enumerate(after):
            if peN and w in stops:
                return True
            if w in CLAUSE_PUNCT or w in LINKERS or w == "yang" or _affixed(w, ("me", "ber", "di", "ter")):
                return _unrealised(after, n, self.cues)
        return False

    def verbal_object(self, j: int, has_target: bool = False) -> bool:
        """Is a verb of force aimed at words, not at bodies ("menghantam balik tudingan DPR",
        "menembak menteri dengan kritik pedas": cues kinds text_noun, rumour_noun, verbal_noun), or
        carried by a medium of words ("menyerang X lewat buku", "melalui media sosial": verbal_channel)?"""
        words = self.cues.get("text_noun", ()) | self.cues.get("rumour_noun", ()) | self.cues.get("verbal_noun", ())
        k = j
        while k < len(self.low) and self.low[k] in ("balik", "keras", "habis", "habis-habisan"):
            k += 1
        if k < len(self.low) and self.low[k] in words and (not has_target or k + 1 in self.at):
            return True                                # "menyerang balik kritik Prabowo": the target owns the words
        means = words | self.cues.get("verbal_channel", frozenset())   # "lewat media sosial"
        return any(self.low[n] in ("dengan", "dalam", "lewat", "melalui", "via") and n + 1 < len(self.low)
                   and self.low[n + 1] in means for n in range(j, min(len(self.low) - 1, j + 6)))

    def asked_question(self, i: int, window: list[int]) -> bool:
        """Is the cue inside a polar question ("Akankah X memutus hubungan ...?"): a question word
        (cues kind question) before it in its clause and a "?" closing the sentence after it? Or in
        an embedded one ("Polisi menyelidiki apakah X menyerang Y", cues kind whether), with no
        comma between the word and the cue ("Ditanya apakah ..., X mengatakan ...")?"""
        questions = self.cues.get("question", ())
        asked = next((k for k in window[:12] if self.low[k] in questions
                      or " ".join(self.low[k:k + 2]) in questions), None)   # "Apa benar X menangkap Y?"
        if asked is None:
            return self.bare_polar_question(i, window)
        if self.low[asked] in self.cues.get("whether", ()) and "," not in self.low[asked:i]:
            return True                    # "menyelidiki apakah X menyerang Y": an embedded question
        return any(t.text == "?" for t in self.toks[i + 1:])

    def bare_polar_question(self, i: int, window: list[int]) -> bool:
        """Is the cue in a question with no question word ("Rusia menyerang Polandia? Itu mustahil"):
        the sentence's first end mark after it is "?" and no content-question word (cues kind
        wh_question, "mengapa", "siapa": they take the act as given) stands in its clause?"""
        end = next((t.text for t in self.toks[i + 1:] if t.text in (".", "!", "?")), None)
        wh = self.cues.get("wh_question", ())
        return end == "?" and not any(self.low[k] in wh for k in window) \
            and not any(w in wh for w in self.low[i + 1:])

    def match_report(self) -> bool:
        """Is the sentence a match report: a word of sport (cues kind match_word) with a score
        ("menang 2-0"), or a unit of play ("dua gim langsung")? Then "membekuk", "membantai",
        "menghantam" tell who won, not who used force."""
        units = self.cues.get("match_unit", ())
        if _has_form(self.low[::-1], units):
            return True
        return SCORE.search(self.sent.text) is not None \
            and any(w in self.cues.get("match_word", ()) for w in self.low)

    def machine_subject(self, i: int) -> bool:
        """Is a vehicle or engine (cues kind machine) among the three words before token i, in its
        clause ("puluhan motor anggotanya mogok"), and not the vehicle of people who work it ("sopir
        bus mogok": the drivers strike; cues kind crowd_noun)?"""
        machines = self.cues.get("machine", frozenset())
        k, words = i - 1, 0
        while k >= 0 and words < 3:
            if k in self.at or self.low[k] in ("(", ")"):
                k -= 1                                   # "motor anggota Serikat X (SX) mogok"
                continue
            if self.low[k] in CLAUSE_PUNCT or self.low[k] in SUBORDINATORS:
                return False
            if self.low[k] in machines:
                return not (k > 0 and self.low[k - 1] in self.cues.get("crowd_noun", ()))
            k, words = k - 1, words + 1
        return False

    def sport_sentence(self) -> bool:
        """Does the sentence speak of sport: a word of a match or of its players and seasons (cues
        kinds match_word, match_scene, sport_word)?"""
        words = self.cues.get("match_word", frozenset()) | self.cues.get("sport_word", frozenset())
        return any(w in words for w in self.low) or _has_form(self.low[::-1], self.cues.get("match_scene", ()))

    def animal_subject(self) -> bool:
        """Does the sentence open with an animal ("Anjing liar itu ...", "Seekor buaya ...", "Dua ekor
        harimau ...": cues kind animal)?"""
        k = 0
        while k < len(self.low) and (self.low[k] in QUANTIFIERS or self.low[k] in ("seekor", "ekor")
                                     or NUMBER.fullmatch(self.low[k])):
            k += 1
        return k < len(self.low) and self.low[k] in self.cues.get("animal", ())

    def in_match(self) -> bool:
        """Does the sentence speak of a match ("laga", "adu penalti", "babak kedua": cues kind
        match_scene)? Then one side beating or holding the other is no force, unless a state body
        (the police after a riot) acts."""
        scene = self.cues.get("match_scene", ())
        minute = any(w == "menit" and MINUTE.fullmatch(n) for w, n in zip(self.low, self.low[1:]))
        return minute or _has_form(self.low[::-1], scene)     # "pada menit ke-80": a minute of play

    def text_subject(self, args: "_Args") -> bool:
        """Is the agent only the owner of a statement, rule or trend that does the act ("deklarasi
        BRICS menyerang kepentingan X", "kebijakan itu memukul ...": cues kind text_noun)?"""
        first = self.agent_start(args)
        return first is not None and first > 0 and self.low[first - 1] in self.cues.get("text_noun", ())

    def act_subject(self, args: "_Args", i: int) -> bool:
        """Does the clause open with a noun of an act or state (peN-/per-/ke- ... -an, no body's
        name or a body's noun of that shape, cues kind body_noun: "Pemerintahan Trump"; "Penanganan
        aparat X", "Kenaikan harga di X") that the agent, within two words after it, only owns?
        Then that act, not the agent, does what the clause says. The agent stands before the cue
        at token i ("Penyerangan Israel terhadap Lebanon": the cue's own noun)."""
        first = self.agent_start(args)
        if first is None or first > i:
            return False
        for k in range(first - 1, max(-1, first - 3), -1):
            w = self.low[k]
            if not w.isalpha() or k in self.at:
                return False
            if _abstract_noun(w) and not _org_head(w) and w not in self.cues.get("own_body", ()) \
                    and w not in self.cues.get("body_noun", ()):
                return k == 0 or self.low[k - 1] in CLAUSE_PUNCT or self.low[k - 1] in SUBORDINATORS \
                    or self.toks[k - 1].text in QUOTE_MARKS
        return False

    def agent_start(self, args: "_Args") -> int | None:
        """The first token of the clause's agents, if any is named in the sentence."""
        return min((k for k, m in self.at.items() if any(m is a for a in args.agents)), default=None)

    def counter_claim(self, i: int, window: list[int]) -> bool:
        """Does the clause of the cue at i open a quotation in which the speaker, answering with
        "justru"/"malah" (cues kind counter_claim), names another actor's act ('"Kami justru
        mencatat RSF menjarah dua gudang"')? Then it is a counter-accusation, not a found fact;
        the speaker's own act ('"Kami justru membantu warga"') names no actor between."""
        if not window or window[-1] == 0 or self.toks[window[-1] - 1].text not in QUOTE_MARKS:
            return False
        first = next((k for k in reversed(window) if self.low[k] in FIRST_PERSON), None)
        return first is not None and any(self.low[k] in self.cues.get("counter_claim", ()) for k in window) \
            and any(k in self.at for k in range(first + 1, i))

    def lure_of_fraud(self, i: int) -> bool:
        """Is the promise or offer at token i the means of a fraud told before it in its clause
        ("menipu 40 kelompok tani dengan menjanjikan bantuan traktor": cues kind fraud_verb, then
        "dengan")? It is the lure, no pledge."""
        if i < 1 or self.low[i - 1] != "dengan":
            return False
        frauds = self.cues.get("fraud_verb", frozenset())
        for k in range(i - 2, max(-1, i - 14), -1):
            if self.low[k] in (".", ";") or self.toks[k].text in QUOTE_MARKS:
                return False
            if self.low[k] in frauds:
                return True
        return False

    def yardstick_at(self, k: int) -> bool:
        """Is token k a word of comparison (cues kind yardstick: "daripada", "sesuai"), or the "dari"
        of a comparative ("lebih ringan dari")?"""
        return k >= 0 and (self.low[k] in self.cues.get("yardstick", ())
                           or self.low[k] == "dari" and k >= 2 and "lebih" in self.low[k - 2:k])

    def yardstick_relative(self, i: int) -> bool:
        """Is the cue at token i in a "yang" clause on a noun used as a yardstick ("lebih ringan
        dari tuntutan jaksa Kejari X yang meminta hukuman sembilan tahun")? It describes that
        measure; it tells no act."""
        rel = next((k for k in range(i - 1, max(-1, i - 4), -1) if self.low[k] == "yang"), None)
        if rel is None:
            return False
        for k in range(rel - 1, max(-1, rel - 16), -1):
            if self.low[k] in (",", ";", ":", ".", "—", "–"):   # "(Kejari)" read over
                return False
            if self.yardstick_at(k):
                return True
        return False

    def simile_before(self, i: int) -> bool:
        """Is the cue at token i the verb of a simile ("seperti menembak sasaran yang salah",
        "bagaikan menyerang balik": cues kind simile right before it, an adverb between allowed)?"""
        k = i - 1
        while k >= 0 and self.low[k] in ("sedang", "hendak", "mau", "ingin", "tengah"):
            k -= 1
        return k >= 0 and self.low[k] in self.cues.get("simile", ())

    def warned_about(self, args: "_Args", j: int) -> bool:
        """Is the threat's target only the subject of a "bahwa" clause right after the cue
        ("memperingatkan bahwa ISWAP bisa kembali menyerang jika ...")? It warns of what that
        actor may do; it threatens no one ("memperingatkan Iran bahwa ..." warns Iran). The
        speaker's own side there is its own threat."""
        target = args.target
        if target is None or id(target) not in self.bounds or j >= len(self.low) or self.low[j] != "bahwa" \
                or self.bounds[id(target)][0] != j + 1:
            return False
        own = self.threat_side([_actor_key(a) for a in args.agents if _actor_key(a)])
        return _actor_key(target) not in own    # "... bahwa Washington akan membalas": its own threat

    def affiliates_subject(self, args: "_Args") -> bool:
        """Is the agent only named as the body its unnamed subjects work or study at ("Ratusan buruh
        PT X", "mahasiswa Universitas Y", "guru SD Z": cues kind affiliate_noun right before it)?
        They protest at that body; the body does not protest."""
        first = self.agent_start(args)
        if first is None or first == 0 or self.low[first - 1] not in self.cues.get("affiliate_noun", ()):
            return False
        agent = self.at.get(first)
        label = (self.doc.entities[agent.key].label if agent is not None and agent.key in self.doc.entities
                 else self.toks[first].text)
        head = (label.split() or [""])[0]      # "buruh Serikat Pekerja X", "buruh KSPI": their union
        return head.lower() not in self.cues.get("member_body", ()) and not (head.isupper() and " " not in label)

    def owned_subject(self, args: "_Args") -> bool:
        """Is the agent only named as the owner ("milik") of the thing that does the act, and a
        civilian one ("sebuah bus milik PO X ... menghantam truk", "rencana perluasan tambang milik
        PT X ... mengancam sumber air")? A state's or its forces' ship or plane acts for them."""
        first = self.agent_start(args)
        return first is not None and first > 0 and self.low[first - 1] == "milik" \
            and not any(is_a(a.type, c) for a in args.agents for c in ("GovernmentBody", "Country"))

    def negated_until(self, clause: list[str]) -> bool:
        """'tidak akan mundur sebelum pemerintah memenuhi tuntutannya': the act after "sebelum"
        (cues kind condition_after_negation) is the condition of a negated act before it."""
        until = self.cues.get("condition_after_negation", ())
        n = next((n for n, w in enumerate(clause[:8]) if w in until), None)
        if n is None or set(clause[:n]) & VERB_COORDINATORS:
            return False                        # "melarang X ... selama enam bulan dan memerintahkan": a
        return any(w in self.cues.get("negation", ()) for w in clause[n + 1:n + 9])   # duration, then a new act

    def after_denied_clause(self, i: int) -> bool:
        """Does the cue open a verb phrase coordinated with a denial whose complement is a clause
        with a subject of its own ("membantah kapal itu memasuki ZEE dan menuntut ...")? Then the
        denial's subject goes on acting; "membantah menyerang dan menjarah" denies both."""
        if not self.shares_subject(i):
            return False
        denial = self.cues.get("denial", ())
        d = next((k for k in range(i - 1, max(-1, i - 14), -1) if self.low[k] in denial), None)
        if d is None or d + 1 >= i:
            return False
        nxt = self.low[d + 1]
        verb = _affixed(nxt, ("me", "ber", "di", "ter"))
        return not verb and nxt not in {"telah", "sudah", "pernah", "tidak", "tak", "bahwa", "akan", "ikut",
                                        "sengaja", "turut", "pihaknya", "dirinya", "adanya"}

    def offered_purpose(self, clause: list[str]) -> bool:
        """Is the cue the purpose ("untuk", "guna", "demi" ...) of an offer (cues kind offer_verb) a
        few words before it ("menawarkan bantuan helikopter untuk mengevakuasi pekerja")?"""
        u = next((n for n, w in enumerate(clause[:3]) if w in PURPOSE_WORDS), None)
        if u is None:
            return False
        if "diri" in clause[u + 1:u + 3]:
            return False                               # "menawarkan diri untuk memediasi": an offer (03x)
        return any(w in self.cues.get("offer_verb", ()) for w in clause[u + 1:u + 5])

    def relative_aside_dropped(self, window: list[int]) -> list[int]:
        """The tokens before a cue (nearest first) without a relative clause set off by commas
        right before it: in "X, yang tidak terluka, menuding Y" the negation is the aside's, not
        the accusation's."""
        if not window or self.low[window[0]] != ",":
            return window
        for n in range(1, min(len(window) - 1, 14)):
            w = self.low[window[n]]
            if w == "yang" and self.low[window[n + 1]] == ",":
                return window[n + 2:]
            if w in (",", ";") or self.toks[window[n]].text in QUOTE_MARKS:
                break
        return window

    def compact(self, window: list[int]) -> list[int]:
        """Token indexes with each actor's name (and an acronym's parentheses) counted once, so
        that "mendesak Kementerian Lingkungan Hidup (KLH) dan Kementan mengaudit" stays near."""
        out: list[int] = []
        for k in window:
            m = self.at.get(k)
            if m is not None and out and self.at.get(out[-1]) is m or m is not None and self.low[k] in "()":
                continue
            out.append(k)
        return out

    def reporter(self, i: int) -> str | None:
        """Who reports the clause: a quotation's speaker, 'X mengatakan …', 'menurut X'."""
        pos = self.toks[i].start
        for start, end, speaker in self.quotes:
            if start <= pos < end:
                return speaker
        speech = self.cues.get("speech", frozenset())
        for k in range(i - 1, -1, -1):
            if self.low[k] in speech and not self.low[k].endswith("nya") \
                    and (self.low[k].startswith(("me", "ber")) or self.low[k] == "kata"):   # not "bertindak tegas"
                found = self._mention_left(k, {";", "."} | QUOTE_MARKS)
                return found[1].key if found else None
            if self.low[k] == "menurut":
                m = self.mention_after(k + 1)
                return m.key if m else None
        return None

    # --- events --------------------------------------------------------------------
    def events(self, i: int, j: int, cue) -> list[Event]:
        """The events signalled by the cue at tokens i..j."""
        if cue.voice == "reciprocal":
            return self.reciprocal_events(i, cue)
        if cue.voice == "support":
            return self.supported_events(i, j, cue)
        if cue.voice in ("needs", "needs_passive"):
            code = next((c for c in (cue.code, NEEDS_FALLBACK.get(cue.code)) if c and self.needed_after(j, c)), None)
            if code is None:
                return []                       # "mengirimkan surat": no aid
            holder = self.licence_holder(j) if code in HOLDER_CODES else False
            accused = code.startswith("115") and cue.voice == "needs"
            suspect = code.startswith("173") and cue.voice == "needs"
            cue = EventCue(code, "passive" if cue.voice == "needs_passive" else "active", cue.targets, cue.form)
        else:
            holder, accused, suspect = False, False, False
        if cue.voice == "noun" and cue.code == "020" and i > 0 and self.low[i - 1] in REQUEST_ADJUNCTS:
            args = self.request_args(i, j)      # "Atas permintaan X, Y mengirim ...": X asked Y
            return self.make_events(i, cue, args) if args else []
        parties = self.between_parties(j) if (cue.voice == "noun" and cue.code in MUTUAL_CODES or self.mutual_act(cue)) \
            and not set(self.low[max(0, i - 2):i]) & AHEAD else []
        if parties:                             # "bagian dari kerja sama antara TNI dengan Kejaksaan": the
            return self.offered(i, self.make_events(i, cue, _Args(j=j, agents=parties)))   # parties, wherever
        parties = self.mediation_parties(i, j, cue)                                        # the noun stands
        if parties:                             # "agenda mediasi antara A dan B": A and B negotiate
            return self.offered(i, self.make_events(i, EventCue("046", cue.voice, cue.targets, cue.form),
                                                    _Args(j=j, agents=parties)))
        sides = self.agreeing_sides(i) if cue.voice == "noun" and cue.code.startswith("04") else []
        if sides:                               # "A dan B menyepakati gencatan senjata dalam perundingan di
            return self.make_events(i, cue, _Args(j=j, agents=sides))   # Jeddah": A and B negotiated
        if cue.voice == "noun" and self.in_background(i):
            return []                           # "atas permintaan KPK", "sebelum rapat": background, not an event
        if cue.code.startswith("08") and self.partial_acquittal(j):
            return []                           # "membebaskan X dari dakwaan primer": one count, no release
        if cue.voice == "active" and " " not in cue.form and not _affixed(cue.form, ("me", "di", "ber", "ter")) \
                and j < len(self.low) and self.low[j] in DETERMINERS:
            return []                           # "mogok tersebut", "bentrok itu": a bare verb used as a noun
                                                # refers back to an act already told, it tells no new one
        if cue.code in PERSONAL_CODES and self.abstract_object(i, j, cue):
            return []                           # "menahan persetujuan anggaran": an act held back, no detention
        if cue.code in PERSONAL_CODES and cue.voice == "active" and j < len(self.low) and any(
                self.low[j] in self.cues.get(kind, ()) for kind in ("machine", "plate_word")):
            return []                           # "mengamankan plat nomor Polri palsu": a thing, no arrest
        if cue.code.startswith(MATCH_CODES) and self.match_report():
            return []                           # "dibekuk pasangan Thailand dua gim langsung": a defeat
        if cue.form in self.cues.get("stall_verb", ()) and self.machine_subject(i):
            return []                           # "puluhan motor anggotanya mogok": broke down
        if cue.form in self.cues.get("team_verb", ()) and self.sport_sentence():
            return []                           # "pemain itu belum berhak membela Vietnam": plays for
                                                # a side, defends no one
        if cue.code.startswith("15") and cue.voice in ("active", "passive") and self.relief_deployment(j):
            cue = EventCue("073", cue.voice, cue.targets, cue.form)   # "mengerahkan 60 personel untuk
                                                                      # mencari korban": relief, no force
        if cue.code.startswith("19") and cue.voice == "active" \
                and self.word_in_clause(j, self.cues.get("test_fire", frozenset()), 16):
            cue = EventCue("150", cue.voice, cue.targets, cue.form)   # "menembakkan rudal ke Laut Jepang":
                                                                      # a test or a show of force
        if cue.code.startswith(("19", "20")) and cue.voice == "noun" and self.tested(i):
            cue = EventCue("150", cue.voice, cue.targets, cue.form)   # "uji coba senjata nuklir": a test
        if cue.voice == "active" and (cue.form in self.cues.get("order", ()) or cue.code.startswith("139")) \
                and self.ordered_departure(j):                # also "memberi waktu 72 jam kepada X untuk
                                                              # meninggalkan negara itu": a deadline to leave
            cue = EventCue("174", cue.voice, cue.targets, cue.form)   # "memerintahkan diplomat X meninggalkan
                                                                      # negara itu": expelled, not asked
        ordered = self.ordered_act(j) if cue.voice == "active" and cue.form in self.cues.get("order", ()) else None
        if ordered is not None:                 # "memerintahkan penahanan X", "memerintahkan penyelidikan
            j, cue = ordered[0], EventCue(ordered[1].code, "active", ("obj", *ordered[1].targets), cue.form)
                                                # atas kasus itu": the orderer does the act named
        args = self.passive_args(i, j, _linked(cue.code)) if cue.voice == "passive" else self.active_args(i, j, cue)
        if args.target is None and cue.code.startswith("17") and (protester := self.dispersed_protesters(i, j, cue)):
            args.target, args.targets = protester, [protester]   # "Blokade itu dibubarkan oleh Polres X":
                                                                 # the blockaders
        if holder is not False:                 # "mencabut sertifikat halal produk milik PT X": the
            args.target = holder                # holder of the licence, not the licence
            args.targets = [holder] if holder else []
        elif self.licence_object(j, cue) and (args.target is None or self.names_licence(args.target)):
            holder = self.licence_holder(j)     # "membekukan izin trayek armada PO X": PO X
            args.target, args.targets = holder, [holder] if holder else []
        if accused and args.target is None:     # "melaporkan dugaan korupsi di Kementerian X ke KPK"
            args.target = self.accused_in_object(j)
            args.targets = [args.target] if args.target else []
        named = self.named_suspect(j) if suspect else None
        if named is not None:                   # "menetapkan Kepala Biro Umum Kementerian X, Herman,
            if args.target is None or args.target.type != "Person":   # sebagai tersangka": Herman,
                args.target, args.targets = named, [named]              # not the bureau
            else:                               # "menetapkan Direktur Utama PT X, Budi, sebagai
                args.targets = [t for t in args.targets if t.type == "Person"]   # tersangka": not PT X
        if not args.agents and cue.voice == "passive" and cue.code.startswith(CUSTODY_CODES):
            args = self.custody_chain(i) or args   # "diamankan oleh petugas Polres X, tetapi dilepaskan"
        if not args.agents and cue.voice == "passive" and cue.code.startswith((*CUSTODY_CODES, *INQUIRY_CODES)):
            found = self.reporting_body(i)       # "Kapolres X mengatakan dua pelaku telah diamankan"
            if found:                            # the held are in the reported clause, not the speaker
                args.agents = [found[1]]
                args.targets = [t for t in args.targets if self.bounds.get(id(t), (found[0], 0))[0] > found[0]]
                args.target = args.targets[0] if args.targets else None
        if not args.agents and cue.voice == "passive" and cue.code.startswith(CUSTODY_CODES[:3]):
            found = self.standin_agent(j)                # "Polres X menggerebek ... Ratusan tabung gas
            args.agents = [found] if found else []       # disita petugas.": Polres X's officers
        if not args.agents and cue.voice == "passive" and cue.code in INQUIRY_FOLLOWS:
            found = self.inquiring_body(i, cue.code, args)   # "Sekda X, Y, turut diperiksa sebagai saksi"
            args.agents = [found] if found else []
        if not args.agents:
            return []
        if any(self.not_a_party(t, cue.code) for t in args.targets or [args.target] if t is not None):
            args.targets = [t for t in args.targets if not self.not_a_party(t, cue.code)]
            args.target = args.targets[0] if args.targets else None   # "mobil Honda Jazz", ", jelas Budi,"
        if cue.code.startswith("14") and cue.voice != "passive" and self.affiliates_subject(args):
            return []                           # "Ratusan buruh PT X berunjuk rasa": PT X is protested at
        if cue.code.startswith(MATCH_CODES) and self.in_match() \
                and not any(is_a(a.type, "GovernmentBody") for a in args.agents):
            return []                           # "Korea Selatan membekuk Jepang lewat adu penalti"
        if cue.code.startswith("17") and cue.voice == "passive" and args.target is None and self.animal_subject():
            return []                           # "Anjing liar itu ditangkap petugas": caught, not arrested
        if cue.code.startswith(FORCE_ROOTS[1:]) and cue.voice != "passive" \
                and (self.text_subject(args) or self.verbal_object(j, args.target is not None)):
            return []                           # "deklarasi itu menyerang kepentingan X": a metaphor
        if cue.code.startswith("03") and self.lure_of_fraud(i):
            return []                           # "menipu petani dengan menjanjikan bantuan traktor": a lure
        if self.simile_before(i):
            return []                           # "Penyidik seperti menembak sasaran yang salah": a figure
        if cue.voice == "noun" and self.yardstick_at(i - 1) or self.yardstick_relative(i):
            return []                           # "lebih ringan daripada tuntutan jaksa (yang meminta ...)"
        if cue.code.startswith("13") and self.warned_about(args, j):
            return []                           # "memperingatkan bahwa ISWAP bisa menyerang": a warning
        if cue.code.startswith("13") and cue.voice != "passive" and self.text_subject(args):
            return []                           # "kebijakan tarif AS mengancam pertumbuhan": a danger
        if cue.code.startswith(("13", "14", *FORCE_ROOTS[1:])) and cue.voice != "passive" and self.act_subject(args, i):
            return []                           # "Penanganan aparat X yang keras memicu kerusuhan": the
                                                # handling causes the riot, X does not riot
        if cue.code.startswith(FORCE_ROOTS[1:]) and cue.voice != "passive" and self.animal_subject():
            return []                           # "Tawon itu, kata X, bisa menyerang": the animal, not X
        if cue.code.startswith(("13", *FORCE_ROOTS[1:])) and cue.voice != "passive" and self.owned_subject(args):
            return []                           # "bus milik PO X menghantam truk": an accident;
                                                # "rencana ... milik PT X mengancam sumber air"
        if cue.form in self.cues.get("match_meeting", ()) and self.sport_sentence() \
                and not any(m.type == "Person" for m in [*args.agents, *args.targets]):
            return []                           # "Persib akan bertemu Persebaya di final": a match
        found = self.make_events(i, cue, args)
        if cue.code.startswith("057") and self.signs_decree(i, j, cue.voice):
            self.authored.extend(found)         # "Presiden meneken Perpres ...": a decree binds no
        return found                            # counterpart; it only says whose the rule is

    def abstract_object(self, i: int, j: int, cue) -> bool:
        """Is what a one-word arrest cue holds an act or a state named by a peN-/per-/ke- ... -an
        noun: its object ("menahan pencairan dana", "menahan kenaikan harga", "mengamankan
        pelaksanaan ibadah", "penahanan persetujuan") or, for a passive, the noun that opens its
        clause with no actor in it ("Penyaluran bantuan itu ditahan", "pencairannya kami tahan")?
        Then nobody is arrested or detained; person and vehicle nouns of that shape (cues kind
        held_nominal) excepted."""
        if " " in cue.form or cue.voice not in ("active", "noun", "passive"):
            return False
        if cue.voice == "passive":
            k = i - 1
            while k >= 0 and (self.low[k] not in CLAUSE_PUNCT or self.short_form_at(k)) \
                    and self.low[k] not in (".", "!", "?") and self.toks[k].text not in QUOTE_MARKS:
                if self.short_form_at(k):
                    k -= 3                           # "persetujuan bangunan gedung (PBG) masih ditahan"
                    continue
                if k in self.at or self.low[k] in SUBORDINATORS or self.low[k] == "yang" \
                        or _affixed(self.low[k], ("me", "ber")):
                    return False                     # an actor, a verb ("Kepolisian menyebut tersangka
                                                     # ditahan") or a clause that is not the subject
                k -= 1
            k += 1
            if k < i and self.toks[k].text.isupper() and len(self.toks[k].text) >= 2:
                return True                          # "PBG itu ditahan": a short form that names no actor
            word = self.low[k][:-3] if k < i and self.low[k].endswith("nya") else (self.low[k] if k < i else "")
        else:
            k = j
            while k < len(self.low) and (self.low[k] in ABSTRACT_SKIP or NUMBER.fullmatch(self.low[k])):
                k += 1
            if k >= len(self.low) or k in self.at:
                return False
            word = self.low[k]
            if k + 1 < len(self.low) and self.low[k + 1] in OWN_POSSESSIVES and k not in self.at:
                return True                          # "menahan armada mereka di dermaga": they keep their
                                                     # own boats; nobody is held
        return _abstract_noun(word) and word not in self.cues.get("held_nominal", ())

    def short_form_at(self, k: int) -> bool:
        """Does a short form in parentheses that names no actor, "(PBG)", end at token k?"""
        return k >= 2 and self.low[k] == ")" and self.low[k - 2] == "(" and k - 1 not in self.at

    def signs_decree(self, i: int, j: int, voice: str) -> bool:
        """Is the thing signed at cue i..j a one-sided instrument (cues kind decree: "Perpres",
        "surat edaran", "peraturan"), not an agreement with a counterpart? Its noun follows an
        active cue ("meneken Peraturan Presiden ...") or comes before a passive one ("Beleid itu
        diteken", "aturan yang diteken ..."); a joint one ("peraturan bersama") is an agreement."""
        decree = self.cues.get("decree", frozenset())
        skip = QUANTIFIERS | DETERMINERS | {"yang", "telah", "sudah", "juga", "resmi", "langsung", "pun", "serangkaian"}
        if voice != "passive":
            k = next((k for k in range(j, min(len(self.toks), j + 4)) if self.low[k] not in skip), None)
            return k is not None and self.low[k] in decree \
                and not (k + 1 < len(self.low) and self.low[k + 1] == "bersama")
        words = 0
        for k in range(i - 1, max(-1, i - 8), -1):       # "peraturan menteri yang diteken": the
            w = self.low[k]                             # noun phrase before the relative pronoun
            if w in skip:
                continue
            if words == 3 or k in self.at or not w.isalpha() or w in PREPOSITIONS:
                return False
            if w in decree:
                return not (k + 1 < len(self.low) and self.low[k + 1] == "bersama")
            words += 1
        return False

    def partial_acquittal(self, j: int) -> bool:
        """'membebaskan terdakwa dari dakwaan primer': an acquittal on one count of the indictment."""
        for k in range(j, min(len(self.low) - 2, j + 10)):
            if self.low[k] in (".", ";") or self.low[k] in SUBORDINATORS:
                return False
            if self.low[k] == "dari" and self.low[k + 1] == "dakwaan" \
                    and self.low[k + 2] in self.cues.get("partial_charge", ()):
                return True
        return False

    def reciprocal_events(self, i: int, cue) -> list[Event]:
        """'kedua kubu saling serang-menyerang': each coordinated actor with each other."""
        subj = self.agent_before(i)
        agents = self.coordinated(*subj) if subj else []
        keys = [k for k in dict.fromkeys(_actor_key(a) for a in agents) if k]
        modality, source = self.modality(i, cue.code)
        return [Event(cue.code, a, b, modality, cue.form, Span(self.sent.start, self.sent.end), source,
                      self.when(), self.place()) for a in keys for b in keys if a != b]

    def custody_chain(self, i: int) -> "_Args | None":
        """'Dua pengunjuk rasa diamankan oleh petugas Polres X, tetapi dilepaskan beberapa jam
        kemudian', 'ditangkap oleh tim Resmob dan langsung ditahan': an agentless custody passive
        coordinated with an earlier custody passive of its sentence shares that one's subject
        and agent."""
        k = i - 1
        while k >= 0 and self.low[k] in CHAIN_ADVERBS:
            k -= 1
        if k < 1 or self.low[k] not in CHAIN_LINKERS:
            return None
        k -= self.low[k - 1] == ","
        table, longest = event_cues()
        for n in range(k - 1, -1, -1):
            if self.low[n] in (".", ";") or self.toks[n].text in QUOTE_MARKS:
                return None
            hit = _cue_at(self.low, n, longest)
            if hit is None or hit[0] > k:
                continue
            end, cue = hit
            if cue.voice != "passive" or not cue.code.startswith(CUSTODY_CODES):
                return None                     # the verb before is another kind of act
            args = self.passive_args(n, end)
            return args if args.agents else None
        return None

    def licence_object(self, j: int, cue) -> bool:
        """Does an active sanction cue (root 17) take a licence (a word of cues kind needs:172) as
        its object, in its own form or right after it ("membekukan izin trayek armada PO X",
        "membekukan Persetujuan Bangunan Gedung (PBG) gereja milik GIN")? When no actor or only
        the licence stands as its target, the sanction falls on the licence's holder."""
        if not cue.code.startswith("17") or cue.voice != "active":
            return False
        words = self.cues.get("needs:172", frozenset())
        return cue.form.split()[-1] in words or any(" ".join(self.low[j:j + n]) in words for n in (1, 2))

    def names_licence(self, m: Mention) -> bool:
        """Does the name hold a licence word (cues kind needs:172: "Persetujuan Bangunan Gedung")?"""
        words = self.cues.get("needs:172", frozenset())
        parts = m.text.lower().split()
        return any(" ".join(parts[n:n + size]) in words for size in (1, 2) for n in range(len(parts)))

    def licence_holder(self, j: int) -> Mention | None:
        """'mencabut sertifikat halal bumbu merek X milik PT Y', 'membekukan PBG gereja milik
        GIN', 'mencabut KTA Budi': whose licence (a word of cues kind needs:172) a sanction takes
        away: the actor after "milik" in the object's noun phrase, else the first actor in it
        that is not the licence itself."""
        first = None
        for k in range(j, min(len(self.toks), j + 14)):
            w = self.low[k]
            if w in (".", ";") or w in SUBORDINATORS or w in CLAUSE_PUNCT and w != "(" and w != ")" \
                    or w in PREPOSITIONS or self.toks[k].text in QUOTE_MARKS or self.new_act(k):
                break
            m = self.at.get(k)
            if w == "milik" and k + 1 < len(self.toks):
                return self._acting(self.at.get(k + 1)) or first
            if m is None or first is not None or not self._actor(m):
                continue
            if self.names_licence(m) or _mere_place(m):
                continue                        # the licence ("Persetujuan Bangunan Gedung (PBG)")
            first = self._acting(m)
        return first

    def accused_in_object(self, j: int) -> Mention | None:
        """'melaporkan dugaan jual-beli kuota di Kementerian X ke KPK', 'melaporkan lima komisioner
        KPU kota itu ke DKPP': a complaint whose object is an offence or people, not an actor, is
        against the first actor named in that object, before the authority it goes to ("ke")."""
        for k in range(j, min(len(self.toks), j + 12)):
            w = self.low[k]
            if w in ("ke", "kepada", ".", ";", "atas", "terkait") or w in SUBORDINATORS \
                    or self.toks[k].text in QUOTE_MARKS or self.new_act(k):
                return None
            m = self._acting(self.at.get(k))
            if m is not None:
                return m
        return None

    def named_suspect(self, j: int) -> Mention | None:
        """'menetapkan Kepala Biro Umum Kementerian X (Kemendes), Herman Sutedja, sebagai tersangka':
        the suspect is the first person named in the object before "sebagai", not the body in the
        title before the name."""
        first = None
        for k in range(j, min(len(self.toks), j + NEEDS_REACH["173"])):
            if self.low[k] == "sebagai":
                return first
            if self.clause_break(k):
                return None
            m = self._acting(self.at.get(k))
            if first is None and m is not None and m.type == "Person" and not INITIALS.fullmatch(m.text):
                first = m                       # initials ("berinisial AB") name no entity
        return None

    def supported_events(self, i: int, j: int, cue) -> list[Event]:
        """'Pencarian dilakukan oleh Basarnas bersama TNI AL', 'Pencarian dilakukan Kantor SAR X
        bersama BPBD Y': a noun that names an act only when it is the subject of a passive light
        verb (cues kind support_passive) followed by its agent, with "oleh" or right after the
        verb (an organisation, and the bodies listed with it)."""
        if i > 0 and (self.low[i - 1] not in CLAUSE_PUNCT and self.low[i - 1] not in LINKERS or i - 1 in self.at):
            return []                           # "mesin pencarian", "hasil pencarian": not the subject
        if cue.code.startswith("14"):
            return self.organised_protest(i, j, cue)
        agents = self.passive_support_agents(j)
        if not agents and j + 1 < len(self.toks) and self.low[j] in self.cues.get("support_passive", ()):
            m = self._acting(self.at.get(j + 1))
            if m is not None and is_a(m.type, "Organization") and self.bounds[id(m)][0] == j + 1:
                agents = self.coordinated_after(self.team_body(m), joint=True)
        if not agents:
            return []
        args = _Args(j=j)
        args.agents = agents
        return self.make_events(i, EventCue(cue.code, "noun", cue.targets, cue.form), args)

    def organised_protest(self, i: int, j: int, cue) -> list[Event]:
        """'Aksi itu dikoordinasikan oleh BEM X', 'Aksi yang digalang X bersama Y ...': an "aksi"
        (a support noun of root 14) organised by an actor (a passive light verb of cues kind
        support_passive) is the protest the article has told of before; its organisers protest,
        with that protest's code and target, and so are the demands and refusals the crowd made
        ("Mereka menuntut PT X ...", "berunjuk rasa ..., menolak rencana Y"), whose target the
        protest takes when it names none. Without an earlier protest against a named actor, an
        "aksi" is no event."""
        told = self.told_protest()
        if told is None:
            return []
        k = j
        while k < len(self.low) and self.low[k] in DETERMINERS:
            k += 1
        agents = self.passive_support_agents(j)
        if not agents and k + 1 < len(self.low) and self.low[k] == "yang" \
                and self.low[k + 1] in self.cues.get("support_passive", ()):
            m = self._acting(self.at.get(k + 2))             # "Aksi yang dikoordinasikan BEM X itu"
            if m is not None and is_a(m.type, "Organization") and self.bounds[id(m)][0] == k + 2:
                agents = self.coordinated_after(m, joint=True)
        if not agents and k + 1 < len(self.low) and self.low[k] in self.cues.get("support_passive", ()):
            agents = self.organiser_after(k + 1)
        if not agents:
            return []
        crowd = self.crowd_acts(agents)
        code, target = told
        target = target or next((e.target for e in crowd if e.target), None)
        if target is None:
            return []                           # whom it protests against is not told: too little to say
        found = self.make_events(i, EventCue(code, "noun", cue.targets, cue.form), _Args(j=j, agents=agents))
        return crowd + [replace(e, target=target) for e in found if e.agent != target]

    def crowd_acts(self, agents: list[Mention]) -> list[Event]:
        """The demands, criticisms and refusals (CROWD_ROOTS) of the crowd whose protest was told
        in the three sentences before, that no actor was found to make: those after "Mereka"
        ("Mereka menuntut PT X membatalkan ...") or after the protest cue in its own sentence
        ("Ratusan pedagang berunjuk rasa ..., menolak rencana relokasi oleh Pemkot X"); the
        organisers make them, against the target each names."""
        sents = self.doc.article.sentences
        si = _sentence_at(self.doc, self.sent.start)
        longest = event_cues()[1]
        out: list[Event] = []
        for n in range(max(0, si - 3), si):
            sent = sents[n]
            if sent.is_title or any(e.evidence.start == sent.start and e.code[:2] in CROWD_ROOTS
                                    for e in self.doc.events):
                continue                        # its acts have an actor of their own
            low = [t.text.lower() for t in sent.tokens]
            protest = next((k for k in range(len(low)) if (hit := _cue_at(low, k, longest)) is not None
                            and hit[1].code.startswith("14")), None)
            ctx = None
            for k in range(len(low)):
                hit = _cue_at(low, k, longest)
                if hit is None or hit[1].code[:2] not in CROWD_ROOTS or hit[1].voice != "active":
                    continue
                before = [w for w in low[max(0, k - 3):k] if w not in ("juga", "pun", "lalu", "kemudian", "sempat")]
                if not (before and before[-1] == "mereka" or protest is not None and protest < k
                        and before and before[-1] == ","):
                    continue
                ctx = ctx or _Clause(self.doc, sent, sorted((m for m in self.doc.mentions if m.sentence == n
                                                              and m.key and m.type != "Other"),
                                                             key=lambda m: m.start), self.quotes)
                found = ctx.find_target(hit[0], hit[1])
                if found is not None:
                    out += [e for e in ctx.make_events(k, hit[1], _Args(j=hit[0], agents=agents, target=found,
                                                                        targets=[found]))
                            if e.agent != e.target]
        return out

    def organiser_after(self, k: int) -> list[Mention]:
        """'Aksi itu dipimpin Ketua Asosiasi X, Y', 'Aksi itu digalang Serikat X': the organiser
        named right after the light verb, an organisation or a person under a title."""
        m = self._acting(self.at.get(k))
        if m is None or self.bounds[id(m)][0] != k:
            return []
        if is_a(m.type, "Organization") or m.type == "Person" and m.title_start is not None:
            return self.coordinated_after(m, joint=True)
        return []

    def told_protest(self) -> tuple[str, str | None] | None:
        """The protest (a root-14 cue) told in one of the three sentences before this one, the
        nearest that names whom it is against first ('Ratusan nelayan berunjuk rasa di depan
        kantor X. Mereka memprotes ...': the first); else the nearest, with no target."""
        told = None
        for found in self.told_protests():
            if found[1] is not None:
                return found
            told = told or found
        return told

    def told_protests(self) -> Iterator[tuple[str, str | None]]:
        """The protests told in the three sentences before this one, the nearest first: each
        one's code and the key of its target (None when it names none)."""
        sents = self.doc.article.sentences
        si = _sentence_at(self.doc, self.sent.start)
        table, longest = event_cues()
        for n in range(si - 1, max(-1, si - 4), -1):
            sent = sents[n]
            if sent.is_title:
                continue
            low = [t.text.lower() for t in sent.tokens]
            hits = [(k, hit) for k in range(len(low)) if (hit := _cue_at(low, k, longest)) is not None
                    and hit[1].code.startswith("14") and hit[1].voice in ("active", "noun")]
            if not hits:
                continue
            k, (end, cue) = hits[-1]
            told = [e for e in self.doc.events if e.code.startswith("14") and e.evidence.start == sent.start]
            if told:
                yield told[-1].code, told[-1].target
                continue
            ctx = _Clause(self.doc, sent, sorted((m for m in self.doc.mentions if m.sentence == n and m.key
                                                  and m.type != "Other"), key=lambda m: m.start), self.quotes)
            found = ctx.find_target(end, cue) or (ctx.strikers_employer(k) if cue.code.startswith("143") else None)
            yield cue.code, _actor_key(found) if found is not None else None

    def strikers_employer(self, k: int) -> Mention | None:
        """'Sekitar 500 buruh PT X di Kabupaten Y mogok kerja', 'dokter di RSUD Z mogok': workers
        no actor names strike against the body named with them before the strike cue at token k
        (the first organisation before it; a place is where they work, not whom they strike)."""
        art = self.doc.article
        opening = max((sp.end for sp in (art.dateline_span, art.publisher_span) if sp is not None), default=0)
        for x in range(max(0, k - STRIKER_REACH), k):
            m = self._acting(self.at.get(x))
            if m is not None and m.start >= opening and is_a(m.type, "Organization") \
                    and not is_a(m.type, "MediaOrganization"):
                return m                                 # not "Liputan6.com, Surabaya -": the outlet
        return None

    def needed_after(self, j: int, code: str) -> bool:
        """Does a word the cue's code needs follow in the clause (cues.tsv kind needs:<code>):
        relief goods after "mengirimkan" (073), "sebagai tersangka" after "menetapkan" (173)?"""
        if code.startswith("139"):
            return self.deadline_after(j)
        return self.word_in_clause(j, self.cues.get(f"needs:{code}", frozenset()), NEEDS_REACH.get(code, 10),
                                   unnegated=code.startswith("111"))

    def word_in_clause(self, j: int, words: frozenset[str], reach: int, unnegated: bool = False) -> bool:
        """Does one of the words (one to three tokens: "status badan hukum") stand within reach
        tokens after token j, before the clause ends? With unnegated, a word after a negation
        does not count: "menyebut pihaknya tidak melanggar aturan", "menilai X tidak terbukti
        melanggar" find no fault."""
        negation = self.cues.get("negation", frozenset()) if unnegated else frozenset()
        for k in range(j, min(len(self.toks), j + reach)):
            if self.clause_break(k):
                return False
            if any(" ".join(self.low[k:k + size]) in words for size in (1, 2, 3)) \
                    and not any(w in negation for w in self.low[j:k]):
                return True
        return False

    def relief_deployment(self, j: int) -> bool:
        """Does what a deployment verb sends (its clause after token j) name relief goods or
        rescuers (cues kind needs:073: "mobil pemadam", "tim SAR") or a rescue purpose (cues kind
        relief_purpose: "untuk mencari korban", "untuk memadamkan api")?"""
        return self.needed_after(j, "073") or self.word_in_clause(j, self.cues.get("relief_purpose", frozenset()), 14)

    def dispersed_protesters(self, i: int, j: int, cue) -> Mention | None:
        """'Blokade itu dibubarkan oleh polisi', 'polisi membubarkan aksi tersebut': a protest noun
        (an event cue of root 14, or a blockade) with itu/tersebut as the passive's subject or the
        verb's object refers to the protest told before; its agent is the one acted on (the last such protest
        in this sentence or the three before it)."""
        longest = event_cues()[1]
        span = range(max(0, i - 4), i) if cue.voice == "passive" else range(j, min(len(self.low), j + 3))
        for k in span:
            hit = _cue_at(self.low, k, longest)
            if hit is not None and hit[1].code.startswith(("14", "191")) and hit[0] < len(self.low) \
                    and self.low[hit[0]] in DETERMINERS:
                break
        else:
            return None
        sents = self.doc.article.sentences
        si = _sentence_at(self.doc, self.sent.start)
        starts = {sents[n].start for n in range(max(0, si - 3), si + 1)}
        told = [e for e in self.doc.events if e.code.startswith("14") and e.evidence.start in starts and e.agent]
        if not told:
            return None
        key = told[-1].agent
        return next((m for m in reversed(self.doc.mentions) if m.key == key and m.start < self.toks[i].start), None)

    def ordered_act(self, j: int):
        """The act noun an order verb takes as its object at token j ("memerintahkan penahanan X"):
        (where its arguments start, its cue), or None."""
        hit = _cue_at(self.low, j, event_cues()[1]) if j < len(self.low) else None
        return hit if hit is not None and hit[1].voice == "noun" and not hit[1].code.startswith("01") else None

    def ordered_departure(self, j: int) -> bool:
        """Is the act an order verb commands (its clause after token j) to leave a territory
        (cues kind departure, then kind territory or a country: "meninggalkan negara itu",
        "keluar dari perairan X", "meninggalkan Indonesia")?"""
        leaving, ground = self.cues.get("departure", frozenset()), self.cues.get("territory", frozenset())
        for k in range(j, min(len(self.toks), j + 20)):
            if self.clause_break(k):
                return False
            size = next((n for n in (1, 2, 3) if " ".join(self.low[k:k + n]) in leaving), 0)
            if size:
                n = k + size
                place = self.at.get(n)
                return n < len(self.low) and (any(" ".join(self.low[n:n + w]) in ground for w in (1, 2))
                                              or place is not None and place.type == "Country")
        return False

    def deadline_after(self, j: int) -> bool:
        """'memberi Libya waktu 72 jam', 'memberi waktu 60 hari kepada X', 'memberi X tenggat 14
        hari untuk ...': a time limit (cues kind deadline, then a number and a unit of cues kind
        deadline_unit) right after the verb or after its one actor object."""
        k = j
        m = self.at.get(k)
        if m is not None:
            k = self.bounds[id(m)][1] + 1                # the one given the time
        for size in (2, 1):
            if " ".join(self.low[k:k + size]) in self.cues.get("deadline", ()):
                n = k + size
                return n + 1 < len(self.low) and (NUMBER.fullmatch(self.low[n]) or self.low[n] in QUANTIFIERS) \
                    and self.low[n + 1] in self.cues.get("deadline_unit", ())
        return False

    def request_args(self, i: int, j: int) -> "_Args | None":
        """'Atas permintaan X, Y mengirim ...', '... diterbitkan Y atas permintaan X': X asked Y, the
        actor who acts at the request: the subject after the opening adjunct's comma, or the
        agent of the passive ("diterbitkan Y", "oleh Y") right before the adjunct."""
        m = self._acting(self.mention_after(j, allow_fillers=False))
        if m is None:
            return None
        args = _Args(j=self.bounds[id(m)][1] + 1)
        args.agents = [m]                                # a list after it would swallow the subject
        target = None
        if i == 1:
            k = args.j
            while k < min(len(self.toks), j + 16) and self.low[k] != ",":
                if self.low[k] in (".", ";") or self.low[k] in SUBORDINATORS:
                    return None
                k += 1
            target = self._acting(self.mention_after(k + 1, allow_fillers=False)) if k + 1 < len(self.toks) else None
        elif i > 2 and (i - 2) in self.at:
            y = self._acting(self.at[i - 2])
            first = self.bounds[id(y)][0] if y is not None else 0
            before = self.low[first - 1] if first > 0 else ""
            if before == "oleh" or _affixed(before, ("di", )):   # "diterbitkan Interpol atas permintaan X"
                target = y
        if target is None:
            return None
        args.target, args.targets = target, [target]
        return args

    def between_parties(self, j: int) -> list[Mention]:
        """'negosiasi antara Indonesia dan AS', 'kerja sama bilateral antara TNI dengan Kejaksaan':
        the two (or more) actors a mutual event noun names after "antara" (a few modifiers may
        come between), joined by a list separator or by "dengan"; [] unless there are two."""
        k = j
        while k < min(len(self.toks), j + BETWEEN_GAP) and self.low[k] != "antara":
            if not self.low[k].isalpha() or k in self.at or self.low[k] in SUBORDINATORS \
                    or self.low[k] in PREPOSITIONS or self.low[k] in ("yang", "ini", "itu", "tersebut") \
                    or _affixed(self.low[k], ("me", "ber", "di", "ter")):
                return []
            k += 1
        if k >= len(self.toks) or self.low[k] != "antara":
            return []
        first = self._acting(self.mention_after(k + 1, allow_fillers=False))
        if first is None:
            return []
        parties = self.coordinated_after(first)
        end = self.bounds[id(parties[-1])][1] + 1
        if len(parties) == 1 and end < len(self.toks) and self.low[end] == "dengan":
            other = self._acting(self.mention_after(end + 1, allow_fillers=False))   # "antara A dengan B"
            parties += self.coordinated_after(other) if other is not None else []
        keys = {_agent_key(m) for m in parties} - {None}
        return parties if len(keys) > 1 else []

    def agreeing_sides(self, i: int) -> list[Mention]:
        """'A dan B sepakat menukar tahanan dalam perundingan yang dimediasi Oman': the actors of a
        mutual act told earlier in the sentence (each to the other), when a meeting or negotiation
        noun after "dalam" / "melalui" says where they agreed; they met or negotiated there too."""
        if i == 0 or self.low[i - 1] not in ("dalam", "melalui"):
            return []
        here = [e for e in self.doc.events if e.evidence.start == self.sent.start and e.code in MUTUAL_CODES
                and e.target is not None]
        pairs = {(e.agent, e.target) for e in here}
        keys = list(dict.fromkeys(a for a, t in pairs if (t, a) in pairs))
        found = [next((m for m in self.at.values() if _actor_key(m) == k), None) for k in keys]
        return [m for m in found if m is not None] if len(keys) > 1 and None not in found else []

    def in_background(self, i: int) -> bool:
        """Is the event noun at token i inside a prepositional or subordinate phrase?"""
        return any(self.low[k] in PREPOSITIONS or self.low[k] in SUBORDINATORS for k in range(max(0, i - 2), i))

    def passive_args(self, i: int, j: int, reaction: bool = False) -> "_Args":
        """'Y diserang (keras) oleh X dan Z': the subject undergoes it, the actors after 'oleh' act.
        A reaction to a plan or decision (`reaction`) aims at the plan's owner."""
        patient = self.nominal_patient(j)
        subj = self.agent_before(i, genitive_ok=True) if i == 0 or self.low[i - 1] != "yang" else None
        if subj is None and i > 0 and self.low[i - 1] != "yang":
            subj = self.head_before_relative(i)
        subj = patient or (self.origin_holder(*subj) if subj else None)
        owner = self.plan_owner(i) if reaction else None
        if owner is not None:                            # "Rencana Israel menyerang Iran ditolak oleh AS":
            subj = owner                                 # Israel's plan is rejected, not Iran
        args = _Args(j=j)
        args.target = subj[1] if subj else None          # "zona yang disepakati X": no actor undergoes it
        args.targets = self.coordinated(*subj) if subj else []
        k = j if patient is None else self.bounds[id(patient[1])][1] + 1
        while k < len(self.toks) and self.low[k] in FILLERS | {"langsung", "keras"} and not self.lone_description(k):
            k += 1
        if k < len(self.toks) and self.low[k] == "oleh":
            k += 1
        elif patient is not None:
            k = next((n + 1 for n in range(k, min(len(self.toks), k + 4)) if self.low[n] == "oleh"), len(self.toks))
        else:                                            # "dijatuhi denda 85.000 franc Swiss oleh FIFA",
            bracketed = {x for n in range(k, min(len(self.toks) - 2, k + 8)) if self.low[n] == "("
                         and self.low[n + 2] == ")" for x in (n, n + 1, n + 2)}   # "sanksi drop out (DO) oleh"
            k = next((n + 1 for n in range(k, min(len(self.toks), k + 10)) if self.low[n] == "oleh"
                      and not any(x not in bracketed and self.low[x] in CLAUSE_PUNCT or self.low[x] in SUBORDINATORS
                                  and not (x == k and self.low[x] == "sementara")   # "skorsing sementara oleh"
                                  or self.low[x] in (".", ";", "yang") or _other_passive(self.low, x)
                                  for x in range(k, n))), k)
        if k + 1 < len(self.toks) and self.counted_vessel(k):
            k += 1                                       # "oleh dua kapal Penjaga Pantai X": the operator
        m = self.mention_after(k, allow_fillers=False) or self.members_from(k) or self.personnel_of(k) \
            or (self.apposed_after(k) if k > 0 and self.low[k - 1] == "oleh" else None)
        m = self.team_body(m)
        args.agents = self.coordinated_after(m, joint=True) if m else []
        if args.target is None:                          # "Peluncuran tersebut dikecam oleh ..."
            args.obj_word = self.noun_before(i)
        return args

    def nominal_patient(self, j: int) -> tuple[int, Mention] | None:
        """'memanfaatkan dipecatnya PKS dari koalisi', 'Ditangkapnya X oleh KPK ...': a passive
        verb with '-nya' right before an actor is a noun of the act, and that actor undergoes it;
        only "oleh" names who does it."""
        m = self._acting(self.at.get(j)) if 0 < j < len(self.toks) else None
        if m is None or not self.low[j - 1].endswith("nya") or not self.low[j - 1].startswith("di") \
                or self.bounds.get(id(self.at.get(j)), (None,))[0] != j:
            return None
        return j, m

    def lone_description(self, k: int) -> bool:
        """Is token k a description standing alone for an actor named before ("ditangkap polisi
        pekan lalu"), with no name right after it ("ditembak tentara Israel")?"""
        m = self.at.get(k)
        return m is not None and m.source == "description" and self.at.get(k + 1) is None

    def counted_vessel(self, k: int) -> bool:
        """Is token k a count ("dua", "3") right before a vessel or vehicle noun (cues kind vessel)?"""
        count = NUMBER.fullmatch(self.low[k]) is not None or self.low[k] in COUNT_WORDS
        return count and self.low[k + 1] in self.cues.get("vessel", ())

    def plan_owner(self, i: int) -> tuple[int, Mention] | None:
        """'Rencana Israel menyerang Iran ditolak ...': the actor named right after a plan or
        decision noun (cues kind plan_owner) that opens the passive cue's clause, or None."""
        k = i - 1
        while k > 0 and self.low[k] not in CLAUSE_PUNCT and self.low[k] not in SUBORDINATORS \
                and self.toks[k].text not in QUOTE_MARKS:
            k -= 1
        start = k + 1 if k > 0 or self.low[0] in CLAUSE_PUNCT else 0
        start += self.low[start] in LINKERS or self.low[start] in CLAUSE_ADVERBS   # "Namun, ..."
        if start + 1 >= i or self.low[start] not in self.cues.get("plan_owner", ()):
            return None
        m = self.at.get(start + 1)
        return (start + 1, m) if m is not None and self._actor(m) else None

    def team_body(self, m: Mention | None) -> Mention | None:
        """'oleh tim SAR gabungan dari Basarnas ...': a team named by its kind ("SAR") and then by
        the bodies it is drawn from acts for those bodies."""
        if m is None or id(m) not in self.bounds:
            return m
        first, last = self.bounds[id(m)]
        n = last + 1 + (last + 1 < len(self.low) and self.low[last + 1] == "gabungan")
        if first > 0 and self.low[first - 1] in TEAMS and n + 1 < len(self.low) and self.low[n] == "dari" \
                and (n > last + 1 or self.low[first - 1] == "tim"):
            return self._acting(self.mention_after(n + 1, allow_fillers=False)) or m
        return m

    def inquiring_body(self, i: int, code: str, args: "_Args") -> Mention | None:
        """'Sekretaris Daerah X, Yusnaldi, turut diperiksa sebagai saksi', 'Direktur PT Y, Robert,
        divonis enam tahun penjara': a person questioned or sentenced in an agentless passive (no
        "oleh" after it) is questioned or sentenced by the body the article has shown doing that
        kind of act before (INQUIRY_FOLLOWS: questioning after an investigation or an arrest, a
        sentence after a verdict): the agent of the nearest such earlier event."""
        target = args.target
        if target is None or target.type != "Person" or target.source == "pronoun" or id(target) not in self.bounds \
                or "oleh" in self.low[i:] or i > 0 and self.low[i - 1] in ("untuk", "yang") \
                or self.modality(i, code)[0] not in ("asserted", "reported"):
            return None                          # "memanggil X untuk diperiksa": not yet questioned
        kinds = INQUIRY_FOLLOWS[code]
        before = [e for e in self.doc.events if e.code.startswith(kinds) and e.evidence.start <= self.sent.start
                  and e.modality in ("asserted", "reported") and e.agent != _actor_key(target)]
        if not before:
            return None
        nearest = [e for e in before if e.evidence.start == before[-1].evidence.start]
        key = nearest[0].agent                   # "Penyidik X bersama petugas Y menelusuri ...": X
        return next((m for m in reversed(self.doc.mentions) if m.key == key and m.start < self.sent.start), None)

    def standin_agent(self, j: int) -> Mention | None:
        """'Sembilan boneka disita petugas.', '... diamankan oleh aparat, Senin': a bare personnel
        noun (cues kind personnel) ending the clause of an agentless custody passive stands for the
        body that opens this sentence or the one before it as its subject (an organisation)."""
        k = j + (j < len(self.low) and self.low[j] == "oleh")
        if k >= len(self.low) or self.low[k] not in self.cues.get("personnel", ()) \
                or k + 1 < len(self.low) and not (self.low[k + 1] in CLAUSE_PUNCT | {".", ";"}
                                                  or self.low[k + 1] in PREPOSITIONS):
            return None
        si = _sentence_at(self.doc, self.sent.start)
        for sent in (self.sent, *self.doc.article.sentences[max(0, si - 1):si][::-1]):
            first = min((m for m in self.doc.mentions if sent.start <= m.start < sent.end and m.key),
                        key=lambda m: m.start, default=None)
            opening = first is not None and not sent.text[:first.start - sent.start].strip(" -,")
            if opening and is_a(first.type, "Organization") and first.source in NAME_SOURCES:
                return first
        return None

    def reporting_body(self, i: int) -> tuple[int, Mention] | None:
        """'Kabid Humas Polda X, Y, mengatakan dua pengunjuk rasa sempat diamankan': persons held
        or freed (cues kind detainee, a pronoun or a named person) in an agentless passive clause
        that a speech verb reports are held or freed by the speaker's own body."""
        k = i - 1
        while k >= 0 and i - k <= 8 and not (self.low[k] in self.cues.get("speech", ())
                                             and _affixed(self.low[k], ("me", "ber"))):
            if self.low[k] in CLAUSE_PUNCT or self.low[k] in SUBORDINATORS and self.low[k + 1] != "ini" \
                    or self.low[k] in PREPOSITIONS or self.low[k] in (".", ";", "yang") \
                    or self.toks[k].text in QUOTE_MARKS:      # ("saat ini": now, no subordinate clause)
                return None
            k -= 1
        if k < 0 or i - k > 8:
            return None
        if "oleh" in self.low[i:] or "pernah" in self.low[k:i]:
            return None                          # "pernah dipenjara ... oleh Pengadilan": another's act, or past
        held = self.cues.get("detainee", frozenset()) | self.cues.get("pronoun_person", frozenset())
        if not any(self.low[x] in held or x in self.at and self.at[x].type == "Person" or INITIALS.fullmatch(
                self.toks[x].text) and x not in self.at for x in range(k + 1, i)):   # "tersangka berinisial SR"
            return None                          # "menyatakan defisit masih bisa ditahan": no person held
        found = self.speaker_body(k + 1)
        return (k, found[1]) if found else None   # the speech verb's token and the body

    def members_from(self, k: int) -> Mention | None:
        """'oleh ratusan nelayan dari ANL', 'oleh para aktivis dari Walhi': people named by a
        common noun and then by the body they come from act for that body."""
        n = k
        while n < min(len(self.toks), k + 3) and n not in self.at and self.low[n].isalpha() \
                and self.low[n] not in PREPOSITIONS and self.low[n] not in SUBORDINATORS \
                and not _affixed(self.low[n], ("me", "di", "ber", "ter")):
            n += 1
        if n == k or n + 1 >= len(self.toks) or self.low[n] != "dari":
            return None
        return self._acting(self.mention_after(n + 1, allow_fillers=False))

    def origin_holder(self, first: int, m: Mention) -> tuple[int, Mention]:
        """'Korban, Marlina (34), asal Kupang, ... ditahan': a place (not a state) after "asal"
        that only says where the person before it comes from; that person, not the place,
        is the passive's subject."""
        if not _mere_place(m) or first < 2 or self.low[first - 1] not in ("asal", "dari"):
            return first, m
        k = first - 2
        if self.low[k] == ",":
            k -= 1
        if self.low[k] == ")" and k >= 2 and self.low[k - 2] == "(" and NUMBER.fullmatch(self.low[k - 1]):
            k -= 3                                      # "(34)": the age
        person = self.at.get(k)
        if person is None or person.type != "Person" or not self._actor(person):
            return first, m
        return self.bounds[id(person)][0], person

    def personnel_of(self, k: int) -> Mention | None:
        """'oleh petugas imigrasi Malaysia', 'oleh aparat keamanan Israel', 'oleh penjaga
        perbatasan Iran': persons named by their service (a personnel noun of cues kind
        personnel, then one or two lowercase words naming the service) act for the state or
        body named after them."""
        n = k
        while n < len(self.low) and self.low[n] in QUANTIFIERS | {"para", "sejumlah", "oknum"}:
            n += 1
        if n >= len(self.low) or self.low[n] not in self.cues.get("personnel", ()):
            return None
        n += 1
        for _ in range(2):
            if n >= len(self.low) or n in self.at or not self.toks[n].text.isalpha() \
                    or not self.toks[n].text.islower() or self.low[n] in PREPOSITIONS \
                    or self.low[n] in SUBORDINATORS or self.low[n] in LINKERS or self.low[n] in DETERMINERS \
                    or self.low[n] == "yang" or _affixed(self.low[n], ("me", "di", "ber", "ter")) \
                    or (self.low[n], ) in self.cue_table:
                break
            n += 1
        m = self._acting(self.at.get(n))
        return m if m is not None and m.type != "Person" and n > k + 1 else None

    def apposed_after(self, k: int) -> Mention | None:
        """'dilaporkan oleh pasangan rivalnya, A dan B, ke ...': a common noun phrase after 'oleh'
        and then, after a comma, the actors it names."""
        n = k
        while n < min(len(self.toks), k + 6) and n not in self.at \
                and (self.low[n].isalpha() or NUMBER.fullmatch(self.low[n])) \
                and self.low[n] not in PREPOSITIONS and self.low[n] not in SUBORDINATORS \
                and self.low[n] != "yang" and not _affixed(self.low[n], ("me", "di", "ber", "ter")):
            n += 1                                       # ("pasangan calon nomor urut 2, A dan B")
        if n == k or n + 1 >= len(self.toks) or self.low[n] != ",":
            return None
        return self._acting(self.at.get(n + 1))

    def head_before_relative(self, i: int) -> tuple[int, Mention] | None:
        """'Aturan baru Kementerian X yang mewajibkan guru ... ditolak oleh Y': the passive's
        subject is the phrase before an active relative clause; its actor (the thing's owner)
        undergoes the rejection."""
        for y in range(i - 1, 0, -1):
            if self.low[y] in CLAUSE_PUNCT or self.low[y] in SUBORDINATORS or self.toks[y].text in QUOTE_MARKS \
                    or self.low[y] in (".", ";"):
                return None
            if self.low[y] == "yang":
                active = y + 1 < i and _affixed(self.low[y + 1], ("me", "ber"))
                m = self._acting(self.at.get(y - 1))
                return (self.bounds[id(m)][0], m) if active and m is not None else None
        return None

    def funded(self, i: int, code: str) -> bool:
        """'korupsi dana hibah KONI X', 'dana bantuan Yayasan Y': an aid noun (root 07) after a
        noun of money (cues kind fund_noun) names the fund by its holder, who receives it."""
        return code[:2] == "07" and i > 0 and self.low[i - 1] in self.cues.get("fund_noun", ())

    def judged(self, form: str, m: Mention) -> bool:
        """Is the person right after a judgement noun ("sidang dakwaan Isa R.", "vonis Budi S.";
        cues kind judged_genitive) the one judged? Not with a title ("vonis hakim X")."""
        return form in self.cues.get("judged_genitive", ()) and m.type == "Person" and not m.title

    def active_args(self, i: int, j: int, cue) -> "_Args":
        """Agents before an active verb or event noun (or its genitive), the target after it."""
        args = _Args(j=j)
        between = next((k for k in range(j, min(j + 3, len(self.toks))) if self.low[k] == "antara"
                        and all(self.low[x].isalpha() and x not in self.at for x in range(j, k))), None)
        if cue.voice == "noun" and cue.code in MUTUAL_CODES and between is not None:
            m = self.mention_after(between + 1, allow_fillers=False)   # "perundingan (darurat) antara A dan B"
            args.agents = self.coordinated_after(m) if m else []
            if len(args.agents) > 1:
                return args
            args.agents = []
        if cue.voice == "noun":
            m = self.mention_after(j, allow_fillers=False)
            by = j
            if m is not None:
                after = self.bounds[id(m)][1] + 1
                patient = (_nominalisation(cue.form) or self.judged(cue.form, m) or self.funded(i, cue.code)) \
                    and not (cue.targets and self.target_after(after, tuple(t for t in cue.targets if t != "obj")))
                if patient:                              # "pembunuhan Rosmalinda": the one killed
                    args.target, args.targets, by = m, [m], after
                else:                                    # "serangan Rusia": the attacker
                    args.agents, args.j = [m], after
            by = self.by_past_patient(j) if m is None else by
            agent = self.by_agent(by) if not args.agents else None
            if agent is not None:                        # "penetapan tersangka (X) oleh Polda Y": Polda Y
                args.agents, args.j = [agent], self.bounds[id(agent)][1] + 1
        support = self.support_verb(i) if cue.voice == "noun" else None
        known = self.known_act_agents(cue.code) if support is not None and self.said_known_act(support, j) else []
        if known:                                        # "menyatakan penahanan itu melanggar hukum":
            support = None                               # whoever detained, told before; with no such
            args.agents = args.agents or known           # act told, the speaker's own act
        bare_noun = cue.voice == "noun" and support is None
        h = i if support is None else support            # "... dan menyerahkan nota protes": the verb's clause
        if not args.agents and bare_noun and not self.case_topic(i):
            args.agents = self.passive_support_agents(args.j)   # "Gugatan itu diajukan oleh X dan Y"
        purpose = self.purpose_head(h) if not args.agents and not bare_noun else None
        relative = self.relative_verb(h) if not args.agents and not bare_noun and self.shares_subject(h) else None
        if relative is not None:                         # "Dinas X yang menutup tambang dan melakukan
            subj = self.agent_before(relative)           # investigasi": the relative clause's head acts
            args.agents = self.coordinated(*subj) if subj else []
        elif not args.agents and not bare_noun and self.shares_subject(h) and self.last_agents \
                and not self.continues_subordinate(h):
            args.agents = list(self.last_agents)         # "..., tetapi juga menyerukan ...": same subject
            if cue.code[:2] in SAID_ROOTS and self.last_real_agents:   # "menuduh militer mengebom desa dan
                args.agents = list(self.last_real_agents)              # mendesak ...": the accuser urges
        elif not args.agents and not bare_noun and self.shares_subject(h) and self.first_verb(h) is not None:
            subj = self.agent_before(self.paired_verb(h) or self.first_verb(h))  # "PB IDI menilai keputusan Kemenkes ... dan
            args.agents = self.coordinated(*subj) if subj else []   # meminta ...": PB IDI asks
        elif purpose is not None:                        # "memanggil Dubes X, Y, untuk memprotes": the
            subj = self.agent_before(purpose)            # one who summons protests
            args.agents = self.coordinated(*subj) if subj else []
        elif not args.agents and not bare_noun and self.purpose_recipients(h):
            args.agents = self.purpose_recipients(h)     # "kesempatan bagi A dan B untuk ...": A and B
        elif not args.agents and not bare_noun and self.escorted_object(h):
            pass                                         # "LBH mendampingi 21 buruh menggugat PT X":
                                                         # the unnamed workers sue, not LBH
        elif not args.agents and not bare_noun and self.urged_public(h):
            pass                                         # "mengingatkan masyarakat untuk meningkatkan
                                                         # kewaspadaan": the public acts, not BMKG
        elif not args.agents and not bare_noun:
            subj = self.agent_before(h)
            if subj:
                args.agents = self.coordinated(*subj)
            elif i > 0 and self.low[i - 1] in ("untuk", "guna"):
                args.agents = self.purpose_agents(i - 1)  # "... dilakukan oleh X untuk memprotes Y": X
        if args.target is None:
            args.target = self.find_target(args.j, cue)
        if args.target is None:
            args.target = self.clitic_object(i, j, cue, args.agents)
        if args.target is None and cue.voice == "active" and cue.code[:2] in CARRIED_ROOTS:
            args.target = self.carried_recipient(i, j)
        if args.target is not None and args.target.members:   # "mendesak kedua negara": each of them
            args.targets = self.both_sides(args.target, cue, args.agents) \
                or self.coordinated(self.bounds[id(args.target)][0], args.target)
        if args.target is not None and id(args.target) not in self.bounds:
            args.targets = [args.target]                 # a body named elsewhere in the article
        args.targets = args.targets or (self.coordinated_after(args.target) if args.target else [])
        if cue.voice == "host" and args.target is not None and id(args.target) in self.bounds \
                and not args.target.members:
            args.targets = self.guests(args.target)
        if support is not None and cue.code[:2] == "09" and self.low[support] in self.cues.get("undergo", ()):
            self.undergone(args)
        return args

    def both_sides(self, group: Mention, cue, agents: list[Mention]) -> list[Mention]:
        """'Wali Kota X meminta kedua pihak menahan diri': a third party's appeal or demand to both
        sides (cues kind sides_group: "kedua pihak", "kedua kubu") is made to the two sides of the
        dispute told before it, when there is one, not to the last two actors named."""
        if cue.code[:2] not in ("02", "10") or len(agents) != 1 or agents[0].key is None \
                or group.text.lower() not in self.cues.get("sides_group", ()):
            return []
        sides = _dispute_sides(self.doc, agents[0].key, self.sent.start) \
            or _mutual_sides(self.doc, agents[0].key, self.sent.start)
        ents = [self.doc.entities.get(k) for k in sides or ()]
        return [Mention(group.start, group.end, group.text, ent.type, "group", ent.key, group.sentence)
                for ent in ents if ent is not None] if all(ents) and sides else []

    def undergone(self, args: "_Args") -> None:
        """'X mengikuti pemeriksaan Inspektorat': the subject of an
        undergoing light verb (cues kind undergo) is the one examined, the body named after the
        noun (if any) the examiner; with no body named, no one examines in the clause."""
        examiner = args.target if args.target is not None and args.target.type != "Person" else None
        args.target = args.agents[0] if examiner is not None and len(args.agents) == 1 else None
        args.agents = [examiner] if examiner is not None else []
        args.targets = [args.target] if args.target is not None else []

    def carried_recipient(self, i: int, j: int) -> Mention | None:
        """'mengirim nota protes kepada X dan meminta akses konsuler', 'memanggil Dubes X untuk
        meminta penjelasan': a request coordinated with (or the purpose of) an act addressed to an
        actor, the phrase of that act ending with the actor ("kepada X" or the verb's object), asks
        that actor, when the request names no one of its own (a thing follows it, not a person
        noun, a name or an "agar" clause)."""
        nxt = self.toks[j].text if j < len(self.toks) else ""
        people = _people_nouns()
        if j in self.at or not nxt.isalpha() or not nxt.islower() or nxt in people or nxt in CARRY_STOPS:
            return None
        k = i - 1
        while k > 0 and self.low[k] in BY_ADVERBS | {"sekaligus"}:
            k -= 1
        if k < 2 or self.low[k] not in CARRY_LINKS or (k - 1) not in self.at:
            return None
        m = self.at[k - 1]
        start = self.bounds[id(m)][0] if id(m) in self.bounds else k - 1
        v = start - 1
        while v >= 0 and not (_affixed(self.low[v], ("me",)) and v not in self.at):
            w = self.low[v]
            if w in CLAUSE_PUNCT or w in SUBORDINATORS or w in PREPOSITIONS and w != "kepada" or w == "yang" \
                    or v in self.at:
                return None                              # another actor, clause or place phrase between
            v -= 1
        s0 = start                                       # "kepada Pemerintah X", "memanggil Duta Besar X"
        while s0 - 1 > v and (self.low[s0 - 1] in FILLERS or self.toks[s0 - 1].text[:1].isupper()):
            s0 -= 1
        if v < 0 or not (s0 == v + 1 or self.low[s0 - 1] == "kepada"):
            return None
        embassy = self.embassy_state(m) if m.text.lower().startswith(EMBASSIES) else None
        return embassy or self._acting(m)

    def by_past_patient(self, j: int) -> int:
        """'penahanan sembilan anak buah kapal (ABK) asal Indonesia oleh Penjaga Pantai X': the
        "oleh" after an event noun's patient phrase of plain words (a short form in brackets and an
        origin "asal X" allowed); j when there is none."""
        k = j
        while k < min(len(self.low), j + 10):
            w = self.low[k]
            if w == "oleh":
                return k
            if w == "(" and k + 2 < len(self.low) and self.short_form_at(k + 2):
                k += 3
                continue
            if k in self.at and k > j and self.low[k - 1] in ORIGIN_WORDS:
                k = self.bounds[id(self.at[k])][1] + 1 if id(self.at[k]) in self.bounds else k + 1
                continue
            if k in self.at or not w.isalpha() or not self.toks[k].text.islower() or w in SUBORDINATORS \
                    or w in PREPOSITIONS or w in ("yang", "dan", "serta", "atau") \
                    or _affixed(w, ("me", "ber", "di", "ter")):
                return j                                 # ("pembekuan aset dan larangan masuk oleh X":
            k += 1                                       # two acts, the passive verb before them has X)
        return j

    def by_agent(self, k: int) -> Mention | None:
        """The actor of an "oleh" phrase at token k ("penangkapan X oleh Polda Y": Polda Y)."""
        if k >= len(self.low) or self.low[k] != "oleh":
            return None
        m = self.mention_after(k + 1, allow_fillers=False)
        return m if m is not None and self._actor(m) and m.source != "pronoun" and self.bounds[id(m)][0] <= k + 3 \
            else None

    def guests(self, m: Mention) -> list[Mention]:
        """'mempertemukan Rusdi dan pimpinan DPRD', 'mempertemukan FPTD dengan manajemen BHR': the
        actors a host brings together, persons and bodies alike, joined by 'dan' or 'dengan'."""
        out = [m]
        k = self.bounds[id(m)][1] + 1
        while k + 1 < len(self.toks) and self.low[k] in (",", "dan", "serta", "dengan"):
            k2 = k + 1 + (self.low[k] == "," and self.low[k + 1] in ("dan", "serta"))
            k2 += k2 + 1 < len(self.toks) and self.low[k2] in FILLERS
            nxt = self._acting(self.at.get(k2))
            if nxt is None or any(x is nxt for x in out):
                break
            out.append(nxt)
            k = self.bounds[id(nxt)][1] + 1
        return out

    def find_target(self, j: int, cue) -> Mention | None:
        """The target after the cue, by the cue's frame and then by the fallbacks of its root."""
        root = cue.code[:2]
        if cue.targets == ("direct",):                  # weak cues: an actor right after, or none
            found = self.mention_after(j, allow_fillers=False)
            return found if found is not None or root != "11" else self.judged_owner(j)
        embedded = root == "13" and j < len(self.low) and _affixed(self.low[j], ("me", "ber"))
        target = self.threatened_object(j) if root == "13" and cue.voice != "noun" else None   # "mengancam
                                                                                            # melaporkan X ..."
        if target is None and embedded:
            target = self.condition_subject(j)          # "mengancam menarik kader X jika Y ...": Y is pressed
        if target is None and root in OFFICE_ROOTS and "obj" in cue.targets:
            target = self.office_holder(self.manner_end(j))   # "menahan Kepala Desa X, ..., Nama": Nama
        if target is None and cue.targets:
            target = self.target_after(j, cue.targets)
        if target is None and "obj" in cue.targets:
            target = self.listed_after_count(j)         # "menangkap dua pelaku, yakni A dan B"
        if target is None and cue.targets and root in COUNTERPART_ROOTS and not self.promised_actor(j, cue) \
                and not self.talked_matter(j, cue):   # "membahas krisis Seychelles": a topic
            target = self.counterpart_after(j, own_verb=root == "02")   # a request names the act asked for
        if target is None and root == "03" and self.verb_complement(j):   # "menawarkan diri menambah
            target = self.target_after(j, ("kepada", "ke", "untuk", "bagi"))   # pasokan ke X": X receives
        if target is None and root == "12" and self.verb_complement(j):   # "menolak berunding dengan X":
            target = self.target_after(j, ("dengan", ))                  # the party of the act refused
        if target is None and root == "14":
            target = self.protest_site(j) or self.demanded_after(j)   # "berunjuk rasa menuntut Cocobod ..."
        if target is None and root == "13" and self.protest_threatened(j):
            target = self.protest_site(j)                # "mengancam menggelar aksi di depan kantor X"
        if target is None and root == "13":
            target = self.condition_subject(j)           # "... jika Presiden tidak ...": the one pressed
        if target is None and root == "13":
            target = self.counterpart_after(j)           # "mengancam akan menggugat OJK": the threatened
        if target is None and root in OBJECT_ROOTS:
            target = self.author_after(j) or self.act_agent_after(j)
        if target is None and root in FORCE_ROOTS[1:]:
            target = self.aimed_at(j) or self.owner_of_thing(j)
        if target is None and root == "05" and cue.targets:
            target = self.praised_owner(j, cue.targets)   # "apresiasi atas dukungan pemerintah China"
        if target is None and "obj" in cue.targets:
            target = self.apposed_object(j)
        if target is None and root in GOVERNED_ROOTS:
            target = self.bare_government(j)            # "mendesak pemerintah menunda ...": the government in view
        v = j + (j < len(self.low) and (self.low[j] in QUANTIFIERS or NUMBER.fullmatch(self.low[j]) is not None))
        vessel = v < len(self.low) and self.low[v] in self.cues.get("vessel", ())   # "menangkap (sebuah) kapal
        if target is None and "obj" in cue.targets and root in POSSESSED_ROOTS \
                and (cue.code not in PERSONAL_CODES or vessel):                    # berbendera China"
            target = self.possessor_after(j, seized=cue.code.startswith("171"))
        if target is None and root in POSSESSED_ROOTS and (at := self.preposition_at(j, cue.targets)) is not None:
            target = self.possessor_after(at + 1)      # "menjatuhkan sanksi terhadap program X milik PT Y"
        if target is None and "obj" in cue.targets and root in POSSESSED_ROOTS and cue.code not in PERSONAL_CODES:
            target = self.owner_past_places(j)          # "menyita ... di gudang milik PT Y"
        if target is None and cue.targets and (root in POSSESSED_ROOTS or root in GRANTING_ROOTS):
            target = self.maker_after(j)                # "memeriksa proses yang digelar Senat X"
        if target is None and (root in SOURCE_ROOTS or cue.code.startswith(SOURCE_CODES)):
            target = self.source_party(j, root)             # "meminta dokumen dari X", "menyita uang dari X"
        if target is not None and self.undergone_object(j, target, root):
            return None
        return target

    def talked_matter(self, j: int, cue) -> bool:
        """Is the object of a verb of talk (cues kind topic_verb) a matter (kind matter_noun:
        "membahas krisis Seychelles", "situasi Gaza")? The state named after it is where the matter
        is, not the counterpart ("membahas kekhawatiran Argentina" is talked over with Argentina)."""
        return cue.form in self.cues.get("topic_verb", ()) and j < len(self.low) \
            and self.low[j] in self.cues.get("matter_noun", ())

    def listed_after_count(self, j: int) -> Mention | None:
        """'menangkap dua pelaku, yakni Budi dan Agus', 'menetapkan tiga tersangka dalam perkara
        ini, masing-masing X, Y dan Z': a counted object of persons or bodies (a noun of the cues
        kinds in COUNTED_PARTIES) whose members a list opener (cues kind list_opener) names right
        after its phrase; the first actor of the list is the target (the others coordinate with
        it)."""
        if j + 1 >= len(self.low) or not (self.low[j] in QUANTIFIERS or NUMBER.fullmatch(self.low[j])) \
                or not any(self.low[j + 1] in self.cues.get(kind, ()) for kind in COUNTED_PARTIES):
            return None                                  # "menyita sejumlah barang bukti, antara lain ...":
        openers = self.cues.get("list_opener", frozenset())   # things, no one
        for k in range(j + 1, min(len(self.low) - 1, j + 10)):
            if k in self.at or self.low[k] in (".", ";", ":") or self.low[k] in SUBORDINATORS \
                    or self.toks[k].text in QUOTE_MARKS:
                return None                              # an actor or a clause before any list
            if self.low[k] != ",":
                continue
            n = next((n for n in (2, 1) if " ".join(self.low[k + 1:k + 1 + n]) in openers), 0)
            if n:
                return self.mention_after(k + 1 + n) or self.first_listed(k + 1 + n)
        return None

    def first_listed(self, k: int) -> Mention | None:
        """The first actor of a list from token k ("yakni pejabat berinisial RS dan Direktur PT X,
        Nama"), before the clause ends."""
        for n in range(k, min(len(self.low), k + 12)):
            if self.low[n] in (".", ";", ":", "yang") or self.low[n] in SUBORDINATORS:
                return None
            if n in self.at and self._actor(self.at[n]) and not self.initialled_after(n):
                return self.at[n]
        return None

    def initialled_after(self, n: int) -> bool:
        """Is the actor at token n only the employer of a person named by initials right after it
        ("pejabat Dinkes Malut berinisial FS": FS is listed, not the Dinkes)?"""
        end = self.bounds[id(self.at[n])][1] if id(self.at[n]) in self.bounds else n
        return any(w in ("berinisial", "inisial") for w in self.low[end + 1:end + 3])

    def undergone_object(self, j: int, m: Mention, root: str) -> bool:
        """'menelusuri keberangkatan X ke Arab Saudi', 'meminta kejelasan kronologi tewasnya X',
        'menelusuri akun Facebook penjual satwa': between the cue and the actor found, the object
        phrase names what befell that actor (cues kind befallen_noun) or a user's space on a
        platform (cues kind medium_head right before the platform): an inquiry, request or
        criticism of the thing is not aimed at the actor named in it. 'sepakat membentuk Tim X',
        'mendukung pembentukan Kementerian Y': a request, pledge or support of making a body
        (cues kind creation_word) is not aimed at the body made."""
        start = self.bounds[id(m)][0] if id(m) in self.bounds else j
        if not j <= start <= j + UNDERGONE_REACH:
            return False
        before = self.low[j:start]
        made = next((n for n in range(len(before) - 1, -1, -1) if before[n] in self.cues.get("creation_word", ())), None)
        made_here = made is not None and root in CREATION_ROOTS and not any(
            w in PREPOSITIONS or w in JOINT_SEPARATORS for w in before[made + 1:])   # "bersama BPN": a partner
        return made_here or root in UNDERGONE_ROOTS and (
            any(w in self.cues.get("befallen_noun", ()) for w in before)
            or bool(before) and before[-1] in self.cues.get("medium_head", ()))

    def office_holder(self, j: int) -> Mention | None:
        """'menahan Kepala Desa Sukamaju, Kecamatan Cibatu, Kabupaten Garut, Dedi S.', 'menonaktifkan
        Kepala Museum X, Nurlela': an object that opens with an office title (titles.tsv, kind role)
        and names the office's body and the places it lies in before a comma is the person named
        after that comma, the one the act befalls. Only capitalised words, actors, commas,
        bracketed acronyms and 'atau' may stand between; a list ('dan') or any other word ends the
        search. A person named right after the title with no comma is stepped over: with no one
        named after a comma, the object is read as before (a place the tagger read as a name stays)."""
        n = next((n for n in (3, 2, 1) if j + n < len(self.toks) and self.toks[j].text[:1].isupper()
                  and titles().get(tuple(self.low[j:j + n]), {}).get("kind") == "role"), 0)
        k = j + n
        while n and k < min(len(self.toks), j + OFFICE_REACH):
            m = self.at.get(k)
            if m is not None and m.type == "Person" and self.low[k - 1] == "," and k > j + n + 1:
                return m
            if m is not None:
                k = self.bounds[id(m)][1] + 1
            elif self.low[k] == "(":
                k = next((x + 1 for x in range(k, min(len(self.toks), k + 6)) if self.low[x] == ")"), len(self.toks))
            elif self.low[k] in (",", "atau") or self.toks[k].text[:1].isupper() and self.low[k].isalpha():
                k += 1
            else:
                break
        return None

    def aimed_at(self, j: int) -> Mention | None:
        """'Serangan itu menyasar anggota Partai X', 'serangan udara tersebut menargetkan seorang
        komandan Y': after an attack noun, a verb of cues kind aim_verb names whom it was aimed at;
        the first actor of its object phrase is the target."""
        k = j
        while k < min(len(self.toks), j + 3) and k not in self.at and self.toks[k].text.isalpha() \
                and self.toks[k].text.islower() and self.low[k] not in self.cues.get("aim_verb", ()):
            k += 1                                       # "serangan (udara) (itu)"
        if k + 1 >= len(self.toks) or self.low[k] not in self.cues.get("aim_verb", ()):
            return None
        return self.possessor_after(k + 1)

    def owner_of_thing(self, j: int) -> Mention | None:
        """'menyerang sebuah kendaraan milik kelompok X': an attack on a thing named by plain words
        and "milik" is aimed at the owner named after "milik"."""
        k = self.thing_phrase_end(j, ("milik", ), 8)
        m = self.mention_after(k + 1) if k is not None and k + 1 < len(self.toks) else None
        return self._acting(m)

    def thing_phrase_end(self, j: int, ends: tuple[str, ...], limit: int, sited: bool = False) -> int | None:
        """The token of `ends` ("yang", "dari") that closes a short noun phrase for a thing starting at
        token j: one to `limit` plain words or numbers ("uang tunai Rp 100 miliar", "penjelasan
        resmi"), with no actor, preposition, clause word or verb among them (ter- forms and words
        of cues kind me_noun qualify the thing: "tertulis", "mewah"); None when there is none.
        With `sited`, the phrase may say where the thing lies ("lahan seluas 12 hektare di kawasan
        Pelabuhan X": "di" and places that are no actors)."""
        k = j
        while k < min(len(self.toks), j + limit) and self.low[k] not in ends:
            w = self.low[k]
            if sited and (w == "di" and k > j or k in self.at and _mere_place(self.at[k])):
                k = self.bounds[id(self.at[k])][1] + 1 if k in self.at else k + 1
                continue
            if k in self.at or w in PREPOSITIONS or w in SUBORDINATORS or w in ("yang", "agar") \
                    or not (w.isalpha() or NUMBER.fullmatch(w)) \
                    or _affixed(w, ("me", "di", "ber")) and w not in self.cues.get("me_noun", ()):
                return None
            k += 1
        return k if k > j and k < len(self.toks) and self.low[k] in ends else None

    def maker_after(self, j: int) -> Mention | None:
        """'memeriksa proses pemilihan yang digelar Senat X', 'mengapresiasi langkah yang diambil
        oleh Y', 'menutup kantor layanan yang dikelola Beograd': a short object phrase of plain
        words (no actor, verb or preposition in it; no person: "saksi yang dihadirkan jaksa")
        followed by a relative passive names the actor that made, runs or holds the thing right
        after the passive verb (or its "oleh"); the act on the thing aims at that actor. A passive
        that is an event cue of its own ("yang diserang X") is left to that event."""
        start = j + (j < len(self.low) and self.low[j] in ("atas", "terhadap"))
        k = self.thing_phrase_end(start, ("yang", ), 7) or self.thing_phrase_end(start, ("yang", ), 12, sited=True)
        if k is None or any(self.low[x] in self.cues.get("detainee", ()) for x in range(start, k)):
            return None
        k += 1
        while k < len(self.low) and self.low[k] in RELATIVE_ASPECT:
            k += 1
        if k + 1 >= len(self.toks) or not _affixed(self.low[k], ("di",)) or not self.toks[k].text.islower() \
                or (self.low[k],) in self.cue_table or k in self.at \
                or self.low[k] in self.cues.get("experiencer_passive", ()):   # "kasus yang dialami X"
            return None
        k += 1 + (self.low[k + 1] == "oleh")
        m = self.mention_after(k) if k < len(self.toks) else None     # "yang digelar Senat X": X's
        if m is None or self.bounds[id(m)][0] > k + 2 or any(   # a plain noun between, no adverb or clause
                self.low[x] in SUBORDINATORS or self.low[x] in CLAUSE_ADVERBS for x in range(k, self.bounds[id(m)][0])):
            return None                                 # ("yang dibeli jauh sebelum X menjabat")
        return m if _agent_key(m) else None

    def source_party(self, j: int, root: str) -> Mention | None:
        """'meminta penjelasan resmi dari Canberra', 'menyita uang tunai Rp 1 miliar dari X', 'menolak
        pengiriman kakao dari PT Y': a thing asked for, demanded, refused or taken names the party it
        is asked from, comes from or is taken from after "dari"
        (for a request also "ke": "meminta tambahan anggaran ke Presiden"), at the end of a short
        object phrase of plain words (no actor, verb, preposition or clause word in it; not after a
        word of cues kind not_source: "mulai dari", "lebih dari", "kembali ke")."""
        k = self.thing_phrase_end(j, ("dari", "ke") if root == "02" else ("dari", ), 8)
        if k is None or k + 1 >= len(self.toks) or self.low[k - 1] in self.cues.get("not_source", ()):
            return None
        m = self.mention_after(k + 1, allow_fillers=False)
        if m is None and self.low[k] == "dari" and k + 2 < len(self.toks) and self.toks[k + 1].text.isalpha() \
                and self.toks[k + 1].text.islower() and self.low[k + 1] not in PREPOSITIONS:
            m = self.mention_after(k + 2, allow_fillers=False)   # "dari rumah X": X's
        return m if m is not None and _agent_key(m) else None

    def apposed_object(self, j: int) -> Mention | None:
        """'mendiskualifikasi pasangan calon nomor urut 2, A dan B': an object named by a common
        noun phrase and then, after a comma, by the actors themselves (the list must end the
        clause, so "menyerang pangkalan itu, Israel mengklaim" names no object). The phrase may
        say where the party is or comes from ("mitranya di Mekkah, X,", "pemasok asal China, X,")."""
        k = j
        while k < min(len(self.toks) - 1, j + 14) and (self.described_by(k) or k not in self.at and (
                self.low[k].isalpha() or NUMBER.fullmatch(self.low[k]))
                and (self.low[k] not in PREPOSITIONS or self.place_after(k))
                and self.low[k] not in SUBORDINATORS and self.low[k] != "yang"
                and not _affixed(self.low[k], ("me", "di", "ber", "ter"))):
            k += 1
        if k == j or self.low[k] != ",":
            return None
        m = self._acting(self.at.get(k + 1))
        if m is None or m.type == "Country" and self.described_by(k - 1):
            return None                                  # "pemasok di Guangzhou, China": where it is
        end = self.bounds[id(self.coordinated_after(m)[-1])][1] + 1
        return m if end >= len(self.low) or self.low[end] in (",", ".", ";", "(") else None

    def described_by(self, k: int) -> bool:
        """Is token k inside a place, or a state named only as an origin, that a descriptive noun
        phrase mentions ("mitranya di Mekkah", "pemasok asal China")?"""
        m = self.at.get(k)
        return m is not None and (_mere_place(m) or self.origin_only(m))

    def place_after(self, k: int) -> bool:
        """Is token k a "di" that opens a place ("di Mekkah")?"""
        return self.low[k] == "di" and k + 1 < len(self.toks) and (m := self.at.get(k + 1)) is not None \
            and _mere_place(m)

    def possessor_after(self, j: int, seized: bool = False) -> Mention | None:
        """'membatalkan izin usaha milik PT X', 'memuji keberanian majelis hakim', 'membekukan
        hibah untuk PB X': an act on a thing is aimed at the actor the object phrase names as its
        owner or beneficiary; for a seized thing (`seized`) not at the brand it bears."""
        k = j + (j < len(self.low) and self.low[j] == "sementara")   # "membekukan sementara izin X"
        while k < min(len(self.toks), j + 12):
            w = self.low[k]
            if w == "(" and k + 2 < len(self.toks) and self.low[k + 2] == ")":
                k += 3                                   # "sertifikat operator (AOC) maskapai X"
                continue
            m = self.at.get(k)
            if m is not None and seized and self.low[k - 1] in self.cues.get("brand_word", ()):
                return None                              # "menyita mobil bermerek Toyota": the maker owns
                                                         # no seized car (a recalled brand is the maker's)
            if m is not None:
                owner = self.owner_after(m)              # "kapal MV X milik PT Y": the owner, not the ship
                if owner is not None:
                    return owner
                nxt = self.at.get(self.bounds[id(m)][1] + 1)
                owner = self._acting(nxt) if nxt is not None and nxt is not m and not m.members else None
                return owner or self._acting(m)       # "armada ATR Nusa Maluku Air": the airline's
            if w == "yang" and k + 1 < len(self.toks) and self.low[k + 1].isalpha() \
                    and not _affixed(self.low[k + 1], ("me", "di", "ter", "ber")):
                k += 2                                   # "cara pembuatan obat yang baik (CPOB) pabrik X"
                continue
            if w in ("untuk", "bagi") and k > j:                # "membekukan hibah untuk [PB] X"
                board = k + 2 < len(self.toks) and self.toks[k + 1].text.isupper() and len(self.toks[k + 1].text) <= 4
                m = self.at.get(k + 1) or (self.at.get(k + 2) if board else None)
                if m is not None:
                    return self._acting(m)
            if w in ("ke", "terhadap") and k > j and self.low[k - 1] in self.cues.get("access_noun", ()):
                k += 1                                   # "memblokir akses ke platform X": X's platform
                continue
            if w in PREPOSITIONS or w in SUBORDINATORS or w in CLAUSE_PUNCT or w in (".", ";", "yang") \
                    or self.toks[k].text in QUOTE_MARKS or not (w.isalpha() or NUMBER.fullmatch(w)) \
                    or self.toks[k].text.islower() and self.verb_form(w, ("me", "di", "ter")):
                return None                              # a capitalised word names the thing ("program Ruang Terang")
            k += 1
        return None

    def verb_form(self, word: str, prefixes: tuple[str, ...]) -> bool:
        """Does the word look like a verb with one of these prefixes and is no noun that merely
        opens like one (cues kind me_noun: "menara", "distribusi", "terminal")?"""
        return _affixed(word, prefixes) and word not in self.cues.get("me_noun", ())

    def owner_past_places(self, j: int) -> Mention | None:
        """'menyita 1.400 ton garam di gudang milik PT X', 'menyita sebuah vila di Badung, Bali, dan
        dua bidang tanah di Bogor milik Bupati Y, Nama': the owner named after "milik" at the end of
        an object phrase of things and the places they are at (no other actor, verb, relative or
        clause word between); a title and place before a comma give way to the person named after
        it."""
        k = j
        while k < min(len(self.toks), j + 24) and self.low[k] != "milik":
            w, m = self.low[k], self.at.get(k)
            if m is not None and not _mere_place(m) or w in SUBORDINATORS or w in ("yang", ".", ";") \
                    or w in PREPOSITIONS and w not in ("di", "dari") or self.toks[k].text in QUOTE_MARKS \
                    or m is None and self.toks[k].text.islower() and self.verb_form(w, ("me", "di", "ber", "ter")):
                return None
            k = self.bounds[id(m)][1] + 1 if m is not None else k + 1
        owner = self.mention_after(k + 1) if k + 1 < len(self.toks) and self.low[k] == "milik" else None
        if owner is None:
            return None
        end = self.bounds[id(owner)][1] + 1
        named = self.at.get(end + 1) if end + 1 < len(self.toks) and self.low[end] == "," else None
        return named if named is not None and named.type == "Person" else self._acting(owner)

    def headed_body(self, m: Mention) -> Mention | None:
        """'mendesak Kapolda Sulut menonaktifkan ...': a place right after a regional title that heads
        a body (regional_titles.tsv: Kapolda -> Polda) with no name after it stands for that body of
        the place, when the article names it ("Polda Sulawesi Utara")."""
        start = self.bounds[id(m)][0] if id(m) in self.bounds else None
        heads = next((regional_bodies()[t] for n in (2, 1) if start is not None and start >= n
                      and (t := " ".join(self.low[start - n:start])) in regional_bodies()), None)
        if not heads:
            return None
        ent = self.doc.entities.get(m.key) if m.key else None
        places = {m.text.lower()} | ({ent.label.lower()} if ent is not None else set())
        names = {f"{h} {p}" for h in heads for p in places}
        label = (lambda x: self.doc.entities[x.key].label.lower() if x.key in self.doc.entities else "")
        body = next((x for x in self.doc.mentions if x.key and is_a(x.type, "Organization")
                     and ((x.label or x.text).lower() in names or label(x) in names)), None)
        return Mention(m.start, m.end, m.text, body.type, "title", body.key, m.sentence) if body else None

    def make_events(self, i: int, cue, args: "_Args") -> list[Event]:
        """One event per agent and target, with modality, time, place and evidence."""
        modality, source = self.modality(i, cue.code)
        evidence = Span(self.sent.start, self.sent.end)
        when, place = self.when(), self.place()
        target, targets = args.target, args.targets
        if target is not None and self.origin_named(target):
            named = self.origin_apposed(target)
            targets = [t for t in targets if t is not target] or ([named] if named else [])
            target = targets[0] if targets else None            # "dengan investor asal Singapura, SCP":
                                                                # SCP, not Singapore
        if target is not None and _is_water(target):
            target, targets = None, []                   # "ke arah Laut Jepang": a sea is no actor
        body = self.headed_body(target) if target is not None and _mere_place(target) else None
        if body is not None:                             # "mendesak Kapolda Sulut ...": Polda Sulut
            targets = [body if t is target else t for t in targets]
            target = body
        if target is not None and cue.form in self.cues.get("escort", ()) and self.escort_complement(args.j):
            target, targets = None, []                   # "mendampingi 30 petani menggugat PT X": the
                                                         # farmers' opponent, not the one assisted
        tkey = _actor_key(target) if target else None
        keys = [k for k in dict.fromkeys(_agent_key(a) for a in args.agents) if k]
        pressed = self.condition_subject(args.j) if cue.code.startswith("13") and tkey is not None \
            and tkey in self.threat_side(keys) else None
        if pressed is not None:                          # "mengancam AS akan memperluas tarif apabila
            target, targets = pressed, [pressed]         # Kanada tidak ...": the speaker's own state acts;
            tkey = _actor_key(target)                    # Kanada is pressed
        code = cue.code
        if tkey is None and code.startswith(("18", "19", "20")) and cue.form in cues().get("weapon", ()):
            code = "150"                                 # a missile fired at nobody shows force
        ready = code[:2] in INTENT_CODES and self.intent_before(i)
        if ready:
            code = INTENT_CODES[code[:2]]                 # "siap mengirim bantuan": an offer of aid (033)
        if tkey is None and (ready or code.startswith("03") and cue.form.split()[0] in self.cues.get("intent", ())):
            asker = self.condition_subject(args.j, offer=True)
            if asker is not None and _actor_key(asker) not in keys:   # "siap berunding apabila Beijing
                target, targets, tkey = asker, [asker], _actor_key(asker)   # ...": offered to Beijing
        cue = EventCue(code, cue.voice, cue.targets, cue.form)
        if self.excluded(cue.form, args.j, tkey, target, i, len(keys)) or self.identifying_clause(i, cue.form):
            return []
        if cue.code.startswith("01") or tkey is None and any(a.source == "pronoun" and a.sentence < 0
                                                              for a in args.agents) \
                and not set(cue.form.split()) & self.cues.get("pretrial", frozenset()):
            return []                      # statements are quotes; "kami ..." with no target says little
                                           # (a pretrial motion has one: the body that held the client)
        tkeys = [k for k in dict.fromkeys(_actor_key(t) for t in targets) if k] or [tkey]
        if target is not None and target.members:
            tkeys = [t for t in tkeys if t not in self.own_sides(keys)] or [None]   # "UE dan Jepang
            # menyerukan kedua negara": not themselves, nor a body of theirs ("Komisioner Komnas HAM ...")
        if tkey is None and len(keys) == 1 and cue.form in AGREEING and self.verb_complement(args.j):
            return []                      # "UE sepakat menjatuhkan sanksi": the agreed act is the event
        pairs = [(a, t) for a in keys for t in tkeys if a != t]
        saling = any(w == "saling" for w in self.low[max(0, i - 3):i]) or self.mutual_act(cue)
        each = "masing-masing" in self.low[max(0, i - 3):i]   # "A dan B masing-masing berjanji ...": apart
        if tkey is None and len(keys) > 1 and not each and not self.object_clitic(i, cue) \
                and (saling or cue.code in MUTUAL_CODES
                                                            and not self.backing(cue, args.j)
                                                            or cue.code[:2] in ("06",)):
            pairs = [(a, b) for a in keys for b in keys if a != b]   # "A dan B bertemu": each with the other
        if cue.code == "057" and self.comitative(target) or self.mutual_act(cue) and self.facing(target):
            pairs += [(t, a) for a, t in pairs if t and (t, a) not in pairs]   # "A meneken MoU dengan B":
                                                                            # B signs with A too
        met = [(a, b) for a in tkeys for b in tkeys if a and b and a != b] if cue.voice == "host" else []
        object_noun = cue.voice == "noun" and i > 0 and _affixed(self.low[i - 1], ("me",))
        if cue.voice != "passive" and not object_noun:   # "mengecam serangan X dan mendesak ...": the
            self.last_agents = args.agents               # critic urges, not X
            self.last_verb_end = i + len(cue.form.split()) if cue.voice == "active" and args.agents else -1
            if modality != "hypothetical":
                self.last_real_agents = args.agents
        obj = args.obj_word if cue.voice == "passive" or tkey is not None else self.object_words(args.j)
        found = [Event(code, akey, t, modality, cue.form, evidence, source, when,
                       place if place not in (akey, t) else None, obj)
                 for code, group in ((cue.code, pairs), ("040", met)) for akey, t in group]
        if modality == "negated" and self.denying:
            self.denials.extend(found)
        return found

    def object_clitic(self, i: int, cue) -> bool:
        """Does the active cue at token i end in an object '-nya' that is not part of its form
        ("A, B dan C ikut mendukungnya", "A dan B menemuinya")? Then its coordinated agents act
        on someone else, not on each other."""
        if cue.voice != "active":
            return False
        last = i + len(cue.form.split()) - 1
        if last >= len(self.low) or self.low[last] == cue.form.split()[-1]:
            return False
        word, clitic = strip_clitics(self.low[last])
        return clitic == "nya" and word == cue.form.split()[-1]

    def threat_side(self, keys: list[str]) -> set[str]:
        """The threatening side: the agents, the bodies they hold a position in, and the states those
        bodies belong to in the lexicon ("Juru bicara Gedung Putih" speaks for the US)."""
        side = self.own_sides(keys)
        gz = gazetteer()
        for key in list(side):
            entry = gz.entries.get(key)               # a seat of power or state body, not a group based there
            state = country_by_iso(entry.parent.split(":")[1]) if entry is not None and entry.parent \
                and entry.parent.startswith("country:") and entry.type in STATE_ORGANS else None
            if state is not None:
                side.add(state.key)
        return side

    def own_sides(self, keys: list[str]) -> set[str]:
        """The agents and the bodies they hold a position in ("Komisioner Komnas HAM, R, meminta
        kedua pihak ...": Komnas HAM is no party R appeals to)."""
        return set(keys) | {p.org for p in self.doc.positions if p.person in keys and p.org}

    def mediation_parties(self, i: int, j: int, cue) -> list[Mention]:
        """'agenda mediasi antara A dan B': the parties a mediation noun (045) names after
        "antara" when no mediator is named with it; they negotiate with each other (046)."""
        if cue.voice != "noun" or not cue.code.startswith("045") or set(self.low[max(0, i - 2):i]) & AHEAD:
            return []
        return self.between_parties(j)

    def clitic_object(self, i: int, j: int, cue, agents: list[Mention]) -> Mention | None:
        """'menetapkan Hendrawan sebagai tersangka, tetapi belum menahannya', 'menetapkan sopir
        berinisial SW sebagai tersangka dan menahannya': the object '-nya' of an act on a person
        (arrest, release, questioning, accusation, dismissal) is the last person named before it in
        the sentence who is not its agent."""
        word, clitic = strip_clitics(self.low[j - 1])
        if clitic != "nya" or cue.form.split()[-1] == self.low[j - 1] or cue.code[:2] not in CLITIC_OBJECT_ROOTS:
            return None
        agents_keys = {a.key for a in agents}
        persons = [m for k, m in sorted(self.at.items()) if k < i and m.type == "Person" and m.key not in agents_keys]
        return persons[-1] if persons else self.previous_patient(agents_keys, i)

    def previous_patient(self, agents: set[str], i: int) -> Mention | None:
        """'Sarminah ditangkap petugas KPH X. Perhutani kemudian melaporkannya ke Polres Y': with no
        actor but its agents before the cue at token i in its sentence, the object '-nya' is the
        person the sentence before acted on (an event's target there), else the one person that
        sentence names."""
        n = _sentence_at(self.doc, self.sent.start)
        if not n or any(m.key not in agents and self._actor(m) for k, m in self.at.items() if k < i):
            return None                         # "mengecam Washington dan menuduhnya ...": Washington
        prev = self.doc.article.sentences[n - 1]
        named = [m for m in self.doc.mentions if prev.start <= m.start < prev.end and m.key
                 and m.type == "Person" and m.key not in agents]
        acted = [e.target for e in self.doc.events if prev.start <= e.evidence.start < prev.end
                 and e.modality in REAL and e.target in {m.key for m in named}]
        keys = list(dict.fromkeys(m.key for m in named))
        key = acted[-1] if acted else keys[0] if len(keys) == 1 else None
        return next((m for m in named if m.key == key), None)

    def offered(self, i: int, events: list[Event]) -> list[Event]:
        """'Turki menawarkan diri menjadi tuan rumah perundingan antara Rusia dan Ukraina': talks
        between parties that a third side only offers or stands ready to host (cues kind intent in
        the clause before the noun) are not held; the offer is the third side's own event."""
        words: list[str] = []
        k = i - 1
        while k >= 0 and i - k <= 7 and self.low[k] not in CLAUSE_PUNCT and self.low[k] not in SUBORDINATORS \
                and self.low[k] != "yang" and self.toks[k].text not in QUOTE_MARKS:
            words.insert(0, self.low[k])
            k -= 1
        before = " " + " ".join(words) + " "
        if any(f" {w} " in before for w in self.cues.get("intent", ())) or " menawarkan " in before:
            for e in events:
                if e.modality in REAL:
                    e.modality = "hypothetical"
        return events

    def intent_before(self, i: int) -> bool:
        """Is the cue at token i announced as intended within the three words before it ("siap
        mengirim", "menawarkan diri mengirim": cues kind intent, one word or several)? Adverbs
        of repetition or manner are read over ("menawarkan diri untuk kembali memediasi")."""
        words: list[str] = []
        k = i - 1
        while k >= 0 and len(words) < 3:
            if self.low[k] not in INTENT_SKIP:
                words.insert(0, self.low[k])
            k -= 1
        before = " " + " ".join(words) + " "
        return any(f" {w} " in before for w in self.cues.get("intent", ()))

    def backing(self, cue, j: int) -> bool:
        """'A dan B mendukung rencana itu', 'Rencana itu didukung oleh A dan B': a verb of support
        (050) backs its object, a thing; its coordinated agents do not support each other
        (unless "saling" says so). A support phrase that names the relation itself ("A dan B
        memperkuat hubungan dagang") stays mutual."""
        if cue.code not in ("05", "050") or cue.voice not in ("active", "passive") or "obj" not in cue.targets \
                or " " in cue.form:
            return False
        if cue.voice == "passive" or j >= len(self.low):
            return True
        w = self.low[j]                  # "A dan B mendukung satu sama lain / bersama-sama": mutual
        return w.isalpha() and w not in PREPOSITIONS and w not in SUBORDINATORS \
            and w not in ("satu", "bersama", "antara", "dan", "serta") and self.at.get(j) is None

    def mutual_act(self, cue) -> bool:
        """Is the cue an act both sides do to each other (cues kind mutual_act: "baku tembak",
        "bentrok", "saling serang")? Its coordinated actors, its "antara" parties and the actor
        it is done "dengan"/"melawan" each act on the other."""
        return cue.form in self.cues.get("mutual_act", ())

    def mutual_at(self, i: int) -> bool:
        """Does a mutual act's cue (cues kind mutual_act) start at token i?"""
        hit = _cue_at(self.low, i, event_cues()[1])
        return hit is not None and self.mutual_act(hit[1])

    def facing(self, target: Mention | None) -> bool:
        """'A bentrok dengan B', 'A bertempur melawan B': is the target the other side of a mutual
        act (joined by "dengan" or "melawan"), so that it acts on the agent too?"""
        if target is None or id(target) not in self.bounds:
            return False
        k = self.bounds[id(target)][0] - 1
        while k > 0 and self.low[k] in TEAM_WORDS | FORCE_WORDS:
            k -= 1                                      # "bentrok dengan pasukan Kamboja"
        return k >= 0 and self.low[k] in ("dengan", "melawan")

    def comitative(self, target: Mention | None) -> bool:
        """Is the target joined by "dengan" ("meneken MoU dengan B"), so that an agreement signed
        is the target's act with the agent too? Not a pronoun or description ("dengan mereka")."""
        if target is None or id(target) not in self.bounds or not target.text[:1].isupper():
            return False
        k = self.bounds[id(target)][0] - 1
        return k >= 0 and self.low[k] == "dengan"

    def object_words(self, j: int) -> str | None:
        """The words after the cue when no actor is its target ("serangan itu")."""
        k = j
        while k < len(self.toks) and self.low[k] in FILLERS:
            k += 1
        return " ".join(w for w in self.low[k:k + 4] if w.isalpha()) or None

    def when(self) -> str | None:
        """The sentence's date: explicit, or a weekday / relative day from the article date."""
        from kg.article import find_date
        explicit = find_date(self.sent.text)
        if explicit:
            return explicit
        base = self.doc.article.date
        if not base:
            return None
        d = date.fromisoformat(base)
        days = weekday_numbers()
        for k, w in enumerate(self.low):
            if w in ("kemarin",):
                return (d - timedelta(days=1)).isoformat()
            if w == "besok":
                return (d + timedelta(days=1)).isoformat()
            if w in days and (k == 0 or self.low[k - 1] in ("hari", "pada", "sejak", "hingga", "(")):
                delta = days[w] - d.weekday()
                future = any(x in self.cues.get("planned", ()) for x in self.low[:k])
                if future and delta < 0:
                    delta += 7
                elif not future and delta > 0:
                    delta -= 7
                return (d + timedelta(days=delta)).isoformat()
        return None

    def place(self) -> str | None:
        """A place named after 'di' (or 'ke', 'kota', 'Provinsi' ...) in the sentence."""
        for k, w in enumerate(self.low[:-1]):
            n = k + 1
            while n < len(self.toks) - 1 and self.low[n] in {"kota", "kota-kota", "provinsi", "wilayah", "kawasan"}:
                n += 1
            m = self.at.get(n)
            if w in ("di", "ke") and m and is_a(m.type, "Place"):
                return m.key
        return None


WATER = ("laut ", "selat ", "samudra ", "samudera ", "teluk ", "perairan ", "sungai ", "danau ")


@dataclass
class _Args:
    """The arguments read around one event cue."""
    j: int                                               # where reading after the cue resumes
    agents: list[Mention] = field(default_factory=list)
    target: Mention | None = None
    targets: list[Mention] = field(default_factory=list)
    obj_word: str | None = None


@lru_cache(maxsize=None)
def _org_head(word: str) -> bool:
    """Is the word the head of organisation names ("asosiasi", "federasi", "partai")?"""
    cls = org_heads().get((word,))
    return cls is not None and is_a(cls, "Organization")


def _mere_place(m: Mention | Entity) -> bool:
    """A place that is not a state (cities, regions, buildings): no actor by itself."""
    return is_a(m.type, "Place") and m.type != "Country"


def _other_passive(low: list[str], x: int) -> bool:
    """Is token x a passive verb of its own ("di-…-kan", "di-…-i", not a "-si" noun such as
    "diskusi") that no coordinator joins to the one before it? Then an "oleh" after it names
    that verb's actor: "minibus yang disita diketahui dioperasikan oleh CV X"."""
    w = low[x]
    passive = len(w) > 5 and w.startswith("di") and (w.endswith("kan") or w.endswith("i") and not w.endswith("si"))
    return passive and x > 0 and low[x - 1] not in ("dan", "serta", "atau", ",", "lalu", "kemudian")


def _affixed(word: str, prefixes: tuple[str, ...]) -> bool:
    """Does a word look like a verb form with one of these prefixes ("me", "ber", "di", "ter")
    rather than a short word that merely starts with them ("dia", "beri") or the determiner
    "tersebut"?"""
    return len(word) > 4 and word.startswith(prefixes) and word not in DETERMINERS


def _has_form(backwards: list[str], forms, unless_before: frozenset[str] | set[str] = frozenset()) -> bool:
    """Does a one-word form occur in the words, or a form of several words (``_phrase_in``)?"""
    return any(w in forms for w in backwards) or _phrase_in(backwards, forms, unless_before)


def _phrase_in(backwards: list[str], forms, unless_before: frozenset[str] | set[str] = frozenset()) -> bool:
    """Does a cue of several words ("menolak untuk", "tidak benar bahwa") occur in the words
    before a cue (given nearest first)? Not when one of `unless_before` follows it ("dalam hal
    ini" is no "dalam hal ...")."""
    words = list(reversed(backwards))
    for f in forms:
        parts = f.split()
        if len(parts) < 2:
            continue
        for n in range(len(words) - len(parts) + 1):
            if words[n:n + len(parts)] == parts and (n + len(parts) >= len(words)
                                                     or words[n + len(parts)] not in unless_before):
                return True
    return False


def _idioms_blanked(backwards: list[str], idioms) -> list[str]:
    """The words (nearest first) with every word of an idiom that opens with a negation but
    negates nothing ("tidak hanya", "tak lama kemudian", "tidak lupa") blanked out."""
    words = list(reversed(backwards))
    for form in idioms:
        parts = form.split()
        for n in range(len(words) - len(parts) + 1):
            if words[n:n + len(parts)] == parts:
                words[n:n + len(parts)] = [""] * len(parts)
    return words[::-1]


def _unrealised(words: list[str], n: int, c: dict) -> bool:
    """Is words[n] a verb saying an act took place (cues kind realised) that a negation or a word
    of calling off right before it denies ("belum dilakukan", "tidak pernah terjadi", "batal
    dilaksanakan"), ending its clause ("tidak dilakukan karena ..."), so that no manner or place
    follows ("tidak dilakukan secara paksa", "tidak dilakukan di Rutan X, melainkan ...")?"""
    if n >= len(words) or words[n] not in c.get("realised", ()):
        return False
    nots = c.get("negation", frozenset()) | c.get("called_off", frozenset())
    if not any(w in nots for w in words[max(0, n - 2):n]):
        return False
    nxt = words[n + 1] if n + 1 < len(words) else "."
    return nxt in (".", "!", "?", "oleh", "hingga", "sampai", "lantaran", "sebab") or nxt in CLAUSE_PUNCT \
        or nxt in SUBORDINATORS or nxt in QUOTE_MARKS


def _act_noun(verb: str) -> str:
    """The peN-...-an noun of a meN- verb: 'menahan' -> 'penahanan', 'membebaskan' -> 'pembebasan'."""
    if not verb.startswith("me"):
        return ""
    base = verb[2:]
    base = base[:-3] if base.endswith("kan") else base[:-1] if base.endswith("i") else base
    return f"pe{base}an"


def _nominalisation(form: str) -> bool:
    """peN-…-an nouns name the act and take their patient as genitive ("penangkapan Yusuf")."""
    word = (form.split() or [""])[0]
    return word.startswith("pe") and word.endswith("an") and len(word) > 7


def _abstract_noun(word: str) -> bool:
    """Is the word shaped like a noun of an act or state (peN-/per-/ke- ... -an: "pencairan",
    "persetujuan", "kenaikan")?"""
    return len(word) >= 7 and word.isalpha() and word.endswith("an") and word.startswith(("pe", "ke"))


def _is_water(m: Mention) -> bool:
    return m.type in ("Region", "Place") and (m.label or m.text).lower().startswith(WATER)


def _kind(m: Mention) -> str:
    """Coarse kind for coordination: people with people, places with places, others together."""
    if m.type == "Person":
        return "Person"
    return "Place" if m.type in ("City", "Region", "Continent", "Facility", "Place") else "Actor"


@lru_cache(maxsize=None)
def _metonym_keys() -> frozenset[str]:
    gz = gazetteer()
    return frozenset(hit[0].key for form in metonyms() if (hit := gz.forms.get(tuple(form.split()))))


def _actor_key(m: Mention) -> str | None:
    """The entity an argument stands for; capitals and seats of government -> their state."""
    iso = metonyms().get(m.text.lower())
    if iso and iso.startswith("actor:"):
        return iso[6:]                                 # "Brussel": the EU, whose institutions sit there
    if iso:
        state = country_by_iso(iso)
        if state:
            return state.key
    if m.type == "City" and m.key in capital_of():
        return capital_of()[m.key]                     # any national capital acting for its state
    if _mere_place(m):
        return m.key if m.type in ("City", "Region") else None
    return m.key


def _agent_key(m: Mention) -> str | None:
    """Agents are people, organisations and states; a plain place acts only as its state's capital."""
    key = _actor_key(m)
    if key and m.type in ("City", "Region") and key == m.key:
        return None
    return key


def _position_sides(doc: Document) -> dict[str, set[str]]:
    """Each person holding a position in a body, and each such body, -> the other side of the pair."""
    sides: dict[str, set[str]] = {}
    for p in doc.positions:
        if p.org:
            sides.setdefault(p.person, set()).add(p.org)
            sides.setdefault(p.org, set()).add(p.person)
    return sides


def _dedupe(events: list[Event], sides: dict[str, set[str]] | None = None) -> list[Event]:
    """Drop exact repeats, and targetless events that a targeted event of the same agent
    and PLOVER family (e.g. CAMEO 18/19/20 = ASSAULT) already states. For a stance taken on
    others (demands, criticism, rejection, threats, protest: roots 10-14), which news restates
    through the body and its officials, an official and the body the article places them in
    (`sides`, from its positions) are one agent: "Rencana itu dikritik oleh Walhi X ...
    Direktur Walhi X, Y, menilai rencana PT Z merusak ..." is one criticism, of PT Z."""
    family = cameo_families()
    sides = sides or {}
    def fam(e: Event, agent: str | None = None) -> tuple:
        return agent or e.agent, family.get(e.code[:2], e.code[:2]), e.modality in REAL
    def agents(e: Event) -> set[str]:
        return {e.agent} | (sides.get(e.agent, set()) if e.code[:2] in OBJECT_ROOTS else set())
    targeted = {fam(e) for e in events if e.target}
    seen = set()
    out = []
    for e in events:
        if e.target is None and any(fam(e, a) in targeted for a in agents(e)):
            continue
        ident = (e.agent, e.code, e.target, e.modality)
        if ident in seen:
            continue
        seen.add(ident)
        out.append(e)
    return out
