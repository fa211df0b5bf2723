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

from .nlp import ParsedChunk, numbered_sentences

SVO_COLUMNS = ["article_id", "sentence_id", "agent", "verb", "patient", "negated"]
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


def triples(chunks: Iterable[ParsedChunk], mentions: pd.DataFrame) -> pd.DataFrame:
    """Agent–verb–patient triples with at least one entity (columns: SVO_COLUMNS)."""
    spans_by_paragraph = {
        key: list(zip(g["start_char"], g["end_char"], g["entity"], strict=True))
        for key, g in mentions.groupby(["article_id", "paragraph_id"])
    }
    entities = set(mentions["entity"])
    rows = []
    for chunk, numbered in numbered_sentences(chunks):
        spans = [
            (s - chunk.offset, e - chunk.offset, entity)
            for s, e, entity in spans_by_paragraph.get((chunk.article_id, chunk.paragraph_id), [])
        ]
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
                        if a in entities or p in entities:
                            rows.append(
                                {"article_id": chunk.article_id, "sentence_id": sid, "agent": a,
                                 "verb": verb.lemma_.lower(), "patient": p, "negated": negated}
                            )  # fmt: skip
    return pd.DataFrame(rows, columns=SVO_COLUMNS)


def actor_roles(svo: pd.DataFrame, actors: dict[str, list[str]]) -> pd.DataFrame:
    """Per article and actor group: how often it is agent or patient, and its verbs."""
    rows = []
    for article_id, group in svo.groupby("article_id", sort=True):
        for actor, members in actors.items():
            as_agent = group[group["agent"].isin(members)]
            as_patient = group[group["patient"].isin(members)]
            rows.append(
                {"article_id": article_id, "actor": actor, "as_agent": len(as_agent),
                 "as_patient": len(as_patient),
                 "agent_verbs": _top(as_agent["verb"]), "patient_verbs": _top(as_patient["verb"])}
            )  # fmt: skip
    return pd.DataFrame(
        rows,
        columns=["article_id", "actor", "as_agent", "as_patient", "agent_verbs", "patient_verbs"],
    )


def _top(verbs: pd.Series, n: int = 5) -> str:
    counts = verbs.value_counts()
    ranked = sorted(counts.index, key=lambda v: (-counts[v], v))[:n]
    return ", ".join(ranked)
