"""Quotes: direct quotations and who said them.

Attribution, tried in order for each quotation:
1. after it: '…," kata X' / 'ujar X' / 'X menambahkan' / 'imbuhnya' ('-nya' = the current speaker);
2. before it: 'X mengatakan, "…"' / 'X: "…"' / 'Menurut X, "…"';
3. a quotation with no attribution continues the current speaker when it follows
   another quotation in the same or the previous paragraph (continuation paragraphs);
4. otherwise the quote is kept with no speaker (an anonymous source).
"""
from __future__ import annotations

import re

from kg.document import Document, Mention, Quote, Span
from kg.lexicon import cues
from kg.text import quote_spans

MAX_GAP = 110  # characters between the verb and the speaker's name, past a long title and rank


def _inside_quote(text: str, m) -> bool:
    """Is the mention inside a quotation of its paragraph (an odd number of quote marks before it)?"""
    start = text.rfind("\n", 0, m.start) + 1
    before = text[start:m.start]
    return (before.count("\u201c") > before.count("\u201d")) or before.count('"') % 2 == 1


def extract_quotes(doc: Document) -> Document:
    """Pipeline component: fill doc.quotes."""
    text = doc.article.text
    speech = cues().get("speech", frozenset())
    named = [m for m in doc.mentions if m.key and m.source != "description"
             and not (m.source == "title" and _inside_quote(text, m))]   # "Menlu ..." said by someone else
    current: str | None = None
    last_para = -10
    prev_subject: str | None = None
    for pi, para in enumerate(doc.article.paragraphs):
        ptext = text[para.start:para.end]
        for q in quote_spans(ptext, para.start):
            inner = text[q.start:q.end].strip()
            if len(inner.split()) < 2:
                continue                            # a scare-quoted word, not a quotation
            opens = pi > 0 and not text[para.start:q.start].strip(QUOTE_MARKS)
            anonymous = _anonymous_before(text, para.start, q.start)
            after = _after(text, q, para, named, speech, current, anonymous, prev_subject,
                           doc.article.paragraphs[pi - 1] if opens else None)
            if after == UNNAMED_SOURCE:                 # '"…," ujarnya' after "Seorang warga mengaku cemas."
                doc.quotes.append(Quote(text[q.start:q.end], Span(q.start, q.end), None))
                last_para = pi
                continue
            speaker = after or _before(text, q, para, named, speech) or _framing(text, q, para, named, speech)
            named_here = {x.key for x in named if para.start <= x.start < anonymous and x.type == "Person"}
            named_here |= _named_source(text, anonymous, q.start, named)
            lead = max(text.rfind(". ", para.start, q.start), para.start)   # the sentence leading in
            if anonymous and not _named_after(text, q, para, speech, after) \
                    and (speaker not in named_here or not after and anonymous >= lead) \
                    or not after and _unnamed_after(text, q, para, speech):
                speaker = None                          # "seorang pejabat yang enggan disebut namanya",
                                                        # '"…," kata seorang pedagang.'
            elif speaker is None and pi - last_para <= 1:
                speaker = current
            elif speaker is None and opens and not anonymous:   # a quotation paragraph of its own after
                speaker = _reporter(text, doc.article.paragraphs[pi - 1], named, speech)   # "X membantah ..."
            doc.quotes.append(Quote(text[q.start:q.end], Span(q.start, q.end), speaker))
            if speaker:
                current = speaker
            last_para = pi
        prev_subject = _paragraph_subject(text, para, named) or prev_subject
    return doc


def _named_source(text: str, anonymous: int, end: int, named: list[Mention]) -> set[str]:
    """The person an unnamed-source phrase names at once, in apposition ("Salah seorang ABK yang
    selamat, Andi Saputra, mengaku ..."): such a source is not anonymous."""
    if not anonymous:
        return set()
    for x in named:
        if anonymous <= x.start < end and x.type == "Person":
            lead = text[anonymous - 1:x.start]
            return {x.key} if lead.rstrip().endswith(",") and lead.count(",") == 1 \
                and not re.search(r"[.!?]\s", lead) and len(lead) <= 80 else set()
    return set()


