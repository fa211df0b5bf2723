"""Sports clubs named by their city (« Lens a battu Nantes », « Jean Dupont (Lorient) »).

In a sports report a town's name often stands for its club, an organisation; elsewhere
it is the town. A report is told by its words (match, championship, coach); in it, a
town's name put in parentheses after a person (his club) or after « contre », « face à »
names the club, and then every mention of that name in the article does.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

_SPORTS_WORDS = re.compile(
    r"\b(?:matchs?|entraîneurs?|coachs?|championnat|Ligue [12]|buteurs?|mi-temps|penalty"
    r"|classement|joueurs?|clubs?|victoire|défaite|score)\b",
    re.I,
)
MIN_SPORTS_WORDS = 3  # a passing « match » in a political story is no sports report
_CLUB_BEFORE = re.compile(r"(?:\(|\bcontre |\bface à |\bbattu |\bvainqueurs? de )$")


def sports_articles(sentences: pd.DataFrame) -> set[str]:
    """Articles whose sentences use sports words at least ``MIN_SPORTS_WORDS`` times."""
    counts: dict[str, int] = defaultdict(int)
    for row in sentences[["article_id", "text"]].itertuples(index=False):
        counts[row.article_id] += len(_SPORTS_WORDS.findall(row.text))
    return {a for a, n in counts.items() if n >= MIN_SPORTS_WORDS}


def is_club_mention(before: str, after: str) -> bool:
    """« (Lorient) » after a person, « contre Lorient », « face à Lorient »."""
    if before.endswith("(") and not after.startswith(")"):
        return False
    return bool(_CLUB_BEFORE.search(before[-20:]))
