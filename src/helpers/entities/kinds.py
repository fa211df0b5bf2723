"""What kind of thing a name names, read from its own words.

French names of bodies, events and laws describe what they are with common words
(« Office national des forêts », « Agence régionale de santé », « loi Travail »,
« Coupe du monde »): the statistical model, trained on names that look like proper
nouns, often takes them for places. These word lists are general French, never names
of one corpus.
"""

from __future__ import annotations

import re

from helpers.entities.canonical import fold
from helpers.entities.reporting import is_reporting_verb

# A capitalised institution word, then a lowercase word, names a body by what it does
# (« Fédération nationale des chasseurs », « Agence régionale de santé »); followed by a
# capitalised word it may be a brand (« Banque Populaire ») and the model decides.
INSTITUTION_WORDS = {
    "hôpital", "clinique", "préfecture", "tribunal", "cour", "parquet", "ministère",
    "conseil", "service", "compagnie", "brigade", "gendarmerie", "université", "collège",
    "lycée", "école", "fédération", "syndicat", "association", "chambre", "agence", "office",
    "commission", "comité", "confédération", "union", "direction", "institut", "caisse",
    "banque", "groupe", "parti", "autorité", "haute", "haut", "établissement", "régie",
    "mutuelle", "coopérative", "fondation", "alliance", "centrale", "ordre", "inspection",
    "académie", "assemblée", "délégation", "secrétariat", "observatoire", "société",
    "organisation", "mouvement", "collectif", "conservatoire", "laboratoire", "bureau",
    "communauté", "centre", "maison", "front", "rassemblement", "ligue", "cercle", "amicale",
    "coordination", "conférence", "entente", "intersyndicale", "cellule", "police",
    "municipalité", "chancellerie", "présidence",
}  # fmt: skip
# An adjective written with a capital after the institution word, and more words (« Centre
# Hospitalier de Dax »): the body's title-cased name (« Banque Populaire » alone may be a
# brand). Not the shopping or sports centres, places
_TITLE_CASE_ADJECTIVE = re.compile(
    r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:ier|ière|aire|al|ale|aux|ique|el|elle|if|ive|ien|ienne|ional|ionale)$"
)
_PLACE_CENTRES = {"commercial", "commerciale", "culturel", "sportif", "social", "aquatique"}

# Acronyms of kinds of French bodies (a farm partnership, a university hospital, a fire
# service, a care home): a name they open is that body (« GAEC du Moulin », « CHU Sud »).
INSTITUTION_ACRONYMS = {
    "GAEC", "EARL", "SCEA", "SCI", "SARL", "SAS", "SASU", "EURL", "CHU", "CHR", "CHRU",
    "EHPAD", "SDIS", "CCAS", "CIAS", "CAF", "CPAM", "MSA", "ARS", "URSSAF", "IUT", "CFA",
    "CCI", "CMA", "EPCI", "ESAT", "IME", "ONG", "SIVOM", "SIVU", "SMICTOM", "DDT", "DDTM",
    "DREAL", "DRAC", "DDPP", "DGFIP", "CROUS", "INSPE", "GIP", "SEM", "SPL", "CSE", "CE",
}  # fmt: skip

_FIRST_WORD = re.compile(r"^[\w-]+")


def institution_label(name: str) -> str:
    """ORG for a capitalised institution word followed by a lowercase word, or for a
    name opening on the acronym of a kind of body; else ""."""
    words = name.split()
    if not words:
        return ""
    first = _FIRST_WORD.match(words[0])
    acronym = first.group(0) if first else ""
    if acronym.upper() in INSTITUTION_ACRONYMS and (
        acronym.isupper() or len(acronym) >= 4 and acronym[0].isupper()
    ):
        return "ORG"  # « Ehpad » too, not « Ce » or « Sas »
    if (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[0].casefold() in INSTITUTION_WORDS
        and (
            words[1][:1].islower()
            # « Fédération Wallonie-Bruxelles »: the body of two places joined
            or len(words) == 2
            and re.match(r"^[A-ZÀ-Ý][a-zà-ÿ]+-[A-ZÀ-Ý][a-zà-ÿ]+$", words[1]) is not None
            and not words[1].startswith(("Saint-", "Sainte-"))
            or len(words) >= 3
            and _TITLE_CASE_ADJECTIVE.match(words[1])
            and words[1].casefold() not in _PLACE_CENTRES
        )
    ):
        return "ORG"
    return ""


