#!/usr/bin/env python3
"""docs/benchmarks.md from its template and the committed results (standard library only).

    python3 scripts/bench/report.py collect PART...   # target/bench/ (this run) -> docs/benchmarks/results/
    python3 scripts/bench/report.py                   # docs/benchmarks/template.md + results -> docs/benchmarks.md
    python3 scripts/bench/report.py --print-extract   # print the extraction figure of target/bench/ (make bench-extract)

The figures live in docs/benchmarks/results/*.json, one file per benchmark, each with its date and
machine; `collect` replaces the files of the parts that just ran and leaves the others, so running
one part never loses the figures of another. The prose, the analysis of what the figures mean, is
written by hand in docs/benchmarks/template.md. The template is Markdown with:

    {{ EXPR }} or {{ EXPR:FORMAT }}   a value from the results, e.g. {{ extraction.main.mbs:.1f }}
    {% for X in EXPR %}LINE           LINE once per item of EXPR (a table row per result row)
    {% if EXPR %}LINE                 LINE only when EXPR is true (LINE may itself start with a directive)
    {% let NAME = EXPR %}             a name for later expressions (targets); the line is dropped
    {# ... #}                         a note for template writers; dropped

A results file is a name: `extraction` is results/extraction.json; its fields read as attributes.
A table row (a line starting with `|`) that names a result not there is left out; in prose the
value reads "n/a". A field that is null prints as "—". Helpers: met(ok), machine(r), date(r),
jfr(profile), span(), and Python's min, max, sum, len, round, abs, sorted.

Adding a benchmark: its script writes target/bench/NAME.json (benchlib.write_result), `collect`
copies it, and the template gets its table: a header line and one `{% for %}` row.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

ROOT = benchlib.ROOT
RAW = benchlib.OUT
RESULTS = ROOT / "docs" / "benchmarks" / "results"
TEMPLATE = ROOT / "docs" / "benchmarks" / "template.md"
DOC = ROOT / "docs" / "benchmarks.md"


# -- collect: this run's raw output -> results/ ----------------------------------------------------

def raw(name: str):
    p = RAW / f"{name}.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None


def jmh_rows(name: str) -> list[dict]:
    """JMH's JSON as rows: method, params, median of the iterations, JMH's mean and error, unit, settings."""
    rows = []
    for e in raw(f"jmh-{name}") or []:
        pm = e["primaryMetric"]
        its = [x for fork in pm.get("rawData", []) for x in fork]
        sec = e.get("secondaryMetrics", {})
        rows.append({
            "method": e["benchmark"].rsplit(".", 1)[-1], "params": e.get("params", {}),
            "median": statistics.median(its) if its else pm["score"], "min": min(its, default=None),
            "max": max(its, default=None), "mean": pm["score"], "error": pm.get("scoreError"),
            "unit": pm["scoreUnit"],
            "settings": f"{e['warmupIterations']} × {e['warmupTime']} warm-up, {e['measurementIterations']} × "
                        f"{e['measurementTime']} measured, {e['forks']} fork, {e['threads']} thread",
            "alloc_per_op": (sec.get("gc.alloc.rate.norm") or sec.get("·gc.alloc.rate.norm") or {}).get("score"),
        })
    return rows


def jmh_printed(name: str, pattern: str) -> dict[str, int]:
    """Numbers a benchmark prints at set-up (`corpus: ... 49316000 bytes`), from its JMH log."""
    log = RAW / "logs" / f"jmh-{name}.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    return {m.group(1): int(m.group(2)) for m in re.finditer(pattern, text)}


def with_meta(name: str, data: dict) -> dict:
    meta = raw(f"jmh-{name}.meta") or {}
    return {"date": meta.get("date"), "machine": meta.get("machine"), "commit": meta.get("commit"),
            "command": meta.get("command"), **data}


def collect_extraction() -> dict | None:
    rows = sorted((r for r in jmh_rows("extraction") if r["method"] == "parseAndExtract"),
                  key=lambda r: int(r["params"]["copies"]))
    if not rows:
        return None
    seeds = sum(p.stat().st_size for p in (ROOT / "seeds").glob("*.txt"))
    printed = jmh_printed("extraction", r"corpus: (\d+) copies of \d+ articles, (\d+) bytes")
    series = []
    for r in rows:
        copies = int(r["params"]["copies"])
        n = printed.get(str(copies), seeds * copies)
        ms = r["median"]
        series.append({"copies": copies, "bytes": n, "ms": ms, "mean": r["mean"], "error": r["error"],
                       "mbs": n / 1e3 / ms, "ns_per_byte": ms * 1e6 / n,
                       "mbs_min": n / 1e3 / r["max"] if r["max"] else None,
                       "mbs_max": n / 1e3 / r["min"] if r["min"] else None,
                       "alloc_per_byte": r["alloc_per_op"] / n if r["alloc_per_op"] else None,
                       "settings": r["settings"]})
    main = next((s for s in series if s["copies"] == 1000), series[-1])
    return with_meta("extraction", {"seeds_bytes": seeds, "series": series, "main": main})


def collect_table_render() -> dict | None:
    ours = {r["params"].get("rows"): r for r in jmh_rows("table")}
    pandas = raw("pandas_render")
    if not ours or not pandas:
        return None
    printed = jmh_printed("table", r"rows=(\d+) html=(\d+) bytes")
    sizes = []
    for rows, p in pandas["sizes"].items():
        o = ours.get(rows)
        html = RAW / "html" / f"ours-{rows}.html"
        ob = printed.get(rows) or (len(html.read_bytes()) if html.is_file() else None)
        if o:
            sizes.append({"rows": int(rows), "us": o["median"], "pandas_us": p["us_per_render"],
                          "html_bytes": ob, "pandas_html_bytes": p["html_bytes"]})
    parts = {}
    for who in ("ours", "pandas"):
        f = RAW / "html" / f"{who}-100000.html"
        if f.is_file():
            h = f.read_text(encoding="utf-8")
            parts[who] = {"bytes": len(h.encode()),
                          "style_bytes": sum(len(m.group(0).encode()) for m in re.finditer(r"<style.*?</style>", h, re.S)),
                          "indent_bytes": sum(len(m.group(0)) - 2 for m in re.finditer(r">\s+<", h))}
    return with_meta("table", {"sizes": sizes, "payload_100000": parts, "pandas": pandas.get("pandas"),
                               "numpy": pandas.get("numpy"), "pandas_display": pandas.get("display"),
                               "settings": next(iter(ours.values()))["settings"]})


def collect_describe() -> dict | None:
    rows = jmh_rows("describe")
    if not rows:
        return None
    return with_meta("describe", {"ours": rows[0], "pandas": raw("pandas_describe")})


CHART_CASES = {
    "barChartPng": "a 12-bar XChart category chart to PNG",
    "xyChartPng": "a 10,000-point XChart XY chart (lines and markers) to PNG",
    "plotLinePng": "Plot.line of a 10,000-row table to PNG",
    "plotScatterVegaLite": "Plot.scatter of a 10,000-row table to its Vega-Lite spec",
}


def collect_chart_render() -> dict | None:
    rows = jmh_rows("chart")
    if not rows:
        return None
    for r in rows:
        r["what"] = CHART_CASES.get(r["method"], r["method"])
    payload = jmh_printed("chart", r"Vega-Lite payload: (\d+) bytes for (\d+) points")
    vega = [{"bytes": int(b), "points": n} for b, n in payload.items()]
    return with_meta("chart", {"charts": rows, "vega_lite": vega[0] if vega else None})


# part of run_all.sh -> the results it publishes: name -> how to make it (None: copy target/bench/NAME.json)
PARTS = {
    "extract": {"extraction": collect_extraction},
    "build": {"build_wall": None},
    "kernel": {"kernel_start": None},
    "render": {"table_render": collect_table_render},
    "describe": {"describe": collect_describe},
    "chart": {"chart_render": collect_chart_render},
    "notebooks": {"notebooks": None},
    "profile": {"profile_build": None, "profile_kernel": None, "profile_extract": None},
    "scale": {"scale": None, "kernel_large": None},
}


def collect(parts: list[str]) -> int:
    RESULTS.mkdir(parents=True, exist_ok=True)
    missing = []
    for part in parts:
        for name, make in PARTS.get(part, {part: None}).items():
            data = make() if make else raw(name)
            if data is None:
                missing.append(name)
                continue
            tmp = RESULTS / f".{name}.json.tmp"
            tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            tmp.replace(RESULTS / f"{name}.json")
            print(f"  -> {(RESULTS / f'{name}.json').relative_to(ROOT)}")
    if missing:
        print(f"report.py collect: no results in {RAW} for {', '.join(missing)}", file=sys.stderr)
    return 1 if missing else 0


def print_extract() -> int:
    ex = collect_extraction()
    if not ex:
        print(f"no extraction results ({RAW / 'jmh-extraction.json'})", file=sys.stderr)
        return 1
    for s in ex["series"]:
        print(f"   copies={s['copies']:<5} {s['bytes'] / 1e6:7.2f} MB  {s['ms']:9.3f} ms/op (median)  "
              f"{s['mbs']:6.1f} MB/s  {s['ns_per_byte']:5.2f} ns/byte")
    m = ex["main"]
    print(f"   => {m['mbs']:.1f} MB/s on one thread for {m['bytes'] / 1e6:.1f} MB")
    return 0


# -- render: template + results -> docs/benchmarks.md -------------------------------------------------

class Missing(Exception):
    """A result file or field that is not there."""


class Data:
    """A JSON value read by attribute (`r.main.mbs`) or index; what is not there raises Missing."""

    def __init__(self, value, where: str):
        self._v, self._where = value, where

    def __getattr__(self, key):
        if key.startswith("_"):
            raise AttributeError(key)
        return self[key]

    def __getitem__(self, key):
        try:
            v = self._v[key]
        except (KeyError, IndexError, TypeError):
            raise Missing(f"{self._where}.{key}") from None
        return wrap(v, f"{self._where}.{key}")

    def __iter__(self):
        items = self._v.values() if isinstance(self._v, dict) else self._v
        return (wrap(v, self._where) for v in items)

    def __len__(self):
        return len(self._v)

    def __contains__(self, key):
        return key in self._v

    def get(self, key, default=None):
        return self[key] if key in self._v else default

    def items(self):
        return ((k, wrap(v, f"{self._where}.{k}")) for k, v in self._v.items())


def wrap(v, where):
    return Data(v, where) if isinstance(v, (dict, list)) else v


def short_java(java: str | None) -> str:
    m = re.search(r'^(\S+) version "([^"]+)"', java or "")
    return f"{ {'openjdk': 'OpenJDK'}.get(m.group(1), m.group(1))} {m.group(2)}" if m else (java or "Java ?")


def machine(r) -> str:
    m = r.machine
    return f"{m.cores} cores, {m.ram_gib} GiB, {m.cpu}, {short_java(m.get('java'))}"


def date(r) -> str:
    return (r.date or "?")[:16].replace("T", " ")


def met(ok) -> str:
    return "**met**" if ok else "**missed**"


def jfr(j) -> str:
    """A JFR summary of profile.py as three bullets: parts, hottest methods, and the JVM's counters."""
    n = j.samples or 1
    threads = ", ".join(f"{t} {100 * c / n:.0f}%" for t, c in list(j.threads.items())[:4])
    cats = ", ".join(f"{c.category} {c.pct:.0f}%" for c in j.categories if c.pct >= 1.0) or "—"
    hot = ", ".join(f"`{'.'.join(s.method.split('.')[-2:])}` {s.pct:.0f}%" for s in list(j.self)[:6]) or "—"
    jvm = [f"{j.top_frame_types.get('Interpreted', 0):.0f}% of samples in interpreted code"]
    if j.get("classes_loaded"):
        jvm.append(f"{j.classes_loaded:,} classes loaded")
    if j.get("compilations") is not None:
        jvm.append(f"{j.compilations:,} JIT compilations")
    if j.get("gc"):
        jvm.append(f"{j.gc.count:g} GCs, {j.gc.pause_ms:g} ms paused")
    return (f"{j.samples:,} execution samples (threads: {threads}).\n\n"
            f"- by part (each sample counted once, for the first part on its stack in the order the script lists "
            f"them): {cats}\n- hottest methods (top of stack): {hot}\n- " + "; ".join(jvm))


