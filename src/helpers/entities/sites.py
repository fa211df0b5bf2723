"""Bodies named by an acronym and the place they serve (« CHU de Poitiers »)."""

from __future__ import annotations

import re

# an article or « du/au » before the acronym makes it a body's name, not a party label
# put after a noun (« les élus LR de Paris » stays a party and a city)
_ARTICLE = r"(?:du|le|la|au|les|des|aux|l['’])"
_ACRONYM_OF = re.compile(rf"(?:^|(?<=[\s(])){_ARTICLE}\s?[A-Z]{{2,5}} (?:de |du |d['’])$")


def acronym_of_place(text_before: str) -> int:
    """Characters before a place that name the body serving it (« du CHR d’ »):
    the acronym and « de », without the article (0 if none)."""
    match = _ACRONYM_OF.search(text_before[-20:])
    if not match:
        return 0
    head = re.match(rf"{_ARTICLE}\s?", match.group(0))
    return len(match.group(0)) - head.end()
