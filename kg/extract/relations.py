"""Structural relations stated by the text: memberOf, headquarteredIn, capitalOf, ...

Driven by kg/lexicon/relation_cues.tsv: a cue phrase, where its subject stands
(right before or right after the cue) and where its object stands (right after, or
after a following "di"). Both sides must be resolved actors of compatible classes:
organisations are members of / headquartered in, places are capitals of countries.
"""
from __future__ import annotations

from functools import lru_cache

from kg.document import Document, Mention, Relation, Span
from kg.lexicon import rows
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


def extract_relations(doc: Document) -> Document:
    """Pipeline component: fill doc.relations."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.key:
            by_sentence.setdefault(m.sentence, []).append(m)
    seen = set()
    for si, sent in enumerate(doc.article.sentences):
        ments = sorted(by_sentence.get(si, []), key=lambda m: m.start)
        low = [t.text.lower() for t in sent.tokens]
        for k in range(len(low)):
            for cue, spec in _cues():
                if tuple(low[k:k + len(cue)]) != cue:
                    continue
                rel = _relation(sent, ments, k, k + len(cue), spec)
                if rel and (rel.subject, rel.predicate, rel.object) not in seen:
                    seen.add((rel.subject, rel.predicate, rel.object))
                    doc.relations.append(rel)
                break
        for rel in _place_appositions(sent, ments):
            if (rel.subject, rel.predicate, rel.object) not in seen:
                seen.add((rel.subject, rel.predicate, rel.object))
                doc.relations.append(rel)
    return doc


def _place_appositions(sent, ments: list[Mention]) -> list[Relation]:
    """locatedIn for "Place, Region" / "City, Country": two place names one comma apart, the
    second of a kind that contains the first, and no third place name in a list with them."""
    out = []
    for a, b in zip(ments, ments[1:]):
        between = sent.text[a.end - sent.start:b.start - sent.start]
        if between.strip() != "," or a.key == b.key or b.type not in CONTAINED.get(a.type, ()):
            continue
        after = sent.text[b.end - sent.start:].lstrip()
        if after.startswith((",", "dan ")) and any(m.start > b.end and m.type == b.type for m in ments):
            continue                                       # "A, B, dan C": a list
        out.append(Relation(a.key, "locatedIn", b.key, Span(sent.start, sent.end)))
    return out


def _relation(sent, ments: list[Mention], i: int, j: int, spec: dict[str, str]) -> Relation | None:
    toks = sent.tokens
    pred = spec["predicate"]
    if spec["subject"] == "after":
        subj = _after(toks, ments, j)
        obj_from = subj.end if subj else None
    else:
        subj = _before(toks, ments, i)
        obj_from = toks[j - 1].end
    if subj is None or obj_from is None:
        return None
    if spec["object"] == "di":
        di = next((t for t in toks if t.start >= obj_from and t.text.lower() == "di"), None)
        if di is None or di.start - obj_from > 40:
            return None
        obj = _after(toks, ments, toks.index(di) + 1)
    else:
        idx = next((n for n, t in enumerate(toks) if t.start >= obj_from), len(toks))
        obj = _after(toks, ments, idx)
    if obj is None or obj.key == subj.key:
        return None
    if not any(is_a(subj.type, c) for c in SUBJECT_CLASSES[pred]) or \
            not any(is_a(obj.type, c) for c in OBJECT_CLASSES[pred]):
        return None
    return Relation(subj.key, pred, obj.key, Span(sent.start, sent.end))


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
