"""Checking a folder of development-set texts before scoring it.

The texts are other people's writing, so they live outside the repository and a
new machine has to gather them again from the stored copies of the pages listed in
``tests/devset/articles.csv``. This check says, for every annotated article, whether
its text is there, whether it is the very text the figures were measured on (its
SHA-256 against ``tests/devset/texts.sha256``), and how many of its annotated quote
snippets and entity names it contains: a wrong page or a bad copy shows at once.
Usage::

    python -m helpers.pipeline.devset_texts --root ~/devset            # check
    python -m helpers.pipeline.devset_texts --root ~/devset --record   # write the fingerprints
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import pandas as pd
import yaml

from helpers.core.paths import project_root

DEVSET = Path("tests") / "devset"
FINGERPRINTS = DEVSET / "texts.sha256"
# each part's texts in a folder of its own, from unseen2 on (tests/devset/README.md)
FOLDERS = {"tune": "texts", "heldout": "texts", "unseen": "texts"} | {
    f"unseen{n}": f"texts{n + 2}" for n in range(2, 40)
}
_SPACE = re.compile(r"\s+")


def text_path(root: Path, split: str, article_id: str) -> Path:
    """Where the text of an article of ``split`` is kept under ``root``."""
    folder = FOLDERS.get(split)
    if folder is None:
        raise SystemExit(f"split {split!r} has no texts folder: add it to FOLDERS.")
    return root / folder / f"{article_id}.txt"


def _flat(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _annotated_strings(article_id: str, quotes: dict, entities: dict) -> tuple[list, list]:
    said = quotes.get(article_id) or {}
    snippets = [q["snippet"] for q in said.get("quotes") or []] + list(said.get("not_speech") or [])
    named = entities.get(article_id) or []
    names = [s for e in named for s in [e["name"], *(e.get("aliases") or [])]]
    return snippets, names


def check_texts(root: Path, project: Path | None = None) -> pd.DataFrame:
    """One row per article: present, fingerprint (matches / differs / new), and the share
    of its annotated snippets and entity strings found in the text."""
    project = project or project_root()
    index = pd.read_csv(project / DEVSET / "articles.csv", dtype=str, keep_default_na=False)
    quotes = yaml.safe_load((project / DEVSET / "quotes.yaml").read_text(encoding="utf-8"))
    entities = yaml.safe_load((project / DEVSET / "entities.yaml").read_text(encoding="utf-8"))
    known = _read_fingerprints(project / FINGERPRINTS)
    rows = []
    for row in index.itertuples():
        path = text_path(root, row.split, row.id)
        record = {"id": row.id, "split": row.split, "present": path.is_file(), "sha256": "",
                  "fingerprint": "missing", "snippets_found": 0, "snippets": 0,
                  "names_found": 0, "names": 0}  # fmt: skip
        snippets, names = _annotated_strings(row.id, quotes, entities)
        record["snippets"], record["names"] = len(snippets), len(names)
        if path.is_file():
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            text = _flat(data.decode("utf-8", errors="replace"))
            record["sha256"] = digest
            verdict = "matches" if known.get(row.id) == digest else "differs"
            record["fingerprint"] = verdict if row.id in known else "new"
            record["snippets_found"] = sum(_flat(s) in text for s in snippets)
            record["names_found"] = sum(_flat(s) in text for s in names)
        rows.append(record)
    return pd.DataFrame(rows)


def _read_fingerprints(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    pairs = (line.split() for line in path.read_text().splitlines() if line.strip())
    return {name.removesuffix(".txt"): digest for digest, name in pairs}


def write_fingerprints(checked: pd.DataFrame, path: Path) -> None:
    """``sha256sum`` format, sorted by id: the texts present, and the recorded fingerprint
    of every text absent here, so a machine holding some parts never erases the others."""
    digests = _read_fingerprints(path)
    present = checked[checked["present"]]
    digests |= dict(zip(present["id"], present["sha256"], strict=True))
    path.write_text("".join(f"{digests[i]}  {i}.txt\n" for i in sorted(digests)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default="~/devset", help="the folder holding texts, texts4, …")
    parser.add_argument("--record", action="store_true",
                        help="write tests/devset/texts.sha256 from the texts present")  # fmt: skip
    args = parser.parse_args(argv)
    checked = check_texts(Path(args.root).expanduser())
    by_split = checked.groupby("split", sort=False).agg(
        articles=("id", "size"), present=("present", "sum"),
        matches=("fingerprint", lambda f: int((f == "matches").sum())),
        differs=("fingerprint", lambda f: int((f == "differs").sum())),
        snippets_found=("snippets_found", "sum"), snippets=("snippets", "sum"),
        names_found=("names_found", "sum"), names=("names", "sum"),
    )  # fmt: skip
    print(by_split.to_string())
    weak = checked[checked["present"] & (checked["snippets_found"] < 0.8 * checked["snippets"])]
    if not weak.empty:
        print("\nunder 80 % of the annotated snippets found (wrong page or bad copy?): "
              + ", ".join(weak["id"]))  # fmt: skip
    differs = checked[checked["fingerprint"] == "differs"]
    if not differs.empty:
        print("\nnot the texts the figures were measured on: " + ", ".join(differs["id"]))
    if args.record:
        write_fingerprints(checked, project_root() / FINGERPRINTS)
        print(f"\n{int(checked['present'].sum())} fingerprints of texts present written to "
              f"{FINGERPRINTS}; those of absent texts kept")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
