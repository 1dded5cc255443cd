"""Shared helpers for the benchmark scripts (standard library only, so every interpreter can import it).

Results go to target/bench/ (ignored by git, like every target/ directory); each part writes one JSON
file there, and report.py turns them into docs/benchmarks.md.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import re
import statistics
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(os.environ.get("BENCH_OUT", ROOT / "target" / "bench"))


def median(xs):
    return statistics.median(xs) if xs else None


def summary(xs: list[float]) -> dict:
    """Median, min, max and count of a list of timings (seconds)."""
    if not xs:
        return {"n": 0, "median": None, "min": None, "max": None}
    return {"n": len(xs), "median": statistics.median(xs), "min": min(xs), "max": max(xs),
            "runs": xs}


def now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).astimezone().isoformat(timespec="seconds")


def java_version() -> str:
    """The first line of `java -version` and the runtime line's build, e.g. 'openjdk 17.0.21 (Debian)'."""
    try:
        out = subprocess.run(["java", "-version"], capture_output=True, text=True, timeout=60).stderr
    except (OSError, subprocess.SubprocessError) as e:
        return f"unknown ({e})"
    lines = [ln.strip() for ln in out.splitlines() if ln.strip()]
    return lines[0] if lines else "unknown"


def cpu_model() -> str:
    model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return model or platform.processor() or platform.machine()


def mem_total_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def machine() -> dict:
    """What the figures were measured on, read now (not assumed)."""
    mem = mem_total_gib()
    return {
        "cores": os.cpu_count(),
        "ram_gib": round(mem, 1) if mem else None,
        "cpu": cpu_model(),
        "java": java_version(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "loadavg": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def git_commit() -> str | None:
    """The commit the figures were measured at, `+` when the work tree had changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=30).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return (head + ("+" if dirty else "")) or None


def write_result(name: str, data: dict) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    data = dict(data)
    data.setdefault("date", now_iso())
    data.setdefault("machine", machine())
    data.setdefault("commit", git_commit())
    path = OUT / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    print(f"  -> {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}", flush=True)
    return path


def read_result(name: str) -> dict | None:
    path = OUT / f"{name}.json"
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def proc_status(pid: int) -> dict[str, int]:
    """VmHWM / VmRSS (KiB) of one process, from /proc/<pid>/status."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            m = re.match(r"(VmHWM|VmRSS):\s+(\d+) kB", line)
            if m:
                out[m.group(1)] = int(m.group(2))
    except OSError:
        pass
    return out


def descendants(pid: int) -> list[int]:
    """pid and all its descendants (through /proc/<pid>/task/*/children)."""
    seen, todo = [], [pid]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.append(p)
        for task in Path(f"/proc/{p}/task").glob("*") if Path(f"/proc/{p}/task").exists() else []:
            try:
                todo.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                pass
    return seen


def tree_hwm_kib(pid: int) -> int | None:
    """The RSS high-water marks of a process and its descendants, added up (KiB)."""
    total = 0
    found = False
    for p in descendants(pid):
        s = proc_status(p)
        if "VmHWM" in s:
            total += s["VmHWM"]
            found = True
    return total if found else None


if __name__ == "__main__":
    # `python3 scripts/bench/benchlib.py meta NAME COMMAND...`: the machine, date and command of a part
    # whose results another tool wrote (JMH), as target/bench/NAME.meta.json
    import sys

    if len(sys.argv) >= 3 and sys.argv[1] == "meta":
        write_result(sys.argv[2] + ".meta", {"command": " ".join(sys.argv[3:])})
    else:
        sys.exit("usage: benchlib.py meta NAME COMMAND...")
