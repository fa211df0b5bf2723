"""Rules that put one actor's different names under one key, each with its reason.

Written here rather than taken from a library because each is a few lines of French
news convention (honorifics, titles, company suffixes); the two that need an algorithm
use a maintained one (rapidfuzz's edit distance for spelling variants) or a published one
(Schwartz & Hearst 2003 for acronyms defined in parentheses).

- :func:`strip_title`: « M. Salomé » → « Salomé », « Premier ministre Jean Castex » →
  « Jean Castex »; a span that is only a title (« ministre de la Santé ») is no name.
- :func:`without_company_suffix`: « Danone SA », « Alibaba Group » → « Danone », « Alibaba ».
- :func:`parenthesised_acronyms`: « Office national des forêts (ONF) » defines ONF; so
  does a lowercase long form whose initials spell the acronym, with a département's
  number after it (« service départemental d’incendie et de secours du Gard (Sdis 30) »).
- :func:`spelling_variants`: « Fédération nationale des pêcheur » ~ « … des pêcheurs »:
  one word apart by a letter or two (rapidfuzz's Levenshtein distance), compared only
  within a blocking key (a rare word both share), so the cost grows with the number of
  names, not with its square.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from rapidfuzz.distance import Levenshtein

from helpers.entities.antecedents import names_people

# « Monsieur le maire »: an honorific written out is a form of address, no name
_HONORIFIC_WORD = (
    r"(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|Excellences?|Honorables?|Maître)"
)
_HONORIFIC = (
    rf"(?:M\.|MM\.|Mme|Mmes|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Me|Mgr|Sir|{_HONORIFIC_WORD})"
)
_OF = r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)"
_TITLE = (
    r"(?:(?:l['’]\s*)?(?:ancien(?:ne)?|ex-?|futur(?:e)?|nouveau|nouvelle)\s+)?"
    r"(?:premier\s+ministre|première\s+ministre|président(?:e)?|vice-président(?:e)?"
    r"|ministre|secrétaire\s+d['’]\s*(?:é|e)tat|secrétaire\s+général(?:e)?|maire|adjoint(?:e)?"
    r"|député(?:e)?|sénat(?:eur|rice)|préfet|préfète|procureur(?:e)?|juge|commissaire"
    r"|haute?-commissaire|bâtonni(?:er|ère)|gouverneur(?:e)?"
    r"|général|colonel|capitaine|commandant|lieutenant|porte-parole|chancelier|chancelière"
    r"|roi|reine|pape|prince|princesse|directeur|directrice|patron(?:ne)?|PDG|président-directeur"
    r"\s+général|P-DG|DG|chef|magistrat|éditeur|éditrice|rédacteur|rédactrice)s?"
)
# lowercase words after a title word: « directeur technique national », « éditrice junior »
_TITLE_ADJECTIVES = r"(?:\s+(?-i:[a-zà-ÿ][a-zà-ÿ-]+)){0,2}"
# a title's complement: « de la République », « de l’Intérieur », « des Transports »
_COMPLEMENT = rf"(?:\s+{_OF}\S+(?:\s+et\s+{_OF}?\S+)?)?"
_TITLE_ONLY = re.compile(
    rf"^(?:{_HONORIFIC_WORD}\s+)*(?:{_TITLE}{_TITLE_ADJECTIVES}{_COMPLEMENT}|(?-i:{_HONORIFIC}))$",
    re.I,
)
# the head of a firm or body, then its name: « P-DG de Terreal », « directrice générale
# de l’ARS »; the office is no name, the body it heads is one
_OFFICE_OF_BODY = re.compile(
    r"^(?i:directeur|directrice|DG|PDG|P-DG|président-directeur\s+général|patron(?:ne)?"
    r"|fondat(?:eur|rice)|secrétaire\s+général(?:e)?|porte-parole)"
    rf"{_TITLE_ADJECTIVES}\s+(?i:{_OF})(?P<name>[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*)$"
)
_NAME_START = r"(?=[A-ZÀ-Ý][\w’'-]*(?:\s|$))"
_TITLE_PREFIX = re.compile(
    rf"^(?:{_HONORIFIC}|{_TITLE}(?:{_COMPLEMENT}\s*,?)?)\s+{_NAME_START}", re.I
)
# « M.Temmar »: the abbreviated honorific glued to the name, frequent in the Maghreb's press
_HONORIFIC_PREFIX = re.compile(
    rf"^(?:{_HONORIFIC}\s+{_NAME_START}|(?:M|MM|Mr|Dr|Pr)\.(?=[A-ZÀ-Ý][a-zà-ÿ]))"
)

_COMPANY_SUFFIX = re.compile(
    r"[\s,]+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|plc|PLC|LLC|GmbH"
    r"|AG|SA|S\.A\.|SAS|SARL|SE|NV|N\.V\.|BV|SpA|S\.p\.A\.|Group|Groupe|Holding|Holdings)$"
)


# « Coach Kaba Diawara », « Imam Ali Sow »: sport's, churches' and universities' titles,
# cut only before a full name (alone, « Pasteur » is a surname, a school, an institute)
_PERSONAL_TITLE_PREFIX = re.compile(
    r"^(?:coach|entraîneur|entraîneuse|sélectionneur|sélectionneuse|docteure?|professeure?"
    r"|abbé|imam|pasteur|cardinal|évêque|archevêque)\s+"
    r"(?=(?-i:[A-ZÀ-Ý][\w’'-]+(?:\s[A-ZÀ-Ý][\w’'-]+){1,3})$)",
    re.I,
)


def has_personal_title(text: str) -> bool:
    """« Coach Kaba Diawara »: a title only persons bear, then a full name."""
    return _PERSONAL_TITLE_PREFIX.match(text) is not None


def strip_title(text: str) -> tuple[str, int] | None:
    """The name without its leading honorific or title and how many characters were cut;
    ``("", len)`` for a span that is only a title; None when there is nothing to cut."""
    if _TITLE_ONLY.match(text):
        return "", len(text)
    match = (
        _HONORIFIC_PREFIX.match(text)
        or _TITLE_PREFIX.match(text)
        or _PERSONAL_TITLE_PREFIX.match(text)
    )
    if not match:
        return None
    return text[match.end() :], match.end()


def is_title_only(text: str) -> bool:
    """« président de la République », « Secrétaire général », « Mme »: a title or an
    honorific and nothing after it, no name."""
    return strip_title(text) == ("", len(text))


def office_body(text: str) -> int:
    """Where the body's name starts in « directeur général de l’ARMP » (0 if the span
    does not read so)."""
    match = _OFFICE_OF_BODY.match(text)
    return match.start("name") if match else 0


_FIRM_HEAD = re.compile(r"^(?i:PDG|P-DG|DG|président-directeur\s+général|patron|patronne|fondat)")


def is_firm_head(text: str) -> bool:
    """« PDG de … », « fondatrice de … »: the office of a firm's head."""
    return bool(_FIRM_HEAD.match(text))


