"""Scoring canonical entities against a hand annotation, article by article.

An annotated entity has a name, a type and its aliases; a predicted entity has a
canonical name, a label and the surface forms merged into it. They match when
they share a surface form (compared case-insensitively, apostrophes and spaces
normalised). Pooled over articles (micro-average):

- precision: predicted entities that match an annotated one, over predicted;
- recall: annotated entities matched, over annotated;
- type accuracy: matched annotated entities whose main match (most mentions)
  has the annotated type;
- fragmentation: predicted entities beyond the first matched to one annotated
  entity, over matched annotated entities (one actor under several names).
"""

from __future__ import annotations

from dataclasses import dataclass

from helpers.core.text import norm


@dataclass(frozen=True)
class Entity:
    name: str
    label: str
    surfaces: frozenset[str]
    weight: int = 1  # mentions, to pick the main match


def entity(name: str, label: str, aliases=(), weight: int = 1) -> Entity:
    return Entity(name, label, frozenset(norm(s) for s in (name, *aliases)), weight)


def score_article(gold: list[Entity], predicted: list[Entity]) -> dict[str, int]:
    """Counts for one article; :func:`pooled` turns summed counts into rates."""
    matches: dict[int, list[Entity]] = {}
    matched_predictions = 0
    for p in predicted:
        hits = [i for i, g in enumerate(gold) if p.surfaces & g.surfaces]
        if not hits:
            continue
        matched_predictions += 1
        exact = [i for i in hits if norm(p.name) == norm(gold[i].name)]
        matches.setdefault((exact or hits)[0], []).append(p)
    typed = sum(
        max(found, key=lambda p: (p.weight, p.name)).label == gold[i].label
        for i, found in matches.items()
    )
    return {
        "n_gold": len(gold), "n_predicted": len(predicted),
        "matched_predicted": matched_predictions, "matched_gold": len(matches),
        "typed": typed, "fragments": sum(len(found) - 1 for found in matches.values()),
    }  # fmt: skip


def pooled(counts: dict[str, int]) -> dict[str, float]:
    precision = (
        counts["matched_predicted"] / counts["n_predicted"] if counts["n_predicted"] else 0.0
    )
    recall = counts["matched_gold"] / counts["n_gold"] if counts["n_gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    matched = counts["matched_gold"]
    return {
        "precision": precision, "recall": recall, "f1": f1,
        "type_accuracy": counts["typed"] / matched if matched else 0.0,
        "fragmentation": counts["fragments"] / matched if matched else 0.0,
    }  # fmt: skip
