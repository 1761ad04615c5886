"""kg.trig and kg.ttl written in bounded memory, in the same sorted order as an in-memory sort.

A build of ten thousand articles holds millions of quads; sorting them all in memory
costs gigabytes. Both files are written from streams instead:

* kg.trig is sorted by graph first, and every quad of an article is in that article's
  graph. :class:`TrigWriter` takes the article graphs one at a time, in graph-IRI
  order, and appends each one sorted.
* kg.ttl merges all graphs: the same entity triple comes from many articles. A
  :class:`TripleSorter` collects N-Triples lines in bounded runs on disk and merges
  them (an external merge sort), dropping duplicates, into one sorted N-Triples file
  that pyoxigraph streams into Turtle.

The result is byte-identical to serializing the fully sorted quads at once
(:func:`kg.graph.sort_quads`): an N-Triples line sorts like the (subject, predicate,
object) strings it is made of, because a term's string never continues past its end
with a character smaller than the separating space.
"""
from __future__ import annotations

import heapq
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.vocab import PREFIXES

RUN_LINES = 200_000   # N-Triples lines held in memory before a sorted run goes to disk


def _body(data: bytes) -> bytes:
    """A serialization without the ``@prefix`` lines pyoxigraph writes at its top."""
    i = 0
    while data.startswith(b"@prefix ", i):
        i = data.index(b"\n", i) + 1
    return data[i:]


class TrigWriter:
    """Append named graphs, one list of quads of one graph at a time, as one TriG document.

    The caller gives the graphs in graph-IRI order; each is sorted here.
    """

    def __init__(self, sink: BinaryIO):
        self.sink = sink
        self.quads = 0

    def add(self, quads: list[ox.Quad]) -> None:
        """Append one graph."""
        from kg.graph import sort_quads
        quads = sort_quads(quads)
        data = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
        self.sink.write(data if self.quads == 0 else _body(data))   # the prefixes once, at the top
        self.quads += len(quads)


class TripleSorter:
    """External merge sort of triples into a de-duplicated, sorted Turtle file.

    ``add`` the quads of any graphs in any order (their graph is dropped); ``write``
    then produces the merged view. Runs of :data:`RUN_LINES` lines are kept in the
    folder ``work``.
    """

    def __init__(self, work: Path, run_lines: int = RUN_LINES):
        self.work = Path(work)
        self.run_lines = run_lines
        self._lines: set[str] = set()
        self._runs: list[Path] = []

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Take the triples of quads."""
        for q in quads:
            self._lines.add(f"{q.subject} {q.predicate} {q.object} .\n")
        if len(self._lines) >= self.run_lines:
            self._spill()

    def _spill(self) -> None:
        fd, name = tempfile.mkstemp(prefix="run-", suffix=".nt", dir=self.work)
        with open(fd, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(sorted(self._lines))
        self._runs.append(Path(name))
        self._lines = set()

    def lines(self) -> Iterator[str]:
        """Every triple once, as N-Triples lines, in sorted order."""
        if not self._runs:
            yield from sorted(self._lines)
            return
        if self._lines:
            self._spill()
        files = [p.open(encoding="utf-8", newline="\n") for p in self._runs]
        try:
            last = None
            for line in heapq.merge(*files):
                if line != last:
                    yield line
                    last = line
        finally:
            for f in files:
                f.close()

    def write(self, path: Path) -> int:
        """Write the sorted, merged triples to ``path`` as Turtle; return their number."""
        nt = self.work / "merged.nt"
        n = 0
        with nt.open("w", encoding="utf-8", newline="\n") as f:
            for line in self.lines():
                f.write(line)
                n += 1
        for run in self._runs:
            run.unlink(missing_ok=True)
        triples = (q.triple for q in ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES))
        ox.serialize(triples, str(path), ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        nt.unlink()
        return n


__all__ = ["RUN_LINES", "TrigWriter", "TripleSorter"]
