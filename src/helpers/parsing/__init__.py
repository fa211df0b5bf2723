"""Parsing, shared by the entity and narrative stages: the spaCy pipeline with the
gazetteer's EntityRuler (``nlp``, ``gazetteer``), the parse cache, and the Dask
engine (``engine``). Parses are cached by text, model and gazetteer, so the stage
that parses second reads them back."""
