"""Findings of the narrative stage, and the sentences written from them.

Every sentence is built from the stage's tables: an empty table gives a sentence
saying so, small counts are called small, ties are reported as ties.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pandas as pd

from helpers.core.labels import article_labels
from helpers.core.prose import SMALL_COUNT, join, name, names, plural, share, verb
from helpers.narratives.frames import TIE

Z_THRESHOLD = 2.0


def findings(
    tables: dict[str, pd.DataFrame],
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    voice_table: pd.DataFrame,
    roles: pd.DataFrame,
    dominant: pd.Series,
    frame_labels: dict[str, str],
    actor_verbs: dict[str, list[tuple[str, int]]],
) -> dict[str, Any]:
    ids = sorted(articles["article_id"])
    return {
        "n_articles": len(ids),
        "labels": article_labels(articles),
        "salience": _salience(tables["salience"]),
        "voices": _voices(tables["quotes"], voice_table, ids),
        "roles": _roles(roles, actor_verbs),
        "frames": {
            "labels": frame_labels,
            "dominant": {a: dominant.get(a, "") for a in ids},
            "close": _close_calls(tables["frames"]),
        },
        "keyness": _keyness(tables["keyness"], ids),
        "similarity": _similarity(tables["similarity"]),
        "timeline": _timeline(tables["timeline"], articles),
    }


CLOSE_CALL = 0.10  # a first frame less than 10 % ahead of the second: a mixed article


def _close_calls(frames: pd.DataFrame) -> list[str]:
    """Articles whose dominant frame leads the next one by less than ``CLOSE_CALL``."""
    hit = frames[frames["n_hits"] > 0]
    best = hit.groupby("article_id")["score"].max()
    below = hit[hit["score"] < hit["article_id"].map(best) - 1e-12]
    second = below.groupby("article_id")["score"].max()
    lead = (best.loc[second.index] - second) / best.loc[second.index]
    return sorted(lead[lead < CLOSE_CALL].index)


def _salience(salient: pd.DataFrame) -> dict:
    """Per article, its most salient entities and those in its title or lead; one pass
    over the columns, not a filtered frame per article (which grew with the corpus)."""
    if salient["in_lead"].dtype == object:
        lead = (salient["in_lead"].astype(str) == "true").tolist()
    else:
        lead = salient["in_lead"].astype(bool).tolist()
    best = salient.groupby("article_id", sort=True)["share"].max()
    top, leading = defaultdict(list), defaultdict(list)
    ids, entities = salient["article_id"].tolist(), salient["entity"].tolist()
    near = ((salient["share"] - salient["article_id"].map(best)).abs() < 1e-9).tolist()
    for article_id, entity, is_top, in_lead in zip(ids, entities, near, lead, strict=True):
        if is_top:
            top[article_id].append(entity)
        if in_lead:
            leading[article_id].append(entity)
    second = (
        salient[~pd.Series(near, index=salient.index)]
        .sort_values(["article_id", "share", "entity"], ascending=[True, False, True])
        .drop_duplicates("article_id")
        .set_index("article_id")
    )
    return {
        article_id: {"entities": sorted(top[article_id]), "share": float(share),
                     "in_lead": sorted(leading[article_id])[:5],
                     "runner_up": str(second["entity"].get(article_id, "")),
                     "runner_up_share": float(second["share"].get(article_id, 0.0))}
        for article_id, share in best.items()
    }  # fmt: skip


def _voices(quotes: pd.DataFrame, voice_table: pd.DataFrame, ids: list[str]) -> dict:
    attributed = voice_table[voice_table["speaker"] != "(unattributed)"]
    speakers = attributed.groupby("speaker").agg(
        quotes=("quotes", "sum"), words=("words", "sum"), articles=("article_id", "nunique")
    )
    ranked = sorted(speakers.index, key=lambda s: (-speakers.at[s, "words"], s))
    direct = quotes[quotes["kind"] == "direct"].drop_duplicates(["article_id", "quote_id"])
    by_gender = attributed[attributed["speaker_type"].isin(["person", "description"])]
    words_by_gender = by_gender.groupby("speaker_gender")["words"].sum()
    return {
        "n_quotes": len(direct),
        "n_unattributed": int((direct["speaker"] == "").sum()),
        "n_indirect": int((quotes["kind"] == "indirect").sum()),
        "n_pull_quotes": int((quotes["kind"] == "pull_quote").sum()),
        "articles_quoting": sorted(direct["article_id"].unique()),
        "most_in_one_article": _most_in_one(direct),
        "gender_words": {str(g): int(w) for g, w in sorted(words_by_gender.items()) if g},
        "n_articles": len(ids),
        "n_speakers": len(ranked),
        "top": [
            {
                "speaker": s,
                "quotes": int(speakers.at[s, "quotes"]),
                "words": int(speakers.at[s, "words"]),
                "articles": int(speakers.at[s, "articles"]),
            }
            for s in ranked[:5]
        ],  # fmt: skip
        "total_words": int(attributed["words"].sum()),
    }


def _most_in_one(direct: pd.DataFrame) -> dict:
    """The article with the most direct quotes (ties by id) and how many it has."""
    if direct.empty:
        return {"article_id": "", "quotes": 0}
    counts = direct.groupby("article_id").size()
    best = min(counts.index, key=lambda a: (-counts[a], a))
    return {"article_id": best, "quotes": int(counts[best])}


def _roles(roles: pd.DataFrame, actor_verbs: dict[str, list[tuple[str, int]]]) -> list[dict]:
    if roles.empty:
        return []
    total = roles.groupby("actor").agg(
        as_agent=("as_agent", "sum"), as_patient=("as_patient", "sum")
    )
    out = []
    for actor in sorted(
        total.index, key=lambda a: (-(total.at[a, "as_agent"] + total.at[a, "as_patient"]), a)
    ):
        mine = roles[roles["actor"] == actor]
        per_article = mine["as_agent"] + mine["as_patient"]
        out.append(
            {"actor": actor, "as_agent": int(total.at[actor, "as_agent"]),
             "as_patient": int(total.at[actor, "as_patient"]),
             "agent_articles": int((mine["as_agent"] > mine["as_patient"]).sum()),
             "articles": int((per_article > 0).sum()),
             "most_in_one_article": int(per_article.max()) if len(per_article) else 0,
             "verbs": [list(pair) for pair in actor_verbs.get(actor, [])]}
        )  # fmt: skip
    return out


def _keyness(key_terms: pd.DataFrame, ids: list[str]) -> dict:
    strong = key_terms[key_terms["zscore"] >= Z_THRESHOLD].sort_values(
        ["article_id", "zscore", "term"], ascending=[True, False, True]
    )
    by_article = {a: list(g["term"]) for a, g in strong.groupby("article_id", sort=False)}
    # grouped once: filtering the table per article grows with the square of the corpus
    return {
        a: {"n_strong": len(by_article.get(a, [])), "terms": by_article.get(a, [])[:5]} for a in ids
    }


def _similarity(similar: pd.DataFrame) -> dict:
    if similar.empty:
        return {}
    words = similar.sort_values(
        ["tfidf_cosine", "article_a", "article_b"], ascending=[False, True, True]
    ).iloc[0]
    cast = similar.sort_values(
        ["entity_jaccard", "article_a", "article_b"], ascending=[False, True, True]
    ).iloc[0]
    return {
        "n_pairs": len(similar),
        "median_cosine": float(similar["tfidf_cosine"].median()),
        "max_cosine": float(words["tfidf_cosine"]), "closest_words": [words["article_a"], words["article_b"]],
        "max_jaccard": float(cast["entity_jaccard"]), "closest_cast": [cast["article_a"], cast["article_b"]],
        "median_jaccard": float(similar["entity_jaccard"].median()),
    }  # fmt: skip


def _timeline(timeline: pd.DataFrame, articles: pd.DataFrame) -> dict:
    resolved = timeline[timeline["date_start"].astype(str) != ""]
    return {
        "n_expressions": len(timeline),
        "n_resolved": len(resolved),
        "n_dated_articles": int((articles["published"].astype(str) != "").sum()),
        "earliest": str(resolved["date_start"].min()) if len(resolved) else "",
        "latest": str(resolved["date_end"].max()) if len(resolved) else "",
        "no_dates": sorted(set(articles["article_id"]) - set(timeline["article_id"])),
    }


def _label(f: dict, article_id: str) -> str:
    return f["labels"].get(article_id, article_id)


CLOSE_LEAD = 0.10  # a runner-up this close (share of the leader's share) shares the focus


def salience_reading(f: dict) -> str:
    leaders = f["salience"]
    if not leaders:
        return "No article has an entity mention: there is no salience to compare."
    counts: dict[str, int] = {}
    ties = 0
    for info in leaders.values():
        if len(info["entities"]) == 1:
            counts[info["entities"][0]] = counts.get(info["entities"][0], 0) + 1
        else:
            ties += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    text = (
        "The entity with the largest share of its article's mentions: "
        + join(f"{name(e)} in {plural(n, 'article')}" for e, n in ranked[:5])
        + (f", and {len(ranked) - 5} other entities" if len(ranked) > 5 else "")
        + "."
    )
    if ties:
        text += f" In {plural(ties, 'article')} two or more entities tie for first."
    close = {
        a: info for a, info in sorted(leaders.items())
        if len(info["entities"]) == 1 and info.get("runner_up")
        and info["share"] - info["runner_up_share"] < CLOSE_LEAD * info["share"]
    }  # fmt: skip
    if close:
        text += (
            f" In {plural(len(close), 'article')} the next entity is within a tenth of the "
            "leader, so the article shares its focus: "
            + "; ".join(
                f"{_label(f, a)}: {name(i['entities'][0])} {i['share']:.0%}, "
                f"{name(i['runner_up'])} {i['runner_up_share']:.0%}"
                for a, i in close.items()
            )
            + "."
        )
    if f["n_articles"] <= 12:
        text += (
            " By article: "
            + "; ".join(
                f"{_label(f, a)}: {names(info['entities'], 3)} ({info['share']:.0%})"
                for a, info in sorted(leaders.items())
            )
            + "."
        )
    return text


def voices_reading(f: dict) -> str:
    v = f["voices"]
    if not v["n_quotes"]:
        return (
            "No direct quote attributed to a speaker was found in any article. Either the "
            "articles paraphrase rather than quote, or their quotes use forms the extractor "
            "does not know (see the method above)."
        )
    quoting = len(v["articles_quoting"])
    text = f"{plural(v['n_quotes'], 'quote')} in {quoting} of {plural(v['n_articles'], 'article')}"
    if v["n_unattributed"]:
        text += f" ({plural(v['n_unattributed'], 'quote')} without a speaker)"
    text += ". "
    if v["top"]:
        text += (
            f"{plural(v['n_speakers'], 'speaker')} in all; by words quoted: "
            + join(
                f"{name(s['speaker'])} ({s['words']} words, {plural(s['quotes'], 'quote')})"
                for s in v["top"][:4]
            )
            + "."
        )
        lead = v["top"][0]
        if v["total_words"]:
            text += f" The first voice has {share(lead['words'], v['total_words'])} of the quoted words."
    if v["n_pull_quotes"] or v["n_indirect"]:
        text += (
            f" Not counted: {plural(v['n_pull_quotes'], 'pull quote')} repeating or displaying "
            f"a quotation, and {plural(v['n_indirect'], 'passage')} of reported speech without "
            "quotation marks."
        )
    one = v.get("most_in_one_article", {})
    if len(v["articles_quoting"]) > 1 and one.get("quotes", 0) > v["n_quotes"] / 2:
        text += (
            f" {one['quotes']} of the {v['n_quotes']} quotes come from one article, "
            f"{name(_label(f, one['article_id']))}: the ranking "
            "says more about that article than about the corpus."
        )
    if v["n_quotes"] < SMALL_COUNT:
        text += " With so few quotes, this describes these articles, not a pattern."
    return text


def gender_reading(f: dict) -> str:
    """Quoted words by the speaker's gender, with what the cues can and cannot say."""
    words = f["voices"].get("gender_words", {})
    total = sum(words.values())
    if not total:
        return (
            "No quoted person has a gender here: either gender is off (`speaker_gender`), "
            "or no quote was attributed to a person."
        )
    parts = [f"{g} {share(words[g], total)}" for g in ("female", "male", "unknown") if g in words]
    text = (
        f"Of the {total} words quoted from people and described speakers, by the gender the "
        f"text gives them: {join(parts)}."
    )
    if words.get("unknown", 0) == total:
        text += (
            " No speaker has a gender cue in the text (no Mme/M., no agreement such as "
            "« a-t-elle »): the gender of these voices is unknown, not balanced."
        )
        return text  # no share of men and women to qualify
    if words.get("unknown", 0) > total / 2:
        text += (
            " Most speakers have no gender cue in the text (no Mme/M., no agreement), so "
            "the known shares describe a minority of the quoted words."
        )
    if total < 500:
        text += " On so few words, this describes these articles, not a pattern."
    return text


