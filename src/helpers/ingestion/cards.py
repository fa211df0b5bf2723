"""One card per article: what a reader checks before trusting the analysis of it."""

from __future__ import annotations

from html import escape

import pandas as pd

from helpers.core.labels import article_labels
from helpers.core.prose import plural

FIELDS = ("outlet", "edition", "section", "published", "author", "language", "source_format",
          "url")  # fmt: skip


def article_cards(articles: pd.DataFrame, removed: pd.DataFrame, translated: list[str],
                  limit: int) -> str:  # fmt: skip
    """HTML cards of the first ``limit`` articles by id: title, metadata, length, whether
    the byline says it is a translation, and the lines removed from it by reason."""
    labels = article_labels(articles)
    reasons = {
        article_id: sorted(group.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))
        for article_id, group in removed.groupby("article_id")["reason"]
    }
    cards = []
    for row in articles.sort_values("article_id").head(limit).itertuples(index=False):
        fields = "".join(
            f"<dt>{name}</dt><dd>{escape(str(getattr(row, name, ''))) or '—'}</dd>"
            for name in FIELDS
        )
        words = f"{int(row.n_chars):,} characters in {int(row.n_paragraphs)} paragraphs"
        cut = reasons.get(row.article_id, [])
        cut_text = ", ".join(f"{n} {escape(str(r))}" for r, n in cut) or "nothing"
        translation = "yes (its byline says so)" if row.article_id in translated else "not stated"
        cards.append(
            f'<div style="border:1px solid #ccc;border-radius:6px;padding:8px 12px;'
            f'margin:6px 0;max-width:60em">'
            f"<b>{escape(str(row.title)) or '(no title)'}</b> "
            f"<small>· {escape(labels.get(row.article_id, row.article_id))} · "
            f"<code>{escape(row.article_id)}</code></small>"
            f'<dl style="display:grid;grid-template-columns:9em auto;margin:4px 0">{fields}'
            f"<dt>length</dt><dd>{words}</dd><dt>translated</dt><dd>{translation}</dd>"
            f"<dt>removed</dt><dd>{cut_text}</dd></dl></div>"
        )  # fmt: skip
    more = len(articles) - min(limit, len(articles))
    tail = (
        f"<p><em>{plural(more, 'more article')}: the metadata of every article are in "
        "data/processed/articles.csv, their removed lines in removed_lines.csv.</em></p>"
        if more > 0 else ""
    )  # fmt: skip
    return "".join(cards) + tail
