"""Findings of the entity stage, and the sentences written from them."""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.core.labels import article_labels
from helpers.core.prose import join, name, names, plural, share, verb

LABEL_NAMES = {"PER": "people", "ORG": "organisations", "LOC": "places", "MISC": "other names"}


def findings(
    tables: dict[str, pd.DataFrame],
    articles: pd.DataFrame,
    dropped: pd.DataFrame,
    scores: pd.DataFrame | None,
    concordance_entity: str,
) -> dict[str, Any]:
    mentions, entities = tables["mentions"], tables["entities"]
    n_articles = int(articles["article_id"].nunique())
    ranked = entities.sort_values(["n_mentions", "entity"], ascending=[False, True])
    per_article = {}
    for article_id, group in mentions.groupby("article_id", sort=True):
        counts = group["entity"].value_counts()
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        tied = [e for e, n in top if n == top[0][1]]
        per_article[article_id] = {
            "n_mentions": len(group), "n_entities": int(group["entity"].nunique()),
            "leaders": tied, "leader_share": top[0][1] / len(group),
        }  # fmt: skip
    distinct = mentions.drop_duplicates(["article_id", "entity"])
    by_type = (
        distinct.groupby(["article_id", "label"]).size().unstack(fill_value=0)
        .reindex(columns=["ORG", "PER"], fill_value=0)
    )  # fmt: skip
    org_over_per = int((by_type["ORG"] > by_type["PER"]).sum())
    return {
        "n_articles": n_articles,
        "labels": article_labels(articles),
        "n_mentions": len(mentions),
        "n_entities": len(entities),
        "n_sentences": len(tables["sentences"]),
        "n_sentences_named": len(mentions[["article_id", "sentence_id"]].drop_duplicates()),
        "n_dropped": len(dropped),
        "dropped_by_reason": {
            str(k): int(v)
            for k, v in dropped["reason"].str.split(":").str[0].value_counts().items()
        },
        "source_share": {
            str(k): int(v) for k, v in mentions["source"].value_counts().sort_index().items()
        },
        "entities_by_label": {
            str(k): int(v) for k, v in entities["label"].value_counts().sort_index().items()
        },
        "top": [
            {"entity": r.entity, "n_mentions": int(r.n_mentions), "n_articles": int(r.n_articles)}
            for r in ranked.head(10).itertuples()
        ],
        "in_every_article": sorted(entities.loc[entities["n_articles"] == n_articles, "entity"])
        if n_articles > 1
        else [],
        "single_article_entities": int((entities["n_articles"] == 1).sum()),
        "per_article": per_article,
        "org_over_per_articles": org_over_per,
        "concordance_entity": concordance_entity,
        "scores": scores.round(3).to_dict("records") if scores is not None else [],
        "quotes": _quote_counts(tables["quotes"]),
    }


def _quote_counts(quotes: pd.DataFrame) -> dict[str, Any]:
    """Utterances (a quote over several paragraphs counts once) by kind, and who speaks
    the direct ones."""
    said = quotes.drop_duplicates(["article_id", "quote_id"])
    direct = said[said["kind"] == "direct"]
    return {
        "by_kind": {str(k): int(v) for k, v in said["kind"].value_counts().sort_index().items()},
        "direct_by_speaker_type": {
            str(k): int(v) for k, v in direct["speaker_type"].value_counts().sort_index().items()
        },
        "direct_articles": int(direct["article_id"].nunique()),
        "direct_speaker_entities": int(direct["speaker_entity"].replace("", pd.NA).nunique()),
    }


def quotes_overview(f: dict) -> str:
    q = f["quotes"]
    n_direct = q["by_kind"].get("direct", 0)
    others = {
        "indirect": ("passage of reported speech (« X a estimé que … »)",
                     "passages of reported speech (« X a estimé que … »)"),
        "pull_quote": ("pull quote repeating the body", "pull quotes repeating the body"),
    }  # fmt: skip
    if not sum(q["by_kind"].values()):
        return "No quotation with a speaking cue was found: the voices of notebook 04 are empty."
    text = (
        f"{plural(n_direct, 'direct quotation')} in {plural(q['direct_articles'], 'article')} of "
        f"{f['n_articles']}"
    )
    extra = [plural(q["by_kind"][k], *words) for k, words in others.items() if q["by_kind"].get(k)]
    text += (f", besides {join(extra)}, kept apart from the counts" if extra else "") + "."
    if n_direct:
        kinds = q["direct_by_speaker_type"]
        parts = [f"{share(n, n_direct)} by {_SPEAKER_TYPES.get(k, k)}" for k, n in
                 sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))]  # fmt: skip
        text += (
            f" Of the direct ones, {join(parts)}; "
            f"{plural(q['direct_speaker_entities'], 'canonical entity', 'canonical entities')} "
            f"{verb(q['direct_speaker_entities'], 'speaks', 'speak')}."
        )
    return text + " Notebook 04 reads who is quoted and how much, article by article."


_SPEAKER_TYPES = {
    "person": "a person", "organisation": "an organisation",
    "description": "a description with no name (« un porte-parole »)",
    "unknown": "no speaker the text names",
}  # fmt: skip


