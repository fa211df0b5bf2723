"""Giving freed memory back to the system between the steps of a large stage.

glibc keeps the heap that millions of small freed objects (span candidates, row
dicts) leave behind, so a kernel keeps the footprint of its largest step for the
rest of the notebook. ``malloc_trim`` returns it: at 20,000 articles, 0.28 GiB
after the entity rules. Elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import cache


@cache
def _libc():
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_freed_memory() -> None:
    """Collect garbage and hand the freed heap back to the operating system."""
    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
