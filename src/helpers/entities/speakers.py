"""Who a cue names: a person, an organisation, a description, or a pronoun to resolve.

The quote extractor (:mod:`helpers.entities.quotes`) finds the cue; this module
reads the phrase it points at. A name (a person or organisation mention) wins over
the description around it (« la directrice de l'agence, Marie Dupont » → Marie
Dupont); « X, cité par Y » is X's, a relay is not a speaker. A description the
article itself gave to one person (« le député X », then « a dénoncé le député »)
is that person; any other description stays a description and is never guessed.
A pronoun (*il*, *elle*, *ils*, *elles*) resolves to the most recent voice before it
whose number and gender agree (:mod:`helpers.entities.antecedents`); *ils* and *elles*
are a group, never one person.

Gender comes from in-text cues only: Mme/M., the agreement of the pronoun or of the
description (« la maire », « a-t-elle »), gathered per person through the article.
A name with no cue is ``unknown``. No first-name list is used: of the packages
checked, gender-guesser (GPL-3.0) and gender-detector (GPL-2.0) are not compatible
with this project's MIT licence, nomquamgender (MIT) requires Unidecode (GPL-2.0+),
and names-dataset (MIT) is built from leaked social-network profiles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from helpers.core.quote_marks import quote_spans
from helpers.entities.antecedents import SUBJECT_DEPS, Voices, another, names_people
from helpers.entities.canonical import NAMED_AFTER_WORDS, is_title_only, strip_title
from helpers.entities.reporting import ORGANISATION_NOUNS, is_reporting_verb

SUBJECT_PRONOUNS = {"il": "male", "elle": "female", "ils": "", "elles": ""}
PLURAL_PRONOUNS = {"ils", "elles"}
# « a déclaré deux jours plus tôt X »: a time phrase before the inverted subject
_TIME_WORDS = set(
    """jour semaine mois an année heure minute soir matin veille lendemain hier
    aujourd'hui lundi mardi mercredi jeudi vendredi samedi dimanche tôt tard plus""".split()
)
# « X, cité par Y »: Y relays X's words; « X auprès de l'AFP »: the outlet X spoke to
_RELAYS = set(
    """cité citée cités citées rapporté rapportés interrogé interrogée interrogés
    interrogées relayé relayés repris reprise reprises auprès""".split()
)
_HONORIFIC = re.compile(r"(?:\b(?P<f>Mme|Madame|Mlle)|\b(?P<m>M\.|Monsieur))\s*$")
_GENDER = {"Fem": "female", "Masc": "male"}
_CLOCK_TIME = re.compile(r"^\d{1,2}\s?h(?:\s?\d{2})?$")
_APPOSED_HONORIFICS = {"M.", "Mme", "Mlle", "Me", "Maître", "Dr", "Pr", "Mgr"}
_OF = {"de", "du", "des", "d'", "d’"}
# nouns of things that take a person's name (« domaine Grisard Jean-Pierre et fils »)
_NAMED_THINGS = set(NAMED_AFTER_WORDS) | set(
    """domaine château clan société entreprise maison cabinet groupe restaurant hôtel ferme
    boulangerie garage magasin club association galerie atelier brasserie cave label marque
    exploitation fromagerie librairie pharmacie""".split()
)
_LOWER_WORD = r"([a-zàâçéèêëîïôûùüÿœ-]{3,})"
_ANY_WORD = r"(?:[a-zàâçéèêëîïôûùüÿœ'’-]+|[A-Z][\w-]*)"
# « le député X », and « Le ministre des Finances X » opening a sentence; « le Premier
# ministre X », whose first word the press often writes with a capital
_ROLE_BEFORE = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Ll]['’])\s*([a-zàâçéèêëîïôûùüÿœ-]{3,}|Premi(?:er|ère))"
    rf"(?:\s+{_ANY_WORD}){{0,4}}\s*,?\s*$"
)
# « le Général Abdourahamane Tiani »: a title written with a capital
# « le président de la N-VA », « la maire de Paris »: the name a role's complement gives
_COMPLEMENT_NAME = re.compile(r"\b(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*|les\s+)?([A-ZÀ-Ý][\w-]+)")
ROLE_SPAN = 80  # characters either side of a holder's name where its role is written
# « X, le président du VB, Y »: between two names, a role set off by commas is the second's
_ROLE_OF_NEXT_NAME = re.compile(r"\s*,\s*(?:le|la|l['’]|un|une)\s*[^,.;:«»\"]{1,60},\s*")
_TITLE_BEFORE = re.compile(r"\b(?:[Ll]e|[Ll]a|[Ll]['’]|du|au)\s*([A-ZÀ-Ý][a-zà-ÿ-]{2,})\s*$")
_ROLE_AFTER = re.compile(
    rf"\s*,\s*(?:(?:le|la|l['’]|un|une|notre|ancien|ancienne)\s*)?{_LOWER_WORD}"
)

# a role and its gendered article straight before or after a name: « la réalisatrice X »,
# « du grand cinéaste X », « X, la présidente du groupe »
_ARTICLE_GENDER = {"la": "female", "une": "female", "cette": "female",
                   "le": "male", "un": "male", "ce": "male", "cet": "male", "du": "male",
                   "au": "male"}  # fmt: skip
_GENDERED_ROLE_BEFORE = re.compile(
    r"(?<![\w'’])(?P<det>la|une|cette|le|un|ce|cet|du|au)\s+(?:[a-zà-ÿ-]+\s+)?"
    r"(?P<noun>[a-zà-ÿ-]{4,})\s+$",
    re.I,
)
_GENDERED_ROLE_AFTER = re.compile(
    r"\s*,\s*(?P<det>la|une|le|un)\s+(?:[a-zà-ÿ-]+\s+)?(?P<noun>[a-zà-ÿ-]{4,})\b", re.I
)

# nouns of one grammatical gender whoever they name: « la victime » may be a man
_EPICENE = set(
    """victime personne star vedette recrue personnalité figure sentinelle idole icône
    célébrité cible témoin mannequin bébé individu membre""".split()
)

# « Patrice Bert est éleveur depuis vingt ans »: the role a sentence gives the person
_ROLE_OF_SUBJECT = re.compile(
    rf"\s+(?:est|était|reste|demeure|devient|devenait|sera|(?:est|était)\s+devenue?)\s+"
    rf"(?:(?:aussi|désormais|lui-même|elle-même)\s+)?(?:(?:le|la|l['’]|un|une)\s*)?"
    rf"{_LOWER_WORD}(?:\s+{_LOWER_WORD})?"
)
# « X devient la nouvelle mairesse »: an adjective set before the role, which the role is
# then known by (« la nouvelle mairesse » as « la nouvelle … »)
_PREPOSED_ADJECTIVES = {"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"}

# « celle qui a fait carrière ici »: a demonstrative standing for a person named before
_DEMONSTRATIVES = {"celui": "male", "celle": "female"}
# « explique celle-ci », « disent ceux-là »: a pronoun for the person or group named before
_POINTING = re.compile(r"(celui|celle|ceux|celles)\s?-\s?(?:ci|là)(?!\w)", re.IGNORECASE)
_POINTING_GENDER = {"celui": "male", "celle": "female", "ceux": "", "celles": ""}
# « l'un d'eux », « l'une des habitantes »: one of a group, a description
_ONE_OF = {"un": "male", "une": "female"}
# a relative clause describes the phrase's noun; a name in it is not the speaker
_RELATIVES = {"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"}
_ACRONYM = re.compile(r"^[A-ZÉÈ][A-ZÉÈ0-9&-]{1,9}$")
_DEFINITE = {"le", "la", "l'", "l’", "les"}
_AFTER_OF = re.compile(r"(?:\bde |\bdu |\bd['’])$")
# « de son côté », « pour sa part », « à son tour »: an aside between the verb and its subject
_ASIDE = re.compile(
    r"(?:de (?:son|leur) côté|pour (?:sa|leur) part|à (?:son|leur) tour|quant à (?:lui|elle"
    r"|eux|elles))\b",
    re.IGNORECASE,
)


# Periphrases of French news for a title (the description, without its article):
# each stands for the one person the article named with that title
TITLE_SYNONYMS = {
    "chef du gouvernement": "premier ministre",
    "locataire de matignon": "premier ministre",
    "chef de l'état": "président de la république",
    "chef de l'etat": "président de la république",
    "locataire de l'élysée": "président de la république",
    "garde des sceaux": "ministre de la justice",
    "premier magistrat": "maire",
    "édile": "maire",
    # « a soutenu le magistrat » after « le procureur X »: the court's officers
    "magistrat": "procureur|procureure|juge|substitut|président du tribunal",
    "magistrate": "procureure|procureur|juge|substitute|présidente du tribunal",
    # « a déclaré le coach » after « l'entraîneur X »: sports news's words for a coach
    "coach": "entraîneur|entraîneuse|sélectionneur|sélectionneuse",
    "technicien": "entraîneur|sélectionneur",
    "technicienne": "entraîneuse|sélectionneuse",
}
# « l'entreprise Colas »: what follows a company's designator is a company, whatever the model
_COMPANY_NOUNS = {
    "entreprise", "société", "groupe", "firme", "enseigne", "marque", "compagnie",
    "start-up", "constructeur", "laboratoire", "association", "fabricant", "distributeur",
}  # fmt: skip

# nouns any organisation may be called by, once named (« le syndicat », « l'association »)
_GENERIC_ORG = set(
    """syndicat organisation association fédération collectif union confédération ong
    intersyndicale entreprise société compagnie fondation institut observatoire mutuelle
    coopérative coalition""".split()
)
# descriptions that fit a person whatever title the article gave them
_ANY_ROLE = tuple(
    """élu élue édile intéressé intéressée responsable dirigeant dirigeante officier
    militaire patron patronne homme femme membre""".split()
)
_SPEAKING_FOR = {"porte-parol", "représentant"}  # role keys (_role_key)
# « l'élu », « l'édile »: a word for anyone holding an elected office (role keys)
_ELECTED = {"élu", "élue", "édil"}
_OFFICES = {"mair", "député", "sénateur", "sénatric", "conseiller", "conseillèr", "adjoint",
            "bourgmestr", "échevin", "président"}  # fmt: skip
_CLITICS_BEFORE_VERB = {"s'", "se", "ne", "n'", "y", "en", "l'", "le", "la", "lui", "leur"}
LABEL_REACH = 2  # a label line heads a displayed quotation and the quotation under it
_THIS = {"ce", "cet", "cette"}
NEARBY_PARAGRAPHS = 2  # how far back a definite description looks for its one person


@dataclass
class Speaker:
    text: str = ""
    entity: str = ""
    label: str = ""
    type: str = "unknown"  # person, organisation, description, unknown
    gender: str = "unknown"
    pronoun: bool = False