# A company's staff bodies: « la CGT du CSE » is the union's section on the works
# council, and the union is the actor (the council of one company is no company)
STAFF_BODIES = (
    r"(?:CSE|CCE|CE|CHSCT|CSSCT|CTE|[Cc]omité\s+(?:social\s+et\s+économique"
    r"|central\s+d['’]entreprise|d['’]entreprise|d['’]établissement))"
)
_OF_STAFF_BODY = re.compile(rf"\s+(?:du|de\s+la|de\s+l['’])\s*{STAFF_BODIES}$")
_STAFF_BODY = re.compile(rf"^{STAFF_BODIES}$")


def staff_body_cut(name: str) -> int:
    """Where « du CSE », « du comité d’entreprise » starts at the end of a name (« CGT du
    CSE »), or 0: the name before it stands alone."""
    match = _OF_STAFF_BODY.search(name)
    return match.start() if match and match.start() > 0 else 0


def is_staff_body(name: str) -> bool:
    """« CSE », « comité d’entreprise »: a company's staff body, no part of another name."""
    return bool(_STAFF_BODY.match(name))


# The first word of a law, plan, event, competition or award (« loi Travail », « plan
# Vigipirate », « Coupe du monde », « Festival de Cannes »): the name is MISC
EVENT_WORDS = {
    "loi", "lois", "décret", "ordonnance", "plan", "projet", "programme", "réforme",
    "rapport", "pacte", "accord", "accords", "traité", "charte", "coupe", "championnat",
    "championnats", "tournoi", "jeux", "festival", "mondial", "biennale",
    "foire", "fête", "tempête", "ouragan", "cyclone", "opération", "prix", "trophée",
    "marathon", "rallye", "journée", "journées", "semaine", "sommet", "grand prix",
}  # fmt: skip
# A championship division (« Ligue 2 », « Nationale 1 », « Pro D2 »): a competition
_DIVISION = re.compile(r"^(?:Ligue|Division|Nationale?|Pro [A-D]|Top|Élite)\s?\d{1,2}$")
# Events that a common word names alone
_EVENT_NAMES = {"biennale", "mondial", "téléthon", "brexit"}
# A newspaper's own name (« Le Journal de la Haute-Marne », « La Gazette du Val »)
PRESS_WORDS = {
    "journal", "tribune", "gazette", "courrier", "dépêche", "quotidien", "nouvelliste",
    "télégramme", "écho", "échos", "hebdo", "presse",
}  # fmt: skip
_ARTICLE = re.compile(r"^(?:L['’]\s*|(?:Le|La|Les)\s+)")
_AWARD = re.compile(r"\s(?:d['’]or|d['’]argent|de bronze|de cristal)$")  # « Lion d’or »


def event_or_press_label(name: str) -> str:
    """MISC for a name opening on a law, plan, event or award word, ORG for a newspaper's
    name (« Journal de … »), else ""."""
    bare = _ARTICLE.sub("", name)
    words = bare.split()
    if len(words) == 1 and bare.casefold() in _EVENT_NAMES or _DIVISION.match(bare):
        return "MISC"
    if len(words) < 2:
        return ""
    head = words[0].casefold()
    if head in EVENT_WORDS or " ".join(words[:2]).casefold() in EVENT_WORDS or _AWARD.search(bare):
        return "MISC"
    if words[0][:1].isupper() and head in PRESS_WORDS and not re.search(r"\d", bare):
        return "ORG"
    return ""


