"""Hard-wrapped text joined back into its paragraphs.

Some sources break every line near a fixed width (e-mail newsletters, plain-text exports,
agency copy): « a eu lieu au Bicentennial Park sur le Biscayne\\nboulevard à Miami ». Read
line by line, such a text is cut into half-sentences, and a subject and its verb land in
different paragraphs. A line is joined to the next one when it is long, ends mid-sentence
and the next one goes on with the sentence. The join puts a space where the line break
was, so every offset into the text stays the offset into the file.

Python's ``textwrap`` wraps but does not unwrap, and no maintained library knows where a
French sentence goes on, hence this module.
"""

from __future__ import annotations

import bisect
import re
import statistics

MIN_WRAPPED_CHARS = 50  # a line broken by a wrap fills most of the width
MIN_JOINS = 3  # a text wrapped by its source breaks many lines, not one
FULL_LINE = 0.85  # of the wrap's width: a line broken there, not a short line that ends
_ENDS_A_SENTENCE = re.compile(r"[.!?…:;]\s*$")
_CLOSING_MARK = re.compile(r"[»”\"]\s*$")
# the words a sentence cannot end on: a line closing on one goes on in the next
_OPEN_WORDS = re.compile(
    r"(?:^|\s)(?:de|du|des|le|la|les|l['’]|d['’]|à|au|aux|et|ou|en|par|pour|sur|un|une|que"
    r"|qui|dans|avec|son|sa|ses|ce|cette|ces|leur|leurs|est|a|ont|sont)\s*$",
    re.IGNORECASE,
)


def _goes_on(line: str, following: str) -> bool:
    stripped = line.rstrip()
    if len(stripped) < MIN_WRAPPED_CHARS or not following.strip():
        return False
    if _ENDS_A_SENTENCE.search(stripped):
        return False
    first = following.lstrip()[:1]
    if _CLOSING_MARK.search(stripped):  # « … intitulée "X" » then « a eu lieu … »
        return first.islower()
    return (
        first.islower()
        or first == "("
        or bool(stripped.endswith(",") or _OPEN_WORDS.search(stripped))
    )


def unwrap(text: str) -> str:
    """``text`` with the line breaks of a hard wrap turned into spaces (same length), or
    ``text`` itself when fewer than MIN_JOINS lines look wrapped."""
    lines = text.split("\n")
    joins = [i for i in range(len(lines) - 1) if _goes_on(lines[i], lines[i + 1])]
    if len(joins) < MIN_JOINS:
        # a text not wrapped may still hold a stray break within a sentence: a long line
        # ending on a word no sentence ends on, the next going on in lowercase (« l'on
        # tapait au » / « marteau sur les cloisons »)
        joins = [i for i in joins if _mid_sentence(lines[i], lines[i + 1])]
        return _joined(text, lines, joins) if joins else text
    # once the text is known to be wrapped, a line as long as the wrap's width that ends
    # no sentence goes on, whatever the next one opens on (« … la pianiste » / « Anne Roy. »)
    width = statistics.median(len(lines[i].rstrip()) for i in joins)
    joins = [
        i
        for i in range(len(lines) - 1)
        if i in set(joins)
        or (
            len(lines[i].rstrip()) >= FULL_LINE * width
            and lines[i + 1].strip()
            and not _ENDS_A_SENTENCE.search(lines[i])
            and not _CLOSING_MARK.search(lines[i])
            and not lines[i].rstrip().endswith(")")  # « … (LIRE NOTRE ARTICLE) »: a pointer
        )
    ]
    return _joined(text, lines, joins)


def _mid_sentence(line: str, following: str) -> bool:
    return bool(_OPEN_WORDS.search(line.rstrip())) and following.lstrip()[:1].islower()


def _joined(text: str, lines: list[str], joins: list[int]) -> str:
    chars = list(text)
    offset = 0
    ends = []
    for line in lines[:-1]:
        offset += len(line)
        ends.append(offset)  # where this line's break is
        offset += 1
    for i in joins:
        chars[ends[i]] = " "
    return "".join(chars)


def first_line_numbers(text: str, unwrapped: str) -> list[int]:
    """For each line of ``unwrapped``, the 1-based number of its first line in ``text``."""
    breaks = [m.start() for m in re.finditer("\n", text)]
    numbers, offset = [], 0
    for line in unwrapped.split("\n"):
        numbers.append(bisect.bisect_left(breaks, offset) + 1)
        offset += len(line) + 1
    return numbers
