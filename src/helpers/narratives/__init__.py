"""Stage 04 · narrative comparison: ``tokens``, ``salience``, ``quotes``, ``roles``,
``frames``, ``keyness``, ``similarity``, ``timeline``, ``synthesis``, ``readings``,
``plots`` and ``stage`` (the declaration and ``run``)."""

from helpers.narratives.stage import STAGE, run

__all__ = ["STAGE", "run"]