class Tokens:
    """The parsed tokens of one paragraph's speech sentences, by character offset."""

    def __init__(self, sentences: list[dict]):
        self.items = sorted(
            (
                t if "sentence_id" in t else {**t, "sentence_id": s["sentence_id"]}
                for s in sentences
                for t in s["tokens"]
            ),
            key=lambda t: t["start_char"],
        )
        self.at = {t["start_char"]: k for k, t in enumerate(self.items)}
        self._children: dict[int, list[int]] = {}
        for j, token in enumerate(self.items):
            head = self.at.get(token["head_start"])
            if (
                head is not None
                and head != j
                and self.items[head]["sentence_id"] == token["sentence_id"]
            ):
                self._children.setdefault(head, []).append(j)

    def index_from(self, char: int) -> int:
        """The first token starting at or after ``char``."""
        lo, hi = 0, len(self.items)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.items[mid]["start_char"] < char:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def children(self, k: int) -> list[int]:
        return self._children.get(k, [])

    def head(self, k: int) -> int | None:
        j = self.at.get(self.items[k]["head_start"])
        return None if j is None or j == k else j

    def subtree(self, k: int, lo: int, hi: int) -> tuple[int, int]:
        """The contiguous token range of ``k``'s subtree, kept within [lo, hi)."""
        members, todo = {k}, [k]
        while todo:
            for child in self.children(todo.pop()):
                if lo <= child < hi and child not in members:
                    members.add(child)
                    todo.append(child)
        first = last = k
        while first - 1 in members:
            first -= 1
        while last + 1 in members:
            last += 1
        return first, last + 1


def pronoun_speaker(word: str) -> Speaker:
    """« il », « elles »: a subject pronoun as a speaker, resolved later to a person
    (a plural one is a group, never one person)."""
    return Speaker(
        text=word,
        type="group" if word in PLURAL_PRONOUNS else "unknown",
        gender=SUBJECT_PRONOUNS[word] or "unknown",
        pronoun=True,
    )


def is_reporting_token(token: dict) -> bool:
    return token["pos"] in {"VERB", "AUX"} and is_reporting_verb(token["lemma"], token["text"])


