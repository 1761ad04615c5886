"""Indonesian text primitives: tokens and sentences with character offsets, quote spans,
and affix-aware word forms (meN-/di-/ter-/-kan/-i/-an/pe-an).

Everything returns offsets into the string it was given, so callers can add a base
offset and keep provenance exact.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.document import Sentence, Span, Token

TOKEN_RE = re.compile(
    r"\d+(?:[.,/:]\d+)*(?:-an)?"            # numbers, dates, 1.000,5 and 1990-an
    r"|[A-Za-zÀ-ɏ]\.(?:[A-Za-zÀ-ɏ]\.)+"      # initialisms: A.M., U.S.
    r"|[\w'’]+(?:[-.][\w'’]+)*"              # words, hyphenated words, KOMPAS.TV, ke-2
    r"|[“”\"‘’'«»]"                           # quotation marks, one token each
    r"|[^\w\s]", re.UNICODE)

# An abbreviation before a full stop does not end the sentence.
ABBREVIATIONS = {
    "dr", "prof", "h", "hj", "ir", "drs", "dra", "st", "jl", "jln", "no", "kol", "kapt", "let",
    "bpk", "ny", "sdr", "tn", "mr", "mrs", "ms", "dll", "dsb", "dst", "yth", "a.n", "u.p",
    "vs", "km", "rp", "tbk", "inc", "co", "ltd", "mt", "sh", "se", "mh", "mm", "kh", "m", "sp",
    "s", "a", "b", "c", "d", "e", "f", "g", "i", "j", "k", "l", "n", "o", "p", "q", "r", "t",
    "u", "v", "w", "x", "y", "z", "jend", "brigjen", "no", "hal", "tel", "gg",
    "pdt", "drg", "mgr", "pol", "sdri", "alm", "almh",   # "Pdt. Nama", "Kombes Pol. Nama": before a name
    "capt", "drh", "moh", "muh", "mhd", "moch", "mochd", "mohd", "ach", "abd",   # "Capt. Nama", "drh. Nama",
}                                                    # "Moh. Fauzi": a title or a shortened first name
GLUED_NUMBER = re.compile(r"([A-Za-z]*[a-z]{2})(\d{1,2})")
OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split text into word and punctuation tokens with absolute offsets."""
    out = []
    for m in TOKEN_RE.finditer(text):
        word, start = m.group(), m.start() + offset
        glued = GLUED_NUMBER.fullmatch(word)
        if len(word) > 4 and word[-4:].lower() == "-nya":   # "NATO-nya" -> "NATO" "-nya"
            out.append(Token(start, start + len(word) - 4, word[:-4]))
            out.append(Token(start + len(word) - 4, start + len(word), word[-4:]))
        elif glued:                                         # list numbers glued on: "Mandiri2"
            cut = start + len(glued.group(1))
            out.append(Token(start, cut, glued.group(1)))
            out.append(Token(cut, start + len(word), glued.group(2)))
        else:
            out.append(Token(start, start + len(word), word))
    return out


def _ends_sentence(text: str, i: int) -> bool:
    """Is the character at i (one of . ! ?) the end of a sentence?"""
    ch = text[i]
    nxt = text[i + 1:i + 3]
    if ch in "!?":
        return True
    # decimal numbers and dotted abbreviations (1.000, KOMPAS.TV, A.M.)
    if i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in "\"”’'":
        return False
    m = re.search(r"([\w.]+)$", text[:i])
    word = m.group(1).lower() if m else ""
    if word.rstrip(".") in ABBREVIATIONS and len(word) <= 5:
        return False
    return bool(nxt) or i + 1 == len(text)


