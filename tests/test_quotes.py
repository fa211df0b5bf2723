"""Quote attribution on small hand-written French texts, one per pattern met in real
coverage (the development set's tuning part)."""

import pytest

from helpers.core.quote_marks import quote_spans
from helpers.entities.quotes import attribute_quotes, voices
from helpers.entities.reporting import REPORTING_VERBS, is_reporting_verb


def table_of(analyse, *texts, gender=True):
    paragraphs, rows, mentions, _ = analyse(*texts)
    return attribute_quotes(paragraphs, mentions, rows, gender=gender)


def quotes_of(analyse, *texts):
    table = table_of(analyse, *texts)
    table = table[table["kind"] != "indirect"]
    return list(zip(table["quote"], table["speaker"], table["cue"], strict=True))


def test_the_lexicon_has_at_least_150_reporting_verbs():
    assert len(REPORTING_VERBS) >= 150
    assert is_reporting_verb("estime", "estime")  # a lemma the lemmatiser left inflected


@pytest.mark.parametrize(
    "text, contents",
    [
        ("« Un deux trois », dit-il.", ["Un deux trois"]),
        ('"Quatre cinq six", dit-il.', ["Quatre cinq six"]),
        ("“Sept huit neuf”, dit-il.", ["Sept huit neuf"]),
        ('" Dix onze douze » a-t-il dit.', ["Dix onze douze"]),  # straight opened, guillemet closed
        ("« Treize quatorze« , a-t-il dit.", ["Treize quatorze"]),  # an opening mark typed to close
        ("» Quinze seize « a-t-il dit.", ["Quinze seize"]),  # reversed marks
        # an opening mark typed as a closing one, after an elided article
        (
            "Vers l' »ancien port » puis « Dix-sept dix-huit », dit-il.",
            ["ancien port", "Dix-sept dix-huit"],
        ),
        # a paragraph opening on speech whose opening mark is missing
        (
            "Allô… Oui, il reste une place jeudi. Au revoir. » Elle raccroche.",
            ["Allô… Oui, il reste une place jeudi. Au revoir."],
        ),
        # the closing curly mark typed to open as well as to close
        (
            "Elle attend : ”Le bus ne passe plus.” Lui hausse les épaules : ”Tant pis.”",
            ["Le bus ne passe plus.", "Tant pis."],
        ),
        ("« Le premier « mot » reste dedans », dit-il.", ["Le premier « mot » reste dedans"]),
        ("Il a dit : « Une phrase sans fin", ["Une phrase sans fin"]),  # open to the paragraph end
        # two apostrophes typed for each mark; the seconds of a race time are no quotation
        ("Il prévient : ‘’La récolte sera maigre.’’ Puis il repart.", ["La récolte sera maigre."]),
        ("''Vingt et un'', a-t-il dit.", ["Vingt et un"]),
        ("Elle gagne en 2h20’45’’ devant « la favorite ».", ["la favorite"]),
    ],
)
def test_quotation_marks_as_printed(text, contents):
    assert [text[s.content_start : s.content_end].strip() for s in quote_spans(text)] == contents


def test_an_open_quotation_never_runs_past_its_paragraph():
    (span,) = quote_spans("Il a dit : « Une phrase sans fin. Puis le texte continue.")
    assert not span.closed and span.end == len(
        "Il a dit : « Une phrase sans fin. Puis le texte continue."
    )


def test_incise_with_the_name_after_a_long_description(analyse):
    found = quotes_of(
        analyse,
        "« Nous ne lâcherons rien », a souligné la directrice de l'agence régionale de santé, "
        "Marie Dupont.",
    )
    assert found == [("Nous ne lâcherons rien", "Marie Dupont", "incise")]


def test_incise_with_straight_quotes_and_an_organisation(analyse):
    found = quotes_of(
        analyse, '"La balle est dans le camp du gouvernement", estime le syndicat Sud-Rail.'
    )
    assert found == [("La balle est dans le camp du gouvernement", "Sud-Rail", "incise")]


def test_incise_with_a_verb_that_is_not_a_verb_of_saying(analyse):
    found = quotes_of(analyse, "« Nous ne désespérons pas de les retrouver », sourit Paul Durand.")
    assert found == [("Nous ne désespérons pas de les retrouver", "Paul Durand", "incise")]


