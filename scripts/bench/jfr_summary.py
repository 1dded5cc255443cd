"""Summaries of Java Flight Recorder files, through the JDK's own `jfr` tool (standard library only).

    summarize(paths, categories) -> {
        "samples": N, "threads": {name: n}, "top_frame_types": {"Interpreted": n, "JIT compiled": n, ...},
        "self": [{"method": "pkg.Class.method", "samples": n, "pct": p}, ...],      # top of stack
        "categories": [{"category": name, "samples": n, "pct": p}, ...],           # anywhere in stack
        "classes_loaded": n, "gc": {"count": n, "pause_ms": ms}, "compilations": n,
    }

`categories` maps a name to a tuple of prefixes of "package.Class.method", in order of priority: each
sample is counted once, for the first category that has a frame anywhere on its stack, or for "other"
(so "categories" adds up to 100%). "inclusive" counts a sample for every category on its stack (those
overlap).
"""
from __future__ import annotations

import collections
import json
import shutil
import subprocess
from pathlib import Path

SAMPLE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<!-- execution samples as often as JFR allows, plus class loading, GC and JIT totals -->
<configuration version="2.0" label="etr-bench">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">1 ms</setting></event>
  <event name="jdk.NativeMethodSample"><setting name="enabled">true</setting><setting name="period">10 ms</setting></event>
  <event name="jdk.ClassLoadingStatistics"><setting name="enabled">true</setting><setting name="period">endChunk</setting></event>
  <event name="jdk.GarbageCollection"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
  <event name="jdk.Compilation"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
</configuration>
"""


def settings_file(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "etr-bench.jfc"
    path.write_text(SAMPLE_SETTINGS, encoding="utf-8")
    return path


def _jfr() -> str:
    exe = shutil.which("jfr")
    if exe:
        return exe
    java = shutil.which("java")
    if java:
        cand = Path(java).resolve().parent / "jfr"
        if cand.exists():
            return str(cand)
    raise FileNotFoundError("the JDK's jfr tool was not found")


def _events(path: Path, events: str, depth: int = 64) -> list[dict]:
    out = subprocess.run([_jfr(), "print", "--json", "--stack-depth", str(depth), "--events", events, str(path)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def _frame_name(frame: dict) -> str:
    m = frame.get("method") or {}
    t = (m.get("type") or {}).get("name", "?").replace("/", ".")
    return f"{t}.{m.get('name', '?')}"


def summarize(paths: Path | list[Path], categories: dict[str, tuple[str, ...]] | None = None, top: int = 12,
              threads: tuple[str, ...] | None = None) -> dict:
    """What one or more recordings say about where the time went (only threads whose name contains
    one of `threads`, if given). Class, GC and JIT counts are per recording, averaged."""
    paths = [paths] if isinstance(paths, Path) else list(paths)
    categories = categories or {}
    samples = [ev for p in paths for ev in _events(p, "jdk.ExecutionSample")]
    by_thread = collections.Counter()
    frame_types = collections.Counter()
    self_counts = collections.Counter()
    cat_counts = collections.Counter()
    incl_counts = collections.Counter()
    n = 0
    for ev in samples:
        v = ev["values"]
        tname = ((v.get("sampledThread") or {}).get("javaName") or (v.get("sampledThread") or {}).get("osName") or "?")
        if threads and not any(t in tname for t in threads):
            continue
        frames = ((v.get("stackTrace") or {}).get("frames") or [])
        if not frames:
            continue
        n += 1
        by_thread[tname] += 1
        frame_types[frames[0].get("type", "?")] += 1
        self_counts[_frame_name(frames[0])] += 1
        names = [_frame_name(f) for f in frames]
        first = None
        for cat, prefixes in categories.items():
            if any(name.startswith(prefixes) for name in names):
                incl_counts[cat] += 1
                first = first or cat
        cat_counts[first or "other"] += 1

    def pct(k):
        return round(100.0 * k / n, 1) if n else 0.0

    result = {
        "files": [str(p) for p in paths],
        "samples": n,
        "threads": dict(by_thread.most_common(8)),
        "top_frame_types": {k: pct(c) for k, c in frame_types.most_common()},
        "self": [{"method": m, "samples": c, "pct": pct(c)} for m, c in self_counts.most_common(top)],
        "categories": [{"category": k, "samples": c, "pct": pct(c)} for k, c in cat_counts.most_common()],
        "inclusive": [{"category": k, "samples": incl_counts[k], "pct": pct(incl_counts[k])}
                      for k in sorted(categories, key=lambda k: -incl_counts[k])],
    }
    k = len(paths)
    try:
        loaded = [max((e["values"]["loadedClassCount"] for e in _events(p, "jdk.ClassLoadingStatistics", 1)),
                      default=None) for p in paths]
        loaded = [c for c in loaded if c is not None]
        if loaded:
            result["classes_loaded"] = round(sum(loaded) / len(loaded))
        gcs = [ev for p in paths for ev in _events(p, "jdk.GarbageCollection", 1)]
        result["gc"] = {"count": round(len(gcs) / k, 1),
                        "pause_ms": round(sum(_ms(e["values"].get("sumOfPauses")) for e in gcs) / k, 1)}
        result["compilations"] = round(sum(len(_events(p, "jdk.Compilation", 1)) for p in paths) / k)
    except (subprocess.CalledProcessError, KeyError, ValueError):
        pass
    return result


def _ms(value) -> float:
    """A JFR duration as printed in JSON ("PT0.0123S" or a number of ns) in milliseconds."""
    if value is None:
        return 0.0
    if isinstance(value, (int, float)):
        return value / 1e6
    s = str(value)
    if s.startswith("PT") and s.endswith("S"):
        body = s[2:-1]
        minutes = 0.0
        if "M" in body:
            m, body = body.split("M", 1)
            minutes = float(m)
        return (minutes * 60 + float(body or 0)) * 1000
    return 0.0
