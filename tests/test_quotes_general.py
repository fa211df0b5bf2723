"""Quote attribution rules read from the parse, each on a French text written for the
test (other names, other topics than any annotated article)."""

import pytest

from tests.test_quotes import quotes_of, table_of


def test_a_free_standing_quotation_with_its_full_stop_after_the_mark(analyse):
    found = quotes_of(
        analyse,
        "Cette hausse des prix, Hélène Garnier, boulangère à Vesoul, la subit chaque matin. "
        "Le sac de farine a doublé en un an. « Nous ne pouvons plus suivre avec des marges "
        "aussi faibles ».",
    )
    assert [s for _, s, _ in found] == ["Hélène Garnier"]


def test_one_of_a_group_is_not_the_person_named_before(analyse):
    found = quotes_of(
        analyse,
        "« Les bus arrivent en retard chaque matin », déplore Julien Roux.",
        "« Nous attendons parfois quarante minutes sous la pluie », ajoute l'une des passagères.",
    )
    assert [s for _, s, _ in found] == ["Julien Roux", "l'une des passagères"]


def test_a_feminine_description_is_not_the_man_named_before(analyse):
    found = quotes_of(
        analyse,
        "« Le pont sera fermé tout l'été », a indiqué M. Marc Lefèvre.",
        "« Nous ferons un détour de vingt kilomètres », soupire la jeune cycliste.",
    )
    assert [s for _, s, _ in found] == ["Marc Lefèvre", "la jeune cycliste"]


def test_a_label_line_ending_on_a_colon_heads_the_quotations_after_it(analyse):
    table = table_of(
        analyse,
        "Les chefs ont présenté leurs menus samedi à Lyon.",
        "Sophie Marchand (Le Bouchon), lauréate du concours :",
        "« Une soirée inoubliable »",
        "« Une soirée inoubliable, vraiment. Toute la brigade a travaillé dur depuis des "
        "mois pour arriver jusqu'ici ».",
        "Antoine Perrin (La Table), deuxième du classement :",
        "« Je reviendrai l'année prochaine avec un dessert plus audacieux ».",
    )
    assert table["speaker"].tolist() == ["Sophie Marchand", "Sophie Marchand", "Antoine Perrin"]


def test_an_infinitive_of_narration_names_its_speaker(analyse):
    found = quotes_of(
        analyse,
        "La pharmacie du village est ouverte jusqu'à minuit cette semaine.",
        "Et le pharmacien de poursuivre : « Les stocks de vaccins sont presque épuisés "
        "depuis lundi. »",
    )
    assert [(s, c) for _, s, c in found] == [("le pharmacien", "colon")]


def test_ce_dernier_is_the_last_person_named(analyse):
    found = quotes_of(
        analyse,
        "Les travaux du musée ont été présentés lundi par le préfet Jean Moreau. Et ce "
        "dernier d'ajouter : « La façade sera entièrement refaite en pierre de taille. »",
    )
    assert [s for _, s, _ in found] == ["Jean Moreau"]


def test_the_subject_of_reported_words_is_not_the_next_pronouns_voice(analyse):
    found = quotes_of(
        analyse,
        "La maire Sylvie Caron a présenté lundi le budget de la commune.",
        "Elle a rappelé que Thomas Duval avait promis une nouvelle école. « Les travaux "
        "commenceront avant l'hiver », a-t-elle précisé.",
    )
    assert [s for _, s, _ in found] == ["Sylvie Caron"]


def test_a_banner_in_the_sentence_before_leaves_the_next_quotation_speech(analyse):
    found = quotes_of(
        analyse,
        "Les parents ont défilé samedi devant la mairie. « Des classes pour nos enfants », "
        "proclamait une banderole. « Une rentrée sans fermeture de classe », a réclamé "
        "Nadia Benali, présidente de l'association.",
    )
    assert [s for _, s, _ in found] == ["Nadia Benali"]


def test_a_short_quotation_in_the_incise_of_a_described_person_is_speech(analyse):
    found = quotes_of(
        analyse,
        "Le bus a encore eu une heure de retard ce matin. « Vraiment très pénible », "
        "soupire une cliente.",
    )
    assert found == [("Vraiment très pénible", "une cliente", "incise")]


def test_two_quotations_of_one_sentence_share_its_incise(analyse):
    found = quotes_of(
        analyse,
        "La rivière a débordé dans la nuit de mardi. « Aucune maison n'a été inondée cette "
        "fois » mais « les routes resteront fermées jusqu'à vendredi », a annoncé le préfet "
        "Louis Garnier lors d'une conférence de presse.",
    )
    assert [(s, c) for _, s, c in found] == [("Louis Garnier", "incise")] * 2


def test_a_description_stands_for_the_one_voice_among_several_named(analyse):
    found = quotes_of(
        analyse,
        "Paul Vidal a rencontré mardi les soignants du service de Marc Leroy. L'élu a "
        "reconnu que « les moyens manquent cruellement cet hiver ».",
    )
    assert [s for _, s, _ in found] == ["Paul Vidal"]


def test_a_verb_that_goes_on_keeps_the_voice_before(analyse):
    found = quotes_of(
        analyse,
        "« Le festival a battu son record d'entrées », analyse Julie Faure.",
        "Elle a aussi salué la programmation de Pierre Blanc, de Luc Noir et d'Anne Vert.",
        "« Nous avons accueilli des artistes venus de douze pays différents », a poursuivi "
        "la directrice, qui a remercié les bénévoles.",
    )
    assert [s for _, s, _ in found] == ["Julie Faure", "Julie Faure"]


def test_a_joking_verb_reports_speech(analyse):
    found = quotes_of(
        analyse,
        "Le conseil municipal a voté le budget lundi soir. « Nous finirons bien par avoir "
        "une piscine avant la retraite », a blagué un conseiller municipal.",
    )
    assert [s for _, s, _ in found] == ["un conseiller municipal"]


def test_a_displayed_quotation_is_given_to_the_person_opening_the_next_paragraph(analyse):
    table = table_of(
        analyse,
        "Les éleveurs de la vallée font face à une sécheresse sans précédent.",
        "« On ne sait plus comment nourrir les bêtes »",
        "Depuis le mois de mai, Martine Roche voit ses prairies jaunir. Elle craint que le "
        "foin manque cet hiver.",
    )
    assert table[["kind", "speaker"]].values.tolist() == [["pull_quote", "Martine Roche"]]


def test_a_quotation_signed_by_a_name_after_a_comma_is_that_persons(analyse):
    found = quotes_of(
        analyse,
        "« La récolte sera maigre cette année », a reconnu Paul Berger, président de la "
        "coopérative.",
        "« Nos vergers ont gelé deux nuits de suite en avril ! », Sandrine Lavigne, "
        "arboricultrice à Moissac",
    )
    assert [s for _, s, _ in found] == ["Paul Berger", "Sandrine Lavigne"]


def test_an_incise_after_a_few_words_of_the_writer_still_attributes(analyse):
    found = quotes_of(
        analyse,
        "Le marché couvert rouvrira au printemps. « Pas avant le mois d'avril » en tout cas, "
        "prévient Lucien Barre, président des commerçants.",
    )
    assert [(s, c) for _, s, c in found] == [("Lucien Barre", "incise")]


def test_selon_after_the_quotation_names_its_source(analyse):
    found = quotes_of(
        analyse,
        "Les nappes phréatiques sont « à un niveau très bas pour la saison », selon le "
        "Bureau de recherches géologiques et minières.",
    )
    assert [(s, c) for _, s, c in found] == [
        ("Bureau de recherches géologiques et minières", "selon")
    ]


def test_a_one_word_quotation_between_does_not_break_the_continuation(analyse):
    found = quotes_of(
        analyse,
        "Le directeur du zoo, Olivier Pons, a fait le point : « Les travaux avancent bien ». "
        "Un chantier « colossal » face aux « centaines d'animaux qu'il faudra déplacer ».",
    )
    assert [s for _, s, _ in found] == ["Olivier Pons", "Olivier Pons"]


def test_a_short_continuation_of_a_described_person_is_speech(analyse):
    found = quotes_of(
        analyse,
        "Les cours ont repris lundi. « Il faudra tenir jusqu'en juin », soupire une "
        "enseignante qui dit avoir vu des collègues en larmes, « au bord du gouffre ».",
    )
    assert [s for _, s, _ in found] == ["une enseignante", "une enseignante"]


def test_pour_a_name_and_a_title_before_a_colon_is_a_source(analyse):
    found = quotes_of(
        analyse,
        "Pour Marion Leclerc, Directrice Générale Déléguée : « Avec un chiffre d'affaires en "
        "hausse de 8 %, le groupe retrouve son niveau d'avant la crise. »",
    )
    assert [(s, c) for _, s, c in found] == [("Marion Leclerc", "selon")]


def test_a_sentence_opening_on_a_reporting_participle_has_its_speaker_after(analyse):
    found = quotes_of(
        analyse,
        "Le procès s'est achevé mardi soir. Jugeant indispensable de protéger « les enfants "
        "de la commune », Claire Dumas demande la fermeture du site.",
    )
    assert [s for _, s, _ in found] == ["Claire Dumas"]


def test_a_subordinate_clause_after_a_quotation_is_no_incise(analyse):
    found = quotes_of(
        analyse,
        "« Les bateaux resteront au port tant que », même s'il fait beau, « la houle "
        "dépassera quatre mètres », prévient Yann Le Goff, patron pêcheur.",
    )
    assert [s for _, s, _ in found] == ["Yann Le Goff", "Yann Le Goff"]


def test_a_description_stands_for_the_voice_quoted_last_when_others_are_only_quoted(analyse):
    found = quotes_of(
        analyse,
        "« La saison touristique a été excellente », se réjouit Bernard Lemoine, qui dirige "
        "l'office de tourisme.",
        "« Je remercie Paul Arnaud et Sophie Lenoir pour leur travail cet été. Sans eux, "
        "rien n'aurait été possible. »",
        "« Nous allons ouvrir une deuxième antenne au printemps », a promis le directeur.",
    )
    assert [s for _, s, _ in found] == ["Bernard Lemoine"] * 3


def test_a_clause_with_its_subject_left_out_goes_on_with_the_voice_before(analyse):
    found = quotes_of(
        analyse,
        "Le festival ouvrira ses portes vendredi. Martin Caron, le programmateur, a présenté "
        "lundi les premiers noms de l'affiche.",
        "Mais a aussi prévenu, disant craindre « une édition plus courte que prévu à cause "
        "des travaux ».",
    )
    assert [s for _, s, _ in found] == ["Martin Caron"]


def test_the_writers_imperative_and_a_press_relay_give_no_speaker(analyse):
    found = quotes_of(
        analyse,
        "Le maire Jean Valet a visité le chantier lundi. Rappelons que « le projet a coûté "
        "plus de deux millions d'euros » selon la presse locale.",
    )
    assert found == []


def test_a_title_signed_by_its_author_is_not_speech(analyse):
    found = quotes_of(
        analyse,
        "Les élèves de CM2 ont choisi leur lecture de l'été.",
        "« Le Petit Prince », Antoine de Saint-Exupéry",
    )
    assert found == []


def test_a_term_inside_the_writers_sentence_is_not_given_to_the_incise(analyse):
    found = quotes_of(
        analyse, "Le projet de « ville du quart d'heure » avance, explique le maire Paul Henry."
    )
    assert found == []


def test_a_term_before_a_quotation_with_an_incise_does_not_share_it(analyse):
    found = quotes_of(
        analyse,
        "Le projet de « ville du quart d'heure » et de « rues aux écoles partout », a "
        "détaillé le maire Paul Henry.",
    )
    assert [q for q, _, _ in found] == ["rues aux écoles partout"]


def test_a_description_opening_the_article_is_the_person_given_that_role_later(analyse):
    found = quotes_of(
        analyse,
        "« Nous ne fermerons aucune école rurale cette année », a assuré la rectrice, mardi, "
        "devant les élus.",
        "Dans l'après-midi, la rectrice Hélène Morin a ensuite visité deux collèges du "
        "département.",
    )
    assert [s for _, s, _ in found] == ["Hélène Morin"]


def test_a_heading_quotation_takes_the_first_voice_of_its_section(analyse):
    table = table_of(
        analyse,
        "Le port de pêche a rouvert ses quais mardi après trois semaines de travaux.",
        "« Un vrai soulagement pour tout le monde »",
        "Les bateaux sont sortis dès l'aube. « Nous avons enfin pu vendre notre poisson à la "
        "criée », se félicite Yannick Le Bris, patron du chalutier.",
    )
    assert table[["kind", "speaker"]].values.tolist() == [
        ["pull_quote", "Yannick Le Bris"],
        ["direct", "Yannick Le Bris"],
    ]


def test_pour_someone_opening_the_sentence_gives_their_view(analyse):
    found = quotes_of(
        analyse,
        "Pour la directrice de l'école, ce nouveau préau est « une vraie chance pour les "
        "enfants du quartier ».",
    )
    assert [(s, c) for _, s, c in found] == [("la directrice de l'école", "selon")]


def test_a_pull_quote_printed_without_marks_and_signed_by_a_name_and_role(analyse):
    table = table_of(
        analyse,
        "Les habitants attendent la réouverture de la piscine municipale depuis deux ans.",
        "Nos enfants n'ont plus nulle part où apprendre à nager cet été. Karine Vidal, "
        "présidente des parents d'élèves",
        "Les travaux doivent s'achever en septembre, selon la mairie.",
    )
    assert table[["kind", "speaker"]].values.tolist() == [["pull_quote", "Karine Vidal"]]
    assert table["quote"].iloc[0].startswith("Nos enfants")


def test_a_description_renames_the_voice_just_quoted_in_the_paragraph(analyse):
    found = quotes_of(
        analyse,
        "Jean-Luc Morvan, viticulteur à Saumur depuis trente ans, a vendangé en avance. "
        "« Le raisin a mûri trois semaines plus tôt », observe Jean-Luc Morvan. Les grappes "
        "ont souffert du soleil. « Le degré sera élevé, mais la récolte sera maigre », "
        "prévient le vigneron.",
    )
    assert [s for _, s, _ in found] == ["Jean-Luc Morvan", "Jean-Luc Morvan"]


