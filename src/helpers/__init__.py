"""Helpers for the news-coverage analysis: the notebooks call them, all logic lives here.

The subpackages follow the architecture, in layers that import only downwards:

- ``core``: shared by every stage: paths, the table registry (``schemas``), byte-stable
  ``outputs``, the ``stage`` declaration and result, ``study`` settings, ``prose`` and
  ``labels`` for readings, ``text`` normalisation, figure style (``plotting``).
- ``parsing``: the spaCy pipeline with the gazetteer (``model``, ``gazetteer``), the
  extraction pass (``extract``), the parse cache and its rows (``rows``), the Dask
  ``engine``.
- The stages, which never import one another: ``ingestion`` (01), ``entities`` (02),
  ``network`` (03), ``narratives`` (04). Each declares its ``STAGE`` and a ``run()``, and
  keeps its ``readings`` and ``plots`` beside its methods.
- ``pipeline``: the runner (``run``), the stage ``cache``, ``validate``, ``export``,
  ``readme`` (the generated case study), ``bench`` and ``devset`` (scores on real news).
"""

__version__ = "0.1.0"
