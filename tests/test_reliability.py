"""Determinism, atomic results and no network at run time, on whole runs."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from helpers.pipeline.run import execute
from tests.conftest import FRENCH_TEXT, ROOT, SHIPPED_CORPUS

pytestmark = pytest.mark.slow


def _files(folder: Path, subfolders=("data/processed", "figures", "reports")) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for sub in subfolders
        for p in sorted((folder / sub).rglob("*"))
        if p.is_file()
    }


def test_two_runs_give_byte_identical_results(tmp_path):
    first = execute(corpus=str(SHIPPED_CORPUS), out=str(tmp_path / "a"))
    second = execute(corpus=str(SHIPPED_CORPUS), out=str(tmp_path / "b"))
    # the manifest and the reports name the OUT folder each run was given: compare the rest
    a, b = (
        {k: v for k, v in _files(run).items() if not k.endswith((".json", ".ipynb"))
         and not k.startswith("reports/")}
        for run in (first, second)
    )  # fmt: skip
    assert set(a) == set(b) and len(a) > 30
    different = sorted(name for name in a if a[name] != b[name])
    assert different == []


def test_a_killed_run_leaves_the_previous_results_intact(write, tmp_path):
    write("a.txt", FRENCH_TEXT + " Amazon et TikTok négocient.")
    out = tmp_path / "out"
    execute(corpus=str(write.corpus), out=str(out))
    before = _files(out)
    write("b.txt", "Un autre article sur Amazon, Walmart et la Chine. " * 10)
    process = subprocess.Popen(
        [sys.executable, "-m", "helpers.pipeline.run",
         "--corpus", str(write.corpus), "--out", str(out)],
        cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    staged = tmp_path / ".out.staging" / "data" / "processed" / "articles.csv"
    deadline = time.monotonic() + 300
    while not staged.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGKILL)  # the runner and its kernels
    process.wait()
    assert _files(out) == before
    execute(corpus=str(write.corpus), out=str(out))  # a later run recovers
    assert "b.txt" in (out / "data/processed/run_manifest.json").read_text()


GUARD = textwrap.dedent(
    """
    # Loaded by every Python process of the run (PYTHONPATH): refuse any connection
    # that leaves this machine, and log which processes were guarded.
    import ipaddress, os, socket

    with open(os.environ["NETGUARD_LOG"], "a") as log:
        log.write(f"{os.getpid()}\\n")

    def _local(address):
        host = address[0] if isinstance(address, tuple) else address
        if host in ("localhost", "", None) or isinstance(host, bytes):
            return True
        try:
            return ipaddress.ip_address(host.split("%")[0]).is_loopback
        except ValueError:
            return False

    _connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address):
            raise OSError(f"network access refused by the test: {address}")
        return _connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address):
            raise OSError(f"network access refused by the test: {address}")
        return _connect_ex(self, address)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    """
)


def test_the_pipeline_needs_no_network(write, tmp_path):
    write("a.txt", FRENCH_TEXT + " Amazon et TikTok négocient avec Walmart.")
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "guarded.log"
    env = {**os.environ, "PYTHONPATH": f"{guard}{os.pathsep}{os.environ.get('PYTHONPATH', '')}",
           "NETGUARD_LOG": str(log)}  # fmt: skip
    blocked = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('192.0.2.1', 80), 2)"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert "network access refused by the test" in blocked.stderr
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, "-m", "helpers.pipeline.run",
         "--corpus", str(write.corpus), "--out", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert (out / "data/processed/synthesis.csv").is_file()
    processes = set(log.read_text().split())
    assert len(processes) >= 6  # the blocked probe, the runner and one kernel per notebook
