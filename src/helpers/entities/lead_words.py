"""Words just before a span that say it is no name, or that cut it.

The model reads a span alone; the words before it often settle what it is: an amount
before a currency's code (« 25 milliards de FCFA »), a minister or « celui de » standing
for a ministry before its field (« le ministère de l’Intérieur et celui des Finances »), an
office before « République » (« le procureur de la République française »), a rider's
country code before his team in a results line (« (FRA - Équipe Exemple) »).
"""

from __future__ import annotations

import dataclasses
import re

from helpers.entities.antecedents import names_people
from helpers.entities.kinds import is_demonym

# « 25 milliards de FCFA », « 3,5 millions d’USD », « 509 milliards FCFA »
_AMOUNT_BEFORE = re.compile(
    r"\d(?:[\d\s.,]*\d)?\s*(?:(?:millions?|milliards?)\s+(?:de\s+|d['’]\s*)?)?$",
    re.I,
)
_CURRENCY_SHAPE = re.compile(r"^[A-Z]{2}[A-Za-z]{0,3}$")  # FCFA, FCfa, USD, CHF
# « le ministère des Finances et celui de l’Énergie »: « celui » stands for the ministry
_MINISTRY_PRONOUN = re.compile(r"\bcelui (?:de la |de l['’]\s?|des |du |de |d['’]\s?)$")
_OF = r"(?:de la |de l['’]\s?|des |du |de |d['’]\s?)"
# « le ministre de la Mer Jean Roux »: a minister's field, the office's word, no body (the
# prime minister's « du » is a country's)
_MINISTER_OF = re.compile(
    rf"(?<!conseil des )(?<!premier )(?<!première )\bministres?(?: délégué| déléguée)? {_OF}$", re.I
)
# « ministère de l’Intérieur, des Cultes et de la Mer »: the fields listed after the first
_FIELD_LIST = re.compile(rf"\bminist(?:re|ère)s? {_OF}[^.;:!?«»()]{{1,60}}?(?:,| et) {_OF}$", re.I)
# « le procureur de la République », « … de la République française »: an office's title
_OFFICE_OF_THE = re.compile(
    r"\b(?:président|présidente|procureure?|haute?-commissaire|médiat(?:eur|rice))\s+de\s+la\s$",
    re.I,
)
_REPUBLIC_OF_A_COUNTRY = re.compile(r"^République (?:du |de |des |d['’])?[A-ZÀ-Ý]")
# « (FRA - Équipe) », « (SLK – Équipe) »: a country code, a dash, a team
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}\s[-–]\s(?=[A-ZÀ-Ý0-9])")

# a noun naming people set beside a one-word name with commas: « Un témoin, Fabrice, dit »,
# « Léa et Maud, aides-soignantes, », « Paul, un voisin, » (« de Lyon, les voisins … » opens
# a clause)
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?P<noun>[a-zà-ÿ-]{3,}),\s$")
_NOUN_AFTER = re.compile(
    r"^(?:\s+et\s+[A-ZÀ-Ý][\w’'-]+)?,\s+(?P<article>une?\s+)?(?P<noun>[a-zà-ÿ-]{3,})\b"
)
# « X, une Française », « X, un Belge de 40 ans »: a nationality is written with a capital
_NATIONALITY_AFTER = re.compile(r"^,\s+une?\s+(?P<word>[A-ZÀ-Ý][a-zà-ÿ-]+)\b")
_OF_BEFORE = re.compile(r"(?<!\w)(?:de|du|des|d['’])\s?$")
_PLACE_PREPOSITION = re.compile(r"(?<!\w)(?:à|a|au|aux|en|dans|vers|sur|depuis)\s$", re.I)
# firms are set beside their trade too (« Exemple, constructeur »): not those endings
_TRADE_ENDINGS = ("eur", "iste", "ien")


def _names_a_person(noun: str) -> bool:
    word = noun.split("-")[-1]
    word = word[:-1] if word.endswith(("s", "x")) and len(word) > 4 else word
    return names_people(word) and not word.endswith(_TRADE_ENDINGS)


def in_person_apposition(before: str, after: str) -> bool:
    """A one-word name between commas after a noun naming people, or before one: a
    person's given name, whatever the model said (« une voisine, Maud, raconte »)."""
    noun = _NOUN_BEFORE.search(before[-40:])
    if noun and after.lstrip()[:1] == "," and _names_a_person(noun["noun"]):
        return True
    if _PLACE_PREPOSITION.search(before[-8:]):  # « à Lyon, habitants en colère »
        return False
    nationality = _NATIONALITY_AFTER.match(after)
    if nationality and is_demonym(nationality["word"]):
        return True  # « Brigitte, une Française qui travaille à Tokyo »: a person
    noun = _NOUN_AFTER.match(after)
    if not noun:
        return False
    # « la route X, passant par … »: a bare word in -ant is a participle; « le centre de X,
    # une femme … »: after a place's « de », a new clause's subject
    participle = not noun["article"] and noun["noun"].endswith(("ant", "ants"))
    new_subject = noun["article"] and _OF_BEFORE.search(before[-5:])
    return not participle and not new_subject and _names_a_person(noun["noun"])