def roles_reading(f: dict) -> str:
    roles = f["roles"]
    if not roles or not any(r["as_agent"] + r["as_patient"] for r in roles):
        return "No actor is the agent or patient of a verb in the triples: there are no roles to compare."
    lines = []
    for r in roles:
        n = r["as_agent"] + r["as_patient"]
        if not n:
            lines.append(f"{name(r['actor'])} is in no triple")
            continue
        lines.append(
            f"{name(r['actor'])} is {_side(r['as_agent'], r['as_patient'])} "
            f"({r['as_agent']} as agent, {r['as_patient']} as patient, in "
            f"{plural(r['articles'], 'article')}{_one_article(r, n)}"
            + (f"; verbs: {', '.join(f'{v} ({c})' for v, c in r['verbs'])}" if r["verbs"] else "")
            + ")"
        )
    return "By actor: " + "; ".join(lines) + "."


def _side(agent: int, patient: int) -> str:
    """Which side an actor leans to, said only when the counts allow it: the same rule
    for every actor (at least ``SMALL_COUNT`` triples, and a lead of two thirds)."""
    n = agent + patient
    if n < SMALL_COUNT:
        return "in too few triples to read a pattern"
    if agent >= 2 * patient:
        return "more often agent than patient"
    if patient >= 2 * agent:
        return "more often patient than agent"
    return "about as often agent as patient"


