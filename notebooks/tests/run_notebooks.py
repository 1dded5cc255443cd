#!/usr/bin/env python3
"""Execute the ETR notebooks and check their outputs.

    python notebooks/tests/run_notebooks.py [--kernel NAME] [--write] [NOTEBOOK ...]

Runs every ``notebooks/*.ipynb`` in name order (or only the notebooks named) with nbclient, in a
fresh kernel each, with the notebook's folder (``notebooks/``) as the working directory and a 120 s
limit per cell.

A notebook fails when
- a cell produces an error output or writes to stderr,
- a cell tagged ``chart`` produces no ``image/png`` output, or no interactive Vega-Lite view
  (``application/vnd.vegalite.v5+json``, which the kit's plot API adds) in the same output,
- a cell tagged ``table`` produces no ``text/html`` output containing ``<table``,
- a cell runs over the time limit, or the kernel cannot be started or dies.

Prints each notebook's time and the total. ``--write`` saves the executed notebooks back with their
outputs (without nbclient's per-cell timestamps and with runs of printed text joined, so re-running
gives small diffs), and only when they pass; without it nothing is written. Exit status 0 when every notebook passes, 1 otherwise, 2 for a usage error.
"""
from __future__ import annotations

import argparse
import copy
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

NOTEBOOK_DIR = Path(__file__).resolve().parent.parent
DEFAULT_KERNEL = "etr-java"
CELL_TIMEOUT = 120  # seconds per cell
VEGA_LITE = "application/vnd.vegalite.v5+json"
STARTUP_TIMEOUT = 120  # seconds for the kernel to start


@dataclass
class Result:
    """The outcome of running one notebook."""

    path: Path
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    notebook: nbformat.NotebookNode | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def notebooks(names: list[str] | None = None) -> list[Path]:
    """The notebooks to run: those named (paths or bare names in notebooks/), else all, in name order."""
    if not names:
        return sorted(NOTEBOOK_DIR.glob("*.ipynb"))
    found = []
    for name in names:
        p = Path(name)
        if not p.exists():
            p = NOTEBOOK_DIR / name
        if not p.exists() and not name.endswith(".ipynb"):
            p = NOTEBOOK_DIR / (name + ".ipynb")
        if not p.exists():
            raise FileNotFoundError(f"no notebook {name!r} (looked in {NOTEBOOK_DIR})")
        found.append(p.resolve())
    return found


def _where(nb_name: str, index: int, cell) -> str:
    first = next((ln.strip() for ln in cell.source.splitlines() if ln.strip()), "")
    if len(first) > 60:
        first = first[:57] + "..."
    return f"{nb_name}: cell {index} ({first!r})"


def check_outputs(nb: nbformat.NotebookNode, nb_name: str) -> list[str]:
    """Every problem in an executed notebook's outputs, one line each, naming notebook and cell."""
    problems = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        where = _where(nb_name, i, cell)
        tags = set(cell.get("metadata", {}).get("tags", []))
        outputs = cell.get("outputs", [])
        for out in outputs:
            if out.output_type == "error":
                problems.append(f"{where}: error {out.get('ename', '')}: {_error_detail(out)}".rstrip())
            elif out.output_type == "stream" and out.get("name") == "stderr":
                text = out.get("text", "").strip().splitlines()
                problems.append(f"{where}: wrote to stderr: {text[0] if text else ''}")
        datas = [out.get("data", {}) for out in outputs if out.output_type in ("display_data", "execute_result")]
        if "chart" in tags and not any("image/png" in d for d in datas):
            problems.append(f"{where}: tagged 'chart' but produced no image/png output")
        elif "chart" in tags and not any("image/png" in d and VEGA_LITE in d for d in datas):
            problems.append(f"{where}: tagged 'chart' but its image has no {VEGA_LITE} view (draw it with Plot)")
        if "table" in tags and not any("<table" in _text(d.get("text/html", "")) for d in datas):
            problems.append(f"{where}: tagged 'table' but produced no text/html output with a <table>")
    return problems


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _error_detail(out) -> str:
    """The error's message; for a compile error, the compiler's reason (the kernel puts the rejected
    snippet in the evalue and the reason in the traceback)."""
    evalue = (out.get("evalue") or "").strip()
    if out.get("ename") == "CompilationException":
        reasons = [_ANSI.sub("", ln).strip() for ln in out.get("traceback", [])]
        reasons = [r for r in reasons if r and not r.startswith("|")]
        if reasons:
            return "; ".join(reasons[:2]) + f" in {evalue}"
    return evalue.splitlines()[0] if evalue else ""


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else (value or "")


def _clean(nb: nbformat.NotebookNode, kernelspec) -> None:
    """Drops nbclient's per-cell timestamps, joins runs of stream outputs (the kernel sends printf in
    pieces) and restores the notebook's own kernelspec."""
    for cell in nb.cells:
        cell.get("metadata", {}).pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = _coalesce_streams(cell.outputs)
    if kernelspec is not None:
        nb.metadata["kernelspec"] = kernelspec