def test_a_description_after_a_named_subject_of_the_paragraph_is_that_person(analyse):
    found = quotes_of(
        analyse,
        "« Nous avons manqué de rigueur », regrettait Thomas Girard après le match.",
        "Battu, Olivier Lambert assumait la défaite. « J'ai mal préparé mes joueurs, "
        "reconnaissait l'entraîneur des Verts. Je prends tout sur moi. »",
    )
    assert [s for _, s, _ in found] == ["Thomas Girard", "Olivier Lambert"]


def test_a_name_in_apposition_to_a_complement_is_not_renamed(analyse):
    found = quotes_of(
        analyse,
        "L'accusé s'est tu face aux questions posées par la présidente, Claire Dumas. "
        "« Je veux rentrer chez moi », répète le prévenu.",
    )
    assert [s for _, s, _ in found] == ["le prévenu"]


def test_a_body_named_short_takes_the_full_name_the_article_writes(analyse):
    found = quotes_of(
        analyse,
        "Des riverains ont manifesté samedi devant la mairie de Vesoul contre le projet.",
        "« Le chantier reprendra lundi », a indiqué la mairie dans un communiqué.",
    )
    assert [s for _, s, _ in found] == ["la mairie de Vesoul"]


def test_a_description_once_in_apposition_to_a_name_is_that_person(analyse):
    found = quotes_of(
        analyse,
        "C’est une panne de chauffage qui a conduit Enzo, le gérant, devant le juge.",
        "Une date l'obsède, bien plus que les faits reprochés au gérant.",
        "Interrogé par la présidente, Anne Morel, il s'agace. « Nous ne sommes pas en "
        "hiver », s'emporte le gérant.",
    )
    assert [s for _, s, _ in found] == ["Enzo"]


def test_a_plural_pronoun_after_a_share_of_a_group_is_that_group(analyse):
    found = quotes_of(
        analyse,
        "Lundi, une partie des infirmiers de la clinique se sont rassemblés devant l'entrée. "
        "Ils dénoncent : « Nous travaillons sans pause depuis des semaines. »",
    )
    assert [s for _, s, _ in found] == ["les infirmiers"]


def test_a_pronoun_finds_a_newcomer_met_in_an_earlier_paragraph(analyse):
    found = quotes_of(
        analyse,
        "La rivière est sortie de son lit dimanche.",
        "Une habitante attend devant la mairie.",
        "« Je n'avais jamais vu l'eau monter aussi vite », raconte-t-elle.",
    )
    assert [s for _, s, _ in found] == ["Une habitante"]


def test_headings_between_do_not_count_in_a_pronouns_reach(analyse):
    quote = "« Nous avons tout vidé en deux heures, avant que l'eau ne monte », raconte-t-elle."
    lead = "Dans la rue principale, une commerçante balaie la boue devant sa vitrine."
    headed = quotes_of(
        analyse,
        "La digue a cédé dans la nuit de samedi.",
        lead,
        "Photo : la rue principale",
        "Un quartier sous l'eau",
        quote,
    )
    assert [s for _, s, _ in headed] == ["une commerçante"]
    too_far = quotes_of(
        analyse,
        lead,
        "Le maire a fait le tour des commerces.",
        "Les assureurs sont attendus lundi.",
        "La préfecture a ouvert une cellule de crise.",
        quote,
    )
    assert [s for _, s, _ in too_far] == [""]


def test_a_sentence_opening_on_a_pronoun_introduces_the_quotation_after_it(analyse):
    found = quotes_of(
        analyse,
        "Anne Morel, maire de la commune, était l'invitée de Paul Roche à la radio mardi.",
        "Elle a d'abord rappelé l'état des finances. « Nous devons économiser deux millions "
        "d'euros cette année. »",
    )
    assert [s for _, s, _ in found] == ["Anne Morel"]


def test_an_impersonal_il_introduces_no_quotation(analyse):
    found = quotes_of(
        analyse,
        "Le conseil municipal s'est réuni mardi soir.",
        "Il faut dire que la commune est endettée. « Nous devons économiser deux millions "
        "d'euros cette année. Les travaux du pont attendront. »",
    )
    assert [s for _, s, _ in found] == []


def test_a_demonstrative_description_is_the_person_just_named(analyse):
    found = quotes_of(
        analyse,
        "Sur le marché de Carpentras, Josiane, 71 ans, vend ses melons depuis l'aube. "
        "« Les clients comptent chaque centime cette année », confie cette ancienne "
        "institutrice.",
    )
    assert [s for _, s, _ in found] == ["Josiane"]


def test_a_demonstrative_description_with_no_one_named_stays_a_description(analyse):
    found = quotes_of(
        analyse,
        "« Le toit s'est envolé en quelques secondes », raconte cette habitante du quartier.",
    )
    assert [s for _, s, _ in found] == ["cette habitante du quartier"]


def test_the_same_source_takes_up_the_source_quoted_before(analyse):
    found = quotes_of(
        analyse,
        "Selon une source diplomatique, « les négociations reprendront la semaine prochaine ». "
        "Toujours selon cette même source, « aucun accord n'est attendu avant l'hiver ».",
    )
    assert [s for _, s, _ in found] == ["une source diplomatique", "une source diplomatique"]


def test_the_name_in_apposition_after_a_long_description_is_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "Le pont a été fermé mardi, a indiqué le ministre des Transports Paul Mercier.",
        "« Des routes coupées dans tout le département », a signalé le directeur général de "
        "l'Office national des secours, Yves Pêcheur.",
    )
    assert [s for _, s, _ in found] == ["Yves Pêcheur"]


def test_a_name_taken_up_by_qui_is_a_voice_for_the_pronoun_after(analyse):
    found = quotes_of(
        analyse,
        "« Cette amende est justifiée », a affirmé le procureur, Marc Delorme.",
        "Le tribunal a infligé une amende de mille euros à Paul Vidal, qui a décidé de faire "
        "appel. « Je n'ai rien à me reprocher », assure-t-il.",
    )
    assert [s for _, s, _ in found] == ["Marc Delorme", "Paul Vidal"]


def test_a_quotation_in_the_que_clause_of_a_report_is_the_reporters(analyse):
    found = quotes_of(
        analyse,
        "La porte-parole de la mairie a précisé que la commune souhaitait un « retour au calme "
        "rapide dans les écoles ».",
    )
    assert [s for _, s, _ in found] == ["La porte-parole de la mairie"]


def test_an_incise_the_layout_sent_to_the_next_paragraph_names_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "Le marché couvert de la ville a brûlé dans la nuit de samedi.",
        "« Il ne reste plus rien de mes étals, tout est parti en fumée en une heure »,",
        "se lamente Odile Marchetti, fleuriste depuis trente ans.",
    )
    assert [s for _, s, _ in found] == ["Odile Marchetti"]


def test_a_short_quotation_a_reporting_verb_governs_is_speech(analyse):
    found = quotes_of(
        analyse,
        "Mercredi, les infirmiers de nuit ont réclamé « une réunion en urgence » avec la "
        "direction.",
    )
    assert [s for _, s, _ in found] == ["les infirmiers de nuit"]


def test_a_short_quotation_after_an_article_stays_a_term(analyse):
    found = quotes_of(
        analyse,
        "La ministre est venue voir que l'ancienne « rue des platanes » est désormais rouverte.",
    )
    assert found == []


def test_a_description_in_the_incise_is_the_person_named_right_before(analyse):
    found = quotes_of(
        analyse,
        "« Nous avons vidé la maison en deux heures », raconte Mme Sylvie Arnaud.",
        "Ces barrages ne plaisent guère à Henri Vasseur, arrivé en poste en mars. "
        "« Ne bloquez pas les routes des secours », a lancé le représentant de l'administration.",
    )
    assert [s for _, s, _ in found] == ["Sylvie Arnaud", "Henri Vasseur"]


def test_a_counsellor_named_in_the_sentence_before_is_the_description(analyse):
    found = quotes_of(
        analyse,
        "« Le budget sera voté en juin », assure Mme Claire Rivet.",
        "La proposition reçoit une réponse sèche de Marc Dupuis. L'ancien conseiller "
        "municipal rappelle la règle : « Aucun projet ne passe sans l'accord du conseil ».",
    )
    assert [s for _, s, _ in found] == ["Claire Rivet", "Marc Dupuis"]


def test_a_short_quotation_after_an_elided_article_is_a_term(analyse):
    found = quotes_of(
        analyse,
        "Les parents d'élèves contestent la réforme qui pousse les adolescents vers "
        "l'« école du dernier recours » dès seize ans.",
    )
    assert found == []


def test_a_number_and_a_noun_the_tagger_read_as_an_adjective_are_the_speakers(analyse):
    found = quotes_of(
        analyse,
        "Deux riveraines racontent : « Les camions passent sous nos fenêtres toute la nuit » ; "
        "« Nous ne dormons plus depuis le début du chantier ».",
    )
    assert [s.lower() for _, s, _ in found] == ["deux riveraines", "deux riveraines"]


def test_l_interesse_is_the_person_named_last(analyse):
    found = quotes_of(
        analyse,
        "Le maire Paul Girard quitte ses fonctions après dix ans. Le poste revient à son "
        "premier adjoint, Hugo Marchal. « J'ai accepté sans hésiter et je prendrai mes "
        "fonctions en mars », souligne l’intéressé.",
    )
    assert [s for _, s, _ in found] == ["Hugo Marchal"]


def test_et_d_ajouter_without_a_subject_goes_on_with_the_voice_quoted_last(analyse):
    found = quotes_of(
        analyse,
        "« Les vendanges commencent avec deux semaines d'avance », explique la viticultrice.",
        "Et d'ajouter sur la météo : « Un seul orage de grêle suffirait à tout perdre. »",
    )
    assert [(s, c) for _, s, c in found] == [
        ("la viticultrice", "incise"),
        ("la viticultrice", "colon"),
    ]


def test_notre_interlocuteur_is_the_person_quoted_last(analyse):
    found = quotes_of(
        analyse,
        "« Les loyers ont doublé en deux ans », déclare Karim Benali, gérant d'une épicerie.",
        "Les commerçants ont baissé leurs rideaux depuis midi. « Si rien ne change, nous "
        "fermerons pour de bon », prévient notre interlocuteur.",
    )
    assert [s for _, s, _ in found] == ["Karim Benali", "Karim Benali"]


def test_a_plural_pronoun_takes_up_a_definite_group_not_the_name_beside_it(analyse):
    found = quotes_of(
        analyse,
        "Reçus par le préfet Marc Dubois, les pêcheurs inquiets réclament une aide de l'État. "
        "« Nous ne rentrerons pas au port sans garanties », préviennent-ils.",
    )
    assert [s for _, s, _ in found] == ["les pêcheurs inquiets"]


def test_a_one_word_answer_with_its_own_incise_and_a_person_described_is_speech(analyse):
    found = quotes_of(
        analyse,
        "Le guide demande aux randonneurs s'ils veulent continuer. « Jamais », lance la "
        "randonneuse en riant.",
    )
    assert [(q, s) for q, s, _ in found] == [("Jamais", "la randonneuse")]


def test_a_prepositional_phrase_after_a_verb_inside_the_marks_is_no_speaker(analyse):
    found = quotes_of(
        analyse,
        "Le procureur Paul Girard, au micro :",
        "« Ce sont des centaines de dossiers renvoyés. Mon collègue a requis la détention, "
        "expliqué pour quelle raison, il a reçu des huées. Ce n'est pas tolérable. »",
    )
    assert [s for _, s, _ in found] == ["Paul Girard"]


def test_an_incise_after_an_exclamation_mark_inside_the_quotation(analyse):
    found = quotes_of(
        analyse,
        "Le feu a pris vers minuit. « On a entendu un gros bruit ! raconte une des voisines. "
        "Mon mari est sorti tout de suite, il n'a rien vu ».",
    )
    assert [s for _, s, _ in found] == ["une des voisines"]


def test_le_communique_is_the_author_quoted_just_before(analyse):
    found = quotes_of(
        analyse,
        "« Les écoles resteront fermées mardi », indique la préfecture de l'Aude.",
        "Dès lundi, la préfète « demande à chacun de rester chez soi et de suivre les "
        "consignes », a précisé le communiqué.",
    )
    assert len({s for _, s, _ in found}) == 1 and "communiqué" not in found[1][1]


def test_a_code_in_brackets_after_the_name_before_a_colon_is_no_second_speaker(analyse):
    found = quotes_of(
        analyse,
        "Descente de Val Gardena : les réactions",
        'Paul Martin (FRA/1er): "Les moments difficiles, cela arrive à tout le monde. Il faut '
        'rebondir."',
        'Jean Leroy (SUI/2e): "Je suis content de mon podium. Mais ma seconde manche était '
        'moyenne."',
    )
    assert [s for _, s, _ in found] == ["Paul Martin", "Jean Leroy"]


def test_an_acronym_after_an_article_is_the_body_it_abbreviates(analyse):
    found = quotes_of(
        analyse,
        "La Brigade fluviale de la police de Strasbourg (BFPS) a ouvert une enquête lundi.",
        "« Hier soir, deux plongeurs ont repéré une voiture immergée près du quai », a indiqué "
        "la BFPS.",
    )
    assert [s for _, s, _ in found] == ["Brigade fluviale de la police de Strasbourg"]


def test_a_name_ending_the_adjunct_after_the_incise_verb_is_the_speaker_whole(analyse):
    found = quotes_of(
        analyse,
        "« Sur la côte, on relève entre 40 et 60 mm de pluie depuis hier », précise dans son "
        "dernier bulletin Météo-Bretagne, qui prévoit une accalmie.",
    )
    assert [s for _, s, _ in found] == ["Météo-Bretagne"]


def test_a_relative_of_someone_is_not_the_person_quoted_before(analyse):
    found = quotes_of(
        analyse,
        "« Le courant nous a emportés vers le large, a raconté Michel, un pêcheur du port. "
        "On a eu de la chance. »",
        "« Plus personne n'ira nager ici cet été », se désolait le père de la fillette en "
        "arrivant sur la plage.",
    )
    assert [s for _, s, _ in found] == ["Michel", "le père de la fillette"]


def test_a_quotation_opened_and_closed_by_the_closing_curly_mark_is_attributed(analyse):
    found = quotes_of(
        analyse,
        "Devant la salle des fêtes, ils ne sont qu’une dizaine. Julie, la trentaine, s’est "
        "assise sur un banc : ”On attend depuis le matin et personne ne vient nous voir.”",
    )
    assert [s for _, s, _ in found] == ["Julie"]


