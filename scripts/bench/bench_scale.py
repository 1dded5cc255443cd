#!/usr/bin/env python3
"""The build at corpus scale: wall time, MB/s and peak RSS of the real command (standard library only).

    python3 scripts/bench/bench_scale.py [--sizes 10MB,100MB,1GB] [--runs 3] [--timeout 3600]

For each size, scale_corpus.py makes (or reuses) a corpus under target/bench-scale/ from the seed
articles, with distinct article names and varied numbers, and this script runs

    java -jar datasets/target/etr-datasets.jar build --seeds <corpus> --out <tmp> --quiet

--runs times (--large-runs for 1 GB and more), one after the other (the output folder is deleted,
untimed, before each run). It reads
the wall time with time.perf_counter, and the CPU time and peak resident memory (ru_maxrss) of the
java process from os.wait4 (which count the child JVM the command runs the build in: its CPU, and the
largest single process's memory), and the peak resident memory of the parent and child together,
sampled from /proc every 0.1 s; it checks the exit status and that datapackage.json was written. The
corpus files were just written or read, so they are in the page cache: the figures do not include
reading a cold disk. Writes target/bench/scale.json; a run that fails or times out is recorded with
its reason, and the next size is still tried.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402
import scale_corpus  # noqa: E402

ROOT = benchlib.ROOT
JAR = ROOT / "datasets" / "target" / "etr-datasets.jar"
WORK = ROOT / "target" / "bench-scale"


def jvm_default_heap() -> int | None:
    """The default maximum heap (bytes) of `java` on this machine: what the command runs with."""
    try:
        out = subprocess.run(["java", "-XX:+PrintFlagsFinal", "-version"], capture_output=True, text=True,
                             timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r"\bMaxHeapSize\s*=\s*(\d+)", out)
    return int(m.group(1)) if m else None


def tree_rss_kib(pid: int) -> int:
    """The resident memory (KiB) of process `pid` and all its descendants now, from /proc; 0 if gone.

    The build command runs the build in a child JVM (see Main and Relaunch): ru_maxrss gives the largest
    single process, and this the two together."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status", encoding="ascii", errors="replace") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_once(cmd: list[str], out: Path, timeout: float) -> dict:
    """One build: wall seconds, CPU seconds and peak RSS of the child, or the reason it failed."""
    if out.exists():
        shutil.rmtree(out)
    with tempfile.TemporaryFile() as so, tempfile.TemporaryFile() as se:
        load = os.getloadavg()
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=ROOT, stdout=so, stderr=se, start_new_session=True)
        deadline = t0 + timeout
        status = ru = None
        tree_peak = 0
        polls = 0
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            polls += 1
            if polls % 5 == 0:  # every 0.1 s
                tree_peak = max(tree_peak, tree_rss_kib(p.pid))
            if time.perf_counter() > deadline:
                os.killpg(p.pid, signal.SIGKILL)
                _, status, ru = os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        so.seek(0)
        se.seek(0)
        stdout = so.read().decode("utf-8", "replace")
        stderr = se.read().decode("utf-8", "replace")
    r = {"wall_s": wall, "cpu_s": ru.ru_utime + ru.ru_stime, "user_s": ru.ru_utime, "sys_s": ru.ru_stime,
         "peak_rss_mib": ru.ru_maxrss / 1024, "peak_rss_tree_mib": tree_peak / 1024, "exit": p.returncode, "loadavg_before": load,
         "loadavg_after": os.getloadavg()}
    if wall > timeout:
        r["failure"] = f"timed out after {timeout:.0f} s"
    elif p.returncode != 0:
        lines = [ln for ln in stderr.splitlines() if ln.strip()]
        r["failure"] = f"exit {p.returncode}: " + (lines[-1][:300] if lines else "(no message)")
    elif not (out / "datapackage.json").is_file():
        r["failure"] = "exit 0 but no datapackage.json"
    else:
        r["tables"], r["rows"] = package_summary(stdout)
        r["output_bytes"] = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    return r


