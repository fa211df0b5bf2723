"""Helpers for the news-coverage analysis notebooks.

Each notebook is one stage of the pipeline; the logic lives here so that it is
tested once and shared. Modules:

- ``paths``: project root and where a run reads and writes.
- ``params``: the parameters in ``params.yaml``.
- ``outputs``: byte-stable writing of tables and figures.
- ``decoding``: bytes to clean Unicode text (encodings, mojibake, HTML).
- ``boilerplate``: line rules that separate boilerplate and bylines from the body.
- ``corpus``: reading a folder or a bulk export into documents.
- ``dedup``: exact and near-duplicate detection.
- ``ingest``: the ingestion stage, from corpus to tables.
- ``run``: executes the notebooks with papermill, staged and atomic.
"""

__version__ = "0.1.0"
