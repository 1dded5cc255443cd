"""The README's table of the tables ("## The tables") says what the committed package holds: each curated
table's row count, and every column of its CSV named in backticks in its row, so that a new column or a
changed count cannot go unmentioned."""

import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
DATA = ROOT / "datasets" / "data"


def readme_rows():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## The tables\n", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"`[a-z]+`", cells[0]):
            rows[cells[0].strip("`")] = (cells[1], cells[2])
    return rows


def test_every_curated_table_has_its_row_count_and_every_column_in_the_readme():
    rows = readme_rows()
    assert set(rows) == {"roster", "demographics", "aid", "troops", "mentions", "timeline", "infobox"}
    for name, (count, what) in rows.items():
        with open(DATA / f"{name}.csv", encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            n = sum(1 for _ in reader)
        assert count == str(n), f"{name}: the README says {count} rows, the package has {n}"
        named = {w.strip() for span in re.findall(r"`([^`]*)`", what) for w in span.split(",")}
        missing = [c for c in header if c not in named]
        assert not missing, f"{name}: columns {missing} are not named in the README's row"