# A lowercase law, plan or event word straight before a name is part of it: « la loi
# Travail », « le plan Vigipirate », « l’opération Sentinelle », « la tempête Ciara »
_NAMING_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?:loi|plan|opération|rapport|réforme|tempête|ouragan|cyclone|dispositif"
    r"|décret|pacte|affaire|circulaire|programme)\s$"
)


def naming_word_before(text_before: str) -> int:
    """How many characters before a name are its law, plan or event word (0 if none)."""
    match = _NAMING_WORD_BEFORE.search(text_before[-20:])
    return len(text_before[-20:]) - match.start() if match else 0


# Nationality and people words, masculine singular (« le Belge Jean Dupont », « les
# Bretons »): not named entities in these guidelines, and no part of the name after them.
# Left out: those that are also places or newspapers (« Corse », « Parisien »).
_DEMONYM_STEMS = """
américain allemand anglais britannique français italien espagnol portugais belge suisse
néerlandais hollandais luxembourgeois autrichien danois suédois norvégien finlandais
islandais irlandais écossais gallois polonais tchèque slovaque hongrois roumain bulgare
grec turc russe ukrainien biélorusse géorgien arménien azerbaïdjanais serbe croate slovène
bosnien albanais macédonien monténégrin kosovar estonien letton lituanien moldave chypriote
maltais canadien québécois mexicain brésilien argentin chilien colombien péruvien
vénézuélien cubain haïtien bolivien uruguayen équatorien chinois japonais coréen vietnamien
thaïlandais indien pakistanais afghan iranien irakien syrien libanais israélien palestinien
jordanien saoudien qatari émirati yéménite égyptien libyen tunisien algérien marocain
sénégalais malien ivoirien camerounais nigérian nigérien congolais kényan éthiopien
sud-africain rwandais burkinabé guinéen gabonais tchadien soudanais somalien malgache
australien néo-zélandais kurde basque alsacien catalan flamand wallon européen africain
asiatique ouzbek kazakh mongol tibétain taïwanais indonésien philippin malaisien
singapourien birman cambodgien laotien népalais bangladais sri-lankais
breton provençal savoyard auvergnat parisien toulousain nantais niçois lillois
réunionnais martiniquais guadeloupéen guyanais mahorais calédonien tahitien vaudois genevois
valaisan fribourgeois neuchâtelois bruxellois liégeois montréalais
""".split()


def _inflections(stem: str) -> set[str]:
    """Masculine, feminine, singular and plural forms of a demonym."""
    if stem.endswith(("ien", "éen", "on")):
        feminine = stem + "ne"
    elif stem.endswith("ec"):
        feminine = stem + "que"
    elif stem.endswith("c"):
        feminine = stem[:-1] + "que"
    elif stem.endswith("e"):
        feminine = stem
    else:
        feminine = stem + "e"
    plural = stem if stem.endswith("s") else stem + "s"
    return {stem, plural, feminine, feminine + "s"}


DEMONYMS = {form for stem in _DEMONYM_STEMS for form in _inflections(stem)} | {
    "suissesse", "suissesses",
}  # fmt: skip


_BARE_DEMONYMS = {fold(form) for form in DEMONYMS}


def is_demonym(word: str) -> bool:
    """« Suédoise », « Sud-Africains », « Belge »: a people's or a nationality's word,
    with or without its accents (« les Kenyans », « Egyptienne »)."""
    return fold(word) in _BARE_DEMONYMS


_OF = r"(?:de la |de l['’]|du |des |de |d['’])"
_LOWER_WORD = r"[a-zà-ÿœ][a-zà-ÿœ-]{2,}"
_INSTITUTION_TAIL = re.compile(
    rf" {_OF}(?P<w1>{_LOWER_WORD})(?: (?:et|ou) {_OF}?(?P<w2>{_LOWER_WORD}))?"
)