def test_a_pronoun_incise_takes_the_last_person_of_that_gender(analyse):
    table = table_of(
        analyse,
        "Mme Claire Martin a rencontré M. Paul Durand hier.",
        "« Cette réforme protège les salariés », a-t-elle déclaré.",
    )
    assert table[["speaker_gender", "cue"]].values.tolist() == [["female", "incise"]]
    assert "Claire Martin" in table["speaker"].iat[0]


def test_a_plural_pronoun_is_never_one_person(analyse):
    table = table_of(
        analyse, "Paul Durand était là.", "« Nous resterons ici longtemps », disent-ils."
    )
    assert table["speaker"].tolist() == [""]


def test_a_pronoun_before_the_quote(analyse):
    table = table_of(
        analyse,
        "Mme Claire Martin a parlé hier. Elle estime que « rien n'est joué dans cette affaire ».",
    )
    assert table["cue"].tolist() == ["before"]
    assert "Claire Martin" in table["speaker"].iat[0]


def test_selon_and_selon_les_mots_de(analyse):
    assert quotes_of(analyse, "Selon Jean Martin, « la situation est grave et inquiétante ».") == [
        ("la situation est grave et inquiétante", "Jean Martin", "selon")
    ]


def test_colon_with_a_description_stays_a_description(analyse):
    table = table_of(analyse, "Le préfet a déclaré : « Nous allons évacuer le camp demain ».")
    assert table[["speaker", "speaker_type", "speaker_entity", "cue"]].values.tolist() == [
        ["Le préfet", "description", "", "colon"]
    ]


def test_a_relay_is_not_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "Laurent Brun, cité par Le Parisien, a assuré que « la grève continuera jusqu'au bout ».",
    )
    assert [speaker for _, speaker, _ in found] == ["Laurent Brun"]


def test_an_organisation_as_speaker(analyse):
    table = table_of(
        analyse,
        "« Nous sommes inquiets pour la suite », a indiqué la préfecture dans un communiqué.",
    )
    assert table[["speaker", "speaker_type", "speaker_gender"]].values.tolist() == [
        ["la préfecture", "organisation", ""]
    ]


def test_the_cue_inside_the_quotation(analyse):
    found = quotes_of(
        analyse,
        "Paul Durand est arrivé.",
        "« Nous allons continuer, a-t-il dit, jusqu'à la victoire finale de nos idées »",
    )
    assert [(speaker, cue) for _, speaker, cue in found] == [("Paul Durand", "incise")]


def test_indirect_speech_is_its_own_kind(analyse):
    table = table_of(analyse, "Le ministre Paul Durand a estimé que la réforme était nécessaire.")
    assert table[["kind", "speaker", "quote"]].values.tolist() == [
        ["indirect", "Paul Durand", "la réforme était nécessaire"]
    ]


def test_a_quotation_over_two_paragraphs_is_one_utterance(analyse):
    table = table_of(
        analyse,
        "« Le premier paragraphe de la déclaration continue",
        "« et se termine ici », a déclaré Jean Martin.",
    )
    assert table["quote_id"].tolist() == [1, 1]
    assert table["speaker"].tolist() == ["Jean Martin", "Jean Martin"]
    assert voices(table)["quotes"].tolist() == [1]


def test_continuation_in_the_same_and_the_next_paragraph(analyse):
    found = quotes_of(
        analyse,
        "« Le partenariat est solide », a déclaré Julian Reis. « Pourquoi fermer le robinet ? »",
        "« Nous verrons bien ce que décidera le Congrès américain. »",
    )
    assert [(s, c) for _, s, c in found] == [
        ("Julian Reis", "incise"),
        ("Julian Reis", "continuation"),
        ("Julian Reis", "continuation"),
    ]


def test_pull_quote_followed_by_a_name_line_counts_once(analyse):
    table = table_of(
        analyse,
        "« Deux plus deux égalent six. »",
        "Roee Zelcer, ancien responsable des ventes",
        "« Deux plus deux égalent six », a expliqué Roee Zelcer.",
    )
    assert table[["kind", "speaker"]].values.tolist() == [
        ["pull_quote", "Roee Zelcer"],
        ["direct", "Roee Zelcer"],
    ]
    assert voices(table)[["speaker", "quotes"]].values.tolist() == [["Roee Zelcer", 1]]