def without_company_suffix(name: str) -> str:
    """« Danone SA » → « Danone »; a name that is only a suffix stays as it is."""
    stripped = _COMPANY_SUFFIX.sub("", name)
    return stripped if len(stripped) >= 2 else name


# « (ONF) », « (Sdis 90) »: an acronym, with the number of a département after it
# « (EDL) », « (Sdis 90) », and an agency's « (Ani, officielle) » with its descriptor
_PAREN_ACRONYM = re.compile(
    r"\(\s*([A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&-]{1,11}(?:\s\d{1,3})?)\s*(?:,\s*[^(),]{1,30})?\)"
)
_SMALL_WORDS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "à", "au", "aux", "en",
                "pour", "sur"}  # fmt: skip


def _spelled_by_initials(long_form: str, letters: str) -> bool:
    """The acronym's letters are the initials of the long form's first content words
    (« centre d’accueil provisoire » → CAP, « service départemental d’incendie et de
    secours du Territoire de Belfort » → SDIS)."""
    words = [w for w in re.split(r"[\s’'-]+", long_form) if w and w.lower() not in _SMALL_WORDS]
    return _bare("".join(w[0] for w in words[: len(letters)])) == _bare(letters)


def _bare(text: str) -> str:
    """Lowercase, without accents: « É » spells the E of « EDL »."""
    return "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c)
    )


def _long_form(words: list[str], acronym: str) -> int | None:
    """Schwartz & Hearst (2003): the shortest run of trailing ``words`` whose letters
    spell ``acronym`` from its end, its first letter opening the first word; the index
    of that first word, or None."""
    letters = [c for c in _bare(acronym) if c.isalnum()]
    text = _bare(" ".join(words))  # « É » opens the E of « EDL »
    s, l_ = len(letters) - 1, len(text) - 1
    while s >= 0:
        c = letters[s]
        while l_ >= 0 and (text[l_].lower() != c or (s == 0 and l_ > 0 and text[l_ - 1].isalnum())):
            l_ -= 1
        if l_ < 0:
            return None
        l_ -= 1
        s -= 1
    return len(text[: l_ + 2].split(" ")) - 1


