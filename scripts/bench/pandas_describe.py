#!/usr/bin/env python3
"""The pandas side of the describe comparison (run with .venv-bench/bin/python).

    .venv-bench/bin/python scripts/bench/pandas_describe.py OURS_CSV

Builds the frame of DescribeBenchmark (1,000,000 rows: int `id` = i, float `value` = i * 0.5 with NaN
on every tenth row, str `label` = "common" on every third row and "row i" otherwise), times
`df.describe(include="all")` with timeit (median of 7 repeats of as many calls as autorange picks), and
checks that our statistics (OURS_CSV, written by DescribeBenchmark.main) agree with pandas' to 1e-9
relative for numbers and exactly for text. Writes target/bench/pandas_describe.json.
"""
from __future__ import annotations

import csv
import math
import statistics
import sys
import timeit
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

ROWS = 1_000_000


def frame(rows: int) -> pd.DataFrame:
    i = np.arange(rows)
    value = i * 0.5
    value[i % 10 == 0] = np.nan
    label = np.where(i % 3 == 0, "common", np.char.add("row ", i.astype(str))).astype(object)
    return pd.DataFrame({"id": i.astype("int32"), "value": value, "label": label})


def disagreements(ours_csv: Path, theirs: pd.DataFrame) -> list[str]:
    """Every statistic where ours and pandas' differ (missing on one side only counts)."""
    with open(ours_csv, encoding="utf-8", newline="") as f:
        ours = {row["statistic"]: row for row in csv.DictReader(f)}
    bad = []
    for stat, row in ours.items():
        if stat == "missing":
            continue  # pandas has no row for it; checked below
        for col in ("id", "value", "label"):
            mine = row[col]
            theirs_v = theirs.loc[stat, col] if stat in theirs.index else None
            missing_theirs = theirs_v is None or (isinstance(theirs_v, float) and math.isnan(theirs_v))
            if mine in ("", "NaN") or missing_theirs:
                if not (mine in ("", "NaN") and missing_theirs):
                    bad.append(f"{stat}/{col}: ours {mine!r}, pandas {theirs_v!r}")
                continue
            if isinstance(theirs_v, (int, float, np.number)):
                if not math.isclose(float(mine), float(theirs_v), rel_tol=1e-9, abs_tol=1e-9):
                    bad.append(f"{stat}/{col}: ours {mine}, pandas {theirs_v}")
            elif str(theirs_v) != mine and not (mine.replace(".0", "") == str(theirs_v)):
                bad.append(f"{stat}/{col}: ours {mine!r}, pandas {theirs_v!r}")
    for col, expected in (("id", 0), ("value", ROWS // 10), ("label", 0)):
        if int(float(ours["missing"][col])) != expected:
            bad.append(f"missing/{col}: ours {ours['missing'][col]}, expected {expected}")
    return bad


def main() -> int:
    ours_csv = Path(sys.argv[1])
    df = frame(ROWS)
    result = df.describe(include="all")
    timer = timeit.Timer(lambda: df.describe(include="all"))
    number, _ = timer.autorange()
    per_call = [t / max(number, 1) for t in timer.repeat(repeat=7, number=max(number, 1))]
    bad = disagreements(ours_csv, result)
    ms = statistics.median(per_call) * 1e3
    print(f"  pandas {ROWS:,} rows: {ms:,.0f} ms per describe(include='all'); "
          + ("our statistics agree with it" if not bad else f"{len(bad)} statistics differ: {bad[:5]}"), flush=True)
    benchlib.write_result("pandas_describe", {
        "pandas": pd.__version__, "numpy": np.__version__, "rows": ROWS,
        "ms_per_describe": ms, "ms_min": min(per_call) * 1e3, "repeats": 7, "calls_per_repeat": number,
        "agree": not bad, "differences": bad,
    })
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