# « de » then an infinitive and the article of its object: no noun of a name
_INFINITIVE_OBJECT = re.compile(
    r" (?:de |d['’])[a-zà-ÿ]+(?:er|ir|re) (?:l['’]|la |le |les |un |une |des |du |son |sa |ses "
    r"|leurs? |ce |cette |ces )"
)


def institution_tail(name: str, after: str, stop_words: set[str]) -> int:
    """How many characters after « Office national » or « Agence régionale » finish the
    body's name (« des forêts », « de santé »), 0 if none: the model often stops
    at the adjective, and the cut name merges with nothing."""
    words = name.split()
    if not words or not words[0][:1].isupper() or words[0].casefold() not in INSTITUTION_WORDS:
        return 0
    if len(words) > 1 and not words[-1][:1].islower():
        return 0
    match = _INSTITUTION_TAIL.match(after)
    if not match or match.group("w1") in stop_words:
        return 0
    if _INFINITIVE_OBJECT.match(after):
        return 0  # « au Conseil général de lever l’interdiction »: a verb and its object
    if match.group("w2") is None or match.group("w2") in stop_words:
        return match.end("w1")
    return match.end()


_SAINT_PLACE = re.compile(
    r"^Saint(?:e)?-[A-ZÀ-Ý][\w’'-]+$"
    # « Val-d’Or », « Bourg-en-Bresse »: one word joined by a lowercase particle
    r"|^[A-ZÀ-Ý][\w’']+-(?:d['’]|(?:de|du|des|en|sur|sous|lès|le|la|les|aux?)-)[A-ZÀ-Ý][\w’'-]*$"
    # « Trois-Rivières », « Deux-Sèvres », « Sept-Îles »: no person's name opens on a number
    r"|^(?:Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix|Cent|Mille)-[A-ZÀ-Ý][\w’'-]+$"
)


def is_saint_place(name: str) -> bool:
    """« Saint-Aubin », « Sainte-Foy »: a hyphenated saint's name is a town or a parish;
    the model, seeing a first name, often takes it for a person. So is one word joined
    by a lowercase particle (« Val-d’Or »): no person's name is spelt so."""
    return bool(_SAINT_PLACE.match(name))


# A place word and « de » before a name the model took for a body or a work: « le
# quartier de la Source », « rue du Moulin »: the name is the place's
_PLACE_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:quartier|rue|avenue|boulevard|place|quai|cité|allée|impasse|chemin|square"
    r"|lieu-dit|hameau|faubourg|lotissement|résidence)\s+(?:de la |de l['’]|du |des |de |d['’])$"
)
# A company word straight before a name (« l’usine Dupont », « le groupe Vallée »), or
# a capital inside a word (« BioNext »): a firm, not a place
_COMPANY_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:usine|groupe|société|entreprise|firme|marque|enseigne|filiale|constructeur"
    r"|chimiste|industriel|distributeur|transporteur|opérateur|chez)\s$"
)
_CAPITAL_INSIDE = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")
# « les marques Louis Vuitton, Dior, Tiffany »: brands, each a firm, even one named after
# a person or a place
_BRAND_LIST_BEFORE = re.compile(
    r"(?<!\w)(?:marques?|enseignes?|griffes?|maisons?)\s+"
    r"(?:[A-ZÀ-Ý][^\s,]*(?:\s+&?\s*[A-ZÀ-Ý][^\s,]*)*\s*,\s*)*$"
)
# A firm's site straight before its name: « la raffinerie Total », « l’usine Renault »
SITE_BEFORE = re.compile(
    r"(?<!\w)(?:usine|raffinerie|site|entrepôt|dépôt|centrale|magasin|aciérie|mine"
    r"|plateforme|agence|succursale|filiale)\s$"
)


def after_company_word(before: str) -> bool:
    """A company or site word stands straight before the name (« la raffinerie Total »):
    the capitalised word after it is the firm's name, even if it is also a word."""
    return bool(_COMPANY_WORD_BEFORE.search(before[-20:]) or SITE_BEFORE.search(before[-20:]))


