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
