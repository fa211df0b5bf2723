"""Quotation spans in a paragraph, as printed: « », “ ”, „ “, ‹ ›, straight "…",
and two apostrophes standing for one mark (‘’…’’, ''…'').

Real copy mixes marks: an agency's straight opening quote closed by a guillemet,
guillemets printed the wrong way round (» … «), a quotation left open at the
end of a paragraph because it continues in the next one. The scanner pairs
marks by position, not by kind, and keeps nested quotations inside the outer
one. A span left open runs to the end of its paragraph (``closed`` is False);
it never runs past it, so one missing mark cannot swallow the article.

No library pairs French quotation marks this leniently, hence this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = set("«“„‹")
CLOSING = set("»”›")
STRAIGHT = '"'
_MARK = re.compile("[" + re.escape("".join(sorted(OPENING | CLOSING)) + STRAIGHT) + "]")
# two apostrophes typed for a quotation mark (‘’C’est inquiétant.’’), as some West African
# and Caribbean copy does; not the seconds of a time (2h20’45’’): an opening pair begins a word
_DOUBLED_OPENING = re.compile(r"(?:(?<=\s)|^)[‘’']{2}(?=\w)")
_DOUBLED_CLOSING = re.compile(r"(?<=[\w.!?…])[‘’']{2}(?=[\s,.;:!?)]|$)")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph's end)
    content_start: int
    content_end: int
    closed: bool = True


def _span(text: str, start: int, end: int, closed: bool) -> QuoteSpan | None:
    content_start, content_end = start + 1, end - 1 if closed else end
    if not text[content_start:content_end].strip():
        return None
    return QuoteSpan(start, end, content_start, content_end, closed)


def quote_spans(text: str, continued: bool = False) -> list[QuoteSpan]:
    """The top-level quotations of ``text``, in order.

    ``continued``: the paragraph before ended inside a quotation opened with a straight
    mark; if this one has an odd number of them, its first closes that quotation (agency
    copy reopens no mark at a new paragraph), and the text before it is the quotation's
    last piece."""
    first = _MARK.search(text) if continued else None
    if first and first.group() == STRAIGHT and text.count(STRAIGHT) % 2 == 1:
        i = first.start()
        head = [QuoteSpan(0, i + 1, 0, i, True)] if text[:i].strip() else []
        return (
            head
            + [
                QuoteSpan(
                    s.start + i + 1,
                    s.end + i + 1,
                    s.content_start + i + 1,
                    s.content_end + i + 1,
                    s.closed,
                )  # fmt: skip
                for s in quote_spans(text[i + 1 :])
            ]
        )
    if "''" in text or "’’" in text:
        return _doubled_apostrophe_spans(text)
    return _spans(text)


def _doubled_apostrophe_spans(text: str) -> list[QuoteSpan]:
    """Spans of a text whose doubled apostrophes are read as curly marks, each pair's
    second apostrophe left out of the quotation (offsets stay those of ``text``)."""
    view = list(text)
    opened = {m.start() for m in _DOUBLED_OPENING.finditer(text)}
    closed = {m.start() for m in _DOUBLED_CLOSING.finditer(text)}
    if not opened:
        return _spans(text)
    for i in opened:
        view[i], view[i + 1] = "“", " "
    for i in closed - opened:
        view[i], view[i + 1] = " ", "”"
    spans = []
    for s in _spans("".join(view)):
        start = s.content_start + 1 if s.start in opened else s.content_start
        end = s.content_end - 1 if s.closed and s.end - 2 in closed else s.content_end
        spans.append(QuoteSpan(s.start, s.end, start, end, s.closed))
    return spans


def _spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    start: int | None = None
    reversed_marks = False
    depth = 0  # quotations nested in the open one
    nested_straight: int | None = None  # an inner straight quote still open
    for mark in _MARK.finditer(text):  # only marks move the scanner: skip the words
        i, char = mark.start(), mark.group()
        if start is None:
            if (
                char == "»"
                and not spans
                and _after_sentence(text, i)
                and not _marked_before(text, i)
                and not _typed_to_open(text, i)  # « … intention. »Mon nom … », a-t-il dit »
            ):
                # « Bonjour… Courage. » Nathalie raccroche »: the quotation's opening mark is
                # missing (a paragraph opening on speech): it runs from the paragraph's start
                spans.append(QuoteSpan(0, i + 1, 0, i, True))
                continue
            if char in OPENING or char == STRAIGHT:
                start, reversed_marks, depth, nested_straight = i, False, 0, None
            elif char == "»" and _opens_word(text, i) and _typed_to_open(text, i):
                # « l' »école du soir » »: an opening mark typed the wrong way, closed by »
                start, reversed_marks, depth, nested_straight = i, False, 0, None
            elif char == "”" and _opens_word(text, i) and _typed_to_open(text, i, "”", "“"):
                # « : ”Je viens.” »: the closing curly mark typed for both, as some copy does
                start, reversed_marks, depth, nested_straight = i, False, 0, None
            elif char == "»" and "«" in text[i + 1 :] and _opens_word(text, i):
                start, reversed_marks, depth, nested_straight = i, True, 0, None
            continue
        if reversed_marks:
            if char == "«":
                spans.append(_span(text, start, i + 1, True))
                start = None
            continue
        if char in OPENING and (_closes_here(text, i) or char == "“" and _curly_closes(text, i)):
            char = "»"  # « … précédent« , a-t-il dit: an opening mark typed for a closing one
        if char == STRAIGHT:
            if text[start] == STRAIGHT and depth == 0:
                spans.append(_span(text, start, i + 1, True))
                start = None
            elif nested_straight is None:
                nested_straight = i
            else:
                nested_straight = None
        elif char in OPENING:
            depth += 1
        elif char in CLOSING:
            if depth:
                depth -= 1
            else:
                spans.append(_span(text, start, i + 1, True))
                start = None
    if start is not None:
        if nested_straight is not None and text[start] != STRAIGHT:
            # « … " : a straight mark closed what a guillemet opened
            spans.append(_span(text, start, nested_straight + 1, True))
        else:
            spans.append(_span(text, start, len(text.rstrip()), False))
    return [s for s in spans if s is not None]


def _after_sentence(text: str, i: int) -> bool:
    """A mark right after the end of a sentence (« Courage. » »): it closes."""
    before = text[:i].rstrip()
    return before.endswith((".", "!", "?", "…"))


def _marked_before(text: str, i: int) -> bool:
    """A quotation mark before this point of the paragraph."""
    return any(c in OPENING or c in CLOSING or c == STRAIGHT for c in text[:i])


def _curly_closes(text: str, i: int) -> bool:
    """« “Là on se motive“ déplore Yann »: inside an open quotation, a “ with a space or
    the end after it cannot open one (an opening curly mark is glued to its first word),
    nor can one glued to a closing mark (« «planteurs ?“» »: both quotations end there)."""
    return i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in CLOSING


def _closes_here(text: str, i: int) -> bool:
    """An opening mark followed by punctuation or the end of the text closes."""
    after = text[i + 1 :].lstrip()
    return not after or after[0] in ",.;:!?)"


def _opens_word(text: str, i: int) -> bool:
    """A mark at the start of a word: after a space or the start, before a letter."""
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 3].strip()
    return before.isspace() and bool(after) and after[0].isalnum()


def _typed_to_open(text: str, i: int, closing: str = "»", opening_mark: str = "«") -> bool:
    """A » opening a word, the next mark after it another »: it opens that quotation."""
    close, opening = text.find(closing, i + 1), text.find(opening_mark, i + 1)
    return close != -1 and (opening == -1 or close < opening)
