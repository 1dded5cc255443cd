"""Fixtures for the kernel integration tests: one `etr-java` kernel for the whole session.

    def test_something(kernel, run):
        reply, outputs = run(kernel, "1 + 1")

`kernel` is a started, ready jupyter_client BlockingKernelClient; `kernel_manager` is its
KernelManager (for interrupts and restarts); `run` is the `run` helper below.
The kernelspec must be installed in this interpreter's prefix (`make setup`).
"""
import os
import queue
import time

import pytest
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from jupyter_client.manager import KernelManager

KERNEL_NAME = os.environ.get("ETR_KERNEL_NAME", "etr-java")
STARTUP_TIMEOUT = 120


def run(kc, code, timeout=120, **execute_kwargs):
    """Execute `code` and wait until the kernel is idle again.

    Returns (reply_content, outputs): the execute_reply's content, and the iopub messages of this
    request as (msg_type, content) pairs in order (stream, display_data, execute_result, error, ...;
    status and execute_input left out). Messages of other requests are skipped by parent msg_id.
    """
    execute_kwargs.setdefault("allow_stdin", False)
    msg_id = kc.execute(code, **execute_kwargs)
    deadline = time.monotonic() + timeout
    outputs = []
    while True:
        remaining = deadline - time.monotonic()
        try:
            msg = kc.get_iopub_msg(timeout=max(0.1, remaining))
        except queue.Empty:
            raise TimeoutError(f"kernel not idle after {timeout}s running {code!r}") from None
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        msg_type, content = msg["msg_type"], msg["content"]
        if msg_type == "status":
            if content["execution_state"] == "idle":
                break
            continue
        if msg_type == "execute_input":
            continue
        outputs.append((msg_type, content))
    while True:
        remaining = deadline - time.monotonic()
        try:
            reply = kc.get_shell_msg(timeout=max(0.1, remaining))
        except queue.Empty:
            raise TimeoutError(f"no execute_reply after {timeout}s for {code!r}") from None
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply["content"], outputs


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
