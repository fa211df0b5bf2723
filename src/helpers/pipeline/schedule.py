"""Which notebooks may run side by side, and the room each one writes into.

A stage depends on an earlier one when it reads a table that one writes (the
declarations say so). Stages are grouped into **waves**: every stage of a wave
depends only on earlier waves, so the notebooks of a wave can execute at the
same time, e.g. the network and the narratives, which both read the entity
tables and nothing of each other.

Two notebooks writing into one staging folder at once could not say which file
is whose, and the cache needs that. So each notebook writes into its own room: a
folder holding hard links to the tables already staged, which the notebook
reads; what it adds or changes there is its output and is moved into staging
when it ends. Each kernel is started by the runner, with the room as its output
root; starting it early (while the wave before runs) hides its start-up time.

Side by side, two notebooks hold their tables in memory at once. On a large
corpus that doubles the peak (3.7 GiB against under 2 GiB at 20,000 articles), so
a wave whose inputs weigh more than ``SIDE_BY_SIDE_BELOW`` runs one notebook at a
time, and no kernel is started ahead of it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from helpers.core.schemas import TABLES
from helpers.core.stage import Stage

ROOMS = ".rooms"


SIDE_BY_SIDE_BELOW = 50 * 2**20  # bytes of a wave's input files (about 5,000 articles)


def input_bytes(stages: list[Stage], staging: Path, corpus: Path) -> int:
    """Bytes of the files a group of stages reads: the corpus and the staged tables."""
    files = {staging / "data" / "processed" / TABLES[name].file
             for stage in stages for name in stage.reads}  # fmt: skip
    if any(stage.reads_corpus for stage in stages):
        files |= {corpus} if corpus.is_file() else set(corpus.rglob("*"))
    return sum(path.stat().st_size for path in files if path.is_file())


def waves(stages: list[Stage]) -> list[list[int]]:
    """Indices of ``stages`` grouped so that each depends only on earlier groups."""
    level: list[int] = []
    for i, stage in enumerate(stages):
        needed = [level[j] + 1 for j in range(i) if set(stage.reads) & set(stages[j].writes)]
        level.append(max(needed, default=0))
    return [[i for i, lv in enumerate(level) if lv == wave] for wave in range(max(level) + 1)]


def open_room(staging: Path, name: str) -> tuple[Path, dict[str, tuple[int, int]]]:
    """A folder that sees the staged data (hard links) and keeps its own writes apart.

    Returns the room and the size and modification time of each file linked in,
    by which ``close_room`` tells them from the notebook's writes.
    """
    room = staging / ROOMS / name
    shutil.rmtree(room, ignore_errors=True)
    room.mkdir(parents=True)
    linked = {}
    for path in sorted((staging / "data").rglob("*")):
        if path.is_file():
            relative = path.relative_to(staging)
            copy = room / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(path, copy)
            except OSError:  # a file system without hard links
                shutil.copy2(path, copy)
            linked[relative.as_posix()] = _signature(copy)
    return room, linked


def close_room(room: Path, linked: dict[str, tuple[int, int]], staging: Path) -> list[str]:
    """Move what the notebook wrote into staging; returns the relative paths moved."""
    moved = []
    for path in sorted(room.rglob("*")):
        relative = path.relative_to(room).as_posix()
        if not path.is_file() or linked.get(relative) == _signature(path):
            continue
        destination = staging / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, destination)
        moved.append(relative)
    shutil.rmtree(room, ignore_errors=True)
    return moved


def _signature(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_size, status.st_mtime_ns
