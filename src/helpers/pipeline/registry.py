"""The stages of the pipeline, in order. The pipeline layer knows them only here."""

from __future__ import annotations

from helpers import entities, ingestion, narratives, network
from helpers.core.stage import Stage

STAGES: tuple[Stage, ...] = (ingestion.STAGE, entities.STAGE, network.STAGE, narratives.STAGE)


def stage_of(notebook_stem: str) -> Stage:
    for stage in STAGES:
        if stage.notebook == notebook_stem:
            return stage
    raise KeyError(
        f"notebook {notebook_stem} declares no stage; known: "
        + ", ".join(s.notebook for s in STAGES)
    )
