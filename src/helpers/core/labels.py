"""Short names for articles, so readers see outlets and dates rather than ids."""

from __future__ import annotations

import pandas as pd

TITLE_WORDS = 3


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
