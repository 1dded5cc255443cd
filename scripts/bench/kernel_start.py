#!/usr/bin/env python3
"""Kernel cold start to the first result, through jupyter_client (run with the project's .venv python).

    .venv/bin/python scripts/bench/kernel_start.py [--runs N] [--cases ours,jjava,...]

Cases (each a new kernel process, started with cwd = the repository root):
  ours          etr-java kernel -> `Etr.roster()`; waits for the execute_result with text/html
  jjava         the stock `java` kernelspec of the jjava wheel -> `1 + 1`
  jjava_direct  etr-java exactly (its jjava.jar, JVM options and class-data archive) without the extension,
                -> `1 + 1`; separates the extension's cost from the launcher's
  tablesaw      the stock `java` kernel, Tablesaw loaded by hand: `%jars <tablesaw-core and its
                dependencies>`, then `import tech.tablesaw.api.Table;` + `Table.read().csv(roster.csv)`
                (a text/plain result)
  pandas        an IPython kernel from .venv-bench -> `import pandas as pd; pd.read_csv(roster.csv)`
                (text/html)
  large         etr-java reading another data package (--large-package DIR, such as the output of the
                1 GB scale build) through ETR_DATA -> `Etr.troops()` (text/html): kernel start with a large
                package, and its first table read on first use

Time = from KernelManager.start_kernel() to the arrival of the last cell's execute_result on IOPub;
`ready` is when the kernel first answered kernel_info (jupyter_client's wait_for_ready). One untimed
warm-up round runs first (it fills the OS file cache); then --runs rounds, the cases interleaved and
their order rotated each round. Writes target/bench/kernel_start.json.
"""
from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402
from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402
from jupyter_client.manager import KernelManager  # noqa: E402

ROOT = benchlib.ROOT
CSV = ROOT / "datasets" / "data" / "roster.csv"
KERNELS = benchlib.OUT / "kernels"
TIMEOUT = 180


