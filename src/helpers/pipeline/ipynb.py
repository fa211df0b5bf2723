"""A notebook's cells read as plain JSON.

Importing nbformat costs about a second (its schema validator), which a rerun that
reuses every stage would pay only to read the sources it hashes; nbformat stays
for writing notebooks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Cell:
    cell_type: str
    source: str
    tags: tuple[str, ...]


def read_cells(path: Path) -> list[Cell]:
    notebook = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        Cell(
            cell["cell_type"],
            "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"],
            tuple(cell.get("metadata", {}).get("tags", [])),
        )
        for cell in notebook["cells"]
    ]
