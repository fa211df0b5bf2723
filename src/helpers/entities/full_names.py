"""A body named short (« la mairie ») given the full name the article writes out
once (« la mairie de Vesoul »): the short form is the same body, and two bodies of
one kind in different places must not be scored or counted as one. Likewise a
description (« le gérant ») the article once sets beside a name is that person."""

from __future__ import annotations

import re

_ARTICLE = re.compile(r"^(?:le|la|les|l')\s*", re.IGNORECASE)
_OF = re.compile(r"\s+(?:de\s+la|de\s+l'|de|du|des|d')\s*", re.IGNORECASE)


def full_name(short: str, texts: dict, mentions: dict) -> str:
    """``short`` completed by « de/du … » and a named place (or a named body that
    begins with its words), when the article writes one such completion only."""
    head = _ARTICLE.sub("", short).strip()
    if not head or head == short.strip() or len(head.split()) > 3:
        return short
    found = set()
    pattern = re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)
    for pid, text in texts.items():
        starts = {m[0]: m[1] for m in mentions.get(pid, [])}
        for hit in pattern.finditer(text):
            of = _OF.match(text, hit.end())
            # « la mairie de [Vesoul] », or the body named whole: « [mairie de Vesoul] »
            end = starts.get(of.end()) if of else None
            whole = starts.get(hit.start())
            end = end if end is not None else (whole if of and whole else None)
            if end is not None and end > of.end():
                found.add(text[hit.end() : end])
    if len(found) != 1:
        return short
    return short.rstrip() + found.pop()


def named_in_apposition(description: str, texts: dict, mentions: dict) -> tuple | None:
    """The one person the article names in apposition to ``description`` (« Paul
    Martin, le gérant, » or « le gérant, Paul Martin, »): the description then always
    stands for that person, however far from the name it is quoted."""
    words = description.strip()
    if words == _ARTICLE.sub("", words).strip():
        return None  # no article: not a description
    body = re.escape(words)
    found = set()
    for pid, text in texts.items():
        for start, end, entity, label in mentions.get(pid, []):
            if label not in {"PER", "MISC"}:  # a lone first name is often MISC
                continue
            after = re.match(r",\s*" + body + r"\b", text[end:], re.IGNORECASE)
            before = re.search(r"\b" + body + r",\s*$", text[:start], re.IGNORECASE)
            if after or before:
                found.add(entity)
    return found.pop() if len(found) == 1 else None
