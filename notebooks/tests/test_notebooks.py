"""Every notebook in notebooks/ runs without errors and shows its charts and tables.

    ETR_KERNEL=etr-java pytest notebooks/tests/test_notebooks.py

One test per notebook, with the checks of run_notebooks.py: no error output and nothing on stderr,
an image/png for every cell tagged ``chart``, an HTML <table> for every cell tagged ``table``, no cell
over the time limit. The kernel is ``$ETR_KERNEL`` (default ``etr-java``). Nothing is written back:
the notebooks are executed in memory (their export cells write to notebooks/exports/, which git
ignores).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_notebooks  # noqa: E402

KERNEL = os.environ.get("ETR_KERNEL", run_notebooks.DEFAULT_KERNEL)
NOTEBOOKS = run_notebooks.notebooks()


def test_there_are_notebooks():
    assert NOTEBOOKS, f"no notebooks in {run_notebooks.NOTEBOOK_DIR}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_shows_its_outputs(path: Path):
    result = run_notebooks.run_notebook(path, kernel=KERNEL)
    print(f"{path.name}: {result.seconds:.1f} s with kernel {KERNEL}")
    assert result.ok, f"{path.name} with kernel {KERNEL!r}:\n  " + "\n  ".join(result.problems)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_metadata_names_the_project_kernel(path: Path):
    import nbformat

    nb = nbformat.read(path, as_version=4)
    assert nb.metadata.get("kernelspec", {}).get("name") == "etr-java", f"{path.name}: kernelspec is not etr-java"
    tagged = [c for c in nb.cells if c.cell_type == "code" and {"chart", "table"} & set(c.metadata.get("tags", []))]
    assert tagged, f"{path.name}: no cell is tagged 'chart' or 'table', so nothing of its output is checked"


def test_committed_language_info_is_what_the_kernel_reports():
    """JupyterLab writes the kernel's language_info into a notebook when the kernel connects and marks the
    notebook modified when it differs, so the committed one must be exactly the kernel's, on any JDK 17."""
    import nbformat
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name=KERNEL, startup_timeout=run_notebooks.STARTUP_TIMEOUT)
    try:
        reply = kc.kernel_info(reply=True, timeout=60)
        info = reply["content"]["language_info"]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    assert info["version"].isdigit(), f"the kernel reports a JDK-specific version: {info['version']!r}"
    for path in NOTEBOOKS:
        committed = nbformat.read(path, as_version=4).metadata.get("language_info")
        assert committed == info, f"{path.name}: language_info {committed} differs from the kernel's {info}"


# What a notebook must not do with dates (issue 11): parse or compare the ISO text of `date` itself. The
# tables give date_from and date_to as dates, and the plot API draws them.
DATE_TEXT_LOGIC = (
    "LocalDate firstDay(", "dayAfter(", "double[] period(", "decimalYear(",  # the parsers notebooks once had
    'stringColumn("date")',  # a filter or comparison on the ISO text: use dateColumn("date_from"/"date_to")
    'sortOn("date"',  # a sort on the ISO text: sort on date_from
    "LocalDate.parse(", "DateTimeFormatter", "indexOf('/')",
)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_reads_dates_from_the_date_columns_not_the_iso_text(path: Path):
    """Date periods are drawn by the plot API and compared as dates; no notebook parses ISO dates itself."""
    import nbformat

    code = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    found = [s for s in DATE_TEXT_LOGIC if s in code]
    assert not found, f"{path.name} works on the ISO date text: {found}"


def _emptied_package(folder: Path) -> Path:
    """A copy of datasets/data whose curated tables and timeline are emptied by hand (header only, as a spreadsheet
    saves a table whose rows were deleted), their hash and size taken out of datapackage.json."""
    import json
    import shutil

    data = Path(__file__).resolve().parents[2] / "datasets" / "data"
    shutil.copytree(data, folder, ignore=shutil.ignore_patterns(".etr-datasets-output"))
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if resource["name"] in ("roster", "demographics", "aid", "troops", "timeline"):
            csv_file = folder / resource["path"]
            csv_file.write_bytes(csv_file.read_bytes().split(b"\r\n", 1)[0] + b"\r\n")
            del resource["hash"], resource["bytes"]
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2), encoding="utf-8")
    return folder


