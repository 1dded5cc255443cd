"""The real thing in a real browser: JupyterLab from the venv, Debian's Chromium driven by
playwright-core, the start-here notebook run from a clean slate.

JupyterLab serves a copy of notebooks/ (so autosave cannot touch the committed notebooks), on a free
port of 127.0.0.1 with a fresh token. The screenshot goes to target/browser/.
"""
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = "00-start-here.ipynb"
SCREENSHOT = ROOT / "target" / "browser" / "00-start-here.png"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def jupyterlab(tmp_path):
    if not Path("/usr/bin/chromium").exists():
        pytest.fail("Debian's chromium is missing: run `make setup`")
    if not (ROOT / "node_modules" / "playwright-core").exists():
        pytest.fail("playwright-core is missing: run `make setup`")
    served = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", served, ignore=shutil.ignore_patterns("exports", "tests", ".ipynb_checkpoints"))
    port, token = free_port(), secrets.token_hex(24)
    settings = tmp_path / "lab-settings"
    (settings / "@jupyterlab" / "apputils-extension").mkdir(parents=True)
    # no "would you like news?" toast over the screenshot
    (settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false", "checkForUpdates": false}', encoding="utf-8")
    env = dict(os.environ, JUPYTER_TOKEN=token, JUPYTER_CONFIG_DIR=str(tmp_path / "config"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"), JUPYTERLAB_SETTINGS_DIR=str(settings),
               JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "workspaces"))
    cmd = [str(Path(sys.prefix) / "bin" / "jupyter"), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
           f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--ServerApp.root_dir={served}"]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    log = open(tmp_path / "jupyterlab.log", "w")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("JupyterLab did not start:\n" + (tmp_path / "jupyterlab.log").read_text())
            time.sleep(0.5)
    try:
        yield base, token
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_start_here_runs_in_jupyterlab_and_shows_a_table_and_a_chart(jupyterlab):
    base, token = jupyterlab
    # the server refuses requests without the token
    with pytest.raises(urllib.error.HTTPError) as denied:
        urllib.request.urlopen(f"{base}/api/contents", timeout=5)
    assert denied.value.code == 403
    run = subprocess.run(["node", str(ROOT / "notebooks" / "tests" / "browser_test.mjs"), "--base", base,
                          "--token", token, "--notebook", NOTEBOOK, "--screenshot", str(SCREENSHOT)],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    print(run.stdout)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "a rendered table is visible" in run.stdout and "a chart image is visible" in run.stdout
    assert SCREENSHOT.stat().st_size > 10_000
