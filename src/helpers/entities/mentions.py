"""Named-entity mentions and their canonical entities.

The statistical NER and the gazetteer ruler propose spans; general rules then
clean them, drop junk and merge the mentions of one actor. No rule names an
actor of this corpus: what is corpus-specific lives in the gazetteer.

1. **Trim**: leading determiners and elisions (« la Chine », « qu’Amazon ») and
   surrounding punctuation are cut off.
2. **Junk**: URLs, spans crossing a line break or a quotation mark, spans
   without a capital, calls to action, single common words that the model
   capitalised (sentence-initial « Fermeture », demonyms like « Américains »:
   their lowercase form is used elsewhere in the corpus), and MISC spans that
   open a sentence with a function word (« En mai », « De plus », « Il est clair »).
3. **Canonical entity**: gazetteer aliases map to their entry; a span followed
   by a modifier (« Sénat américain ») maps to the bare name when that is known;
   an acronym maps to the name whose initials it spells; a surname maps to the
   one full name that ends with it, in the article first, then in the corpus;
   case variants merge.
4. **Label**: one label per entity, by vote over its mentions; the gazetteer wins.
5. **Propagation**: a known name that the model missed elsewhere is added as a
   mention with source ``rule``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
from spacy.lang.fr.stop_words import STOP_WORDS

from helpers.core.schemas import columns
from helpers.parsing.gazetteer import LABELS, Gazetteer
from helpers.parsing.rows import ArticleRows

MENTION_COLUMNS = columns("mentions")
ENTITY_COLUMNS = columns("entities")
SENTENCE_COLUMNS = columns("sentences")

_CALLS_TO_ACTION = {
    "abonnez", "likez", "cliquez", "partagez", "suivez", "inscrivez", "rejoignez",
    "téléchargez", "découvrez", "commentez",
}  # fmt: skip
_FUNCTION_WORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "à", "en", "au", "aux",
                   "of", "the", "and", "on", "for", "in"}  # fmt: skip
_URL = re.compile(r"https?://|www\.|\.(?:com|fr|org|net)/|@\w|\w@\w", re.I)
_QUOTES = set('«»“”„"')
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
_LABEL_ORDER = {label: i for i, label in enumerate(LABELS)}


@dataclass
class Candidate:
    """A proposed span, trimmed, with what the rules need to know about it."""

    article_id: str
    paragraph_id: int
    sentence_id: int
    start_char: int
    end_char: int
    text: str
    model_label: str
    source: str  # model | gazetteer | rule
    gazetteer_id: str
    n_tokens: int
    single_pos: str  # POS of a one-token span, else ""
    sentence_initial: bool
    first_lower: str
    head_text: str  # the span without trailing lowercase modifiers


def extract_candidates(
    articles: Iterable[ArticleRows],
) -> tuple[list[Candidate], pd.DataFrame, set[str]]:
    """Trimmed entity spans, the sentences table, and the stems of the corpus's lowercase
    words, from the extraction rows (``helpers.parsing.extract`` trims the spans)."""
    candidates: list[Candidate] = []
    sentences: list[dict] = []
    lowercase_words: set[str] = set()
    for article in articles:
        sentences += article.sentences
        lowercase_words |= article.lowercase
        for row in article.candidates:
            candidates.append(
                Candidate(
                    article_id=row["article_id"], paragraph_id=row["paragraph_id"],
                    sentence_id=row["sentence_id"], start_char=row["start_char"],
                    end_char=row["end_char"], text=row["text"], model_label=row["model_label"],
                    source="gazetteer" if row["gazetteer_id"] else "model",
                    gazetteer_id=row["gazetteer_id"], n_tokens=row["n_tokens"],
                    single_pos=row["single_pos"], sentence_initial=row["sentence_initial"],
                    first_lower=row["first_lower"], head_text=row["head_text"],
                )
            )  # fmt: skip
    stems = {_stem(word) for word in lowercase_words}
    return candidates, pd.DataFrame(sentences, columns=SENTENCE_COLUMNS), stems


def _stem(word: str) -> str:
    """Drop French plural and feminine endings: « Américains » ~ « américaines »."""
    return word.rstrip("s").removesuffix("e")


def junk_reason(candidate: Candidate, lowercase_words: set[str]) -> str | None:
    """Why a span is not a named entity, or None. Gazetteer spans are never junk."""
    if candidate.source == "gazetteer":
        return None
    text = candidate.text
    if "\n" in text:
        return "line_break"
    if _URL.search(text):
        return "url"
    if _QUOTES & set(text):
        return "quote"
    if len(text) < 2:
        return "too_short"
    if not any(c.isupper() or c.isdigit() for c in text):
        return "no_capital"
    if candidate.first_lower in _CALLS_TO_ACTION:
        return "call_to_action"
    if (
        candidate.model_label == "MISC"
        and candidate.n_tokens > 1
        and candidate.sentence_initial
        and candidate.first_lower in STOP_WORDS
    ):
        return "sentence_opening"  # the model takes a capitalised opening for a name
    if candidate.n_tokens == 1 and candidate.single_pos not in {"PROPN", "X", ""}:
        if candidate.sentence_initial or _stem(text.lower()) in lowercase_words:
            return "common_word"
    return None


def _initials(name: str) -> set[str]:
    """Acronyms a name can have: the initials of its content words, or of its capitalised
    words (« Commission nationale de l’informatique et des libertés » → CNIL)."""
    words = [w for w in re.split(r"[\s’'-]+", name) if w and w.lower() not in _FUNCTION_WORDS]
    return {
        "".join(w[0] for w in words).upper(),
        "".join(w[0] for w in words if w[0].isupper()),
    }


def canonicalise(kept: list[Candidate], gazetteer: Gazetteer) -> pd.DataFrame:
    """The kept spans with the key of their canonical entity."""
    surfaces = {c.text.casefold() for c in kept}
    per_surfaces = defaultdict(set)  # article -> full names (2+ words) labelled PER
    for c in kept:
        entry = gazetteer.by_id.get(c.gazetteer_id) or gazetteer.lookup(c.text)
        label = entry.label if entry else c.model_label
        if label == "PER" and c.n_tokens >= 2:
            per_surfaces[c.article_id].add(entry.name if entry else c.text)
    per_surfaces["*"] = {n for names in per_surfaces.values() for n in names} | {
        e.name for e in gazetteer.entries if e.label == "PER" and " " in e.name
    }
    multiword = sorted({c.text for c in kept if c.n_tokens >= 2 and not _ACRONYM.match(c.text)})

    def resolve(c: Candidate) -> tuple[str, str]:
        entry = gazetteer.by_id.get(c.gazetteer_id) or gazetteer.lookup(c.text)
        if entry:
            return ("gazetteer", entry.id)
        if c.head_text != c.text and (
            gazetteer.lookup(c.head_text) or c.head_text.casefold() in surfaces
        ):
            head = gazetteer.lookup(c.head_text)
            return ("gazetteer", head.id) if head else ("surface", c.head_text.casefold())
        if _ACRONYM.match(c.text):
            letters = c.text.replace(".", "")
            matches = sorted(m for m in multiword if letters in _initials(m))
            if matches:
                entry = gazetteer.lookup(matches[0])
                return ("gazetteer", entry.id) if entry else ("surface", matches[0].casefold())
        if c.n_tokens == 1 and c.text[:1].isupper():
            for scope in (c.article_id, "*"):
                full = sorted(n for n in per_surfaces[scope] if n.split()[-1] == c.text)
                if len(set(full)) == 1:
                    entry = gazetteer.lookup(full[0])
                    return ("gazetteer", entry.id) if entry else ("surface", full[0].casefold())
        return ("surface", c.text.casefold())

    rows = []
    for c in kept:
        kind, key = resolve(c)
        rows.append({**vars(c), "key": f"{kind}:{key}"})
    return pd.DataFrame(rows, columns=[*vars(kept[0]), "key"] if kept else ["key"])


def propagate(mentions: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Add the occurrences of known names that no span covers (source ``rule``).

    Only names of three characters or more that start with a capital are
    propagated, and only inside the articles' sentences, at word boundaries.
    """
    if mentions.empty:
        return mentions
    known = (
        mentions[mentions["text"].str.len().ge(3) & mentions["text"].str[:1].str.isupper()]
        .groupby("text")["key"]
        .agg(lambda keys: Counter(keys).most_common(1)[0][0])
    )
    if known.empty:
        return mentions
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(t) for t in sorted(known.index, key=lambda t: (-len(t), t)))
        + r")(?!\w)"
    )
    covered = defaultdict(list)
    for row in mentions.itertuples():
        covered[(row.article_id, row.paragraph_id)].append((row.start_char, row.end_char))
    added = []
    for sent in sentences.itertuples():
        spans = covered[(sent.article_id, sent.paragraph_id)]
        for match in pattern.finditer(sent.text):
            start, end = sent.start_char + match.start(), sent.start_char + match.end()
            if any(start < e and s < end for s, e in spans):
                continue
            spans.append((start, end))
            added.append(
                {"article_id": sent.article_id, "paragraph_id": sent.paragraph_id,
                 "sentence_id": sent.sentence_id, "start_char": start, "end_char": end,
                 "text": match.group(1), "model_label": "", "source": "rule",
                 "gazetteer_id": "", "key": known[match.group(1)]}
            )  # fmt: skip
    return pd.concat([mentions, pd.DataFrame(added)], ignore_index=True) if added else mentions


