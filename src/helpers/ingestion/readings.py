"""Findings of the ingestion stage, and the sentences written from them."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from helpers.core.labels import article_labels
from helpers.core.prose import join, plural, share, verb

_TRANSLATED = re.compile(r"\btradu(?:it|ite|its|ction)\b", re.I)


def findings(tables: dict[str, pd.DataFrame]) -> dict[str, Any]:
    articles, removed = tables["articles"], tables["removed_lines"]
    rejected = tables["rejected"]
    labels = article_labels(articles)
    by_reason = removed["reason"].value_counts()
    by_article = removed["article_id"].value_counts()
    lengths = articles.set_index("article_id")["n_chars"].astype(int).sort_index()
    translated = sorted(
        removed.loc[
            (removed["reason"] == "byline") & removed["text"].str.contains(_TRANSLATED),
            "article_id",
        ].unique()
    )
    return {
        "n_articles": len(articles),
        "n_paragraphs": int(len(tables["paragraphs"])),
        "labels": labels,
        "rejected_by_reason": _counts(rejected["reason"].str.split(":").str[0]),
        "n_rejected": len(rejected),
        "n_removed": len(removed),
        "removed_by_reason": _counts(removed["reason"]),
        "most_removed_article": (
            {"article_id": by_article.index[0], "n": int(by_article.iloc[0])}
            if len(by_article) and (by_article == by_article.iloc[0]).sum() == 1
            else None
        ),
        "top_reason": by_reason.index[0] if len(by_reason) else "",
        "chars": {
            "min": int(lengths.min()),
            "median": float(lengths.median()),
            "max": int(lengths.max()),
            "shortest": lengths.idxmin(),
            "longest": lengths.idxmax(),
        },  # fmt: skip
        "known": {
            field: int((articles[field].astype(str) != "").sum())
            for field in ("title", "outlet", "author", "published")
        },
        "translated": translated,
        "source_formats": (
            _counts(articles["source_format"]) if "source_format" in articles else {}
        ),
        "export_fields_known": {
            field: int((articles[field].astype(str) != "").sum())
            for field in ("edition", "section", "url", "rights")
            if field in articles
        },
    }


def _counts(series: pd.Series) -> dict[str, int]:
    counts = series.value_counts()
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return {str(k): int(v) for k, v in ordered}


def _ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
    """Largest first, ties by name (JSON keeps no order)."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def rejections(f: dict) -> str:
    if not f["n_rejected"]:
        return "No file was rejected: every file of the corpus is analysed."
    reasons = join(f"{reason} ({n})" for reason, n in _ranked(f["rejected_by_reason"]))
    return (
        f"⚠️ **{plural(f['n_rejected'], 'file')} rejected** and left out of the analysis, "
        f"by reason: {reasons}. The table below gives each file and what to do about it."
    )


def removed_lines(f: dict) -> str:
    if not f["n_removed"]:
        return "No line was set aside: every line of every article is body text."
    reasons = _ranked(f["removed_by_reason"])
    shown = join(f"`{r}` ({n})" for r, n in reasons[:4])
    text = (
        f"{plural(f['n_removed'], 'line')} of the {plural(f['n_articles'], 'article')} were "
        f"set aside as furniture; the most frequent reasons are {shown}."
    )
    top = f["most_removed_article"]
    if top and f["n_articles"] > 1:
        label = f["labels"][top["article_id"]]
        text += (
            f" One article, {label}, holds {top['n']} of them ({share(top['n'], f['n_removed'])})."
        )
    return text


def metadata(f: dict) -> str:
    n = f["n_articles"]
    known = f["known"]
    fields = ("title", "outlet", "published", "author")
    if all(known[k] == n for k in fields):
        text = f"All {plural(n, 'article')} have a title, an outlet, a date and an author."
    else:
        first, *rest = [f"{k.replace('published', 'date')}" for k in fields]
        text = (
            f"Metadata known: {first} for {known['title']} of {plural(n, 'article')}, "
            + join(f"{name} for {known[k]}" for name, k in zip(rest, fields[1:], strict=True))
            + "."
        )
    if known["published"] < n:
        text += (
            f" {plural(n - known['published'], 'article')} without a date cannot be placed in "
            "time: their relative dates (« en avril ») stay unresolved in notebook 04."
        )
    if f["translated"]:
        text += (
            f" {plural(len(f['translated']), 'article')} "
            f"{verb(len(f['translated']), 'says in its byline that it is', 'say in their bylines that they are')} "
            "translated: the wording is the translator's."
        )
    return text