def test_a_cleft_with_a_verb_of_saying_after_the_quotation_names_its_speaker(analyse):
    found = quotes_of(
        analyse,
        "Le nouveau plan de circulation devrait « rendre le centre-ville aux piétons ». "
        "C’est ce qu’estime Claire Vasseur, adjointe chargée des mobilités.",
    )
    assert [s for _, s, _ in found] == ["Claire Vasseur"]


def test_a_person_named_after_a_in_the_incise_is_spoken_to_not_speaking(analyse):
    found = quotes_of(
        analyse,
        "Le préfet a traversé la foire aux bestiaux jeudi matin.",
        "« Et le prix du fourrage, vous y pensez ? », lance un éleveur à Thomas Renaud, "
        "pendant que les caméras tournent.",
    )
    assert [s for _, s, _ in found] == ["un éleveur"]


def test_a_noun_put_first_and_taken_up_by_an_object_pronoun_is_not_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "Depuis vingt ans, Odile Ferrand tient la mercerie de la rue Haute. Les habitués, elle "
        "les reçoit tous par leur prénom : « Ils viennent surtout pour parler, pas pour acheter. »",
    )
    assert [s for _, s, _ in found] == ["Odile Ferrand"]


def test_a_quotation_closing_its_own_sentence_does_not_share_the_next_incise(analyse):
    found = quotes_of(
        analyse,
        "Les marcheurs sont partis de la gare à dix heures.",
        '"Personne ne nous a prévenus" accuse ce père de famille. "On a perdu des heures. '
        'Pourquoi la mairie n\'a-t-elle rien fait ? " "C\'est une longue histoire" tempère une '
        "dame sur le même sujet.",
    )
    assert [s for _, s, _ in found] == ["ce père de famille", "ce père de famille", "une dame"]


def test_a_short_quoted_name_of_a_rule_before_a_participle_is_no_speech(analyse):
    found = quotes_of(
        analyse,
        "La semaine dernière, la députée Claire Morel a pris la parole à l'Assemblée. Elle a "
        "annoncé un texte pour repousser de six mois l'échéance de la règle « payez ou partez », "
        "affirmant que son entrée en vigueur coûterait cher aux petits commerces.",
    )
    assert found == []


def test_a_quotation_cut_off_where_the_text_ends_is_the_voice_introduced_before_it(analyse):
    found = quotes_of(
        analyse,
        "Le marché couvert de Rochefort rouvre après six mois de travaux.",
        "Louise Barbier, fromagère depuis vingt ans, a retrouvé son étal. « Les clients sont "
        "revenus dès le premier matin et nous avons",
    )
    assert [s for _, s, _ in found] == ["Louise Barbier"]


def test_a_name_opening_its_sentence_before_an_apposition_introduces_the_next_quotation(analyse):
    found = quotes_of(
        analyse,
        "« La digue tiendra encore cet hiver », assure Mathieu Girard, l'ingénieur du port.",
        "Henri Vidal, le maire de Saujon, partage cette position. « Les travaux ont été faits à "
        "temps et bien faits. »",
    )  # the parser reads « Henri Vidal » as an adverbial and « le maire » as the subject
    assert [s for _, s, _ in found] == ["Mathieu Girard", "Henri Vidal"]


def test_an_adjective_between_commas_after_the_incise_verb_is_not_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "« Tout le stock est parti dans l'incendie », souffle, abattu, Étienne Marchal.",
    )
    assert [s for _, s, _ in found] == ["Étienne Marchal"]


def test_a_present_participle_after_a_quotation_has_no_subject_after_it(analyse):
    found = quotes_of(
        analyse,
        "La présidente Hélène Vasseur a exhorté les élus à « travailler ensemble et à ne plus "
        "bloquer les budgets de la région » fustigeant les opposants.",
    )
    assert [s for _, s, _ in found] == ["Hélène Vasseur"]


def test_selon_after_a_few_words_of_the_writer_names_the_source(analyse):
    found = quotes_of(
        analyse,
        "Les flammes ont gagné « très vite les étages supérieurs de l'entrepôt » vers minuit "
        "cette nuit, selon le porte-parole des pompiers auprès de l'AFP.",
    )
    assert [s for _, s, _ in found] == ["le porte-parole des pompiers"]


def test_the_same_source_is_the_source_quoted_last(analyse):
    found = quotes_of(
        analyse,
        "Selon la Gendarmerie nationale, le conducteur roulait « à plus de cent soixante "
        "kilomètres à l'heure sur la départementale ».",
        "Il a été placé en garde à vue pour « mise en danger de la vie d'autrui et délit de "
        "fuite », selon la même source.",
    )
    assert [s for _, s, _ in found] == ["Gendarmerie nationale", "Gendarmerie nationale"]


def test_qui_after_a_name_stands_for_that_name(analyse):
    found = quotes_of(
        analyse,
        "Parmi les réactions figure celle du sénateur Gilles Fournier, qui avait affirmé que "
        "« le tracé de la ligne ne changera pas, quoi qu'en disent les riverains ».",
    )
    assert [s for _, s, _ in found] == ["Gilles Fournier"]


def test_selon_lesquelles_stands_for_the_words_of_the_person_named_before(analyse):
    found = quotes_of(
        analyse,
        "On retient aussi les déclarations de l'ancienne ministre Agathe Royer, selon "
        "lesquelles « la réforme des retraites ne passera pas sans un vote ».",
    )
    assert [s for _, s, _ in found] == ["Agathe Royer"]


def test_pour_a_named_body_and_its_apposition_gives_its_view(analyse):
    found = quotes_of(
        analyse,
        "Pour la Fédération française de cyclisme (FFC), partenaire de la course, « c'est une "
        "étape décisive qui attirera des coureurs du monde entier ».",
    )
    assert [s for _, s, _ in found] == ["Fédération française de cyclisme"]


def test_selon_lui_is_the_man_quoted_before_not_the_feminine_body(analyse):
    found = quotes_of(
        analyse,
        "« Nous avons perdu la moitié de la récolte », raconte Denis Carpentier, viticulteur.",
        "« Une aide exceptionnelle de trois mille euros sera versée », indique la préfecture "
        "de la Gironde. Une somme dérisoire selon lui : « il faudrait dix fois plus pour tenir "
        "jusqu'au printemps. »",
    )
    assert [s for _, s, _ in found] == [
        "Denis Carpentier",
        "préfecture de la Gironde",
        "Denis Carpentier",
    ]


def test_il_does_not_take_up_a_body_of_feminine_gender(analyse):
    found = quotes_of(
        analyse,
        "« Le chantier durera deux ans », explique Yves Marchand, l'architecte du projet.",
        "« Les écoles resteront ouvertes pendant les travaux », précise la mairie. « Nous avons "
        "prévu une entrée provisoire par la cour », a-t-il ajouté.",
    )
    assert [s for _, s, _ in found] == ["Yves Marchand", "la mairie", "Yves Marchand"]


def test_pour_and_a_stressed_pronoun_gives_the_view_of_the_voice_before(analyse):
    found = quotes_of(
        analyse,
        "Véronique Lambert tient l'épicerie du village depuis 1998.",
        "Pour elle, « la fermeture de la poste a vidé la place du marché en quelques mois ».",
    )
    assert [s for _, s, _ in found] == ["Véronique Lambert"]


def test_a_first_name_the_model_calls_a_thing_is_a_voice_as_a_clause_subject(analyse):
    found = quotes_of(
        analyse,
        "« Tout a augmenté depuis l'été », regrette Karim Haddad, un retraité venu en bus.",
        "Plus loin, Mounir vend des dattes depuis vingt ans. « Les clients comptent chaque "
        "dinar maintenant », soupire-t-il.",
    )  # the model reads « Mounir » as a thing (MISC), never written after « à » or « de »
    assert [s for _, s, _ in found] == ["Karim Haddad", "Mounir"]


def test_a_name_with_a_particle_in_apposition_wins_over_the_description(analyse):
    found = quotes_of(
        analyse,
        "« Les loyers ont doublé en dix ans », dit son voisin, Hubert de Valmont.",
    )
    assert [s for _, s, _ in found] == ["Hubert de Valmont"]


def test_a_name_after_the_preposition_a_after_the_incise_verb_is_the_addressee(analyse):
    found = quotes_of(
        analyse,
        "Nadia Perret est élue au conseil communal depuis 2016.",
        "Les deux villes portent « une charge pour toute la région », confie à Libération "
        "l'élue de la capitale.",
    )
    assert [s for _, s, _ in found] == ["Nadia Perret"]


def test_a_name_completing_the_description_yields_to_the_name_in_apposition(analyse):
    found = quotes_of(
        analyse,
        "« Les réservations pour l'été sont déjà complètes », explique le patron du Café "
        "Gaston, Olivier Marchetti.",
    )  # the model takes « Café Gaston » for a person
    assert [s for _, s, _ in found] == ["Olivier Marchetti"]


def test_a_first_name_between_commas_after_a_description_is_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "Un autre habitant, Mounir, raconte : « Les pompiers sont arrivés au bout de deux "
        "heures, il était déjà trop tard. »",
    )  # the model reads « Mounir » as a thing (MISC)
    assert [s for _, s, _ in found] == ["Mounir"]


def test_pour_qui_after_a_name_gives_the_quotation_to_that_name(analyse):
    found = quotes_of(
        analyse,
        "Le port reste fermé sur décision du capitaine Jérôme Castel, pour qui « les digues "
        "ne tiendront pas une nuit de plus ».",
    )
    assert [s for _, s, _ in found] == ["Jérôme Castel"]


def test_an_incise_without_a_comma_names_a_body_the_tagger_read_as_a_noun(analyse):
    found = quotes_of(
        analyse,
        "La crue pourrait durer. Il « n'est pas exclu que la Loire déborde à Orléans dès "
        "jeudi » alerte Météo France.",
    )
    assert [s for _, s, _ in found] == ["Météo France"]


def test_a_colon_after_a_quotation_then_a_person_as_subject_names_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "« Je ne signerai jamais un budget pareil, il ruine les petites communes » : le maire "
        "Gérard Lombard refuse de voter le texte du conseil départemental.",
    )
    assert [s for _, s, _ in found] == ["Gérard Lombard"]


def test_a_title_before_a_colon_and_a_person_is_no_speech(analyse):
    found = quotes_of(
        analyse,
        "« Les Vacances du Petit Nicolas » : Laurent Tirard adapte le roman pour le cinéma.",
    )
    assert found == []


def test_a_quotation_opening_the_sentence_after_selon_x_goes_on_with_that_source(analyse):
    found = quotes_of(
        analyse,
        "Les averses resteront faibles jeudi, selon Météo-France. « Des orages sont attendus "
        "sur les Cévennes » dans la soirée, « mais sans cumuls importants ».",
    )
    assert [s for _, s, _ in found] == ["Météo-France", "Météo-France"]


def test_a_title_opening_the_sentence_after_selon_x_is_no_speech(analyse):
    found = quotes_of(
        analyse,
        "La course partira de Nice, selon Amaury Sport Organisation. « La Grande Boucle du Sud » "
        "traversera ensuite trois départements.",
    )
    assert found == []


def test_a_pronominal_incise_verb_the_tagger_reads_as_an_adjective(analyse):
    # « s'inquiète » is tagged ADJ with the lemma « inquiet »: its form names the verb
    found = quotes_of(
        analyse,
        "Le refuge de Vernon est plein depuis juin.",
        "« Les refuges débordent », s'inquiète auprès de l'AFP Jean-Paul Morvan, président "
        "de l'association.",
    )
    assert [(q, s) for q, s, _ in found] == [("Les refuges débordent", "Jean-Paul Morvan")]


def test_a_place_inside_the_quotation_is_no_speaker(analyse):
    found = quotes_of(
        analyse,
        "« Pour l'instant, la crue reste au nord, du Doubs à la Haute-Saône », les routes "
        "étant encore ouvertes, rapporte à l'AFP Jeanne Morel.",
    )
    assert not {"Doubs", "Haute-Saône"} & {s for _, s, _ in found}


def test_a_role_given_later_by_est_names_the_only_person(analyse):
    found = quotes_of(
        analyse,
        "« Nous ne dormons plus depuis l'attaque », confie l'apiculteur.",
        "Marc Vidal est apiculteur depuis trente ans à Lodève.",
    )
    assert [s for _, s, _ in found] == ["Marc Vidal"]


def test_mere_de_famille_is_what_the_person_is_not_whose_mother(analyse):
    found = quotes_of(
        analyse,
        "Léa Tanguy ramasse les déchets de la plage chaque lundi.",
        "« Je remplis deux sacs par semaine », raconte la mère de famille.",
    )
    assert [s for _, s, _ in found] == ["Léa Tanguy"]


def test_one_word_after_a_with_a_place_s_role_is_no_one_to_quote(analyse):
    found = quotes_of(
        analyse,
        "Le prévenu et ses deux amis ont été flashés à Girardet, sur la route de Louhans.",
        "« Je n'ai rien volé », a-t-il répété devant le tribunal.",
    )
    assert "Girardet" not in {s for _, s, _ in found}


def test_an_agency_after_a_and_its_article_is_spoken_to(analyse):
    found = quotes_of(
        analyse,
        "Inès Lafi ignorait tout des projets de son frère.",
        "« Il est sorti vers minuit avec son téléphone, sans rien dire », raconte à l’AFP "
        "cette ouvrière de 42 ans, qui dort mal depuis.",
    )
    # not the agency: the worker, the one person of the paragraph before (round 59)
    assert [s for _, s, _ in found] == ["Inès Lafi"]


def test_a_name_after_avec_is_the_interviewer_not_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "« Nous avons manqué de temps pour préparer le tournoi », a déclaré dans un entretien "
        "avec Xinhua, l'entraîneur du Gabon, Paul Mba Ondo.",
    )
    assert [s for _, s, _ in found] == ["Paul Mba Ondo"]


def test_a_reply_in_a_hearing_is_someone_other_than_the_one_just_heard(analyse):
    found = quotes_of(
        analyse,
        "Karim, 19 ans, est un grand gars, un étudiant qui a volé un scooter. A la barre, il "
        "s'étonne : « Je suis jugé pour quoi ? » « Pour le vol du scooter », rétorque la juge. "
        "« Mais il était abandonné ! », proteste Karim.",
    )
    assert [s for _, s, _ in found] == ["Karim", "la juge", "Karim"]


