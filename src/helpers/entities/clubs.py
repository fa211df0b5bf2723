"""Sports clubs named by their city (« Lens a battu Nantes », « Jean Dupont (Lorient) »).

In a sports report a town's name often stands for its club, an organisation; elsewhere
it is the town. A report is told by its words (match, championship, coach); in it, a
town's or a country's name put in parentheses after a person (his club), or after
« contre », « face à », « battu par » names the team, and then every mention of that
name in the article does; so does a town after a role in parentheses (« (capitaine de
Lorient) ») or in a score line (« Lorient – Brest (2-1) »).
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
# a team is met, beaten or stopped: « contre la Croatie », « face au Qatar », « battus par
# l’Espagne », « éliminés par le Danemark », « barrés alors par l’Espagne »; a country's
# name takes its article
_CLUB_BEFORE = re.compile(
    r"(?:\(|\b(?:contre|face à|battue?s?|vainqueurs? de) (?:la |le |les |l['’])?|\bface aux? "
    r"|\b(?:battue?s?|barrée?s?|éliminée?s?|dominée?s?|sortie?s?|défaite?s?)"
    r"(?: (?:alors|ensuite|encore|déjà|aussi|finalement|nettement|largement))? par "
    r"(?:la |le |les |l['’])?)$"
)


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
    return bool(_CLUB_BEFORE.search(before[-30:]))


_ROLE_OF = re.compile(r"\([^()]{1,40}\s(?:de|du|d['’])\s?$")
_SCORE = r"\(\d{1,3}\s?[-–]\s?\d{1,3}\)"
_SCORE_AFTER = re.compile(rf"^\s[–-]\s[^()]{{1,40}}\s{_SCORE}|^\s{_SCORE}")


def is_team_line(before: str, after: str) -> bool:
    """« (manager de Brest) » after a person, « Brest – Lorient (19-5) »: shapes of a
    sports report that hold for a town of several words too."""
    if _ROLE_OF.search(before[-45:]) and after.startswith(")"):
        return True
    return bool(_SCORE_AFTER.match(after)) and (
        not before.strip() or before.rstrip().endswith(("–", "-"))
    )
