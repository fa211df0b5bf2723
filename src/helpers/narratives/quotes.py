"""Direct quotes and who says them.

A quoted span counts as speech only when a cue attributes it; a quote without a
cue is a name, a slogan or a scare quote (« Team Amazon », « frères ennemis »)
and is left out. The cues, tried in this order:

- ``incise``: « … », a déclaré X / « … », déclare X;
- ``incise_pronoun``: « … », a-t-il déclaré — *il* is the last person named before;
- ``pull_quote``: a paragraph that is only a quote, followed by a name line;
- ``selon``: selon X, « … » in the same sentence;
- ``colon``: X a déclaré : « … »;
- ``continuation``: a quote right after a speech quote of the same paragraph, or
  opening the next paragraph, by the same speaker;
- ``pull_quote`` again: a paragraph that is only a quote, without a name line, takes
  the speaker of the attributed quote it repeats, if any.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from helpers.core.schemas import columns

QUOTE_COLUMNS = columns("quotes")

_QUOTE = re.compile(r"«\s*(?P<a>[^«»]+?)\s*»|“(?P<b>[^“”]+?)”")
_SPEECH = (
    r"(?:(?:déclar|expliqu|affirm|ajout|indiqu|soulign|estim|précis|confi|assur|racont|insist|"
    r"rappel|comment|suggér|suggèr|not|observ|martel|lanc|annonc|résum|relev|avanc|jug|regrett|"
    r"dénonc|plaid|tweet|témoign|confirm|répét|répèt|interrog)(?:e|es|ent|é|ée|és|ées|ait|aient)"
    r"|dit|disent|répond|répondu|répondent|écrit|reconnu|reconnaît|admis|prévenu|conclu|"
    r"poursuivi|poursuit)"
)
# « … », a déclaré X   or   « … », déclare X (verb then a capitalised name)
_INCISE = re.compile(
    rf"^\s*,\s*(?:(?:a|avait|aurait|ont|avaient)\s+(?:\w+\s+)?{_SPEECH}\b"
    rf"|{_SPEECH}\s+(?=[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
_INCISE_PRONOUN = re.compile(
    rf"^\s*,\s*(?:(?:a|avait|aurait)-t-(?:il|elle)\s+(?:\w+\s+)?{_SPEECH}|{_SPEECH}-t?-?(?:il|elle))\b",
    re.IGNORECASE,
)
_COLON = re.compile(rf"\b{_SPEECH}\b[^.«»]*:\s*$", re.IGNORECASE)
_SELON = re.compile(r"\bselon\s+(?P<who>[^,.;:«»]+)", re.IGNORECASE)
_WORD = re.compile(r"\w+")
MIN_WORDS_WITHOUT_INCISE = 4  # « selon » and colon cues need an utterance, not a label
MIN_WORDS_CONTINUATION = 3


@dataclass
class Quote:
    article_id: str
    paragraph_id: int
    start_char: int
    end_char: int
    quote: str
    speaker: str = ""
    speaker_label: str = ""
    cue: str = ""


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    left = 0 if left < 0 else left + 2
    right = re.search(r"[.?!](?:\s|$)", text[end:])
    return left, end + right.end() if right else len(text)


def attribute_quotes(paragraphs: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Speech quotes of every article with their speaker and cue (columns: QUOTE_COLUMNS)."""
    rows: list[Quote] = []
    ordered = mentions.sort_values(["article_id", "paragraph_id", "start_char"], kind="stable")
    mentions_of = {a: g for a, g in ordered.groupby("article_id", sort=False)}
    for article_id, group in paragraphs.groupby("article_id", sort=True):
        article_mentions = mentions_of.get(article_id, mentions.iloc[0:0])
        rows.extend(
            _article_quotes(str(article_id), group.sort_values("paragraph_id"), article_mentions)
        )
    return pd.DataFrame([vars(q) for q in rows], columns=QUOTE_COLUMNS)


