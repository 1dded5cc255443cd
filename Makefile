# ETR notebook kit: build, test, and run JupyterLab with the etr-java kernel.
#
# The main job is `make lab`: it sets everything up and starts JupyterLab on notebooks/.
#
#   make setup      .venv (requirements.txt), Maven build, etr-java kernelspec, node_modules, chromium, fonts
#   make lab        setup, then JupyterLab on 127.0.0.1:$(PORT) with token auth (PORT=8888 by default)
#   make serve      JupyterLab alone, as `make lab` starts it after the set-up
#   make test       setup, then `mvn -B verify` and the Python tests (Frictionless validation of datasets/data included)
#   make data       rebuild datasets/data from seeds/
#   make notebooks  execute the notebooks and write their outputs (notebooks/tests/run_notebooks.py)
#   make bench      setup, then every benchmark (scripts/bench/run_all.sh) and docs/benchmarks.md
#   make bench-extract  only the extraction JMH benchmark (MB/s on one thread); needs only the JDK and Maven
#   make bench-scale    setup, then the build command on generated 10 MB / 100 MB / 1 GB corpora (wall, MB/s, peak RSS),
#                   beside the extraction benchmark, and kernel start with the 1 GB package, into docs/benchmarks.md
#   make spark-build SEEDS=DIR OUT=DIR [MASTER=local[2]] [SPARK_DRIVER_MEMORY=1g]
#                   the build with its per-article work on Apache Spark (spark/, Maven profile `spark`; the
#                   first run downloads Spark's jars); the same package as the builder's `build`
#   make clean      mvn clean, and remove node_modules, .venv and .venv-bench
#
# Variables: PORT, EXT_JAR (the kernel extension jar the kernelspec points at), LAB_KERNELS, MVN, PYTHON.

SHELL := /bin/bash
.DEFAULT_GOAL := lab

PORT    ?= 8888
# kernels JupyterLab's launcher offers, the first the default: ours and ipykernel's `python3`; the jjava
# wheel's own `java` kernel (JJava without the extension) stays installed for the tests but is not listed.
# Not a security boundary: jupyter_client still starts an unlisted kernel asked for by name through the
# REST API, and any listed kernel runs code as you anyway; the token on 127.0.0.1 is the boundary.
LAB_KERNELS ?= etr-java python3
EXT_JAR ?= $(CURDIR)/kernel-ext/target/etr-kernel-ext.jar
MVN     ?= mvn
PYTHON  ?= python3

VENV := .venv
PY   := $(VENV)/bin/python
PY_STAMP   := $(VENV)/.requirements.stamp
NODE_STAMP := node_modules/.package-lock.stamp
# datasets/src/test/python: the reference Frictionless validator on datasets/data; scripts/bench/tests: the benchmark report
PY_TEST_DIRS := datasets/src/test/python kernel-ext/src/it/python notebooks/tests scripts/bench/tests

# Debian's Maven 3.8.7 prints stray colour resets (ESC[0m) even with -B -q; this stops them
export MAVEN_OPTS := $(strip $(MAVEN_OPTS) -Djansi.noreset=true)