def _printed_with_one_line_errors(path: Path, package: Path, tmp_path: Path) -> str:
    """Run a copy of the notebook at path on the package, check that every cell ran and that each error it shows is
    one line saying a table has no rows to draw, and return what its cells printed."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(f'Etr.use("{package}")'))
    copy_path = tmp_path / path.name
    nbformat.write(nb, copy_path)
    result = run_notebooks.run_notebook(copy_path, kernel=KERNEL)
    assert result.notebook is not None, result.problems
    ran = [c for c in result.notebook.cells if c.cell_type == "code"]
    assert all(c.get("execution_count") for c in ran), "every cell ran"
    errors = [(c.source.splitlines()[0], run_notebooks._ANSI.sub("", "\n".join(o.get("traceback", [])))) for c in ran
              for o in c.outputs if o.output_type == "error"]
    for first_line, shown in errors:
        assert len(shown.splitlines()) == 1 and "has no rows; there is nothing to draw" in shown, (first_line, shown)
    printed = "".join(o.get("text", "") for c in ran for o in c.outputs if o.output_type == "stream")
    return printed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_on_a_package_with_emptied_tables_fails_only_in_one_line_errors(path: Path, tmp_path: Path):
    """Run against a package whose tables were emptied by hand, a notebook shows what it cannot draw in one line
    each ('VerticalBarPlot: table 'troops' has no rows; there is nothing to draw') and says so where it computes
    from a row; notebooks 01, 02 and 04 ended in Tablesaw's 5- to 8-line IndexOutOfBoundsException traces."""
    package = _emptied_package(tmp_path / "package")
    printed = _printed_with_one_line_errors(path, package, tmp_path)
    expected = {"01-government-roster": "The roster has no rows, so no largest group",
                "02-demographics": "0 rows give the total",
                "04-troop-strength": "The package has no enlisted and strength rows of the National Army, so no cut"}
    assert expected.get(path.stem, "") in printed, printed


# An article about something else (no infobox, roster, aid or troops): what a teacher's own package built from
# one unrelated article holds
UNRELATED_ARTICLE = """= Danube =

The Danube is the second-longest river in Europe. It flows through ten countries and is about 2,850 km long.

== Course ==

In 1972 a dam was finished at the Iron Gates. Some 20,000 people lived along its delta in 2010.
"""


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_on_a_package_built_from_one_unrelated_article_fails_only_in_one_line_errors(path: Path, tmp_path: Path):
    """Run against a package the builder made from one unrelated article (an empty infobox too, unlike the emptied
    package above), a notebook says in one line what it cannot draw or compute; notebooks 02 and 05 looked up the ETR
    infobox's row and ended in Tablesaw's 7- and 8-line IndexOutOfBoundsException traces (05's chart cell then in a
    compile error), and 01 and 03 printed '0 members of the , from , lines 0–0' and '... conflict, from '."""
    import subprocess

    jar = Path(__file__).resolve().parents[2] / "datasets" / "target" / "etr-datasets.jar"
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "danube.txt").write_text(UNRELATED_ARTICLE, encoding="utf-8")
    package = tmp_path / "package"
    subprocess.run(["java", "-jar", str(jar), "build", "--seeds", str(seeds), "--out", str(package), "--quiet"],
                   check=True, capture_output=True)
    printed = _printed_with_one_line_errors(path, package, tmp_path)
    expected = {"01-government-roster": "The roster has no rows (",
                "02-demographics": "The package's infobox has no Image Map Caption (",
                "03-soviet-aid": "No dated sentence about Soviet help in the Xinjiang conflict (",
                "05-timeline": "The package has no ETR infobox with its start and end, so the chart has no lines"}
    assert expected.get(path.stem, "") in printed, printed
