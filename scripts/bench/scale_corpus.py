#!/usr/bin/env python3
"""A corpus of a given size for the scale benchmark, made from the seed articles (standard library only).

    python3 scripts/bench/scale_corpus.py --bytes 100MB --out target/bench-scale/corpus-100MB

Copy n of a seed is written as <seed-stem>-<n>.txt (n from 1, six digits) with the title
"<Title> (<n>)", so every article and every table has its own name. Every number in the copy is
varied, so no two articles share their text and nothing can be cached:
- a year (1800-2099) moves by one offset per copy, the same for the whole copy, so ranges and the
  order of events stay as they were;
- a number up to 28 (days, small counts) becomes another in 1-28, one of 29-99 another in 29-99, and
  a longer one another of the same number of digits, keeping its thousands separators and decimals.
The shape of every line (headings, infobox, pipe tables and their cell counts) is the seed's.

Copies cycle through the seeds (A1 B1 C1 A2 B2 C2 ...) until the corpus holds at least --bytes. The
output is a function of the seeds, --bytes and --seed: a folder that already holds the same corpus
(its manifest, .corpus.json, says so) is kept as it is. The folder is made by this script; an existing
folder without the manifest is refused, never deleted.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ".corpus.json"
VERSION = 1  # bump when the output of the same inputs changes

# a number as the seeds write it: 1,234,567 / 12.5 / 1944 (a digit run not inside a word)
NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w])")
TITLE = re.compile(r"^= (.+) =$", re.M)


def parse_size(text: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?", text.strip(), re.I)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (say 10MB, 1GB)")
    scale = {"B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9}[(m.group(2) or "B").upper()]
    return int(float(m.group(1)) * scale)


class Template:
    """A seed split once into literal text and numbers, so that each copy only draws new numbers."""

    def __init__(self, path: Path):
        text = path.read_text(encoding="utf-8")
        self.stem = path.stem
        m = TITLE.search(text)
        if not m:
            raise SystemExit(f"{path}: no '= Title =' line")
        # the title line is written per copy; the rest is literal text and numbers
        head, rest = text[:m.start()], text[m.end():]
        self.head = head
        self.title = m.group(1)
        self.parts: list[str] = []   # literal text, between the numbers
        self.numbers: list[tuple[str, str | None]] = []  # (integer part as written, decimals or None)
        pos = 0
        for n in NUMBER.finditer(rest):
            self.parts.append(rest[pos:n.start()])
            self.numbers.append((n.group(1), n.group(2)))
            pos = n.end()
        self.parts.append(rest[pos:])

    def copy(self, n: int, rng: random.Random) -> str:
        shift = rng.randint(-20, 20)
        out = [self.head, f"= {self.title} ({n}) =", self.parts[0]]
        for (whole, decimals), literal in zip(self.numbers, self.parts[1:]):
            out.append(vary(whole, decimals, shift, rng))
            out.append(literal)
        return "".join(out)


def vary(whole: str, decimals: str | None, shift: int, rng: random.Random) -> str:
    digits = whole.replace(",", "")
    value = int(digits)
    if "," not in whole and decimals is None and len(digits) == 4 and 1800 <= value <= 2099:
        return str(value + shift)
    if len(digits) <= 2 and decimals is None:
        return str(rng.randint(1, 28) if value <= 28 else rng.randint(29, 99))
    first = str(rng.randint(1, 9)) if len(digits) > 1 or value > 0 else "0"
    new = first + "".join(rng.choice("0123456789") for _ in range(len(digits) - 1))
    if "," in whole:
        groups = []
        while len(new) > 3:
            groups.insert(0, new[-3:])
            new = new[:-3]
        new = ",".join([new] + groups)
    if decimals:
        new += "." + "".join(rng.choice("0123456789") for _ in range(len(decimals) - 1))
    return new


def manifest_for(seeds: list[Path], size: int, seed: int) -> dict:
    h = hashlib.sha256()
    for p in seeds:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    h.update(Path(__file__).read_bytes())
    return {"version": VERSION, "bytes_requested": size, "rng_seed": seed, "inputs_sha256": h.hexdigest()}


def generate(seeds_dir: Path, size: int, out: Path, seed: int = 1) -> dict:
    """Writes the corpus to `out` (unless it is already there) and returns its manifest."""
    seeds = sorted(seeds_dir.glob("*.txt"))
    if not seeds:
        raise SystemExit(f"scale_corpus: no *.txt articles in {seeds_dir}")
    want = manifest_for(seeds, size, seed)
    mf = out / MANIFEST
    if mf.is_file():
        have = json.loads(mf.read_text(encoding="utf-8"))
        if {k: have.get(k) for k in want} == want:
            return have
        shutil.rmtree(out)  # an older corpus of this script (it has the manifest): made again
    elif out.exists():
        raise SystemExit(f"scale_corpus: {out} exists and was not made by this script (no {MANIFEST}); "
                         f"name another folder")
    templates = [Template(p) for p in seeds]
    rng = random.Random(seed)
    tmp = out.with_name(out.name + ".partial")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    total = articles = 0
    n = 0
    while total < size:
        n += 1
        for t in templates:
            data = t.copy(n, rng).encode("utf-8")
            (tmp / f"{t.stem}-{n:06d}.txt").write_bytes(data)
            total += len(data)
            articles += 1
            if total >= size:
                break
    manifest = dict(want, bytes=total, articles=articles, copies=n, seeds=[p.name for p in seeds])
    (tmp / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    return manifest


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bytes", type=parse_size, required=True, help="at least this many bytes (10MB, 1GB)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--seed", type=int, default=1, help="random seed (the corpus is a function of it)")
    args = ap.parse_args()
    m = generate(args.seeds, args.bytes, args.out, args.seed)
    print(f"{args.out}: {m['articles']:,} articles, {m['bytes']:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