def test_names_slogans_placards_and_scare_quotes_are_not_speech(analyse):
    found = quotes_of(
        analyse,
        "Selon plusieurs experts, ces « frères ennemis » se rapprochent.",
        "Une équipe que l'entreprise appelle « Team Alpha » gère la relation.",
        "« Ministre, réponds-nous », pouvait-on lire sur les pancartes des manifestants.",
        "La loi intitulée « Loi pour protéger les habitants des nuisances » fut contestée.",
        "Le maire parle d'une « situation très tendue », a-t-il ajouté.",
    )
    assert [q for q, _, _ in found if q != "situation très tendue"] == []


def test_gender_off_leaves_the_column_empty(analyse):
    table = table_of(
        analyse, "« Nous allons faire appel », a déclaré Mme Claire Martin.", gender=False
    )
    assert table["speaker_gender"].tolist() == [""]


def test_voices_count_utterances_and_words(analyse):
    table = table_of(analyse, "« Un deux trois », a déclaré Jeff Bezos. « Quatre cinq six sept. »")
    assert voices(table)[["speaker", "quotes", "words"]].values.tolist() == [["Jeff Bezos", 2, 7]]


def test_every_quote_of_the_forbes_article_and_no_scare_quote():
    import pandas as pd

    from tests.conftest import ROOT

    table = pd.read_csv(ROOT / "data/processed/quotes.csv", keep_default_na=False)
    forbes = table[(table["article_id"] == "002_a7b06b123d16b80a") & (table["kind"] != "indirect")]
    zelcer, reis, boschetti = "Roee Zelcer", "Julian Reis", "Maria Boschetti"
    assert forbes["speaker"].tolist() == [
        zelcer,
        zelcer,
        zelcer,
        boschetti,
        boschetti,
        zelcer,
        zelcer,
        zelcer,
        zelcer,
        reis,
        reis,
        reis,
        reis,
        zelcer,
        zelcer,
    ]
    quoted = " ".join(table["quote"])
    for scare in [
        "frères ennemis",
        "Team Amazon",
        "Pour vous",
        "très, très intelligent",
        "ennemies",
    ]:
        assert scare not in quoted


def test_a_clause_ending_on_a_colon_introduces_the_quote(analyse):
    found = quotes_of(
        analyse,
        "L'ancienne directrice, Claire Martin, fait part de ses inquiétudes : « Plus on attend, "
        "plus la situation se dégrade. »",
    )
    assert [(s, c) for _, s, c in found] == [("Claire Martin", "colon")]


def test_a_free_standing_quoted_sentence_continues_the_voice(analyse):
    found = quotes_of(
        analyse,
        "« Nous avons cherché toute la journée », raconte Paul Durand. Il repart vers la forêt.",
        "Le soir tombe sur la vallée. « Nous reviendrons demain avec les chiens. »",
    )
    assert [(s, c) for _, s, c in found] == [
        ("Paul Durand", "incise"),
        ("Paul Durand", "continuation"),
    ]


def test_a_free_standing_quotation_after_the_person_is_introduced(analyse):
    found = quotes_of(
        analyse,
        "Paul Durand, pêcheur, estime que la saison est perdue. « Les bateaux resteront à quai "
        "tout l'hiver. »",
    )
    assert [(s, c) for _, s, c in found if c != "indirect"] == [("Paul Durand", "continuation")]


def test_a_free_standing_quotation_before_the_person_it_introduces(analyse):
    found = quotes_of(
        analyse, "« C'est de plus en plus difficile. » Claire Martin vient chaque jour."
    )
    assert [(s, c) for _, s, c in found] == [("Claire Martin", "continuation")]


def test_a_definite_description_stands_for_the_one_person_named_nearby(analyse):
    found = quotes_of(
        analyse,
        "« Nous ouvrirons la salle en mai », annonce Paul Durand, maire de Vic.",
        "« Les travaux seront finis avant l'été », précise l'élu.",
    )
    assert [s for _, s, _ in found] == ["Paul Durand", "Paul Durand"]


def test_an_indefinite_description_stays_a_description(analyse):
    found = quotes_of(
        analyse,
        "« Nous ouvrirons la salle en mai », annonce Paul Durand.",
        "« Je n'y crois pas une seconde », répond un habitant.",
    )
    assert [s for _, s, _ in found] == ["Paul Durand", "un habitant"]


def test_an_adverbial_between_the_verb_and_the_speaker_is_skipped(analyse):
    found = quotes_of(
        analyse,
        "« Il faut se préparer dès ce soir », détaille, face à la caméra, le capitaine "
        "Paul Durand.",
    )
    assert [s for _, s, _ in found] == ["Paul Durand"]