def _window(words: list[str], content_words: int) -> list[str]:
    """The trailing words holding that many content words: « de », « la », « et » do not
    count, so « Fédération des ouvriers et ouvrières du Var (FOOV) » fits whole."""
    seen = 0
    for k in range(len(words) - 1, -1, -1):
        seen += bool(words[k]) and re.sub(r"^[LlDd]['’]", "", words[k]).lower() not in _SMALL_WORDS
        if seen > content_words:
            return words[k + 1 :]
    return words


def parenthesised_acronyms(sentence: str) -> list[tuple[str, int, int, str]]:
    """(acronym, start, end, long form) for each « long form (ACRONYM) » of a sentence;
    start and end are the long form's offsets in the sentence."""
    found = []
    for match in _PAREN_ACRONYM.finditer(sentence):
        acronym = match.group(1)
        letters = acronym.split()[0]  # « Sdis 90 »: the number is no initial
        before = sentence[: match.start()].rstrip()
        words = before.split(" ")
        # the number stands for the territory that ends the long form: room for its words
        extra = 5 if letters != acronym else 0
        window = _window(words, min(len(letters) + 5, len(letters) * 2) + extra)
        first = _long_form(window, letters)
        if first is None:
            continue
        long_words = window[first:]
        while long_words and long_words[0].lower() in {"le", "la", "les", "l'", "l’", "du", "de"}:
            long_words = long_words[1:]
        long_form = re.sub(r"^[LlDd]['’]", "", " ".join(long_words)).strip(' ,;:«»"')
        if len(long_form) <= len(acronym):
            continue
        # « (Paris) », « en grève (Grève) » are no acronyms: two capitals, or the initials
        # of the long form, say it is one; a lowercase long form needs its initials
        spelled = _spelled_by_initials(long_form, letters)
        if sum(c.isupper() for c in letters) < 2 and not spelled:
            continue
        if not long_form[:1].isupper() and not spelled:
            continue
        start = before.rfind(long_form)
        found.append((acronym, start, start + len(long_form), long_form))
    return found


