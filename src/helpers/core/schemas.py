"""The registry of every table the stages write: file, columns, row order, stage.

Writers, readers, the stage declarations, the tests and the codebook
(``data/README.md``, checked by a test) all read this one registry, so a column
added in one place cannot be missing from another.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    name: str
    stage: str
    columns: tuple[str, ...]
    sort_by: tuple[str, ...]
    what: str  # one row per ..., for the codebook

    @property
    def file(self) -> str:
        return f"{self.name}.csv"


def _t(name: str, stage: str, columns: str, sort_by: str, what: str) -> Table:
    return Table(name, stage, tuple(columns.split()), tuple(sort_by.split()), what)


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        _t("articles", "ingestion",
           "article_id title outlet edition author published section url language "
           "source_language source_format source_id rights n_paragraphs n_chars sha256",
           "article_id", "one row per analysed article"),
        _t("paragraphs", "ingestion", "article_id paragraph_id role text raw_start raw_end",
           "article_id paragraph_id", "the cleaned body, one row per paragraph"),
        _t("removed_lines", "ingestion", "article_id line_no text reason",
           "article_id line_no", "lines set aside from the body"),
        _t("rejected", "ingestion", "file reason", "file", "files not analysed"),
        _t("mentions", "entities",
           "article_id paragraph_id sentence_id start_char end_char text label entity source "
           "wikidata reason",
           "article_id paragraph_id start_char end_char", "one row per entity mention"),
        _t("entities", "entities", "entity label n_mentions n_articles aliases wikidata",
           "entity", "one row per canonical entity"),
        _t("sentences", "entities",
           "article_id sentence_id paragraph_id start_char end_char text",
           "article_id sentence_id", "one row per sentence"),
        _t("nodes", "network",
           "entity label wikidata community degree weighted_degree betweenness eigenvector "
           "n_articles stability n_quotes", "entity", "one row per entity with a co-occurrence"),
        _t("edges", "network",
           "source target count weight weight_low weight_high collaboration articles evidence",
           "source target", "one row per co-occurring pair"),
        _t("edge_sharing", "network", "article_id source target count n_other_articles unique",
           "article_id source target", "one row per article and edge"),
        _t("communities", "network", "community n_entities mean_stability members",
           "community", "one row per community"),
        _t("salience", "narratives", "article_id entity share first_position in_lead n_quotes",
           "article_id entity", "one row per article and entity"),
        _t("quotes", "entities",
           "article_id quote_id paragraph_id start_char end_char kind quote speaker "
           "speaker_type speaker_entity speaker_label speaker_gender cue",
           "article_id paragraph_id start_char",
           "quotations that are speech, and reported speech; one row per paragraph piece"),
        _t("voices", "entities",
           "article_id speaker speaker_type speaker_gender quotes words",
           "article_id speaker", "one row per article and speaker of direct quotes"),
        _t("svo", "narratives", "article_id sentence_id agent verb patient negated",
           "article_id sentence_id agent verb patient", "agent–verb–patient triples"),
        _t("frames", "narratives", "article_id frame per_1000_tokens score n_hits evidence",
           "article_id frame", "one row per article and frame with a hit"),
        _t("keyness", "narratives", "article_id term zscore count", "article_id term",
           "distinctive terms of each article"),
        _t("similarity", "narratives", "article_a article_b tfidf_cosine entity_jaccard",
           "article_a article_b", "one row per pair of articles"),
        # rows stay in reading order within each article (the sort is stable)
        _t("timeline", "narratives", "article_id date_text date_start date_end sentence",
           "article_id", "date expressions"),
        _t("synthesis", "narratives",
           "article_id dominant_frame top_entities voices distinctive_terms most_similar",
           "article_id", "one row per article"),
    )
}  # fmt: skip


def columns(name: str) -> list[str]:
    return list(TABLES[name].columns)


def tables_of(stage: str) -> list[Table]:
    return [t for t in TABLES.values() if t.stage == stage]
