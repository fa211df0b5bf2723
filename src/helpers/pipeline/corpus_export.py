"""Write the corpus for IRaMuTeQ, TXM and a spreadsheet from a run's tables.

Usage (``make corpus-export`` calls this)::

    python -m helpers.pipeline.corpus_export              # the shipped corpus's run
    python -m helpers.pipeline.corpus_export --out DIR    # a run made with OUT=DIR

The exports go to ``OUT/data/exports/`` (``data/exports/`` for the shipped
corpus), which git ignores. ``make run`` writes them too, at the end of the run;
this command rewrites them from tables already there, e.g. after changing
``share_text`` in ``params.yaml``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.core.corpus_export import export_corpus
from helpers.core.params import load_params
from helpers.core.paths import RunPaths, resolve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", help="the OUT folder of a run (default: this project)")
    share = parser.add_mutually_exclusive_group()
    share.add_argument(
        "--share-text",
        dest="share_text",
        action="store_true",
        default=None,
        help="include article text (default: share_text of params.yaml)",
    )
    share.add_argument("--no-share-text", dest="share_text", action="store_false",
                       help="ids and metadata only; no IRaMuTeQ or TXM export")  # fmt: skip
    args = parser.parse_args(argv)
    common = load_params()["common"]
    share_text = bool(common["share_text"]) if args.share_text is None else args.share_text
    out = resolve(args.out or common["out_dir"])
    paths = RunPaths(corpus=resolve(common["corpus_dir"]), out=out)
    try:
        result = export_corpus(paths, share_text=share_text)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for message in result.messages:
        print(message)
    for path in sorted(result.files):
        print(f"wrote {Path(paths.display(path))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
