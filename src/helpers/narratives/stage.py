"""Stage 04 · narrative comparison: salience, voices, roles, frames, keyness,
similarity, timeline and a synthesis, each with its evidence."""

from __future__ import annotations

import pandas as pd

from helpers.core.labels import use_article_names
from helpers.core.paths import RunPaths, cache_dir
from helpers.core.stage import Param, Setting, Stage, StageResult, read_inputs
from helpers.core.study import Study
from helpers.narratives.frames import FrameError, dominant_frames, frames_for, score_frames
from helpers.narratives.readings import case_study, findings
from helpers.parsing.checks import PARSING_PARAMETERS
from helpers.parsing.gazetteer import GazetteerError, gazetteer_for


def check_study_files(study: Study) -> list[str]:
    problems = []
    try:
        gazetteer_for(study.gazetteer)
    except GazetteerError as error:
        problems.append(f"gazetteer: {error}")
    try:
        frames_for(study.frames)
    except FrameError as error:
        problems.append(f"frames: {error}")
    return problems


STAGE = Stage(
    name="narratives",
    notebook="04-narratives",
    reads=("articles", "paragraphs", "sentences", "mentions", "quotes", "voices"),
    writes=(
        "salience",
        "svo",
        "frames",
        "keyness",
        "similarity",
        "timeline",
        "synthesis",
    ),  # fmt: skip
    parameters={
        **PARSING_PARAMETERS,
        "n_actors": Param("actors compared when the study names none", low=1),
        "prior_strength": Param("α0 of the log-odds prior", low=0),
        "keyness_top": Param("distinctive terms kept per article", low=1),
        "similarity_top_k": Param("neighbours kept per article beyond 50 articles", low=1),
    },
    settings=("gazetteer", "actors", "frames"),
    parses=True,
    check_study=check_study_files,
    resources=("data/gazetteer.yaml", "data/frames.yaml", "tests/devset/quote_scores.csv"),
    case_study=case_study,
    summary="salience, voices, roles, frames, keyness, similarity, timeline, synthesis",
)