def make_kernelspecs(venv_bench: Path, large_package: Path | None = None) -> None:
    """Kernelspecs for jjava_direct, pandas and large under target/bench/kernels (nothing is installed)."""
    ksm = KernelSpecManager()
    etr = ksm.get_kernel_spec("etr-java")
    if large_package:
        large = KERNELS / "bench-etr-large"
        large.mkdir(parents=True, exist_ok=True)
        # etr-java as installed, reading the large package instead of datasets/data
        (large / "kernel.json").write_text(json.dumps({
            "argv": [a.replace("{resource_dir}", str(etr.resource_dir)) for a in etr.argv],
            "display_name": "etr-java on a large package (bench)", "language": "java", "interrupt_mode": "message",
            "env": dict(etr.env, ETR_DATA=str(large_package.resolve()))}, indent=2))
    direct = KERNELS / "bench-jjava-direct"
    direct.mkdir(parents=True, exist_ok=True)
    # etr-java's own argv and files (its jjava.jar copy and class-data archive), only without the
    # extension on JJAVA_CLASSPATH, so the difference between the two is the extension alone
    argv = [a.replace("{resource_dir}", str(etr.resource_dir)) for a in etr.argv]
    (direct / "kernel.json").write_text(json.dumps({
        "argv": argv, "display_name": "JJava, one JVM, no extension (bench)", "language": "java",
        "interrupt_mode": "message", "env": {}}, indent=2))
    pandas = KERNELS / "bench-pandas"
    pandas.mkdir(parents=True, exist_ok=True)
    (pandas / "kernel.json").write_text(json.dumps({
        "argv": [str(venv_bench / "bin" / "python"), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python (pandas, .venv-bench)", "language": "python"}, indent=2))


def cases(tablesaw_jars: list[str]) -> dict[str, dict]:
    csv = json.dumps(str(CSV))  # a Java / Python string literal (the path has no escapes)
    return {
        "ours": {"kernel": "etr-java", "cells": ["Etr.roster()"], "mime": "text/html",
                 "label": "etr-java: start → `Etr.roster()` as HTML"},
        "jjava": {"kernel": "java", "cells": ["1 + 1"], "mime": "text/plain",
                  "label": "(a) plain JJava (`java` kernelspec): start → `1 + 1`"},
        "jjava_direct": {"kernel": "bench-jjava-direct", "cells": ["1 + 1"], "mime": "text/plain",
                         "label": "(a′) etr-java without the extension (same JVM, options, archive): start → `1 + 1`"},
        "tablesaw": {"kernel": "java",
                     "cells": ["%jars " + " ".join(tablesaw_jars),
                               f"import tech.tablesaw.api.Table;\nTable.read().csv({csv})"],
                     "mime": "text/plain",
                     "label": "(b) plain JJava + Tablesaw by hand: `%jars` …, `Table.read().csv(roster.csv)`"},
        "pandas": {"kernel": "bench-pandas", "cells": [f"import pandas as pd\npd.read_csv({csv})"],
                   "mime": "text/html", "label": "(c) IPython + pandas: `pd.read_csv(roster.csv)`"},
        "large": {"kernel": "bench-etr-large", "cells": ["Etr.troops()"], "mime": "text/html",
                  "label": "etr-java with `ETR_DATA` = the large package: start → `Etr.troops()` as HTML"},
    }


def execute(kc, code: str, deadline: float) -> tuple[float | None, dict | None, list[str]]:
    """Runs one cell; returns (time the execute_result arrived, its data, problems)."""
    msg_id = kc.execute(code, allow_stdin=False)
    t_result, data, problems = None, None, []
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            problems.append(f"timed out running {code[:40]!r}")
            return t_result, data, problems
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        mt, content = msg["msg_type"], msg["content"]
        if mt == "execute_result":
            t_result, data = time.perf_counter(), content.get("data", {})
        elif mt == "error":
            problems.append(f"{content.get('ename')}: {content.get('evalue', '')[:200]}")
        elif mt == "stream" and content.get("name") == "stderr":
            text = content.get("text", "").strip()
            if text:
                problems.append("stderr: " + text.splitlines()[0][:200])
        elif mt == "status" and content.get("execution_state") == "idle":
            return t_result, data, problems


def run_case(name: str, case: dict) -> dict:
    ksm = KernelSpecManager()
    ksm.kernel_dirs = [str(KERNELS)] + list(ksm.kernel_dirs)
    km = KernelManager(kernel_name=case["kernel"], kernel_spec_manager=ksm)
    rec = {"case": name, "ok": False, "problems": []}
    log = open(benchlib.OUT / "logs" / "kernels.log", "ab")
    t0 = time.perf_counter()
    km.start_kernel(cwd=str(ROOT), stdout=log, stderr=log)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        rec["ready_s"] = time.perf_counter() - t0
        deadline = time.monotonic() + TIMEOUT
        data = None
        for code in case["cells"]:
            t_res, data, problems = execute(kc, code, deadline)
            rec["problems"] += problems
        if t_res is None or data is None:
            rec["problems"].append("no execute_result")
        elif case["mime"] not in data:
            rec["problems"].append(f"result has no {case['mime']} ({sorted(data)})")
        else:
            rec["total_s"] = t_res - t0
            rec["ok"] = True
            rec["mimes"] = sorted(data)
        pid = getattr(getattr(km, "provisioner", None), "process", None)
        pid = pid.pid if pid is not None else None
        if pid:
            rec["hwm_kib"] = benchlib.tree_hwm_kib(pid)
            rec["processes"] = len(benchlib.descendants(pid))
    except Exception as e:  # noqa: BLE001 - a kernel that fails to start is a result, not a crash
        rec["problems"].append(f"{type(e).__name__}: {e}")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        km.cleanup_resources()
        log.close()
    # notices on stderr that do not stop the result: JJava's deprecation of %jars, and SLF4J's
    # "no providers" when Tablesaw is loaded by hand without a logger
    rec["ok"] = rec["ok"] and not [p for p in rec["problems"] if not harmless(p)]
    return rec


def harmless(problem: str) -> bool:
    return problem.startswith(("stderr: SLF4J", "stderr: '%jars' magic is deprecated"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_KERNEL_RUNS", 7)))
    ap.add_argument("--cases", default="ours,jjava,jjava_direct,tablesaw,pandas")
    ap.add_argument("--tablesaw-classpath", default=str(benchlib.OUT / "tablesaw-classpath.txt"),
                    help="file with Tablesaw's class path (':'-separated), from run_all.sh")
    ap.add_argument("--venv-bench", default=str(ROOT / ".venv-bench"))
    ap.add_argument("--large-package", type=Path, help="the data package folder of the `large` case")
    ap.add_argument("--name", default="kernel_start", help="result name under target/bench")
    args = ap.parse_args()
    if "large" in args.cases.split(",") and not (args.large_package and (args.large_package / "datapackage.json").is_file()):
        ap.error("the large case needs --large-package DIR, a folder with a datapackage.json")

    cp_file = Path(args.tablesaw_classpath)
    jars = [j for j in cp_file.read_text().strip().split(os.pathsep) if j] if cp_file.is_file() else []
    make_kernelspecs(Path(args.venv_bench), args.large_package)
    (benchlib.OUT / "logs").mkdir(parents=True, exist_ok=True)
    all_cases = cases(jars)
    names = [c for c in args.cases.split(",") if c]
    unknown = set(names) - set(all_cases)
    if unknown:
        ap.error(f"unknown cases: {', '.join(sorted(unknown))}")

    print(f"kernel start: warm-up round, then {args.runs} interleaved rounds of {', '.join(names)}", flush=True)
    for name in names:
        rec = run_case(name, all_cases[name])
        print(f"  warm-up {name:<13} {rec.get('total_s', float('nan')):6.2f} s"
              f"{'' if rec['ok'] else '  FAILED: ' + '; '.join(rec['problems'])}", flush=True)
    runs: dict[str, list[dict]] = {n: [] for n in names}
    for r in range(args.runs):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            rec = run_case(name, all_cases[name])
            rec["round"] = r
            runs[name].append(rec)
            print(f"  round {r + 1}/{args.runs} {name:<13} ready {rec.get('ready_s', float('nan')):5.2f} s"
                  f"  result {rec.get('total_s', float('nan')):5.2f} s"
                  f"{'' if rec['ok'] else '  FAILED: ' + '; '.join(rec['problems'])}", flush=True)

    out = {"runs_per_case": args.runs, "csv": str(CSV.relative_to(ROOT)), "tablesaw_jars": jars, "cases": {}}
    if args.large_package:
        pkg = args.large_package.resolve()
        out["large_package"] = {"path": str(pkg.relative_to(ROOT) if pkg.is_relative_to(ROOT) else pkg),
                                "bytes": sum(f.stat().st_size for f in pkg.rglob("*") if f.is_file()),
                                "descriptor_bytes": (pkg / "datapackage.json").stat().st_size,
                                "tables": len(list(pkg.rglob("*.csv")))}
    for name in names:
        ok = [r for r in runs[name] if r["ok"]]
        out["cases"][name] = {
            "label": all_cases[name]["label"], "kernel": all_cases[name]["kernel"],
            "cells": all_cases[name]["cells"] if name != "tablesaw" else
            ["%jars <" + str(len(jars)) + " jars>"] + all_cases[name]["cells"][1:],
            "total": benchlib.summary([r["total_s"] for r in ok]),
            "ready": benchlib.summary([r["ready_s"] for r in ok]),
            "hwm_mib": benchlib.median([r["hwm_kib"] / 1024 for r in ok if r.get("hwm_kib")]),
            "failures": [r["problems"] for r in runs[name] if not r["ok"]],
            "warnings": sorted({p for r in ok for p in r["problems"]}),
        }
    benchlib.write_result(args.name, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
