"""Stage 01 · ingestion: decoding, boilerplate, metadata, language, duplicates.

Modules: ``corpus`` (reading files, the I/O edge), ``decoding``, ``boilerplate``,
``dedup``, ``ingest`` (the whole pass), ``readings`` (findings and sentences),
``plots`` and ``stage`` (the declaration and ``run``).
"""

from helpers.ingestion.stage import STAGE, run

__all__ = ["STAGE", "run"]