def run(
    paths: RunPaths,
    *,
    study: Study,
    model: str,
    max_chars: int,
    batch_size: int,
    n_process: int,
    engine: str,
    scheduler_address: str,
    n_actors: int,
    prior_strength: float,
    keyness_top: int,
    similarity_top_k: int,
    max_figure_articles: int,
    progress: bool = False,
) -> StageResult:
    from helpers.narratives.keyness import keyness
    from helpers.narratives.lexicon import WordTally, without_calendar_words
    from helpers.narratives.roles import (
        TRIPLE_PARTS,
        actor_roles,
        actor_verbs,
        words_and_triples,
    )
    from helpers.narratives.salience import salience
    from helpers.narratives.similarity import most_similar, similarity_table
    from helpers.narratives.synthesis import synthesis
    from helpers.narratives.timeline import coverage_by_month, extract_dates
    from helpers.parsing.rows import article_rows

    inputs = read_inputs(STAGE, paths)
    use_article_names(inputs["articles"])  # figures name articles by outlet, date, title
    articles, paragraphs = inputs["articles"], inputs["paragraphs"]
    sentences, mentions = inputs["sentences"], inputs["mentions"]
    frame_dictionary = frames_for(study.frames)
    # notebook 02 parsed and extracted these articles: their rows come from the cache,
    # and the model is loaded only if an article is missing from it
    articles_rows = article_rows(
        paragraphs, gazetteer_for(study.gazetteer), cache_dir(), model=model,
        max_chars=max_chars, batch_size=batch_size, n_process=n_process, engine=engine,
        scheduler_address=scheduler_address or None, progress=progress, parts=TRIPLE_PARTS,
    )  # fmt: skip
    tally = WordTally(lemma for frame in frame_dictionary for lemma in frame.lemmas)
    svo = words_and_triples(articles_rows, mentions, tally)
    words_per_article = tally.words_per_article()
    quotes, voice_table = inputs["quotes"], inputs["voices"]  # found by notebook 02
    # an empty table read back from CSV has text columns: give the counts their type
    voice_table = voice_table.astype({"quotes": "int64", "words": "int64"})
    # dates say when, not what: month and weekday names of the model's language go
    lemmas, calendar = without_calendar_words(tally.lemma_counts(), model.split("_")[0])
    salient = salience(mentions, paragraphs, articles, voice_table)
    actor_setting = _actor_setting(study, mentions, n_actors)
    actors = {a: m for a, m in actor_setting.value.items() if set(m) & set(mentions["entity"])}
    roles = actor_roles(svo, actors) if actors else _no_roles()
    verbs_of = actor_verbs(svo, actors) if actors else {}
    frame_scores = score_frames(
        frame_dictionary, tally.frame_sentences(), sentences, words_per_article
    )
    dominant = dominant_frames(frame_scores)
    key_terms = keyness(lemmas, prior_strength=prior_strength, top=keyness_top)
    similar, cosine, order = similarity_table(lemmas, mentions, top_k=similarity_top_k)
    nearest = most_similar(similar) if not similar.empty else {}
    timeline = extract_dates(sentences, articles)
    summary = synthesis(articles, dominant, salient, quotes, key_terms, nearest)
    shown = sorted(articles["article_id"])[:max_figure_articles]
    tables = {
        "salience": salient, "svo": svo,
        "frames": frame_scores, "keyness": key_terms, "similarity": similar,
        "timeline": timeline, "synthesis": summary,
    }  # fmt: skip
    labels = {f.id: f.label for f in frame_dictionary}
    settings = [
        Setting("frames", f"{len(frame_dictionary)} frames",
                "study file" if study.frames else "general dictionary (Policy Frames Codebook)"),
        actor_setting,
    ]  # fmt: skip
    return StageResult(
        tables=tables,
        findings=findings(
            {**tables, "quotes": quotes},
            articles,
            mentions,
            voice_table,
            roles,
            dominant,
            labels,
            verbs_of,
        ),
        figures={
            "salience": salient[salient["article_id"].isin(shown)],
            "voices": voice_table,
            "articles": articles,
            "roles": roles[roles["article_id"].isin(shown)],
            "frames": frame_scores[frame_scores["article_id"].isin(shown)],
            "frame_labels": labels,
            "keyness": key_terms,
            "similarity": (similar, cosine, order)
            if 1 < len(order) <= max_figure_articles
            else None,
            "timeline": timeline[timeline["article_id"].isin(shown)],
        },  # fmt: skip
        settings=settings,
        extra={
            "quotes": quotes,
            "voices": voice_table,
            "roles": roles,
            "dominant": dominant,
            "coverage": coverage_by_month(articles, mentions),
            "n_words": int(words_per_article.sum()),
            "n_lemmas": int(lemmas["count"].sum()),
            "calendar_words": calendar,
        },  # fmt: skip
    )


def _no_roles() -> pd.DataFrame:
    return pd.DataFrame(
        columns=["article_id", "actor", "as_agent", "as_patient", "agent_verbs", "patient_verbs"]
    )


def _actor_setting(study: Study, mentions: pd.DataFrame, n_actors: int) -> Setting:
    present = set(mentions["entity"])
    if study.actors:
        missing = sorted({m for members in study.actors.values() for m in members} - present)
        empty = sorted(a for a, members in study.actors.items() if not set(members) & present)
        warning = ""
        if empty:
            warning = (
                f"The study's actors {', '.join(empty)} have no entity in this corpus and "
                "are left out of the roles figure."
            )
        elif missing:
            warning = (
                f"{len(missing)} entities named by the study's actors are not in this "
                f"corpus: {', '.join(missing[:8])}{'…' if len(missing) > 8 else ''}."
            )
        return Setting("actors", study.actors, "study file", "", warning)
    counts = mentions["entity"].value_counts()
    ranked = sorted(counts.index, key=lambda e: (-counts[e], e))[:n_actors]
    return Setting(
        "actors",
        {entity: [entity] for entity in ranked},
        "computed from the data",
        f"the {n_actors} most mentioned entities, ties by name",
    )
