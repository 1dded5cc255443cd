#!/usr/bin/env python3
"""Install the `etr-java` Jupyter kernelspec into this interpreter's prefix (the project's .venv).

Run it with the venv's python, after `pip install -r requirements.txt` and `mvn package`:

    .venv/bin/python kernel-ext/kernelspec/install_kernelspec.py [EXT_JAR] [--name N] [--display-name D] [--data DIR]

The kernel is JJava (PyPI package `jjava`, whose wheel puts jjava.jar under
<prefix>/share/jupyter/kernels/java/), started in a single JVM, with the ETR kernel extension jar
on its class path through JJAVA_CLASSPATH. jjava.jar is copied into the new kernelspec; the
extension jar is referenced by absolute path (jupyter_client does not expand {resource_dir} in
`env`), so rebuilding it with Maven updates the kernel without reinstalling. ETR_DATA names the data
package folder the kernel reads (the project's datasets/data by default), so a package rebuilt with
`make data` or `etr-datasets build --out datasets/data` is what the next kernel shows, with no Maven
build; `--data ""` leaves it unset and the kernel reads the copy shipped in the jar. Running this
again replaces the kernelspec: it is idempotent.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NoReturn

REPO_ROOT = Path(__file__).resolve().parents[2]
ARCHIVE = "etr-java.jsa"
# The JIT's quick tier only: a notebook kernel spends its start and most of its cells compiling
# snippets (javac, JShell), which this makes about a second faster; long number crunching in a cell
# runs slower than with the full JIT. Reinstall with --jvm-option to change it.
DEFAULT_JVM_OPTIONS = ["-XX:TieredStopAtLevel=1"]
JVM_OPTIONS: list = []
# What a first session does, so the archive holds those classes.
TRAINING = [
    "Etr.roster()",
    'var c = new CategoryChartBuilder().title("t").build(); c.addSeries("s", List.of("a"), List.of(1)); c',
    "%datasets",
]
DEFAULT_EXT_JAR = REPO_ROOT / "kernel-ext" / "target" / "etr-kernel-ext.jar"
DEFAULT_DATA = REPO_ROOT / "datasets" / "data"


def fail(message: str) -> NoReturn:
    print(f"install_kernelspec: {message}", file=sys.stderr)
    sys.exit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description="Install the etr-java kernelspec into sys.prefix.")
    parser.add_argument("ext_jar", nargs="?", default=str(DEFAULT_EXT_JAR),
                        help=f"the kernel extension jar (default: {DEFAULT_EXT_JAR})")
    parser.add_argument("--name", default="etr-java", help="kernelspec name (default: etr-java)")
    parser.add_argument("--display-name", default="Java (ETR datasets)",
                        help="name shown in JupyterLab (default: Java (ETR datasets))")
    parser.add_argument("--jvm-option", action="append", dest="jvm_options", default=None,
                        help="a JVM option for the kernel, repeatable (default: -XX:TieredStopAtLevel=1); "
                             "--jvm-option= gives none")
    parser.add_argument("--data", default=str(DEFAULT_DATA),
                        help=f"the data package folder the kernel reads, as ETR_DATA (default: {DEFAULT_DATA}); "
                             "--data= reads the copy shipped in the extension jar")
    parser.add_argument("--no-cds", action="store_true",
                        help="do not train a class-data-sharing archive for faster starts")
    args = parser.parse_args()
    JVM_OPTIONS[:] = [o for o in (args.jvm_options if args.jvm_options is not None else DEFAULT_JVM_OPTIONS) if o]

    ext_jar = Path(args.ext_jar).expanduser().resolve()
    if not ext_jar.is_file():
        fail(f"extension jar not found: {ext_jar}\n"
             "  build it first (`mvn -B package -DskipTests`, or `make setup`), or pass its path.")

    jjava_jar = Path(sys.prefix) / "share" / "jupyter" / "kernels" / "java" / "jjava.jar"
    if not jjava_jar.is_file():
        fail(f"jjava.jar not found: {jjava_jar}\n"
             f"  install the requirements into this interpreter ({sys.executable}):\n"
             "  pip install -r requirements.txt (it pins jjava), and run this script with that python.")

    try:
        from jupyter_client.kernelspec import KernelSpecManager
    except ImportError:
        fail(f"jupyter_client is not installed for {sys.executable}; pip install -r requirements.txt")

    if sys.prefix == sys.base_prefix:
        print(f"install_kernelspec: warning: not in a virtual environment; installing into {sys.prefix}",
              file=sys.stderr)

    env = {"JJAVA_CLASSPATH": str(ext_jar)}
    if args.data:
        data = Path(args.data).expanduser().resolve()
        if not (data / "datapackage.json").is_file():
            fail(f"no datapackage.json in {data}\n"
                 "  build the package first (`make data`), or pass --data= to use the copy in the jar.")
        env["ETR_DATA"] = str(data)

    spec = {
        "argv": ["java", "-Djava.awt.headless=true", *JVM_OPTIONS,
                 "--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED",
                 "-jar", "{resource_dir}/jjava.jar", "{connection_file}"],
        "display_name": args.display_name,
        "language": "java",
        "interrupt_mode": "message",
        "env": env,
        "metadata": {},
    }

    ksm = KernelSpecManager()
    with tempfile.TemporaryDirectory() as tmp:
        spec_dir = Path(tmp) / args.name
        spec_dir.mkdir()
        shutil.copy2(jjava_jar, spec_dir / "jjava.jar")
        (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
        # replaces an existing kernelspec of the same name in this prefix
        dest = ksm.install_kernel_spec(str(spec_dir), kernel_name=args.name, prefix=sys.prefix)

    # a kernelspec of the same name in a user or system location would win over ours
    found = KernelSpecManager().get_kernel_spec(args.name).resource_dir
    if os.path.realpath(found) != os.path.realpath(dest):
        print(f"install_kernelspec: warning: another '{args.name}' kernelspec takes precedence: {found}\n"
              f"  remove it (jupyter kernelspec remove {args.name}) to use {dest}", file=sys.stderr)

    settings = ", ".join(f"{k}={v}" for k, v in env.items())
    if args.no_cds:
        print(f"kernelspec {args.name} -> {dest} ({settings})")
        return
    archived = train_class_archive(args.name, Path(dest))
    print(f"kernelspec {args.name} -> {dest} ({settings}"
          + (", class-data archive" if archived else ", no class-data archive") + ")")


def train_class_archive(name: str, dest: Path) -> bool:
    """Runs the new kernel once with -XX:ArchiveClassesAtExit, then makes kernel.json use the archive.

    A dynamic class-data-sharing archive of the classes a session loads (the kernel's, JShell's and
    javac's) lets later starts map them instead of loading and verifying them again. If the JDK or
    jjava.jar changes the JVM ignores the archive, so a stale one costs nothing but its benefit.
    Failing to make one leaves a working kernelspec without it.
    """
    from jupyter_client.manager import KernelManager

    archive = dest / ARCHIVE
    archive.unlink(missing_ok=True)
    km = KernelManager(kernel_name=name)
    km.kernel_spec.argv.insert(1, f"-XX:ArchiveClassesAtExit={archive}")
    try:
        km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=120)
            for code in TRAINING:
                kc.execute_interactive(code, timeout=120, output_hook=lambda msg: None)
        finally:
            kc.stop_channels()
        # the JVM writes the archive as it exits: give it time on a busy machine before jupyter_client
        # kills it (its default wait is 5 s)
        km.shutdown_wait_time = 120
        km.shutdown_kernel(now=False)
    except Exception as e:  # noqa: BLE001 - any failure only means no archive
        print(f"install_kernelspec: warning: no class-data archive ({e})", file=sys.stderr)
        if km.has_kernel:
            km.shutdown_kernel(now=True)
        return False
    for _ in range(100):
        if archive.is_file() and archive.stat().st_size > 0:
            break
        time.sleep(0.1)
    if not archive.is_file():
        print("install_kernelspec: warning: the kernel wrote no class-data archive", file=sys.stderr)
        return False
    kernel_json = dest / "kernel.json"
    spec = json.loads(kernel_json.read_text(encoding="utf-8"))
    spec["argv"].insert(1, "-XX:SharedArchiveFile={resource_dir}/" + ARCHIVE)
    kernel_json.write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    return True


if __name__ == "__main__":
    main()