def fold(text: str) -> str:
    """Casefolded and without accents: « Kényans » and « Kenyans » compare equal."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_LEADING_ARTICLE = re.compile(r"^(?:[LlDd]['’]\s*|(?:Le|La|Les|le|la|les)\s+)")


def without_article(name: str) -> str:
    """« L’Auberge des migrants » → « Auberge des migrants », « Les Verts » → « Verts »."""
    return _LEADING_ARTICLE.sub("", name)


def _words(name: str) -> list[str]:
    """Folded words, without a leading article (« L’Auberge » ~ « Auberge »)."""
    return re.findall(r"\w+", without_article(fold(name)))


def _is_variant(a: list[str], b: list[str], max_edits: int) -> bool:
    """Same words but for one, and that one within ``max_edits`` edits of the other.

    Judged on the differing word, not on the whole name: « conseil départemental du
    Gard » and « … du Var » are 95 % alike as strings, and two bodies."""
    if len(a) != len(b):
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if not differing:
        return True
    if len(differing) > 1:
        return False
    x, y = differing[0]
    return min(len(x), len(y)) >= 5 and Levenshtein.distance(x, y) <= max_edits


def spelling_variants(names: dict[str, int], max_edits: int, min_chars: int = 10) -> dict[str, str]:
    """Variant → the name it is a spelling of, for names of ``min_chars`` or more.

    ``names`` counts mentions per name; of two variants the more mentioned (then the
    longer, then the first in code-point order) is kept. Two names are compared only if
    they share a blocking key: one of the two rarest of their words of five letters or
    more, folded, so that a word every name has (« national ») makes no big block.
    """
    long_names = sorted(n for n in names if len(n) >= min_chars)
    words = {n: _words(n) for n in long_names}
    frequency = Counter(w for ws in words.values() for w in set(ws) if len(w) >= 5)
    blocks: dict[str, list[str]] = defaultdict(list)
    for name in long_names:  # its two rarest words: a misspelt one leaves the other
        keys = sorted({w for w in words[name] if len(w) >= 5}, key=lambda w: (frequency[w], w))
        for word in keys[:2]:
            blocks[word].append(name)
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while name in parent:
            name = parent[name]
        return name

    rank = {n: (-names[n], -len(n), n) for n in long_names}
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                ra, rb = root(a), root(b)
                if ra != rb and _is_variant(words[a], words[b], max_edits):
                    keep, drop = sorted((ra, rb), key=rank.get)
                    parent[drop] = keep
    return {name: root(name) for name in parent}


# The first word of a French name often says what kind of thing it names
# (« hôpital Beaujon », « préfecture de la Somme », « forêt de Fontainebleau »): the
# label follows that word rather than the model's vote. Roads (« RN79 », « A7 ») are places.
_ORG_HEADS = {
    "hôpital", "clinique", "préfecture", "sous-préfecture", "tribunal", "cour", "parquet",
    "ministère", "conseil", "service", "compagnie", "brigade", "gendarmerie",
    "université", "collège", "lycée", "école", "fédération", "syndicat", "association",
    "chambre", "agence", "office", "commission", "comité", "confédération", "union",
    "direction", "institut", "centre hospitalier", "caisse", "banque", "groupe", "parti",
    "zoo", "police",
}  # fmt: skip
# Statues, monuments and buildings named after what they show or honour are places
# (« statue de la Liberté », « édifice Jean-Talon »), not the thing or the person
MONUMENT_WORDS = {
    "statue", "monument", "édifice", "mémorial", "fontaine", "colonne", "obélisque",
    "esplanade", "parvis", "square", "jardin", "cimetière", "stade", "salle", "pavillon",
    "bâtiment", "immeuble", "phare", "beffroi", "halle", "halles",
}  # fmt: skip
_MONUMENT_BEFORE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted(MONUMENT_WORDS))
    + r")\s+(?P<of>(?:de la\s|de l['’]|des\s|du\s|de\s|d['’]))?$"
)


def monument_before(text_before: str, hyphenated_only: bool) -> int:
    """How many characters before a name say it is a monument or building (« statue de
    la », « édifice »), 0 if none. A person's name counts only joined by hyphens and
    straight after the word (« édifice Jean-Talon »): « statue de Victor Hugo » shows him."""
    match = _MONUMENT_BEFORE.search(text_before[-40:])
    if not match or hyphenated_only and match.group("of"):
        return 0
    return len(text_before[-40:]) - match.start()


# Street and market words straight before a name (« avenue Blaise Diagne », « marché
# Sandaga », « rond-point Sandaga »): the word is part of the place's name, even when the
# name after it is a person's (the street honours the person, it is not the person)
STREET_WORDS = {
    "rue", "avenue", "boulevard", "place", "quai", "allée", "impasse", "ruelle", "venelle",
    "rond-point", "marché",
}  # fmt: skip
_STREET_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(STREET_WORDS, key=len, reverse=True)) + r")\s+$"
)


# A school, hospital or venue word straight before a name (« collège Albert Thierry »,
# « hôpital Georges-Pompidou », « stade Charles Ehrmann »): the word is part of the name of
# the place or body, which honours the person, and says which of the two it is
NAMED_AFTER_WORDS = {
    "collège": "ORG", "lycée": "ORG", "école": "ORG", "hôpital": "ORG", "clinique": "ORG",
    "institut": "ORG", "fondation": "ORG", "stade": "LOC", "gymnase": "LOC", "salle": "LOC",
    "médiathèque": "LOC", "bibliothèque": "LOC", "aéroport": "LOC", "pont": "LOC",
    "restaurant": "LOC", "hôtel": "LOC", "commission": "ORG",
}  # fmt: skip
_NAMED_AFTER_ALTERNATION = "|".join(sorted(NAMED_AFTER_WORDS, key=len, reverse=True))
_NAMED_AFTER_BEFORE = re.compile(rf"(?<![\w-])(?P<word>{_NAMED_AFTER_ALTERNATION})\s+$")


def named_after_word_before(text_before: str) -> tuple[int, str]:
    """How many characters before a name are its school, hospital or venue word, and the
    label that word gives; (0, "") if none."""
    match = _NAMED_AFTER_BEFORE.search(text_before[-20:])
    if not match:
        return 0, ""
    return len(text_before[-20:]) - match.start(), NAMED_AFTER_WORDS[match.group("word")]


_DISTRICT_BEFORE = re.compile(r"(?<![\w-])(?:quartier|cité)\s+$")


def district_word_before(text_before: str) -> bool:
    """« le quartier Félix Pyat », « la cité Le Corbusier »: the name after a district
    word is the district's (a place), though it honours a person; the word stays out of
    the name, as « quartier » does before « de »."""
    return bool(_DISTRICT_BEFORE.search(text_before[-20:]))


def street_word_before(text_before: str) -> int:
    """How many characters before a name are its street or market word (« avenue »), 0 if
    none: only the word straight before the name, without « de » (designator_before
    takes « rue de la »)."""
    match = _STREET_BEFORE.search(text_before[-20:])
    return len(text_before[-20:]) - match.start() if match else 0


_LOC_HEADS = {
    "forêt", "bois", "port", "zone", "rue", "avenue", "boulevard", "place", "quai",
    "rond-point", "carrefour", "échangeur", "allée", "impasse",
    "gare", "lac", "mont", "massif", "vallée", "col", "pont", "quartier", "cité", "île",
    "palais", "prison",
    "plage", "baie", "golfe", "rivière", "fleuve", "canal", "camp", "route", "autoroute",
    "ligne", "jungle", "lande", "parc", *MONUMENT_WORDS,
    # the land's features: « colline des Planches », « glacier du Rhône »
    "colline", "montagne", "glacier", "torrent", "ruisseau", "grotte", "falaise", "pic",
    "cirque", "plaine", "dune", "étang", "marais", "cascade", "gouffre", "presqu'île",
    "presqu’île", "péninsule", "désert", "volcan", "lagune", "crête", "ravin", "combe",
}  # fmt: skip
_DESIGNATORS = _ORG_HEADS | _LOC_HEADS
# two-word heads whose first word alone is too vague (« le centre de Lyon » is its middle)
_PLACE_HEADS = {"centre culturel", "centre sportif", "centre social", "centre aquatique",
                "centre commercial"}  # fmt: skip
# « le quartier de Belleville »: the district's name is the one after « de », the word
# only says what it is (« quartier Nord » stays whole)
_DISTRICT_WORDS = {"quartier", "quartiers"}
_HEADS = (_DESIGNATORS | _PLACE_HEADS) - _DISTRICT_WORDS
# « A62 », « RN 7 », « Nationale 15 », « Départementale n° 906 »: a road by its number
_ROAD = re.compile(
    r"^(?:(?:A|N|D|M|E|RN|RD|RM)\s?|(?:Route\s+)?(?:[Nn]ationale|[Dd]épartementale)\s+"
    r"(?:No\.?\s*|n°\s*)?)\d{1,4}$"
)

_HEAD_OF_RULE = {"gouvernement", "administration", "régime"}


def designated_label(name: str) -> str:
    """ORG or LOC when the name's first word or its form says so, else ""."""
    if _ROAD.match(name):
        return "LOC"
    words = name.split()
    if len(words) >= 2 and words[0].casefold() in _HEAD_OF_RULE:
        return "ORG"  # « Gouvernement Martin », « Gouvernement wallon »: a body
    if len(words) < 2 or not words[0][:1].islower():
        return ""  # « Banque Populaire », « Parc des Princes »: a proper name's own words
    head = words[0].casefold()
    if head in _ORG_HEADS or " ".join(words[:2]).casefold() in _ORG_HEADS:
        return "ORG"
    return "LOC" if head in _LOC_HEADS else ""


