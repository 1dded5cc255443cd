#!/usr/bin/env python3
"""One article whose body is a single paragraph (no blank line) of about N bytes (standard library only).

    python3 scripts/bench/long_paragraph.py --bytes 1MB --kind prose --out /tmp/lp/one.txt [--split 6]

Reproduces issue 10's superlinear cost in long paragraphs: a user's export (PDF-to-text, a page without
blank lines, a CSV pasted as prose) is one huge block. Kinds of invented text:
- prose: sentences about troops, populations and aid with varying numbers;
- long: the same clauses joined into very long sentences (';' and ', and');
- figures: many figures per sentence (lists of places with counts);
- table: rows of a table pasted as prose (cells joined by ', '), one a line;
- wrapped: prose broken into 80-character lines, as a PDF-to-text export writes it;
- nostop: clauses joined by ', ' with no full stop at all (one sentence of N bytes).
--split K puts a blank line after every K sentences (the same text in normal paragraphs), for comparison.
The output is a function of the arguments (seeded random).
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

PLACES = ["Ghulja", "Kulja", "Tacheng", "Altay", "Urumqi", "Kashgar", "Aksu", "Hami", "Yarkand", "Khotan"]
ARMIES = ["the National Army", "the Soviet garrison", "the Kuomintang forces", "the Ili rebels", "the Kazakh cavalry"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
GROUPS = ["Uyghurs", "Kazakhs", "Han Chinese", "Russians", "Hui", "Mongols"]


def num(rng: random.Random) -> str:
    return f"{rng.randint(1000, 99999):,}"


def clause(rng: random.Random) -> str:
    k = rng.randrange(5)
    place, army = rng.choice(PLACES), rng.choice(ARMIES)
    year = rng.randint(1933, 1949)
    if k == 0:
        return f"{army} sent {num(rng)} troops to {place} in {rng.choice(MONTHS)} {year}"
    if k == 1:
        return f"the population of {place} was {num(rng)} in {year}, of whom {num(rng)} were {rng.choice(GROUPS)}"
    if k == 2:
        return f"the Soviet Union granted a credit of {rng.randint(2, 300)} million rubles to {place} in {year}"
    if k == 3:
        return f"{army} lost {num(rng)} men killed and {num(rng)} wounded near {place} in {year}"
    return f"about {num(rng)} refugees arrived in {place} from the south in {rng.choice(MONTHS)} {year}"


def sentence(kind: str, rng: random.Random) -> str:
    if kind in ("prose", "wrapped"):
        c = clause(rng)
        return c[0].upper() + c[1:] + "."
    if kind == "long":
        parts = [clause(rng) for _ in range(rng.randint(6, 12))]
        s = "; ".join(", and ".join(parts[i:i + 2]) for i in range(0, len(parts), 2))
        return s[0].upper() + s[1:] + "."
    if kind == "figures":
        year = rng.randint(1933, 1949)
        items = ", ".join(f"{p} {num(rng)}" for p in rng.sample(PLACES, 8))
        return f"In {year} the census counted {rng.choice(GROUPS)} as follows: {items}."
    if kind == "table":
        row = [rng.choice(PLACES), str(rng.randint(1933, 1949)), num(rng), num(rng), rng.choice(GROUPS)]
        return ", ".join(row)
    if kind == "nostop":
        return clause(rng) + ","
    raise SystemExit(f"unknown kind {kind}")


def parse_size(text: str) -> int:
    t = text.strip().upper()
    for unit, scale in (("KB", 10**3), ("MB", 10**6), ("GB", 10**9), ("B", 1)):
        if t.endswith(unit):
            return int(float(t[:-len(unit)]) * scale)
    return int(float(t))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bytes", required=True, type=parse_size)
    ap.add_argument("--kind", default="prose", choices=["prose", "long", "figures", "table", "wrapped", "nostop"])
    ap.add_argument("--split", type=int, default=0, help="blank line every K sentences (0: one paragraph)")
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--out", required=True, type=Path)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = [f"= Long paragraph {a.kind} =\n\n"]
    size, count = len(out[0]), 0
    sep = "\n" if a.kind == "table" else " "
    while size < a.bytes:
        s = sentence(a.kind, rng)
        count += 1
        if a.split and count % a.split == 0:
            s += "\n\n"
        elif a.kind == "table":
            s += "\n"  # one row a line, no blank line
        else:
            s += " "
        out.append(s)
        size += len(s)
    text = "".join(out).rstrip()
    if a.kind == "wrapped":  # the body (not the title) in lines of at most 80 characters, broken at a blank
        head, body = text.split("\n\n", 1)
        paragraphs = [re.sub(r"(.{1,80})(?: |$)", "\\1\n", b).rstrip() for b in body.split("\n\n")]
        text = head + "\n\n" + "\n\n".join(paragraphs)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
