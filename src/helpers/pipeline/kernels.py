"""Kernels the runner starts itself, before their notebook's turn.

papermill starts a kernel when a notebook begins, which costs a second or two
per notebook and takes the process's environment. Starting it here lets the
runner start it early, while the notebooks before it run, give it its own
output folder (see ``helpers.pipeline.schedule``), and have it import, unseen,
the modules its notebook's first cell imports: importing spaCy alone takes
seconds, which then overlap with the notebook before. A silent request leaves no
trace in the executed notebook (no output, no execution count).

The kernel hands papermill an asynchronous client, as a kernel papermill starts
would: with a blocking one, a kernel that dies mid-cell (out of memory) would
leave the run waiting forever instead of failing.
"""

from __future__ import annotations

import ast
import os
import threading
from pathlib import Path

from jupyter_client.blocking import BlockingKernelClient
from jupyter_client.manager import KernelManager

from helpers.pipeline.ipynb import read_cells

# as nbclient starts its kernels: no shared history database between kernels
KERNEL_ARGUMENTS = ["--HistoryManager.hist_file=:memory:"]
POLL_SECONDS = 1.0


class _Manager(KernelManager):
    """A kernel manager that remembers the clients it gave out, to close them."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.given: list = []

    def client(self, **kwargs):
        client = super().client(**kwargs)
        self.given.append(client)
        return client


class Kernel:
    """A started kernel and the import warm-up running in it."""

    def __init__(self, kernel_name: str, cwd: Path, env: dict[str, str], notebook: Path):
        code = imports_of(notebook)
        self.manager = _Manager(
            kernel_name=kernel_name, client_class="jupyter_client.asynchronous.AsyncKernelClient"
        )
        self.manager.start_kernel(
            cwd=str(cwd), env={**os.environ, **env}, extra_arguments=KERNEL_ARGUMENTS
        )
        self._stopping = threading.Lock()
        self._stopped = False
        self._warming = threading.Thread(target=self._warm, args=(code,), daemon=True)
        self._warming.start()

    def _warm(self, code: str) -> None:
        if not code:
            return
        info = {**self.manager.get_connection_info(session=True), "parent": self.manager}
        client = BlockingKernelClient(**info)
        client.start_channels()
        try:
            sent = client.execute(code, silent=True, store_history=False, allow_stdin=False)
            while self.manager.is_alive():  # as long as the imports take; the notebook waits
                try:
                    reply = client.get_shell_msg(timeout=POLL_SECONDS)
                except Exception:  # noqa: BLE001  (queue.Empty: still importing)
                    continue
                if reply["parent_header"].get("msg_id") == sent:
                    return
        except Exception:  # noqa: BLE001  the notebook imports them anyway and reports errors
            return
        finally:
            client.stop_channels()

    def ready(self) -> KernelManager:
        """The kernel manager, once the warm-up is over."""
        self._warming.join()
        return self.manager

    def stop(self) -> None:
        """Shut the kernel down (also when a notebook still runs in it) and close clients;
        the runner and the notebook's thread may both ask."""
        with self._stopping:
            if self._stopped:
                return
            self._stopped = True
        try:
            if self.manager.has_kernel:
                self.manager.shutdown_kernel(now=True)
        finally:
            self._warming.join(timeout=10)
            for client in self.manager.given:
                client.stop_channels()
            self.manager.cleanup_resources()


def imports_of(notebook: Path) -> str:
    """The import statements of the notebook's first code cell, magics left out."""
    cells = [c for c in read_cells(notebook) if c.cell_type == "code"]
    if not cells:
        return ""
    source = "\n".join(
        line for line in cells[0].source.splitlines() if not line.lstrip().startswith(("%", "!"))
    )
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return ""
    imports = [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    return "\n".join(ast.unparse(node) for node in imports)