_DESIGNATOR_BEFORE = re.compile(
    r"(?P<head>[a-zé][a-zéèêàâîôûç-]+)(?:\s+(?P<adj>industrielle|commerciale?|hospitalier"
    r"|universitaire|départementale?|régionale?|administratif|correctionnel|judiciaire"
    r"|culturel|sportif|social|aquatique|municipale?|nationale|cantonale|primaire"
    r"|maternelle|élémentaire|secondaire))?"
    r"(?:\s+de\s+gendarmerie|\s+d['’](?:assises|appel)|\s+de\s+justice)?"
    r"\s+(?:de la\s|de l['’]|des\s|du\s|de\s|d['’])$"
)


# « une prison du », « sa prison du »: one of several, or someone's, no name follows
_NO_NAME_DETERMINER = re.compile(
    r"(?<![\w’'])(?:un|une|des|plusieurs|deux|trois|sa|son|ses|leurs?|notre|nos|votre|vos)\s$",
    re.I,
)
_ORDINAL_BEFORE = re.compile(r"(?<!\w)(?:premi[eè]re?|seconde?|\w+i[eè]me)\s$", re.I)

_MEASURE_BEFORE = re.compile(r"(?<!\w)(?:heures?|minutes?|km|kilomètres?|jours?|mètres?) de\s$")

_WAY_BEFORE = re.compile(r"(?<!\w)(?:en|sous la)\s$")
_TOWN_OF = re.compile(r"(?<!\w)(?:de\s|d['’])$")