# « le sélectionneur des Léopards, Sébastien Desabre, »: a determiner, a noun naming people,
# its complement, a comma, then a name of two or three capitalised words
_DESCRIBED_BEFORE = re.compile(
    r"(?<![\w-])(?:le|la|l['’]|un|une|son|sa|leur|notre|votre)\s?(?P<noun>[a-zà-ÿ-]{3,})"
    r"(?:\s(?:de|du|des|d['’]|de la|de l['’])\s?(?P<complement>[^,.;:!?«»()]{1,60})"
    r"(?P<acronym>\s\([A-Z]{2,8}\))?)?,\s$",
    re.I,
)
_PERSON_SHAPE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ’'-]+(?:\s[A-ZÀ-Ý][a-zà-ÿ’'-]+){1,2}$")
MAX_COMPLEMENT_CHARS = 40  # longer, a complement is a clause (« … a inauguré une usine à X, »)
# a complement with a verb is a clause of its own: the name after its comma is no apposition
_VERB_IN_COMPLEMENT = re.compile(r"(?<![\w’'])(?:a|ont|est|sont|était|avait|va|vont|s['’]est)\b")
# roles a firm holds as often as a person (« le distributeur de la marque, Nordis Logistique »)
_FIRM_ROLES = frozenset(
    """repreneur fournisseur distributeur organisateur constructeur employeur éditeur client
    producteur exploitant opérateur gestionnaire propriétaire prestataire transporteur assureur
    sous-traitant partenaire actionnaire vendeur acheteur concessionnaire diffuseur importateur
    exportateur sponsor mécène bailleur promoteur fabricant""".split()
)


def named_after_description(before: str, name: str, body: bool = False) -> bool:
    """A full name set after a description of one person and its complement: whatever
    label the model gave it, a person (« le sélectionneur des Léopards, Sébastien
    Desabre, »). A name the model took for a body (``body``) is a person only after a role
    in a body given with its acronym (« le directeur de l'Organisation mondiale de la santé
    (OMS), Tedros Adhanom Ghebreyesus »), and never after a role a firm can hold."""
    described = _DESCRIBED_BEFORE.search(before[-100:])
    if not described or not _PERSON_SHAPE.match(name):
        return False
    noun = described["noun"].lower()
    complement = described["complement"] or ""
    if _VERB_IN_COMPLEMENT.search(complement):
        return False
    if len(complement) > MAX_COMPLEMENT_CHARS and not described["acronym"]:
        return False
    if body and (not described["acronym"] or noun in _FIRM_ROLES):
        return False
    return names_people(noun.split("-")[-1])


# « la Polonaise Iga Swiatek »: a nationality, written with a capital, before a full name
_NATIONALITY_BEFORE = re.compile(
    r"(?<![\w-])(?:le|la|l['’]|un|une|du|au)\s?(?P<word>[A-ZÀ-Ý][a-zà-ÿ-]+)\s$"
)


def after_nationality(before: str, name: str) -> bool:
    """A full name right after a nationality and its article is a person's."""
    found = _NATIONALITY_BEFORE.search(before[-30:])
    return bool(found and is_demonym(found["word"]) and _PERSON_SHAPE.match(name))


# « La handballeuse camerounaise, Yollande Touba Biolo est … »: the same apposition with an
# adjective allowed after the noun, then a name the model may have left out altogether
_DESCRIBED_NAME = re.compile(
    r"(?<![\w-])(?i:le|la|l['’]|un|une|son|sa|leur|notre|votre)\s?(?P<noun>[a-zà-ÿ-]{3,})"
    r"(?:\s[a-zà-ÿ]{3,})?(?:\s(?:de|du|des|d['’]|de la|de l['’])\s?[^,.;:!?«»()]{1,40})?,\s"
    r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ’'-]+(?:\s[A-ZÀ-Ý][a-zà-ÿ’'-]+){1,2})(?=[\s,.;:!?)]|$)"
)


def described_names(text: str) -> list[tuple[int, int]]:
    """The spans of full names set after a description of one person (see
    :func:`named_after_description`), found in the text, not among the model's spans."""
    found = []
    for match in _DESCRIBED_NAME.finditer(text):
        name = match["name"]
        noun = match["noun"].lower()
        if _PERSON_SHAPE.match(name) and (names_people(noun) or names_people(noun.split("-")[-1])):
            found.append((match.start("name"), match.end("name")))
    return found


def lead_reason(text: str, before: str) -> str | None:
    """Why the words before a span make it no name, or None."""
    if _CURRENCY_SHAPE.match(text) and _AMOUNT_BEFORE.search(before):
        return "currency"  # a unit after an amount
    if (
        text.startswith("République")
        and _OFFICE_OF_THE.search(before[-40:])
        and not _REPUBLIC_OF_A_COUNTRY.match(text)
    ):
        return "title"  # « République française » in an office's title, no body named
    if _MINISTRY_PRONOUN.search(before) and "ministère" in before.lower():
        return "portfolio"  # a ministry's field, the ministry named before
    if _MINISTER_OF.search(before[-40:]) or _FIELD_LIST.search(before[-100:]):
        return "portfolio"  # a minister's field, or the second field of a ministry
    return None


def without_country_code(c):
    """« FRA - Équipe Exemple » → « Équipe Exemple »: the rider's country is no part of
    his team's name, a body (``c`` is a ``mentions.Candidate``)."""
    code = _COUNTRY_CODE.match(c.text) if c.source != "gazetteer" else None
    return body_after(c, code.end(), "country_code_cut") if code else c


def body_after(c, lead: int, reason: str):
    """``c`` without its first ``lead`` characters: the rest names a body."""
    text = c.text[lead:]
    return dataclasses.replace(
        c, start_char=c.start_char + lead, text=text, head_text=text,
        n_tokens=len(text.split()), first_lower=text.split()[0].lower(), single_pos="",
        sentence_initial=False, model_label="ORG",
        reason=";".join(filter(None, (c.reason, reason))),
    )  # fmt: skip