def test_an_incise_inside_the_marks_with_an_object_pronoun(analyse):
    found = quotes_of(
        analyse,
        "« C'est la commune qui impose ces règles, nous a indiqué ce mardi Paul Durand, le "
        "président du syndicat. Nous voulons la règle nationale. »",
    )
    assert [(s, c) for _, s, c in found] == [("Paul Durand", "incise")]


def test_a_first_person_plural_inside_the_marks_is_no_incise(analyse):
    found = quotes_of(
        analyse,
        "Paul Durand, cadre du groupe, a répondu : « Les chiffres ne disent pas tout. De "
        "plus, nous avons constaté que beaucoup copient des vidéos. »",
    )
    assert [(s, c) for _, s, c in found] == [("Paul Durand", "colon")]


def test_a_reporting_verb_the_parser_took_for_an_adjective_before_a_colon(analyse):
    found = quotes_of(
        analyse, "Une passante s’indigne : « Distribuer des papiers relève du passé. »"
    )
    assert [(s, c) for _, s, c in found] == [("Une passante", "colon")]


def test_the_person_right_after_the_reporting_verb_of_a_long_colon_clause(analyse):
    found = quotes_of(
        analyse,
        "« Ça finira par payer » espère Paul Durand, qui répète ses demandes d’aides (avec le "
        "report des Prêts Garantis, PGE) : « il est important que le ministre réponde vite aux "
        "vignerons",
    )
    assert [s for _, s, _ in found] == ["Paul Durand", "Paul Durand"]


def test_one_of_a_group_is_a_description_with_its_gender(analyse):
    found = quotes_of(
        analyse,
        "Les riverains rangent leurs caves. « L’eau peut monter en une heure », explique "
        "l’une d’eux.",
    )
    assert [(s, c) for _, s, c in found] == [("l’une d’eux", "incise")]


def test_a_colon_cue_of_its_own_wins_over_continuation(analyse):
    found = quotes_of(
        analyse,
        "« L’eau peut monter en une heure », explique l’une d’eux. Un autre abonde : « On ne "
        "maîtrise rien, ça fait peur à tout le monde ».",
    )
    assert [(s, c) for _, s, c in found] == [("l’une d’eux", "incise"), ("Un autre", "colon")]


def test_celle_qui_stands_for_the_woman_named_before(analyse):
    found = quotes_of(
        analyse,
        "Catherine Morel a démarré à l'usine de Caen à 18 ans. « C'était mon premier emploi, je "
        "sortais de l'école », rembobine celle qui a fini cheffe d'atelier.",
    )
    assert [(s, c) for _, s, c in found] == [("Catherine Morel", "incise")]


def test_a_name_in_a_relative_clause_is_not_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "« Ce chiffre est quatre fois plus élevé que prévu », relève un rapport publié en mai "
        "et dont l’auteur est la sénatrice de l’Aisne, Claire Martin.",
    )
    assert [s for _, s, _ in found] == ["un rapport"]


def test_a_capitalised_title_after_an_article_stays_a_description(analyse):
    found = quotes_of(
        analyse,
        "\"Je n'ai aucun doute sur sa culpabilité\" a martelé l'Avocate général.",
    )  # the model tags « Avocate général » as a person
    assert [s for _, s, _ in found] == ["l'Avocate général"]


def test_two_quoted_words_that_end_the_writers_sentence_are_not_an_utterance(analyse):
    found = quotes_of(
        analyse,
        "Malgré les alertes des élus, la région « joue perso », regrette Paul Durand.",
    )
    assert found == []


def test_a_rallying_cry_is_not_speech_but_the_quote_after_it_is(analyse):
    found = quotes_of(
        analyse,
        "Paul Durand défend le cri de ralliement « Ministre, écoute-nous ! ». « Nous ne "
        "manquons de respect à personne, nous voulons des réponses », insiste Paul Durand.",
    )
    assert [(q[:9], s) for q, s, _ in found] == [("Nous ne m", "Paul Durand")]


def test_an_intertitle_between_dashes_is_a_pull_quote(analyse):
    table = table_of(
        analyse,
        "« Il faudra des actes, pas des promesses en l'air », a dénoncé Paul Durand.",
        "- « Des promesses en l'air » -",
    )
    row = table[table["kind"] == "pull_quote"].iloc[0]
    assert (row["quote"], row["speaker"]) == ("Des promesses en l'air", "Paul Durand")


