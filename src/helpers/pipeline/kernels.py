"""Kernels the runner starts itself, before their notebook's turn.

papermill starts a kernel when a notebook begins, which costs a second or two
per notebook and takes the process's environment. Starting it here lets the
runner start it early, while the notebooks before it run, and give it its own
output folder (see ``helpers.pipeline.schedule``).
"""

from __future__ import annotations

import os
from pathlib import Path

from jupyter_client.manager import KernelManager


def start_kernel(kernel_name: str, cwd: Path, env: dict[str, str]) -> KernelManager:
    """A running kernel in ``cwd`` with ``env`` added to this process's environment."""
    manager = KernelManager(kernel_name=kernel_name)
    manager.start_kernel(cwd=str(cwd), env={**os.environ, **env})
    return manager


def stop_kernel(manager: KernelManager) -> None:
    if manager.has_kernel:
        manager.shutdown_kernel(now=True)
    manager.cleanup_resources()
