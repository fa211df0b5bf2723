"""Helpers for the news-coverage analysis notebooks.

Each notebook is one stage of the pipeline; the logic lives here so that it is
tested once and shared.

- Project: ``paths``, ``params``, ``validate`` (parameters), ``outputs`` (byte-stable
  tables and figures), ``provenance``, ``run`` (papermill, staged and atomic),
  ``stages`` (skipping unchanged stages), ``export`` (HTML reports), ``report``
  (notebook prose), ``bench``.
- 01 ingestion: ``decoding``, ``corpus``, ``boilerplate``, ``dedup``, ``ingest``.
- 02 entities: ``gazetteer``, ``nlp``, ``entities``, ``evaluation``.
- 03 network: ``network``, ``network_plots``.
- 04 narratives: ``tokens``, ``salience``, ``quotes``, ``roles``, ``frames``,
  ``keyness``, ``similarity``, ``timeline``, ``synthesis``, ``narrative_plots``.
- Figures shared by stages: ``plotting``.
"""

__version__ = "0.1.0"
