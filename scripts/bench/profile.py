#!/usr/bin/env python3
"""Where the time goes: Java Flight Recorder profiles and what-if runs (run with the project's .venv python).

    .venv/bin/python scripts/bench/profile.py build     # the `build` command: JFR, and AppCDS / C1-only what-ifs
    .venv/bin/python scripts/bench/profile.py kernel    # etr-java: cold start to Etr.roster(), and one notebook
    .venv/bin/python scripts/bench/profile.py extract   # ExtractionBenchmark (copies=1000) under JMH's jfr profiler

Recordings go to target/bench/profile/; summaries (samples by thread, by top method, by category of
code anywhere on the stack, classes loaded, GC, JIT compilations) to target/bench/profile_<part>.json.
JFR samples only threads running Java code, at most every 1 ms here (it skips idle threads), so short
runs give a few hundred samples: read the percentages as rough shares.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402
import jfr_summary  # noqa: E402

ROOT = benchlib.ROOT
PROFILE = benchlib.OUT / "profile"
JAR = ROOT / "datasets" / "target" / "etr-datasets.jar"

# In order of priority: a sample counts for the first category with a frame on its stack (jfr_summary).
CLASSGRAPH = "Tablesaw's class-path scan (ClassGraph)"

BUILD_CATEGORIES = {
    "JFR itself": ("jdk.jfr",),
    CLASSGRAPH: ("io.github.classgraph", "nonapi.io.github.classgraph"),
    "class loading": ("java.lang.ClassLoader", "jdk.internal.loader", "java.net.URLClassLoader"),
    "data package (CSV, JSON, SHA-256)": ("org.etrkit.datasets.pack", "sun.security.provider"),
    "curated tables (rules)": ("org.etrkit.datasets.tables",),
    "extract (sentences, dates, quantities)": ("org.etrkit.datasets.extract",),
    "parse": ("org.etrkit.datasets.parse",),
    "Tablesaw (other)": ("tech.tablesaw",),
    "the command line and Datasets (other)": ("org.etrkit",),
}

KERNEL_CATEGORIES = {
    "JFR itself": ("jdk.jfr",),
    "JShell's completion index (a background thread)": ("jdk.jshell.SourceCodeAnalysisImpl.refreshIndexes",
                                                        "jdk.jshell.SourceCodeAnalysisImpl.indexForPath"),
    "XChart / Java2D / PNG": ("org.knowm", "java.awt", "sun.java2d", "sun.awt", "javax.imageio", "com.sun.imageio"),
    CLASSGRAPH: ("io.github.classgraph", "nonapi.io.github.classgraph"),
    "javac (JShell compiling cells)": ("com.sun.tools.javac",),
    "class loading": ("java.lang.ClassLoader", "jdk.internal.loader", "java.net.URLClassLoader"),
    "Tablesaw": ("tech.tablesaw",),
    "ETR extension and datasets": ("org.etrkit",),
    "JShell (other)": ("jdk.jshell", "jdk.internal.jshell"),
    "JJava kernel (other)": ("org.dflib.jjava",),
    "ZeroMQ": ("org.zeromq", "zmq."),
    "JSON": ("com.google.gson", "com.fasterxml"),
}

EXTRACT_CATEGORIES = {
    "regular expressions": ("java.util.regex",),
    "parse (ArticleParser)": ("org.etrkit.datasets.parse",),
    "sentences": ("org.etrkit.datasets.extract.Sentences",),
    "dates": ("org.etrkit.datasets.extract.Dates",),
    "quantities": ("org.etrkit.datasets.extract.Quantities",),
    "positions": ("org.etrkit.datasets.extract.Positions",),
    "extract (other)": ("org.etrkit.datasets.extract",),
}


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def profile_build(runs: int) -> None:
    d = PROFILE / "build"
    shutil.rmtree(d, ignore_errors=True)
    jfc = jfr_summary.settings_file(d)
    tmp = Path(tempfile.mkdtemp(prefix="etr-bench-profile-"))
    cmd = ["-jar", str(JAR.relative_to(ROOT)), "build", "--seeds", "seeds", "--out"]
    try:
        recs = []
        for i in range(3):
            f = d / f"build-{i}.jfr"
            timed(["java", f"-XX:StartFlightRecording:filename={f},settings={jfc}"] + cmd + [str(tmp / f"jfr{i}")])
            recs.append(f)
        summary = jfr_summary.summarize(recs, BUILD_CATEGORIES)
        print(f"  build: {summary['samples']} samples in {len(recs)} recordings, "
              f"{summary.get('classes_loaded')} classes loaded, {summary['top_frame_types']}", flush=True)

        # what-ifs: a class-data-sharing archive of the app's classes, and C1 only
        jsa = d / "build.jsa"
        timed(["java", f"-XX:ArchiveClassesAtExit={jsa}"] + cmd + [str(tmp / "cds")])
        variants = {"as shipped": [], "+ AppCDS archive": [f"-XX:SharedArchiveFile={jsa}"],
                    "+ C1 only (-XX:TieredStopAtLevel=1)": ["-XX:TieredStopAtLevel=1"],
                    "+ AppCDS + C1 only": [f"-XX:SharedArchiveFile={jsa}", "-XX:TieredStopAtLevel=1"]}
        times: dict[str, list[float]] = {k: [] for k in variants}
        for r in range(runs + 1):
            for k, flags in variants.items():
                out = tmp / f"w{r}-{len(times[k])}-{abs(hash(k))}"
                t = timed(["java"] + flags + cmd + [str(out)])
                shutil.rmtree(out, ignore_errors=True)
                if r:
                    times[k].append(t)
        whatif = {k: benchlib.summary(v) for k, v in times.items()}
        for k, v in whatif.items():
            print(f"  build {k:<38} median {v['median']:.3f} s", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    benchlib.write_result("profile_build", {"jfr": summary, "what_if": whatif,
                                            "what_if_runs": runs, "jsa_bytes": jsa.stat().st_size if jsa.exists() else None})


def _jfr_kernelspec(jfc: Path) -> tuple[str, object]:
    """A copy of the etr-java kernelspec whose JVM records with JFR from the start."""
    from jupyter_client.kernelspec import KernelSpecManager

    ksm = KernelSpecManager()
    etr = ksm.get_kernel_spec("etr-java")
    d = benchlib.OUT / "kernels" / "bench-etr-jfr"
    d.mkdir(parents=True, exist_ok=True)
    argv = [a.replace("{resource_dir}", etr.resource_dir) for a in etr.argv]
    argv.insert(1, f"-XX:StartFlightRecording:settings={jfc}")
    (d / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": "etr-java + JFR (bench)",
                                               "language": "java", "interrupt_mode": "message",
                                               "env": etr.env}, indent=2))
    ksm2 = KernelSpecManager()
    ksm2.kernel_dirs = [str(d.parent)] + list(ksm2.kernel_dirs)
    return "bench-etr-jfr", ksm2


def _dump(pid: int, path: Path) -> None:
    subprocess.run(["jcmd", str(pid), "JFR.dump", f"filename={path}"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def profile_kernel(notebook: str | None) -> None:
    from jupyter_client.manager import KernelManager

    d = PROFILE / "kernel"
    shutil.rmtree(d, ignore_errors=True)
    jfc = jfr_summary.settings_file(d)
    name, ksm = _jfr_kernelspec(jfc)
    (benchlib.OUT / "logs").mkdir(parents=True, exist_ok=True)
    result = {}

    # cold start to the first table
    cold = d / "cold-start.jfr"
    km = KernelManager(kernel_name=name, kernel_spec_manager=ksm)
    with open(benchlib.OUT / "logs" / "profile-kernel.log", "ab") as log:
        t0 = time.perf_counter()
        km.start_kernel(cwd=str(ROOT), stdout=log, stderr=log)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=180)
            ready = time.perf_counter() - t0
            msg_id = kc.execute("Etr.roster()", allow_stdin=False)
            got = None
            while got is None:
                msg = kc.get_iopub_msg(timeout=180)
                if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_result":
                    got = time.perf_counter() - t0
            _dump(km.provisioner.process.pid, cold)
        except queue.Empty:
            raise SystemExit("profile: the JFR kernel gave no result for Etr.roster()") from None
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    result["cold_start"] = {"ready_s": ready, "result_s": got,
                            "jfr": jfr_summary.summarize(cold, KERNEL_CATEGORIES)}
    print(f"  kernel cold start (with JFR): ready {ready:.2f} s, Etr.roster() {got:.2f} s, "
          f"{result['cold_start']['jfr']['samples']} samples", flush=True)

    # one notebook, end to end
    nbs = sorted((ROOT / "notebooks").glob("*.ipynb"))
    path = (ROOT / "notebooks" / notebook) if notebook else (nbs[0] if nbs else None)
    if path is not None and path.exists():
        import notebooks_run

        rec_file = d / "notebook.jfr"
        rec = asyncio.run(notebooks_run.run_one(path, name, 300, before_shutdown=lambda pid: _dump(pid, rec_file),
                                                kernel_spec_manager=ksm))
        if rec_file.exists():
            result["notebook"] = {"notebook": path.name, "seconds": rec["seconds"], "ready_s": rec.get("ready_s"),
                                  "slowest_cells": rec.get("slowest_cells"),
                                  "jfr": jfr_summary.summarize(rec_file, KERNEL_CATEGORIES)}
            print(f"  notebook {path.name} (with JFR): {rec['seconds']:.1f} s, "
                  f"{result['notebook']['jfr']['samples']} samples", flush=True)
    benchlib.write_result("profile_kernel", result)


def profile_extract(classpath: str) -> None:
    d = PROFILE / "extract"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    # JFR's own "profile" settings (a sample every 10-20 ms): sampling every 1 ms slows this run by half
    cmd = ["java", "-cp", classpath, "org.openjdk.jmh.Main", "ExtractionBenchmark", "-p", "copies=1000",
           "-wi", "2", "-i", "3", "-prof", f"jfr:dir={d}"]
    with open(benchlib.OUT / "logs" / "profile-extract.log", "w") as log:
        subprocess.run(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=True)
    recs = sorted(d.rglob("*.jfr"))
    if not recs:
        raise SystemExit(f"profile: JMH wrote no .jfr under {d}")
    summary = jfr_summary.summarize(recs, EXTRACT_CATEGORIES, top=15, threads=("jmh-worker", "jmhWorker", "parseAndExtract"))
    print(f"  extraction: {summary['samples']} samples; top: "
          + ", ".join(f"{s['method'].rsplit('.', 2)[-2]}.{s['method'].rsplit('.', 1)[-1]} {s['pct']}%"
                      for s in summary["self"][:5]), flush=True)
    benchlib.write_result("profile_extract", {"jfr": summary})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("part", choices=["build", "kernel", "extract"])
    ap.add_argument("--runs", type=int, default=5, help="what-if runs of each variant (build)")
    ap.add_argument("--notebook", help="the notebook to profile (kernel; default the first)")
    ap.add_argument("--classpath", help="the class path for JMH (extract)")
    args = ap.parse_args()
    PROFILE.mkdir(parents=True, exist_ok=True)
    if args.part == "build":
        profile_build(args.runs)
    elif args.part == "kernel":
        profile_kernel(args.notebook)
    else:
        if not args.classpath:
            ap.error("extract needs --classpath")
        profile_extract(args.classpath)
    return 0


if __name__ == "__main__":
    sys.exit(main())
