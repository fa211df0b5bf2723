"""Kernels the runner starts itself, before their notebook's turn.

papermill starts a kernel when a notebook begins, which costs a second or two
per notebook and takes the process's environment. Starting it here lets the
runner start it early, while the notebooks before it run, give it its own
output folder (see ``helpers.pipeline.schedule``), and have it import, unseen,
the modules its notebook's first cell imports: importing spaCy alone takes
seconds, which then overlap with the notebook before. A silent request leaves no
trace in the executed notebook (no output, no execution count).
"""

from __future__ import annotations

import ast
import os
import threading
from pathlib import Path

from jupyter_client.manager import KernelManager

from helpers.pipeline.ipynb import read_cells

READY_TIMEOUT = 120  # seconds for a kernel to answer


class Kernel:
    """A started kernel and the import warm-up running in it."""

    def __init__(self, kernel_name: str, cwd: Path, env: dict[str, str], notebook: Path):
        self.manager = KernelManager(kernel_name=kernel_name)
        self.manager.start_kernel(cwd=str(cwd), env={**os.environ, **env})
        self._warming = threading.Thread(target=self._warm, args=(imports_of(notebook),))
        self._warming.start()

    def _warm(self, code: str) -> None:
        if not code:
            return
        client = self.manager.client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=READY_TIMEOUT)
            sent = client.execute(code, silent=True, store_history=False)
            while True:  # the reply to our request; others do not come to this client
                reply = client.get_shell_msg(timeout=READY_TIMEOUT)
                if reply["parent_header"].get("msg_id") == sent:
                    break
        except Exception:  # noqa: BLE001  the notebook imports them anyway, and reports errors
            pass
        finally:
            client.stop_channels()

    def ready(self) -> KernelManager:
        """The kernel manager, once the warm-up is over."""
        self._warming.join()
        return self.manager

    def stop(self) -> None:
        self._warming.join()
        if self.manager.has_kernel:
            self.manager.shutdown_kernel(now=True)
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