def test_the_one_who_answers_is_not_the_person_named_before(analyse):
    found = quotes_of(
        analyse,
        "Julie Marchand a ouvert la réunion du conseil. « Le budget est en hausse », "
        "annonce-t-elle. « C'est faux », répond l'élue de l'opposition.",
    )
    assert [s for _, s, _ in found] == ["Julie Marchand", "l'élue de l'opposition"]


def test_a_feminine_role_is_the_woman_named_nearby_not_the_men(analyse):
    found = quotes_of(
        analyse,
        "Ces jours-ci, il faut du souffle pour suivre Nadia Koné entre deux interviews.",
        "« Elle est exigeante, et c'est bien », confie l'un des acteurs de son film, Paul Diallo.",
        "Seule l'évocation du grand cinéaste Moussa Sidibé permet de capter l'attention de Nadia "
        "Koné. Elle est intarissable sur son mentor. « Il faut filmer les villageois avec "
        "dignité. C'est ce que m'a montré Moussa Sidibé », témoigne la cinéaste.",
    )
    assert [s for _, s, _ in found] == ["Paul Diallo", "Nadia Koné"]


def test_la_victime_may_be_a_man(analyse):
    found = quotes_of(
        analyse,
        "Le jeune étudiant Samir Benali, 19 ans, a été agressé par quatre jeunes jeudi près du "
        "marché.",
        "Dans un procès-verbal établi par la police, la victime indique : « Il se trouvait "
        "devant le salon de coiffure. Il m'a demandé pourquoi je le regardais. »",
    )
    assert [s for _, s, _ in found] == ["Samir Benali"]


def test_two_apostrophes_typed_for_quotation_marks(analyse):
    found = quotes_of(
        analyse,
        "''Les pluies ont noyé trois villages du delta'', a pour sa part déclaré hier "
        "l'agence Météo Sud.",
        "Le préfet Paul Marchand d'ajouter : ‘’Il faudra reloger deux cents familles.’’",
    )
    assert [s for _, s, _ in found] == ["Météo Sud", "Paul Marchand"]


def test_a_first_name_the_tagger_reads_as_a_noun_names_the_speaker(analyse):
    # « Lois » is read as the plural of « loi »: the name is still a person, not a description
    table = table_of(
        analyse,
        "Parmi les bénévoles, Lois LeBlanc-Gagnon, étudiante en musique, a trouvé la pièce.",
        "« Mon oncle m'a appelée pour faire les recherches », raconte Lois LeBlanc-Gagnon. "
        "« Nous avons rejoint une équipe de bénévoles dans les champs »",
    )
    direct = table[table["kind"] == "direct"]
    assert list(direct["speaker"]) == ["Lois LeBlanc-Gagnon"] * 2
    assert set(direct["speaker_type"]) == {"person"}


def test_a_pronoun_no_name_comes_before_stands_for_the_person_of_the_headline(analyse):
    from helpers.entities.quotes import attribute_quotes

    paragraphs, rows, mentions, _ = analyse(
        "Dix ans après son premier disque, la chanteuse québécoise remporte le prix Lumière. "
        "« Une joie immense, une vraie fête », dit-elle.",
        "Mercredi, Mélanie Tremblay-Ouellet a reçu le trophée à Montréal.",
    )
    titles = {paragraphs["article_id"].iat[0]: "Mélanie Tremblay-Ouellet : « Enfin ! »"}
    table = attribute_quotes(paragraphs, mentions, rows, titles=titles)
    direct = table[table["kind"] == "direct"]
    assert list(direct["speaker"]) == ["Mélanie Tremblay-Ouellet"]
    assert list(attribute_quotes(paragraphs, mentions, rows)["speaker"]) == [""]


def test_a_name_after_a_noun_of_things_in_the_complement_names_the_thing(analyse):
    found = quotes_of(
        analyse,
        "La grêle a frappé la vallée dimanche. Paul Vernet a perdu la moitié de ses vignes.",
        "« Ça a duré un quart d'heure. C'était d'une intensité jamais vue », précise ce "
        "vigneron à la tête du domaine Vernet Louis et fils, en Savoie.",
    )
    # not the estate: the winegrower, the one person of the paragraph before (round 59)
    assert [s for _, s, _ in found] == ["Paul Vernet"]


def test_an_honorific_and_a_surname_ner_missed_name_the_person_of_that_surname(analyse):
    found = quotes_of(
        analyse,
        "La rentrée se prépare, a indiqué la directrice des communications du centre de "
        "services de Joliette, Laurence Beaudoin.",
        "« Deux enseignants dans une même classe peuvent arriver à quelques reprises durant "
        "l’année », détaille Mme Beaudoin",
    )
    assert [s for _, s, _ in found][-1] == "Laurence Beaudoin"


def test_a_subject_that_is_the_last_piece_of_a_double_surname_is_that_person(analyse):
    found = quotes_of(
        analyse,
        "Un conseil mieux outillé servirait l’opposition, croit Julie Lefort-Vallée, de Granby.",
        "« Je n'ai jamais douté que chaque élu puisse représenter ses électeurs. »",
        "Mme Lefort-Vallée répondait ainsi à Stéphane Gendron, ancien maire et chroniqueur.",
    )
    assert [s for _, s, _ in found] == ["Julie Lefort-Vallée"]


def test_a_capitalised_title_after_its_determiner_is_no_speech(analyse):
    found = quotes_of(
        analyse,
        "« C'est un pari fou », commente Marc Dubuc, fier de son festival. En prélude, une "
        "« Nuit des Lanternes » sera organisée en octobre. Le « Plan d’action 2030 – Vers une "
        "ville sans voitures », déposé ce matin par Marc Dubuc, vise à réduire le trafic. Il "
        "compte sur le programme « Ma rue, mon jardin » du département.",
    )
    assert [q for q, _, _ in found] == ["C'est un pari fou"]


def test_a_pronoun_incise_inside_a_quotation_after_a_name_and_a_colon_is_that_person(analyse):
    found = quotes_of(
        analyse,
        "Six alpinistes sont morts près de Zinal.",
        "- Luc Morand",
        "Un cousin les accompagnait, comme l'a confirmé au «Courrier» le chef de la police "
        "cantonale, Paul Favre: «C'était un homme que je tenais en haute estime, a-t-il "
        "regretté, un connaisseur de la montagne. Je suis sûr qu'il a tout tenté.»",
    )
    assert [s for _, s, _ in found] == ["Paul Favre"]


def test_an_indefinite_description_is_someone_new_not_the_person_given_that_role(analyse):
    found = quotes_of(
        analyse,
        "« Avec trente élèves par classe, tout le monde perd », se révolte Martine, la maman "
        "d’un petit garçon de la classe. « Je ne suis pas sûr que ce soit légal », lance un "
        "papa.",
        "« C’est une classe sacrifiée et personne ne réagit », déplore encore une maman.",
    )
    assert [s for _, s, _ in found] == ["Martine", "un papa", "une maman"]


def test_a_colon_clause_with_a_plural_people_subject_or_a_thing_and_a_name(analyse):
    found = quotes_of(
        analyse,
        "La tempête a privé le quartier d'électricité. Les riverains ont eu très peur : « Nous "
        "avons cru que le toit allait s'envoler. »",
        "Plusieurs tempêtes par le passé laissent Marc Berthier penser que la digue cédera : "
        "« Il n’y a pas vraiment de protection ici pour l’instant. »",
    )
    assert [s for _, s, _ in found] == ["Les riverains", "Marc Berthier"]


def test_an_adverbial_between_commas_after_the_incise_verb_is_skipped(analyse):
    found = quotes_of(
        analyse,
        "Le procès s'est ouvert lundi à Nanterre.",
        "« Les détails, c’est quelque chose qu’on n’invente pas », ajoute, de son côté, "
        "Maître Dupuis, avocat de la plaignante.",
    )
    assert [s for _, s, _ in found] == ["Dupuis"]


def test_a_colon_clause_about_a_feeling_gives_the_person_it_describes(analyse):
    found = quotes_of(
        analyse,
        "Les taxis sont en grève depuis lundi.",
        "La colère se fait sentir aussi chez cette passante, agrippée à son sac : « Je cherche "
        "un taxi depuis une heure, personne ne s'arrête. »",
    )
    assert [s for _, s, _ in found] == ["cette passante"]


def test_a_pronominal_incise_verb_inside_the_marks_names_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "Le club a gagné samedi à Nantes.",
        "« Nous avons trouvé le chemin de la victoire malgré un début raté, s'est félicité "
        "Marc Delorme. Un scénario fou pour ce match. Je suis fier. »",
    )
    assert found[0][1] == "Marc Delorme"


def test_a_pronominal_verb_that_is_no_saying_and_a_long_phrase_before_a_comma(analyse):
    found = quotes_of(
        analyse,
        "« Parmi ces oiseaux que personne ne regarde, se trouvent beaucoup d’espèces rares. Je "
        "fais mon travail de chercheur », explique Paul Marty.",
        "« Il faut partir tout de suite », a mis en garde la préfète déléguée de Saint-Pierre "
        "Claire Vidal, lors d'une conférence de presse.",
    )
    assert [s for _, s, _ in found] == ["Paul Marty", "Claire Vidal"]


def test_a_pronominal_verb_of_saying_with_a_name_or_an_inverted_pronoun_inside_the_marks(analyse):
    found = quotes_of(
        analyse,
        "Les stations sont à sec depuis lundi.",
        "« Ce n'est pas nous qui créons la pénurie, se défend Marc Olier. Les livraisons ne "
        "viennent plus. »",
        "Sur le port, Ali Sow regarde les pirogues. « On est à zéro, se désespère-t-il. C’est "
        "un mois très dur pour la pêche. »",
    )
    assert [s for _, s, _ in found] == ["Marc Olier", "Ali Sow"]


def test_a_misspelt_surname_a_name_run_on_into_its_firm_and_a_day_after_a_description(analyse):
    found = quotes_of(
        analyse,
        "La société minière Sabo a publié ses résultats. Le directeur de la mine, Martin "
        "Lanctott, était à Dakar.",
        "« Le gisement est en phase trois », a expliqué M. Lancott.",
        "Ainsi, Danielle Collas des Grandes Routes Françaises estime que « la crise a tout "
        "changé ». Danielle Collas a fondé l'agence en 1990.",
        "« Il faut attendre les expertises avant de juger », avait précisé le magistrat lundi.",
    )
    assert [s for _, s, _ in found] == ["Martin Lanctott", "Danielle Collas", "le magistrat"]


def test_a_pronominal_verb_of_feeling_inside_straight_marks_makes_an_incise(analyse):
    found = quotes_of(
        analyse,
        "La commune a fermé la classe de Bust.",
        "\"Ils ont dit que la salle était trop vieille mais c'est faux, s'irrite la maman. "
        "C'est la seule avec des lavabos à la taille des enfants.\"",
    )
    assert [s for _, s, _ in found] == ["la maman"]


def test_and_then_saying_goes_on_with_the_person_named_before_it(analyse):
    found = quotes_of(
        analyse,
        "Selon la capitaine Inès Barre, « le match était serré jusqu'au bout ».",
        "Visiblement ravi, l'entraîneur Paul Mercier dira qu'il est fier de son groupe. Et de "
        "poursuivre : « Nous avons tenu le score jusqu'à la dernière minute ».",
    )
    assert [s for _, s, _ in found] == ["Inès Barre", "Paul Mercier"]


def test_a_person_brought_in_after_the_last_voice_owns_the_next_pronoun(analyse):
    found = quotes_of(
        analyse,
        "« L'eau est montée en une minute », témoigne Bruno, un voisin.",
        "Certains ont fui avec leurs enfants, comme Karim. « Je suis monté chez un voisin du "
        "deuxième étage », raconte-t-il.",
    )
    assert [s for _, s, _ in found] == ["Bruno", "Karim"]


def test_a_surname_of_two_letters_completes_the_name(analyse):
    found = quotes_of(
        analyse,
        "Le député Cheikh Amadou Sy n'est pas en reste : « Les tarifs sont trop élevés pour les "
        "familles ».",
    )
    assert [s for _, s, _ in found] == ["Cheikh Amadou Sy"]


def test_name_lines_above_each_quotation_head_the_one_under_them(analyse):
    table = table_of(
        analyse,
        "Les joueuses ont remporté la demi-finale dimanche soir à Dakar.",
        "Awa Ndiaye, capitaine de l'équipe",
        "« Nous avons tenu bon jusqu'au bout malgré la chaleur et la fatigue. »",
        "Moussa Diallo, entraîneur adjoint",
        "« Le groupe a montré un très beau caractère dans les dernières minutes. »",
    )
    assert table["speaker"].tolist() == ["Awa Ndiaye", "Moussa Diallo"]


def test_an_exclamation_printed_after_the_closing_mark_keeps_its_incise(analyse):
    found = quotes_of(
        analyse,
        "Le marché couvert a rouvert samedi matin.",
        '"Je suis venue acheter du pain, rien de plus» ! lance Martine Lefèvre en souriant.',
    )
    assert [s for _, s, _ in found] == ["Martine Lefèvre"]


def test_celle_ci_stands_for_the_person_named_before(analyse):
    found = quotes_of(
        analyse,
        "Sa voisine Claire Bonnet tient la boulangerie depuis vingt ans. « Nous avons perdu "
        "la moitié de nos clients cet hiver », explique celle-ci.",
    )
    assert [s for _, s, _ in found] == ["Claire Bonnet"]


def test_an_incise_before_a_colon_names_the_speaker_over_the_clause_subject(analyse):
    found = quotes_of(
        analyse,
        "Il y a des brancards partout. Ou plus exactement, ils devraient, car la place "
        "manque, se désole la docteure Anne Roux, cheffe du service : « Nous sommes "
        "débordés depuis une semaine et rien ne change. »",
    )
    assert [s for _, s, _ in found] == ["Anne Roux"]


def test_avant_de_poursuivre_que_goes_on_with_the_last_voice(analyse):
    found = quotes_of(
        analyse,
        "« Nous avons perdu, mais l'équipe a beaucoup appris cette saison », a reconnu "
        "l'entraîneur Marc Dubois.",
        "Avant de poursuivre que le bilan « reste positif. Nous reviendrons plus forts l'an "
        "prochain, avec les mêmes joueuses ».",
    )
    assert [s for _, s, _ in found] == ["Marc Dubois", "Marc Dubois"]


