"""Short names for articles, so readers see outlets and dates rather than ids."""

from __future__ import annotations

import pandas as pd

TITLE_WORDS = 3
MAX_NAME_CHARS = 34
_NAMES: dict[str, str] = {}  # the articles of the stage being drawn, by id


def short_id(article_id: str, width: int = 12) -> str:
    """Article ids can be long hashes; figures show their start."""
    return article_id if len(article_id) <= width else article_id[: width - 1] + "…"


def article_label(row: dict | pd.Series) -> str:
    """``Outlet, 2024-05-02: three title words…``, falling back to the id."""
    outlet, published, title = (str(row.get(k, "") or "") for k in ("outlet", "published", "title"))
    head = ", ".join(p for p in (outlet, published) if p)
    words = title.split()
    snippet = " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
    if not head and not snippet:
        return short_id(str(row["article_id"]))
    return f"{head}: {snippet}" if head and snippet else head or snippet


def article_labels(articles: pd.DataFrame) -> dict[str, str]:
    """One label per article id; identical labels get their id appended."""
    labels = {r["article_id"]: article_label(r) for r in articles.to_dict("records")}
    counts = pd.Series(list(labels.values())).value_counts()
    return {
        a: (f"{label} ({short_id(a)})" if counts[label] > 1 else label)
        for a, label in sorted(labels.items())
    }


def use_article_names(articles: pd.DataFrame) -> None:
    """Let the figures of this stage name articles by outlet, date and title words."""
    _NAMES.clear()
    _NAMES.update(article_labels(articles))


def article_name(article_id: str, width: int = MAX_NAME_CHARS) -> str:
    """How a figure names an article: its label (outlet, date, title words) when the
    stage registered the articles, else the start of its id."""
    name = _NAMES.get(str(article_id))
    if not name:
        return short_id(str(article_id))
    return name if len(name) <= width else name[: width - 1] + "…"
