"""Scoring direct quotes and their speakers against a hand annotation.

An annotated quote is a snippet (its first words) and a speaker. A predicted
quote matches it when the snippet, normalised, occurs in the predicted quote (or
the predicted quote in the snippet, for a quote cut shorter); quotes that open with
the snippet are matched first, so a short quotation does not take a longer one that
holds its words. Pooled counts:

- recall: annotated quotes found; precision: predicted quotes that match an
  annotated quote (a predicted quote matching a `not_speech` string is a false
  quote, counted apart as well);
- speaker accuracy: found quotes whose speaker is right: the same name, or one
  name ending the other (« Dupont » for « Marie Dupont »), read without accents and
  allowing the one-letter spelling variants an article itself mixes (« Élisabeth » /
  « Elisabeth », « Pecat » / « Pecate »): the pipeline merges such variants into one
  entity, and which spelling names it is not a speaker error. A description is the
  same speaker as a longer one it begins (« un habitant », « un habitant de Lille »).
"""

from __future__ import annotations

import unicodedata

from rapidfuzz import fuzz

from helpers.core.text import f1, norm, rate

SAME_NAME = 92  # rapidfuzz ratio: one letter in a name of two words


def _norm(text: str) -> str:
    text = norm(text).replace("«", "").replace("»", "").replace('"', "")
    return " ".join(text.replace("“", "").replace("”", "").split())


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", _norm(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_description(name: str) -> bool:
    """A determiner and at least a noun: « un habitant », « la ministre »."""
    words = name.replace("'", "' ").split()
    return len(words) >= 2 and words[0] in _DETERMINERS


_DETERMINERS = {"le", "la", "l'", "les", "un", "une", "des", "ce", "cet", "cette"}


def same_speaker(gold: str, predicted: str) -> bool:
    # « Météo France » and « Météo-France »: one name, however it is joined; « l'Elysée »
    # and « Elysée »: one name, with or without its elided article
    g, p = (
        _plain(name).replace("-", " ").replace("’", "'").replace("'", "' ")
        for name in (gold, predicted)
    )
    if not g or not p or g == "unknown":
        return False
    if g == p or g.endswith(" " + p) or p.endswith(" " + g):
        return True
    if _is_description(g) and _is_description(p) and g.split()[1:] == p.split()[1:]:
        return True  # « une voisine » for « cette voisine »: the same description
    shorter, longer = sorted((g, p), key=len)
    if _is_description(shorter) and longer.startswith(shorter + " "):
        return True  # « un habitant » for « un habitant de la capitale »
    return len(g.split()) == len(p.split()) > 1 and fuzz.ratio(g, p) >= SAME_NAME


def score_quotes(gold: list[dict], not_speech: list[str], predicted: list[dict]) -> dict:
    """Counts for one article. ``predicted`` rows have ``quote`` and ``speaker``."""
    right = 0
    used: set[int] = set()  # predicted quotes matched
    matched: set[int] = set()  # annotated quotes found
    texts = [_norm(p["quote"]) for p in predicted]
    snippets = [_norm(q["snippet"]) for q in gold]
    # quotations that open with the snippet first, then those that hold it: « une saison
    # moyenne » quoted in the lead must not take « C'est une saison moyenne, … »
    for opening in (True, False):
        for g, snippet in enumerate(snippets):
            for k, text in enumerate(texts):
                if g in matched or k in used or not text:
                    continue
                if opening:
                    fits = text.startswith(snippet) or snippet.startswith(text)
                else:
                    fits = snippet in text or text in snippet
                if fits:
                    used.add(k)
                    matched.add(g)
                    right += same_speaker(str(gold[g]["speaker"]), str(predicted[k]["speaker"]))
    found = len(matched)
    strings = [_norm(s) for s in not_speech if _norm(s)]
    false_speech = sum(
        any(s in _norm(p["quote"]) and len(_norm(p["quote"])) <= len(s) + 3 for s in strings)
        for k, p in enumerate(predicted)
        if k not in used
    )
    return {
        "n_gold": len(gold), "n_predicted": len(predicted), "found": found,
        "matched_predicted": len(used), "right_speaker": right, "false_speech": false_speech,
    }  # fmt: skip


def pooled_quotes(counts: dict) -> dict:
    recall = rate(counts["found"], counts["n_gold"])
    precision = rate(counts["matched_predicted"], counts["n_predicted"])
    return {
        "precision": precision, "recall": recall, "f1": f1(precision, recall),
        "speaker_accuracy": rate(counts["right_speaker"], counts["found"]),
        "found_with_right_speaker": rate(counts["right_speaker"], counts["n_gold"]),
    }  # fmt: skip