def test_an_organisation_is_named_by_the_acronym_after_its_description(analyse):
    found = quotes_of(
        analyse,
        "« Ces bateaux pillent nos fonds », s’émeut le comité régional des pêches (CRPMEM).",
    )
    assert [s for _, s, _ in found] == ["CRPMEM"]  # tagged as a place by the model


def test_a_colon_clause_the_parser_made_a_sentence_of_its_own(analyse):
    found = quotes_of(
        analyse,
        'Pour parler de "attaque de loup", Paul Durand s\'appuie aussi sur le mode opératoire : '
        '"Les indices, ce sont les morsures, avec des plaies à plusieurs endroits du corps comme '
        "le cou, la nuque, ou les pattes. Et",
    )  # the parser starts a sentence at the opening mark, after the colon
    assert [(s, c) for _, s, c in found] == [("Paul Durand", "colon")]


def test_a_free_standing_quotation_before_a_sentence_whose_subject_is_a_person(analyse):
    found = quotes_of(
        analyse,
        "« Oui, nous pouvons confirmer que c'est une attaque de loup. » Le sous-préfet de Die, "
        "Paul Durand, ne laisse aucune place au doute. La battue aura lieu samedi.",
    )
    assert [(s, c) for _, s, c in found] == [("Paul Durand", "continuation")]


def test_a_quotation_under_a_label_line_cut_off_by_the_end_of_the_text(analyse):
    table = table_of(
        analyse,
        "Le plus déçu : Paul Durand (Lorient)",
        "« Nous avons manqué de tout ce soir, et surtout de",
    )
    assert list(zip(table["speaker"], table["cue"], strict=True)) == [("Paul Durand", "pull_quote")]


def test_a_name_complementing_a_noun_is_no_new_voice(analyse):
    found = quotes_of(
        analyse,
        "« Mon fils a été frappé au visage », témoigne Samia. « En tant que parents, on ne "
        "peut pas laisser faire. » Stop aux bagarres entre les quartiers Allende et "
        "Saussaie-Courtille. « On a alerté la police, l'école, la mairie. »",
    )
    assert [s for _, s, _ in found] == ["Samia", "Samia", "Samia"]


def test_a_periphrasis_of_a_title_stands_for_the_person_given_that_title(analyse):
    found = quotes_of(
        analyse,
        "Le Premier ministre Paul Durand et la ministre de la Santé Claire Martin sont venus "
        "samedi. Le chef du gouvernement a expliqué que la priorité « restait la recherche "
        "des disparus ».",
    )
    assert [s for _, s, _ in found] == ["Paul Durand"]


def test_a_company_the_model_took_for_a_person_is_no_one_nearby(analyse):
    found = quotes_of(
        analyse,
        "Des travaux « qui ne peuvent plus attendre pour la voirie », explique Paul Durand, "
        "adjoint au maire, car l'entreprise Bouvet les avait commandés. L'élu souligne "
        "qu'une aide est prévue « sur un périmètre très large du quartier ».",
    )
    assert [s for _, s, _ in found] == ["Paul Durand", "Paul Durand"]


def test_a_reporting_participle_gives_the_quotation_to_its_noun(analyse):
    found = quotes_of(
        analyse,
        "Car malgré un rapport parlementaire montrant que la région est « oubliée dans le "
        "partage des crédits », rien ne bouge.",
    )
    assert [s for _, s, _ in found] == ["un rapport parlementaire"]


def test_a_participle_after_a_comma_is_not_its_nouns_speech(analyse):
    found = quotes_of(
        analyse,
        "La commune a saisi un tribunal administratif, demandant que le projet intitulé "
        "« Un port pour demain et pour toute la vallée » soit annulé.",
        "Les riverains ont porté plainte devant la cour, affirmant que le chantier « menace "
        "les nappes phréatiques de tout le secteur ».",
    )
    assert "un tribunal administratif" not in [s for _, s, _ in found]
    assert "la cour" not in [s for _, s, _ in found]


def test_a_quotation_named_by_a_participle_is_a_title(analyse):
    assert (
        quotes_of(
            analyse,
            "Le rapport intitulé « Vers une ville sans voitures ni bruit » a été publié lundi.",
            "La mairie a lancé une opération baptisée « Un arbre pour chaque enfant de la ville ».",
        )
        == []
    )