def _unfinished(nb: nbformat.NotebookNode, nb_name: str) -> str:
    """The cell that was running when execution stopped: the last code cell the kernel had started
    (a cell gets its execution count when it starts), else the first code cell."""
    code = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    started = [(i, c) for i, c in code if c.get("execution_count") is not None]
    if started:
        return _where(nb_name, *started[-1])
    return _where(nb_name, *code[0]) if code else nb_name


def _tail(log, lines: int = 8) -> str:
    log.flush()
    log.seek(0)
    tail = [ln.rstrip() for ln in log.read().splitlines() if ln.strip()][-lines:]
    return "".join("\n       | " + ln for ln in tail)


def run_notebook(path: Path, kernel: str = DEFAULT_KERNEL, timeout: int = CELL_TIMEOUT) -> Result:
    """Executes one notebook in a fresh kernel (in memory; the file is not touched) and checks its
    outputs. The kernel is shut down before returning. What the kernel process itself prints (JJava
    logs its start-up on stderr) goes to a temporary file, shown only when the kernel fails."""
    result = Result(path=path)
    nb = nbformat.read(path, as_version=4)
    kernelspec = copy.deepcopy(nb.metadata.get("kernelspec"))
    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=timeout,
        startup_timeout=STARTUP_TIMEOUT,
        allow_errors=True,  # run every cell so that every problem is reported, then check outputs
        record_timing=False,
        shutdown_kernel="immediate",  # the kernel is thrown away anyway; a graceful JVM exit costs seconds
        resources={"metadata": {"path": str(path.parent)}},  # the kernel's working directory
    )
    start = time.monotonic()
    with tempfile.TemporaryFile(mode="w+", prefix="etr-kernel-", suffix=".log") as log:
        try:
            client.execute(stdout=log, stderr=log)
        except CellTimeoutError:
            result.problems.append(f"{_unfinished(nb, path.name)}: ran over {timeout} s")
        except DeadKernelError as e:
            result.problems.append(f"{_unfinished(nb, path.name)}: the kernel died ({_first_line(e)}){_tail(log)}")
        except Exception as e:  # noqa: BLE001 - a kernel that cannot start, a missing kernelspec, ...
            if type(e).__name__ == "NoSuchKernel":
                installed = ", ".join(sorted(KernelSpecManager().find_kernel_specs())) or "none"
                hint = f" (installed kernels: {installed}; pass --kernel NAME)"
            else:
                hint = _tail(log)
            result.problems.append(f"{path.name}: could not run with kernel {kernel!r}: {type(e).__name__}: {_first_line(e)}{hint}")
            result.seconds = time.monotonic() - start
            return result
    result.seconds = time.monotonic() - start
    result.problems.extend(check_outputs(nb, path.name))
    _clean(nb, kernelspec)
    result.notebook = nb
    return result


def _coalesce_streams(outputs: list) -> list:
    merged = []
    for out in outputs:
        prev = merged[-1] if merged else None
        if (out.output_type == "stream" and prev is not None and prev.output_type == "stream"
                and prev.name == out.name):
            prev.text = _text(prev.text) + _text(out.text)
        else:
            merged.append(out)
    return merged


def _first_line(e: BaseException) -> str:
    lines = str(e).strip().splitlines()
    return lines[0] if lines else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("notebooks", nargs="*", help="notebooks to run (default: every notebooks/*.ipynb)")
    ap.add_argument("--kernel", default=DEFAULT_KERNEL, help=f"kernel name (default {DEFAULT_KERNEL})")
    ap.add_argument("--write", action="store_true", help="save the executed notebooks with their outputs")
    ap.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help=f"seconds per cell (default {CELL_TIMEOUT})")
    args = ap.parse_args(argv)
    try:
        paths = notebooks(args.notebooks)
    except FileNotFoundError as e:
        print(f"run_notebooks: {e}", file=sys.stderr)
        return 2
    if not paths:
        print(f"run_notebooks: no notebooks in {NOTEBOOK_DIR}", file=sys.stderr)
        return 2

    wall = time.monotonic()
    failed = []
    for path in paths:
        r = run_notebook(path, args.kernel, args.timeout)
        print(f"{'ok  ' if r.ok else 'FAIL'} {path.name:<34} {r.seconds:6.1f} s", flush=True)
        for p in r.problems:
            print(f"     {p}", flush=True)
        if r.ok and args.write:
            nbformat.write(r.notebook, path)
        elif not r.ok:
            failed.append(r)
            if args.write:
                print(f"     (not written: {path.name} failed)", flush=True)
    total = time.monotonic() - wall
    print(f"total {total:.1f} s for {len(paths)} notebook(s), kernel {args.kernel}")
    if failed:
        print(f"FAILED: {', '.join(r.path.name for r in failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