def test_the_title_of_a_concert_is_not_speech(analyse):
    found = quotes_of(
        analyse,
        "« La musique nous rassemble », a déclaré le maire Jean Petit.",
        'Il a salué les musiciens du concert "The Sound of Hope", dimanche, dans le parc.',
    )
    assert [s for _, s, _ in found] == ["Jean Petit"]


def test_a_surname_with_an_apostrophe_completes_the_name(analyse):
    found = quotes_of(
        analyse,
        "Mercredi, le recteur Marc Prud’homme a affirmé que le débat « revient de façon "
        "régulière dans l’actualité ».",
    )
    assert [s for _, s, _ in found] == ["Marc Prud’homme"]


def test_a_participle_between_commas_inside_a_quotation_is_no_incise(analyse):
    found = quotes_of(
        analyse,
        "Les élus du conseil ont critiqué le ministre dans un communiqué publié lundi.",
        "« Cette position, rappelée à plusieurs reprises par les élus, n’avait pas été "
        "retenue par le précédent ministre. »",
    )
    assert "plusieurs reprises" not in [s for _, s, _ in found]


def test_a_demonstrative_description_opening_a_paragraph_points_back(analyse):
    found = quotes_of(
        analyse,
        "Le festival s'ouvre ce soir avec le film de la réalisatrice Claire Dumas.",
        "« Toute ma famille sera dans la salle ce soir », a confié cette ancienne habitante "
        "du quartier.",
    )
    assert [s for _, s, _ in found] == ["Claire Dumas"]


def test_se_satisfaire_after_the_closing_mark_is_an_incise(analyse):
    found = quotes_of(
        analyse,
        "La scène principale a changé de place cette année.",
        '"Cela a permis d\'apporter plus de confort aux spectateurs" se satisfait le '
        "programmateur Hugo Martel.",
    )
    assert [s for _, s, _ in found] == ["Hugo Martel"]


def test_a_name_after_the_comma_of_an_incise_wins_whatever_its_tag(analyse):
    found = quotes_of(
        analyse,
        "La délégation a été reçue jeudi par le président Ismaël Farah.",
        "« Nous avons présenté nos travaux », a souligné le ministre de l’Equipement et des "
        "Transports, Mohamed Ali Farah.",
    )
    assert [s for _, s, _ in found] == ["Mohamed Ali Farah"]


def test_a_body_in_an_incise_is_none_of_the_people_beside_it(analyse):
    found = quotes_of(
        analyse,
        "Dans la journée, Donna avait été classé en cyclone de catégorie 4 par le service "
        'météorologique des Vanuatu, qui prévenait que "la tempête avec des vents violents" '
        "frapperait le nord.",
    )
    assert [s for _, s, _ in found] == ["le service météorologique des Vanuatu"]


def test_the_object_of_an_infinitive_of_saying_is_no_voice(analyse):
    found = quotes_of(
        analyse,
        "« Ces résultats sont faux », lance Helen Moore devant l’église. Elle refuse de "
        "considérer Joe Biden comme le nouveau président. « Je prie pour que sa victoire "
        "soit annulée », lâche-t-elle.",
    )
    assert [s for _, s, _ in found] == ["Helen Moore", "Helen Moore"]


def test_a_curly_mark_typed_to_close_before_a_space_closes():
    from helpers.core.quote_marks import quote_spans

    text = "“Les adultes devraient changer les choses. Là on se motive“ déplore Yann, élève."
    (span,) = quote_spans(text)
    assert span.closed and text[span.content_start : span.content_end].endswith("motive")


def test_celui_qui_opening_the_paragraph_before_points_back(analyse):
    found = quotes_of(
        analyse,
        "Le nageur Paul Girard a terminé quatrième de la finale samedi.",
        "Celui qui disputait ses premiers championnats a avoué qu’il était très ému.",
        "« La pression était énorme. Je ne voulais pas décevoir les gens. »",
    )
    assert [s for _, s, _ in found] == ["Paul Girard"]


def test_a_semicolon_typed_for_the_comma_before_a_verb_of_saying(analyse):
    found = quotes_of(
        analyse,
        "« Nous allons travailler ensemble pour que la mine dure encore longtemps »; a "
        "affirmé Nicolas Marin, directeur de la société.",
        "La société a tout essayé : création d’un « Centre de transparence et de "
        "responsabilité » ; mise en place d’un comité consultatif sur les contenus.",
    )
    assert [s for _, s, _ in found] == ["Nicolas Marin"]


def test_a_verb_of_saying_tagged_as_a_noun_before_a_description_is_an_incise(analyse):
    found = quotes_of(
        analyse,
        "Le rassemblement a réuni peu de monde jeudi. “Il y a de moins en moins de personnes "
        "dans la rue” soupire un autre manifestant qui reste optimiste.",
    )
    assert [s for _, s, _ in found] == ["un autre manifestant"]


def test_a_slogan_a_crowd_chants_is_not_speech(analyse):
    found = quotes_of(
        analyse,
        "Les lycéens ont défilé samedi dans le centre-ville. Ils avançaient en scandant "
        "« Le climat avant les profits, maintenant ! ».",
        "« Nous voulons être entendus par les élus », explique Léa Martin, lycéenne.",
    )
    assert [s for _, s, _ in found] == ["Léa Martin"]


def test_a_surname_particle_never_ends_a_name(analyse):
    found = quotes_of(
        analyse,
        "Le skipper Armel Le Guéac’h a remporté la course en solitaire dimanche. « C’est "
        "énorme, une émotion incroyable », a déclaré Armel Le Guéac’h à l’arrivée.",
    )
    assert [s for _, s, _ in found] == ["Armel Le Guéac’h"]


def test_a_role_the_article_says_someone_becomes_names_that_person(analyse):
    found = quotes_of(
        analyse,
        "Julie Marchand devient la nouvelle mairesse de Sherbrooke tandis que Luc Tremblay "
        "est élu conseiller.",
        "« Merci aux gens de Sherbrooke pour leur confiance », a déclaré la nouvelle "
        "mairesse de Sherbrooke devant ses partisans.",
    )
    assert [s for _, s, _ in found] == ["Julie Marchand"]


def test_an_honorific_before_the_name_in_apposition_is_skipped(analyse):
    found = quotes_of(
        analyse,
        "“Il attend ce procès avec appréhension, c’est bien normal,” commentait son conseil, "
        "Me Henri Van Damme.",
    )
    assert [s for _, s, _ in found] == ["Henri Van Damme"]


def test_a_curly_mark_glued_to_the_guillemet_closes_both_quotations():
    from helpers.core.quote_marks import quote_spans

    text = (
        "Il conclut : «La question est : «sommes-nous prêts à continuer ?“» La salle "
        "applaudit. «Alors nous y arriverons», assure Paul Roux."
    )
    spans = quote_spans(text)
    assert [text[s.content_start : s.content_end] for s in spans][-1] == ("Alors nous y arriverons")
    assert all(s.closed for s in spans)


def test_a_plural_description_of_people_may_speak_in_an_incise(analyse):
    found = quotes_of(
        analyse,
        "Le taux de réussite au baccalauréat a baissé. Ce résultat n’est « ni bon ni "
        "mauvais », lâchent des enseignants du lycée.",
    )
    assert [s for _, s, _ in found] == ["des enseignants du lycée"]


def test_an_incise_closing_the_clause_before_a_colon_names_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "« On se croirait dans un pays en guerre », tempête Nadia Benali devant l’école. "
        "Ici, les petits ont dû faire sans cantine pendant deux semaines, raconte-t-elle : "
        "« Comment les enfants peuvent-ils apprendre dans ces conditions ? »",
    )
    assert [s for _, s, _ in found] == ["Nadia Benali", "Nadia Benali"]


def test_the_agent_of_a_passive_verb_of_saying_speaks(analyse):
    found = quotes_of(
        analyse,
        "Le procès s’est ouvert lundi devant le tribunal correctionnel, dans une salle comble.",
        "Le jeune homme est apostrophé par la juge : « Vous rendez-vous compte de ce que vous "
        "avez fait ? »",
    )
    assert [s for _, s, _ in found] == ["la juge"]


def test_a_straight_quotation_open_at_a_paragraph_end_closes_in_the_next(analyse):
    found = quotes_of(
        analyse,
        'Interrogé sur les prisonniers, Marc Ndongo a répondu : " Il faudra que l’on '
        "revoie ces dossiers. Je pense au cas de quelqu’un comme Pierre Essomba.",
        'Mais je veux être clair, on restera ferme sur les principes." Puis Marc Ndongo '
        'a parlé de la corruption : " il faudra commencer par la déclaration des biens '
        'et rendre la lutte plus efficace".',
    )
    assert [s for _, s, _ in found] == ["Marc Ndongo"] * 3


def test_a_dated_caption_under_a_quotation_signs_it(analyse):
    found = quotes_of(
        analyse,
        "Voici quelques phrases entendues cette année au tribunal.",
        "«Il faut être fou pour braquer une banque ici. Tout le monde le sait»",
        "10 mars 2016 : Kemal B., 31 ans, l’un des prévenus du braquage de la gare. Il a "
        "été condamné à douze ans de prison.",
        "«Je fais 400 km par jour. Ce n’est pas pour vous mentir»",
        "28 janvier 2016 : Jérôme M., 19 ans, poursuivi pour un colis suspect sur les rails.",
    )
    assert [s for _, s, _ in found] == ["Kemal B.", "Jérôme M."]


def test_the_magistrate_is_the_prosecutor_named_before(analyse):
    found = quotes_of(
        analyse,
        "Le procureur Paul Vernier a requis mercredi la prison à vie contre Marc Dumas, "
        "agriculteur de 34 ans.",
        "« Peu de crimes ont été commis avec une telle sauvagerie », a soutenu le magistrat "
        "dans ses propos liminaires.",
    )
    assert [s for _, s, _ in found] == ["Paul Vernier"]


def test_this_member_of_the_jury_is_the_person_just_named_with_other_roles(analyse):
    found = quotes_of(
        analyse,
        "Karim Haddad, réalisateur et producteur suédois, est avide d’originalité. « Je "
        "cherche une histoire qui n’a pas encore été racontée » lance ce membre du jury.",
    )
    assert [s for _, s, _ in found] == ["Karim Haddad"]


def test_the_speakers_mood_between_commas_is_no_speaker(analyse):
    found = quotes_of(
        analyse,
        "« On ne pouvait pas imaginer que le pire était encore devant nous », confie, amère, "
        "la professeure de mathématiques, forcée de reconnaître la fermeture de l’usine.",
    )
    assert [s for _, s, _ in found] == ["la professeure de mathématiques"]


def test_a_place_adjunct_between_the_quotation_and_its_incise(analyse):
    found = quotes_of(
        analyse,
        "« Vers 15h20, un véhicule roulant à contresens a provoqué deux accidents », au niveau "
        "des communes de Fatines et Savigné, a annoncé la préfecture de la Sarthe.",
    )
    assert [s for _, s, _ in found] == ["préfecture de la Sarthe"]


def test_the_hour_before_the_speaker_is_no_part_of_it(analyse):
    found = quotes_of(
        analyse,
        "Plusieurs zonings sont bloqués vendredi matin par les syndicats. « On ne déplore "
        "aucun incident », indiquait à 7h00 le secrétaire régional du syndicat.",
    )
    assert [s for _, s, _ in found] == ["le secrétaire régional du syndicat"]


def test_the_same_sources_are_the_sources_quoted_before(analyse):
    found = quotes_of(
        analyse,
        "Les propos prêtés au ministre « sont sans fondement », ont affirmé, samedi, des "
        "sources autorisées au ministère.",
        "« Ces déclarations sont citées de manière non documentée », ajoutent les mêmes sources.",
    )
    assert [s for _, s, _ in found] == ["des sources"] * 2


def test_a_person_renamed_by_origin_is_the_one_just_named(analyse):
    found = quotes_of(
        analyse,
        "Le champion d’Europe Hugo Marsan a remporté le titre en 1’44’’. « Entre les Europe "
        "et là, je ne vois pas ce que je peux rajouter », sourit le Girondin.",
    )
    assert [s for _, s, _ in found] == ["Hugo Marsan"]


def test_by_the_voice_of_someone_that_person_speaks(analyse):
    found = quotes_of(
        analyse,
        "La majorité réplique par la voix de Gilles Perrin (AGC) « nous saluons l’action des "
        "services et de la municipalité dans cette période difficile ».",
    )
    assert [s for _, s, _ in found] == ["Gilles Perrin"]


def test_words_after_a_name_say_nothing_of_its_gender(analyse):
    found = quotes_of(
        analyse,
        "« Nous demandons juste un gel des loyers », défend David Roux juriste à la CLCV, une "
        "association de consommateurs. « La situation nécessite une réaction », rappelle-t-il.",
    )
    assert [s for _, s, _ in found] == ["David Roux", "David Roux"]


def test_a_clause_after_the_closing_mark_with_no_verb_of_saying_is_no_incise(analyse):
    found = quotes_of(
        analyse,
        "Le principe fondateur de la plateforme est de « partager la vie authentique », parfois "
        "un peu embellie, mais pour des utilisateurs chinois et américains ces échanges sont "
        "frais.",
    )
    assert found == []


def test_an_inverted_clitic_before_the_participle_is_the_subject(analyse):
    found = quotes_of(
        analyse,
        "« C’est une belle surprise », a reconnu l’écrivain Marc Aubry devant le restaurant "
        "Lenoir. Mais, a-t-il ajouté, cette consécration « ne change pas grand-chose dans la "
        "réalité d’une vie ».",
    )
    assert [s for _, s, _ in found] == ["Marc Aubry", "Marc Aubry"]


def test_an_organisation_named_after_its_description_speaks(analyse):
    found = quotes_of(
        analyse,
        "Le conducteur a été légèrement blessé par des éclats de verre. « Un incident sans "
        "gravité et sans conséquences », explique l’exploitant du réseau, RATP Dev.",
    )
    assert [s for _, s, _ in found] == ["RATP Dev"]


def test_a_role_holder_met_again_as_subject_is_a_voice(analyse):
    found = quotes_of(
        analyse,
        "Lors du conseil municipal de lundi, le maire de Lorient, Paul Kervella, a présenté "
        "le budget. L'opposition de Marc Le Gall a voté contre.",
        "D'une voix posée, le maire a rappelé la baisse des dotations. « Cette année sera "
        "difficile pour toutes les communes », avoue-t-il.",
    )
    assert [s for _, s, _ in found] == ["Paul Kervella"]


