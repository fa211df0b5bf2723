"""Lists of other articles' headlines that a page prints around the body.

Sites open or close a page with teasers: headlines each over its date (« Un titre »,
« 10/11/2025 ») or a lone dash, or bulleted under a label (« Urgent », « Les plus lus »).
They name the people and places of other stories, so they are furniture: the annotation
guidelines leave "related articles" lists out, and NER must not read them.
"""

from __future__ import annotations

import re

_MONTHS = r"(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)\w*\.?"
# « 10/11/2025 », « 7 novembre 2025 », « 10/11/2025 14:32 »: a date alone on its line
_DATE_ONLY = re.compile(
    rf"^(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}(?:er)?\s+{_MONTHS}\s+\d{{4}})"
    r"(?:,?\s+(?:à\s+)?\d{1,2}\s*[h:]\s*\d{2})?$",
    re.I,
)
# a label over a list of headlines; each line under it opens on a bullet
_LIST_LABEL = re.compile(
    r"^(?:urgent|à la une|les plus lus|les plus partagés|les plus populaires"
    r"|(?:les )?dernières (?:infos|nouvelles|actualités|actus)|en continu|à découvrir"
    r"|(?:nos )?(?:derniers )?articles (?:récents|similaires|liés)|dans la même rubrique)\s*:?$",
    re.I,
)
_SEPARATOR = re.compile(r"^[-–—•*|·]+$")  # « - » alone between two headlines
_BULLETED = re.compile(r"^\s*[-•·▪■►–—*]\s*\S")
_SENTENCE_END = (".", "…")  # a quoted or asked headline ends on « » » or « ? »
MAX_HEADLINE_CHARS = 220  # a headline, not a paragraph of a live page
MIN_PAIRS = 2  # one headline over a date could be the body's own


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _is_headline(line: str) -> bool:
    return (
        0 < len(line) <= MAX_HEADLINE_CHARS
        and not line.endswith(_SENTENCE_END)
        and not _DATE_ONLY.match(line)
    )


def teaser_lines(lines: list[str], body: list[bool]) -> set[int]:
    """Indices of ``lines`` that belong to a list of other articles' headlines.

    ``body`` says which lines no earlier rule removed; only those are judged. Two or more
    headlines each followed by a date line or a lone dash make a list, unless a date comes
    first (a live page puts its times over its entries, which are body); so does a label
    such as « Urgent » followed by bulleted lines.
    """
    written = [i for i, line in enumerate(lines) if _squash(line)]
    text = {i: _squash(lines[i]) for i in written}
    found: set[int] = set()
    k = 0
    while k < len(written):
        run = []
        j = k
        while (
            j + 1 < len(written)
            and body[written[j]]
            and _is_headline(text[written[j]])
            and (_DATE_ONLY.match(text[written[j + 1]]) or _SEPARATOR.match(text[written[j + 1]]))
        ):
            run += [written[j], written[j + 1]]
            j += 2
        opens_on_date = k > 0 and _DATE_ONLY.match(text[written[k - 1]])
        if len(run) >= 2 * MIN_PAIRS and not opens_on_date:
            found.update(run)
        k = j + 1 if run else k + 1
    for n, i in enumerate(written):
        if body[i] and _LIST_LABEL.match(text[i]):
            items = []
            for m in written[n + 1 :]:
                if not _BULLETED.match(lines[m]):
                    break
                items.append(m)
            if items:
                found.update([i, *items])
    return found