# root runs apt-get itself; anyone else through sudo, where there is one
SUDO := $(shell [ "$$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && echo sudo)

.PHONY: setup lab serve test data notebooks bench bench-extract bench-scale spark-build clean java-build kernelspec system-deps

## setup ----------------------------------------------------------------------

setup: $(PY_STAMP) java-build kernelspec $(NODE_STAMP) system-deps

$(PY_STAMP): requirements.txt
	@echo "==> Python packages (.venv)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	@touch $@

# the modules as Maven builds them, then the full log's errors if it fails
java-build:
	@echo "==> Maven package (a minute or two the first time)"
	@set -o pipefail; log=$$(mktemp); start=$$(date +%s); \
	if $(MVN) -B -ntp package -DskipTests 2>&1 | tee "$$log" \
	    | sed -un 's/^\[INFO\] Building \(.*\) [^ ]*-SNAPSHOT *\[\([0-9]*\/[0-9]*\)\]$$/    [\2] \1/p'; then \
	  echo "    built in $$(( $$(date +%s) - start )) s"; rm -f "$$log"; \
	else \
	  grep -E '^\[ERROR\]' "$$log" | head -40 >&2; echo "Maven failed; full log: $$log" >&2; exit 1; \
	fi

kernelspec: $(PY_STAMP) java-build
	@echo "==> etr-java kernelspec"
	@$(PY) kernel-ext/kernelspec/install_kernelspec.py "$(EXT_JAR)"

$(NODE_STAMP): package.json package-lock.json
	@echo "==> node_modules (npm ci)"
	@npm ci --no-audit --no-fund --loglevel=error >/dev/null
	@touch $@

# Debian's chromium for the browser tests (playwright-core downloads no browser), and fonts for Java charts
system-deps:
	@pkgs=""; \
	command -v chromium >/dev/null 2>&1 || pkgs="chromium"; \
	fc-list 2>/dev/null | grep -q . || pkgs="$$pkgs fontconfig fonts-dejavu-core"; \
	if [ -n "$$pkgs" ]; then \
	  echo "==> apt-get install $${pkgs# }"; \
	  log=$$(mktemp); \
	  if ! { $(SUDO) apt-get update -qq && \
	         $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$pkgs; } >"$$log" 2>&1; then \
	    cat "$$log" >&2; rm -f "$$log"; exit 1; \
	  fi; \
	  rm -f "$$log"; \
	fi

## lab (the main job) -----------------------------------------------------------

# Foreground JupyterLab on 127.0.0.1 only, token auth. The token comes from $$JUPYTER_TOKEN or is made
# fresh, and reaches Jupyter through the environment (not the command line, where `ps` would show it).
# The URL with the token is printed once, when the server accepts connections. Terminals are off: the
# kit needs none (a tidiness choice, not a security one: a kernel runs code as you too).
lab: setup
	@$(MAKE) --no-print-directory serve

serve:
	@mkdir -p notebooks
	@if (exec 3<>/dev/tcp/127.0.0.1/$(PORT)) 2>/dev/null; then \
	  echo "port $(PORT) is in use on 127.0.0.1; try: make lab PORT=8889" >&2; exit 1; fi
	@echo "==> JupyterLab on 127.0.0.1:$(PORT) (the URL follows when it listens)"
	@token="$${JUPYTER_TOKEN:-$$($(PY) -c 'import secrets; print(secrets.token_hex(24))')}"; \
	url="http://127.0.0.1:$(PORT)/lab?token=$$token"; \
	( for i in $$(seq 240); do \
	    if (exec 3<>/dev/tcp/127.0.0.1/$(PORT)) 2>/dev/null; then printf '\n    JupyterLab: %s\n\n' "$$url"; break; fi; \
	    sleep 0.5; \
	  done ) & \
	root_flag=""; [ "$$(id -u)" = 0 ] && root_flag="--allow-root"; \
	JUPYTER_TOKEN="$$token" exec $(VENV)/bin/jupyter lab --no-browser $$root_flag \
	  --ServerApp.ip=127.0.0.1 --ServerApp.port=$(PORT) --ServerApp.port_retries=0 \
	  --ServerApp.root_dir=notebooks --ServerApp.terminals_enabled=False \
	  $(foreach k,$(LAB_KERNELS),--KernelSpecManager.allowed_kernelspecs=$(k)) \
	  --MultiKernelManager.default_kernel_name=$(firstword $(LAB_KERNELS))

## test -------------------------------------------------------------------------

test: setup
	@echo "==> mvn -B verify"
	@$(MVN) -B -ntp verify
	@dirs=""; for d in $(PY_TEST_DIRS); do [ -d "$$d" ] && dirs="$$dirs $$d"; done; \
	if [ -z "$$dirs" ]; then echo "no Python test directories yet"; exit 0; fi; \
	echo "==> pytest$$dirs"; \
	rc=0; $(PY) -m pytest -q $$dirs || rc=$$?; \
	if [ $$rc = 5 ]; then echo "pytest: no Python tests collected"; rc=0; fi; \
	exit $$rc

## data, notebooks, bench -------------------------------------------------------

data:
	@$(MVN) -B -q -pl datasets -am package -DskipTests
	java -jar datasets/target/etr-datasets.jar build --seeds seeds --out datasets/data

notebooks: setup
	@if [ -f notebooks/tests/run_notebooks.py ]; then \
	  $(PY) notebooks/tests/run_notebooks.py --write; \
	else echo "notebooks/tests/run_notebooks.py does not exist yet"; fi

bench: setup
	@bash scripts/bench/run_all.sh

bench-extract:
	@bash scripts/bench/run_all.sh extract

bench-scale: setup
	@bash scripts/bench/run_all.sh extract scale report

## spark -------------------------------------------------------------------------

# The Spark job in local mode with MASTER's cores, or on a cluster with its master URL (see README,
# "Running on Spark"). Spark 4 on Java 17 needs the module openings of spark/jvm.options, which
# spark-submit would add itself.
MASTER ?= local[2]
# the driver's heap, as spark-submit's --driver-memory (whose default is 1g); in local mode the executors share it
SPARK_DRIVER_MEMORY ?= 1g
spark-build:
	@if [ -z "$(SEEDS)" ] || [ -z "$(OUT)" ]; then \
	  echo "usage: make spark-build SEEDS=DIR OUT=DIR [MASTER=local[2]]" >&2; exit 2; fi
	@$(MVN) -B -q -ntp -P spark -pl spark -am package -DskipTests
	@$(if $(filter local%,$(MASTER)),SPARK_LOCAL_IP=127.0.0.1) java -Xmx$(SPARK_DRIVER_MEMORY) @spark/jvm.options -cp "spark/target/classes:$$(cat spark/target/classpath.txt)" \
	  org.etrkit.spark.SparkBuild --seeds "$(SEEDS)" --out "$(OUT)" --master "$(MASTER)"

## clean ------------------------------------------------------------------------

clean:
	@$(MVN) -B -q clean
	rm -rf node_modules $(VENV) .venv-bench