def test_a_name_apposed_to_a_role_in_a_complement_is_no_voice(analyse):
    found = quotes_of(
        analyse,
        "La porte-parole de la mairie, Julie Moreau, a répondu aux critiques du président "
        "régional, Henri Vasseur.",
        "« Nous n'avons rien à ajouter à ce stade des discussions », a-t-elle déclaré.",
    )
    assert [s for _, s, _ in found] == ["Julie Moreau"]


def test_a_role_opening_a_sentence_names_its_holder(analyse):
    found = quotes_of(
        analyse,
        "Le ministre du Budget Lucien Ferrand espère un accord avant l'été.",
        "« Nous pouvons encore y arriver », a-t-il déclaré mardi. La réforme, que défend "
        "aussi Marie Delcourt, ne suffira pas, selon le ministre. « Il faut aller plus loin "
        "sur les dépenses de santé dès la rentrée. »",
    )
    assert [s for _, s, _ in found] == ["Lucien Ferrand", "Lucien Ferrand"]


def test_a_generic_body_with_an_adjective_is_the_body_named_before(analyse):
    found = quotes_of(
        analyse,
        "Les deux centrales sont à l'arrêt depuis lundi, affirme Sortir du nucléaire. « Et "
        "le pays n'a pas manqué d'électricité pour autant », observe l'association "
        "antinucléaire.",
    )
    assert [s for _, s, _ in found] == ["Sortir du nucléaire"]


def test_a_spokeswoman_is_the_one_woman_quoted_before(analyse):
    found = quotes_of(
        analyse,
        "« Nous refusons la fermeture de quatre classes » avance Claire Moutou, institutrice "
        "et déléguée du syndicat. « Nos effectifs sont déjà lourds », ajoute-t-elle.",
        "Le recteur Marc Lenoir a reçu une délégation mardi.",
        "« Les moyens ont été donnés au département », a-t-il assuré à la sortie.",
        "Les parents d'élèves soutiennent pourtant le mouvement depuis lundi.",
        "« Un enfant sur trois quitte le collège sans diplôme » résume la porte-parole.",
    )
    speakers = ["Claire Moutou", "Claire Moutou", "Marc Lenoir", "Claire Moutou"]
    assert [s for _, s, _ in found] == speakers


def test_a_noun_tagged_as_a_verb_after_its_determiner_heads_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "« On n’est pas contents, crie ce supporter accompagné de son fils. Il faut mouiller "
        "le maillot ce soir. »",
    )
    assert [s for _, s, _ in found] == ["ce supporter"]


def test_a_modal_before_the_verb_of_saying_makes_an_incise(analyse):
    found = quotes_of(
        analyse,
        "« Nous rembourserons chaque client avant la fin du mois » veut croire Hélène Vidal, "
        "qui s'exprimait par vidéo.",
    )
    assert [s for _, s, _ in found] == ["Hélène Vidal"]


def test_an_adjunct_without_a_comma_before_the_verb_of_saying_makes_an_incise(analyse):
    found = quotes_of(
        analyse,
        "« On aurait dit la fin du monde » au plus fort de la tempête a raconté Louis Fabre, "
        "adjoint au maire de Lodève.",
    )
    assert [s for _, s, _ in found] == ["Louis Fabre"]


def test_a_quotation_that_is_the_subject_of_a_clause_takes_the_incise_after_it(analyse):
    found = quotes_of(
        analyse,
        "Sur la départementale, « deux cyclistes et le conducteur de la camionnette », ont "
        "perdu la vie, a précisé le maire de Saint-Flour Jean Roux.",
    )
    assert [s for _, s, _ in found] == ["Jean Roux"]


def test_un_autre_after_a_verb_that_is_not_of_saying_still_speaks(analyse):
    found = quotes_of(
        analyse,
        "« Le bureau de poste ferme en juin, c'est une honte », peste une retraitée. « Qui "
        "ira chercher nos colis ? La mairie ? Alors qu'on nous le dise », grince un autre.",
    )
    assert [s for _, s, _ in found] == ["une retraitée", "un autre"]


def test_an_infinitive_inside_a_quotation_is_no_incise(analyse):
    found = quotes_of(
        analyse,
        "« Les routes ont beaucoup souffert », a déclaré M. Lucien Ferrand à la sortie du "
        "conseil. « La région est au travail pour réparer les digues, répondre aux besoins et "
        "rouvrir les écoles. »",
    )
    assert [s for _, s, _ in found] == ["Lucien Ferrand", "Lucien Ferrand"]


def test_a_subject_pronoun_opening_the_sentence_after_a_quotation_is_no_incise(analyse):
    found = quotes_of(
        analyse,
        "Le bilan de l'année a été présenté lundi. « Si je devais garder un seul chiffre, a "
        "déclaré Claire Bonnet, la présidente du tribunal, ce serait celui des divorces. » On "
        "constate ainsi une hausse de 20 % des dossiers.",
    )
    assert [s for _, s, _ in found] == ["Claire Bonnet"]


def test_a_pronoun_before_a_verb_after_the_closing_mark_is_no_incise(analyse):
    found = quotes_of(
        analyse,
        "Le maire rappelle que « pendant plus de deux longues années » il n'a pas répondu aux "
        "attaques de l'opposition municipale.",
    )
    assert [s for _, s, _ in found] == ["Le maire"]


def test_a_new_subject_of_a_verb_of_saying_is_a_new_voice(analyse):
    found = quotes_of(
        analyse,
        "« Aucun camp ne restera sur ce terrain », a martelé le ministre Paul Lemaire. "
        "Le rectorat affirme que les cours ont « repris normalement dans tous les lycées ».",
    )
    assert [s for _, s, _ in found] == ["Paul Lemaire", "Le rectorat"]


def test_a_verb_of_saying_with_its_own_subject_beats_pour_someone(analyse):
    found = quotes_of(
        analyse,
        "Pour Hugo Marchal (PS), cette réforme est une « mauvaise idée », tandis que "
        "Léa Girard (LFI) a souligné que protéger « l'école publique est une condition de la "
        "démocratie ».",
    )
    assert [s for _, s, _ in found] == ["Léa Girard"]


def test_a_source_after_selon_ends_before_the_object_that_follows(analyse):
    found = quotes_of(
        analyse,
        "L'arrêté respecte selon le juge les conditions prévues par la loi, en raison du "
        "« risque d'une nouvelle vague de sécheresse cet été ».",
    )
    assert [s for _, s, _ in found] == ["le juge"]


def test_de_meme_source_is_the_voice_quoted_last(analyse):
    found = quotes_of(
        analyse,
        "« Près de 300 familles ont déjà été relogées depuis mars », précise la préfecture "
        "dans un communiqué.",
        "Les autres se verront proposer un logement « dans la plupart des cas hors du "
        "département », indique-t-on de même source.",
    )
    assert [s for _, s, _ in found] == ["la préfecture", "la préfecture"]


def test_the_coach_is_the_trainer_named_before(analyse):
    found = quotes_of(
        analyse,
        "De son côté, l'entraîneur Marc Dufour a salué son gardien, Paul Royer, auteur de deux "
        "arrêts décisifs.",
        "« Je dédie cette victoire à tout le groupe, il nous fait gagner le match », a déclaré "
        "le coach.",
    )
    assert [s for _, s, _ in found] == ["Marc Dufour"]


def test_an_aside_between_the_incise_verb_and_its_subject_is_skipped(analyse):
    found = quotes_of(
        analyse,
        "Les magasins ferment samedi, a déclaré à la presse un porte-parole du syndicat.",
        "« Parmi les magasins qui fermeront, des discussions sont en cours avec deux "
        "repreneurs », assure de son côté la direction.",
    )
    assert [s for _, s, _ in found] == ["la direction"]


def test_an_inverted_clitic_with_no_comma_before_it_still_makes_an_incise(analyse):
    found = quotes_of(
        analyse,
        "Pour le recteur de la mosquée, Karim Benali, c'est un mois sans accroc qui se termine.",
        "« C'est un soulagement parce que les deux dernières années ont été très perturbées » "
        "s'est-il félicité.",
    )
    assert [s for _, s, _ in found] == ["Karim Benali"]


def test_of_several_holders_of_a_role_the_one_of_this_paragraph_speaks(analyse):
    found = quotes_of(
        analyse,
        "« Nous garderons la fête du village », a réagi Paul Girard, maire de Vienne.",
        "Le plus virulent reste Marc Lenoir, maire de Béziers, qui annonce une fête plus "
        "grande. « Cette année, nous organisons une course au profit des écoles », précise "
        "le maire.",
    )
    assert [s for _, s, _ in found] == ["Paul Girard", "Marc Lenoir"]


def test_selon_les_termes_de_someone_after_the_quotation_gives_that_person(analyse):
    found = quotes_of(
        analyse,
        "Le guide de l'association des maires, qui prône une « reconquête de la laïcité, sans "
        "qualificatif » selon les termes de son président, Paul Girard, a relancé le débat.",
    )
    assert [s for _, s, _ in found] == ["Paul Girard"]


def test_a_capitalised_generic_body_is_the_foundation_named_before(analyse):
    found = quotes_of(
        analyse,
        "La fondation Lucien Marchal publie ce mercredi son rapport sur la pauvreté des "
        "étudiants. En revanche, la Fondation n'a pas constaté de hausse des expulsions « grâce "
        "notamment aux aides versées par les régions ». « Mais la menace n'a pas disparu », "
        "insiste-t-elle.",
    )
    assert [s for _, s, _ in found] == ["fondation Lucien Marchal"] * 2


def test_voila_ce_qu_a_dit_someone_after_the_quotation_names_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "« J’ai une petite idée. » Voilà ce qu’avait dit Paul Girard il y a trente ans à la "
        "radio : ouvrir une cantine gratuite.",
    )
    assert [s for _, s, _ in found] == ["Paul Girard"]


def test_reagir_and_completer_are_verbs_of_saying(analyse):
    found = quotes_of(
        analyse,
        "« Je n’entends pas rompre avec ces siècles qui font ce que nous sommes » a très vite "
        "réagi Paul Girard, maire de Vienne, par le biais d’un communiqué.",
        "« Les crèches resteront dans le hall de la mairie jusqu'en janvier », complète Léa "
        "Martin, son adjointe.",
    )
    assert [s for _, s, _ in found] == ["Paul Girard", "Léa Martin"]


def test_the_holder_of_a_view_opening_a_sentence_with_pour_is_a_voice(analyse):
    found = quotes_of(
        analyse,
        "« Le Parlement a perdu une nouvelle fois », assène Lisa Martin. Pour Paul Girard, "
        "conseiller national, l'analyse est différente de celle de Lisa Martin :",
        "« Mais il y a aussi ces autres votants, qui veulent préserver notre paysage », "
        "estime-t-il.",
    )
    assert [s for _, s, _ in found] == ["Lisa Martin", "Paul Girard"]


def test_a_statement_opening_the_sentence_is_no_subject(analyse):
    found = quotes_of(
        analyse,
        "Dans un communiqué publié à l’issue de sa réunion et relayé par le site du syndicat, "
        "la commission administrative nationale de l’UGTT « a tenu le pouvoir responsable de la "
        "mobilisation et de l’incitation », réaffirmant son droit.",
    )
    assert [s for _, s, _ in found] == ["commission administrative nationale de l’UGTT"]


def test_an_intertitle_takes_the_speaker_of_the_signed_testimony_it_repeats(analyse):
    found = quotes_of(
        analyse,
        "Nous avons interrogé les habitants du village avant le vote de dimanche.",
        "«Je vote plutôt en fonction des partis»",
        "«Je me sens concernée bien sûr. Je prends moins contact avec les candidats, donc je "
        "vote plutôt en fonction des partis que je veux défendre.»",
        "Ursula Brenner, 75 ans, retraitée, de Bulle.",
    )
    assert [s for _, s, _ in found] == ["Ursula Brenner", "Ursula Brenner"]


def test_a_person_by_origin_before_a_colon_is_the_one_named_before(analyse):
    found = quotes_of(
        analyse,
        "L'autre qualifié français est Hugo Marsan. À 30 ans, le Boulonnais participera au "
        "tableau principal de Roland Garros pour la huitième fois : « Très heureux d'être "
        "qualifié pour la première fois ici. Je n'avais jamais gagné de match en qualif. »",
    )
    assert [s for _, s, _ in found] == ["Hugo Marsan"]


def test_a_bare_adjunct_after_an_incise_verb_is_not_the_speaker(analyse):
    found = quotes_of(
        analyse,
        "« J'ai couru sans penser au chrono, juste au plaisir », a confié en zone mixte "
        "la sprinteuse, qui n'a pas voulu parler de sa blessure.",
    )
    assert [s for _, s, _ in found] == ["la sprinteuse"]


def test_a_capitalised_title_after_its_holder_names_the_holder(analyse):
    found = quotes_of(
        analyse,
        "Le Général Abdourahamane Tiani a dénoncé la lutte contre le braconnage au Niger.",
        "« Les braconniers sont mieux armés que nos gardes », a déploré le Général devant "
        "les chefs coutumiers.",
    )
    assert [s for _, s, _ in found] == ["Abdourahamane Tiani"]


def test_a_name_in_the_complement_of_a_role_does_not_hold_the_role(analyse):
    found = quotes_of(
        analyse,
        "Lundi, le remplaçant de Marc Duteil a présenté son équipe à Sophie Roux.",
        "« Nous allons tout reconstruire à partir de demain », a promis le remplaçant.",
    )
    assert [s for _, s, _ in found] == ["le remplaçant de Marc Duteil"]


def test_a_speaker_the_model_did_not_label_keeps_all_the_words_of_the_name(analyse):
    found = quotes_of(
        analyse,
        "À Vinh, la côte a été dévastée. « Le vent a arraché le toit de l'école, je n'osais "
        "pas sortir », a raconté Mai Van Long, dont la boutique a été détruite. « Nous "
        "n'avons plus d'eau potable depuis trois jours », a-t-il ajouté.",
    )
    assert [s for _, s, _ in found] == ["Mai Van Long", "Mai Van Long"]


def test_a_second_description_before_the_name_in_apposition_gives_the_name(analyse):
    found = quotes_of(
        analyse,
        "Les députés ont voté lundi. « Ce texte est une victoire pour tous les contribuables "
        "européens », a martelé l'un des auteurs du texte, le conservateur britannique Jack "
        "Doyle.",
    )
    assert [s for _, s, _ in found] == ["Jack Doyle"]


