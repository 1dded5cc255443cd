#!/usr/bin/env bash
# The benchmark suite (`make bench`): runs every part, each writing JSON under target/bench/; after a
# part succeeds its figures are published to docs/benchmarks/results/ (`report.py collect PART`), and
# the report part writes docs/benchmarks.md from docs/benchmarks/template.md and those results.
#
#   bash scripts/bench/run_all.sh              every part, then the report
#   bash scripts/bench/run_all.sh PART ...     only these parts (the report is a part too)
#
# Parts:
#   extract    JMH ExtractionBenchmark: parse + extract, MB/s on one thread (copies=$EXTRACT_COPIES,
#              1000 by default; `all` runs 1,10,100,1000 for the scaling series); `make bench-extract`
#   build      wall time of `java -jar datasets/target/etr-datasets.jar build` against `java -version`
#   kernel     kernel cold start to the first result: etr-java, plain JJava, JJava + Tablesaw by hand, IPython + pandas
#   render     JMH TableRenderBenchmark against pandas' DataFrame._repr_html_()
#   describe   JMH DescribeBenchmark (1M rows) against pandas' describe(include="all") on the same frame,
#              with our statistics checked against pandas' (`bash scripts/bench/run_all.sh describe`)
#   chart      JMH ChartRenderBenchmark
#   notebooks  every notebooks/*.ipynb through nbclient against etr-java: seconds and peak kernel RSS
#   profile    JFR profiles of the build command, the kernel and the extraction, and start-up what-ifs
#   scale      the build command on generated corpora of 10 MB, 100 MB and 1 GB: wall, MB/s, peak RSS
#              (BENCH_SCALE_SIZES, BENCH_SCALE_RUNS, BENCH_SCALE_LARGE_RUNS); then kernel start and the first Etr.troops() with
#              the largest build's package (BENCH_KERNEL_LARGE_RUNS); `make bench-scale` runs extract, scale, report
#   report     docs/benchmarks.md
#
# Needs `make setup` (the Makefile's bench target depends on it): .venv with jupyter_client and nbclient,
# the etr-java kernelspec, the Maven build. Installs scripts/bench/requirements-bench.txt into
# .venv-bench/ (pandas, ipykernel) on first use. Only the JDK, Maven and Python are used.
# Variables: BENCH_OUT (default target/bench), EXTRACT_COPIES, BENCH_KERNEL_RUNS (7), BENCH_BUILD_RUNS (11),
# BENCH_SCALE_SIZES (10MB,100MB,1GB), BENCH_SCALE_RUNS (3), MVN, PYTHON.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
export BENCH_OUT=${BENCH_OUT:-$ROOT/target/bench}
OUT=$BENCH_OUT
MVN=${MVN:-mvn}
PYTHON=${PYTHON:-python3}
PY=$ROOT/.venv/bin/python
VB=$ROOT/.venv-bench
HERE=scripts/bench
export MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true"
DEP_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

mkdir -p "$OUT/logs"

all_parts=(extract build kernel render describe chart notebooks profile scale report)
if [ $# -eq 0 ]; then parts=("${all_parts[@]}"); full=1; else parts=("$@"); full=0; fi
# the scaling series of the extraction benchmark goes beside the scale figures
case " ${parts[*]} " in *" scale "*) full=1;; esac
for p in "${parts[@]}"; do
  case " ${all_parts[*]} " in *" $p "*) ;; *) echo "run_all.sh: unknown part '$p' (parts: ${all_parts[*]})" >&2; exit 2;; esac
done

step() { printf '\n==> %s\n' "$*"; }

need_venv() {
  if [ ! -x "$PY" ]; then
    echo "run_all.sh: $PY not found: run \`make setup\` first" >&2; exit 1
  fi
}

# .venv-bench: pandas and ipykernel, pinned, apart from the project's .venv
venv_bench() {
  local stamp=$VB/.requirements-bench.stamp
  if [ ! -f "$stamp" ] || [ "$HERE/requirements-bench.txt" -nt "$stamp" ]; then
    step ".venv-bench (scripts/bench/requirements-bench.txt)"
    [ -x "$VB/bin/python" ] || "$PYTHON" -m venv "$VB"
    "$VB/bin/python" -m pip install -q --disable-pip-version-check -r "$HERE/requirements-bench.txt"
    touch "$stamp"
  fi
}

# test classes and the test class path of both modules, for JMH
jmh_built=0
jmh_build() {
  [ $jmh_built = 1 ] && return
  step "Maven: test-compile and the test class path (JMH)"
  $MVN -q -B test-compile $DEP_PLUGIN:build-classpath -pl kernel-ext -am \
    -Dmdep.outputFile=target/bench-classpath.txt -DincludeScope=test
  DS_CP=datasets/target/test-classes:datasets/target/classes:$(cat datasets/target/bench-classpath.txt)
  KX_CP=kernel-ext/target/test-classes:kernel-ext/target/classes:$(cat kernel-ext/target/bench-classpath.txt)
  jmh_built=1
}