def designator_before(text_before: str) -> int:
    """How many characters before a place name belong to its name: « hôpital de »,
    « compagnie de gendarmerie du », « zone industrielle des » (0 if none). « la mairie
    de », « le département du » stay out: generic nouns, as « la mairie » alone."""
    window = text_before[-60:]
    for word in re.finditer(r"(?<!\w)\w", window):  # the longest designation first
        match = _DESIGNATOR_BEFORE.match(window, word.start())
        head = match and match.group("head")
        if match and match.group("adj") and f"{head} {match.group('adj')}" in _PLACE_HEADS:
            head = f"{head} {match.group('adj')}"  # « centre culturel de »: « centre » is vague
        if match and match.end() == len(window) and head in _HEADS:
            if _ORDINAL_BEFORE.search(window[: match.start()]):
                return 0  # « troisième ligne de », « premier rang du »: a rank, no place
            if _NO_NAME_DETERMINER.search(window[: match.start()]):
                return 0  # « une prison du Grand Nord », « sa prison du Grand Nord »
            if head == "zone" and not match.group("adj"):
                return 0  # « la zone de Fukushima »: the area around a town, no name
            if _MEASURE_BEFORE.search(window[: match.start()]):
                return 0  # « à deux heures de route de »: a distance, no road
            if head == "direction" and _WAY_BEFORE.search(window[: match.start()]):
                return 0  # « en direction de », « sous la direction de »: a way, a lead
            if head == "police" and not _TOWN_OF.search(window):
                return 0  # « police de l’État de Floride »: a town's police takes « de »
            return len(window) - match.start()
    return 0


# Words that open a name of their own kind before « de » (« loi de Programmation »,
# « festival de Cannes », « cathédrale de Chartres », « musée du Louvre »), beside the
# designating words above: a span they open is not cut to the name after « de ».
_NAME_HEADS = (_DESIGNATORS - _DISTRICT_WORDS) | {
    "loi", "projet", "plan", "rapport", "tempête", "ouragan", "cyclone", "affaire", "procès",
    "festival", "fête", "salon", "foire", "tour", "coupe", "prix", "jeux", "championnat",
    "tournoi", "traité", "accord", "pacte", "sommet", "opération", "guerre", "bataille",
    "journée", "semaine", "nuit", "cathédrale", "église", "basilique", "abbaye", "château",
    "musée", "palais", "stade", "salle", "théâtre", "opéra", "hôtel", "station", "aéroport",
    "prison", "commissariat", "caserne", "usine", "centrale", "barrage", "tunnel", "mer",
    "océan", "côte", "plateau", "marais", "étang", "cap", "archipel", "gorges", "val",
    "académie", "diocèse", "rectorat", "assemblée", "maison", "club", "société", "fondation",
    "mutuelle", "coopérative", "observatoire", "conservatoire", "laboratoire", "territoire",
    "gouvernement", "ministre", "cour", "banque", "crédit", "caisse", "mouvement", "front",
    "rassemblement", "parti", "ligue", "armée", "régiment", "bataillon", "escadron",
    "district", "comté", "province", "état",  # « comté de Los Angeles » is not the city
}  # fmt: skip
_COMMON_HEAD = re.compile(
    r"^(?P<head>[\w-]+)\s+(?:de la\s|de l['’]|des\s|du\s|de\s|d['’])(?P<name>[A-ZÀ-Ý].*)$"
)


# « défenseur international des Lions »: a noun of people, its adjectives, then « de »
_PERSON_HEAD = re.compile(
    r"^(?P<head>[a-zà-ÿ][\w-]*)(?:\s+[a-zà-ÿ][\w-]*){1,2}?"
    r"\s+(?:de la\s|de l['’]|des\s|du\s|de\s|d['’])(?P<name>[A-ZÀ-Ý].*)$"
)


def common_head(text: str) -> int:
    """Where the name starts in « saga de l’Hôtel-Dieu », « département du Gard »,
    « Habitante de Craon », « défenseur international des Lions »: a common noun that
    opens no name of its own kind (with its adjectives when it names people), then « de »
    and a capitalised name (0 when the span does not read so)."""
    match = _COMMON_HEAD.match(text)
    if match and match.group("head").casefold() not in _NAME_HEADS:
        return match.start("name")
    match = _PERSON_HEAD.match(text)
    if match and names_people(match.group("head")) and match.group("head") not in _NAME_HEADS:
        return match.start("name")
    return 0
