"""Sentences from numbers: the small grammar every stage's readings share.

Readings state only what a table supports, with the caution its numbers allow;
these helpers keep that caution worded the same way in every notebook.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

SMALL_COUNT = 5  # below this many observations a comparison is anecdotal


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``3 articles``, ``1 article``; thousands separated by a thin comma."""
    word = singular if n == 1 else (plural_form or singular + "s")
    return f"{n:,} {word}"


def join(items: Iterable[str], conjunction: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def name(text: str) -> str:
    """An entity or article name as Markdown shows it: bold, HTML-escaped."""
    return f"**{escape(str(text))}**"


def names(items: Sequence[str], limit: int = 5) -> str:
    """Up to ``limit`` bold names, then how many more."""
    shown = [name(i) for i in items[:limit]]
    rest = len(items) - len(shown)
    return join(shown + ([f"{rest} more"] if rest > 0 else []))


def share(part: float, whole: float) -> str:
    if not whole:
        return "0 %"
    percent = 100 * part / whole
    return "under 1 %" if 0 < percent < 0.5 else f"{percent:.0f} %"


def caution(n: int, unit: str = "observations") -> str:
    """A clause for small counts, or nothing when there is enough to compare."""
    if n < SMALL_COUNT:
        return f" With only {plural(n, unit[:-1] if unit.endswith('s') else unit, unit)}, read this as an example, not a pattern."
    return ""


def bullet_list(lines: Iterable[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def verb(n: int, singular: str, plural_form: str) -> str:
    """The verb agreeing with a count: ``verb(1, 'says', 'say')``."""
    return singular if n == 1 else plural_form
