"""The detik.com corpus of ../shared as article files, for the benchmarks in bench/."""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared/data/detik-news/data_berita.csv"


def parser(doc: str | None) -> argparse.ArgumentParser:
    """The benchmarks' common options: --csv and --ids."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--ids", default="1-1000", help="id range, e.g. 1-1000")
    return ap


def write_articles(csv_path: Path, ids: str, folder: Path) -> list[Path]:
    """Write the articles whose ids fall in the range ("1-1000") as `<id>.txt` (title, blank
    line, body) into `folder`; return the files in corpus order."""
    lo, _, hi = ids.partition("-")
    wanted = set(range(int(lo), int(hi or lo) + 1))
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for row in csv.DictReader(csv_path.open(encoding="utf-8")):
        if int(row["id"]) in wanted:
            f = folder / f"{row['id']}.txt"
            f.write_text(f"{row['judul']}\n\n{row['isi_berita']}", encoding="utf-8")
            files.append(f)
    return files


def missing(csv_path: Path) -> bool:
    """True (after saying so) when the corpus is not beside the checkout."""
    if csv_path.exists():
        return False
    print(f"bench: {csv_path} not found; nothing to measure")
    return True