def overview(f: dict) -> str:
    if not f["n_entities"]:
        return (
            "⚠️ No entity was found in this corpus: the network and narrative stages will be empty."
        )
    sources = f["source_share"]
    parts = [f"{share(n, f['n_mentions'])} from the {s}" for s, n in sorted(sources.items())]
    return (
        f"{plural(f['n_mentions'], 'mention')} of {plural(f['n_entities'], 'canonical entity', 'canonical entities')} "
        f"in {f.get('n_sentences_named', f['n_sentences']):,} of the corpus's "
        f"{plural(f['n_sentences'], 'sentence')}; {plural(f['n_dropped'], 'span')} dropped as junk. "
        f"Mentions come {join(parts)} (`gazetteer`: the EntityRuler, `model`: the statistical "
        "NER, `rule`: a known name propagated)."
    )


def entity_list(f: dict) -> str:
    if not f["top"]:
        return ""
    top = f["top"][:5]
    listed = join(
        f"{name(t['entity'])} ({t['n_mentions']} mentions, {t['n_articles']} of {f['n_articles']} articles)"
        for t in top
    )
    text = f"The most mentioned entities are {listed}."
    every = f["in_every_article"]
    if f["n_articles"] > 1:
        if every:
            text += (
                f" {plural(len(every), 'entity', 'entities')} "
                f"{verb(len(every), 'appears', 'appear')} in every article: {names(every, 8)}."
            )
        else:
            text += " No entity appears in every article."
        text += (
            f" {share(f['single_article_entities'], f['n_entities'])} of the entities are named "
            "in one article only."
        )
    return text


def heatmap(f: dict) -> str:
    if f["n_articles"] < 2:
        return ""
    leads: dict[str, int] = {}
    ties = 0
    for info in f["per_article"].values():
        if len(info["leaders"]) == 1:
            leads[info["leaders"][0]] = leads.get(info["leaders"][0], 0) + 1
        else:
            ties += 1
    ranked = sorted(leads.items(), key=lambda kv: (-kv[1], kv[0]))
    text = "The most mentioned entity of each article: " + join(
        f"{name(e)} in {plural(n, 'article')}" for e, n in ranked[:5]
    )
    if len(ranked) > 5:
        text += f", and {plural(len(ranked) - 5, 'other entity', 'other entities')}"
    text += "."
    if ties:
        text += f" In {plural(ties, 'article')} two or more entities tie for first."
    return text


def types(f: dict) -> str:
    by_label = f["entities_by_label"]
    if not by_label:
        return ""
    parts = join(
        f"{n} {LABEL_NAMES.get(k, k)}" for k, n in sorted(by_label.items(), key=lambda kv: -kv[1])
    )
    text = f"Across the corpus the canonical entities are {parts}."
    if f["n_articles"] > 1:
        text += (
            f" Organisations outnumber people in {f['org_over_per_articles']} of "
            f"{plural(f['n_articles'], 'article')}."
        )
    return text


def evaluation(f: dict) -> str:
    if not f["scores"]:
        return (
            "This corpus has no hand annotations (a study file's `annotations`), so the "
            "entity stage is not scored here; `tests/devset/` holds the scores measured on "
            "real news the rules were not written from."
        )
    rows = f["scores"]
    lines = []
    for kind in sorted({r["texts"] for r in rows}):
        subset = {r["system"]: r for r in rows if r["texts"] == kind}
        pipe = subset.get("pipeline")
        bare = next((r for s, r in subset.items() if s != "pipeline"), None)
        if not pipe or not bare:
            continue
        lines.append(
            f"On the {kind} texts ({plural(int(pipe['n_gold']), 'annotated mention')}), the "
            f"pipeline's F1 is {pipe['f1']:.2f} against {bare['f1']:.2f} for the bare model, "
            f"and its label accuracy {pipe['label_accuracy']:.2f} against {bare['label_accuracy']:.2f}."
        )
    n_gold = sum(int(r["n_gold"]) for r in rows if r["system"] == "pipeline")
    text = " ".join(lines)
    if n_gold < 100:
        text += (
            f" With {n_gold} annotated mentions these figures show the size of an effect, "
            "not a benchmark."
        )
    return text


def limitations(f: dict) -> str:
    points = [
        "Entities are what spaCy's French model and the gazetteer recognise; a name neither "
        "knows, or a common noun used as an actor (« le gouvernement »), is not counted.",
        "Canonical names merge surface forms by general rules (surnames, acronyms, modifiers); "
        "the `aliases` column of entities.csv shows every merge to check.",
    ]
    if f["n_articles"] < 30:
        points.append(
            f"With {plural(f['n_articles'], 'article')}, which entities lead is a property of "
            "these articles, not of the coverage at large."
        )
    return "**Limits of this stage.** " + " ".join(points)


def case_study(f: dict) -> str:
    return f"**Entities** (`02-entities.ipynb`): {overview(f).split(' Mentions come')[0]} {entity_list(f)}"