def package_summary(stdout: str) -> tuple[int | None, dict[str, int]]:
    """The build's own summary: `wrote N tables ...` and `  name.csv   123 rows` (curated tables)."""
    m = re.search(r"wrote ([\d,]+) tables", stdout)
    rows = {}
    for name, n in re.findall(r"^\s+(\S+)\.csv\s+([\d,]+) rows", stdout, re.M):
        if not name.startswith("tables/"):
            rows[name] = int(n.replace(",", ""))
    return (int(m.group(1).replace(",", "")) if m else None), rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=os.environ.get("BENCH_SCALE_SIZES", "10MB,100MB,1GB"))
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_SCALE_RUNS", 3)),
                    help="runs of each corpus under 1 GB (default 3)")
    ap.add_argument("--large-runs", type=int, default=int(os.environ.get("BENCH_SCALE_LARGE_RUNS", 1)),
                    help="runs of each corpus of 1 GB or more (default 1: each takes minutes on a shared machine)")
    ap.add_argument("--timeout", type=float, default=float(os.environ.get("BENCH_SCALE_TIMEOUT", 3600)))
    ap.add_argument("--name", default="scale", help="result name under target/bench (default scale)")
    ap.add_argument("--no-quiet", action="store_true", help="leave out --quiet (for a build that has no such option)")
    ap.add_argument("--capped-heap", default=os.environ.get("BENCH_SCALE_CAPPED_HEAP", "512m"),
                    help="one more run of the largest corpus with java -Xmx<this> (empty: none), to show what "
                         "the build needs apart from the heap the JVM chooses to take")
    ap.add_argument("--keep-largest", action="store_true",
                    help="keep the package built from the largest corpus (target/bench-scale/out-<size>), "
                         "for the kernel benchmark with a large package")
    args = ap.parse_args()
    if not JAR.is_file():
        raise SystemExit(f"bench_scale: {JAR} not found; run `make setup` (or mvn -B package -DskipTests)")
    sizes = [scale_corpus.parse_size(s) for s in args.sizes.split(",") if s.strip()]

    results = []
    kept = None
    for size in sizes:
        label = label_of(size)
        corpus = WORK / f"corpus-{label}"
        t0 = time.perf_counter()
        manifest = scale_corpus.generate(ROOT / "seeds", size, corpus)
        print(f"  corpus {label}: {manifest['articles']:,} articles, {manifest['bytes']:,} bytes "
              f"({time.perf_counter() - t0:.1f} s to make or check)", flush=True)
        out = WORK / f"out-{label}"
        cmd = ["java", "-jar", str(JAR.relative_to(ROOT)), "build", "--seeds", str(corpus.relative_to(ROOT)),
               "--out", str(out.relative_to(ROOT))] + ([] if args.no_quiet else ["--quiet"])
        runs = []
        n_runs = args.large_runs if size >= 10**9 else args.runs
        for i in range(n_runs):
            r = run_once(cmd, out, args.timeout)
            runs.append(r)
            mbs = manifest["bytes"] / 1e6 / r["wall_s"]
            print(f"  {label} run {i + 1}/{n_runs}: " + (f"FAILED ({r['failure']}) after {r['wall_s']:.1f} s"
                  if "failure" in r else f"{r['wall_s']:.2f} s wall, {mbs:.1f} MB/s, {r['cpu_s']:.1f} s CPU, "
                  f"peak RSS {r['peak_rss_mib']:,.0f} MiB (all processes {r['peak_rss_tree_mib']:,.0f})")
                  + f" (load {r['loadavg_before'][0]:.1f})", flush=True)
            if "failure" in r:
                break  # a failure (out of memory, timeout) repeats; the next size still runs
        capped = None
        if args.capped_heap and size == max(sizes) and not any("failure" in r for r in runs):
            cmd_capped = cmd[:1] + [f"-Xmx{args.capped_heap}"] + cmd[1:]
            capped = run_once(cmd_capped, out, args.timeout)
            capped["command"] = " ".join(cmd_capped)
            print(f"  {label} with -Xmx{args.capped_heap}: " + (f"FAILED ({capped['failure']})" if "failure" in capped
                  else f"{capped['wall_s']:.2f} s wall, {manifest['bytes'] / 1e6 / capped['wall_s']:.1f} MB/s, "
                  f"peak RSS {capped['peak_rss_mib']:,.0f} MiB"), flush=True)
        if out.exists() and not (args.keep_largest and size == max(sizes)):
            shutil.rmtree(out)
        elif out.exists():
            kept = str(out.relative_to(ROOT))
        ok = [r for r in runs if "failure" not in r]
        walls = [r["wall_s"] for r in ok]
        med = benchlib.median(walls)
        best = min(ok, key=lambda r: abs(r["wall_s"] - med)) if ok else None
        results.append({
            "label": label, "bytes": manifest["bytes"], "articles": manifest["articles"],
            "command": " ".join(cmd), "runs": runs, "wall": benchlib.summary(walls),
            "mbs": manifest["bytes"] / 1e6 / med if med else None,
            "ns_per_byte": med * 1e9 / manifest["bytes"] if med else None,
            "peak_rss_mib": max((r["peak_rss_mib"] for r in ok), default=None),
            "peak_rss_tree_mib": max((r["peak_rss_tree_mib"] for r in ok), default=None),
            "cpu_s": best["cpu_s"] if best else None,
            "cores_used": best["cpu_s"] / best["wall_s"] if best else None,
            "tables": best.get("tables") if best else None, "rows": best.get("rows") if best else None,
            "output_bytes": best.get("output_bytes") if best else None,
            "failure": next((r["failure"] for r in runs if "failure" in r), None),
            "capped_heap": capped and dict(capped, heap=args.capped_heap,
                                           mbs=manifest["bytes"] / 1e6 / capped["wall_s"]),
        })
    benchlib.write_result(args.name, {"sizes": results, "jvm_default_max_heap": jvm_default_heap(),
                                      "threads": os.cpu_count(), "kept_output": kept})
    return 0 if all(r["failure"] is None for r in results) else 1


def label_of(size: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= scale and size % scale == 0:
            return f"{size // scale}{unit}"
    return f"{size}B"


if __name__ == "__main__":
    sys.exit(main())