# jmh NAME CLASSPATH ARGS...: JSON to $OUT/jmh-NAME.json, the full log to $OUT/logs/jmh-NAME.log, and
# the machine, date and command to $OUT/jmh-NAME.meta.json
jmh() {
  local name=$1 cp=$2; shift 2
  local log=$OUT/logs/jmh-$name.log
  "$PYTHON" "$HERE/benchlib.py" meta "jmh-$name" "java -cp <${cp%%/*} test class path> org.openjdk.jmh.Main $* -rf json" >/dev/null
  echo "   java -cp ... org.openjdk.jmh.Main $* -rf json   (log: ${log#$ROOT/})"
  set +e
  java -cp "$cp" org.openjdk.jmh.Main "$@" -rf json -rff "$OUT/jmh-$name.json" >"$log" 2>&1
  local rc=$?
  set -e
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.[A-Za-z]+ )|corpus:|rows=' "$log" | sed -e 's/^# Warmup Iteration *[0-9]*: //' -e 's/^/   /' || true
  if [ $rc != 0 ]; then echo "run_all.sh: JMH $name failed (exit $rc); see $log" >&2; tail -20 "$log" >&2; return $rc; fi
}

part_extract() {
  local copies=${EXTRACT_COPIES:-1000}
  [ $full = 1 ] && copies=${EXTRACT_COPIES:-1,10,100,1000}
  jmh_build
  step "1/6. Extraction throughput: JMH ExtractionBenchmark, copies=$copies, one thread"
  jmh extraction "$DS_CP" ExtractionBenchmark -p copies="$copies" -prof gc
  "$PYTHON" "$HERE/report.py" --print-extract
}

part_build() {
  step "1/6. The build command's wall time against a bare JVM start (interleaved)"
  "$PYTHON" "$HERE/build_wall.py"
}

part_kernel() {
  need_venv
  venv_bench
  step "2/6. Kernel cold start to the first result"
  local ver
  ver=$(sed -n 's:.*<tablesaw.version>\(.*\)</tablesaw.version>.*:\1:p' pom.xml | head -1)
  $MVN -q -B -f "$HERE/tablesaw/pom.xml" $DEP_PLUGIN:build-classpath -Dtablesaw.version="$ver" \
    -Dmdep.outputFile="$OUT/tablesaw-classpath.txt"
  "$PY" "$HERE/kernel_start.py" --tablesaw-classpath "$OUT/tablesaw-classpath.txt" --venv-bench "$VB"
}

part_render() {
  venv_bench
  jmh_build
  step "3/6. Table rendering: ours (JMH TableRenderBenchmark) and pandas (_repr_html_, timeit)"
  jmh table "$KX_CP" TableRenderBenchmark
  java -Djava.awt.headless=true -cp "$KX_CP" "$HERE/TableHtmlSample.java" "$OUT/html" 1000 100000 1000000
  "$VB/bin/python" "$HERE/pandas_render.py"
}

part_describe() {
  venv_bench
  jmh_build
  step "describe on 1,000,000 rows: ours (JMH DescribeBenchmark) and pandas (describe(include='all'), timeit)"
  jmh describe "$DS_CP" DescribeBenchmark
  java -Xmx2g -cp "$DS_CP" org.etrkit.datasets.bench.DescribeBenchmark "$OUT/describe-ours.csv"
  "$VB/bin/python" "$HERE/pandas_describe.py" "$OUT/describe-ours.csv"
}

part_chart() {
  jmh_build
  step "4/6. Chart rendering: JMH ChartRenderBenchmark"
  jmh chart "$KX_CP" ChartRenderBenchmark
}

part_notebooks() {
  need_venv
  step "5/6. Every notebook end to end (nbclient, etr-java)"
  "$PY" "$HERE/notebooks_run.py"
}

part_profile() {
  need_venv
  jmh_build
  step "Profiles (JFR) and start-up what-ifs"
  "$PY" "$HERE/profile.py" build
  "$PY" "$HERE/profile.py" kernel
  "$PY" "$HERE/profile.py" extract --classpath "$DS_CP"
}

part_scale() {
  step "7. The build command at corpus scale (scale_corpus.py, bench_scale.py)"
  $MVN -q -B -pl datasets -am package -DskipTests
  "$PYTHON" "$HERE/bench_scale.py" --keep-largest
  local largest
  largest=$("$PYTHON" -c 'import json,sys; print(json.load(open(sys.argv[1])).get("kept_output") or "")' "$OUT/scale.json")
  if [ -n "$largest" ] && [ -x "$PY" ]; then
    step "7. Kernel start and the first Etr.troops() with the package of the largest corpus ($largest)"
    "$PY" "$HERE/kernel_start.py" --name kernel_large --cases ours,large --large-package "$largest" \
      --runs "${BENCH_KERNEL_LARGE_RUNS:-3}"
  fi
}

part_report() {
  step "docs/benchmarks.md"
  "$PYTHON" "$HERE/report.py"
}

start=$(date +%s)
echo "benchmarks: ${parts[*]} (results in ${OUT#$ROOT/}; load average now: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))"
failed=()
for p in "${parts[@]}"; do
  # a part that fails is reported and the others still run (the report says what is missing)
  # (not `if ! ( ... )`: bash ignores set -e inside a subshell whose status a condition tests)
  set +e
  ( set -e; "part_$p" )
  rc=$?
  # publish the figures of a part that succeeded
  [ $rc = 0 ] && [ "$p" != report ] && { "$PYTHON" "$HERE/report.py" collect "$p"; rc=$?; }
  set -e
  if [ $rc != 0 ]; then
    echo "run_all.sh: part '$p' FAILED (exit $rc)" >&2
    failed+=("$p")
  fi
done
echo
echo "benchmarks done in $(( $(date +%s) - start )) s${failed:+; failed: ${failed[*]}}"
[ ${#failed[@]} -eq 0 ]
