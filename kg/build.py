"""Build: article files -> kg.trig (one named graph per article), kg.ttl (merged), graph.html.

Across the articles of one build the same actor is one node: lexicon keys are global,
and a one-word person name ("Stoltenberg") that no article spells out joins the one
fuller name of the build that ends with it ("Jens Stoltenberg").
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import RdfFormat

from kg.document import Document, Entity
from kg.errors import InputError, KgError
from kg.graph import (BuildActivity, EntityIndex, article_iri, document_quads, inferred_quads, sort_quads, to_triples,
                      write_rdf)
from kg.rdffile import TrigWriter, TripleSorter
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
    from kg.pipeline import ComponentError, process_file
    try:
        return process_file(path)
    except KgError as exc:
        return str(path), str(exc).removeprefix(f"{path}: ")
    except ComponentError as exc:     # a bug on one article must not cost the others
        return str(path), f"not built: {exc}"


@dataclass
class Packed:
    """An extracted document as :class:`DocumentSpool` keeps it, made where it was extracted:
    its graph IRI, its entities and the pickled document. A worker sends this instead of the
    document, so the main process neither unpickles nor pickles it again."""
    iri: str
    entities: list[Entity]
    data: bytes


def pack(doc: Document) -> Packed:
    """The document pickled, with what the spool needs to know of it."""
    return Packed(str(article_iri(doc)), list(doc.entities.values()),
                  pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))


def _process_packed(path: Path) -> Packed | tuple[str, str]:
    res = _process(path)
    return pack(res) if isinstance(res, Document) else res


def annotate(files: list[Path], progress: bool = True, jobs: int | None = None,
             packed: bool = False) -> Iterator[Document | Packed | tuple[str, str]]:
    """Run the pipeline over files, in input order.

    ``jobs`` is the number of worker processes; ``None`` chooses automatically (up to
    4 workers from PARALLEL_FROM articles on, otherwise in-process) and ``1`` always
    runs in this process. The results do not depend on ``jobs``. With ``packed`` each
    document comes as a :class:`Packed` (for :class:`DocumentSpool`).
    """
    if jobs is not None and jobs < 1:
        raise InputError(f"--jobs must be at least 1, got {jobs}")
    gazetteer()  # load the lexicons once, before any fork
    from kg.extract.tagger import default_members, load_model, load_neural
    for member in default_members():
        load_model(member)   # unpack the CRF model(s) once, before any fork
    load_neural()            # and the neural tagger's weights, when shipped
    workers = min(os.cpu_count() or 1, 4) if jobs is None else min(jobs, max(len(files), 1))
    bar = _progress(len(files)) if progress and len(files) > 1 else None
    try:
        if workers > 1 and (jobs is not None or len(files) >= PARALLEL_FROM):
            import multiprocessing as mp
            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            with ctx.Pool(workers, initializer=_ignore_sigint) as pool:
                for res in pool.imap(_process_packed if packed else _process, files, chunksize=8):
                    _tick(bar)
                    yield res
        else:
            for f in files:
                res = _process_packed(f) if packed else _process(f)
                _tick(bar)
                yield res
    finally:        # also on Ctrl-C: the pool is terminated by its `with`, the bar cleared here
        if bar:
            bar[0].stop()


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops them (no traceback per worker)."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _progress(total: int, what: str = "extracting"):
    """A rich progress bar on stderr (articles done, articles/s, time left); None when not a terminal."""
    import sys
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                               TimeRemainingColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed or 0:.1f} articles/s")
    p = Progress(TextColumn(what), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn(),
                 transient=True, disable=not sys.stderr.isatty())
    task = p.add_task(what, total=total)
    p.start()
    return p, task


def _tick(bar) -> None:
    if bar:
        bar[0].advance(bar[1])


def merge_entities(entity_lists: Iterable[Iterable[Entity]]) -> dict[str, str]:
    """Across-article key merges: a lone surname -> the build's one full name ending with it.

    ``entity_lists`` holds the entities of each article (``doc.entities.values()``).
    """
    entity_lists = [list(ents) for ents in entity_lists]
    full: dict[str, set[str]] = {}
    known = gazetteer().entries
    for ents in entity_lists:
        for e in ents:
            if e.type == "Person" and len(e.label.split()) >= 2:
                full.setdefault(e.label.split()[-1].lower(), set()).add(e.key)
    remap = {}
    for ents in entity_lists:
        for e in ents:
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


def canonical_labels(entity_lists: Iterable[Iterable[Entity]],
                     remap: dict[str, str] | None = None) -> dict[str, str]:
    """One rdfs:label per entity across the build: the lexicon's, else the longest form.

    Labels are keyed by the entity keys after ``remap``.
    """
    known = gazetteer().entries
    remap = remap or {}
    labels: dict[str, str] = {}
    for ents in entity_lists:
        for e in ents:
            key = remap.get(e.key, e.key)
            if key in known:
                labels[key] = known[key].label
            else:
                cur = labels.get(key)
                if cur is None or (len(e.label), e.label) > (len(cur), cur):
                    labels[key] = e.label
    return labels


class DocumentSpool:
    """Extracted documents pickled to a file as they arrive; only their entities stay in memory.

    A build needs every article's entities before it can write any graph (cross-article
    merges and labels), but not the articles themselves: they are read back one at a
    time, in graph-IRI order, to be written.
    """

    def __init__(self, folder: Path):
        self._file = (Path(folder) / "documents.pickle").open("w+b")
        self._index: list[tuple[str, int, int]] = []      # graph IRI, offset, length
        self.entities: list[list[Entity]] = []

    def add(self, doc: Document | Packed) -> None:
        """Keep a document (or a document already packed by a worker)."""
        item = doc if isinstance(doc, Packed) else pack(doc)
        self._index.append((item.iri, self._file.seek(0, os.SEEK_END), len(item.data)))
        self._file.write(item.data)
        self.entities.append(item.entities)

    def __len__(self) -> int:
        return len(self._index)

    def graphs(self) -> Iterator[list[Document]]:
        """The documents grouped by article graph, in graph-IRI order (input order within one)."""
        by_graph: dict[str, list[tuple[int, int]]] = {}
        for iri, offset, length in self._index:
            by_graph.setdefault(iri, []).append((offset, length))
        for iri in sorted(by_graph):
            yield [self._load(offset, length) for offset, length in by_graph[iri]]

    def _load(self, offset: int, length: int) -> Document:
        self._file.seek(offset)
        return pickle.loads(self._file.read(length))

    def close(self) -> None:
        """Close (the folder's owner deletes the file)."""
        self._file.close()


def _now() -> str:
    from datetime import datetime, timezone
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def build(inputs: Sequence[Path], out: Path, progress: bool = True, html: bool = True,
          stamp: bool = False, infer: bool = False, ontology: Path | None = None,
          jobs: int | None = None) -> BuildResult:
    """Build the knowledge graph of the input articles into the folder `out`.

    Memory does not grow with the corpus: extracted articles wait in a spool file and
    are written one graph at a time (:mod:`kg.rdffile`); only `infer` holds every quad.
    `stamp` adds start/end times to the PROV-O build activity (the output is then no
    longer byte-identical across runs); `infer` adds the RDFS/OWL-RL closure with the
    ontology as a separate named graph of kg.trig (kg.ttl keeps what the text said).
    `jobs` is the number of extraction processes (None: automatic; 1: in-process).
    """
    t0 = time.perf_counter()
    started = _now() if stamp else None
    files = collect_inputs(inputs or [Path("seeds")])
    result = BuildResult(out=out)
    out.mkdir(parents=True, exist_ok=True)
    with _work_dir(out) as work:
        spool = DocumentSpool(Path(work))
        try:
            for res in annotate(files, progress, jobs, packed=True):
                if isinstance(res, Packed):
                    spool.add(res)
                else:
                    result.failures.append(res)
            if not len(spool):
                path, reason = result.failures[0]
                if len(files) == 1:
                    raise InputError(f"{path}: {reason}")
                raise InputError(f"none of the {len(files)} inputs could be read ({path}: {reason})")
            remap = merge_entities(spool.entities)
            labels = canonical_labels(spool.entities, remap)
            activity = BuildActivity(started=started, ended=_now() if stamp else None)
            graphs = _graph_quads(spool, remap, labels, activity, result, progress)
            if infer:
                _write_inferred(graphs, out, ontology, result)
            else:
                _write_streamed(graphs, out, Path(work), result)
        finally:
            spool.close()
        if html:
            _write_html(out, Path(work))
    result.articles = len(spool)
    result.entities = len(labels)
    result.seconds = round(time.perf_counter() - t0, 2)
    return result


def _graph_quads(spool: DocumentSpool, remap: dict[str, str], labels: dict[str, str],
                 activity: BuildActivity, result: BuildResult, progress: bool) -> Iterator[list]:
    """The quads of each article graph, in graph order, counting events and quotes; then
    the entity index graph (:class:`kg.graph.EntityIndex`)."""
    bar = _progress(len(spool), "writing") if progress and len(spool) > 1 else None
    index = EntityIndex()
    try:
        for docs in spool.graphs():
            quads = []
            for d in docs:
                apply_remap(d, remap)
                result.events += len(d.events)
                result.quotes += len(d.quotes)
                quads.extend(document_quads(d, labels, activity))
                _tick(bar)
            index.add(quads)
            yield quads
        yield index.quads()
    finally:
        if bar:
            bar[0].stop()


def _write_streamed(graphs: Iterator[list], out: Path, work: Path, result: BuildResult) -> None:
    """kg.trig graph by graph and kg.ttl through an external sort, both in bounded memory."""
    sorter = TripleSorter(work)

    def trig(path: Path) -> None:
        with path.open("wb") as sink:
            writer = TrigWriter(sink)
            for quads in graphs:
                writer.add(quads)
                sorter.add(quads)
    _atomic(out / "kg.trig", trig)
    _atomic(out / "kg.ttl", lambda p: setattr(result, "triples", sorter.write(p)))


def _write_inferred(graphs: Iterator[list], out: Path, ontology: Path | None, result: BuildResult) -> None:
    """kg.trig with the inferred graph, and kg.ttl: every quad in memory (owlrl needs them all)."""
    from kg.query import ontology_dir
    quads = sort_quads(q for g in graphs for q in g)
    triples = to_triples(quads)
    extra = inferred_quads(quads, ontology or ontology_dir() / "kg.ttl")
    result.inferred = len(extra)
    result.triples = len(triples)
    _atomic(out / "kg.trig", lambda p: write_rdf(sort_quads([*quads, *extra]), p, RdfFormat.TRIG))
    _atomic(out / "kg.ttl", lambda p: write_rdf(triples, p, RdfFormat.TURTLE))


def _write_html(out: Path, work: Path) -> None:
    """graph.html from kg.trig, read into a temporary on-disk store (bounded memory).

    The named graphs are kept: tooltips show each edge's evidence and articles.
    """
    import pyoxigraph as ox
    from kg.store import OxigraphStore
    from kg.viz import render_html
    store = ox.Store(str(work / "html-store"))
    store.bulk_load(path=str(out / "kg.trig"), format=RdfFormat.TRIG)
    try:
        render_html(OxigraphStore(store), out / "graph.html")
    finally:
        del store


WORK_PREFIX = ".kg-build-"


def _work_dir(out: Path) -> tempfile.TemporaryDirectory:
    """A scratch folder in ``out`` for one build, marked with this process's id.

    Scratch folders that a killed build left behind (their process is gone) are removed
    first; those of a build still running in the same folder are left alone."""
    for old in out.glob(WORK_PREFIX + "*"):
        if old.is_dir() and not _alive(old / "pid"):
            shutil.rmtree(old, ignore_errors=True)
    work = tempfile.TemporaryDirectory(prefix=WORK_PREFIX, dir=out)
    (Path(work.name) / "pid").write_text(str(os.getpid()), encoding="ascii")
    return work


def _alive(pid_file: Path) -> bool:
    """Whether the process named in a scratch folder's pid file still runs."""
    try:
        pid = int(pid_file.read_text(encoding="ascii"))
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True                               # another user's process: it exists
    except (OSError, ValueError):
        # no pid file (a build of an older kg) or not ours to signal: only an old folder goes
        return not (pid_file.parent.stat().st_mtime < time.time() - 24 * 3600)
    return True


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


# --- incremental builds into an on-disk Oxigraph store -------------------------------------

@dataclass
class StoreBuildResult:
    """What an incremental build into a store did."""
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    quads: int = 0
    graphs: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    store: Path = Path("store")
    out: Path | None = None


def content_hash(path: Path, fingerprint: str | None = None) -> str:
    """sha256 of an article file's bytes and the build fingerprint (kg + lexicon versions).

    An article is rebuilt when either its text or the software that reads it changed.
    """
    if fingerprint is None:
        fingerprint = build_fingerprint()
    h = hashlib.sha256(path.read_bytes())
    h.update(b"\0" + fingerprint.encode("utf-8"))
    return h.hexdigest()


def build_fingerprint() -> str:
    """The kg version and the lexicon fingerprint, e.g. ``0.9.0/1a2b3c4d5e6f``."""
    from kg import __version__
    from kg.graph import lexicon_version
    return f"{__version__}/{lexicon_version()}"


def article_store_quads(doc: Document) -> list:
    """The quads of one article built on its own (merges and labels within the article only).

    Articles in a store are independent of each other, so that an article's graph does
    not depend on which other articles were built in the same run.
    """
    apply_remap(doc, merge_entities([doc.entities.values()]))
    return sort_quads(document_quads(doc, canonical_labels([doc.entities.values()]), BuildActivity()))


def build_store(inputs: Sequence[Path], store_dir: Path, progress: bool = True, out: Path | None = None,
                html: bool = True, on_article: Callable[[str, str], None] | None = None,
                jobs: int | None = None) -> StoreBuildResult:
    """Build articles incrementally into the on-disk Oxigraph store in ``store_dir``.

    Unchanged articles (same content hash) are skipped without running extraction;
    changed ones replace their old graph; new ones are added. Each article is written
    in one transaction as soon as it is extracted, so memory does not grow with the
    corpus and a killed build leaves whole articles only (the next run does the rest).
    ``on_article(status, path)`` is called after each article is committed
    ("added"/"replaced"). With ``out``, kg.trig/kg.ttl/graph.html are written from the store.
    ``jobs`` is the number of extraction processes (None: automatic; 1: in-process).
    """
    from kg.store import DiskStore
    t0 = time.perf_counter()
    files = collect_inputs(inputs or [Path("seeds")])
    store = DiskStore(store_dir)
    try:
        return _build_into(store, files, progress, out, html, on_article, t0, jobs)
    except KgError as exc:  # drop the traceback: its frames would keep the store (and its lock) open
        raise exc.with_traceback(None) from None
    finally:
        del store           # close the store now


def _build_into(store, files: list[Path], progress: bool, out: Path | None, html: bool,
                on_article: Callable[[str, str], None] | None, t0: float,
                jobs: int | None = None) -> StoreBuildResult:
    result = StoreBuildResult(store=store.path, out=out)
    records = store.records()
    fingerprint = build_fingerprint()
    todo: list[tuple[Path, str, str, str | None]] = []   # path, source key, hash, old graph
    for f in files:
        source = str(f.resolve())
        digest = content_hash(f, fingerprint)
        old = records.get(source)
        if old and old[1] == digest and store._store.contains_named_graph(_named(old[0])):
            result.unchanged += 1
        else:
            todo.append((f, source, digest, old[0] if old else None))
    if todo:
        for (f, source, digest, old), res in zip(todo, annotate([t[0] for t in todo], progress, jobs)):
            if not isinstance(res, Document):
                result.failures.append(res)
                continue
            quads = article_store_quads(res)
            graph = quads[0].graph_name.value
            store.put_article(graph, source, digest, quads, replaces=[old] if old else [])
            status = "replaced" if old else "added"
            setattr(result, status, getattr(result, status) + 1)
            if on_article:
                on_article(status, str(f))
    store.refresh_index()
    store.flush()
    if out is not None:
        write_outputs(store, out, html)
    result.graphs = len(store.records())
    result.quads = len(store)
    result.seconds = round(time.perf_counter() - t0, 2)
    return result


def _named(iri: str):
    from pyoxigraph import NamedNode
    return NamedNode(iri)


def write_outputs(store, out: Path, html: bool = True) -> None:
    """Write kg.trig, kg.ttl (and graph.html) of a :class:`kg.store.DiskStore` into ``out``.

    Graph by graph, in bounded memory, like a file build.
    """
    out.mkdir(parents=True, exist_ok=True)
    with _work_dir(out) as work:
        graphs = (store.graph_quads(g) for g in store.named_graphs())
        _write_streamed(graphs, out, Path(work), BuildResult(out=out))
    if html:
        from kg.viz import render_html
        render_html(store, out / "graph.html")


def remove_article(store_dir: Path, article: str) -> list[str]:
    """Drop an article (graph IRI, file name/path or slug) from a store; returns the graphs dropped.

    Raises InputError when nothing matches, or when a file name or slug matches several.
    """
    from kg.lexicon import slug
    from kg.store import DiskStore
    if not (Path(store_dir).is_dir() and any(Path(store_dir).iterdir())):
        raise InputError(f"no store at {store_dir}")
    store = DiskStore(store_dir)
    try:
        return _remove(store, store_dir, article)
    except KgError as exc:  # drop the traceback: its frames would keep the store (and its lock) open
        raise exc.with_traceback(None) from None
    finally:
        del store           # close the store now


def _remove(store, store_dir: Path, article: str) -> list[str]:
    from kg.lexicon import slug
    records = store.records()                    # source -> (graph, hash)
    graphs = set(store.named_graphs()) | {g for g, _ in records.values()}
    if article in graphs:
        hits = [article]
    else:
        name = Path(article).name
        resolved = str(Path(article).resolve())
        hits = sorted({g for src, (g, _) in records.items()
                       if src == resolved or Path(src).name == name or Path(src).stem == article
                       or slug(Path(src).stem) == article})
        if not hits:
            hits = sorted(g for g in graphs if g.rsplit("/", 1)[-1].rsplit("-", 1)[0] == article)
    if not hits:
        raise InputError(f"no article {article!r} in the store {store_dir}")
    if len(hits) > 1:
        raise InputError(f"{article!r} matches {len(hits)} articles ({', '.join(hits[:3])}...); give the graph IRI")
    for g in hits:
        store.remove_article(g)
    store.refresh_index()
    store.flush()
    return hits