def lengths(f: dict) -> str:
    c = f["chars"]
    if f["n_articles"] == 1:
        return f"The one article has {c['min']:,} characters of body text."
    ratio = c["max"] / max(c["min"], 1)
    text = (
        f"Cleaned articles run from {c['min']:,} to {c['max']:,} characters "
        f"(median {c['median']:,.0f})."
    )
    if ratio >= 3:
        text += (
            f" The longest ({f['labels'][c['longest']]}) is {ratio:.1f} times the shortest "
            f"({f['labels'][c['shortest']]}): long articles weigh more in every corpus-level "
            "count that follows."
        )
    return text


def limitations(f: dict) -> str:
    points = []
    n = f["n_articles"]
    if n < 30:
        points.append(
            f"The corpus has {plural(n, 'article')}: its counts describe these articles, "
            "not the coverage they were drawn from."
        )
    undated = n - f["known"]["published"]
    if undated:
        points.append(
            f"{plural(undated, 'article')} {verb(undated, 'has', 'have')} no publication date."
        )
    if f["translated"]:
        k = len(f["translated"])
        points.append(f"{plural(k, 'article')} {verb(k, 'is a translation', 'are translations')}.")
    points.append(
        "Boilerplate rules are general patterns; a layout they do not know leaves its "
        "furniture in the body, and the removed-lines table is where to check."
    )
    return "**Limits of this stage.** " + " ".join(points)


def case_study(f: dict) -> str:
    return f"**Ingestion** (`01-ingestion.ipynb`): {removed_lines(f)} {metadata(f)}"


# How a reader names each source format.
FORMAT_NAMES = {
    "europresse": "Europresse", "factiva": "Factiva", "nexis": "Nexis Uni",
    "mediacloud": "Media Cloud", "text": "plain-text file", "html": "HTML page",
    "csv": "CSV row", "jsonl": "JSONL row",
}  # fmt: skip
_EXPORTS = ("europresse", "factiva", "nexis", "mediacloud")


def sources(f: dict) -> str:
    """Where the articles come from: files, tables or press-database exports."""
    formats = f.get("source_formats") or {}
    if not formats:
        return ""
    parts = []
    for kind, n in _ranked(formats):
        label = FORMAT_NAMES.get(kind, kind)
        if kind in _EXPORTS:
            parts.append(f"{plural(n, 'document')} of {label} exports")
        else:
            parts.append(plural(n, label))
    text = f"The {plural(f['n_articles'], 'analysed article')} come from {join(parts)}."
    rejected = f["rejected_by_reason"]
    stubs, repeats = rejected.get("no_full_text", 0), rejected.get("duplicate_document", 0)
    if stubs:
        text += (
            f" {plural(stubs, 'document')} of the exports {verb(stubs, 'holds', 'hold')} only a "
            "link or a summary, not the article's text (`no_full_text`)."
        )
    if repeats:
        text += (
            f" {plural(repeats, 'document')} {verb(repeats, 'was', 'were')} in two batch files "
            "and read once (`duplicate_document`)."
        )
    if any(kind in _EXPORTS for kind in formats):
        text += (
            " Outlet, edition, date, title, author, section, URL and copyright come from the "
            "exports' own fields; the copyright lines, licence certificates and document "
            "numbers of the exports are metadata (`rights`, `source_id`), never body text."
        )
    return text


def sharing(f: dict, share_text: bool) -> str:
    """Whether the rendered notebooks will carry article text, and a caution when the
    corpus says it is licensed (a press database's export, a copyright line)."""
    if not share_text:
        return (
            "`share_text` is false: tables and reports show article ids and counts, never "
            "article text."
        )
    exported = sum(n for kind, n in (f.get("source_formats") or {}).items() if kind in _EXPORTS)
    rights = (f.get("export_fields_known") or {}).get("rights", 0)
    if not exported and not rights:
        return ""
    reasons = []
    if exported:
        reasons.append(
            f"{plural(exported, 'article')} of this corpus {verb(exported, 'comes', 'come')} "
            "from press-database exports"
        )
    if rights:
        reasons.append(
            f"{plural(rights, 'article')} {verb(rights, 'carries', 'carry')} a copyright line "
            "(`rights`)"
        )
    return (
        f"⚠️ {join(reasons)}, and `share_text` is true: the rendered notebooks and "
        "reports quote their text (sentences, quotations, removed lines). Their licence usually "
        "forbids sharing it: set `share_text: false` (in `params.yaml`, or as a papermill "
        "parameter) before sharing the results."
    )