class SpeakerFinder(Voices):
    """The speakers one article's cues point at, from its paragraphs, mentions and tokens."""

    def __init__(
        self, article_id: str, paragraphs: pd.DataFrame, mentions: pd.DataFrame, speech: list[dict]
    ):
        self.article_id = article_id
        self.texts = dict(zip(paragraphs["paragraph_id"], paragraphs["text"], strict=True))
        # ingestion's paragraph roles, when the table has them (« pull_quote », …)
        self.paragraph_roles = (
            dict(zip(paragraphs["paragraph_id"], paragraphs["role"], strict=True))
            if "role" in paragraphs.columns
            else {}
        )
        self.mentions: dict[int, list[tuple]] = {}
        ordered = mentions.sort_values(["paragraph_id", "start_char"])
        columns = ("paragraph_id", "start_char", "end_char", "entity", "label")
        for pid, *mention in zip(*(ordered[c].tolist() for c in columns), strict=True):
            spans = self.mentions.setdefault(pid, [])
            if not _title_taken_for_a_name(self.texts.get(pid, ""), tuple(mention)):
                spans.append(tuple(mention))
        by_paragraph: dict[int, list[dict]] = {}
        for sentence in speech:
            by_paragraph.setdefault(int(sentence["paragraph_id"]), []).append(sentence)
        self.tokens = {pid: Tokens(s) for pid, s in by_paragraph.items()}
        self.gender_of = self._entity_genders()
        self.roles = self._roles()

    def _entity_genders(self) -> dict[str, str]:
        """Mme/M. before a person's mention, or a role with its article next to it (« la
        réalisatrice X », « du grand cinéaste X », « X, la présidente du groupe »),
        gathered through the article; a person with both genders is unknown."""
        seen: dict[str, set[str]] = {}
        for pid, spans in self.mentions.items():
            text = self.texts.get(pid, "")
            for start, end, entity, label in spans:
                if label != "PER":
                    continue
                before = text[max(0, start - 10) : start]
                inside = text[start : start + 10].split(" ")[0] + " "  # « Mme X » kept whole
                if match := _HONORIFIC.search(before) or _HONORIFIC.search(inside):
                    seen.setdefault(entity, set()).add("female" if match["f"] else "male")
                roles = (
                    _GENDERED_ROLE_BEFORE.search(text[max(0, start - 40) : start]),
                    _GENDERED_ROLE_AFTER.match(text[end : end + 40]),
                )
                for role in filter(None, roles):  # « la victime X » says nothing of X's
                    if names_people(role["noun"]) and role["noun"].lower() not in _EPICENE:
                        seen.setdefault(entity, set()).add(_ARTICLE_GENDER[role["det"].lower()])
        return {e: g.pop() for e, g in seen.items() if len(g) == 1}

    def _note_gender(self, speaker: Speaker) -> None:
        if speaker.entity and speaker.gender != "unknown":
            known = self.gender_of.get(speaker.entity)
            if known is None:
                self.gender_of[speaker.entity] = speaker.gender
            elif known != speaker.gender:
                self.gender_of[speaker.entity] = "unknown"

    def _roles(self) -> dict[str, list[tuple[int, int, str]]]:
        """The article's own links of a role to a person: « le député X », « X, maire de Y »
        → {role: [(paragraph, offset, person)]}, so « a déclaré le député » names X."""
        roles: dict[str, list[tuple[int, int, str]]] = {}
        for pid, spans in self.mentions.items():
            text = self.texts.get(pid, "")
            for start, end, entity, label in spans:
                if label != "PER":
                    continue
                before = text[max(0, start - 60) : start]
                # « le tombeur de Mohamed Bazoum »: the name is the complement's, not the role's
                held = _AFTER_OF.search(before[-4:])
                titled = _TITLE_BEFORE.search(before)
                role_before = None if held else _ROLE_BEFORE.search(before)
                role_after = self._role_after(pid, text, end)
                found = [
                    _with_rank(m.group(1), rest)
                    for m, rest in (
                        (role_before, before[role_before.end(1) :] if role_before else ""),
                        (titled if titled and is_title_only(titled.group(1)) else None, ""),
                        (role_after, text[end + role_after.end(1) :] if role_after else ""),
                    )
                    if m
                ]
                copula = _ROLE_OF_SUBJECT.match(text[end : end + 60])
                if copula and (
                    names_people(copula.group(1))
                    or copula.group(1) in _PREPOSED_ADJECTIVES
                    and names_people(copula.group(2) or "")
                ):
                    found.append(_with_rank(copula.group(1), f" {copula.group(2) or ''}"))
                for role in found:
                    roles.setdefault(_role_key(role), []).append((pid, start, entity))
        return roles

    def _role_after(self, pid: int, text: str, end: int) -> re.Match | None:
        """« X, maire de Y »: the role after a name's comma; a verb there (« X, soulignant
        que … ») tells what X does, no role."""
        role = _ROLE_AFTER.match(text[end : end + 40])
        if (
            role
            and any(  # « Selon X, le président du VB, Y, … »: the role is Y's
                label == "PER" and _ROLE_OF_NEXT_NAME.fullmatch(text[end:m_start])
                for m_start, _, _, label in self.mentions.get(pid, [])
                if end < m_start <= end + ROLE_SPAN
            )
        ):
            return None
        tokens = self.tokens.get(pid)
        k = tokens.at.get(end + role.start(1)) if role and tokens is not None else None
        if k is not None and tokens.items[k]["pos"] in {"VERB", "AUX"}:
            return None
        return role

    def _holders_before(self, noun: str, pid: int, start: int, description: str = "") -> set[str]:
        """The persons the article gave this role to before (pid, start), of the same body
        when the description names one (``description``)."""
        return {e for p, s, e in self._role_entries(noun, description) if (p, s) < (pid, start)}

    def _role_entries(self, noun: str, description: str = "") -> list[tuple[int, int, str]]:
        """« le président de la N-VA » is not « le président du VB, Y »: a role given with a
        named complement is the same role only where that name is written beside the holder."""
        entries = self.roles.get(_role_key(noun), [])
        names = _COMPLEMENT_NAME.findall(description)
        return [entry for entry in entries if self._written_beside(entry, names)]

    def _written_beside(self, entry: tuple[int, int, str], names: list[str]) -> bool:
        """Any of these names is written near this role holder's name (or none is asked, or
        the role was given with no name of a body: « le président X » is also « le président
        de la République »)."""
        p, s, e = entry
        near = self.texts.get(p, "")[max(0, s - ROLE_SPAN) : s + len(e) + ROLE_SPAN]
        return not names or any(n in near for n in names) or not self._role_bodies(entry)

    def _role_bodies(self, entry: tuple[int, int, str]) -> list[str]:
        """The names a holder's role is written with beside the name: « le président du
        PVV, X », « X, président du PVV, » → [PVV]."""
        p, s, e = entry
        text = self.texts.get(p, "")
        end = next((m[1] for m in self.mentions.get(p, []) if m[0] == s), s + len(e))
        before = _ROLE_BEFORE.search(text[max(0, s - 60) : s])
        after = _ROLE_AFTER.match(text[end : end + 40])
        phrase = before.group(0) if before else ""
        if after:
            phrase += " " + re.split(r"[,.;:«»()]", text[end + after.end() :], maxsplit=1)[0]
        return _COMPLEMENT_NAME.findall(phrase)

    def _holder_of_role(self, noun: str, pid: int, start: int) -> str | None:
        """The one person the article gave this role to before (pid, start), if one."""
        people = self._holders_before(noun, pid, start)
        return people.pop() if len(people) == 1 else None

    def _named_role(self, speaker: Speaker, pid: int, start: int, turn: bool = False) -> Speaker:
        """A description whose role the article gave to one person, before this point.
        ``turn``: the verb answers someone (« rétorque la juge »), so only a person given
        the role stands for it, not the one just named or heard."""
        if speaker.type not in {"description", "organisation"} or speaker.entity:
            return speaker
        if speaker.type == "organisation" and (
            named := self._organisation_named(speaker, pid, start)
        ):
            return named
        words = speaker.text.replace("’", "'").replace("'", "' ").split()
        if _one_of_a_group(words):
            return speaker  # « l'une des infirmières »: someone new, not a person named before
        if [w.lower() for w in words] in (["ce", "dernier"], ["cette", "dernière"]):
            # « ce dernier », « cette dernière »: the latter, the last person named
            gender = "male" if words[0].lower() == "ce" else "female"
            if last := self._last_person(pid, start, gender):
                return self._person(last)
            return speaker
        if [w.lower() for w in words] in (["l'", "intéressé"], ["l'", "intéressée"]):
            # « souligne l'intéressé »: the person the sentences before were about
            gender = "female" if words[1].lower().endswith("ée") else "male"
            if last := self._last_person(pid, start, gender):
                return self._person(last)
            return speaker
        if (
            len(words) == 2
            and words[0].lower() in {"le", "la", "l'", "ce", "cette"}
            and words[1].lower() in _WRITINGS
        ):  # « », a précisé le communiqué » after « », indique la préfecture »: its author
            if (author := self._last_quoted_author(pid, start)) is not None:
                return author
            return speaker
        if [w.lower() for w in words] in (["même", "source"], ["même", "sources"]) or (
            len(words) == 2
            and words[0].lower() in {"la", "cette", "notre"}
            and words[1].lower() == "source"
        ):  # « indique-t-on de même source » after « précise la préfecture », « ajoute la
            # source » after « confie l'un d'entre eux »: that voice (« une source » is new)
            last = self._last_voice(pid, start)
            if words[0].lower() != "même" and last is not None and last.entity:
                return speaker  # a named voice is not « la source »
            return last or speaker
        if len(words) == 2 and words[1].lower() in _INTERLOCUTOR:
            # « prévient notre interlocuteur »: the one the reporter is talking to, the
            # person quoted last, nearby
            if voice := self._last_quoted_person(speaker, pid, start):
                return voice
            return speaker
        if (
            len(words) == 2
            and words[0].lower() in {"le", "la", "l'"}
            and words[1][:1].isupper()
            and words[1][1:].islower()
            and (people := self._this_person(speaker, pid, start, held=False))
        ):  # « sourit le Girondin », « glisse l'Espagnole »: the person just named, by origin
            # (not « le tableau de Roland Garros », a name a complement holds)
            person = people.pop()
            return Speaker(person, person, "PER", "person", self.gender_of.get(person, "unknown"))
        if words[0].lower() == "ces" and len(words) == 2:
            # « écrivent ces citoyens » after « C'est ce que dénoncent des habitants de X »: the
            # group the article brought in, when it brought in one (or one of that noun)
            return self._group_met_before(speaker, words[1].lower(), pid, start) or speaker
        if words[0].lower() in _THIS:  # « confie cette institutrice »: the one just named
            if same := self._same_description(speaker, pid, start):
                return same
            if not (people := self._this_person(speaker, pid, start)):
                return speaker
            person = people.pop()
            gender = speaker.gender if speaker.gender != "unknown" else self.gender_of.get(person)
            return Speaker(person, person, "PER", "person", gender or "unknown")
        if len(words) > 2 and words[1].lower() in {"même", "mêmes"}:
            # « ajoutent les mêmes sources » after « des sources autorisées »: the same voice
            if same := self._same_description(speaker, pid, start):
                return same
        if words[0].lower() in {"un", "une"}:
            return speaker  # « déplore encore une maman »: someone new, not « Chantal, la maman »
        words = [w for w in words if w.lower() not in {"le", "la", "l'", "un", "une", "les"}]
        head = _with_rank(words[0], f" {' '.join(words[1:2])}") if words else ""
        people = self._holders_before(head, pid, start, speaker.text)
        if not people and _role_key(head) in _ELECTED:
            # « avance l'élu » after « X, le maire de cette commune »: the person given an
            # elected office nearby
            people = {
                e
                for key in _OFFICES
                for p, s, e in self.roles.get(key, [])
                if pid - NEARBY_PARAGRAPHS <= p and (p, s) < (pid, start)
            }
            # « Dans l'opposition, X dénonce … « … », prévient l'élue »: of the people named in
            # this paragraph, not a mayor named before them
            quoted = _quoted(self.texts.get(pid, ""))
            here = {
                e
                for m_start, _, e, label in self.mentions.get(pid, [])
                if label == "PER"
                and m_start < start
                and not any(a <= m_start < b for a, b in quoted)
            }
            people = people & here if here else people
            if speaker.gender == "female":  # « l'élue » is none of the men given an office
                people = {e for e in people if self.gender_of.get(e, "unknown") != "male"}
        if len(people) > 1:  # « précise le maire » after « X, maire de Béziers, qui … »,
            # when other mayors were named in paragraphs before: the one of this paragraph
            here = {e for p, s, e in self.roles.get(_role_key(head), []) if p == pid and s < start}
            people = here if len(here) == 1 else people
        if not people:  # « le chef du gouvernement » after « le Premier ministre X »
            people = self._titled_person(" ".join(words).lower(), pid, start)
        if not people and turn:
            return speaker
        if not people and _relative_of_someone(words):
            # « se lamentait le père de la victime » after « a raconté X »: a relative of
            # someone else the article speaks of, someone new, not the person named nearby
            return speaker
        if not people and head.lower() in ORGANISATION_NOUNS:
            return speaker  # « le service météorologique »: a body, none of the people nearby
        if not people:  # « X, entouré de Y, lance « … », assure l'ancien sénateur »
            people = self._subject_beside(speaker, pid, start)
        if not people:  # a role the article gave to no one: the one person named nearby
            people = self._only_person_nearby(speaker, pid, start)
        if not people:  # no one named outside the quotations: the voice being quoted
            people = self._quoted_voice(speaker, pid, start)
        if not people:  # « X a dit ceci. « … », précise l'apiculteur »: the voice just before
            people = self._voice_just_before(speaker, head, pid, start)
        if not people:  # « résume la porte-parole » when one woman has spoken so far
            people = self._only_voice_of_its_gender(speaker, head, pid, start)
        if not people and not self._named_before(pid, start):
            # « », a déclaré le premier ministre » opening the article, « le premier
            # ministre Legault » further on: the one person the article gives the role to
            people = {e for _, _, e in self.roles.get(_role_key(head), [])}
        if len(people) != 1:
            return speaker
        person = people.pop()
        gender = (
            speaker.gender if speaker.gender != "unknown" else self.gender_of.get(person, "unknown")
        )
        return Speaker(text=person, entity=person, label="PER", type="person", gender=gender)

    def _organisation_named(self, speaker: Speaker, pid: int, start: int) -> Speaker | None:
        """« écrit le syndicat » after « la Confédération paysanne »: a
        generic organisation noun with a definite article, and at most an adjective
        (« l'organisation écologiste »), stands for the organisation named last, in this
        paragraph before it or in the one before (outside quotations)."""
        words = speaker.text.lower().replace("’", "'").replace("'", "' ").split()
        if len(words) not in {2, 3} or words[0] not in {"le", "la", "l'"}:
            return None
        if words[1] not in _GENERIC_ORG or not all(w.isalpha() for w in words[2:]):
            return None
        quoted = {
            p: [(q.content_start, q.content_end) for q in quote_spans(self.texts.get(p, ""))]
            for p in (pid - 1, pid)
        }
        named = [
            (p, m_start, entity)
            for p in (pid - 1, pid)
            for m_start, _, entity, label in self.mentions.get(p, [])
            if (label == "ORG" or entity.split()[0].casefold() in _GENERIC_ORG)  # a misread label
            and (p < pid or m_start < start)
            and not any(a <= m_start < b for a, b in quoted[p])
        ]
        if not named:
            return None
        entity = max(named)[2]
        return Speaker(entity, entity, "ORG", "organisation")

    def _titled_person(self, description: str, pid: int, start: int) -> set[str]:
        """The people the article named, before this point, right after the usual title
        that a periphrasis of French news stands for (« le chef de l'État » for « le
        président de la République X »)."""
        title = next((t for p, t in TITLE_SYNONYMS.items() if description.startswith(p)), None)
        if title is None:
            return set()
        titles = "|".join(re.escape(t) for t in title.split("|"))
        before_name = re.compile(rf"\b(?:{titles})\s*,?\s*$", re.IGNORECASE)
        return {
            entity
            for p, spans in self.mentions.items()
            for m_start, _, entity, label in spans
            if label == "PER"
            and (p, m_start) < (pid, start)
            and before_name.search(self.texts.get(p, "")[max(0, m_start - 60) : m_start])
        }

    def _subject_beside(self, speaker: Speaker, pid: int, start: int) -> set[str]:
        """A definite description in the incise of a quotation whose sentence has a named
        person as its subject before the quotation is that person (the name right beside)."""
        tokens = self.tokens.get(pid)
        k = tokens.at.get(start) if tokens is not None else None
        if k is None or not speaker.text.lower().startswith(("le ", "la ", "l'", "l’")):
            return set()
        sentence = tokens.items[k]["sentence_id"]
        people = {
            v.speaker.entity
            for v in self.parsed_voices()
            if v.pid == pid
            and v.char < start
            and v.speaker.type == "person"
            and (j := tokens.at.get(v.char)) is not None
            and tokens.items[j]["sentence_id"] == sentence
        }
        return {
            e for e in people
            if speaker.gender == "unknown"
            or self.gender_of.get(e, "unknown") in {"unknown", speaker.gender}
        }  # fmt: skip

    def _only_person_nearby(self, speaker: Speaker, pid: int, start: int) -> set[str]:
        """« raconte l'élu » after « Anthony Mussard » and no one else: a definite, singular
        description (le, la, l') stands for the one person named in this paragraph before
        it and the two paragraphs before, when the gender agrees; of several named there,
        the one who is a voice (others are objects, complements, or inside quotations).
        Indefinite ones (« un habitant ») bring in someone new and stay descriptions."""
        words = speaker.text.lower().replace("’", "'").split()
        if speaker.type != "description" or not words:
            return set()
        if words[0] not in {"le", "la"} and not words[0].startswith("l'"):
            return set()
        people = {
            entity
            for p in range(pid - NEARBY_PARAGRAPHS, pid + 1)
            for m_start, _, entity, label in self.mentions.get(p, [])
            if label == "PER" and (p < pid or m_start < start)
        } | {  # first names the model missed, met as subjects
            v.speaker.entity
            for v in self.parsed_voices()
            if pid - NEARBY_PARAGRAPHS <= v.pid <= pid
            and (v.pid < pid or v.char < start)
            and v.speaker.type == "person"
        }
        noun = words[0].split("'")[-1] if words[0].startswith("l'") else "".join(words[1:2])
        nouns = {_role_key(noun)} | {_role_key(w) for w in words[1:]}
        if speaker.gender == "female":  # « la cinéaste » is none of the men named nearby
            # (only a feminine role says so: the masculine is French's unmarked gender,
            # « le ministre » may be a woman)
            people = {e for e in people if self.gender_of.get(e, "unknown") != "male"}
        if len(people) > 1:  # several named: the one of them who is a voice (a subject)
            people = {
                v.speaker.entity
                for v in self.parsed_voices()
                if pid - NEARBY_PARAGRAPHS <= v.pid <= pid
                and (v.pid < pid or v.char < start)
                and v.speaker.type == "person"
            }
        found = {
            e for e in people
            if (speaker.gender == "unknown"
                or self.gender_of.get(e, "unknown") in {"unknown", speaker.gender})
            and self._may_hold(e, nouns, speaker.text)
        } if len(people) == 1 else set()  # fmt: skip
        if not found and any(names_people(w) for w in words[1:4]):
            # « … ne plaisent pas à X. « … », a lancé le représentant de l'administration »:
            # no single voice fits, the person named right before does
            found = self._this_person(speaker, pid, start, close=True)
        return found

    def _voices_before(self, pid: int, start: int) -> Iterator[Speaker]:
        """The voices quoted before this point, the latest first, within NEARBY_PARAGRAPHS."""
        for v in reversed(getattr(self, "spoken", [])):
            if (v.pid, v.char) >= (pid, start):
                continue
            if v.pid < pid - NEARBY_PARAGRAPHS:
                return
            yield v.speaker

    def _last_quoted_author(self, pid: int, start: int) -> Speaker | None:
        """The organisation or person quoted last before this point, within
        NEARBY_PARAGRAPHS: the author of the text a quotation is then said to come from."""
        return next(
            (
                voice
                for voice in self._voices_before(pid, start)
                if voice.entity and voice.type in {"organisation", "person"}
            ),
            None,
        )

    def _last_voice(self, pid: int, start: int) -> Speaker | None:
        """The voice quoted last before this point, within NEARBY_PARAGRAPHS."""
        return next(self._voices_before(pid, start), None)

    def _last_quoted_person(self, speaker: Speaker, pid: int, start: int) -> Speaker | None:
        """The person quoted last before this point, within NEARBY_PARAGRAPHS, when the
        gender agrees."""
        voice = next(
            (v for v in self._voices_before(pid, start) if v.type == "person" and v.entity), None
        )
        if voice is not None and (
            "unknown" in {speaker.gender, voice.gender} or speaker.gender == voice.gender
        ):
            return voice
        return None

    def _same_description(self, speaker: Speaker, pid: int, start: int) -> Speaker | None:
        """« selon cette même source » after « selon une source sécuritaire »: a
        demonstrative takes up the description quoted last, nearby, with its noun."""
        nouns = _description_nouns(speaker.text)
        for v in reversed(getattr(self, "spoken", [])):
            if (v.pid, v.char) >= (pid, start):
                continue
            if v.pid < pid - NEARBY_PARAGRAPHS:
                break
            words = v.speaker.text.lower().split()
            if (
                v.speaker.type == "description"
                and len(words) > 1
                and words[0] in {"un", "une", "des"}
            ):
                if _role_key(words[1]) in nouns:
                    return v.speaker
        return None

    def _this_person(
        self, speaker: Speaker, pid: int, start: int, close: bool = False, held: bool = True
    ) -> set[str]:
        """A demonstrative description points back at the person named last in its
        paragraph, outside quotations (« X, 71 ans, vend ses melons. « … », confie cette
        institutrice »), when the gender agrees. With no one named before it in the
        paragraph, it introduces someone and stays a description, unless the quotation
        opens the paragraph: then it points back at the paragraph before (« … la cinéaste X. »
        / « « … », a confié cette ancienne résidente »). ``close``: no other quotation
        between that person and this one. ``held``: a name a complement holds (« de X »)
        counts."""
        if another(speaker.text.split()):
            return set()  # « cette autre cliente »: someone other than the person before
        text = self.texts.get(pid, "")
        quoted = _quoted(text)
        named = [
            (m_start, entity)
            for m_start, _, entity, label in self.mentions.get(pid, [])
            if label == "PER"
            and m_start < start
            and not any(a <= m_start < b for a, b in quoted)
            and (held or not _AFTER_OF.search(text[max(0, m_start - 4) : m_start]))
        ]
        if not named and pid - 1 in self.texts and not self.texts[pid][:start].strip():
            return self._this_person_before(speaker, pid - 1)
        if not named:
            return set()
        at, person = max(named)
        if close and any(at < a < start for a, _ in quoted):
            return set()
        gender = self.gender_of.get(person, "unknown")
        if "unknown" not in {speaker.gender, gender} and gender != speaker.gender:
            return set()
        nouns = _description_nouns(speaker.text)
        return {person} if self._may_hold(person, nouns, speaker.text) else set()

    def _group_met_before(
        self, speaker: Speaker, noun: str, pid: int, start: int
    ) -> Speaker | None:
        """The group description a plural demonstrative points back at: the one group voice
        nearby, or the last one of the same noun."""
        groups = [
            v
            for v in self.parsed_voices()
            if v.plural
            and v.speaker.type == "description"
            and pid - NEARBY_PARAGRAPHS <= v.pid
            and (v.pid, v.char) < (pid, start)
            and v.speaker.text != speaker.text
        ]
        same = [v for v in groups if noun in v.speaker.text.lower().split()]
        if same or len({v.speaker.text for v in groups}) == 1:
            return max(same or groups, key=lambda v: (v.pid, v.char)).speaker
        return None

    def _this_person_before(self, speaker: Speaker, pid: int) -> set[str]:
        """The person of the paragraph before whom a demonstrative description points
        at: the last one named there whose known gender is the description's, or the one
        person named there when the description's gender is unknown."""
        quoted = _quoted(self.texts.get(pid, ""))
        people = [
            entity
            for m_start, _, entity, label in self.mentions.get(pid, [])
            if label == "PER" and not any(a <= m_start < b for a, b in quoted)
        ]
        alone = len(set(people)) == 1
        if speaker.gender == "unknown":
            candidates = people if alone else []
        else:
            candidates = [p for p in people if self.gender_of.get(p) == speaker.gender]
        if (
            not candidates
            and alone
            and people[0] not in self.gender_of
            and self.inverted_pronouns(pid) <= {speaker.gender}
            and self._named_as_subject(pid, people[0])
        ):  # « X a troqué sa voiture pour un vélo. » / « « … », estime ce cadre »: the one
            # person named there as a subject (not « aux mains des Houthis »), whose gender
            # the article has not said (nor « -t-il »)
            candidates = people
        if not candidates:
            return set()
        person = candidates[-1]
        nouns = _description_nouns(speaker.text)
        return {person} if self._may_hold(person, nouns, speaker.text) else set()

    def _named_as_subject(self, pid: int, person: str) -> bool:
        """The person is named in the paragraph as a clause's subject."""
        tokens = self.tokens.get(pid)
        text = self.texts.get(pid, "")
        return tokens is not None and any(
            entity == person
            and not _AFTER_OF.search(text[max(0, m_start - 4) : m_start])
            and (k := tokens.at.get(m_start)) is not None
            and tokens.items[k]["dep"] in SUBJECT_DEPS
            for m_start, _, entity, label in self.mentions.get(pid, [])
        )

    def _named_before(self, pid: int, start: int) -> bool:
        """Someone is named, as a person, before this point of the article."""
        return any(
            m[3] == "PER" and (p < pid or m[0] < start)
            for p, spans in self.mentions.items()
            if p <= pid
            for m in spans
        )

    def _quoted_voice(self, speaker: Speaker, pid: int, start: int) -> set[str]:
        """« », a blagué le maire » where the paragraphs before name people only inside
        quotations: a definite description is the person quoted last, nearby."""
        words = speaker.text.lower().replace("’", "'").split()
        if speaker.type != "description" or not words or words[0] not in {"le", "la"}:
            return set()
        named_outside = any(
            not any(a <= m[0] < b for a, b in _quoted(self.texts.get(p, "")))
            for p in range(pid - NEARBY_PARAGRAPHS, pid + 1)
            for m in self.mentions.get(p, [])
            if m[3] == "PER" and (p < pid or m[0] < start)
        )
        voices = [v for v in getattr(self, "spoken", []) if (v.pid, v.char) < (pid, start)]
        if named_outside or not voices or voices[-1].pid < pid - NEARBY_PARAGRAPHS:
            return set()
        last = voices[-1].speaker
        gender = self.gender_of.get(last.entity, "unknown")
        if (
            last.type != "person"
            or speaker.gender not in {"unknown", gender}
            and gender != "unknown"
        ):
            return set()
        nouns = {_role_key(w) for w in words[1:]}
        return {last.entity} if self._may_hold(last.entity, nouns, speaker.text) else set()

    def _voice_just_before(self, speaker: Speaker, head: str, pid: int, start: int) -> set[str]:
        """A definite description in the incise of a quotation stands for the last voice of
        the same paragraph before the quotation (a person quoted or a named subject) when no
        other person is named between: French news renames the speaker it just quoted, with a
        noun the article need not have given before (« producteur de miel » → « l'apiculteur »).
        A role the article gave to someone else (« le maire Y ») is Y's, not this voice's."""
        words = speaker.text.lower().replace("’", "'").split()
        if speaker.type != "description" or not words:
            return set()
        if words[0] not in {"le", "la"} and not words[0].startswith("l'"):
            return set()
        tokens = self.tokens.get(pid)
        named = [  # a subject proper, not a name in apposition (« par le président, X »)
            v for v in self.parsed_voices() if tokens is not None and _plain_subject(tokens, v.char)
        ]
        voices = [
            v
            for v in named + getattr(self, "spoken", [])
            if v.pid == pid and v.char <= start and not v.plural
        ]
        if not voices:
            return set()
        last = max(voices, key=lambda v: v.char).speaker
        if last.type != "person" or not last.entity:
            return set()
        quoted = _quoted(self.texts.get(pid, ""))
        since = max(v.char for v in voices if v.speaker.entity == last.entity)
        if any(
            label == "PER"
            and entity != last.entity
            and since < m_start < start
            and not any(a <= m_start < b for a, b in quoted)
            for m_start, _, entity, label in self.mentions.get(pid, [])
        ):
            return set()
        holders = {h[2] for h in self._role_entries(head, speaker.text)}
        gender = self.gender_of.get(last.entity, "unknown")
        if holders and last.entity not in holders:
            return set()
        if "unknown" not in {speaker.gender, gender} and gender != speaker.gender:
            return set()
        return {last.entity}

    def _only_voice_of_its_gender(
        self, speaker: Speaker, head: str, pid: int, start: int
    ) -> set[str]:
        """« résume la porte-parole »: a spokesperson whose article says their gender is the
        one person of that gender quoted before in the article. Speaking for a group is a
        task, not a title: the teacher quoted first may be the union's spokeswoman. Other
        nouns (« le magistrat ») may bring in someone not quoted yet."""
        words = speaker.text.lower().replace("’", "'").split()
        if speaker.type != "description" or speaker.gender == "unknown" or len(words) != 2:
            return set()
        if words[0] not in {"le", "la"} or _role_key(head) not in _SPEAKING_FOR:
            return set()
        quoted = {
            v.speaker.entity
            for v in getattr(self, "spoken", [])
            if (v.pid, v.char) < (pid, start) and v.speaker.type == "person" and v.speaker.entity
        }
        same = {p for p in quoted if self.gender_of.get(p, "unknown") == speaker.gender}
        return same if len(same) == 1 else set()

    def _may_hold(self, person: str, nouns: set[str], description: str = "") -> bool:
        """« le berger » is not the one the article called « le préfet X »: a person given
        other roles only is not this description, unless its noun fits any role (« l'élu »);
        nor is « le président de la N-VA » the one given « le président du VB »."""
        given = {
            key
            for key, holders in self.roles.items()
            if names_people(key) and any(h[2] == person for h in holders)
        }  # « X, récompensée pour … » gives no role: only nouns naming people count
        names = _COMPLEMENT_NAME.findall(description)
        if names and any(
            not self._written_beside(h, names)
            for key in given & nouns
            for h in self.roles[key]
            if h[2] == person
        ):
            return False
        return not given or bool(nouns & (given | {_role_key(w) for w in _ANY_ROLE}))

    def _mention_in(self, pid: int, start: int, end: int, labels=("PER", "ORG")):
        for m_start, m_end, entity, label in self.mentions.get(pid, []):
            if start <= m_start and m_end <= end and label in labels:
                return entity, label
        return None

    def _mention_around(self, pid: int, start: int, end: int):
        """« Mme Letarte-Lavoie répondait »: the parser's subject is the last piece of a
        person's name; the name around it is the speaker."""
        for m_start, m_end, entity, label in self.mentions.get(pid, []):
            if m_start < start and end <= m_end and label == "PER":
                return entity, label
        return None

    def _starts_mention(self, pid: int, char: int) -> bool:
        return any(start == char for start, _, _, _ in self.mentions.get(pid, []))

    def _speaker_of_phrase(self, pid: int, tokens: Tokens, lo: int, hi: int) -> Speaker | None:
        """The speaker a noun phrase names: a pronoun, a name, or a description."""
        items = tokens.items
        while lo < hi and (
            items[lo]["pos"] in {"PUNCT", "ADP", "CCONJ"} or _CLOCK_TIME.match(items[lo]["text"])
        ):  # « indiquait à 7h00 le secrétaire régional »: the hour is no part of the speaker
            lo += 1
        if lo >= hi:
            return None
        first = items[lo]
        word = first["text"].lower().lstrip("-")
        if word == "t" and lo + 1 < hi:  # a-t-il
            lo, first = lo + 1, items[lo + 1]
            while lo + 1 < hi and not any(c.isalpha() for c in first["text"]):
                lo, first = lo + 1, items[lo + 1]  # « a-t-scandé X », the pronoun left out
            word = first["text"].lower().lstrip("-")
        if word in SUBJECT_PRONOUNS:
            return pronoun_speaker(word)
        if pointing := _POINTING.match(self.texts.get(pid, ""), first["start_char"]):
            head = pointing.group(1).lower()
            return Speaker(
                text=pointing.group(0),
                type="group" if head in {"ceux", "celles"} else "unknown",
                gender=_POINTING_GENDER[head] or "unknown",
                pronoun=True,
            )
        if word in _DEMONSTRATIVES and lo + 1 < hi and items[lo + 1]["text"].lower() in _RELATIVES:
            return Speaker(text=word, gender=_DEMONSTRATIVES[word], pronoun=True)
        for k in range(lo, hi):  # a relay is not a speaker: stop at « cité par »
            if items[k]["text"].lower() in _RELAYS:
                hi = k
                break
        if one_of := self._one_of(pid, items, lo, hi):
            return one_of
        hi = _before_relative(items, lo, hi)
        hi = self._before_addressee(pid, items, lo, hi)
        start, end = (
            items[lo]["start_char"],
            items[hi - 1]["start_char"] + len(items[hi - 1]["text"]),
        )
        person = self._mention_in(pid, start, end, ("PER",)) or self._mention_around(
            pid, start, end
        )
        if person:
            # « la juge Marie X »: the words before the name may say its gender, not those
            # after it (« X, juriste à la CLCV, une association »)
            name_at = next(
                (
                    tokens.index_from(m[0])
                    for m in self.mentions.get(pid, [])
                    if m[2] == person[0] and start <= m[0] < end
                ),
                hi,
            )
            return Speaker(
                text=person[0],
                entity=person[0],
                label="PER",
                type="person",
                gender=self._gender_before_name(items, lo, name_at),
            )
        head = next((k for k in range(lo, hi) if items[k]["pos"] in {"NOUN", "PROPN"}), None)
        noun_like = (
            items[lo]["pos"] in {"DET", "NUM"} and lo + 1 < hi and items[lo + 1]["pos"] == "ADJ"
        )
        if noun_like and (
            head is None or lo + 2 < hi and items[lo + 2]["pos"] == "ADP"
        ):  # « un Egyptien », « une autre », « trois habitantes », « cette ouvrière de 42
            head = lo + 1  # ans »: an adjective used as a noun, or a noun tagged as one
        if (
            items[lo]["pos"] == "DET"
            and lo + 1 < hi
            and items[lo + 1]["pos"] == "VERB"
            and items[lo + 1]["text"][:1].islower()
        ):  # « crie ce supporter accompagné de son fils »: a noun the tagger read as a verb,
            head = lo + 1  # after its determiner, is the head, not a noun further on
        if head is None:
            return None
        organisation = self._mention_in(pid, start, end, ("ORG",))
        named_head = [
            m[2]
            for m in self.mentions.get(pid, [])
            if m[0] == items[head]["start_char"] and m[3] == "ORG"
        ]
        if named_head and (_ACRONYM.match(items[head]["text"]) or head == lo):
            # « a indiqué le SPVM », « alerte Météo France »: a body's name the tagger read as
            # a noun, an acronym or a name with no determiner, names the body
            return Speaker(named_head[0], named_head[0], "ORG", "organisation")
        # « raconte Lois LeBlanc », « dit Rose Martin »: a capitalised word with no determiner
        # opening the phrase is a name, whatever noun the tagger read in it
        capitalised_name = head == lo and items[head]["text"][:1].isupper()
        if (
            items[head]["pos"] == "PROPN"
            or capitalised_name
            or (organisation and items[head]["lemma"] in ORGANISATION_NOUNS)
        ):
            named = self._mention_in(pid, items[head]["start_char"], end) or organisation
            if named:
                kind = "person" if named[1] == "PER" else "organisation"
                # « la préfecture »: a body's grammatical gender, for « elle » to agree with
                gender = self._description_gender(items, lo, head + 1)
                gender = "unknown" if kind == "person" else gender
                return Speaker(named[0], named[0], named[1], kind, gender)
            after_article = head > lo and items[head - 1]["pos"] == "DET"
            place = any(  # a place the model found, written as one (« du Rhône »): no speaker
                m[0] == items[head]["start_char"] and m[3] == "LOC" and self._written_as_place(m[2])
                for m in self.mentions.get(pid, [])
            )
            if (
                (items[head]["pos"] == "PROPN" or capitalised_name)
                and not after_article
                and not place
            ):
                # a name NER missed
                last = head
                while (
                    last + 1 < hi
                    and (
                        items[last + 1]["pos"] == "PROPN"
                        # « Mai Van Long »: a name's word the tagger could not place
                        or items[last + 1]["pos"] == "X"
                        and items[last + 1]["text"][:1].isupper()
                    )
                ):
                    last += 1
                # as written: « Météo-France », not « Météo - France »
                written_end = items[last]["start_char"] + len(items[last]["text"])
                text = self.texts[pid][items[head]["start_char"] : written_end]
                if surnamed := self._surnamed_person(text):
                    return self._person(surnamed)
                return Speaker(text=text, entity=text, label="PER", type="person")
        # a description: the head noun with its determiner, adjectives and « de » complements
        last = head
        while last + 1 < hi and items[last + 1]["pos"] in {"ADJ", "NOUN", "PROPN", "ADP", "DET"}:
            nxt = items[last + 1]
            if nxt["pos"] == "ADP" and nxt["text"].lower() not in _OF:
                break  # « la préfecture dans un communiqué »: the description ends
            if nxt["pos"] == "DET" and items[last]["pos"] != "ADP":
                break  # « respecte selon le juge les conditions »: the object begins
            last += 1
        while last > head and (
            items[last]["pos"] in {"ADP", "DET"} or items[last]["lemma"] in _TIME_WORDS
        ):  # « a précisé le magistrat lundi »: the day is when, not who
            last -= 1
        begin = head  # its determiner, adjectives and number before the noun: « le jeune éleveur »
        while begin > lo and items[begin - 1]["pos"] in {"DET", "ADJ", "NUM"}:
            begin -= 1
            if items[begin]["pos"] == "DET":
                break
        text = self.texts[pid][
            items[begin]["start_char"] : items[last]["start_char"] + len(items[last]["text"])
        ]
        is_org = items[head]["lemma"].lower() in ORGANISATION_NOUNS  # « la Fondation »
        if is_org and (acronym := self._acronym_after(pid, items, last, hi)):
            return Speaker(text=acronym, entity=acronym, label="ORG", type="organisation")
        gender = self._description_gender(items, begin, head + 1)  # a body's: for agreement
        return Speaker(text=text, type="organisation" if is_org else "description", gender=gender)

    def _before_addressee(self, pid: int, items: list[dict], lo: int, hi: int) -> int:
        """« lance un commerçant à Sophie Marchal »: a person named right after « à »
        following the speaker's noun is the one spoken to; the phrase ends before « à »."""
        for j in range(lo + 1, hi - 1):
            if items[j]["text"].lower() != "à" or items[j - 1]["pos"] != "NOUN":
                continue
            start = items[j + 1]["start_char"]
            if any(m[0] == start and m[3] == "PER" for m in self.mentions.get(pid, [])):
                return j
        return hi

    def _acronym_after(self, pid: int, items: list[dict], last: int, hi: int) -> str | None:
        """« le comité national des pêches (CNPMEM) »: the acronym in parentheses after an
        organisation's description is its name, whatever label the model gave it."""
        k = last + 1
        if not (k + 2 < len(items) and items[k]["text"] == "(" and items[k + 2]["text"] == ")"):
            return None
        word = items[k + 1]["text"]
        if not _ACRONYM.match(word) or k + 2 >= hi + 1:
            return None
        named = [m[2] for m in self.mentions.get(pid, []) if m[0] == items[k + 1]["start_char"]]
        return named[0] if named else word

    def _one_of(self, pid: int, items: list[dict], lo: int, hi: int) -> Speaker | None:
        """« l'une d'eux », « l'un des habitants », « un de ses voisins »: one member of a
        group, a description whose gender is the pronoun's."""
        one = lo + 1 if items[lo]["text"].lower() in _DEFINITE else lo
        if not (
            one + 1 < hi
            and items[one]["pos"] == "PRON"
            and items[one]["text"].lower() in _ONE_OF
            and items[one + 1]["pos"] == "ADP"
            and items[one + 1]["text"].lower() in _OF
        ):
            return None
        last = one + 1
        while last + 1 < hi and items[last + 1]["pos"] in {"ADP", "DET", "PRON", "NOUN", "ADJ"}:
            last += 1
            if items[last]["pos"] in {"PRON", "NOUN"}:
                break
        text = self.texts[pid][
            items[lo]["start_char"] : items[last]["start_char"] + len(items[last]["text"])
        ]
        gender = _ONE_OF[items[one]["text"].lower()]
        return Speaker(text=text, type="description", gender=gender)

    @staticmethod
    def _description_gender(items: list[dict], lo: int, hi: int) -> str:
        """« la ministre », « une habitante »: a singular phrase's gender; plural → unknown.
        The article says it first (« la jeune cycliste »: the model guesses the gender of a
        noun of either gender, never of « la »); after « l' », the noun or adjective does.
        A noun of one gender for everyone (« la victime », « le témoin ») says nothing."""
        if any(t["pos"] == "NOUN" and t["lemma"].lower() in _EPICENE for t in items[lo:hi]):
            return "unknown"
        for token in items[lo:hi]:
            if token["pos"] in {"DET", "NOUN", "ADJ"}:
                if token["number"] == "Plur":
                    return "unknown"
                if token["gender"] in _GENDER:
                    return _GENDER[token["gender"]]
        return "unknown"

    @classmethod
    def _gender_before_name(cls, items: list[dict], lo: int, name_at: int) -> str:
        """The gender the words before a name give its bearer: those of a description of a
        person up to its complement (« la ministre de la Culture X »), not an adjunct's
        (« a déclaré à son arrivée à l'aéroport d'Orly X »)."""
        end = next((k for k in range(lo, name_at) if items[k]["pos"] == "ADP"), name_at)
        nouns = [t for t in items[lo:end] if t["pos"] == "NOUN"]
        if (
            end < name_at
            and nouns
            and not any(names_people(t["lemma"]) or names_people(t["text"]) for t in nouns)
        ):
            return "unknown"
        return cls._description_gender(items, lo, end)

    def _with_apposition(self, pid: int, tokens: Tokens, end_k: int, speaker: Speaker) -> Speaker:
        """« la ministre, Marie Dupont »: a name right after the description wins."""
        items = tokens.items
        if speaker.entity or end_k >= len(items) or items[end_k]["text"] != ",":
            return speaker
        k = end_k + 1
        if k + 1 < len(items) and items[k]["text"] in _APPOSED_HONORIFICS:
            k += 1  # « son conseil, Me Henry Dupont »: the honorific before the name
        elif (
            k + 2 < len(items) and items[k]["pos"] == "DET" and names_people(items[k + 1]["lemma"])
        ):
            # « l'un des auteurs, le conservateur britannique Jack Doyle »: a second
            # description, then the name
            k = self._name_after_description(pid, items, k + 2) or k
        # « …, Mohamed Abdoulkader Moussa »: a person's mention opening there, whatever the
        # tagger made of its first word
        starting = k < len(items) and any(
            m[0] == items[k]["start_char"] and m[3] == "PER" for m in self.mentions.get(pid, [])
        )
        if k < len(items) and (items[k]["pos"] == "PROPN" or starting):
            last = k
            while last + 1 < len(items) and (
                items[last + 1]["pos"] == "PROPN" or items[last + 1]["dep"] == "flat:name"
            ):  # « Aimé Kolo »: a surname the tagger read as a noun is still the name's
                last += 1
            end = items[last]["start_char"] + len(items[last]["text"])
            # « Anne de Beco »: a name with a particle runs past the proper nouns
            end = max(
                [end] + [m[1] for m in self.mentions.get(pid, []) if m[0] == items[k]["start_char"]]
            )
            named = self._mention_in(pid, items[k]["start_char"], end, ("PER",))
            if named:
                gender = speaker.gender if speaker.type == "description" else "unknown"
                return Speaker(
                    text=named[0], entity=named[0], label="PER", type="person", gender=gender
                )
            body = self._mention_in(pid, items[k]["start_char"], end, ("ORG",))
            if body and not any(
                names_people(w) for w in re.findall(r"[\w-]+", speaker.text.lower())
            ):  # « explique l'exploitant du réseau, Kéolis »: a body's description, its name
                return Speaker(body[0], body[0], "ORG", "organisation")
        if k < len(items) and self._first_name_between_commas(pid, items, k, speaker):
            person = self._named_person(items[k]["text"])
            person.gender = speaker.gender
            return person
        return speaker

    def _name_after_description(self, pid: int, items: list[dict], k: int) -> int | None:
        """Where a person's mention opens after a description's adjectives and nouns."""
        starts = {m[0] for m in self.mentions.get(pid, []) if m[3] == "PER"}
        for j in range(k, min(len(items), k + 5)):
            if items[j]["start_char"] in starts:
                return j
            if items[j]["pos"] not in {"ADJ", "NOUN", "PROPN"}:
                return None
        return None

    def _first_name_between_commas(self, pid: int, items: list[dict], k: int, speaker) -> bool:
        """« Un autre témoin, Fabrice, raconte »: one capitalised word between commas after
        a description naming people is that person's first name, whatever the model made
        of it (a body it names is not)."""
        word = items[k]
        return (
            speaker.type == "description"
            and word["pos"] in {"PROPN", "NOUN"}
            and any(names_people(w) for w in re.findall(r"[\w-]+", speaker.text.lower())[1:3])
            and word["text"].isalpha()
            and word["text"][:1].isupper()
            and not word["text"].isupper()
            and k + 1 < len(items)
            and items[k + 1]["text"] in {",", ":"}
            and not any(
                m[0] == word["start_char"] and m[3] == "ORG" for m in self.mentions.get(pid, [])
            )
        )

    def _subject(self, pid: int, tokens: Tokens, verb: int, lo: int, hi: int) -> Speaker | None:
        """The subject of a reporting verb, climbing to the verb it depends on."""
        items = tokens.items
        clitic = verb + 2 if verb + 1 < len(items) and items[verb + 1]["text"] == "-t" else verb + 1
        word = items[clitic]["text"] if clitic < len(items) else ""
        if verb and items[verb - 1]["text"].startswith("-"):  # « a-t-il ajouté »
            word = items[verb - 1]["text"]
        if word.startswith("-") and word[1:].lower() in SUBJECT_PRONOUNS:
            # « Mais, a-t-il ajouté, cette consécration « … » »: the clitic is the subject
            return pronoun_speaker(word[1:].lower())
        k: int | None = verb
        for _ in range(3):
            if k is None:
                return None
            subjects = [
                c
                for c in tokens.children(k)
                if lo <= c < hi
                and (
                    tokens.items[c]["dep"] in {"nsubj", "nsubj:pass"}
                    # « il s'étonne »: the parser takes « il » before « se » for « il faut »'s
                    or tokens.items[c]["dep"] == "expl:subj"
                    and tokens.items[c]["text"].lower() in SUBJECT_PRONOUNS
                    and is_reporting_verb(tokens.items[k]["lemma"], tokens.items[k]["text"])
                )
            ]
            if len(subjects) > 1 and _dislocated_object(tokens, k, subjects):
                subjects = subjects[1:]  # « Les clients, elle les connaît : »: « elle » speaks
            if subjects and (antecedent := self._relative_antecedent(pid, tokens, k, lo)):
                return antecedent
            if subjects:
                first, last = tokens.subtree(subjects[0], lo, hi)
                # « Dans un communiqué publié …, la commission »: a phrase after a preposition
                # is no subject; the subject is the phrase after the adjunct's last comma
                oblique = any(
                    tokens.items[c]["dep"] == "case" for c in tokens.children(subjects[0])
                )
                end = last if oblique else subjects[0]
                commas = [j for j in range(first, end) if tokens.items[j]["text"] == ","]
                if commas:
                    first = commas[-1] + 1
                found = self._speaker_of_phrase(pid, tokens, first, last)
                if found:  # « Un autre témoin, Fabrice, raconte »: the apposition inside
                    comma = _first_comma(tokens.items, first, last)
                    found = self._with_apposition(pid, tokens, comma, found)
                    return self._with_apposition(pid, tokens, last, found)
            if tokens.items[k]["dep"] not in {"xcomp", "conj", "advcl", "ccomp", "parataxis"}:
                return None
            k = tokens.head(k)
        return None

    def _relative_antecedent(self, pid: int, tokens: Tokens, verb: int, lo: int):
        """« celle du ministre X, qui avait affirmé que « … » »: the subject « qui » of a
        relative clause stands for the noun phrase the clause hangs on."""
        items = tokens.items
        head = tokens.head(verb)
        subject = [c for c in tokens.children(verb) if items[c]["dep"] == "nsubj"]
        if (
            items[verb]["dep"] != "acl:relcl"
            or head is None
            or not lo <= head < verb
            or not subject
            or items[subject[0]]["text"].lower() != "qui"
        ):
            return None
        first, last = tokens.subtree(head, lo, subject[0])
        speaker = self._speaker_of_phrase(pid, tokens, first, last)
        return None if speaker is None or _a_thing(speaker) else speaker  # « une annonce qui »

    def _inverted_subject(self, pid: int, tokens: Tokens, lo: int, hi: int) -> Speaker | None:
        """The noun phrase after an incise verb: a person named in it or in its apposition
        (« a dénoncé Stéphane Peu, le député » ; « a déclaré la ministre, Marie Dupont »),
        else the phrase itself. A time phrase before it (« deux jours plus tôt ») is skipped."""
        items = tokens.items
        k = lo
        while k < hi and (
            items[k]["pos"] in {"ADV", "NUM", "PUNCT", "ADP"}
            or items[k]["lemma"] in _TIME_WORDS
            or (items[k]["pos"] == "DET" and k + 1 < hi and items[k + 1]["lemma"] in _TIME_WORDS)
        ):
            named = k + 1  # « à Blick », « à l’AFP »: the name after its article
            while named < hi and items[named]["pos"] == "DET":
                named += 1
            if items[k]["pos"] == "ADP" and (
                items[k]["text"].lower() not in {"à", "au", "aux"}
                or named < hi
                and self._starts_mention(pid, items[named]["start_char"])
                or _people_addressed(items, k, hi)
                # « vocifère au micro une enseignante »: an adjunct, then the speaker
                or _second_phrase(items, k, self._phrase_end(tokens, k, hi)) is not None
            ):  # « formule à Blick l'élue »: a name after « à » is the one spoken to
                break
            k += 1
        if _set_off_attribute(items, k, hi):  # « lâche, effondré, X »: how X said it
            k += 2
        if k + 1 < hi and items[k]["pos"] == "NOUN" and items[k + 1]["pos"] == "ADP":
            # « détaille, face à la caméra, le capitaine Martel »: a bare noun and a
            # preposition open an adverbial (face à, grâce à, lors de), not the speaker
            comma = next((j for j in range(k + 2, hi) if items[j]["text"] == ","), None)
            if comma is not None:
                k = comma + 1
        if k < hi and (aside := _ASIDE.match(self.texts[pid], items[k]["start_char"])):
            # « assure de son côté la direction »: an aside, then the speaker
            while k < hi and (items[k]["start_char"] < aside.end() or items[k]["text"] == ","):
                k += 1
        if k < hi and items[k]["pos"] == "ADP":  # « a déclaré à l'AFP X »: skip the addressee
            j = self._phrase_end(tokens, k, hi)
            outlet = k + 1
            while outlet < j and items[outlet]["pos"] == "DET":
                outlet += 1
            spans = self.mentions.get(pid, [])
            named = [m for m in spans if outlet < j and m[0] == items[outlet]["start_char"]]
            if named:  # the addressee is a name: the speaker comes after it
                after = tokens.index_from(named[0][1])
                if after < j:
                    k = after
            elif (second := _second_phrase(items, k, j)) is not None:
                # « a lancé en zone mixte la Caribéenne »: a determiner after the
                # adjunct's noun opens the speaker's phrase
                k = second
            else:
                propns = [n for n in range(k + 1, min(j, k + 5)) if items[n]["pos"] == "PROPN"]
                ends = items[j - 1]["start_char"] + len(items[j - 1]["text"])
                # « souligne dans son bulletin Météo-France »: the name ends the phrase
                starts = {m[0] for m in spans if m[1] == ends}
                last = [n for n in propns if items[n]["start_char"] in starts]
                if last and items[last[0] - 1]["pos"] == "ADP" and j + 1 < hi:
                    # « dans un entretien avec Xinhua, l'entraîneur »: the name is the
                    # preposition's, the speaker comes after the comma
                    k = j + 1
                elif last:
                    k = last[0]
                elif propns and propns[-1] + 1 < j:
                    k = propns[-1] + 1
                elif (
                    not propns
                    and j + 1 < hi
                    and items[j]["text"] == ","
                    and not any(names_people(items[n]["text"].lower()) for n in range(k, j))
                ):
                    # « ajoute, de son côté, Maître X »: an adverbial between commas
                    k = j + 1
        if _people_addressed(items, k, hi):
            # « a-t-on expliqué aux journalistes »: those spoken to; the speaker, if any,
            # after the comma (« a expliqué au Premier ministre, Claude Duval »)
            addressee_end = self._phrase_end(tokens, k, hi)
            subject = next(
                (
                    j
                    for j in range(k + 2, addressee_end)
                    if items[j]["pos"] == "DET"
                    and items[j - 1]["pos"] in {"NOUN", "ADJ"}
                    and items[j]["text"].lower() not in {"au", "aux", "du", "des", "de"}
                ),
                None,
            )  # « a avoué aux policiers le suspect », « aux gendarmes l'un des passagers »
            if subject is not None:
                return self._inverted_subject(pid, tokens, subject, hi)
            if addressee_end + 1 >= hi or items[addressee_end]["text"] != ",":
                return None
            return self._inverted_subject(pid, tokens, addressee_end + 1, hi)
        first_end = _before_adjunct(items, k, self._phrase_end(tokens, k, hi))
        speaker = self._speaker_of_phrase(pid, tokens, k, first_end)
        # « un rapport dont l'auteur est le député, X »: the name belongs to the clause
        described = _before_relative(items, k, first_end) == first_end
        if speaker is not None and not speaker.entity and not speaker.pronoun and described:
            speaker = self._with_apposition(pid, tokens, first_end, speaker)
        elif speaker is not None and speaker.entity and _name_in_complement(items, k, first_end):
            # « le propriétaire du Clan Panneton, Pierre-Olivier Cyr »: the name after the
            # comma is the speaker, the one in the complement is what the noun belongs to
            named = self._with_apposition(pid, tokens, first_end, Speaker(type="description"))
            speaker = (
                named if named.entity else self._owner_described(pid, items, k, first_end, speaker)
            )
        return speaker

    def _owner_described(
        self, pid: int, items: list[dict], lo: int, hi: int, speaker: Speaker
    ) -> Speaker:
        """« précise ce vigneron à la tête du domaine Grisard Jean-Pierre et fils »: a name
        set after a noun of things (« domaine », « clan ») in the complement names the
        thing; the speaker is the description before the complement."""
        first = next(
            (j for j in range(lo, hi) if items[j]["text"] == speaker.text.split()[0]), None
        )
        if first is None or first - 1 <= lo + 1:
            return speaker
        if items[first - 1]["text"].lower() not in _NAMED_THINGS:
            return speaker  # « coauteur de l'étude Paul Barrett »: the name is the speaker's
        cut = next((j for j in range(lo + 2, first) if items[j]["pos"] == "ADP"), None)
        if cut is None or items[lo]["pos"] != "DET" or items[lo + 1]["pos"] != "NOUN":
            return speaker
        text = self.texts[pid][
            items[lo]["start_char"] : items[cut - 1]["start_char"] + len(items[cut - 1]["text"])
        ]
        gender = self._description_gender(items, lo, lo + 2)
        return Speaker(text=text, type="description", gender=gender)

    @staticmethod
    def _phrase_end(tokens: Tokens, lo: int, hi: int) -> int:
        k = lo
        while k < hi and tokens.items[k]["text"] != ",":
            k += 1
        return k

    @staticmethod
    def _names_a_speaker(speaker: Speaker) -> bool:
        """A description that can speak: a person or group, not a thing (« la relation »)."""
        return speaker.text.replace("’", "'").split("'")[0].split(" ")[0].lower() in {
            "l",
            "le",
            "la",
            "l'",
            "l’",
            "un",
            "une",
            "les",
            "des",
            "ce",
            "cette",
            "son",
            "sa",
        }

    def _before_colon(self, pid: int, tokens: Tokens, lo: int, colon: int) -> Speaker | None:
        """« X fait part de ses inquiétudes : « … » »: a clause ending on a colon right before
        the quotation introduces it, whatever its verb; its subject is the speaker, or the
        one person it names."""
        items = tokens.items
        verbs = [k for k in range(lo, colon) if items[k]["pos"] == "VERB"]
        roots = [k for k in verbs if items[k]["dep"] == "ROOT"]
        thing = None  # « Trois crues poussent X à partir : »: the person named wins
        for verb in (roots or verbs)[:1]:
            if agent := self._agent_of_saying(pid, tokens, verb, lo, colon):
                return agent
            speaker = self._subject(pid, tokens, verb, lo, colon)
            if speaker and not _a_thing(speaker):
                return speaker
            thing = speaker
        if not verbs:  # « Une dame s'indigne : »: the parser took the verb for an adjective
            reporting = [
                k for k in range(lo, colon)
                if items[k]["text"].islower()
                and is_reporting_verb(items[k]["lemma"], items[k]["text"])
            ]  # fmt: skip
            cue = reporting[0] if reporting else None
            subject_end = cue
            while (
                subject_end is not None
                and subject_end > lo
                and (
                    items[subject_end - 1]["text"].lower().replace("’", "'") in _CLITICS_BEFORE_VERB
                )
            ):
                subject_end -= 1
            start = lo
            if subject_end is not None and items[lo]["pos"] == "ADP":
                # « À ses côtés, un manifestant abonde : »: the adjunct is no subject
                start = min(_first_comma(items, lo, subject_end) + 1, subject_end)
            if subject_end is not None and subject_end > start:
                if speaker := self._speaker_of_phrase(pid, tokens, start, subject_end):
                    comma = _first_comma(items, start, subject_end)
                    return self._with_apposition(pid, tokens, comma, speaker)
        verb = verbs[0] if verbs else None
        if (
            verb is not None
            and verb + 1 < colon
            and is_reporting_verb(items[verb]["lemma"], items[verb]["text"])
        ):  # « espère X, qui … : »: a person named right after the clause's reporting verb
            start = items[verb + 1]["start_char"]
            named = [m[2] for m in self.mentions.get(pid, []) if m[0] == start and m[3] == "PER"]
            if named:
                return self._person(named[0])
        end = items[colon]["start_char"]
        text = self.texts.get(pid, "")
        people = {
            m[2]
            for m in self.mentions.get(pid, [])
            if m[3] == "PER"
            and items[lo]["start_char"] <= m[0]
            and m[1] <= end
            and not _in_brackets(text, m[0], end)  # « X (FRA/1er) : »: a name's complement
        }
        if len(people) == 1:
            person = people.pop()
            return Speaker(person, person, "PER", "person", self.gender_of.get(person, "unknown"))
        if thing is not None and _a_thing(thing):
            # « La colère se fait sentir chez cette passante, … : »: the one person the
            # clause describes speaks, not the feeling
            return self._described_person(pid, tokens, lo, colon) or thing
        return thing

    def _agent_of_saying(
        self, pid: int, tokens: Tokens, verb: int, lo: int, colon: int
    ) -> Speaker | None:
        """« X est tancé par la présidente : « … » »: a passive verb of saying; its agent
        speaks, not its subject."""
        items = tokens.items
        if not is_reporting_verb(items[verb]["lemma"], items[verb]["text"]) or not any(
            items[k]["dep"] == "aux:pass" for k in tokens.children(verb)
        ):
            return None
        for k in tokens.children(verb):
            if items[k]["dep"] == "obl:agent" and lo <= k < colon:
                return self._speaker_of_phrase(pid, tokens, *tokens.subtree(k, lo, colon))
        return None

    def _described_person(self, pid: int, tokens: Tokens, lo: int, hi: int) -> Speaker | None:
        """The one noun phrase of people (a determiner, then a noun of people) in a clause."""
        items = tokens.items
        found = [
            k
            for k in range(lo + 1, hi)
            if items[k]["pos"] == "NOUN"
            and items[k - 1]["pos"] == "DET"
            and names_people(items[k]["text"].lower())
        ]
        if len(found) != 1:
            return None
        k = found[0]
        end = k + 1
        while end < hi and items[end]["pos"] == "ADJ":
            end += 1
        return self._speaker_of_phrase(pid, tokens, k - 1, end)

    def _source_in(self, pid: int, tokens: Tokens, lo: int, hi: int) -> Speaker | None:
        """A person or organisation named in a phrase, before any relay (« cité par »)."""
        items = tokens.items
        for k in range(lo, hi):
            if items[k]["text"].lower() in _RELAYS:
                hi = k
                break
        if lo >= hi:
            return None
        end = items[hi - 1]["start_char"] + len(items[hi - 1]["text"])
        named = self._mention_in(pid, items[lo]["start_char"], end)
        if named is None:
            return None
        kind = "person" if named[1] == "PER" else "organisation"
        return Speaker(named[0], named[0], named[1], kind)

    def _named_person(self, name: str) -> Speaker:
        """A first name the model did not label, as a person."""
        return Speaker(name, name, "PER", "person")

    def _surnamed_person(self, text: str) -> str | None:
        """« détaille Mme Cournoyer », which NER missed: the honorific and a surname stand
        for the one person of the article whose full name ends with that surname."""
        cut = strip_title(text)
        if not cut or not cut[0] or " " in cut[0]:
            return None
        people = {
            entity
            for spans in self.mentions.values()
            for _, _, entity, label in spans
            if label == "PER" and entity.split()[-1] == cut[0] and " " in entity
        }
        return people.pop() if len(people) == 1 else None

    def _person(self, entity: str) -> Speaker:
        return Speaker(entity, entity, "PER", "person", self.gender_of.get(entity, "unknown"))

    def _label_line(self, pid: int) -> str | None:
        """The person of a short name line after a pull quote (« X, maire de Y »), or of
        a label before it (« Le plus satisfait : X (Monaco) »)."""
        if self._lines_head_quotes(pid):
            return self._name_line(pid - 1)
        after = self.mentions.get(pid + 1)
        # « X (équipe), vainqueur : » ends on a colon: it heads the quotations after it
        heads_next = self.texts.get(pid + 1, "").rstrip().endswith(":")
        if after and len(self.texts.get(pid + 1, "")) <= 200 and not heads_next:
            if after[0][0] == 0 and after[0][3] == "PER":
                return after[0][2]
        if caption := self._caption_name(pid + 1):
            return caption
        for p in range(pid - 1, pid - 1 - LABEL_REACH, -1):
            before, text = self.mentions.get(p), self.texts.get(p, "").strip()
            if text[:1] in '«“"' and text[-1:] in '»”".':
                continue  # a displayed quotation under the same label: « Un autre monde »
            is_label = not set('«»“”"') & set(text) and text.endswith((":", ")"))
            if before and len(text) <= 120 and is_label:
                people = [m[2] for m in before if m[3] == "PER"]
                if len(set(people)) == 1:
                    return people[0]
            break
        return None

    def _caption_name(self, pid: int) -> str | None:
        """« « … » » then « 10 mars 2016 : Marie D., 31 ans, prévenue … »: a line giving a
        person's name and who they are, after an optional date, signs the quotation."""
        text = self.texts.get(pid, "")
        date = _CAPTION_DATE.match(text)
        start = date.end() if date else len(text) - len(text.lstrip())
        for m_start, m_end, entity, label in self.mentions.get(pid, []):
            after = text[m_end : m_end + 12]
            if (
                m_start == start
                and after.startswith(",")
                and (label == "PER" or _AGE_AFTER.match(after))
            ):
                return entity
        return None

    def _name_line(self, pid: int) -> str | None:
        """The person who opens a short line without quotation marks (« X, capitaine »)."""
        text, spans = self.texts.get(pid, ""), self.mentions.get(pid)
        if not spans or len(text) > 200 or set('«»“”"') & set(text) or text.rstrip()[-1:] in ".!?":
            return None
        return spans[0][2] if spans[0][0] == 0 and spans[0][3] == "PER" else None

    def _lines_head_quotes(self, pid: int) -> bool:
        """« X, rôle » / « … » / « Y, rôle » / « … »: in a run of name lines and quotations,
        each line heads the quotation under it when the run opens on a line; a run that
        opens on a quotation has its lines as signatures below."""
        first = pid
        while self._name_line(first - 1) and self.texts.get(first - 2, "")[:1] in '«“"':
            first -= 2
        return self._name_line(first - 1) is not None

    title = ""  # the article's headline, when the caller gives it

    def _person_in_title(self, gender: str) -> str | None:
        """« Amélie Nothomb : … » over « l’écrivaine belge remporte … », dit-elle »: the
        one person of the article whose name the headline writes is the antecedent of a
        pronoun no name comes before, if the genders agree."""
        if not self.title:
            return None
        surfaces: dict[str, set[str]] = {}
        for pid, spans in self.mentions.items():
            text = self.texts.get(pid, "")
            for start, end, entity, label in spans:
                if label == "PER":
                    surfaces.setdefault(entity, {entity}).add(text[start:end])
        named = {
            entity
            for entity, forms in surfaces.items()
            if any(
                len(form) >= 4 and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", self.title)
                for form in forms
            )
        }
        if len(named) != 1:
            return None
        (person,) = named
        known = self.gender_of.get(person, "unknown")
        return person if gender == "unknown" or known in {"unknown", gender} else None

    def _last_person(self, pid: int, start: int, gender: str) -> str | None:
        for p in sorted((p for p in self.mentions if p <= pid), reverse=True):
            for m_start, m_end, entity, label in reversed(self.mentions[p]):
                if label != "PER" or (p == pid and m_end > start):
                    continue
                if self._one_word_at_a_place(p, m_start, entity, m_end):
                    continue
                known = self.gender_of.get(entity, "unknown")
                if gender == "unknown" or known in {"unknown", gender}:
                    return entity
        return None


