"""The dev-set quote scorer: what counts as the same speaker, what as a found quote."""

from helpers.entities.quote_scoring import same_speaker, score_quotes


def test_same_speaker_reads_names_without_accents_and_one_letter_variants():
    assert same_speaker("Elisabeth Borne", "Élisabeth Borne")
    assert same_speaker("Christophe Pecate", "Christophe Pecat")  # the article spells both
    assert same_speaker("Marie Dupont", "Dupont") and same_speaker(
        "un habitant", "un habitant de Lyon"
    )
    assert not same_speaker("Marie Dupont", "Pierre Dupont")
    assert not same_speaker("unknown", "unknown") and not same_speaker("Anne Roux", "")


def test_a_quote_is_found_once_and_a_scare_quote_counts_as_false_speech():
    gold = [{"snippet": "Nous ne céderons pas", "speaker": "Marie Dupont"}]
    predicted = [
        {"quote": "Nous ne céderons pas, jamais", "speaker": "Dupont"},
        {"quote": "réforme", "speaker": "Paul Roux"},
    ]
    counts = score_quotes(gold, ["réforme"], predicted)
    assert (counts["found"], counts["right_speaker"], counts["false_speech"]) == (1, 1, 1)


def test_a_quotation_opening_with_the_snippet_goes_to_it_before_one_holding_it():
    gold = [
        {"snippet": "une saison moyenne", "speaker": "unknown"},
        {"snippet": "C'est une saison moyenne, pas très bonne", "speaker": "Anne Roy"},
    ]
    predicted = [{"quote": "C'est une saison moyenne, pas très bonne, résume Anne Roy.",
                  "speaker": "Anne Roy"}]  # fmt: skip
    counts = score_quotes(gold, [], predicted)
    assert (counts["found"], counts["right_speaker"]) == (1, 1)


def test_same_speaker_reads_a_hyphen_as_a_space():
    assert same_speaker("Météo France", "Météo-France")
    assert not same_speaker("Météo France", "Air France")


def test_same_speaker_reads_a_name_with_or_without_its_elided_article():
    assert same_speaker("Elysée", "L'Elysée") and same_speaker("l’ONU", "ONU")
    assert not same_speaker("Elysée", "L'Etat")


def test_same_speaker_reads_one_description_whatever_its_determiner():
    assert same_speaker("une voisine", "cette voisine")
    assert not same_speaker("un habitant", "un autre habitant")
