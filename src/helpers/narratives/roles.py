"""Who acts on whom: agent–verb–patient triples from the dependency parse.

For each verb: the agent is its ``nsubj``; in the passive (an ``aux:pass``
child, or a participle modifying a noun), the agent is the ``obl:agent`` — or an
``obl:mod``/``obl`` introduced by *par*, as the French model often labels « détenu
par ByteDance » — and the patient is the ``nsubj:pass`` (or the modified noun).
Otherwise the patient is the ``obj``.

Each argument token is mapped to the entity mention that contains it (the
syntactic head of « Joe Biden » is « Joe »), or through its ``appos`` and
``flat:name`` dependents (« le président Joe Biden »); a relative pronoun
(« qui ») stands for the noun its clause modifies. A verb with a « ne », « pas »
or « jamais » dependent is negated. Only triples with an entity on at least one
side are kept.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from spacy.tokens import Span

from helpers.core.schemas import columns
from helpers.narratives.tokens import TOKEN_COLUMNS, token_rows
from helpers.parsing.nlp import ParsedChunk, numbered_sentences

SVO_COLUMNS = columns("svo")
_NEGATION = {"ne", "n’", "n'", "pas", "jamais", "plus", "aucunement", "nullement"}


def _entity_at(spans: list[tuple[int, int, str]], token) -> str | None:
    for start, end, entity in spans:
        if start <= token.idx < end:
            return entity
    return None


def _argument(token, spans) -> str:
    """The entity a token stands for, else its lowercase lemma."""
    if (
        token.pos_ == "PRON"
        and "Rel" in token.morph.get("PronType")
        and token.head.dep_ == "acl:relcl"
    ):
        token = token.head.head  # « l’entreprise qui a lancé » : qui → entreprise
    entity = _entity_at(spans, token)
    if entity:
        return entity
    for child in token.children:
        if child.dep_ in {"appos", "flat:name", "nmod"} and (entity := _entity_at(spans, child)):
            if child.dep_ != "nmod" or token.pos_ == "PROPN":
                return entity
    return token.lemma_.lower()


class TripleFinder:
    """Finds the triples of one parsed chunk at a time, given the corpus's mentions."""

    def __init__(self, mentions: pd.DataFrame):
        self.spans_by_paragraph = {
            key: list(zip(g["start_char"], g["end_char"], g["entity"], strict=True))
            for key, g in mentions.groupby(["article_id", "paragraph_id"])
        }
        self.entities = set(mentions["entity"])

    def rows(self, chunk: ParsedChunk, numbered: list[tuple[int, Span]]) -> list[dict]:
        spans = [
            (s - chunk.offset, e - chunk.offset, entity)
            for s, e, entity in self.spans_by_paragraph.get(
                (chunk.article_id, chunk.paragraph_id), []
            )
        ]
        rows = []
        for sid, sent in numbered:
            for verb in sent:
                if verb.pos_ != "VERB":
                    continue
                children = list(verb.children)
                # « le réseau détenu par ByteDance »: a participle modifying a noun is passive
                participle = verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm")
                passive = participle or any(c.dep_ == "aux:pass" for c in children)
                agents, patients = [], [verb.head] if participle else []
                for child in children:
                    if passive:
                        if child.dep_ == "obl:agent" or (
                            child.dep_ in {"obl:mod", "obl"}
                            and any(g.lower_ == "par" and g.dep_ == "case" for g in child.children)
                        ):
                            agents.append(child)
                        elif child.dep_ == "nsubj:pass":
                            patients.append(child)
                    elif child.dep_ == "nsubj":
                        agents.append(child)
                    elif child.dep_ == "obj":
                        patients.append(child)
                negated = any(c.lower_ in _NEGATION for c in children if c.dep_ == "advmod")
                for agent in agents or [None]:
                    for patient in patients or [None]:
                        a = _argument(agent, spans) if agent is not None else ""
                        p = _argument(patient, spans) if patient is not None else ""
                        if a in self.entities or p in self.entities:
                            rows.append(
                                {"article_id": chunk.article_id, "sentence_id": sid, "agent": a,
                                 "verb": verb.lemma_.lower(), "patient": p, "negated": negated}
                            )  # fmt: skip
        return rows


def triples(chunks: Iterable[ParsedChunk], mentions: pd.DataFrame) -> pd.DataFrame:
    """Agent–verb–patient triples with at least one entity (columns: SVO_COLUMNS)."""
    finder = TripleFinder(mentions)
    rows = [row for chunk, numbered in numbered_sentences(chunks)
            for row in finder.rows(chunk, numbered)]  # fmt: skip
    return pd.DataFrame(rows, columns=SVO_COLUMNS)


def tokens_and_triples(
    chunks: Iterable[ParsedChunk], mentions: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The token table and the triples in one pass over the parses: reading them back
    from the cache is the costly part on a large corpus."""
    finder = TripleFinder(mentions)
    tokens, svo = [], []
    for chunk, numbered in numbered_sentences(chunks):
        tokens.extend(token_rows(chunk, numbered))
        svo.extend(finder.rows(chunk, numbered))
    return pd.DataFrame(tokens, columns=TOKEN_COLUMNS), pd.DataFrame(svo, columns=SVO_COLUMNS)


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
    for side, role in (("agent", "as_agent"), ("patient", "as_patient")):
        hits = svo[["article_id", side, "verb"]].merge(membership, left_on=side, right_on="member")
        out[role] = hits.groupby(["article_id", "actor"]).size().reindex(grid, fill_value=0)
        verbs = hits.groupby(["article_id", "actor"])["verb"].agg(_top)
        out[f"{side}_verbs"] = verbs.reindex(grid, fill_value="")
    return out.reset_index()[columns].astype({"as_agent": int, "as_patient": int})


def _top(verbs: pd.Series, n: int = 5) -> str:
    counts = verbs.value_counts()
    ranked = sorted(counts.index, key=lambda v: (-counts[v], v))[:n]
    return ", ".join(ranked)
