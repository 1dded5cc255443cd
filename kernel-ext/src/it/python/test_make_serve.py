"""`make lab`'s server (`make serve`, what `make lab` runs after the set-up): the URL printed once when
the server listens, the kernels offered, no terminals."""
import json
import os
import queue
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]
TOKEN = "etr-test-" + os.urandom(8).hex()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def listening(port):
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def lab():
    port = free_port()
    env = {**os.environ, "JUPYTER_TOKEN": TOKEN}
    proc = subprocess.Popen(["make", "-s", "--no-print-directory", "serve", f"PORT={port}"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    lines = queue.Queue()
    seen = []

    def read():
        for line in proc.stdout:
            lines.put((time.monotonic(), line))

    threading.Thread(target=read, daemon=True).start()
    url = f"http://127.0.0.1:{port}/lab?token={TOKEN}"
    deadline = time.monotonic() + 120
    listening_when_printed = None
    while time.monotonic() < deadline:
        try:
            _, line = lines.get(timeout=1)
        except queue.Empty:
            assert proc.poll() is None, "".join(seen)
            continue
        seen.append(line)
        if url in line:
            listening_when_printed = listening(port)
            break
    else:
        os.killpg(proc.pid, signal.SIGTERM)
        pytest.fail("no URL in two minutes:\n" + "".join(seen))
    try:
        time.sleep(3)
        while not lines.empty():
            seen.append(lines.get()[1])
        yield {"port": port, "url": url, "output": "".join(seen), "listening_when_printed": listening_when_printed}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def api(lab, path):
    req = urllib.request.Request(f"http://127.0.0.1:{lab['port']}{path}", headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read().decode("utf-8"))


def test_the_url_is_printed_once_when_the_server_listens(lab):
    assert lab["listening_when_printed"], "the server did not accept connections when its URL was printed"
    assert lab["output"].count(TOKEN) == 1, lab["output"]
    assert lab["output"].count(lab["url"]) == 1


def test_the_launcher_offers_the_etr_kernel_by_default_and_python(lab):
    specs = api(lab, "/api/kernelspecs")
    assert specs["default"] == "etr-java"
    assert set(specs["kernelspecs"]) == {"etr-java", "python3"}


def test_terminals_are_off(lab):
    with pytest.raises(urllib.error.HTTPError) as e:
        api(lab, "/api/terminals")
    assert e.value.code == 404


def test_the_api_refuses_without_the_token(lab):
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(f"http://127.0.0.1:{lab['port']}/api/kernelspecs", timeout=30)
    assert e.value.code == 403


def test_an_unlisted_kernel_still_starts_through_the_api_with_the_token(lab):
    """The decision the README documents (`make lab`): hiding JJava's own `java` kernel from the launcher is
    not a security boundary; with the token the REST API still starts it. The token and 127.0.0.1 are."""
    base = f"http://127.0.0.1:{lab['port']}/api/kernels"
    headers = {"Authorization": f"token {TOKEN}", "Content-Type": "application/json"}
    req = urllib.request.Request(base, data=json.dumps({"name": "java"}).encode(), headers=headers, method="POST")
    with urllib.request.urlopen(req, timeout=120) as r:
        kernel = json.loads(r.read().decode("utf-8"))
    try:
        assert kernel["name"] == "java"
    finally:
        urllib.request.urlopen(urllib.request.Request(f"{base}/{kernel['id']}", headers=headers, method="DELETE"),
                               timeout=60).close()
    anonymous = urllib.request.Request(base, data=json.dumps({"name": "java"}).encode(),
                                       headers={"Content-Type": "application/json"}, method="POST")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(anonymous, timeout=30)
    assert e.value.code == 403