def test_a_short_intertitle_does_not_continue_the_quotation_before_it(analyse):
    table = table_of(
        analyse,
        "« Il faudra des actes, pas des promesses en l'air », a dénoncé Paul Durand.",
        "Un rapport montrant que la ville est « oubliée dans le partage des crédits » est sorti.",
        "« Promesses en l'air »",
    )
    row = table[table["quote"] == "Promesses en l'air"].iloc[0]
    assert (row["kind"], row["speaker"]) == ("pull_quote", "Paul Durand")


def test_a_pronoun_takes_a_newcomer_introduced_by_an_indefinite_subject(analyse):
    found = quotes_of(
        analyse,
        "« La route est coupée depuis lundi », explique Paul Durand, le maire.",
        "Une fleuriste, qui livre les hameaux, attend devant la barrière. « Je perds des "
        "clients chaque jour », confie-t-elle. « Personne ne nous prévient. »",
    )
    assert [s for _, s, _ in found] == ["Paul Durand", "Une fleuriste", "Une fleuriste"]


def test_a_plural_pronoun_takes_a_group_of_people(analyse):
    found = quotes_of(
        analyse,
        "Un couple de randonneurs a passé la nuit dans le refuge. « Nous avons eu très "
        "froid », racontent-ils.",
    )
    assert [s for _, s, _ in found] == ["Un couple de randonneurs"]


def test_a_name_complementing_a_noun_is_no_antecedent(analyse):
    found = quotes_of(
        analyse,
        "Sur le quai, Marc Lenoir, venu avec son associé Pierre Blanc, regarde le bateau. "
        "« Nous ne pourrons pas sortir avant une semaine », soupire-t-il.",
    )
    assert [s for _, s, _ in found] == ["Marc Lenoir"]


def test_a_first_name_the_model_missed_is_a_voice(analyse):
    found = quotes_of(
        analyse,
        "Mme Claire Martin a fermé sa boutique à midi.",
        "Solenne elle aussi habite le quartier. « L'eau est montée en dix minutes », "
        "raconte-t-elle.",
    )
    assert [s for _, s, _ in found] == ["Solenne"]


def test_a_definite_description_in_the_incise_of_its_subjects_sentence(analyse):
    found = quotes_of(
        analyse,
        "Devant la mairie, Paul Durand, entouré de Marc Lenoir, lance « Nous irons jusqu'au "
        "bout de cette affaire », assure l'ancien sénateur de la Drôme.",
    )
    assert [s for _, s, _ in found] == ["Paul Durand"]


def test_an_inverted_subject_outside_a_quotation_is_an_antecedent(analyse):
    found = quotes_of(
        analyse,
        "« Le marché ne repartira pas avant l'automne », a déclaré Marc Lenoir.",
        "La fusion pourrait attendre l'an prochain, a estimé Paul Durand. « Rien ne presse "
        "pour les actionnaires », a-t-il ajouté.",
    )
    assert [s for _, s, _ in found] == ["Marc Lenoir", "Paul Durand"]


def test_a_short_exclamation_with_its_cue_is_speech(analyse):
    found = quotes_of(
        analyse,
        "Le directeur a annoncé la fermeture devant le portail.",
        "« Quelle honte ! », a crié une ouvrière.",
    )
    assert found == [("Quelle honte !", "une ouvrière", "incise")]


def test_a_person_who_is_the_subject_between_two_quotations_breaks_the_continuation(analyse):
    found = quotes_of(
        analyse,
        "« Le bus ne passe plus le matin », regrette Paul Durand. Près de lui, Lucie Morel "
        "ajoute « mes enfants marchent quatre kilomètres pour aller au collège ».",
    )
    assert [s for _, s, _ in found] == ["Paul Durand", "Lucie Morel"]


def test_pour_x_gives_the_quotation_to_x_not_to_the_voice_before(analyse):
    found = quotes_of(
        analyse,
        "« Le bus ne passe plus le matin », regrette Paul Durand. Pour Lucie Morel, « la ligne "
        "devait rouvrir en septembre ».",
    )
    assert [(s, c) for _, s, c in found] == [("Paul Durand", "incise"), ("Lucie Morel", "selon")]


