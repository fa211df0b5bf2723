"""Precision and recall of entity mentions against hand annotations.

A predicted mention counts as correct when its span matches an annotated span
exactly (strict matching, as in the CoNLL evaluation); labels are scored apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import spacy
import yaml
from spacy.language import Language

from helpers.entities.mentions import find_mentions
from helpers.parsing.extract import extract_doc
from helpers.parsing.gazetteer import Gazetteer
from helpers.parsing.rows import assemble

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


def pipeline_spans(texts: list[GoldText], nlp: Language, gazetteer: Gazetteer) -> dict[str, set]:
    """Spans the project's pipeline finds, each unseen text taken as its own corpus."""
    out = {}
    for gold in texts:
        rows = assemble(gold.id, [(0, 0, extract_doc(nlp(gold.text)))])
        mentions, _, _ = find_mentions([rows], gazetteer)
        columns = ["start_char", "end_char", "label"]
        out[gold.id] = set(mentions[columns].itertuples(index=False, name=None))
    return out


def raw_spacy_spans(texts: list[GoldText], model: str) -> dict[str, set]:
    """Spans the bare spaCy model finds, the baseline."""
    nlp = spacy.load(model)
    return {g.id: {(e.start_char, e.end_char, e.label_) for e in nlp(g.text).ents} for g in texts}


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