def _reporter(text: str, para: Span, named: list[Mention], speech: frozenset[str]) -> str | None:
    """The last person a paragraph frames as speaking ("X membantah ...", "Ia menuding ..."), to
    whom a quotation paragraph with no attribution of its own that follows it belongs."""
    if _ends_with_unnamed(text, para, named):
        return None
    framed = [x for x in _persons_outside_quotes(text, para, named) if _reporting(text, x, speech)]
    return framed[-1].key if framed else None


def _framing(text: str, q: Span, para: Span, named: list[Mention], speech: frozenset[str]) -> str | None:
    """The speaker of a quotation set inside the sentence that reports it ("Juru bicaranya, X,
    menyebut latihan itu sebagai “…”"): the person framed as speaking before it in that sentence."""
    lead = max(text.rfind(". ", para.start, q.start) + 1, para.start)
    framed = [x for x in named if lead <= x.start < q.start and x.type == "Person" and _reporting(text, x, speech)]
    return framed[-1].key if framed else None


def _paragraph_subject(text: str, para: Span, named: list[Mention]) -> str | None:
    """The first person a paragraph names outside quotation marks (its subject)."""
    persons = _persons_outside_quotes(text, para, named)
    return persons[0].key if persons else None


CLAUSE_OPENING = r"(?:^|[.!?]\s+|,\s+)(?:[Nn]amun,?\s+)?"   # where a phrase introducing someone may start
UNNAMED = re.compile(CLAUSE_OPENING + r"(?:[Ss]eorang|[Ss]alah seorang|[Ss]alah satu)\s+"
                     r"(?:[a-z]|[A-Z]{2,4}\s+(?:yang|asal|di|dari)\b)")   # "Seorang ABK yang ...": an acronym noun
ONE_OF = re.compile(CLAUSE_OPENING + r"(?:[Ss]eorang|[Ss]alah seorang)\s+[a-z]")   # a person, not "salah satu
                                                                                 # partai": UNNAMED's narrower twin


UNNAMED_AFTER = re.compile(r"^[\"”’]?\s*[,.]?\s*[\"”’]?\s*([\w-]+)\s+(?:salah\s+)?(?:seorang|satu)\s+[a-z]")


def _named_after(text: str, q: Span, para: Span, speech: frozenset[str], after: str | None) -> bool:
    """'"…," kata Darmawan': the speaker is named right after the quotation, so an unnamed source
    the paragraph mentioned earlier ("salah satu partai pengusung") is not the one quoted."""
    m = re.match(r"^[\"”’]?\s*[,.]?\s*[\"”’]?\s*([\w-]+)", text[q.end:para.end])
    return bool(after and m) and _speech_word(m.group(1), speech) == (True, False)


def _unnamed_after(text: str, q: Span, para: Span, speech: frozenset[str]) -> bool:
    """'"…," kata seorang guru honorer': the speech verb after the quotation introduces an
    unnamed source."""
    m = UNNAMED_AFTER.match(text[q.end:para.end])
    return bool(m) and _speech_word(m.group(1), speech)[0]


def _anonymous_before(text: str, start: int, end: int) -> int:
    """Where the paragraph introduces an unnamed source before the quotation ("seorang pejabat
    yang enggan disebut namanya", "Seorang relawan ... mengaku"), else 0."""
    chunk = text[start:end]
    low = chunk.lower()
    hits = [low.find(cue) for cue in cues().get("anonymous", ()) if cue in low]
    unnamed = UNNAMED.search(chunk)
    if unnamed:
        hits.append(unnamed.start())
    return start + min(hits) + 1 if hits else 0