def load_results() -> dict:
    ns = {}
    for p in sorted(RESULTS.glob("*.json")):
        ns[p.stem] = wrap(json.loads(p.read_text(encoding="utf-8")), p.stem)
    return ns


SAFE = {"min": min, "max": max, "sum": sum, "len": len, "round": round, "abs": abs, "sorted": sorted,
        "any": any, "all": all, "list": list, "str": str, "int": int, "float": float}
PLACEHOLDER = re.compile(r"\{\{(.+?)\}\}")
DIRECTIVE = re.compile(r"^\{%\s*(for\s+(\w+(?:\s*,\s*\w+)*)\s+in\s+(.+?)|if\s+(.+?)|let\s+(\w+)\s*=\s*(.+?))\s*%\}(.*)$")


def evaluate(expr: str, ns: dict):
    """EXPR in the template's names; a name that is not there (a results file not there) raises Missing."""
    try:
        return eval(expr, ns)  # noqa: S307 - the repository's own template
    except NameError as e:
        raise Missing(e.name) from None


def split_format(expr: str) -> tuple[str, str]:
    """'a.b[1]:,.1f' -> ('a.b[1]', ',.1f'): the last ':' outside brackets and quotes starts the format."""
    depth, quote, cut = 0, None, None
    for i, c in enumerate(expr):
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == ":" and depth == 0:
            cut = i
    return (expr, "") if cut is None else (expr[:cut], expr[cut + 1:])