def test_a_name_in_quotation_marks_inside_an_incise_neither_ends_it_nor_speaks(analyse):
    found = quotes_of(
        analyse,
        "Le Parti radical de Paul Durand arrive en tête.",
        "« Le pays a donné la victoire à notre coalition », s'est pourtant réjoui dans son "
        "discours le chef de la « coalition des bâtisseurs », Marc Petit.",
    )
    assert [(q, s) for q, s, _ in found] == [
        ("Le pays a donné la victoire à notre coalition", "Marc Petit")
    ]


def test_a_plural_demonstrative_is_the_group_brought_in_before_and_ils_takes_it_up(analyse):
    found = quotes_of(
        analyse,
        "Les cambriolages se multiplient dans le quartier. C’est ce que dénoncent des riverains "
        "de la rue Pasteur, dans une pétition adressée au maire, Paul Girard.",
        "« Il ne se passe pas une semaine sans qu’une maison soit visitée pendant la nuit », "
        "écrivent ces voisins dans leur pétition au maire. Ils citent aussi l’angle de la rue "
        "Haute. « Les enfants qui rentrent de l’école à pied et les personnes âgées n’osent "
        "plus sortir après la tombée du jour », disent-ils.",
    )
    assert [s for _, s, _ in found] == ["des riverains de la rue Pasteur"] * 2


def test_a_person_introduced_with_a_role_after_the_last_voice_is_the_one_il_names(analyse):
    found = quotes_of(
        analyse,
        "Cette nuit, Guillaume Besson allumera des bougies dans ses vignes. « On allumera une "
        "bougie sur deux dans un premier temps, puis toutes si ça descend encore », "
        "explique-t-il. Mais plus au sud, le gel avait fait perdre à Julien Morel, vigneron à "
        "Tain, la moitié de sa récolte. « Le problème, c'est que les hivers sont de plus en "
        "plus doux et que la vigne repart trop tôt », déplore-t-il.",
    )
    assert [s for _, s, _ in found] == ["Guillaume Besson", "Julien Morel"]


def test_a_quotation_after_a_sentence_bringing_in_a_person_with_a_role_is_theirs(analyse):
    found = quotes_of(
        analyse,
        "La fête du village approche. Pour le président du club de boules, Marc Ferrand, "
        "« nous allons vivre au rythme des concours et des repas partagés ».",
        "Le mot de la fin revient à Paul Astier, le président du comité des fêtes. « Je tiens "
        "à remercier toute mon équipe de bénévoles qui donne son temps pour le village. »",
    )
    assert [s for _, s, _ in found] == ["Marc Ferrand", "Paul Astier"]


def test_a_person_with_a_role_in_a_noun_complement_is_talked_about(analyse):
    found = quotes_of(
        analyse,
        "« On appellerait ça un festival de prestige », analyse Marc Dorin, le directeur du "
        "festival et fils spirituel de Louis Barral, le fondateur de l'événement. « Par la "
        "taille réduite des salles, on est de toute façon dans une configuration intime. »",
    )
    assert [s for _, s, _ in found] == ["Marc Dorin", "Marc Dorin"]


def test_a_participle_after_a_name_introduces_no_voice(analyse):
    found = quotes_of(
        analyse,
        "« Nous défendrons la souveraineté du pays et de ses habitants », a-t-elle déclaré "
        "devant la foule. Physicienne de formation, Ana Vidal, 61 ans, veut poursuivre la "
        "réforme mise en œuvre par l'actuel président Marco Ortiz, élu en 2018. « Nous "
        "continuerons à augmenter le salaire minimum », a-t-elle lancé.",
    )
    assert [s for _, s, _ in found][1:] == ["Ana Vidal"]


@pytest.mark.parametrize(
    "paragraphs, speakers",
    [
        (  # a name the tagger missed, opening its paragraph, keeps all its words
            [
                "Mai Van Long a tout perdu dans la tempête. « Il ne me reste que mes yeux pour "
                "pleurer », a-t-il confié."
            ],
            ["Mai Van Long"],
        ),
        (  # an object with its role is talked about: « il » is still the subject
            [
                "Jean Dupont a reçu lundi Paul Girard, le préfet de la région. « Nous avons "
                "obtenu des garanties pour les éleveurs », a-t-il assuré."
            ],
            ["Jean Dupont"],
        ),
        (  # a role shaped like a participle, with its complement, is a role
            [
                "Le débat est lancé. La parole revient à Paul Girard, député de la Somme. « Nous "
                "ne voterons pas ce texte sans garanties pour les éleveurs. »"
            ],
            ["Paul Girard"],
        ),
        (  # a time phrase after the adjunct is no speaker
            [
                "« Nous ne voterons pas ce texte sans garanties », a rappelé en séance la "
                "semaine dernière le député Paul Girard."
            ],
            ["Paul Girard"],
        ),
    ],
)
def test_people_brought_in_and_adjuncts_on_the_second_read(analyse, paragraphs, speakers):
    assert [s for _, s, _ in quotes_of(analyse, *paragraphs)] == speakers


def test_a_minister_named_after_a_portfolio_the_model_joined_to_the_name_speaks(analyse):
    found = quotes_of(
        analyse,
        "« C'est mieux qu'annoncé. Il y aura des perturbations fortes, mais ce sera mieux », a "
        "estimé sur France Inter le ministre délégué aux Transports Paul Vernier.",
    )
    assert [s for _, s, _ in found] == ["Paul Vernier"]


def test_a_person_the_model_joined_to_a_place_before_the_name_speaks(analyse):
    found = quotes_of(
        analyse,
        "Rodrigue Pétillon, à la tête du collectif, est arrivé samedi à Paris.",
        '"Nous venons rapporter la colère du peuple, au plus près de ceux qui dirigent", a '
        "déclaré à son arrivée à l'aéroport d'Orly Rodrigue Pétillon, dit \"le P\", "
        "reconnaissable à son chapeau rouge.",
    )
    assert [s for _, s, _ in found] == ["Rodrigue Pétillon"]


def test_a_description_that_adds_to_what_it_said_is_the_voice_before(analyse):
    found = quotes_of(
        analyse,
        "« Je ne pouvais pas rêver mieux pour ma dernière course de la saison », a déclaré "
        "Julien Marsac, vainqueur de l'étape. Le Belge Tom Peeters puis le Danois Lars Holm ont "
        "mené la descente mais ont été repris dans le dernier kilomètre.",
        "« Dans le sprint, j'ai eu un saut de chaîne, mais ça ne m'a pas empêché de gagner », a "
        "ajouté le coureur de Pontarlier.",
    )
    assert [s for _, s, _ in found] == ["Julien Marsac", "Julien Marsac"]


def test_a_heading_between_does_not_count_in_how_far_a_verb_that_adds_looks_back(analyse):
    found = quotes_of(
        analyse,
        "« C'est ma première victoire chez les professionnels », a déclaré Paul Dubreuil, "
        "vainqueur de l'étape.",
        "Le Belge Tom Peeters puis le Suisse Luca Meier, échappés dans le col, ont été repris "
        "dans le dernier kilomètre.",
        "Une arrivée au sprint",
        "« Dans le sprint, j'ai eu un saut de chaîne, mais ça ne m'a pas empêché de gagner », a "
        "ajouté le coureur de Lisieux.",
    )
    assert [s for _, s, _ in found] == ["Paul Dubreuil", "Paul Dubreuil"]


def test_slogans_listed_before_the_banners_that_carry_them_are_not_said(analyse):
    found = quotes_of(
        analyse,
        "« Nous défendons nos salaires et nos retraites », a lancé à la foule la secrétaire "
        "départementale du syndicat, Martine Rigaud.",
        "« La santé n'est pas à vendre », « Le pain n'est pas un luxe », scandaient banderoles "
        "et pancartes dans le cortège.",
    )
    assert [s for _, s, _ in found] == ["Martine Rigaud"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "« Nous irons en appel pour obtenir justice », a déclaré aux journalistes le "
            "ministre de l'Intérieur.",
            "le ministre de l'Intérieur",
        ),
        (
            "« L'audience a pris du retard à cause de vos appareils photo », a-t-on expliqué "
            "ensuite aux nombreuses personnes venues assister au procès.",
            "",
        ),
        ("« Le dossier est vide et nous le prouverons », explique-t-on aux familles.", ""),
        (
            "« On a l'impression d'être oubliés », a expliqué au préfet, Marcel Tanguy, "
            "installé à Vitré depuis 1990.",
            "Marcel Tanguy",
        ),
    ],
)
def test_the_people_spoken_to_after_a_verb_of_saying_do_not_speak(analyse, sentence, speaker):
    found = quotes_of(analyse, "Le procès de douze prévenus s'est ouvert mardi à Rennes.", sentence)
    assert [s for _, s, _ in found] == [speaker]


def test_an_adjunct_with_a_noun_the_tagger_took_for_a_name_is_passed_over(analyse):
    found = quotes_of(
        analyse,
        "Environ 7000 fonctionnaires ont défilé jeudi à Lausanne.",
        "«Si on recule maintenant, tout est perdu!», vocifère au micro une enseignante à la "
        "retraite.",
    )
    assert [s for _, s, _ in found] == ["une enseignante"]


def test_a_fronted_adjunct_is_not_the_subject_of_a_verb_before_a_colon(analyse):
    found = quotes_of(
        analyse,
        "Des centaines de personnes ont manifesté mardi devant le Parlement.",
        "À ses côtés, un manifestant abonde : \"Nous, en tant que travailleurs, n'avons-nous "
        "pas le droit d'obtenir nos salaires ?\"",
    )
    assert [s for _, s, _ in found] == ["un manifestant"]


def test_the_source_that_adds_something_is_the_voice_quoted_last(analyse):
    found = quotes_of(
        analyse,
        "Les 125 passagers sont partis de Mboro il y a sept jours. « Nous avons dû faire "
        "demi-tour parce que nous n'avions plus rien à manger », confie l'un d'entre eux à une "
        "radio locale. « Les garde-côtes nous ont bien traités », ajoute la source.",
    )
    assert [s for _, s, _ in found] == ["l'un d'entre eux", "l'un d'entre eux"]


def test_il_is_not_a_woman_quoted_before_the_article_said_elle_of_her(analyse):
    found = quotes_of(
        analyse,
        '"Les habitants ont eu très peur". Martine, une Française qui travaille au consulat, a '
        'raconté à la radio que la secousse a été "très violente".',
        '"L\'immeuble bouge toujours et de tous les côtés", explique-t-elle.',
        "Le consul a également été impressionné par le séisme. Il a raconté, à la radio, que "
        '"ça a duré trois minutes dans un formidable grondement".',
    )
    assert "Martine" not in [s for q, s, _ in found if q.startswith("ça a duré")]


def test_a_sentence_turning_to_someone_s_side_brings_in_the_next_voice(analyse):
    found = quotes_of(
        analyse,
        "« Le chiffre m'a un peu surpris », reconnaît Paul Girard, président de la commission.",
        "Du côté de Karim Nassar, directeur général de l'office, la surprise n'était pas autant "
        "présente. « J'ai eu la chance de siéger sur un comité avec le gouvernement. C'était "
        "vital pour nous. »",
    )
    assert [s for _, s, _ in found] == ["Paul Girard", "Karim Nassar"]


def test_an_adjunct_before_a_name_says_nothing_of_its_bearer_s_gender(analyse):
    table = table_of(
        analyse,
        "Rodrigue Pétillon, à la tête du collectif, est arrivé samedi à Paris.",
        '"Nous venons rapporter la colère du peuple", a déclaré à son arrivée à l\'aéroport '
        "d'Orly Rodrigue Pétillon, reconnaissable à son chapeau rouge.",
        "« Nous attendons des réponses du ministre avant dimanche », a-t-il ajouté.",
    )
    table = table[table["kind"] == "direct"]
    assert table["speaker"].tolist() == ["Rodrigue Pétillon", "Rodrigue Pétillon"]
    assert "female" not in set(table["speaker_gender"])


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (  # a title right before the name keeps its gender: « il » is the publisher
            [
                "« C'est une grande fierté pour la maison », a déclaré l'éditeur Antoine "
                "Gallimard. « Ce prix est pour toutes les femmes », a répondu la romancière "
                "Annie Ernaux. « Nous allons réimprimer ses livres », a-t-il ajouté."
            ],
            ["Antoine Gallimard", "Annie Ernaux", "Antoine Gallimard"],
        ),
        (  # a source the writer brought in is not the named voice quoted before
            [
                "« Nous avons ouvert une enquête », a déclaré le procureur Paul Martin. Une "
                "source proche du dossier évoque une piste criminelle. « Les traces de pneus "
                "sont nettes », ajoute la source."
            ],
            ["Paul Martin", "la source"],
        ),
        (  # a time phrase after the people spoken to, then the speaker
            [
                "« Nous étions à la maison ce soir-là », a déclaré aux députés, mardi soir, le "
                "ministre de l'Intérieur."
            ],
            ["le ministre de l'Intérieur"],
        ),
        (  # the people spoken to, then the speaker with no comma between
            ["« Nous étions trois dans la voiture », a confié aux enquêteurs l'un des suspects."],
            ["l'un des suspects"],
        ),
    ],
)
def test_rounds_52_and_53_on_the_second_read(analyse, paragraphs, speakers):
    assert [s for _, s, _ in quotes_of(analyse, *paragraphs)] == speakers


def test_a_participle_after_a_name_s_comma_gives_no_role(analyse):
    from helpers.entities.quotes import ArticleQuotes

    paragraphs, rows, mentions, _ = analyse(
        "Paul Girard, soulignant que la crue a été exceptionnelle, a visité la commune.",
        "Marie Lenoir, maire de la commune, l'accompagnait.",
    )
    finder = ArticleQuotes("a", paragraphs, mentions, rows[0].speech)
    assert set(finder.roles) == {"mair"}


def test_an_outlet_that_took_the_words_up_is_a_relay_not_a_speaker(analyse):
    found = quotes_of(
        analyse,
        "Sur ce point, le général Jean Mbeki, contacté par un quotidien, maintient le suspense. "
        "Car, dit-il : “Je ne me déclare pas encore. Je n’envisage rien pour l’instant”, repris "
        "par Le Monde.",
    )
    assert [s for _, s, _ in found] == ["Jean Mbeki"]


