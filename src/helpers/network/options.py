"""The network stage's choices, importable without its libraries (for validation)."""

UNITS = {"sentence": "sentence_id", "paragraph": "paragraph_id"}  # unit → its id column
WEIGHTS = ("count", "npmi", "jaccard", "dice")
