"""Generate the CAMEO SKOS concept scheme of ontology/kg.ttl from ../shared/reference.

Reads ``cameo_roots.tsv`` (the 20 roots: name, PLOVER category, quad class) and
``CAMEO2PLOVER-2021.txt`` (3- and 4-digit codes with their English names in the
comments) and rewrites everything after the ``CAMEO_MARKER`` line of
ontology/kg.ttl: one ``skos:Concept`` per 2-, 3- and 4-digit code with its English
``skos:prefLabel``, ``skos:notation`` and ``skos:broader`` to its parent (4-digit ->
3-digit -> root), Indonesian labels for the 20 roots.

The PLOVER table has no 01x/02x codes (PLOVER dropped the CAMEO statement and
appeal sub-codes); ontology/cameo_supplement.tsv adds them from the CAMEO codebook (Schrodt 2012,
names only) because the event lexicon uses them. Output is deterministic.

    python scripts/build_cameo_scheme.py [--reference DIR] [--check]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
REFERENCE = ROOT.parent / "shared" / "reference"
CAMEO_MARKER = "# ---------------------------------------------------------------- CAMEO concept scheme (generated)"

# Indonesian names of the 20 roots (written for this project).
ROOT_ID = {
    "01": "membuat pernyataan publik", "02": "mengimbau", "03": "menyatakan niat bekerja sama",
    "04": "berkonsultasi", "05": "bekerja sama secara diplomatik", "06": "bekerja sama secara material",
    "07": "memberikan bantuan", "08": "mengalah", "09": "menyelidiki", "10": "menuntut",
    "11": "mengecam", "12": "menolak", "13": "mengancam", "14": "memprotes",
    "15": "unjuk kekuatan militer", "16": "mengurangi hubungan", "17": "memaksa",
    "18": "menyerang secara fisik", "19": "bertempur", "20": "kekerasan massal tidak konvensional",
}

SUPPLEMENT_FILE = ROOT / "ontology" / "cameo_supplement.tsv"


def supplement() -> dict[str, str]:
    """CAMEO codebook codes absent from the PLOVER table (ontology/cameo_supplement.tsv)."""
    rows = [ln for ln in SUPPLEMENT_FILE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return {r["code"]: r["name"] for r in csv.DictReader(rows, delimiter="\t")}

# Names in the PLOVER table that are placeholders or misspelt, as the CAMEO codebook names them.
FIXES = {"100": "Make a demand, not specified below", "055": "Apologize"}

LINE = re.compile(r"^(\d{2,4}):\s*([^,#]*)[^#]*(?:#\s*(.*))?$")


def read_roots(ref: Path) -> list[dict[str, str]]:
    with open(ref / "cameo_roots.tsv", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_codes(ref: Path) -> dict[str, tuple[str, str]]:
    """code -> (English name, PLOVER category) for the 3- and 4-digit codes; first entry wins."""
    codes: dict[str, tuple[str, str]] = {}
    for raw in (ref / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = LINE.match(raw.strip())
        if not m or len(m.group(1)) == 2:
            continue
        code, plover, name = m.group(1), m.group(2).strip(), (m.group(3) or "").strip()
        name = re.sub(r"\s+\d{2}\.\d{2}\.\d{2}:.*$", "", name).strip()   # editor's dated notes
        name = FIXES.get(code, name)
        if name and code not in codes:
            codes[code] = (name, plover)
    for code, name in supplement().items():
        codes.setdefault(code, (name, ""))
    return codes


def parent(code: str, known: set[str]) -> str:
    if len(code) == 4 and code[:3] in known:
        return code[:3]
    return code[:2]


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def generate(ref: Path) -> str:
    roots = read_roots(ref)
    codes = read_codes(ref)
    root_ids = [r["root"] for r in roots]
    codes = {c: v for c, v in codes.items() if c[:2] in root_ids}
    known = set(codes)
    out = [CAMEO_MARKER,
           "# Written by scripts/build_cameo_scheme.py from ../shared/reference (cameo_roots.tsv,",
           "# CAMEO2PLOVER-2021.txt); do not edit by hand. Codes and English names from the CAMEO",
           "# event codebook (Schrodt 2012) as listed by the PLOVER project (CC BY-SA 4.0),",
           "# https://github.com/openeventdata/PLOVER; Indonesian root labels by this project.",
           f"# {len(roots)} roots and {len(codes)} sub-codes.",
           "",
           "cameo: a skos:ConceptScheme ;",
           '    skos:prefLabel "Kodebuk peristiwa CAMEO"@id , "CAMEO event codebook"@en ;',
           '    rdfs:label "Kodebuk peristiwa CAMEO"@id , "CAMEO event codebook"@en ;',
           '    rdfs:comment "The CAMEO event typology: 20 root categories and their 3- and 4-digit sub-codes."@en ;',
           "    dcterms:source <https://github.com/openeventdata/PLOVER> ;",
           "    skos:hasTopConcept " + " , ".join(f"cameo:{r}" for r in root_ids) + " .",
           ""]
    for r in roots:
        code, name = r["root"], r["name"]
        plover = "" if r["plover"].strip() in ("", "-") else f"; PLOVER {r['plover'].strip()}"
        out += [f"cameo:{code} a skos:Concept , kg:CameoCategory ;",
                "    skos:inScheme cameo: ; skos:topConceptOf cameo: ;",
                f'    skos:notation "{code}" ;',
                f'    skos:prefLabel "{esc(name)}"@en , "{esc(ROOT_ID[code])}"@id ;',
                f'    rdfs:label "{esc(name)}"@en , "{esc(ROOT_ID[code])}"@id ;',
                f'    rdfs:comment "CAMEO root {code}. Quad class {esc(r["quad_class"])}{esc(plover)}."@en .',
                ""]
    for code in sorted(codes):
        name, plover = codes[code]
        up = parent(code, known)
        comment = f"CAMEO code {code}" + (f"; PLOVER {plover}" if plover else "") + "."
        out += [f"cameo:{code} a skos:Concept , kg:CameoCategory ;",
                f"    skos:inScheme cameo: ; skos:broader cameo:{up} ;",
                f'    skos:notation "{code}" ;',
                f'    skos:prefLabel "{esc(name)}"@en ;',
                f'    rdfs:label "{esc(name)}"@en ;',
                f'    rdfs:comment "{esc(comment)}"@en .',
                ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", type=Path, default=REFERENCE)
    ap.add_argument("--check", action="store_true", help="exit 1 if ontology/kg.ttl is out of date")
    args = ap.parse_args(argv)
    text = ONTOLOGY.read_text(encoding="utf-8")
    if CAMEO_MARKER not in text:
        print(f"{ONTOLOGY}: marker line not found: {CAMEO_MARKER}", file=sys.stderr)
        return 2
    new = text[:text.index(CAMEO_MARKER)] + generate(args.reference)
    if args.check:
        return 0 if new == text else 1
    ONTOLOGY.write_text(new, encoding="utf-8")
    print(f"wrote {ONTOLOGY}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
