"""Read an article file: title, dateline, date, source attribution, page debris, sentences.

The full file text is kept unchanged as ``Article.text`` (the NIF context), and every
span points into it. Page debris ("Baca Juga: …", "SCROLL TO CONTINUE WITH CONTENT")
is recorded on the article and left out of the sentences, so no fact comes from it.
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from kg.document import Article, Span
from kg.errors import InputError
from kg.lexicon import debris_patterns, month_numbers
from kg.text import split_sentences

MAX_BYTES = 5_000_000

WEEKDAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
NUMERIC_DATE = re.compile(rf"(?:(?:{WEEKDAYS})\s*)?\(?\b(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\b\)?")
WORD_DATE = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})\b")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3})"
    r"(?:\s*,\s*(?P<pub>[A-Za-z][\w.]*(?:[ .][A-Z][\w.]*){0,2}))?"
    r"\s*(?:[—–]|-{1,2})\s+")
SOURCE = re.compile(r"^\s*Sumber\s*:\s*(?P<src>[^\n]+?)\s*$")


def read_text(path: Path) -> str:
    """Read a file as UTF-8 text, raising InputError with one clear line on bad input."""
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, expected a text file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{path}: {size:,} bytes is larger than the {MAX_BYTES:,}-byte limit for one article")
    data = path.read_bytes()
    if b"\x00" in data[:8192] or _control_ratio(data[:8192]) > 0.05:
        raise InputError(f"{path}: looks like a binary file, not article text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); convert it with "
                         f"`iconv -f latin1 -t utf-8`") from None
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return text


def _control_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    bad = sum(1 for b in data if b < 32 and b not in (9, 10, 13))
    return bad / len(data)


def read_article(path: Path) -> Article:
    """Read one article file into an Article with sentences and metadata."""
    return parse_article(read_text(path), path.name)


def parse_article(text: str, name: str) -> Article:
    """Parse article text (title line optional) into an Article."""
    art = Article(name=name, text=text)
    paragraphs = _paragraphs(text)
    paragraphs = _take_title(art, paragraphs)
    body: list[Span] = []
    for p in paragraphs:
        line = text[p.start:p.end]
        if _is_debris(line):
            art.debris.append(p)
            continue
        m = SOURCE.match(line)
        if m:
            art.attribution = m.group("src")
            art.attribution_span = Span(p.start + m.start("src"), p.start + m.end("src"))
            art.debris.append(p)
            continue
        body.append(p)
    if body:
        body[0] = _take_dateline(art, body[0])
    art.paragraphs = body
    if art.title_span:
        ts = art.title_span
        title = split_sentences(text[ts.start:ts.end], ts.start, -1)
        for s in title:
            s.is_title = True
        art.sentences.extend(title[:1] if len(title) == 1 else _joined(title, text))
    for i, p in enumerate(body):
        art.sentences.extend(split_sentences(text[p.start:p.end], p.start, i))
    art.date = find_date(text)
    return art


def _joined(parts: list, text: str) -> list:
    """A title split at a full stop is still one title sentence."""
    from kg.document import Sentence
    first, last = parts[0], parts[-1]
    return [Sentence(first.start, last.end, text[first.start:last.end], -1,
                     [t for p in parts for t in p.tokens], True)]


def _paragraphs(text: str) -> list[Span]:
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        chunk = m.group()
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append(Span(m.start() + lead, m.start() + len(chunk.rstrip())))
    return spans


def _take_title(art: Article, paragraphs: list[Span]) -> list[Span]:
    """A short first line followed by a blank line, without a final full stop, is the title."""
    if len(paragraphs) < 2:
        return paragraphs
    first = paragraphs[0]
    line = art.text[first.start:first.end]
    gap = art.text[first.end:paragraphs[1].start]
    if gap.count("\n") >= 2 and len(line) <= 200 and not line.endswith((".", "\"", "”")) \
            and not DATELINE.match(line):
        art.title, art.title_span = line, first
        return paragraphs[1:]
    return paragraphs


def _take_dateline(art: Article, para: Span) -> Span:
    line = art.text[para.start:para.end]
    m = DATELINE.match(line)
    if not m or len(m.group("place")) > 40:
        return para
    place, pub = "place", "pub"
    if m.group("pub") and _looks_like_publisher(m.group("place")):
        place, pub = "pub", "place"                    # "TEMPO.CO, Islamabad -": publisher first
    art.dateline = m.group(place)
    art.dateline_span = Span(para.start + m.start(place), para.start + m.end(place))
    if m.group(pub):
        art.publisher = m.group(pub)
        art.publisher_span = Span(para.start + m.start(pub), para.start + m.end(pub))
    return Span(para.start + m.end(), para.end)


def _looks_like_publisher(text: str) -> bool:
    """'TEMPO.CO', 'KOMPAS.com', 'detikcom', 'CNN Indonesia': a media name rather than a place."""
    from kg.lexicon import gazetteer
    from kg.text import tokenize
    hit = gazetteer().forms.get(tuple(t.text.lower() for t in tokenize(text)))
    return bool(hit and hit[0].type == "MediaOrganization") or "." in text


def _is_debris(line: str) -> bool:
    return any(p.search(line) for p in debris_patterns())


def find_date(text: str) -> str | None:
    """The first full date in the text ("Kamis (24/2/2022)", "24 Februari 2022") as ISO."""
    found = []
    for m in NUMERIC_DATE.finditer(text):
        d = _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), d))
            break
    for m in WORD_DATE.finditer(text):
        month = month_numbers().get(m.group(2).lower())
        d = _make_date(int(m.group(3)), month, int(m.group(1))) if month else None
        if d:
            found.append((m.start(), d))
            break
    return min(found)[1] if found else None


def _make_date(y: int, mth: int, d: int) -> str | None:
    try:
        return date(y, mth, d).isoformat()
    except ValueError:
        return None
