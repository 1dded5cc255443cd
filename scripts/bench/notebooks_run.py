#!/usr/bin/env python3
"""Every notebook executed end to end with nbclient against etr-java (run with the project's .venv python).

    .venv/bin/python scripts/bench/notebooks_run.py [--kernel etr-java] [NOTEBOOK ...]

Runs notebooks/*.ipynb in name order (nothing is written back), one new kernel per notebook, with
notebooks/ as the working directory, like notebooks/tests/run_notebooks.py. For each: wall seconds
from kernel start to the last cell's end (kernel shutdown excluded), the kernel's peak memory (VmHWM
of the kernel process and its children, read from /proc just before shutdown), code cells run, and
cells with an error output. Writes target/bench/notebooks.json. An empty notebooks/ is reported, not
an error.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402
import nbformat  # noqa: E402
from jupyter_client.manager import AsyncKernelManager  # noqa: E402
from nbclient import NotebookClient  # noqa: E402

ROOT = benchlib.ROOT
NOTEBOOKS = ROOT / "notebooks"


async def run_one(path: Path, kernel: str, timeout: int, before_shutdown=None, kernel_spec_manager=None) -> dict:
    """Runs one notebook in a new kernel; `before_shutdown(pid)` is called with the kernel's pid
    after the last cell, while the kernel is still running."""
    nb = nbformat.read(path, as_version=4)
    km = (AsyncKernelManager(kernel_name=kernel, kernel_spec_manager=kernel_spec_manager)
          if kernel_spec_manager else AsyncKernelManager(kernel_name=kernel))
    rec = {"notebook": path.name, "ok": False, "problems": []}

    def ready(**_):
        rec["ready_s"] = time.perf_counter() - t0

    client = NotebookClient(nb, km=km, timeout=timeout, startup_timeout=180, allow_errors=True,
                            record_timing=True, on_notebook_start=ready,
                            resources={"metadata": {"path": str(path.parent)}})
    t0 = time.perf_counter()
    try:
        with open(benchlib.OUT / "logs" / "notebook-kernels.log", "ab") as log:
            await client.async_execute(cwd=str(path.parent), stdout=log, stderr=log)
        rec["seconds"] = time.perf_counter() - t0
        proc = getattr(km.provisioner, "process", None)
        if proc is not None:
            rec["hwm_kib"] = benchlib.tree_hwm_kib(proc.pid)
            if before_shutdown:
                before_shutdown(proc.pid)
        rec["ok"] = True
    except Exception as e:  # noqa: BLE001 - report it and go on to the next notebook
        rec["seconds"] = time.perf_counter() - t0
        rec["problems"].append(f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}")
    finally:
        if client.kc is not None:
            client.kc.stop_channels()
        if km.has_kernel:
            await km.shutdown_kernel(now=True)
    code = [c for c in nb.cells if c.cell_type == "code"]
    rec["code_cells"] = len(code)
    rec["slowest_cells"] = slowest_cells(nb)
    errors = [i for i, c in enumerate(nb.cells) if c.cell_type == "code"
              and any(o.get("output_type") == "error" for o in c.get("outputs", []))]
    if errors:
        rec["ok"] = False
        rec["problems"].append(f"error output in cell(s) {', '.join(map(str, errors))}")
    return rec


def slowest_cells(nb, n: int = 3) -> list[dict]:
    """The n code cells that took longest (busy to execute_reply, from nbclient's timing metadata)."""
    cells = []
    for i, c in enumerate(nb.cells):
        ex = c.get("metadata", {}).get("execution", {})
        try:
            start = datetime.fromisoformat(ex["iopub.status.busy"].replace("Z", "+00:00"))
            end = datetime.fromisoformat(ex["shell.execute_reply"].replace("Z", "+00:00"))
        except (KeyError, ValueError):
            continue
        first = next((ln.strip() for ln in c.source.splitlines() if ln.strip()), "")
        cells.append({"cell": i, "seconds": (end - start).total_seconds(), "source": first[:70]})
    return sorted(cells, key=lambda d: -d["seconds"])[:n]


async def run_all(paths: list[Path], kernel: str, timeout: int) -> list[dict]:
    out = []
    for p in paths:
        rec = await run_one(p, kernel, timeout)
        hwm = rec.get("hwm_kib")
        print(f"  {'ok  ' if rec['ok'] else 'FAIL'} {p.name:<34} {rec['seconds']:6.1f} s"
              f"  peak RSS {hwm / 1024 if hwm else float('nan'):6.0f} MiB"
              f"{'' if rec['ok'] else '  ' + '; '.join(rec['problems'])}", flush=True)
        out.append(rec)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("notebooks", nargs="*")
    ap.add_argument("--kernel", default="etr-java")
    ap.add_argument("--timeout", type=int, default=300, help="seconds per cell")
    args = ap.parse_args()
    paths = [Path(n).resolve() for n in args.notebooks] or sorted(NOTEBOOKS.glob("*.ipynb"))
    (benchlib.OUT / "logs").mkdir(parents=True, exist_ok=True)
    if not paths:
        print(f"  no notebooks in {NOTEBOOKS}", flush=True)
    results = asyncio.run(run_all(paths, args.kernel, args.timeout)) if paths else []
    total = sum(r["seconds"] for r in results)
    hwms = [r["hwm_kib"] for r in results if r.get("hwm_kib")]
    print(f"  total {total:.1f} s for {len(results)} notebook(s)", flush=True)
    benchlib.write_result("notebooks", {
        "kernel": args.kernel,
        "notebooks": results,
        "count": len(results),
        "total_s": total,
        "all_ok": all(r["ok"] for r in results),
        "peak_hwm_mib": max(hwms) / 1024 if hwms else None,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