def after_brand_word(before: str) -> bool:
    """« les marques Louis Vuitton, Dior, »: the name is one of the brands listed."""
    return bool(_BRAND_LIST_BEFORE.search(before[-120:]))


def label_from_context(label: str, name: str, before: str) -> str:
    """The label the words before a name give it, or "" when they say nothing."""
    if label in {"ORG", "MISC"} and _PLACE_WORD_BEFORE.search(before[-40:]):
        return "LOC"
    if name.startswith("#"):
        return ""  # a hashtag's capitals are its words'
    if label in {"LOC", "MISC"} and _COMPANY_WORD_BEFORE.search(before[-20:]):
        return "ORG"
    if label in {"LOC", "MISC", "PER"} and after_brand_word(before):
        return "ORG"
    if label == "LOC" and _CAPITAL_INSIDE.search(name.split()[0]):
        return "ORG"  # a brand's spelling: places have no capital inside a word
    return ""


_OPEN_QUOTE = '«“"'
_CLOSE_QUOTE = {"«": "»", "“": "”", '"': '"'}
_TITLE_SMALL = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "à", "en", "of", "the",
                "a", "an", "and", "in", "on", "to"}  # fmt: skip


def quoted_title(before: str, name: str, after: str) -> tuple[int, int]:
    """(characters before, characters after) the name that complete the short title in
    quotation marks it lies in (« "Les Deux Rives" », « « Vent du Nord » »): a work's
    title, never a phrase (its words are capitalised but for small ones); (-1, -1) if none."""
    left = max(before.rfind(q) for q in _OPEN_QUOTE)
    if left < 0 or len(before) - left > 60:
        return -1, -1
    close = _CLOSE_QUOTE[before[left]]
    right = after.find(close)
    if right < 0 or right > 60:
        return -1, -1
    inner_before, inner_after = before[left + 1 :], after[:right]
    title = (inner_before + name + inner_after).strip(" \u00a0\u202f")
    words = re.findall(r"[\w’'-]+", title)
    if not 1 <= len(words) <= 6 or not title[:1].isupper() or any(q in title for q in '«»“”"'):
        return -1, -1
    if any(not w[:1].isupper() and w.lower() not in _TITLE_SMALL for w in words):
        return -1, -1
    return len(inner_before.lstrip(" \u00a0\u202f")), len(inner_after.rstrip(" \u00a0\u202f"))


# An inverted speech verb before a name: « », abonde Bernard » gives a speaker, a person
_SPEECH_VERB_BEFORE = re.compile(
    r"(?:explique|raconte|abonde|ajoute|confie|souligne|estime|affirme|précise|témoigne"
    r"|poursuit|insiste|assure|reconnaît|regrette|déplore|résume|sourit|lance|dit|répond"
    r"|rappelle|observe|note|indique|admet|avoue|glisse|tranche|commente|conclut"
    r"|s['’](?:interroge|inquiète|exclame|emporte|indigne|étonne|agace|amuse|insurge))"
    r"(?:-t-(?:il|elle))?\s$"
)


# « », s’alarme Sébastien », « ", peste Inès »: any reporting verb inverted after the
# closing mark or the comma of an incise
_INVERTED_VERB = re.compile(r"[»”\",]\s*(?:s['’])?(?P<verb>[a-zà-ÿ]+)(?:-t-(?:il|elle))?\s$")


def after_speech_verb(before: str) -> bool:
    """The name follows an inverted speech verb (« », explique Solène »)."""
    if _SPEECH_VERB_BEFORE.search(before[-20:]):
        return True
    inverted = _INVERTED_VERB.search(before[-30:])
    return bool(inverted) and is_reporting_verb("", inverted["verb"])


# « adjointe en charge du Sport », « délégué à la Culture »: an office's portfolio, a
# capitalised common word, no body
_PORTFOLIO_BEFORE = re.compile(
    r"(?:en charge|chargée?s?|délégués?|déléguée?s?)\s+(?:du |de la |de l['’]|des |aux |à la |au )$"
)


def is_portfolio(before: str, name: str) -> bool:
    """A one-word name after « en charge du », « délégué à la »: a portfolio."""
    return " " not in name and bool(_PORTFOLIO_BEFORE.search(before[-30:]))


_NAME_AFTER_PORTFOLIO = re.compile(r"^\S+ ([A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+){1,2})$")


def portfolio_then_name(before: str, name: str) -> int:
    """« délégué aux Transports Paul Vernier »: where the person's name starts in a span
    that also holds the portfolio before it (0 when it does not)."""
    found = _NAME_AFTER_PORTFOLIO.match(name)
    if found is None or not _PORTFOLIO_BEFORE.search(before[-30:]):
        return 0
    return found.start(1)


# « CD&V », « B&B Hôtels », « N-VA », « Open-VLD », « FDSEA Gard »: an ampersand between
# words, or an acronym joined to another word, is how parties, firms and unions are
# spelt; no place and no work is
_AMPERSAND = re.compile(r"\w\s?&\s?\w")
_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")


# Places French news names by an acronym; any other acronym of three letters or more
# names a body (« le PDC », « la CNSA »): the model, seeing capitals, often says place
PLACE_ACRONYMS = {
    "RDC", "USA", "RCA", "EAU", "UAE", "PACA", "IDF", "ZAD", "ZAC", "ZUP", "HLM", "QPV",
    "DOM", "TOM", "DROM", "COM", "URSS", "RFA", "RDA", "ZEE",
}  # fmt: skip
_BODY_ACRONYM = re.compile(r"^[A-Z]{3,5}$")


def is_body_acronym(name: str, capitalised_words: set[str]) -> bool:
    """An acronym naming a body, not a place: not one of the place acronyms, and not a
    place's name printed in capitals (« GARD » where the article writes « Gard »)."""
    return (
        bool(_BODY_ACRONYM.match(name))
        and name not in PLACE_ACRONYMS
        and name.capitalize() not in capitalised_words
    )


def has_organisation_shape(name: str) -> bool:
    """The name is spelt like an organisation's: an ampersand, or an acronym and more."""
    if _AMPERSAND.search(name):
        return True
    parts = [p for p in re.split(r"[\s-]+", name) if p]
    return len(parts) >= 2 and any(_ACRONYM_WORD.fullmatch(p) for p in parts)


# The calendar's named feasts are events, never places: « le pont de l’Ascension » is the
# long weekend, « à la Toussaint » a date
HOLIDAYS = {
    "noël", "pâques", "ascension", "pentecôte", "toussaint", "assomption", "épiphanie",
    "chandeleur", "armistice", "saint-sylvestre", "réveillon", "mardi gras", "carnaval",
}  # fmt: skip


def is_holiday(name: str) -> bool:
    """« Ascension », « Pâques »: a named feast of the calendar."""
    return name.casefold() in HOLIDAYS


# French demonyms are a place's name and a suffix (« Sierre » → « Sierrois », « Valais » →
# « Valaisanne », « Paris » → « Parisienne »)
_DEMONYM_SUFFIX = re.compile(
    r"(?:ois|oise|oises|ais|aise|aises|ain|aine|ains|aines|ien|ienne|iens|iennes|éen|éenne"
    r"|éens|éennes|an|ane|anne|ans|anes|annes|in|ine|ins|ines|ard|arde|ards|ardes"
    r"|ïte|ïtes|ite|ites)$"  # « Tokyoïtes » beside « Tokyo »
)


def is_demonym_of(word: str, places: set[str]) -> bool:
    """« Sierrois » beside « Sierre »: a word made of the name of a place of the same
    text and a demonym's suffix names that place's people, not a place."""
    if " " in word or not word[:1].isupper():
        return False
    folded = word.casefold()
    for match in _DEMONYM_SUFFIX.finditer(folded):
        stem = folded[: match.start()]
        # a place named alone or at the end of a longer name (« l'immeuble de Tokyo »)
        names = {n.casefold() for p in places for n in (p, p.split()[-1])} - {folded}
        if len(stem) >= 4 and any(_stem_of(stem, name) for name in names):
            return True
    return False


# « des Lorrains », « un Nantais », « les Valaisannes »: a word with a people's suffix
# after an indefinite or plural determiner names people (places rarely take « un » or
# « des »; « le Bordelais », a region, and « les Philippines » are left alone)
_PEOPLE_SUFFIX = re.compile(
    r"(?:ois|oises?|ais|aises?|ains?|aines?|iens?|iennes?|éens?|éennes?|ans|anes|annes"
    r"|ards|ardes)$"
)
# « le Djiboutien », « la Gabonaise » are people; « -ien » and « -éen » after four letters
# at least end no place's name (« la Vienne » is left alone), where « -ois » and « -ais »
# end many regions (« le Vermandois », « le Valais »)
_PERSON_OF_PLACE = re.compile(r"\w{4,}(?:iens?|iennes?|éens?|éennes?)$")
_DEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?:le|la|l['’])\s?$", re.I)
_PEOPLE_DETERMINER = re.compile(
    r"(?<![\w’'-])(?:un|une|des|les|aux|ces|nos|vos|leurs|quelques|plusieurs|deux|trois"
    r"|\d+"  # « autant de X que de Y », « des milliers de Z »: a quantity of people
    r"|(?:autant|beaucoup|peu|plus|moins|trop|que|milliers|millions|centaines|dizaines)\s+de)\s$",
    re.I,
)


def is_people_after_determiner(word: str, before: str) -> bool:
    """A capitalised word of one piece with a demonym's ending, after « un », « des »,
    « les »…: the people of a place, not the place (« des Montpelliérains »)."""
    if not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*", word):
        return False
    if _DEFINITE_BEFORE.search(before[-20:]) and _PERSON_OF_PLACE.search(word):
        return True  # « le Djiboutien », « la Tunisienne »: one person from there
    if not _PEOPLE_SUFFIX.search(word) or not _PEOPLE_DETERMINER.search(before[-20:]):
        return False
    # a singular (« Lorraine », « Nantaise ») only after « un », « une »: « les Lorraine »
    # is no people
    return word.endswith("s") or bool(re.search(r"(?<!\w)une?\s$", before[-20:], re.I))


def _stem_of(stem: str, place: str) -> bool:
    """The stem is the place's name, less its last letters or with one doubled
    (« sierr » of « sierre », « lavall » of « laval »)."""
    return place.startswith(stem) or len(place) >= 4 and stem in (place, place + place[-1])


# « son mari Nicolas », « sa fille Inès »: a relative named after the kinship word
_KIN_BEFORE = re.compile(
    r"(?<!\w)(?:son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|votre)\s+(?:grand-|petit-|petite-"
    r"|beau-|belle-|demi-)?(?:mari|époux|épouse|femme|compagnon|compagne|conjointe?|fils|fille"
    r"|frère|sœur|père|mère|oncle|tante|neveu|nièce|cousine?|enfant|bébé)s?\s$"
)
# « Manon (prénom modifié) », « Karim (le prénom a été changé) »: a person given a pseudonym
_PSEUDONYM_AFTER = re.compile(
    r"^\s*\((?:le |son )?(?:prénom|nom)(?: a été)? (?:modifié|changé|d['’]emprunt)", re.I
)


def is_named_relative(before: str, after: str) -> bool:
    """A relative named after the kinship word, or a name the article says it changed:
    only a person's."""
    return bool(_KIN_BEFORE.search(before[-30:]) or _PSEUDONYM_AFTER.match(after))