def _speech_word(word: str, speech: frozenset[str]) -> tuple[bool, bool]:
    """(is a speech verb, carries '-nya')."""
    w = word.lower()
    if w in speech:
        return True, w.endswith("nya") and w[:-3] in speech
    if w.endswith("nya") and w[:-3] in speech:
        return True, True
    return False, False


QUOTE_MARKS = " \t\"\u201c\u201d\u2018\u2019'"
UNNAMED_SOURCE = "\x00unnamed"   # _after's answer for a '-nya' whose antecedent is an unnamed source



def _ends_with_unnamed(text: str, span: Span, named: list[Mention]) -> bool:
    """Does the paragraph end by introducing an unnamed person after the last one it names
    ("Seorang diplomat yang enggan disebut namanya menilai ...")?"""
    last = max((x.end for x in _persons_outside_quotes(text, span, named)), default=span.start)
    tail = text[last:span.end]
    appositive = last > span.start           # "ujar Oksana T., seorang pejabat WMO": the named one
    return any(tail[:m.start()].strip() or not appositive for m in ONE_OF.finditer(tail)) \
        or any(cue in tail.lower() for cue in cues().get("anonymous", ()))


def _after(text: str, q: Span, para: Span, named: list[Mention], speech: frozenset[str],
           current: str | None, anonymous: int = 0, previous_subject: str | None = None,
           before: Span | None = None) -> str | None:
    """The speaker an attribution after the quotation names ('"…," kata X', '"…," ujarnya',
    '"…," X menambahkan'); `anonymous` is where the paragraph introduced an unnamed source
    before the quotation (0: none)."""
    tail = text[q.end:para.end]
    m = re.match(r"^[\"”’]?\s*[,.]?\s*[\"”’]?\s*([\w-]+)", tail)
    if not m:
        return None
    word_start = q.end + m.start(1)
    word_end = q.end + m.end(1)
    is_speech, nya = _speech_word(m.group(1), speech)
    if is_speech:
        if nya:   # "imbuhnya": the person named before the quotation in its paragraph, else the current speaker
            here = [x for x in named if para.start <= x.start < q.start and x.type == "Person"]
            if here and anonymous > here[-1].start + 1:
                return UNNAMED_SOURCE           # "Bupati X berjanji ... Seorang wali murid mengaku ... ujarnya"
            if here:
                return _antecedent(text, here, speech)
            if before is not None and _ends_with_unnamed(text, before, named):
                return UNNAMED_SOURCE       # the quotation opens its paragraph after "Seorang diplomat
                                            # yang enggan disebut namanya menilai ..."
            if before is not None and (there := _persons_outside_quotes(text, before, named)):
                said = _antecedent_before(text, there, speech, named)   # '"…," ujarnya' opening its paragraph
                if said:
                    return said
            return previous_subject or current or _nearest_person_before(named, q.start)
        return _mention_after(text, named, word_end, para.end)
    # '"…," Stoltenberg menambahkan' : a name first, then a speech verb
    ment = next((x for x in named if x.start == word_start and x.type != "Place"), None)
    if ment:
        rest = text[ment.end:para.end].split()
        if rest and _speech_word(rest[0].strip(".,"), speech)[0]:
            return ment.key
    return None


def _spoken_by(text: str, persons: list[Mention], speech: frozenset[str]) -> Mention | None:
    """Whom '-nya' after a quotation means when the paragraph leading to it says so outright,
    among its persons (in text order): the last pronoun, else the last one framed as reporting."""
    pronouns = [x for x in persons if x.source == "pronoun"]
    if pronouns:                    # "Kuasa hukum N., F. H., ... Ia memastikan N. ... ujarnya": F. H.
        return pronouns[-1]
    framed = [x for x in persons if _reporting(text, x, speech)]
    return framed[-1] if framed else None   # "Menurut Toni, penyidik memeriksa Yusran ... ujarnya": Toni


def _last_sentence(persons: list[Mention]) -> list[Mention]:
    return [x for x in persons if x.sentence == persons[-1].sentence]