def test_selon_a_description_takes_the_name_in_apposition(analyse):
    found = quotes_of(
        analyse,
        "« Nous demandons un moratoire », écrit le collectif. Selon sa porte-parole, Lucie "
        "Morel, « les habitants n'ont jamais été consultés sur ce projet ».",
    )
    assert [s for _, s, _ in found][-1] == "Lucie Morel"


def test_a_reporting_participle_before_que_inside_a_quotation_is_no_incise(analyse):
    found = quotes_of(
        analyse,
        "Selon Lucie Morel, « la ligne coûte trop cher, estimant que Paul Durand refuse de "
        "payer sa part depuis des années ».",
    )
    assert [s for _, s, _ in found] == ["Lucie Morel"]


def test_a_generic_organisation_noun_stands_for_the_organisation_named_before(analyse):
    found = quotes_of(
        analyse,
        "La réponse de la Confédération paysanne est arrivée dans la soirée.",
        "« Ce plan ne sauvera aucune exploitation », écrit le syndicat sur son site.",
    )
    assert [s for _, s, _ in found] == ["Confédération paysanne"]


def test_an_institution_noun_stays_a_description(analyse):
    found = quotes_of(
        analyse,
        "La Confédération paysanne a manifesté devant les grilles.",
        "« Aucun arrêté ne sera pris avant lundi », indique la préfecture.",
    )
    assert [s for _, s, _ in found] == ["la préfecture"]


def test_an_incise_inside_the_marks_with_a_name_after_any_verb(analyse):
    found = quotes_of(
        analyse,
        "« Le bateau partait deux fois par jour. Désormais il part une fois, compte Lucie "
        "Morel, patronne du café du port. Les touristes ne viennent plus. »",
    )
    assert [(s, c) for _, s, c in found] == [("Lucie Morel", "incise")]


def test_a_narrated_action_inside_the_marks_is_no_incise(analyse):
    found = quotes_of(
        analyse,
        "« La rivière a débordé dans la nuit », raconte Paul Durand.",
        "« Mon frère a vu l'eau monter, et sans attendre, a porté les meubles à l'étage "
        "pour les sauver. »",
    )
    assert [s for _, s, _ in found] == ["Paul Durand", "Paul Durand"]


def test_a_quotation_alone_after_a_paragraph_introducing_a_person(analyse):
    found = quotes_of(
        analyse,
        "Un orage a inondé la vallée samedi soir.",
        "Hélène Morel habite au bord de la rivière depuis trente ans.",
        "« Je n'avais jamais vu l'eau monter aussi vite dans le jardin. »",
    )
    assert [(s, c) for _, s, c in found] == [("Hélène Morel", "continuation")]


def test_a_description_is_not_the_person_the_article_gave_another_role(analyse):
    found = quotes_of(
        analyse,
        "« Les battues commenceront lundi », a indiqué le préfet Paul Durand.",
        "« Je perds des bêtes chaque semaine », a soupiré le berger venu de la vallée.",
    )
    assert [s for _, s, _ in found] == ["Paul Durand", "le berger"]


def test_a_clause_whose_subject_is_a_thing_gives_the_quote_to_the_person_it_names(analyse):
    found = quotes_of(
        analyse,
        "Trois crues en un an poussent Hélène Morel à partir : « Je ne veux plus vivre "
        "avec la peur de la prochaine. »",
    )
    assert [(s, c) for _, s, c in found] == [("Hélène Morel", "colon")]


def test_a_quotation_after_a_few_words_opening_the_next_paragraph_continues(analyse):
    found = quotes_of(
        analyse,
        "« La digue a cédé vers minuit », explique l'ingénieur Paul Durand.",
        "Très vite ensuite, « deux pelleteuses ont refermé la brèche avec des rochers ».",
    )
    assert [(s, c) for _, s, c in found] == [
        ("Paul Durand", "incise"),
        ("Paul Durand", "continuation"),
    ]


def test_a_name_in_an_adjunct_after_the_description_is_no_speaker(analyse):
    found = quotes_of(
        analyse,
        "Le maire Paul Durand a inauguré la salle.",
        "« Nous attendions ce jour depuis dix ans », a lancé le maire à son arrivée devant "
        "le gymnase Marcel-Cerdan, sous les applaudissements.",
    )
    assert [s for _, s, _ in found] == ["Paul Durand"]


