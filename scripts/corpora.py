"""Unlabelled text of ../shared read by the training scripts (never a test split)."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

from kg.text import split_sentences


def news_sentences(path: Path) -> Iterator[list[str]]:
    """Token lists of the detik.com article bodies in ``path`` (data_berita.csv), split as
    the news pipeline splits them."""
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for para in (row.get("isi_berita") or "").split("\n"):
                if para.strip():
                    for sent in split_sentences(para):
                        yield [t.text for t in sent.tokens]
