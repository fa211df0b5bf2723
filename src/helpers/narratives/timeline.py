"""Dates and periods the articles mention, resolved against their publication date.

Candidate expressions are found with patterns for French dates (« le 15 janvier »,
« en avril dernier », « fin décembre de l’année dernière », « en juin 2022 »,
« l’année dernière ») and day dates are parsed with dateparser. An expression
without a year is resolved against the article's ``published`` date — never
against today — to the nearest such date, unless « dernier », « prochain » or
« de l’année dernière » says which; without a published date it is kept but left
unresolved.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

import dateparser
import pandas as pd

from helpers.core.records import records
from helpers.core.schemas import columns

TIMELINE_COLUMNS = columns("timeline")
_MONTH_NAMES = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_MONTH = "(?P<month>" + "|".join(MONTHS) + r")\b"
_PATTERNS = [
    re.compile(
        rf"\b(?:le\s+)?(?P<day>\d{{1,2}})(?:er)?\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d\d))?"
        r"(?:\s+(?P<rel>dernier|prochain))?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:(?P<monthpart>fin|début|mi-|courant)\s*)?(?:en\s+|depuis\s+|dès\s+)?{_MONTH}"
        r"(?:\s+(?P<year>(?:19|20)\d\d))?(?:\s+(?P<rel>dernier|prochain))?"
        r"(?P<lastyear>\s+de\s+l[’']année\s+dernière)?",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<yearpart>en|depuis|dès|début|fin|d[’']ici|l[’']année|l[’']an)\s+"
        r"(?P<year>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<relative>l[’']année dernière|l[’']an dernier|cette année|l[’']année prochaine|"
        r"le mois dernier|la semaine dernière|la semaine prochaine)\b",
        re.IGNORECASE,
    ),
]

# Every pattern above needs a digit, a month name or one of these words: a sentence
# without any is skipped in one search instead of four.
# Searched in the lowercased sentence: IGNORECASE made this search four times slower.
_MAYBE_DATE = re.compile(
    r"\d|" + "|".join(m.lower() for m in MONTHS) + r"|année|\ban\b|semaine|mois"
)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _nearest_year(month: int, day: int, anchor: date) -> int:
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    return min(years, key=lambda y: (abs((date(y, month, min(day, 28)) - anchor).days), -y))


def _relative(text: str, anchor: date) -> tuple[date, date]:
    text = text.lower().replace("'", "’")
    if "mois" in text:
        previous = anchor.replace(day=1) - timedelta(days=1)
        return _month_range(previous.year, previous.month)
    if "semaine" in text:
        monday = anchor - timedelta(days=anchor.weekday())
        start = monday + timedelta(days=-7 if "dernière" in text else 7)
        return start, start + timedelta(days=6)
    shift = -1 if "dernier" in text or "dernière" in text else 1 if "prochaine" in text else 0
    return date(anchor.year + shift, 1, 1), date(anchor.year + shift, 12, 31)


def resolve(match: re.Match, anchor: date | None) -> tuple[date | None, date | None]:
    """The first and last day an expression refers to, or (None, None)."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    if "relative" in groups:
        return _relative(groups["relative"], anchor) if anchor else (None, None)
    if "month" not in groups:
        year = int(groups["year"])
        part = groups.get("yearpart", "").lower()
        if part == "début":  # « début 2025 »: the first months, not the whole year
            return date(year, 1, 1), date(year, 4, 30)
        if part == "fin":
            return date(year, 9, 1), date(year, 12, 31)
        return date(year, 1, 1), date(year, 12, 31)
    month = MONTHS[groups["month"].lower()]
    day = int(groups.get("day", 1))
    relation = groups.get("rel", "").lower()
    if "year" in groups:
        year = int(groups["year"])
    elif anchor is None:
        return None, None
    elif "lastyear" in groups:
        year = anchor.year - 1
    elif relation == "dernier":
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif relation == "prochain":
        year = anchor.year if month > anchor.month else anchor.year + 1
    else:
        year = _nearest_year(month, day, anchor)
    if "day" in groups:
        parsed = dateparser.parse(f"{day} {groups['month']} {year}", languages=["fr"])
        return (parsed.date(), parsed.date()) if parsed else (None, None)
    first, last = _month_range(year, month)
    part = groups.get("monthpart", "").lower()
    if part == "début":  # « début mars »: its first ten days
        return first, first.replace(day=10)
    if part == "mi-":
        return first.replace(day=11), first.replace(day=20)
    if part == "fin":
        return first.replace(day=21), last
    return first, last


def _anchor(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def extract_dates(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every date expression with its resolved span and sentence (TIMELINE_COLUMNS,
    plus ``sentence_id`` for tracing)."""
    anchors = {row.article_id: _anchor(row.published) for row in articles.itertuples()}
    rows = []
    for sent in records(sentences):
        if not _MAYBE_DATE.search(sent.text.lower()):
            continue
        taken: list[tuple[int, int]] = []
        for pattern in _PATTERNS:
            for match in pattern.finditer(sent.text):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                taken.append((match.start(), match.end()))
                start, end = resolve(match, anchors.get(sent.article_id))
                rows.append(
                    {"article_id": sent.article_id, "date_text": match.group(0).strip(),
                     "date_start": start.isoformat() if start else "",
                     "date_end": end.isoformat() if end else "", "sentence": sent.text,
                     "sentence_id": sent.sentence_id}
                )  # fmt: skip
    return pd.DataFrame(rows, columns=[*TIMELINE_COLUMNS, "sentence_id"])


def coverage_by_month(articles: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Articles and entity mentions per month of publication (dated articles only)."""
    dated = articles.assign(month=articles["published"].astype(str).str[:7])
    dated = dated[dated["month"].str.match(r"^\d{4}-\d\d$")]
    counts = mentions[mentions["article_id"].isin(dated["article_id"])].groupby("article_id").size()
    dated = dated.assign(mentions=dated["article_id"].map(counts).fillna(0).astype(int))
    return (
        dated.groupby("month")
        .agg(articles=("article_id", "size"), mentions=("mentions", "sum"))
        .reset_index()
    )
