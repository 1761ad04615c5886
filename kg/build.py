"""Build: article files -> kg.trig (one named graph per article), kg.ttl (merged), graph.html.

Across the articles of one build the same actor is one node: lexicon keys are global,
and a one-word person name ("Stoltenberg") that no article spells out joins the one
fuller name of the build that ends with it ("Jens Stoltenberg").
"""
from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import RdfFormat

from kg.document import Document
from kg.errors import InputError, KgError
from kg.graph import BuildActivity, document_quads, inferred_quads, sort_quads, to_triples, write_rdf
from kg.lexicon import gazetteer

SUFFIXES = {".txt", ".text", ".md"}
PARALLEL_FROM = 40     # articles; below this a second process costs more than it saves


@dataclass
class BuildResult:
    """What a build wrote and counted."""
    articles: int = 0
    entities: int = 0
    events: int = 0
    quotes: int = 0
    triples: int = 0
    inferred: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    out: Path = Path("output")


def collect_inputs(inputs: Sequence[Path]) -> list[Path]:
    """Article files named by the inputs: files as given, folders searched recursively."""
    files: list[Path] = []
    for p in inputs:
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                raise InputError(f"{p}: no article files (*.txt, *.md) in this folder")
            files.extend(found)
        else:
            files.append(p)
    return list(dict.fromkeys(files))


def _process(path: Path) -> Document | tuple[str, str]:
    from kg.pipeline import process_file
    try:
        return process_file(path)
    except KgError as exc:
        return str(path), str(exc).removeprefix(f"{path}: ")


def annotate(files: list[Path], progress: bool = True) -> Iterator[Document | tuple[str, str]]:
    """Run the pipeline over files (in two processes for large builds), in input order."""
    gazetteer()  # load the lexicons once, before any fork
    from kg.extract.tagger import load_model
    load_model()       # unpack the CRF model once, before any fork
    workers = min(os.cpu_count() or 1, 4)
    bar = _progress(len(files)) if progress and len(files) > 1 else None
    if len(files) >= PARALLEL_FROM and workers > 1:
        import multiprocessing as mp
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        with ctx.Pool(workers) as pool:
            for res in pool.imap(_process, files, chunksize=8):
                _tick(bar)
                yield res
    else:
        for f in files:
            res = _process(f)
            _tick(bar)
            yield res
    if bar:
        bar[0].stop()


def _progress(total: int):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    import sys
    p = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                 transient=True, disable=not sys.stderr.isatty())
    task = p.add_task("build", total=total)
    p.start()
    return p, task


def _tick(bar) -> None:
    if bar:
        bar[0].advance(bar[1])


def merge_entities(docs: list[Document]) -> dict[str, str]:
    """Across-article key merges: a lone surname -> the build's one full name ending with it."""
    full: dict[str, set[str]] = {}
    keys: set[str] = set()
    known = gazetteer().entries
    for d in docs:
        for e in d.entities.values():
            keys.add(e.key)
            if e.type == "Person" and len(e.label.split()) >= 2:
                full.setdefault(e.label.split()[-1].lower(), set()).add(e.key)
    remap = {}
    for d in docs:
        for e in d.entities.values():
            if e.type == "Person" and e.key not in known and len(e.label.split()) == 1:
                owners = full.get(e.label.lower(), set()) - {e.key}
                if len(owners) == 1:
                    remap[e.key] = next(iter(owners))
    return remap


def apply_remap(doc: Document, remap: dict[str, str]) -> None:
    """Rename entity keys in a document (entities, mentions, positions, events, quotes)."""
    if not remap:
        return
    new = {}
    for key, ent in doc.entities.items():
        k = remap.get(key, key)
        if k in new:
            new[k].forms |= ent.forms
        else:
            ent.key = k
            new[k] = ent
    doc.entities = new
    for m in doc.mentions:
        m.key = remap.get(m.key, m.key)
    for p in doc.positions:
        p.person, p.org = remap.get(p.person, p.person), remap.get(p.org, p.org)
    for e in doc.events:
        e.agent, e.target = remap.get(e.agent, e.agent), remap.get(e.target, e.target)
        e.source = remap.get(e.source, e.source)
    for q in doc.quotes:
        q.speaker = remap.get(q.speaker, q.speaker)


def canonical_labels(docs: list[Document]) -> dict[str, str]:
    """One rdfs:label per entity across the build: the lexicon's, else the longest form."""
    known = gazetteer().entries
    labels: dict[str, str] = {}
    for d in docs:
        for e in d.entities.values():
            if e.key in known:
                labels[e.key] = known[e.key].label
            else:
                cur = labels.get(e.key)
                if cur is None or (len(e.label), e.label) > (len(cur), cur):
                    labels[e.key] = e.label
    return labels


def _now() -> str:
    from datetime import datetime, timezone
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def build(inputs: Sequence[Path], out: Path, progress: bool = True, html: bool = True,
          stamp: bool = False, infer: bool = False, ontology: Path | None = None) -> BuildResult:
    """Build the knowledge graph of the input articles into the folder `out`.

    `stamp` adds start/end times to the PROV-O build activity (the output is then no
    longer byte-identical across runs); `infer` adds the RDFS/OWL-RL closure with the
    ontology as a separate named graph of kg.trig (kg.ttl keeps what the text said).
    """
    t0 = time.perf_counter()
    started = _now() if stamp else None
    files = collect_inputs(inputs or [Path("seeds")])
    result = BuildResult(out=out)
    docs: list[Document] = []
    for res in annotate(files, progress):
        if isinstance(res, Document):
            docs.append(res)
        else:
            result.failures.append(res)
    if not docs:
        path, reason = result.failures[0]
        if len(files) == 1:
            raise InputError(f"{path}: {reason}")
        raise InputError(f"none of the {len(files)} inputs could be read ({path}: {reason})")
    remap = merge_entities(docs)
    for d in docs:
        apply_remap(d, remap)
    labels = canonical_labels(docs)
    activity = BuildActivity(started=started, ended=_now() if stamp else None)
    quads = sort_quads(q for d in docs for q in document_quads(d, labels, activity))
    triples = to_triples(quads)
    if infer:
        from kg.query import ontology_dir
        extra = inferred_quads(quads, ontology or ontology_dir() / "kg.ttl")
        result.inferred = len(extra)
        quads = sort_quads([*quads, *extra])
    out.mkdir(parents=True, exist_ok=True)
    _atomic(out / "kg.trig", lambda p: write_rdf(quads, p, RdfFormat.TRIG))
    _atomic(out / "kg.ttl", lambda p: write_rdf(triples, p, RdfFormat.TURTLE))
    if html:
        from kg.viz import render_html
        render_html(triples, out / "graph.html")
    result.articles = len(docs)
    result.entities = len({k for d in docs for k in d.entities})
    result.events = sum(len(d.events) for d in docs)
    result.quotes = sum(len(d.quotes) for d in docs)
    result.triples = len(triples)
    result.seconds = round(time.perf_counter() - t0, 2)
    return result


def _atomic(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
