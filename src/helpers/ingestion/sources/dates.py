"""Publication dates and language names as press databases write them.

Month names come from Unicode CLDR through babel, for the interface languages the
databases use here (French and English), so no list is typed by hand. A date is
matched as day, month and year together: a header such as « Mars, mardi 4 juin
2019 870 mots, p. 7 » holds a section, a weekday, page numbers and times around
it, and the first weekday or month word is not the date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache

DATE_LANGUAGES = ("fr", "en")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


@cache
def _months() -> dict[str, int]:
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for language in DATE_LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=language).items():
                    names[_fold(name).rstrip(".")] = number
    return names


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    month = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    return (
        re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
        # 4 juin 2019, 1er juin 2019, 15 March 2022, 4 juin. 2019
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:er)?\.?\s+(?P<month>{month})\.?,?\s+(?P<year>\d{{4}})\b"
        ),
        # July 1, 2019
        re.compile(rf"\b(?P<month>{month})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b"),
    )


def parse_date(text: str) -> str:
    """The first real calendar date in ``text`` as ISO ``YYYY-MM-DD``, or ``""``."""
    folded = _fold(text.replace("\xa0", " "))
    found: list[tuple[int, str]] = []
    for pattern in _patterns():
        for match in pattern.finditer(folded):
            month = match.group("month")
            number = int(month) if month.isdigit() else _months().get(month.rstrip("."))
            try:
                date = dt.date(int(match.group("year")), number or 0, int(match.group("day")))
            except ValueError:
                continue
            found.append((match.start(), date.isoformat()))
            break
    return min(found)[1] if found else ""


def date_span(text: str) -> tuple[int, int] | None:
    """Where the date that :func:`parse_date` reads starts and ends in ``text``."""
    folded = _fold(text.replace("\xa0", " "))
    if len(folded) != len(text):  # folding changed lengths: no reliable span
        return None
    spans = [m.span() for p in _patterns() if (m := p.search(folded))]
    return min(spans) if spans else None


@cache
def _language_codes() -> dict[str, str]:
    from babel import Locale

    codes: dict[str, str] = {}
    for interface in DATE_LANGUAGES:
        for code, name in Locale(interface).languages.items():
            if "_" not in code:
                codes.setdefault(_fold(name), code)
    return codes


def language_code(name: str) -> str:
    """ISO 639-1 code of a language name as a database writes it (« Français »,
    « French », « ENGLISH », « fr »), or ``""`` when it is not known."""
    folded = _fold(name).strip()
    if re.fullmatch(r"[a-z]{2}", folded):
        return folded
    return _language_codes().get(folded, "")


@cache
def _weekdays() -> re.Pattern[str]:
    from babel.dates import get_day_names

    names = {
        _fold(name)
        for language in DATE_LANGUAGES
        for width in ("wide", "abbreviated")
        for name in get_day_names(width, locale=language).values()
    }
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?:\b(?:{alternatives})\.?)\s*,?\s*$", re.I)


def text_before_date(text: str) -> str:
    """What a header line holds before its date, its weekday left out: the section in
    « Économie, mardi 4 juin 2019 870 mots », « » when the line opens on the date."""
    span = date_span(text)
    if span is None:
        return ""
    before = text[: span[0]]
    folded = _fold(before)
    if len(folded) == len(before) and (weekday := _weekdays().search(folded)):
        before = before[: weekday.start()]
    return before.strip(" ,;|-–_\t")