def _one_article(r: dict, n: int) -> str:
    most = r["most_in_one_article"]
    if r["articles"] > 1 and most >= 0.7 * n:
        return f", {most} of the {n} in one article"
    return ""


def frames_reading(f: dict) -> str:
    dominant = f["frames"]["dominant"]
    labels = f["frames"]["labels"]
    none = sorted(a for a, d in dominant.items() if not d)
    ties = sorted(a for a, d in dominant.items() if TIE in d)
    counts: dict[str, int] = {}
    for d in dominant.values():
        if d and TIE not in d:
            counts[d] = counts.get(d, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    parts = []
    if ranked:
        parts.append(
            "Dominant frame (highest score): "
            + join(f"{labels.get(k, k)} in {plural(n, 'article')}" for k, n in ranked)
            + "."
        )
    close = [a for a in f["frames"].get("close", []) if a not in ties]
    if close:
        parts.append(
            f"In {plural(len(close), 'article')} the first frame leads the second by less "
            f"than {CLOSE_CALL:.0%}: read {verb(len(close), 'it', 'them')} as mixed."
        )
    if ties:
        parts.append(
            f"{plural(len(ties), 'article')} {verb(len(ties), 'has', 'have')} a tie for first."
        )
    if none:
        parts.append(
            f"{plural(len(none), 'article')} {verb(len(none), 'has', 'have')} no frame word at all, hence no dominant frame."
        )
    parts.append(
        "A dominant frame is the frame whose vocabulary is densest, not a coded reading of "
        "the article: read the evidence sentences in frames.csv before naming it a frame."
    )
    return " ".join(parts)


def keyness_reading(f: dict) -> str:
    k = f["keyness"]
    if f["n_articles"] < 2:
        return "Keyness compares articles: one article has nothing to be compared with."
    strong = {a: v for a, v in k.items() if v["n_strong"]}
    if not strong:
        return (
            f"No word of any article reaches z = {Z_THRESHOLD:.0f}: with articles this short, no "
            "difference in vocabulary is distinguishable from chance."
        )
    text = (
        f"{plural(len(strong), 'article')} of {f['n_articles']} "
        f"{verb(len(strong), 'has', 'have')} words above z = {Z_THRESHOLD:.0f}"
    )
    if len(strong) <= 12:
        text += ": " + "; ".join(
            f"{_label(f, a)}: {', '.join(v['terms'])}" for a, v in sorted(strong.items())
        )
    text += "."
    weak = f["n_articles"] - len(strong)
    if weak:
        text += f" {plural(weak, 'article')} {verb(weak, 'has', 'have')} none: their top words in the table are below that threshold, not distinctive."
    return text


def similarity_reading(f: dict) -> str:
    s = f["similarity"]
    if not s:
        return "Similarity compares articles: there is only one."
    text = (
        f"In words (TF-IDF cosine), the closest pair is {_label(f, s['closest_words'][0])} and "
        f"{_label(f, s['closest_words'][1])} ({s['max_cosine']:.2f}), against a median pair of "
        f"{s['median_cosine']:.2f}. In cast (entity Jaccard), the closest pair is "
        f"{_label(f, s['closest_cast'][0])} and {_label(f, s['closest_cast'][1])} "
        f"({s['max_jaccard']:.2f}; median {s['median_jaccard']:.2f}). A cosine near 1 marks a "
        "copy or a wire reprinted; values far below it, articles written separately."
    )
    if s["max_cosine"] < GROUPED_COSINE:
        text += (
            f" No pair reaches a cosine of {GROUPED_COSINE}: the dendrogram's first join is at "
            f"{1 - s['max_cosine']:.2f}, so it orders the articles by closeness but shows no "
            "group of them that stands apart."
        )
    return text


GROUPED_COSINE = 0.5  # below it, two articles share less than half their weighted vocabulary


def timeline_reading(f: dict) -> str:
    t = f["timeline"]
    if not t["n_expressions"]:
        return "No article cites a date."
    text = (
        f"{plural(t['n_expressions'], 'date expression')}, of which {t['n_resolved']} "
        f"{verb(t['n_resolved'], 'resolves', 'resolve')} to a calendar date"
    )
    if t["n_resolved"]:
        text += (
            f"; the periods they name run from {t['earliest']} to {t['latest']} (a year or a "
            "month named whole, « cette année », « en avril », spans all its days)"
        )
    text += "."
    if t.get("no_dates"):
        text += (
            f" {join(_label(f, a) for a in t['no_dates'])} "
            f"{verb(len(t['no_dates']), 'cites', 'cite')} no date the patterns know, and "
            f"{verb(len(t['no_dates']), 'is', 'are')} absent from the figure."
        )
    undated = f["n_articles"] - t["n_dated_articles"]
    if undated:
        text += (
            f" {plural(undated, 'article')} without a publication date keep their relative "
            "dates (« en avril ») unresolved."
        )
    return text


def synthesis_reading(f: dict) -> str:
    """The few statements the tables support across stages, each with its caution."""
    bullets = [
        salience_reading(f).split(" By article:")[0],
        frames_reading(f).split(" A dominant")[0],
    ]
    bullets.append(voices_reading(f).split(" With so few")[0])
    if f["similarity"]:
        s = f["similarity"]
        bullets.append(
            f"Closest pair in words: cosine {s['max_cosine']:.2f} (median pair {s['median_cosine']:.2f})."
        )
    return "**Reading.** What the tables support, and no more:\n\n" + "\n".join(
        f"- {b}" for b in bullets if b
    )


def limitations(f: dict) -> str:
    points = []
    if f["n_articles"] < 30:
        points.append(
            f"{plural(f['n_articles'], 'article')}: every comparison here describes these "
            "articles, not the coverage at large."
        )
    undated = f["n_articles"] - f["timeline"]["n_dated_articles"]
    if undated:
        points.append(f"{plural(undated, 'article')} {verb(undated, 'is', 'are')} undated.")
    points.append(
        "Quotes are found by patterns of French reporting; a quote in a form they do not "
        "know is missed, and the voices are a lower bound."
    )
    points.append(
        "Frames are counted from a word list, not coded by readers; the dictionary has not "
        "been validated against hand coding."
    )
    return "**Limits of this stage.** " + " ".join(points)


def case_study(f: dict) -> str:
    parts = [
        salience_reading(f).split(" By article:")[0],
        voices_reading(f),
        frames_reading(f).split(" A dominant")[0],
        roles_reading(f),
        similarity_reading(f).split(" A cosine")[0],
    ]
    return "**Narratives** (`04-narratives.ipynb`): " + " ".join(p for p in parts if p)
