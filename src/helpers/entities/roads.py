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


# « la route Kaya-Boulsa », « l’axe Dori-Kaya-Ouaga », « (Axe Dori-Kaya) »: a road named by
# the towns it links names those towns; a town's own hyphens (« Saint-Malo »,
# « Aix-en-Provence ») join words that are no town alone
_LINK_WORD = r"(?:route|axe|tronçon|liaison|trajet|corridor)"
_LINK_BEFORE = re.compile(rf"(?<!\w){_LINK_WORD}\s+\(?$", re.I)
_LINK_LEAD = re.compile(rf"^{_LINK_WORD}\s+", re.I)
_TOWN_PART = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ’']{2,}")
_NOT_ALONE = {"Saint", "Sainte", "Grand", "Grande", "Petit", "Petite", "Nord", "Sud", "Est",
              "Ouest", "Haut", "Haute", "Bas", "Basse", "Port", "Mont", "Pont", "Val", "Bois",
              "Fort", "Vieux", "Neuf", "Ville"}  # fmt: skip


def linked_towns(span: str, before: str) -> list[tuple[int, int]]:
    """(start, end) in ``span`` of each town a road is named by, or [] when it is not so."""
    lead = _LINK_LEAD.match(span)
    if not lead and not _LINK_BEFORE.search(before[-15:]):
        return []
    start = lead.end() if lead else 0
    parts = span[start:].split("-")
    if not 2 <= len(parts) <= 4 or any(
        not _TOWN_PART.fullmatch(p) or p in _NOT_ALONE for p in parts
    ):
        return []
    spans = []
    for part in parts:
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans
