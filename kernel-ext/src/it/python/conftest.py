"""Fixtures for the kernel integration tests: one `etr-java` kernel for the whole session.

    def test_something(kernel, run):
        reply, outputs = run(kernel, "1 + 1")

`kernel` is a started, ready jupyter_client BlockingKernelClient; `kernel_manager` is its
KernelManager (for interrupts and restarts); `run` is the `run` helper below; `shown_error` turns an
error into the text JupyterLab shows for it.
The kernelspec must be installed in this interpreter's prefix (`make setup`).
"""
import os
import re

import pytest
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_client.manager import KernelManager

KERNEL_NAME = os.environ.get("ETR_KERNEL_NAME", "etr-java")
STARTUP_TIMEOUT = 120
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(kc, code, timeout=120, **execute_kwargs):
    """Execute `code` and wait for its reply (jupyter_client's execute_interactive).

    Returns (reply_content, outputs): the execute_reply's content, and the iopub messages of this
    request as (msg_type, content) pairs in order (stream, display_data, execute_result, error, ...;
    status and execute_input left out).
    """
    outputs = []

    def hook(msg):
        if msg["msg_type"] not in ("status", "execute_input"):
            outputs.append((msg["msg_type"], msg["content"]))

    execute_kwargs.setdefault("allow_stdin", False)
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=hook, **execute_kwargs)
    return reply["content"], outputs


def shown_error(content):
    """The text JupyterLab shows for an `error` output: its traceback lines joined, without colours,
    or `ename: evalue` when there is no traceback (@jupyterlab/rendermime OutputModel)."""
    traceback = "\n".join(content["traceback"])
    return ANSI.sub("", traceback) if traceback else f"{content['ename']}: {content['evalue']}"


@pytest.fixture(scope="session")
def kernel_manager():
    try:
        KernelSpecManager().get_kernel_spec(KERNEL_NAME)
    except NoSuchKernel:
        pytest.fail(f"kernelspec {KERNEL_NAME!r} is not installed for this Python; run `make setup`")
    km = KernelManager(kernel_name=KERNEL_NAME)
    km.start_kernel()
    try:
        yield km
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=False)


@pytest.fixture(scope="session")
def kernel(kernel_manager):
    kc = kernel_manager.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=STARTUP_TIMEOUT)
        yield kc
    finally:
        kc.stop_channels()


@pytest.fixture(name="run", scope="session")
def run_fixture():
    return run