def test_a_cue_reaches_past_a_two_word_quotation_to_the_next_one(analyse):
    found = quotes_of(
        analyse,
        "Paul Durand assure que les analyses étaient « très bonnes », comme celles faites "
        "« avant la première course ».",
    )
    assert [(q, s) for q, s, _ in found] == [("avant la première course", "Paul Durand")]


def test_one_of_a_group_without_an_article_keeps_its_complement(analyse):
    found = quotes_of(
        analyse,
        "Le directeur a annoncé la fermeture devant le portail.",
        "« C'est une trahison ! », a lancé un de ses ouvriers.",
    )
    assert [s for _, s, _ in found] == ["un de ses ouvriers"]


def test_a_verbless_lead_in_on_a_colon_continues_the_voice_before(analyse):
    found = quotes_of(
        analyse,
        "« Les commandes ont chuté de moitié cet hiver », regrette Paul Durand, délégué syndical.",
        "Une attente pénible pour toute l'équipe : « les contrats du printemps ont tous "
        "été annulés ».",
    )
    assert [(s, c) for _, s, c in found] == [
        ("Paul Durand", "incise"),
        ("Paul Durand", "continuation"),
    ]


def test_a_quoted_heading_without_a_full_stop_does_not_continue_the_voice(analyse):
    table = table_of(
        analyse,
        "« Nous ne reculerons pas », prévient Lucie Morel, infirmière.",
        "« Le prix de notre silence »",
        "Le cortège a rejoint la place vers midi.",
    )
    row = table[table["quote"] == "Le prix de notre silence"].iloc[0]
    assert (row["kind"], row["speaker"]) == ("pull_quote", "")


def test_a_quoted_sentence_alone_with_its_full_stop_outside_continues(analyse):
    found = quotes_of(
        analyse,
        "« Nous ne reculerons pas », prévient Lucie Morel, infirmière.",
        "« Le prix de notre silence serait trop lourd pour les patients ».",
    )
    assert [s for _, s, _ in found] == ["Lucie Morel", "Lucie Morel"]


def test_a_gender_cued_once_holds_for_all_of_a_persons_quotes_and_cues_that_disagree_do_not():
    import pandas as pd

    from helpers.entities.quotes import QUOTE_COLUMNS, Quote, _one_gender_per_person
    from helpers.entities.speakers import Speaker

    def row(article, speaker, gender, quote_id):
        said = Speaker(speaker, speaker, "PER", "person", gender)
        return Quote(article, 0, quote_id, quote_id + 5, "Nous venons.", speaker=said,
                     quote_id=quote_id).row(with_gender=True)  # fmt: skip

    quotes = pd.DataFrame(
        [row("a", "Marc Olivier", "unknown", 0), row("a", "Marc Olivier", "male", 1),
         row("b", "Claude Roy", "male", 0), row("b", "Claude Roy", "female", 1),
         row("b", "Anne Lys", "unknown", 2)],
        columns=QUOTE_COLUMNS,
    )  # fmt: skip
    genders = _one_gender_per_person(quotes)["speaker_gender"].tolist()
    assert genders == ["male", "male", "unknown", "unknown", "unknown"]
    table = voices(quotes.assign(speaker_gender=["unknown", "male", "male", "female", "unknown"]))
    assert dict(zip(table["speaker"], table["speaker_gender"], strict=True)) == {
        "Marc Olivier": "male", "Claude Roy": "unknown", "Anne Lys": "unknown"
    }  # fmt: skip


def test_a_description_of_a_thing_has_no_gender():
    from helpers.entities.quotes import Quote
    from helpers.entities.speakers import Speaker

    def gender(text):
        said = Speaker(text, "", "", "description", "female")
        return Quote("a", 0, 0, 5, "Nous venons.", speaker=said).row(True)["speaker_gender"]

    assert gender("Cette collaboration") == "unknown"  # the noun's gender, not a person's
    assert gender("la présidente") == "female"
    assert gender("la Caribéenne") == "female"


def test_a_pronominal_verb_that_is_no_verb_of_saying_reports_nothing(analyse):
    table = table_of(
        analyse,
        "L'entreprise doit s'assurer qu'elle maintient un niveau élevé de sécurité.",
        "Le ministre a assuré que la réforme serait votée avant l'été prochain.",
        "Le maire s'est félicité que le projet soit enfin lancé dans la commune.",
    )
    indirect = table[table["kind"] == "indirect"]
    assert indirect["speaker"].tolist() == ["Le ministre", "Le maire"]
