"""Stage 02 · named entities: paragraphs to mentions, canonical entities and sentences."""

from __future__ import annotations

from helpers.core.labels import use_article_names
from helpers.core.memory import release_freed_memory
from helpers.core.paths import RunPaths, cache_dir
from helpers.core.stage import Param, Setting, Stage, StageResult, read_inputs
from helpers.core.study import Study
from helpers.entities.readings import case_study, findings
from helpers.parsing.checks import PARSING_PARAMETERS
from helpers.parsing.gazetteer import GazetteerError, gazetteer_for


def check_gazetteer(study: Study) -> list[str]:
    try:
        gazetteer_for(study.gazetteer)
    except GazetteerError as error:
        return [f"gazetteer: {error}"]
    return []


STAGE = Stage(
    name="entities",
    notebook="02-entities",
    reads=("articles", "paragraphs"),
    writes=("mentions", "entities", "sentences", "quotes", "voices"),
    parameters={
        **PARSING_PARAMETERS,
        "top_entities": Param("rows of the entity heatmap", low=1),
        "speaker_gender": Param(
            "give speakers a gender from in-text cues (Mme, « a-t-elle »)", choices=(True, False)
        ),
    },
    settings=("gazetteer", "concordance_entity", "annotations"),
    parses=True,
    check_study=check_gazetteer,
    resources=("data/gazetteer.yaml", "tests/devset/entity_scores.csv"),
    case_study=case_study,
    summary="spaCy NER with a gazetteer; mentions resolved to canonical entities",
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
    top_entities: int,
    speaker_gender: bool,
    max_figure_articles: int,
    progress: bool = False,
) -> StageResult:
    from helpers.entities.evaluation import (
        evaluation_table,
        load_gold,
        pipeline_spans,
        raw_spacy_spans,
    )
    from helpers.entities.mentions import (
        MENTION_PARTS,
        concordance,
        entities_by_article,
        entity_table,
        find_mentions,
        richest_paragraph,
    )
    from helpers.entities.quotes import attribute_quotes, voices
    from helpers.parsing.rows import article_rows

    inputs = read_inputs(STAGE, paths)
    use_article_names(inputs["articles"])  # figures name articles by outlet, date, title
    paragraphs = inputs["paragraphs"]
    gazetteer = gazetteer_for(study.gazetteer)
    options = dict(
        model=model, max_chars=max_chars, batch_size=batch_size, n_process=n_process,
        engine=engine, scheduler_address=scheduler_address or None,
    )  # fmt: skip
    articles = article_rows(
        paragraphs, gazetteer, cache_dir(), progress=progress, parts=MENTION_PARTS, **options
    )
    mentions, sentences, dropped = find_mentions(articles, gazetteer)
    release_freed_memory()  # the rules' candidates are gone: the quote pass reuses their room
    entities = entity_table(mentions, gazetteer)
    # who speaks needs the canonical names: a second pass over the cached rows, no parse
    again = article_rows(paragraphs, gazetteer, cache_dir(), parts=("speech",), **options)
    titles = dict(zip(inputs["articles"]["article_id"], inputs["articles"]["title"], strict=True))
    quotes = attribute_quotes(paragraphs, mentions, again, gender=speaker_gender, titles=titles)
    release_freed_memory()
    voice_table = voices(quotes)
    settings = [
        Setting(
            "gazetteer",
            f"{len(gazetteer.entries)} entries (general gazetteer of {gazetteer.snapshot})",
            "study file and general gazetteer" if study.gazetteer else "general gazetteer",
        ),
        _concordance_setting(study, entities),
    ]
    entity = settings[-1].value
    shown = sorted(paragraphs["article_id"].unique())[:max_figure_articles]
    scores = None
    if study.annotations:
        gold = load_gold(study.annotations, paragraphs)
        scores = evaluation_table(  # only where there are annotations to score; cached
            gold,
            {"pipeline": pipeline_spans(gold, gazetteer, cache_dir(), model),
             f"bare {model}": raw_spacy_spans(gold, model, cache_dir())},
        )  # fmt: skip
        settings.append(Setting("annotations", study.annotations.name, "study file"))
    else:
        settings.append(Setting("annotations", "", "none", "no study annotations: no evaluation"))
    tables = {"mentions": mentions, "entities": entities, "sentences": sentences,
              "quotes": quotes, "voices": voice_table}  # fmt: skip
    example = richest_paragraph(mentions) if len(mentions) else None
    return StageResult(
        tables=tables,
        findings=findings(tables, inputs["articles"], dropped, scores, entity),
        figures={
            "heatmap": entities_by_article(
                mentions[mentions["article_id"].isin(shown)], top=top_entities
            ),
            "types": mentions[mentions["article_id"].isin(shown)],
        },
        settings=settings,
        extra={
            "dropped": dropped.sort_values(["reason", "text", "article_id"], ignore_index=True),
            "concordance": concordance(entity, mentions, sentences) if entity else None,
            "example": example,
            "scores": scores,
            "paragraphs": paragraphs,
        },
    )


def _concordance_setting(study: Study, entities) -> Setting:
    known = set(entities["entity"])
    if study.concordance_entity:
        warning = (
            f"The study's concordance entity {study.concordance_entity!r} is not an entity of "
            "this corpus: the concordance is empty. Check its spelling against entities.csv."
            if study.concordance_entity not in known
            else ""
        )
        return Setting("concordance_entity", study.concordance_entity, "study file", "", warning)
    if entities.empty:
        return Setting("concordance_entity", "", "none", "no entity was found")
    ranked = entities.sort_values(["n_mentions", "entity"], ascending=[False, True])
    return Setting(
        "concordance_entity",
        ranked["entity"].iat[0],
        "computed from the data",
        "the most mentioned entity",
    )