def _article_quotes(
    article_id: str, paragraphs: pd.DataFrame, mentions: pd.DataFrame
) -> list[Quote]:
    by_paragraph = dict(tuple(mentions.groupby("paragraph_id")))  # sorted by start_char
    texts = dict(zip(paragraphs["paragraph_id"], paragraphs["text"], strict=True))
    found: list[tuple[Quote, bool]] = []  # (quote, is the whole paragraph)
    previous_speech: Quote | None = None
    for pid in sorted(texts):
        text = texts[pid]
        spans = by_paragraph.get(pid, mentions.iloc[0:0])
        for match in _QUOTE.finditer(text):
            content = match.group("a") or match.group("b")
            quote = Quote(article_id, int(pid), match.start(), match.end(), content.strip())
            whole = text.strip() == match.group(0).strip()
            n_words = len(_WORD.findall(content))
            after, before = text[match.end() :], text[: match.start()]
            sentence_start, _ = _sentence_bounds(text, match.start(), match.end())
            sentence_before = text[sentence_start : match.start()]
            if _INCISE_PRONOUN.match(after):
                quote.cue = "incise_pronoun"
                who = _last_person(mentions, pid, match.start())
            elif _INCISE.match(after):
                quote.cue = "incise"
                cue_end = match.end() + _INCISE.match(after).end()
                who = _first_entity(spans, cue_end, _sentence_bounds(text, cue_end, cue_end)[1])
            elif whole and (who := _name_line(by_paragraph.get(pid + 1), texts.get(pid + 1, ""))):
                quote.cue = "pull_quote"
            elif n_words >= MIN_WORDS_WITHOUT_INCISE and (selon := _SELON.search(sentence_before)):
                quote.cue = "selon"
                start = sentence_start + selon.start("who")
                who = _first_entity(spans, start, sentence_start + selon.end("who"))
            elif n_words >= MIN_WORDS_WITHOUT_INCISE and _COLON.search(before):
                quote.cue = "colon"
                who = _first_entity(spans, sentence_start, match.start(), prefer="PER")
            elif (
                previous_speech is not None
                and n_words >= MIN_WORDS_CONTINUATION
                and _continues(previous_speech, quote, texts)
            ):
                quote.cue = "continuation"
                who = (previous_speech.speaker, previous_speech.speaker_label)
            elif whole:
                quote.cue = "pull_quote"
                who = None  # attributed below if it repeats an attributed quote
            else:
                continue  # a name, a slogan or a scare quote: not speech
            quote.speaker, quote.speaker_label = who or ("", "")
            found.append((quote, whole))
            if quote.cue != "pull_quote":
                previous_speech = quote
    return _attribute_pull_quotes(found)


def _continues(previous: Quote, quote: Quote, texts: dict) -> bool:
    """Right after the previous speech quote: same paragraph, only an incise between,
    or at the start of the next paragraph."""
    if previous.paragraph_id == quote.paragraph_id:
        between = texts[quote.paragraph_id][previous.end_char : quote.start_char]
        return len(between) < 120 and "«" not in between
    return quote.paragraph_id == previous.paragraph_id + 1 and quote.start_char == 0


def _attribute_pull_quotes(found: list[tuple[Quote, bool]]) -> list[Quote]:
    """A pull quote without a name line takes the speaker of the quote it repeats."""
    attributed = [q for q, _ in found if q.speaker and q.cue != "pull_quote"]
    for quote, _ in found:
        if quote.cue == "pull_quote" and not quote.speaker:
            words = _words(quote.quote)
            best = max(
                attributed,
                key=lambda q: len(words & _words(q.quote)) / max(len(words), 1),
                default=None,
            )
            if best and len(words & _words(best.quote)) / max(len(words), 1) >= 0.6:
                quote.speaker, quote.speaker_label = best.speaker, best.speaker_label
    return [q for q, _ in found]


def _first_entity(spans: pd.DataFrame, start: int, end: int, prefer: str | None = None):
    inside = spans[(spans["start_char"] >= start) & (spans["end_char"] <= end)]
    inside = inside[inside["label"].isin(["PER", "ORG"])]
    if prefer and (inside["label"] == prefer).any():
        inside = inside[inside["label"] == prefer]
    if inside.empty:
        return None
    row = inside.iloc[0]
    return row["entity"], row["label"]


def _last_person(mentions: pd.DataFrame, paragraph_id: int, start: int):
    """The last person named before a position: who « il » or « elle » refers to."""
    before = mentions[
        (mentions["label"] == "PER")
        & (
            (mentions["paragraph_id"] < paragraph_id)
            | ((mentions["paragraph_id"] == paragraph_id) & (mentions["end_char"] <= start))
        )
    ].sort_values(["paragraph_id", "start_char"])
    if before.empty:
        return None
    row = before.iloc[-1]
    return row["entity"], row["label"]


def _name_line(spans: pd.DataFrame | None, text: str):
    """The next paragraph is a name line: short, and opening with a person's name."""
    if spans is None or spans.empty or len(text) > 200:
        return None
    first = spans.iloc[0]
    if first["start_char"] == 0 and first["label"] == "PER":
        return first["entity"], first["label"]
    return None


def voices(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who speaks in which article: quotes and quoted words per speaker."""
    data = quotes.assign(
        speaker=quotes["speaker"].replace("", "(unattributed)"),
        words=quotes["quote"].map(lambda q: len(_WORD.findall(q))),
    )
    table = data.groupby(["speaker", "article_id"]).agg(
        quotes=("quote", "size"), words=("words", "sum")
    )
    return table.reset_index().sort_values(
        ["article_id", "quotes", "speaker"], ascending=[True, False, True]
    )
