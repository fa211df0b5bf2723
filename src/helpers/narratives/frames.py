"""Frames: how often each article speaks the vocabulary of a frame.

A frame dictionary lists, per frame, lemmas (single words matched on spaCy's
lemmas) and phrases (matched in the sentence text, ignoring case): the general one
(``data/frames.yaml``, on the Policy Frames Codebook of Boydstun et al. 2014), or a
study's own. ``per_1000_tokens`` is hits per 1,000 word tokens, so long and short
articles compare. Frames with longer word lists catch more words, so ``score``
divides that rate by the frame's number of entries (lemmas plus phrases) and
multiplies by 10: hits per 1,000 tokens per 10 dictionary entries. The dominant
frame is the highest ``score``; an article with no hit has none, and a tie is
reported as a tie. Each hit keeps its sentence as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from helpers.core.schemas import columns

FRAME_COLUMNS = columns("frames")


class FrameError(ValueError):
    """A malformed frame dictionary; the message says what to fix."""


@dataclass(frozen=True)
class Frame:
    id: str
    label: str
    lemmas: frozenset[str]
    phrases: tuple[str, ...]

    @property
    def n_entries(self) -> int:
        return len(self.lemmas) + len(self.phrases)


def load_frames(path: Path) -> list[Frame]:
    if not path.is_file():
        raise FrameError(
            f"The frame dictionary {path} does not exist. Set `frames` to a YAML file."
        )
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise FrameError(f"{path} is not valid YAML: {error}") from None
    if not isinstance(document, dict) or not isinstance(document.get("frames"), dict):
        raise FrameError(f"{path} must have a top-level `frames:` mapping of frame ids.")
    frames = []
    for frame_id, spec in sorted(document["frames"].items()):
        if not isinstance(spec, dict) or not (spec.get("lemmas") or spec.get("phrases")):
            raise FrameError(f"{path.name}: frame {frame_id!r} needs `lemmas` or `phrases` lists.")
        frames.append(
            Frame(
                str(frame_id), str(spec.get("label", frame_id)),
                frozenset(str(w).lower() for w in spec.get("lemmas") or []),
                tuple(str(p).lower() for p in spec.get("phrases") or []),
            )
        )  # fmt: skip
    return frames


def score_frames(
    frames: list[Frame],
    sentence_words: pd.DataFrame,
    sentences: pd.DataFrame,
    words_per_article: pd.Series | None = None,
) -> pd.DataFrame:
    """Hits per frame and article (columns: FRAME_COLUMNS).

    ``sentence_words`` has one row per sentence: its number of words (``n_words``)
    and its word lemmas as one space-joined string (``lemmas``). On a large corpus
    pass only the sentences that hold a frame lemma, and the article lengths in
    ``words_per_article``.
    """
    n_tokens = (
        sentence_words.groupby("article_id")["n_words"].sum()
        if words_per_article is None else words_per_article
    )  # fmt: skip
    n_tokens = n_tokens[n_tokens > 0]
    frame_of = {}
    for index, frame in enumerate(frames):
        for lemma in frame.lemmas:
            frame_of.setdefault(lemma, []).append(index)
    hits: list[dict[str, list[int]]] = [{} for _ in frames]  # article → sentence per hit
    for article_id, sentence_id, text in zip(
        sentence_words["article_id"],
        sentence_words["sentence_id"],
        sentence_words["lemmas"],
        strict=True,
    ):
        for lemma in text.split():
            for index in frame_of.get(lemma, ()):
                hits[index].setdefault(article_id, []).append(sentence_id)
    phrased = [(index, _phrase_pattern(frame.phrases)) for index, frame in enumerate(frames)
               if frame.phrases]  # fmt: skip
    if phrased:
        # one search for any frame's phrase; the few sentences holding one are then
        # counted frame by frame
        any_phrase = _phrase_pattern([p for frame in frames for p in frame.phrases])
        for article_id, sentence_id, text in zip(
            sentences["article_id"], sentences["sentence_id"], sentences["text"], strict=True
        ):
            text = text.lower()  # the phrases are lowercase; IGNORECASE was 4× slower
            if not any_phrase.search(text):
                continue
            for index, pattern in phrased:
                found = len(pattern.findall(text))
                if found:
                    hits[index].setdefault(article_id, []).extend([sentence_id] * found)
    rows = []
    for index, frame in enumerate(frames):
        for article_id in sorted(n_tokens.index):
            mine = hits[index].get(article_id, [])
            rate = 1000 * len(mine) / n_tokens[article_id]
            rows.append(
                {"article_id": article_id, "frame": frame.id, "per_1000_tokens": rate,
                 "score": 10 * rate / frame.n_entries, "n_hits": len(mine),
                 "evidence": [f"{article_id}/{s}" for s in sorted(set(mine))]}
            )  # fmt: skip
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def _phrase_pattern(phrases) -> re.Pattern:
    """Any of ``phrases``, as whole words, in a lowercased text."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p.lower()) for p in phrases) + r")(?!\w)")


TIE = " · "  # joins frames that tie for first


def dominant_frames(scores: pd.DataFrame) -> pd.Series:
    """Each article's highest-scoring frame; tied frames joined by `` · ``; articles
    with no frame hit are left out (they have no dominant frame)."""
    hit = scores[scores["n_hits"] > 0]
    best = hit.groupby("article_id")["score"].transform("max")
    top = hit[(hit["score"] - best).abs() < 1e-12]
    return top.groupby("article_id")["frame"].agg(lambda f: TIE.join(sorted(f)))


def frames_for(study_frames: Path | None) -> list[Frame]:
    """The study's frame dictionary, or else the general one."""
    from helpers.core.paths import resolve

    return load_frames(study_frames or resolve(GENERAL_FRAMES))


GENERAL_FRAMES = "data/frames.yaml"