def _antecedent(text: str, persons: list[Mention], speech: frozenset[str]) -> str | None:
    """'-nya' after a quotation, among the persons of the quotation's own paragraph: as
    _spoken_by, else the subject of the last sentence naming one, its titled person, else its
    first ("Gubernur S. menonaktifkan R. ... tegasnya": S.)."""
    said = _spoken_by(text, persons, speech)
    if said:
        return said.key
    last = _last_sentence(persons)
    return next((x.key for x in last if x.title), last[0].key)


def _antecedent_before(text: str, persons: list[Mention], speech: frozenset[str],
                       named: list[Mention]) -> str | None:
    """'-nya' after a quotation opening its paragraph, among the persons of the paragraph
    before: as _spoken_by, else a person who opens the last sentence naming one (else None:
    "KPK menyebut Y ... ujarnya" is not Y's)."""
    said = _spoken_by(text, persons, speech)
    if said:
        return said.key
    last = _last_sentence(persons)
    first = min((x for x in named if x.sentence == last[0].sentence), key=lambda x: x.start)
    return first.key if first is last[0] else None


def _persons_outside_quotes(text: str, para: Span, named: list[Mention]) -> list[Mention]:
    """The persons a paragraph names outside its quotation marks, in text order."""
    inside = quote_spans(text[para.start:para.end], para.start)
    return [x for x in named if para.start <= x.start < para.end and x.type == "Person"
            and not any(q.start <= x.start < q.end for q in inside)]


def _reporting(text: str, x: Mention, speech: frozenset[str]) -> bool:
    """Does the person report what follows: 'X mengatakan', 'X, Ketua Y, menyatakan', 'Menurut X'?"""
    if re.search(r"(?:^|\s)[Mm]enurut\s*$", text[max(0, x.start - 10):x.start]):
        return True
    tail = text[x.end:x.end + 90]
    for form in (r"^\s*,?\s*([\w-]+)",                       # "X mengatakan", "X, menuding"
                 r"^\s*,[^,.\"“”]{0,70},\s*([\w-]+)"):      # "X, Ketua Y, menyatakan"
        m = re.match(form, tail)
        if m and _speech_word(m.group(1), speech)[0]:
            return True
    return False


def _mention_after(text: str, named: list[Mention], pos: int, limit: int) -> str | None:
    """The speaker named after a speech verb: a person (past their title and its
    organisation, "kata Menlu Inggris David Lammy"), else an organisation right after it."""
    near = [x for x in named if pos <= x.start <= pos + MAX_GAP and x.start < limit]
    person = next((x for x in near if x.type == "Person" or x.source == "pronoun"), None)
    if person and (person.title or person is near[0] or person.start - pos <= 40):
        named_next = next((x for x in near if x.start > person.start), None)
        if named_next and named_next.type == "Person" and text[person.end:named_next.start] == ", ":
            return named_next.key       # "ujar kakak Fauzan, Siti Aminah": the apposition speaks
        return person.key
    return near[0].key if near and near[0].start - pos <= 3 else None


def _before(text: str, q: Span, para: Span, named: list[Mention], speech: frozenset[str]) -> str | None:
    head = text[para.start:q.start - 1]
    stripped = head.rstrip()
    if not stripped.endswith((",", ":")):
        return None
    cands = [x for x in named if para.start <= x.start and x.end <= q.start - 1]
    if not cands:
        return None
    words = re.findall(r"[\w-]+", head)
    if stripped.endswith(":") or any(_speech_word(w, speech)[0] for w in words[-6:]) \
            or "menurut" in (w.lower() for w in words):
        persons = [x for x in cands if x.type == "Person" or x.source == "pronoun"]
        if words and words[0].lower() == "menurut":
            return cands[0].key
        return (persons or cands)[-1].key      # the one right before the speech verb: "Dewi mengatakan, “…”"
    return None


def _nearest_person_before(named: list[Mention], pos: int) -> str | None:
    for x in reversed(named):
        if x.end <= pos and x.type == "Person":
            return x.key
    return None
