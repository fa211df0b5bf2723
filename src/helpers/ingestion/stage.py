"""Stage 01 · ingestion: raw files to clean articles, paragraphs and metadata."""

from __future__ import annotations

from helpers.core.labels import use_article_names
from helpers.core.paths import RunPaths
from helpers.core.stage import Param, Stage, StageResult
from helpers.ingestion.readings import case_study, findings

STAGE = Stage(
    name="ingestion",
    notebook="01-ingestion",
    reads=(),
    writes=("articles", "paragraphs", "removed_lines", "rejected"),
    reads_corpus=True,
    parameters={
        "languages": Param("ISO 639-1 codes of the languages kept"),
        "min_body_chars": Param("shorter cleaned bodies are rejected as no_text", low=0),
        "near_duplicate_threshold": Param("Jaccard similarity of word 5-grams", low=0, high=1),
    },
    case_study=case_study,
    summary="decoding, boilerplate, metadata, language, duplicates, paragraphs",
)


def run(
    paths: RunPaths,
    *,
    languages: list[str],
    min_body_chars: int,
    near_duplicate_threshold: float,
    progress: bool = False,
) -> StageResult:
    from helpers.ingestion.ingest import REASONS, ingest_corpus

    ingested = ingest_corpus(
        paths.corpus,
        languages=tuple(languages),
        min_body_chars=min_body_chars,
        near_duplicate_threshold=near_duplicate_threshold,
        progress=progress,
    )
    use_article_names(ingested.articles)  # figures name articles by outlet, date, title
    tables = {
        "articles": ingested.articles,
        "paragraphs": ingested.paragraphs,
        "removed_lines": ingested.removed_lines,
        "rejected": ingested.rejected,
    }
    return StageResult(tables=tables, findings=findings(tables), extra={"reasons": REASONS})