def test_a_description_that_takes_up_the_last_words_is_someone_else(analyse):
    found = quotes_of(
        analyse,
        "À Vierzon, Karim et Amar visitent une usine d'État sinistrée, fermée depuis les "
        "années 1990.",
        '"Cette usine est fermée. Je la connais depuis mon enfance, affirme Karim Benali. Elle '
        'faisait vivre toute une région."',
        '"Oui, c\'est ce que je souhaite aussi", renchérit le gardien.',
    )
    assert [s for _, s, _ in found][-1] == "le gardien"


def test_the_agent_of_a_passive_verb_of_saying_is_its_speaker(analyse):
    found = quotes_of(
        analyse,
        "Bien loin de la « fin du monde annoncée depuis des semaines », annoncée par "
        "l'humoriste Daniel Morin, les usagers ont constaté quelques difficultés.",
    )
    assert [s for _, s, _ in found] == ["Daniel Morin"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (  # « Premier » written with a capital still gives the role to the name after it
            [
                "Le président Tomas Novak a reçu jeudi la démission présentée par le Premier "
                "ministre Karel Vondrak, après la dissolution du Parlement.",
                "Devant le palais, le Premier ministre a assuré que son équipe « expédiera "
                "les affaires courantes jusqu'aux élections ».",
            ],
            ["Karel Vondrak"],
        ),
        (  # a verb that goes on, in an incise inside the marks: the voice before
            [
                "Le maire Marc Gagnon a défendu mardi la hausse devant le conseil.",
                "« Les tarifs des cantines ont doublé en un an », a lancé Joseph Tremblay.",
                "« Il a promis le contraire pendant la campagne, a poursuivi le chef de "
                "l'opposition. Les familles ne l'oublieront pas. »",
            ],
            ["Joseph Tremblay", "Joseph Tremblay"],
        ),
        (  # a role set off by commas between two names is the second's; a role of another
            # body is not the one given before
            [
                "« Nous ne gouvernerons pas avec eux », affirme M. Van Dijk.",
                "Selon M. Van Dijk, le président du PVV, Kees Mulder, pourrait faire le ménage.",
                "« Qui peut me donner une bonne raison de les croire ? », lance encore le "
                "président de la VVD.",
            ],
            ["Van Dijk", "Van Dijk"],
        ),
        (  # a demonstrative subject no one was named before is a voice by description
            [
                "« Nous resterons ici tant qu'il le faudra », lance Paul Ménard, un étudiant.",
                "Cette retraitée est venue de Lille avec sa petite-fille. « Je crains pour "
                "ma pension, pour mon logement, dit-elle. Il faut se faire entendre. »",
            ],
            ["Paul Ménard", "Cette retraitée"],
        ),
        (  # « a-t-on ajouté » with nothing after: the source quoted before goes on
            [
                "« Deux enfants restent sous surveillance », a indiqué une porte-parole de "
                "l'hôpital de Vannes.",
                "Les analyses ont confirmé « une intoxication alimentaire sévère dans le cas du "
                "plus jeune », a-t-on ajouté.",
            ],
            ["une porte-parole de l'hôpital de Vannes"] * 2,
        ),
    ],
)
def test_round_57_roles_and_verbs_that_go_on(analyse, paragraphs, speakers):
    assert [s for _, s, _ in quotes_of(analyse, *paragraphs)] == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (  # a name after « chez » is a firm, and one set beside an object is the object
            [
                "Thierry Massot, 51 ans, est lui aussi venu de Cambrai. « On ferme, tout le "
                "monde le sait » explique-t-il. Lui aussi est cariste chez Blanc depuis 18 ans. "
                "« Je chargeais quarante camions par jour, c'est un travail dur ».",
                "« Je suis en colère. J'ai honte d'avoir travaillé toutes ces années pour un "
                "tricheur », assure-t-il, visant le patron fondateur, Charles Blanc. « J'ai "
                "perdu 18 ans de ma vie ».",
            ],
            ["Thierry Massot"] * 4,
        ),
        (  # the same, the firm's name not one the model reads as a word
            [
                "Thierry Massot, 51 ans, est lui aussi venu de Cambrai. « On ferme, tout le "
                "monde le sait » explique-t-il.",
                "« Je suis en colère. J'ai honte d'avoir travaillé toutes ces années pour un "
                "tricheur », assure-t-il, visant le patron fondateur, Charles Lebrun. « J'ai "
                "perdu 18 ans de ma vie ».",
            ],
            ["Thierry Massot"] * 3,
        ),
        (  # a demonstrative opening a paragraph takes up the voice of the one before
            [
                "Liste de courses en main, Hélène examine avec attention les prix dans une "
                'grande surface du Port (ouest). "C\'est tellement cher", souffle-t-elle.',
                "Cette ancienne secrétaire de 80 ans ne touche que 400 euros de retraite par "
                'mois. "Mon mari a 900 euros de retraite, mais à la fin du mois il ne reste pas '
                "beaucoup d'argent\", avoue-t-elle.",
            ],
            ["Hélène", "Hélène"],
        ),
        (  # guard: after a man quoted (« clame-t-il »), « Cette manifestante » is someone new
            [
                "Karim Demir, ingénieur, a rejoint le cortège avec ses amis. « Le racisme n'a "
                "pas sa place au Parlement », clame-t-il.",
                "Cette manifestante de Leipzig est très inquiète. « J'ai peur pour mes droits, "
                "pour ma santé, dit-elle. Il faut manifester tous les jours. »",
            ],
            ["Karim Demir", "Cette manifestante de Leipzig"],
        ),
        (  # the feminine of a noun in « -eur » names a person after an adjunct
            [
                "« La surpopulation des prisons s'est encore aggravée cette année » déplore en "
                "ouverture du rapport la contrôleure."
            ],
            ["la contrôleure"],
        ),
        (  # « a-t-scandé »: the pronoun left out, the speaker after it
            [
                "« Nous marcherons vers la capitale et nous changerons tout », a-t-scandé le "
                "leader nationaliste devant ses partisans."
            ],
            ["le leader nationaliste"],
        ),
    ],
)
def test_round_58_firms_objects_demonstratives_and_feminine_roles(analyse, paragraphs, speakers):
    assert [s for _, s, _ in quotes_of(analyse, *paragraphs)] == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (  # the subject of what someone reports is talked about, not the voice after it
            [
                "Lucie Garnier, conseillère d'opposition, a rappelé qu'au début du mandat, "
                "Bernard Colin avait promis de ne pas toucher aux impôts. « On pouvait penser "
                "qu'il restait des marges cette année. »",
            ],
            ["Lucie Garnier"],
        ),
        (  # « ce cadre » after the one person named in the paragraph before
            [
                "Julien Morel a troqué sa voiture de fonction pour un vélo en libre-service. En "
                "costume, il remonte l'avenue pour se rendre au bureau.",
                "« Le trafic est moins dense et le trajet est agréable », estime ce cadre de "
                "34 ans, qui pense recommencer.",
            ],
            ["Julien Morel"],
        ),
        (  # but not after a man quoted there (« clame-t-il »): « Cette manifestante » is new
            [
                "Ali Demir a fait parler de lui en répondant aux inquiétudes de ses voisins. "
                "« Je suis ici avec vous pour montrer que la haine n'a pas sa place au "
                "Parlement », clame-t-il.",
                "Cette manifestante de couleur est particulièrement inquiète de la victoire du "
                "parti. « J'ai peur pour mes droits, pour ma santé, pour ma vie, dit-elle. Il "
                "faut manifester tous les jours. »",
            ],
            ["Ali Demir", "Cette manifestante de couleur"],
        ),
        (  # « l'élu » is the person the article gave an elected office nearby
            [
                "Raymonde Lenoir a perdu l'électricité jeudi. « On n'a plus d'eau chaude », "
                "confie-t-elle.",
                "Son quartier inquiète particulièrement Gérard Lemoine, le maire de cette "
                "commune de 4 000 habitants. « La zone est sécurisée, mais elle reste fragile », "
                "avance l'élu.",
            ],
            ["Raymonde Lenoir", "Gérard Lemoine"],
        ),
    ],
)
def test_round_59_reported_subjects_the_paragraph_before_and_elected_offices(
    analyse, paragraphs, speakers
):
    assert [s for _, s, _ in quotes_of(analyse, *paragraphs)] == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (  # a name a complement holds (« aux mains des Wagner ») is no one to take up
            [
                "« Je n'avais jamais rien vécu de tel », affirme Karim, un habitant de Sanaa.",
                "Une « horrible explosion » a secoué la capitale, aux mains des Wagner, tard "
                "samedi, raconte ce père de deux enfants.",
                "« La maison a tremblé et toute ma famille était terrifiée », ajoute le Yéménite.",
            ],
            ["Karim", "Karim"],
        ),
        (  # a given name between commas before « un habitant », the subject: the name
            [
                "« Le risque zéro n'existe pas », rappelle Paul Favre, le géologue cantonal.",
                "Au buffet de la gare de Visp, Gilles, un habitant de la vallée constate les "
                "dégâts. « Ça fait mal, c'est la deuxième fois cette année », témoigne-t-il.",
            ],
            ["Paul Favre", "Gilles"],
        ),
    ],
)
def test_round_60_a_complement_s_name_and_a_name_before_its_description(
    analyse, paragraphs, speakers
):
    assert [s for _, s, _ in quotes_of(analyse, *paragraphs)] == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (  # « le Premier ministre X » gives « premier ministre », not « premier » alone: « le
            # premier adjoint » is someone else
            [
                "Le Premier ministre Gabriel Morin était en visite samedi à Lens.",
                "Marc Fontaine l'a accueilli devant la mairie. « Cette visite est une "
                "reconnaissance pour nos quartiers », a souligné le premier adjoint.",
            ],
            ["Marc Fontaine"],
        ),
        (  # a role given with no body (« le président X ») is also the one of a named body
            [
                "Le président Tomas Novak a ouvert lundi la session du Parlement, à Prague.",
                "« Le pays doit rester uni face à la crise », a déclaré le président de la "
                "République.",
            ],
            ["Tomas Novak"],
        ),
        (  # « a-t-on ajouté » after « on » brought in by its paragraph: that source, unnamed
            [
                "« Les preuves sont accablantes », a martelé le procureur Paul Garnier.",
                "Du côté de la défense, on conteste chaque élément. « Rien ne place notre client "
                "sur les lieux », a-t-on ajouté.",
            ],
            ["Paul Garnier", ""],
        ),
        (  # a name after « chez » with a role for people after it is someone heard
            [
                "Ambiance différente chez Sophie Marin, gérante du bar-tabac de la place. « Les "
                "habitués reviennent, on a retrouvé le sourire », dit-elle.",
            ],
            ["Sophie Marin"],
        ),
        (  # « Cette autre cliente » is someone new, not the woman of the paragraph before
            [
                "Liste en main, Hélène compare les prix au rayon des conserves. « Tout a "
                "augmenté », souffle-t-elle.",
                "Cette autre cliente, venue de Saint-Denis, remplit son chariot sans regarder. "
                "« Je ne me prive de rien », assure-t-elle.",
            ],
            ["Hélène", "Cette autre cliente"],
        ),
        (  # « une demi-heure » names no one, whatever its ending
            [
                "« Les flammes montaient jusqu'au toit », raconte Sandrine Morel, une voisine.",
                "Une demi-heure a suffi aux pompiers pour maîtriser l'incendie. « On a eu très "
                "peur pour les enfants », reconnaît-elle.",
            ],
            ["Sandrine Morel", "Sandrine Morel"],
        ),
        (  # the subject of what a body reports may be the one heard next
            [
                "La préfecture a confirmé mardi que Michel Roux quittait la mairie de "
                "Saint-Aubin. « Je n'avais plus le soutien de mon équipe, il fallait en tirer "
                "les conséquences. »",
            ],
            ["Michel Roux"],
        ),
        (  # the one person of the paragraph before, held by a complement, is no « cette
            # habituée »
            [
                "Le restaurant de Julien Morel a fermé ses portes lundi, après trente ans "
                "d'activité.",
                "« C'était notre cantine, on venait tous les midis », regrette cette habituée.",
            ],
            ["cette habituée"],
        ),
        (  # « l'élue » is the woman named in this paragraph, not the mayor named before
            [
                "Le maire, Gérard Lemoine, a présenté lundi soir le budget de la commune.",
                "Dans l'opposition, Sophie Lambert dénonce un budget « insincère ». « Les impôts "
                "vont augmenter de 5 % », prévient l'élue.",
            ],
            ["Sophie Lambert"],
        ),
        (  # nor a man given an office when no one is named in its paragraph
            [
                "Le maire Gérard Lemoine a présenté lundi le budget, voté par la majorité. "
                "Sophie Lambert et deux autres élus d'opposition ont voté contre.",
                "« Les impôts locaux vont augmenter de 5 % l'an prochain », prévient l'élue.",
            ],
            ["Sophie Lambert"],
        ),
    ],
)
def test_rounds_57_to_59_on_the_second_read(analyse, paragraphs, speakers):
    assert [s for _, s, _ in quotes_of(analyse, *paragraphs)] == speakers


@pytest.mark.parametrize(
    ("paragraph", "quotes"),
    [
        (  # « « A », « B », « C », a ajouté X »: one incise for the series, in either marks
            "Les casseurs « sont pleins de colère », « ils aiment le désordre », « ils veulent "
            "nuire à tous », a ajouté Paul Mercier lors d'une conférence.",
            [
                ("sont pleins de colère", "Paul Mercier"),
                ("ils aiment le désordre", "Paul Mercier"),
                ("ils veulent nuire à tous", "Paul Mercier"),
            ],
        ),
        (
            'Les casseurs "sont pleins de colère", "ils aiment le désordre", a déclaré Paul '
            "Mercier.",
            [("sont pleins de colère", "Paul Mercier"), ("ils aiment le désordre", "Paul Mercier")],
        ),
        (  # a series with no incise after it is left as it was: the subject before speaks
            "Les manifestants réclament « plus de moyens » et « des postes pérennes », mais le "
            "rectorat n'a pas répondu.",
            [("plus de moyens", "Les manifestants"), ("des postes pérennes", "Les manifestants")],
        ),
    ],
)
def test_round_62_a_series_of_quotations_shares_its_incise(analyse, paragraph, quotes):
    assert [(q, s) for q, s, _ in quotes_of(analyse, paragraph)] == quotes