_OBJECT_PRONOUNS = {"le", "la", "les", "l'", "l’"}


# a caption's date before the name it gives: « 10 mars 2016 : », « 29/04/2016 : »
_CAPTION_DATE = re.compile(
    r"^\s*(?:\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\s*:\s*"
)
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s+ans\b")


def _dislocated_object(tokens: Tokens, verb: int, subjects: list[int]) -> bool:
    """« Les clients, elle les connaît tous »: a noun set before a comma and taken up by an
    object pronoun of the verb is its object put first; the pronoun after it is the
    subject."""
    items = tokens.items
    noun, pronoun = subjects[0], subjects[1]
    return (
        items[noun]["pos"] == "NOUN"
        and items[pronoun]["text"].lower() in SUBJECT_PRONOUNS
        and any(items[j]["text"] == "," for j in range(noun + 1, pronoun))
        and any(
            items[c]["dep"] == "obj" and items[c]["text"].lower() in _OBJECT_PRONOUNS
            for c in tokens.children(verb)
        )
    )


def _first_comma(items: list[dict], lo: int, hi: int) -> int:
    return next((j for j in range(lo, hi) if items[j]["text"] == ","), hi)


def _name_in_complement(items: list[dict], lo: int, hi: int) -> bool:
    """« le propriétaire du Clan X »: a determiner and a common noun, then « de » before
    the first proper noun: the name completes the noun, it does not name the speaker."""
    if hi - lo < 4 or items[lo]["pos"] != "DET" or items[lo + 1]["pos"] != "NOUN":
        return False
    names = [j for j in range(lo + 2, hi) if items[j]["pos"] == "PROPN"]
    return bool(names) and any(items[j]["text"].lower() in _OF for j in range(lo + 2, names[0]))


