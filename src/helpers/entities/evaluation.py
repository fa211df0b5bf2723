"""Precision and recall of entity mentions against hand annotations.

A predicted mention counts as correct when its span matches an annotated span
exactly (strict matching, as in the CoNLL evaluation); labels are scored apart.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pandas as pd
import spacy
import yaml

from helpers.entities.mentions import MENTION_PARTS, find_mentions
from helpers.parsing.gazetteer import Gazetteer
from helpers.parsing.rows import article_rows

Span = tuple[int, int, str]  # start, end, label


@dataclass(frozen=True)
class GoldText:
    id: str
    kind: str  # corpus | unseen
    text: str
    spans: tuple[Span, ...]
    entities: dict[str, str]
    article_id: str = ""
    paragraph_id: int = -1


def locate(text: str, mentions: list[list[str]]) -> tuple[Span, ...]:
    """Offsets of annotated surfaces, each searched after the previous one."""
    spans, cursor = [], 0
    for surface, label in mentions:
        start = text.find(surface, cursor)
        if start < 0:
            raise ValueError(f"annotated mention {surface!r} is not in the text after {cursor}")
        spans.append((start, start + len(surface), label))
        cursor = start + len(surface)
    return tuple(spans)


def load_gold(path: Path, paragraphs: pd.DataFrame | None = None) -> list[GoldText]:
    """The annotated texts; corpus paragraphs are looked up in ``paragraphs``."""
    texts = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["texts"]:
        if item["kind"] == "corpus":
            if paragraphs is None:
                continue
            row = paragraphs[
                (paragraphs["article_id"] == item["article_id"])
                & (paragraphs["paragraph_id"] == item["paragraph_id"])
            ]
            if row.empty:
                continue  # another corpus: these paragraphs are not in it
            text = row["text"].iat[0]
        else:
            text = " ".join(item["text"].split())
        texts.append(
            GoldText(
                item["id"], item["kind"], text, locate(text, item["mentions"]),
                item.get("entities", {}), item.get("article_id", ""),
                item.get("paragraph_id", -1),
            )
        )  # fmt: skip
    return texts


def score(predicted: set[Span], gold: set[Span]) -> dict[str, float]:
    """Strict span precision, recall and F1, and label accuracy on matched spans."""
    pred_spans = {(s, e) for s, e, _ in predicted}
    gold_spans = {(s, e): label for s, e, label in gold}
    matched = pred_spans & set(gold_spans)
    precision = len(matched) / len(pred_spans) if pred_spans else 0.0
    recall = len(matched) / len(gold_spans) if gold_spans else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    pred_labels = {(s, e): label for s, e, label in predicted}
    correct = sum(pred_labels[span] == gold_spans[span] for span in matched)
    return {
        "precision": precision, "recall": recall, "f1": f1,
        "label_accuracy": correct / len(matched) if matched else 0.0,
        "n_gold": len(gold_spans), "n_predicted": len(pred_spans),
    }  # fmt: skip


def pipeline_spans(
    texts: list[GoldText], gazetteer: Gazetteer, cache: Path, model: str
) -> dict[str, set]:
    """Spans the project's pipeline finds, each annotated text taken as its own corpus.

    The texts go through the parse cache like articles: a rerun loads no model."""
    paragraphs = pd.DataFrame(
        {"article_id": [g.id for g in texts], "paragraph_id": 0, "text": [g.text for g in texts]}
    )
    out = {}
    for rows in article_rows(paragraphs, gazetteer, cache, model=model, parts=MENTION_PARTS):
        mentions, _, _ = find_mentions([rows], gazetteer)
        columns = ["start_char", "end_char", "label"]
        out[rows.article_id] = set(mentions[columns].itertuples(index=False, name=None))
    return out


def raw_spacy_spans(texts: list[GoldText], model: str, cache: Path) -> dict[str, set]:
    """Spans the bare spaCy model finds, the baseline; cached on the model, its version
    and the texts, so only a new text or model loads the bare model."""
    payload = json.dumps(
        [model, metadata.version(model), spacy.__version__, [(g.id, g.text) for g in texts]],
        ensure_ascii=False,
    )
    path = cache / "bare" / f"{hashlib.sha256(payload.encode()).hexdigest()[:24]}.json"
    if path.is_file():
        found = json.loads(path.read_text(encoding="utf-8"))
    else:
        nlp = spacy.load(model)
        found = {g.id: sorted((e.start_char, e.end_char, e.label_) for e in nlp(g.text).ents)
                 for g in texts}  # fmt: skip
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return {text_id: {tuple(s) for s in spans} for text_id, spans in found.items()}


def evaluation_table(texts: list[GoldText], systems: dict[str, dict[str, set]]) -> pd.DataFrame:
    """Scores per system and kind of text (corpus paragraphs, unseen text)."""
    rows = []
    for system, spans in systems.items():
        for kind in sorted({g.kind for g in texts}):
            subset = [g for g in texts if g.kind == kind]
            predicted = {(g.id, *s) for g in subset for s in spans[g.id]}
            gold = {(g.id, *s) for g in subset for s in g.spans}
            # score on (text id, start, end) so spans of different texts never collide
            result = score(
                {(f"{t}:{s}", e, label) for t, s, e, label in predicted},
                {(f"{t}:{s}", e, label) for t, s, e, label in gold},
            )
            rows.append({"system": system, "texts": kind, **result})
    return pd.DataFrame(rows)
