#!/usr/bin/env python3
"""The pandas side of the table-rendering comparison (run with .venv-bench/bin/python).

    .venv-bench/bin/python scripts/bench/pandas_render.py [--rows 1000,100000,1000000]

For each size, a DataFrame of the same shape as TableRenderBenchmark's table (int `id` = i, float
`value` = i * 0.5, str `label` = "row i"), rendered with `df._repr_html_()` (what Jupyter shows) under
pandas' default display options (the HTML goes to target/bench/html/pandas-<rows>.html). Times it with timeit: the median of 7 repeats, each of as many calls
as autorange picks (at least 0.2 s); records the HTML size in UTF-8 bytes. Writes
target/bench/pandas_render.json.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import timeit
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402


def frame(rows: int) -> pd.DataFrame:
    i = np.arange(rows)
    return pd.DataFrame({"id": i.astype("int32"), "value": i * 0.5, "label": [f"row {k}" for k in range(rows)]})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default="1000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    # a fresh interpreter: every display option is at its default
    results = {}
    for rows in (int(r) for r in args.rows.split(",")):
        df = frame(rows)
        html = df._repr_html_()
        sample = benchlib.OUT / "html" / f"pandas-{rows}.html"
        sample.parent.mkdir(parents=True, exist_ok=True)
        sample.write_text(html, encoding="utf-8")
        timer = timeit.Timer(df._repr_html_)
        number, _ = timer.autorange()
        number = max(number, 1)
        per_call = [t / number for t in timer.repeat(repeat=args.repeat, number=number)]
        results[str(rows)] = {
            "rows": rows,
            "us_per_render": statistics.median(per_call) * 1e6,
            "us_min": min(per_call) * 1e6,
            "html_bytes": len(html.encode("utf-8")),
            "calls_per_repeat": number,
            "repeats": args.repeat,
        }
        print(f"  pandas {rows:>9,} rows: {results[str(rows)]['us_per_render']:9.1f} µs per _repr_html_(), "
              f"{results[str(rows)]['html_bytes']:,} bytes", flush=True)
    benchlib.write_result("pandas_render", {
        "pandas": pd.__version__, "numpy": np.__version__,
        "display": {k: pd.get_option(f"display.{k}") for k in ("max_rows", "min_rows", "max_columns", "show_dimensions")},
        "sizes": results,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
