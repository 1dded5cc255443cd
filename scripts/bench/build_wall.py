#!/usr/bin/env python3
"""Wall time of the whole `build` command against a bare JVM start (standard library only).

    python3 scripts/bench/build_wall.py [--runs N]

A = `java -jar datasets/target/etr-datasets.jar build --seeds seeds --out <fresh temporary dir>`
B = `java -version` (the floor: a JVM that starts and exits)
run interleaved A B A B ... from the repository root, after one untimed warm-up of each; the output
of every A run is checked (datapackage.json is there). Reports the median, min and max of each, the
ratio A/B, and A - B (the time the build itself adds to a JVM start). Writes target/bench/build_wall.json.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchlib  # noqa: E402

ROOT = benchlib.ROOT
JAR = ROOT / "datasets" / "target" / "etr-datasets.jar"


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"build_wall: {' '.join(cmd)} exited {p.returncode}: {p.stderr.strip()[:500]}")
    return dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_BUILD_RUNS", 11)))
    args = ap.parse_args()
    if not JAR.is_file():
        raise SystemExit(f"build_wall: {JAR} not found; run `make setup` (or mvn -B package -DskipTests)")

    tmp = Path(tempfile.mkdtemp(prefix="etr-bench-build-"))
    build = ["java", "-jar", str(JAR.relative_to(ROOT)), "build", "--seeds", "seeds", "--out"]
    version = ["java", "-version"]
    a, b = [], []
    try:
        for i in range(args.runs + 1):
            out = tmp / f"out{i}"
            ta = timed(build + [str(out)])
            if not (out / "datapackage.json").is_file():
                raise SystemExit(f"build_wall: the build wrote no {out / 'datapackage.json'}")
            shutil.rmtree(out)
            tb = timed(version)
            if i == 0:
                print(f"  warm-up: build {ta:.3f} s, java -version {tb:.3f} s", flush=True)
                continue
            a.append(ta)
            b.append(tb)
            print(f"  run {i:2}/{args.runs}: build {ta:.3f} s, java -version {tb:.3f} s", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    ma, mb = benchlib.median(a), benchlib.median(b)
    print(f"  median: build {ma:.3f} s, java -version {mb:.3f} s, ratio {ma / mb:.2f}, build adds {ma - mb:.3f} s")
    benchlib.write_result("build_wall", {
        "command": " ".join(build) + " <tmp>",
        "baseline": " ".join(version),
        "build": benchlib.summary(a),
        "java_version": benchlib.summary(b),
        "ratio": ma / mb,
        "added_s": ma - mb,
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