def _set_off_attribute(items: list[dict], k: int, hi: int) -> bool:
    """« », lâche, effondré, Paul Dupont »: one lowercase adjective or participle between
    commas after the incise verb says how the speaker spoke; the speaker comes after it."""
    return (
        0 < k
        and k + 2 < hi
        and items[k - 1]["text"] == ","
        and items[k + 1]["text"] == ","
        and items[k]["text"].isalpha()
        and items[k]["text"].islower()
        and items[k]["pos"] in {"ADJ", "VERB", "PROPN"}
    )


def _in_brackets(text: str, char: int, end: int) -> bool:
    """``char`` sits inside parentheses opened before it and closed before ``end``."""
    opened = text.rfind("(", 0, char)
    return opened != -1 and ")" not in text[opened:char] and ")" in text[char : end + 1]


def _plain_subject(tokens: Tokens, char: int) -> bool:
    """The name at ``char`` is a clause's subject itself (its flat parts climbed)."""
    k = tokens.at.get(char)
    while k is not None and tokens.items[k]["dep"] == "flat:name":
        k = tokens.head(k)
    return k is not None and tokens.items[k]["dep"] in {"nsubj", "nsubj:pass"}


def _quoted(text: str) -> list[tuple[int, int]]:
    return [(q.content_start, q.content_end) for q in quote_spans(text)]


