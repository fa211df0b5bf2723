"""Road numbers (« A62 », « RN 7 », « D906 ») as the names of the roads they number.

Reports name a road by its number after a road word (« l’autoroute A62 », « la route
nationale N7 »): the number is the name (``designated_label`` makes it a place), the
word says what it numbers. The model keeps the word in the span, or misses the number.
"""

from __future__ import annotations

import re

ROAD_NUMBER = r"(?:A|N|D|M|E|RN|RD|RM)\s?\d{1,4}"
_ROAD_WORD = (
    r"(?:autoroutes?|routes?(?:\s+(?:nationale|départementale|européenne))?|nationale"
    r"|départementale|bretelle|rocade)"
)
_WORD_AND_NUMBER = re.compile(rf"^{_ROAD_WORD}\s+(?P<number>{ROAD_NUMBER})$", re.I)
_NUMBER_AFTER_WORD = re.compile(rf"(?<!\w){_ROAD_WORD}\s+(?P<number>{ROAD_NUMBER})(?![\w-])", re.I)


def road_number_start(span: str) -> int:
    """Where the number starts in « autoroute A62 » (0 when the span is not so)."""
    match = _WORD_AND_NUMBER.match(span)
    return match.start("number") if match and match.group("number")[0].isupper() else 0


def road_numbers(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each road number printed after a road word in the sentence."""
    return [
        m.span("number")
        for m in _NUMBER_AFTER_WORD.finditer(sentence)
        if m.group("number")[0].isupper()
    ]