def split_sentences(text: str, offset: int = 0, paragraph: int = 0) -> list[Sentence]:
    """Split one paragraph into sentences; a closing quotation mark stays with its sentence."""
    out: list[Sentence] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        if text[i] in ".!?" and _ends_sentence(text, i):
            end = i + 1
            while end < n and text[end] in ".!?\"”’'":
                end += 1
            # a quote followed by attribution (", kata X") continues the sentence
            rest = text[end:end + 2]
            if rest[:1] == "," or (rest.strip()[:1].islower() if rest.strip() else False):
                i = end
                continue
            _append(out, text, start, end, offset, paragraph)
            start = end
            i = end
            continue
        i += 1
    _append(out, text, start, n, offset, paragraph)
    return out


def _append(out: list[Sentence], text: str, start: int, end: int, offset: int, paragraph: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk.rstrip())
    if trail <= lead:
        return
    s, e = start + lead, start + trail
    out.append(Sentence(s + offset, e + offset, text[s:e], paragraph, tokenize(text[s:e], s + offset)))


def quote_spans(text: str, offset: int = 0) -> list[Span]:
    """Spans of the text INSIDE quotation marks (“…”, "…", ‘…’), outermost only."""
    spans: list[Span] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "“\"" or (ch == "‘" and _is_quote_open(text, i)):
            close = {"“": "”\"", "\"": "\"”", "‘": "’"}[ch]
            j = i + 1
            while j < n and text[j] not in close:
                if text[j] == "\n" and text[j + 1:j + 2] == "\n":
                    break
                j += 1
            if j < n and text[j] in close and j > i + 1:
                spans.append(Span(i + 1 + offset, j + offset))
                i = j + 1
                continue
        i += 1
    return spans


def _is_quote_open(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalnum()


# ---------------------------------------------------------------------------
# Morphology: the meN- prefix and friends, generated from a root.

def men_prefix(root: str) -> str:
    """The active meN- form of a root: serang -> menyerang, kecam -> mengecam, kritik -> mengkritik."""
    r = root.lower()
    first, second = r[:1], r[1:2]
    cluster = second and second not in "aeiou"
    if len(r.split()[0]) <= 3 or (len(r) <= 4 and r.count("a") + r.count("e") + r.count("i") + r.count("o") + r.count("u") == 1):
        return "menge" + r                           # monosyllables: bom -> mengebom
    if first in "aeiou":
        return "meng" + r
    if first == "k":
        return "meng" + (r if cluster else r[1:])
    if first in "gh" or first == "x":
        return "meng" + r
    if first == "p":
        return "mem" + (r if cluster else r[1:])
    if first in "bfv":
        return "mem" + r
    if first == "t":
        return "men" + (r if cluster else r[1:])
    if first in "dcjz":
        return "men" + r
    if first == "s":
        return "meny" + r[1:] if not cluster else "men" + r
    return "me" + r                                   # l m n r w y ng ny


@lru_cache(maxsize=None)
def verb_forms(root: str) -> dict[str, str]:
    """Derived forms of a verb root keyed by form, valued by voice (active/passive)."""
    active = men_prefix(root)
    forms = {active: "active", active + "kan": "active", active + "i": "active",
             "di" + root: "passive", "di" + root + "kan": "passive", "di" + root + "i": "passive",
             "ter" + root: "passive"}
    if root.endswith("i"):
        forms.pop(active + "i", None)
        forms.pop("di" + root + "i", None)
    forms[f"{root}-{active}"] = "reciprocal"          # reduplication: serang-menyerang, tembak-menembak
    return forms


@lru_cache(maxsize=None)
def noun_forms(root: str) -> tuple[str, ...]:
    """Event nouns of a verb root: -an and peN-…-an (serangan, penyerangan; tangkapan, penangkapan)."""
    active = men_prefix(root)
    pe = "pe" + active[2:] if active.startswith("me") else "pe" + root
    return (root + "an", pe + "an")


def strip_clitics(word: str) -> tuple[str, str]:
    """Split enclitics: 'tetangganya' -> ('tetangga', 'nya'); also -lah, -kah, -mu, -ku."""
    lw = word.lower()
    for clitic in ("nya", "lah", "kah", "pun"):
        if lw.endswith(clitic) and len(lw) > len(clitic) + 2:
            return word[: -len(clitic)], clitic
    return word, ""