def _one_of_a_group(words: list[str]) -> bool:
    """« l'un d'eux », « l' une des infirmières », « un de ses voisins » (words split after
    an apostrophe): one member of a group."""
    lowered = [w.lower().replace("’", "'") for w in words[:3]]
    if lowered[:1] == ["l'"]:
        lowered = lowered[1:]
    return len(lowered) >= 2 and lowered[0] in _ONE_OF and lowered[1] in _OF


def _title_taken_for_a_name(text: str, mention: tuple) -> bool:
    """« l'Avocate général », « la Maire »: a person's name never follows a definite
    article in French news, so a capitalised title the model took for a name is read as
    a description; nor a company's designator (« l'entreprise Colas »)."""
    start, _, _, label = mention
    if label != "PER":
        return False
    before = re.split(r"[\s'’]+", text[:start][-30:].strip())
    if before and before[-1].lower() in _COMPANY_NOUNS:
        return True  # « l'entreprise Colas »: a company
    return bool(_ARTICLE_BEFORE.search(text[:start][-10:]))


_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:[lL]e |[lL]a |[lL]es |[lL]['’])$")


def _before_adjunct(items: list[dict], lo: int, hi: int) -> int:
    """« le maire à son arrivée devant le gymnase X »: a description ends where an
    adjunct of time or place begins; a name in the adjunct is no speaker. « de »
    complements stay (« la directrice de l'agence »), as does « adjoint à la maire »."""
    if lo >= hi or items[lo]["pos"] != "DET":
        return hi
    for k in range(lo + 1, hi - 1):
        word, nxt = items[k]["text"].lower(), items[k + 1]["text"].lower()
        if items[k]["pos"] != "ADP":
            continue
        if word in _ADJUNCT_ADP or word in {"à", "au"} and nxt in _POSSESSIVES:
            return k
    return hi


def _second_phrase(items: list[dict], adp: int, end: int) -> int | None:
    """The determiner that opens a new noun phrase right after a prepositional phrase's
    noun or adjective (« en zone mixte | la Caribéenne »), not a complement's (« de la »)."""
    seen_noun = False
    for k in range(adp + 1, end):
        pos = items[k]["pos"]
        if pos == "PROPN" and items[k]["text"].islower():
            pos = "NOUN"  # « au micro », the common noun tagged as a name
        if (
            pos == "DET"
            and seen_noun
            and (
                items[k - 1]["pos"] in {"NOUN", "ADJ"}
                or items[k - 1]["text"].islower()
                and items[k - 1]["pos"] == "PROPN"
            )
            and items[k]["text"].lower() not in {"au", "aux", "du", "des"}  # « à le », « de le »
            and k + 1 < end
            and _names_someone(items[k + 1])  # not « en séance la semaine dernière »
        ):
            return k
        seen_noun = seen_noun or pos == "NOUN"
    return None


def _people_addressed(items: list[dict], k: int, hi: int) -> bool:
    """« aux journalistes », « à ses proches »: « à » before people is whom the words are
    spoken to (« à la préfecture », where they were said, names a source)."""
    if k >= hi or items[k]["pos"] != "ADP" or items[k]["text"].lower() not in {"à", "au", "aux"}:
        return False
    j = k + 1
    while j < hi and items[j]["pos"] in {"DET", "ADJ", "NUM"}:
        j += 1
    if j >= hi:
        return False
    lemma = items[j]["lemma"].lower()
    return items[j]["pos"] == "NOUN" and (lemma == "personne" or names_people(lemma))


def _names_someone(token: dict) -> bool:
    """A noun for people (« le député ») or a capitalised word (« la Caribéenne »)."""
    return (
        token["lemma"] not in _TIME_WORDS
        and (
            names_people(token["lemma"])
            or names_people(token["text"])  # « les représentantes », read as a verb
            or token["text"][:1].isupper()
        )
    )


_ADJUNCT_ADP = {"dans", "lors", "pendant", "depuis", "avant", "après", "devant", "sur", "en"}
_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos"}


def _a_thing(speaker: Speaker) -> bool:
    """« Trois crues poussent X à partir : »: a description naming no people (« le
    Boulonnais », a person by origin, and « l'Elysée » name someone)."""
    written = speaker.text.replace("’", "'").replace("'", " ").split()
    words = [w.lower() for w in written]
    return (
        speaker.type == "description"
        and not any(names_people(w) for w in words)
        and not any(w[:1].isupper() for w in written[1:])
    )


def _before_relative(items: list[dict], lo: int, hi: int) -> int:
    """The end of a noun phrase before its relative clause (« un rapport dont … »)."""
    for k in range(lo + 1, hi):
        if items[k]["text"].lower() in _RELATIVES and items[k]["pos"] == "PRON":
            return k - 1 if items[k - 1]["pos"] == "CCONJ" and k - 1 > lo else k
    return hi


_INTERLOCUTOR = {"interlocuteur", "interlocutrice"}
_WRITINGS = {"communiqué", "texte", "note", "courrier", "lettre", "message", "document"}


_KIN = re.compile(
    r"(?:grand-|petit-|petite-|beau-|belle-|demi-)?(?:mari|époux|épouse|femme|compagnon|compagne"
    r"|conjointe?|fils|fille|frère|sœur|père|mère|oncle|tante|neveu|nièce|cousine?|parents"
    r"|veuve|veuf|grand-père|grand-mère)s?"
)


def _relative_of_someone(words: list[str]) -> bool:
    """« père de la victime », « la mère du garçon »: a kinship noun followed by whose
    relative it is. « mère de famille », « père de famille » say what someone is: a parent."""
    return (
        len(words) >= 2
        and bool(_KIN.fullmatch(words[0].lower()))
        and words[1].lower().replace("’", "'") in _OF | {"d'"}
        and words[2:3] != ["famille"]
    )


def _with_rank(role: str, rest: str) -> str:
    """« le Premier ministre » is not « le premier adjoint »: a rank (``role``) is known by
    the noun after it, the first word of ``rest``."""
    noun = re.match(r"\s*([a-zàâçéèêëîïôûùüÿœ-]{3,})", rest)
    return f"{role} {noun[1]}" if role.lower() in {"premier", "première"} and noun else role


def _role_key(word: str) -> str:
    """élu, élue, élus → élu: one key for a role's forms."""
    word = word.lower().replace("’", "'").split("'")[-1]
    return word[:-1] if word.endswith(("s", "e")) and len(word) > 4 else word


def _description_nouns(text: str) -> set[str]:
    """The role keys of a description's words after its determiner (« cette infirmière »
    → {infirmièr})."""
    return {_role_key(w) for w in text.lower().replace("’", "'").split()[1:]}