def fill(line: str, ns: dict, missing: set[str]) -> str | None:
    """The line with its placeholders filled; None for a table row that names a missing result."""
    row = line.lstrip().startswith("|")
    dropped = False

    def one(m: re.Match) -> str:
        nonlocal dropped
        expr, spec = split_format(m.group(1).strip())
        try:
            return format(evaluate(expr, ns), spec)
        except Missing as e:
            missing.add(str(e).split(".")[0])
            dropped = dropped or row
            return "n/a"
        except (TypeError, ValueError):  # a null field under a number format
            return "—"

    out = PLACEHOLDER.sub(one, line)
    return None if dropped else out


def render(template: str, results: dict) -> tuple[str, set[str]]:
    ns = dict(results, __builtins__=SAFE)
    ns.update(met=met, machine=machine, date=date, jfr=jfr, span=lambda: span(results))
    missing: set[str] = set()
    out: list[str] = []
    for line in re.sub(r"\{#.*?#\}\n?", "", template, flags=re.S).splitlines():
        render_line(line, ns, missing, out)
    return "\n".join(out) + "\n", missing


def render_line(line: str, ns: dict, missing: set[str], out: list[str]) -> None:
    """One template line into {@code out}: filled, or its directive applied (a directive's line may be one too)."""
    m = DIRECTIVE.match(line)
    if not m:
        filled = fill(line, ns, missing)
        if filled is not None:
            out.append(filled)
        return
    var, items, cond, name, value, rest = m.group(2, 3, 4, 5, 6, 7)
    try:
        if name:
            ns[name] = evaluate(value, ns)
        elif cond:
            if evaluate(cond, ns):
                render_line(rest, ns, missing, out)
        else:
            names = [v.strip() for v in var.split(",")]
            for item in evaluate(items, ns):
                ns.update(zip(names, item) if len(names) > 1 else [(names[0], item)])
                render_line(rest, ns, missing, out)
    except Missing as e:
        missing.add(str(e).split(".")[0])


def span(results: dict) -> str:
    """When the results were measured, and the load average then, over every results file."""
    rs = [r for r in results.values() if isinstance(r, Data) and "date" in r and r.date]
    dates = sorted(date(r) for r in rs)
    loads = [r.machine.loadavg[0] for r in rs if "machine" in r and r.machine.get("loadavg")]
    text = f"{dates[0]} – {dates[-1]}" if dates else "?"
    return text + (f" (load average {min(loads):.1f}–{max(loads):.1f} when the parts started)" if loads else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", nargs="?", choices=["collect", "render"], default="render")
    ap.add_argument("parts", nargs="*", help="for collect: the parts of run_all.sh that ran")
    ap.add_argument("--print-extract", action="store_true")
    ap.add_argument("--out", type=Path, default=DOC)
    args = ap.parse_args()
    if args.print_extract:
        return print_extract()
    if args.command == "collect":
        return collect(args.parts)
    text, missing = render(TEMPLATE.read_text(encoding="utf-8"), load_results())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"  -> {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    if missing:
        print(f"report.py: not in {RESULTS.relative_to(ROOT)}: {', '.join(sorted(missing))} (left out or n/a)",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
