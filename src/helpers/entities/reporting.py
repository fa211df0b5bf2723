"""The words French news uses to report speech, for the quote extractor.

A quotation counts as speech only when a cue attributes it, and the cue is a
reporting verb (« a déclaré X »), a reporting noun (« dans un communiqué ») or an
attribution preposition (« selon X »). The lists are lemmas, as spaCy's French
lemmatiser gives them, grouped by what the verb does. They were written from
grammars of reported speech in French and from the forms met in the tuning part
of the development set, never from one story's vocabulary; a researcher adds a
verb by adding its lemma here.

No library lists French reporting verbs with the parse in mind, hence this
module.
"""

from __future__ import annotations

_SAY = """
dire déclarer affirmer ajouter expliquer indiquer préciser assurer souligner rappeler
estimer juger considérer penser croire trouver constater observer noter remarquer relever
raconter relater rapporter témoigner confier répondre répliquer rétorquer riposter
reprendre poursuivre continuer conclure résumer commenter analyser décrire détailler
annoncer révéler confirmer démentir reconnaître admettre avouer concéder nier contester
lancer lâcher glisser souffler murmurer chuchoter crier hurler s'écrier s'exclamer
insister marteler répéter réitérer asséner scander clamer proclamer revendiquer
plaider défendre justifier argumenter arguer soutenir maintenir prétendre
dénoncer déplorer regretter fustiger critiquer condamner accuser reprocher blâmer
s'indigner s'insurger s'offusquer s'alarmer s'inquiéter inquiéter alerter avertir
prévenir mettre_en_garde menacer exiger réclamer demander appeler implorer supplier
interroger questionner s'interroger se_demander
promettre garantir jurer certifier attester
se_réjouir se_féliciter féliciter saluer applaudir remercier se_dire se_montrer
ironiser plaisanter blaguer s'amuser railler moquer se_moquer sourire soupirer s'emporter
tonner tempêter protester s'agacer s'étonner s'émouvoir se_désoler s'alarmer s'irriter irriter
s'impatienter s'esclaffer se_fâcher se_satisfaire
écrire tweeter twitter publier poster signer griffonner
exposer énoncer formuler exprimer évoquer mentionner signaler citer invoquer
suggérer proposer recommander conseiller préconiser inviter exhorter encourager
annoncer informer notifier communiquer clarifier corriger nuancer tempérer
résumer illustrer résonner enchaîner embrayer renchérir surenchérir abonder
acquiescer approuver concéder convenir objecter opposer contredire corriger
avancer présenter préjuger pronostiquer prédire anticiper parier miser
regretter se_plaindre geindre pester râler grogner maugréer
raisonner philosopher développer démontrer montrer prouver certifier
confesser admettre avouer révéler dévoiler divulguer
narrer conter retracer se_souvenir se_rappeler
espérer souhaiter partager attaquer assumer relativiser pointer dérouler égrener décrypter
fulminer s'étrangler rire rigoler s'enthousiasmer enthousiasmer s'emballer se_lamenter
lamenter s'exaspérer s'énerver trancher tacler cingler persifler taquiner sermonner tancer
apostropher admonester réprimander
prévoir projeter envisager affirmer déclarer
réagir compléter rectifier jubiler exulter ricaner grincer interpeller relancer s'exprimer
"""

# « dans un communiqué », « dans une lettre » : the text quoted is the author's
SPEECH_NOUNS = frozenset(
    """communiqué déclaration tweet message lettre courrier interview entretien propos
    tribune post publication discours allocution conférence réaction réponse
    courriel mail texte note""".split()
)

# Written on a thing, not said: « Macron, réponds-nous », lisait-on sur les pancartes;
# or a rallying cry, a slogan, a hashtag: words a crowd takes up, no one's utterance
CARRIER_NOUNS = frozenset(
    """pancarte banderole affiche slogan panneau tract graffiti tag inscription pancartes
    banderoles affiches panneaux tracts inscriptions t-shirt tee-shirt slogans ralliement
    hashtag hashtags""".split()
)

# Verbs that go on with what was being said: « », a poursuivi le maire » is the voice before
CONTINUING_VERBS = frozenset(
    {"poursuivre", "continuer", "conclure", "enchaîner", "ajouter", "compléter"}
)

# « selon X », « d'après X », « pour X, « … » »
ATTRIBUTION_WORDS = frozenset({"selon", "d'après", "d’après"})

# A description whose head is one of these speaks for an organisation.
ORGANISATION_NOUNS = frozenset(
    """préfecture mairie ministère gouvernement syndicat intersyndicale fédération
    confédération association collectif direction entreprise société groupe parquet
    police gendarmerie tribunal cour conseil commission agence autorité office institut
    parti opposition majorité municipalité département région hôpital clinique école
    université club équipe compagnie banque fondation organisation ong administration
    ambassade chancellerie élysée matignon présidence rectorat académie cabinet
    établissement service services comité union chambre bureau observatoire haut-commissariat
    secrétariat sénat assemblée""".split()
)


def _lemmas(block: str) -> frozenset[str]:
    words = {w.replace("_", " ") for w in block.split()}
    # spaCy lemmatises « s'est écrié » as écrier, with « se » apart: keep the bare verb too
    bare = {w.split("'", 1)[-1].removeprefix("se ") for w in words}
    return frozenset(words | bare)


REPORTING_VERBS = _lemmas(_SAY)
# the verbs of saying that take « se » (« s'est félicité », « s'exclame »): the bare verb
PRONOMINAL_REPORTING_VERBS = frozenset(
    w.split("'", 1)[-1].removeprefix("se_") for w in _SAY.split() if w.startswith(("s'", "se_"))
)


_ENDINGS = ("aient", "ait", "ent", "ées", "és", "ée", "é", "es", "e", "ons", "ez", "a", "ant",
            "era", "eront", "it", "is", "ie", "ies", "u", "ue")  # fmt: skip


def is_reporting_verb(lemma: str, text: str) -> bool:
    """A reporting verb by its lemma, or by its form when the lemmatiser left it
    inflected (« estime » lemmatised as *estime*)."""
    if lemma in REPORTING_VERBS:
        return True
    word = text.lower().lstrip("-")
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            # « s'inquiète »: the stem's last è is an é in the infinitive (inquiéter)
            stems = (stem, _grave_to_acute(stem))
            if any(root + end in REPORTING_VERBS for root in stems for end in ("er", "ir", "re")):
                return True
    return False


def _grave_to_acute(stem: str) -> str:
    """« inquièt » → « inquiét »: the stem of a present form to that of the infinitive."""
    k = stem.rfind("è")
    return stem[:k] + "é" + stem[k + 1 :] if k >= 0 else stem
