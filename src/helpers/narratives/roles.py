"""Who acts on whom: agent–verb–patient triples from the dependency parse.

For each verb: the agent is its ``nsubj``; in the passive (an ``aux:pass``
child, or a participle modifying a noun), the agent is the ``obl:agent`` — or an
``obl:mod``/``obl`` introduced by *par*, as the French model often labels « détenu
par ByteDance » — and the patient is the ``nsubj:pass`` (or the modified noun).
Otherwise the patient is the ``obj``. The extraction pass
(``helpers.parsing.extract``) finds these arguments where the parse runs; this
module maps them to entities once the entity stage has named them.

Each argument token is mapped to the entity mention that contains it (the
syntactic head of « Joe Biden » is « Joe »), or through its ``appos`` and
``flat:name`` dependents (« le président Joe Biden »); a relative pronoun
(« qui ») stands for the noun its clause modifies. A verb with a « ne », « pas »
or « jamais » dependent is negated. Only triples with an entity on at least one
side are kept.

Actors' roles leave out the modal verbs (« TikTok peut… », « doit… »): they say what
may or must happen, not who acts; ``svo.csv`` keeps them as evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pandas as pd

from helpers.core.schemas import columns
from helpers.narratives.lexicon import WordTally
from helpers.narratives.ranked import first_joined
from helpers.parsing.rows import ArticleRows

SVO_COLUMNS = columns("svo")
MODAL_VERBS = frozenset({"pouvoir", "devoir", "vouloir", "falloir"})


def _entity_at(spans: list[tuple[int, int, str]], offset: int) -> str | None:
    for start, end, entity in spans:
        if start <= offset < end:
            return entity
    return None


def _argument(argument: list, spans: list[tuple[int, int, str]]) -> str:
    """The entity an argument names (its head, else an apposition or name part), else its
    lowercase lemma. The offsets come in that order from the extraction pass."""
    offsets, lemma = argument
    for offset in offsets:
        if entity := _entity_at(spans, offset):
            return entity
    return lemma


class TripleFinder:
    """Turns the extraction pass's verbs into triples, given the corpus's mentions."""

    def __init__(self, mentions: pd.DataFrame):
        self.spans_by_paragraph = defaultdict(list)  # in table order, as groupby keeps it
        for article_id, paragraph_id, start, end, entity in zip(
            mentions["article_id"], mentions["paragraph_id"], mentions["start_char"],
            mentions["end_char"], mentions["entity"], strict=True,
        ):  # fmt: skip
            self.spans_by_paragraph[article_id, paragraph_id].append((start, end, entity))
        self.entities = set(mentions["entity"])

    def rows(self, article: ArticleRows) -> list[dict]:
        rows = []
        for verb in article.verbs:
            spans = self.spans_by_paragraph.get((article.article_id, verb["paragraph_id"]), [])
            for agent in verb["agents"] or [None]:
                for patient in verb["patients"] or [None]:
                    a = _argument(agent, spans) if agent is not None else ""
                    p = _argument(patient, spans) if patient is not None else ""
                    if a in self.entities or p in self.entities:
                        rows.append(
                            {"article_id": article.article_id, "sentence_id": verb["sentence_id"],
                             "agent": a, "verb": verb["verb"], "patient": p,
                             "negated": verb["negated"]}
                        )  # fmt: skip
        return rows


def triples(articles: Iterable[ArticleRows], mentions: pd.DataFrame) -> pd.DataFrame:
    """Agent–verb–patient triples with at least one entity (columns: SVO_COLUMNS)."""
    return words_and_triples(articles, mentions, WordTally(()))


TRIPLE_PARTS = ("lemmas", "verbs")  # what the words and triples read of ArticleRows


def words_and_triples(
    articles: Iterable[ArticleRows], mentions: pd.DataFrame, tally: WordTally
) -> pd.DataFrame:
    """The triples, and the words into ``tally``, in one pass over the articles' rows:
    nothing is held per token or per sentence, and no parse is read."""
    finder = TripleFinder(mentions)
    svo = []
    for article in articles:
        tally.add(article.article_id, article.lemmas)
        svo += finder.rows(article)
    return pd.DataFrame(svo, columns=SVO_COLUMNS)


def actor_roles(svo: pd.DataFrame, actors: dict[str, list[str]]) -> pd.DataFrame:
    """Per article and actor group: how often it is agent or patient, and its verbs."""
    columns = ["article_id", "actor", "as_agent", "as_patient", "agent_verbs", "patient_verbs"]
    membership = pd.DataFrame(
        [(actor, member) for actor, members in actors.items() for member in dict.fromkeys(members)],
        columns=["actor", "member"],
    )
    grid = pd.MultiIndex.from_product(
        [sorted(svo["article_id"].unique()), list(actors)], names=["article_id", "actor"]
    )
    out = pd.DataFrame(index=grid)
    acts = svo[~svo["verb"].isin(MODAL_VERBS)]
    for side, role in (("agent", "as_agent"), ("patient", "as_patient")):
        hits = acts[["article_id", side, "verb"]].merge(membership, left_on=side, right_on="member")
        out[role] = hits.groupby(["article_id", "actor"]).size().reindex(grid, fill_value=0)
        out[f"{side}_verbs"] = _top_verbs(hits).reindex(grid, fill_value="")
    return out.reset_index()[columns].astype({"as_agent": int, "as_patient": int})


def actor_verbs(svo: pd.DataFrame, actors: dict[str, list[str]], n: int = 4) -> dict:
    """Per actor, its ``n`` most frequent verbs as agent over the corpus, with their
    counts (ties alphabetical), modal verbs left out."""
    member_of = {m: actor for actor, members in actors.items() for m in members}
    acts = svo[~svo["verb"].isin(MODAL_VERBS) & svo["agent"].isin(member_of)]
    counts = acts.assign(actor=acts["agent"].map(member_of)).groupby(["actor", "verb"]).size()
    ranked = (
        counts.rename("n")
        .reset_index()
        .sort_values(["actor", "n", "verb"], ascending=[True, False, True])
    )
    return {
        actor: [(v, int(c)) for v, c in zip(group["verb"], group["n"], strict=True)][:n]
        for actor, group in ranked.groupby("actor", sort=True)
    }


def _top_verbs(hits: pd.DataFrame, n: int = 5) -> pd.Series:
    """Per article and actor, its ``n`` most frequent verbs (ties alphabetical)."""
    counts = hits.groupby(["article_id", "actor", "verb"]).size().rename("n").reset_index()
    return first_joined(counts, ["article_id", "actor"], ["n", "verb"], [False, True], "verb",
                        n, ", ")  # fmt: skip