def name_entities(mentions: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """Give each mention its entity's canonical name and voted label."""
    if mentions.empty:
        return pd.DataFrame(columns=[*MENTION_COLUMNS, "gazetteer_id"])
    names, labels = {}, {}
    for key, group in mentions.groupby("key", sort=True):
        kind, _, ident = key.partition(":")
        if kind == "gazetteer":
            entry = gazetteer.by_id[ident]
            names[key], labels[key] = entry.name, entry.label
        else:
            # the name is the resolved form (« Megan Clarken », not the surname)
            direct = group[group["text"].str.casefold() == ident]
            variants = Counter((direct if len(direct) else group)["text"])
            names[key] = min(variants, key=lambda v: (-variants[v], v))
            votes = Counter(label for label in group["model_label"] if label)
            labels[key] = min(votes, key=lambda v: (-votes[v], _LABEL_ORDER.get(v, 9)))
    out = mentions.assign(
        entity=mentions["key"].map(names),
        label=mentions["key"].map(labels),
        gazetteer_id=[
            k.partition(":")[2] if k.startswith("gazetteer:") else "" for k in mentions["key"]
        ],
    )
    return out[[*MENTION_COLUMNS, "gazetteer_id"]].sort_values(
        ["article_id", "paragraph_id", "start_char", "end_char"], ignore_index=True
    )


DROPPED_COLUMNS = ["article_id", "paragraph_id", "text", "model_label", "reason"]


def find_mentions(
    articles: Iterable[ArticleRows], gazetteer: Gazetteer
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """All the rules in order: mentions, sentences, and the dropped spans with reasons."""
    candidates, sentences, lowercase_words = extract_candidates(articles)
    reasons = [junk_reason(c, lowercase_words) for c in candidates]
    kept = [c for c, reason in zip(candidates, reasons, strict=True) if reason is None]
    dropped = pd.DataFrame(
        [
            {**{k: getattr(c, k) for k in DROPPED_COLUMNS[:-1]}, "reason": reason}
            for c, reason in zip(candidates, reasons, strict=True)
            if reason is not None
        ],
        columns=DROPPED_COLUMNS,
    )
    mentions = name_entities(propagate(canonicalise(kept, gazetteer), sentences), gazetteer)
    return mentions, sentences, dropped


def entity_table(mentions: pd.DataFrame, gazetteer: Gazetteer) -> pd.DataFrame:
    """One row per canonical entity (columns: ENTITY_COLUMNS)."""
    rows = []
    for entity, group in mentions.groupby("entity", sort=True):
        gid = group["gazetteer_id"].iat[0]
        rows.append(
            {"entity": entity, "label": group["label"].iat[0], "n_mentions": len(group),
             "n_articles": group["article_id"].nunique(), "aliases": sorted(set(group["text"])),
             "wikidata": gazetteer.by_id[gid].wikidata if gid else ""}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def concordance(
    entity: str, mentions: pd.DataFrame, sentences: pd.DataFrame, width: int = 60
) -> pd.DataFrame:
    """Keyword in context: every sentence that mentions ``entity``, across articles."""
    hits = mentions[mentions["entity"] == entity]
    merged = hits.merge(sentences, on=["article_id", "sentence_id"], suffixes=("", "_sent"))
    rows = []
    for row in merged.itertuples():
        start = row.start_char - row.start_char_sent
        end = row.end_char - row.start_char_sent
        left, right = row.text_sent[:start], row.text_sent[end:]
        rows.append(
            {"article_id": row.article_id, "sentence_id": row.sentence_id,
             "left": ("…" + left[-width:]) if len(left) > width else left,
             "mention": row.text_sent[start:end],
             "right": (right[:width] + "…") if len(right) > width else right}
        )  # fmt: skip
    return pd.DataFrame(rows, columns=["article_id", "sentence_id", "left", "mention", "right"])


def entities_by_article(mentions: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """Mention counts of the ``top`` entities (by total) in each article."""
    counts = mentions.groupby(["entity", "article_id"]).size().unstack(fill_value=0)
    order = counts.sum(axis=1).sort_values(ascending=False, kind="stable")
    ranked = counts.loc[sorted(order.index, key=lambda e: (-order[e], e))]
    return ranked.head(top)


def richest_paragraph(mentions: pd.DataFrame) -> tuple[str, int]:
    """The paragraph naming the most distinct entities: a good example to display."""
    distinct = mentions.groupby(["article_id", "paragraph_id"])["entity"].nunique()
    best = max(distinct.index, key=lambda k: (distinct[k], [-ord(c) for c in k[0]], -k[1]))
    return str(best[0]), int(best[1])


def displacy_entities(text: str, mentions: pd.DataFrame) -> dict:
    """A paragraph's final mentions in displaCy's manual format."""
    ents = [
        {"start": int(r.start_char), "end": int(r.end_char), "label": r.label}
        for r in mentions.sort_values("start_char").itertuples()
    ]
    return {"text": text, "ents": ents, "title": None}
