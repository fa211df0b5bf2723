"""Stage 02 · named entities: ``mentions`` (spans to canonical entities),
``evaluation`` (scores against hand annotations), ``readings``, ``plots`` and
``stage`` (the declaration and ``run``)."""

from helpers.entities.stage import STAGE, run

__all__ = ["STAGE", "run"]
