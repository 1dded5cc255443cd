"""scripts/bench/report.py: the committed docs/benchmarks.md is its template filled with the committed results,
and the template's rules (rows from data, a missing result leaves its rows out, nulls print as a dash)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import report  # noqa: E402


def test_committed_doc_is_the_template_filled_with_the_committed_results():
    text, _ = report.render(report.TEMPLATE.read_text(encoding="utf-8"), report.load_results())
    assert report.DOC.read_text(encoding="utf-8") == text, (
        "docs/benchmarks.md differs from docs/benchmarks/template.md filled with docs/benchmarks/results/: "
        "run `python3 scripts/bench/report.py` (do not edit docs/benchmarks.md by hand)")


def results(**files):
    return {name: report.wrap(value, name) for name, value in files.items()}


def test_a_for_line_writes_one_table_row_per_result_row():
    template = "| copies | MB/s |\n|---|---|\n{% for s in ex.series %}| {{ s.copies:, }} | {{ s.mbs:.1f }} |\n"
    text, missing = report.render(template, results(ex={"series": [{"copies": 10, "mbs": 60.04},
                                                                  {"copies": 1000, "mbs": 56.0}]}))
    assert text == "| copies | MB/s |\n|---|---|\n| 10 | 60.0 |\n| 1,000 | 56.0 |\n"
    assert missing == set()


def test_a_row_naming_a_missing_result_is_left_out_and_prose_says_n_a():
    template = "| a | b |\n|---|---|\n| x | {{ gone.value }} |\n| y | {{ here.value }} |\nIt ran at {{ gone.value:.1f }} MB/s.\n"
    text, missing = report.render(template, results(here={"value": 3}))
    assert text == "| a | b |\n|---|---|\n| y | 3 |\nIt ran at n/a MB/s.\n"
    assert missing == {"gone"}


def test_a_missing_field_counts_as_missing_and_a_null_prints_as_a_dash():
    text, missing = report.render("| {{ r.nope }} |\n| {{ r.none:.1f }} |\n", results(r={"none": None}))
    assert text == "| — |\n"
    assert missing == {"r"}


def test_let_if_and_format_with_colons_inside_brackets():
    template = ("{% let T = 50 %}\n{% if r.mbs >= T %}met {{ r.mbs:.0f }}\n{% if r.mbs < T %}missed\n"
                "{{ r.names[1:][0] }} {{ ' / '.join(f'{x:.1f}' for x in r.xs) }}\n{# a note #}")
    text, _ = report.render(template, results(r={"mbs": 56.4, "names": ["a", "b"], "xs": [1, 2.25]}))
    assert text == "met 56\nb 1.0 / 2.2\n"


def test_directives_nest_on_one_line():
    template = "{% for s in r.sizes %}{% if s.extra %}| {{ s.name }} | {{ s.extra.n }} |\n"
    text, _ = report.render(template, results(r={"sizes": [{"name": "a", "extra": None}, {"name": "b", "extra": {"n": 2}}]}))
    assert text == "| b | 2 |\n"
