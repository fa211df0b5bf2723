"""Hard-wrapped text joined back into paragraphs, on text written for the test."""

from helpers.ingestion.unwrap import first_line_numbers, unwrap

WRAPPED = (
    "Le festival de jazz de Vienne\n"
    "\n"
    "La quinzième édition du festival de jazz s'est tenue samedi dernier au théâtre\n"
    "antique de Vienne, en présence d'environ 8.000 spectateurs, selon les\n"
    "organisateurs. D'après le directeur artistique, Paul Girard, \"cette édition\n"
    'restera dans les mémoires".\n'
    "\n"
    "Le concert de clôture a commencé vers 21 heures avec le quartet de la pianiste\n"
    "Anne Roy.\n"
)


def test_a_hard_wrapped_text_is_joined_into_its_paragraphs_with_its_offsets_kept():
    text = unwrap(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert text.split("\n")[2].endswith('restera dans les mémoires".')
    assert (
        "Le concert de clôture a commencé vers 21 heures avec le quartet de la pianiste Anne"
        in text
    )
    assert first_line_numbers(WRAPPED, text)[:5] == [1, 2, 3, 7, 8]


def test_short_lines_and_lines_ending_a_sentence_stay_apart():
    lines = "Politique\nsociété\nculture\nLe maire a signé.\nla suite demain.\n"
    assert unwrap(lines) == lines
    dated = "Un long titre d'article sur la saison des vendanges en Bourgogne\n10/11/2025\n" * 4
    assert unwrap(dated) == dated


def test_ingestion_reads_a_hard_wrapped_file_as_whole_paragraphs(tmp_path):
    from helpers import ingestion
    from helpers.core.paths import RunPaths

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "jazz.txt").write_text(WRAPPED, encoding="utf-8")
    result = ingestion.run(
        RunPaths(corpus=corpus, out=tmp_path / "out"),
        languages=["fr"],
        min_body_chars=1,
        near_duplicate_threshold=0.95,
    )
    paragraphs = result.tables["paragraphs"]
    assert len(paragraphs) == 2
    first = paragraphs.iloc[0]
    assert (
        WRAPPED[int(first["raw_start"]) : int(first["raw_end"])].replace("\n", " ") == first["text"]
    )


def test_one_stray_break_within_a_sentence_is_joined_in_a_text_not_wrapped():
    text = (
        "Les grêlons avaient la taille de balles de tennis, et dans les maisons on tapait au\n"
        "marteau sur les cloisons, a-t-il décrit.\n"
        "Le maire a signé un arrêté de catastrophe naturelle dès le lendemain matin.\n"
    )
    joined = unwrap(text)
    assert len(joined) == len(text)
    assert "tapait au marteau" in joined
    assert joined.count("\n") == 2
