"""Who « il », « elle », « ils », « elles » stand for in an incise (« a-t-elle ajouté »).

French news names a voice, then goes on with a pronoun: « Une fleuriste, qui livre les
hameaux, attend devant la barrière. « … », confie-t-elle. » The antecedent is the most
recent *voice* before the pronoun whose number and gender agree: a speaker already
quoted, a person named as a clause's subject (an object or a complement, « venu avec
son associé X », is no voice), or a newcomer introduced unnamed, as the subject noun
of a clause (« une fleuriste », « un couple de randonneurs »). Only nouns that name
people are newcomers (« un orage a éclaté » brings in no voice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from helpers.core.quote_marks import quote_spans
from helpers.entities.reporting import is_reporting_verb

# a clause's subject, or a name in apposition to it or flat inside it
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
NOT_A_VOICE = {"obj", "iobj", "nmod", "obl", "obl:mod", "obl:arg", "obl:agent", "case"}
# nouns that name people, beyond the endings below (-eur, -euse, -rice, -iste, …)
_PEOPLE = set(
    """homme femme dame monsieur voisin voisine couple famille mère père fils fille enfant
    élu élue agent ami amie retraité retraitée riverain riveraine témoin client cliente
    patron patronne salarié salariée propriétaire locataire maire préfet préfète ministre
    député députée capitaine médecin policier policière gendarme pompier militant militante
    manifestant manifestante passant passante parent élève étudiant étudiante jeune garçon
    collègue proche victime automobiliste responsable porte-parole secrétaire membre
    adjoint adjointe maman papa grand-mère grand-père sœur frère époux épouse mari compagne
    compagnon habitant habitante commerçant commerçante représentant représentante
    président présidente candidat candidate syndicaliste élève mamie papi veuve veuf
    fermier fermière éleveur éleveuse agriculteur agricultrice soignant soignante
    infirmier infirmière ouvrier ouvrière gérant gérante résident résidente conseiller
    conseillère juge expert experte enseignant enseignante délégué déléguée
    commissaire boulanger boulangère marchand marchande mairesse cheffe source
    vigneron vigneronne paysan paysanne artisan artisane maraîcher maraîchère avocat avocate
    cheminot cheminote employé employée diplomate soldat coach arbitre skipper athlète
    champion championne auteure écrivain écrivaine photographe musicien pharmacien
    chirurgien historien technicien mécanicien électricien comédien gardien citoyen
    citoyenne lycéen lycéenne collégien collégienne survivant survivante rescapé rescapée
    détenu détenue prévenu prévenue curé prêtre imam rabbin évêque moine bénévole colonel
    commandant lieutenant sergent adjudant psychologue sociologue vétérinaire""".split()
)
_PEOPLE_ENDINGS = ("eur", "euse", "rice", "iste", "aste", "ienne", "ante")
# words in « -eure » that are not the feminine of a noun for people (« supérieure » neither)
_EURE_THINGS = {"heure", "demeure", "majeure", "mineure", "meilleure", "affleure", "effleure"}
_THINGS = set(
    """moteur secteur ordinateur radiateur ascenseur détecteur extincteur compteur
    réacteur capteur téléviseur tracteur malheur bonheur honneur peur chaleur valeur
    couleur odeur hauteur longueur largeur profondeur vapeur rumeur humeur lueur erreur
    faveur fureur douleur candeur terreur horreur intérieur extérieur liste piste
    ambulance tendance distance contraste faste caste vaste""".split()
)
_COLLECTIVE = {"couple", "famille", "groupe", "foule", "bande", "équipe", "duo", "trio"}
# nouns of a share of a group: « une partie des », « la majorité des », « la moitié des »
_SHARES = {"partie", "majorité", "plupart", "moitié", "minorité", "poignée", "tiers", "quart"}
INDEFINITE = {"un", "une", "des", "deux", "trois", "quatre", "plusieurs", "certains"}
DEMONSTRATIVE = {"ce", "cet", "cette"}


def another(words: list[str]) -> bool:
    """« cette autre habitante », « un autre voisin »: the description says it is someone
    other than the person met before."""
    return len(words) > 1 and words[1].lower() in {"autre", "autres"}


@dataclass(frozen=True)
class Voice:
    """A possible antecedent: where it was met, what it says, and how it agrees."""

    pid: int
    char: int
    speaker: object  # the Speaker it resolves to (its gender is the voice's)
    plural: bool


# words ending as plurals of people's nouns that are none: « plusieurs » is no « plusieur »
_NOT_PLURALS = {"plusieurs", "leurs", "ailleurs", "meilleurs", "majeurs", "mineurs"}


def names_people(lemma: str) -> bool:
    """« fleuriste », « randonneur », « passante »: a noun naming people (not « moteur »)."""
    lemma = lemma.lower()
    if lemma in _PEOPLE or lemma in _COLLECTIVE:
        return True
    if lemma.endswith(("s", "x")) and len(lemma) > 3 and lemma not in _NOT_PLURALS:
        lemma = lemma[:-1]  # « des enseignants »: a plural form
        if lemma in _PEOPLE or lemma in _COLLECTIVE:
            return True
    # « une demi-heure »: the last part of a compound says what it is
    eure = lemma.split("-")[-1]
    if lemma.endswith("eure") and not lemma.endswith("érieure") and eure not in _EURE_THINGS:
        lemma = lemma[:-1]  # « la contrôleure », « la procureure »: the feminine of « -eur »
    return lemma not in _THINGS and lemma.endswith(_PEOPLE_ENDINGS)


def is_collective(lemma: str) -> bool:
    """« un couple de randonneurs », « une famille »: one noun for several people."""
    return lemma in _COLLECTIVE


def agrees(voice: Voice, gender: str, plural: bool) -> bool:
    if voice.plural != plural:
        return False
    return gender == "unknown" or voice.speaker.gender in {"unknown", gender}


def most_recent(
    voices: list[Voice], pid: int, char: int, gender: str, plural: bool, window: int
) -> Voice | None:
    """The last voice before (pid, char), within ``window`` paragraphs, that agrees."""
    best = None
    for voice in voices:
        if (voice.pid, voice.char) >= (pid, char) or voice.pid < pid - window:
            continue
        if agrees(voice, gender, plural) and (
            best is None or (voice.pid, voice.char) > (best.pid, best.char)
        ):
            best = voice
    return best


# « …, le gel a fait perdre à X, vigneron à Tain, la moitié … »: a role set after a name
_APPOSED_ROLE = re.compile(
    r"\s*,\s*(?P<article>(?:le|la|un|une)\s+|l['’]\s*)?(?P<noun>[a-zà-ÿœ-]{3,})(?P<next>\s+\S+)?"
)
# the name hangs off « à » or « pour » (« revient à X », « fait perdre à X »), not « de »
_TO_BEFORE = re.compile(r"(?<!\w)(?:à|au|pour)\s?$")
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|u|ue|us|ues)$")
_OF_NEXT = re.compile(r"\s+(?:de|du|des|d['’])")


def person_with_role(text: str, end: int) -> bool:
    """« X, gérante du bar-tabac », « X, candidat divers droite »: a role for people set
    after the name ending at ``end`` (-1: unknown)."""
    role = _APPOSED_ROLE.match(text, end) if end >= 0 else None
    return role is not None and names_people(role["noun"])


def introduced_with_role(text: str, start: int, end: int) -> bool:
    """A person named after « à » or « pour » with a role right after the name (« le gel a
    fait perdre à X, vigneron à Tain, », « Le mot revient à X, le président du comité. »)
    is brought in to be heard; an object (« a reçu X, le préfet ») or a noun's complement
    (« fils de X, le fondateur ») is talked about."""
    role = _APPOSED_ROLE.match(text, end)
    if role is None or not names_people(role["noun"]):
        return False
    if not _TO_BEFORE.search(text[max(0, start - 6) : start]):
        return False
    # « X, élu en 2018 »: a bare participle tells what befell X; « X, député de la
    # Somme »: the same shape with its complement is a role
    participle = _PARTICIPLE.search(role["noun"]) and not _OF_NEXT.match(role["next"] or "")
    return bool(role["article"]) or not participle


def _inverted_speaker_after_que(tokens, k: int) -> bool:
    """« C'est ce que dénoncent des riverains »: after « que », the noun the parser made the
    object of a verb of saying is its inverted subject (« que » is the object)."""
    items = tokens.items
    verb = tokens.head(k)
    if items[k]["dep"] != "obj" or verb is None or verb > k:
        return False
    if not is_reporting_verb(items[verb]["lemma"], items[verb]["text"]):
        return False
    return any(
        items[c]["dep"] == "obj" and items[c]["text"].lower().replace("’", "'") in {"que", "qu'"}
        for c in tokens.children(verb)
        if c < verb
    )


def _verb_after_name(items: list[dict], k: int) -> bool:
    """The name starting at token ``k`` is followed by a verb of its own."""
    j = k + 1
    while j < len(items) and (items[j]["text"][:1].isupper() or items[j]["text"] == "-"):
        j += 1
    return j < len(items) and items[j]["pos"] in {"AUX", "VERB"}


def reported(tokens, k: int) -> bool:
    """« Elle a souligné que X s'était engagé »: the subject of what someone else reports
    is talked about, not a new voice."""
    items = tokens.items
    verb = tokens.head(k)
    if verb is None or items[verb]["dep"] != "ccomp":
        return False
    saying = tokens.head(verb)
    return (
        saying is not None
        and is_reporting_verb(items[saying]["lemma"], items[saying]["text"])
        and any(items[c]["dep"] in SUBJECT_DEPS for c in tokens.children(saying))
    )


def _acts(tokens, k: int) -> bool:
    """The subject at ``k``, alone, acts in a clause of the story, or speaks: its verb is a
    main clause's, or one of saying (« que Dakar a vécus »: background, not a voice)."""
    items, verb = tokens.items, tokens.head(k)
    paired = k >= 2 and items[k - 1]["text"].lower() in {"et", "ou"}
    paired = paired and items[k - 2]["pos"] == "PROPN"
    if verb is None or paired or any(items[c]["dep"] == "conj" for c in tokens.children(k)):
        return False  # « Elisa et Maurine ont pu sauver … »: two people, no one voice
    token = items[verb]
    return token["dep"] in {"ROOT", "conj", "parataxis"} or is_reporting_verb(
        token["lemma"], token["text"]
    )


# « les propos du président français, X »: a name set after a role in a complement
_COMPLEMENT_OPENING = re.compile(
    r"(?<![\w'’])(?:du|des|au|aux|de\s+la|de\s+l['’]|à\s+la|à\s+l['’])\s*"
)
_ROLE_THEN_COMMA = re.compile(r"(?P<noun>[a-zà-ÿ-]{3,})(?:\s+[a-zà-ÿ-]+){0,3}\s*,\s*")


def _named_in_a_complement(text: str, start: int) -> bool:
    """« les propos du président français, Emmanuel Macron »: the person is talked about,
    not a voice, whatever relation the parser gave the name (often a conjunct)."""
    window = text[max(0, start - 80) : start]
    return any(
        (role := _ROLE_THEN_COMMA.fullmatch(window, opening.end())) is not None
        and names_people(role["noun"])
        for opening in _COMPLEMENT_OPENING.finditer(window)
    )


def is_plural(text: str) -> bool:
    """« les salariés », « des riverains », « un couple de randonneurs »: several people."""
    words = text.lower().split()
    return bool(words) and (
        words[0] in {"les", "des", "ces", "deux", "trois", "quatre", "plusieurs", "certains"}
        or len(words) > 1
        and is_collective(words[1])
    )


_GENDER = {"Fem": "female", "Masc": "male"}
_INVERTED_CLITIC = re.compile(r"\w-(?:t-)?(il|elle)s?\b", re.IGNORECASE)  # « souffle-t-elle »
_GENDER_OF_CLITIC = {"il": "male", "elle": "female"}
_PLACE_PREPOSITIONS = r"(?:à|au|aux|en|de|du|des|d['’]|vers|dans|sur)"
_AT_A_PLACE = re.compile(r"(?<!\w)(?:à|en|dans)\s+$")
AT_SOMEONES = re.compile(r"(?<!\w)chez\s+$", re.IGNORECASE)  # « chez X »: a home, a firm
SOURCES = {"selon", "d'après", "d’après"}


class Voices:
    """The voices of one article met in its text, for a finder that has the article's
    ``texts``, ``mentions`` and ``tokens``, reads noun phrases (``_speaker_of_phrase``) and
    knows who holds a role (``_holder_of_role``)."""

    def parsed_voices(self) -> list[Voice]:
        """The article's voices met in the text (:mod:`helpers.entities.antecedents`):
        persons named as subjects, and people introduced by an indefinite subject noun."""
        if (cached := getattr(self, "_voices", None)) is not None:
            return cached
        voices = []
        for pid, spans in self.mentions.items():
            tokens = self.tokens.get(pid)
            for start, end, entity, label in spans:
                if self._one_word_at_a_place(pid, start, entity, end):
                    continue
                if label != "PER" or _named_in_a_complement(self.texts.get(pid, ""), start):
                    continue
                if (
                    tokens is None
                    or self._is_subject_name(tokens, start)
                    or introduced_with_role(self.texts.get(pid, ""), start, end)
                ):
                    voices.append(Voice(pid, start, self._person(entity), False))
        for pid, tokens in self.tokens.items():
            for k, token in enumerate(tokens.items):
                subject = (
                    token["dep"] in SUBJECT_DEPS
                    or token["dep"] == "ROOT"  # a misparse
                    or _inverted_speaker_after_que(tokens, k)
                )
                if subject and (voice := self._newcomer(pid, tokens, k)):
                    voices.append(voice)
                elif voice := self._role_holder_as_source(pid, tokens, k):
                    voices.append(voice)
        voices = [self._taken_up(v, voices) for v in voices]
        quoted = {  # the words inside quotation marks are the speaker's, not the writer's
            pid: [(q.content_start, q.content_end) for q in quote_spans(text)]
            for pid, text in self.texts.items()
        }
        self._voices = [
            v for v in voices if not any(a <= v.char < b for a, b in quoted.get(v.pid, []))
        ]
        return self._voices

    def _taken_up(self, voice: Voice, voices: list[Voice]) -> Voice:
        """« Liste en main, Hélène compare les prix. « … », souffle-t-elle. » / « Cette
        ancienne secrétaire … »: a demonstrative description opening a paragraph takes up the
        one person who is a voice in the paragraph before (a first name the model missed
        included), when that paragraph's inverted pronouns (« -t-elle ») all have the
        description's gender; otherwise it may be someone new (« Cette manifestante » after a
        man quoted, « souffle-t-il »)."""
        words = voice.speaker.text.lower().split()
        if (
            voice.speaker.type != "description"
            or voice.plural
            or not words
            or words[0] not in DEMONSTRATIVE
            or another(words)  # « Cette autre cliente »: someone new
            or self.texts.get(voice.pid, "")[: voice.char].strip()
        ):
            return voice
        people = {
            v.speaker.entity
            for v in voices
            if v.pid == voice.pid - 1 and v.speaker.type == "person" and v.speaker.entity
        }
        gender = "female" if words[0] == "cette" else "male"  # « cette secrétaire »
        if len(people) != 1 or self.inverted_pronouns(voice.pid - 1) != {gender}:
            return voice
        return Voice(voice.pid, voice.char, self._person(people.pop()), False)

    def inverted_pronouns(self, pid: int) -> set[str]:
        """The genders of the paragraph's inverted subject pronouns outside quotations
        (« souffle-t-elle » → female): whom its quotations were given to."""
        text = self.texts.get(pid, "")
        spans = [(q.start, q.end) for q in quote_spans(text)]
        outside = "".join(c for i, c in enumerate(text) if not any(a <= i < b for a, b in spans))
        return {_GENDER_OF_CLITIC[c.lower()] for c in _INVERTED_CLITIC.findall(outside)}

    def _voice_at(self, pid: int, char: int) -> bool:
        """A name that opens a clause as its subject, or a « pour X, » / « selon X »."""
        tokens = self.tokens.get(pid)
        k = tokens.at.get(char) if tokens is not None else None
        if k is None:
            return False
        items = tokens.items
        opener = k > 0 and items[k - 1]["text"].lower() in SOURCES | {"pour"}
        return items[k]["dep"] in SUBJECT_DEPS or opener

    def _is_subject_name(self, tokens, char: int) -> bool:
        """A name is a voice unless it is an object or a complement (rule of thumb: the
        parser's relation of the name, climbing its flat parts and conjuncts)."""
        k = tokens.at.get(char)
        if k is None:
            return True
        items = tokens.items
        while (
            (head := tokens.head(k)) is not None
            and (
                items[k]["dep"] in {"conj", "flat:name"}
                # « son associé X »: a name in apposition is its noun's; after a comma that
                # closes an opening adverbial (« Sur le quai, X, … »), it is the subject
                or items[k]["dep"] == "appos"
                and (
                    not any(t["text"] == "," for t in items[head:k])
                    # « visant le patron, X »: a name set beside an object is the object
                    or items[head]["dep"] in {"obj", "iobj"}
                )
            )
        ):
            k = head
        cases = {items[c]["text"].lower() for c in tokens.children(k) if items[c]["dep"] == "case"}
        head = tokens.head(k)
        inverted = (  # « …, a estimé X. »: the inverted subject, whatever the parser made of it
            head is not None
            and head < k
            and items[k]["dep"] in {"obj", "obl", "obl:mod"}
            and items[head]["pos"] in {"VERB", "AUX"}
            and is_reporting_verb(items[head]["lemma"], items[head]["text"])
            # « Elle refuse de considérer X comme … »: the object of an infinitive is no
            # inverted subject, unless a verb follows the name (« …, X a rappelé que »)
            and (items[head]["dep"] != "xcomp" or _verb_after_name(items, k))
        )
        if items[k]["dep"] in SUBJECT_DEPS and reported(tokens, k):
            return False
        relative = any(  # « une sanction pour X, qui a décidé de la contester »: X acts
            items[c]["dep"] == "acl:relcl"
            and any(
                items[s]["dep"] == "nsubj" and items[s]["text"].lower() == "qui"
                for s in tokens.children(c)
            )
            for c in tokens.children(k)
        )
        view = any(  # « Pour X, conseiller national, l'analyse est … »: X's view, X a voice
            items[c]["dep"] == "case"
            and items[c]["text"].lower() == "pour"
            and (c == 0 or items[c - 1]["sentence_id"] != items[c]["sentence_id"])
            for c in tokens.children(k)
        )
        return (
            items[k]["dep"] not in NOT_A_VOICE
            or bool(cases & SOURCES)
            or inverted
            or relative
            or view
        )

    def _newcomer(self, pid: int, tokens, k: int) -> Voice | None:
        """« Une fleuriste, qui livre les hameaux, attend »: an indefinite subject noun
        naming people; « Solenne elle aussi habite … »: a capitalised subject without a
        determiner, a first name the model did not label."""
        items = tokens.items
        token = items[k]
        dets = [c for c in tokens.children(k) if items[c]["dep"] == "det"]
        if (
            token["dep"] in SUBJECT_DEPS
            and token["pos"] in {"PROPN", "NOUN"}
            and token["text"][:1].isupper()
            and not dets
            and token["text"].isalpha()
            and not any(
                m[0] <= token["start_char"] < m[1]
                and not (_acts(tokens, k) and self._first_name_read_as_place(m))
                for m in self.mentions.get(pid, [])
            )
        ):
            # « a raconté Mai Thi Tinh »: the name's flat parts follow its first word
            end = k + 1
            while (
                end < len(items)
                and items[end]["dep"] in {"flat:name", "appos", "dep"}
                and (head := tokens.head(end)) is not None
                and k <= head < end
                and items[end]["pos"] in {"PROPN", "X"}  # « Mai Van Long »: « Van » is X
                and items[end]["text"][:1].isupper()
            ):
                end += 1
            name = " ".join(item["text"] for item in items[k:end])
            return Voice(pid, token["start_char"], self._named_person(name), False)
        if token["pos"] == "NOUN" and token["lemma"].lower() in _SHARES:
            return self._share_of_people(pid, tokens, k)
        if token["pos"] != "NOUN" or not names_people(token["lemma"]):
            return None
        determiner = items[dets[0]]["text"].lower() if dets else ""
        # « les pêcheurs réclament … « … », préviennent-ils »: a definite plural subject is
        # the group a plural pronoun takes up
        group = determiner in {"les", "ces"} and token["number"] == "Plur"
        # « Cette manifestante est inquiète. « … », dit-elle »: a demonstrative subject is
        # the person named just before, or else someone the article brings in by description
        this = determiner in DEMONSTRATIVE and token["number"] != "Plur"
        if determiner not in INDEFINITE and not group and not this:
            # « le voisin »: someone met before, not a newcomer; the person the article
            # gave the role to, when it gave it to one (« le porte-parole, X » first)
            return self._role_holder_met_again(pid, tokens, k, determiner)
        if determiner in {"un", "une"} and (named := self._name_set_before(pid, tokens, dets[0])):
            return named  # « René, un habitant de la région, constate … »: René
        first, last = tokens.subtree(k, 0, len(items))
        speaker = self._speaker_of_phrase(pid, tokens, min(dets[0], first), last)
        if speaker is None or speaker.type != "description":
            return None
        plural = token["number"] == "Plur" or is_collective(token["lemma"])
        gender = "unknown" if plural else _GENDER.get(token["gender"], "unknown")
        speaker.gender = gender
        at = items[dets[0]]["start_char"]
        if this and (people := self._this_person(speaker, pid, at)):
            return Voice(pid, at, self._person(people.pop()), False)
        return Voice(pid, at, speaker, plural)

    def _name_set_before(self, pid: int, tokens, det: int) -> Voice | None:
        """« À la gare, René, un habitant, constate »: one capitalised word between commas
        (or opening the sentence) right before an indefinite subject is its name; the
        parser often makes the name an apposition of the adverbial before it."""
        items = tokens.items
        if det < 2 or items[det - 1]["text"] != "," or items[det - 2]["pos"] != "PROPN":
            return None
        name = items[det - 2]
        opens = (
            det == 2
            or items[det - 3]["text"] == ","
            or (items[det - 3]["sentence_id"] != name["sentence_id"])
        )
        if not opens or not name["text"][:1].isupper() or not name["text"].isalpha():
            return None
        mention = next((m for m in self.mentions.get(pid, []) if m[0] == name["start_char"]), None)
        if mention is not None and (
            mention[3] != "PER" or mention[1] != name["start_char"] + len(name["text"])
        ):
            return None  # « Lyon, une ville … »: a place; a longer name is read elsewhere
        person = self._person(mention[2]) if mention else self._named_person(name["text"])
        return Voice(pid, name["start_char"], person, False)

    def _role_holder_as_source(self, pid: int, tokens, k: int) -> Voice | None:
        """« …, selon le ministre. « … » »: the source a sentence names by a role the
        article gave to one person before is that person, a voice."""
        items = tokens.items
        if k < 2 or items[k]["pos"] != "NOUN" or items[k - 2]["text"].lower() not in SOURCES:
            return None
        determiner = items[k - 1]["text"].lower()
        if items[k - 1]["pos"] != "DET" or not names_people(items[k]["lemma"]):
            return None
        return self._role_holder(pid, items[k], determiner)

    def _role_holder_met_again(self, pid: int, tokens, k: int, determiner: str) -> Voice | None:
        """« Le porte-parole a enfin invité … « … », a-t-il dit »: a definite singular
        subject noun acting in the story, whose role the article gave to one person before
        (« le porte-parole du gouvernement, X »), is that person speaking again: a voice
        nearer than a name met since as an object or a complement (« les propos de Y »)."""
        return self._role_holder(pid, tokens.items[k], determiner) if _acts(tokens, k) else None

    def _role_holder(self, pid: int, token: dict, determiner: str) -> Voice | None:
        if determiner not in {"le", "la", "l'", "l’"} or token["number"] == "Plur":
            return None
        person = self._holder_of_role(token["text"], pid, token["start_char"])
        return Voice(pid, token["start_char"], self._person(person), False) if person else None

    def _one_word_at_a_place(self, pid: int, start: int, entity: str, end: int = -1) -> bool:
        """« flashés à Simard », « dérivé à Ouargaye »: one word right after « à », « en »,
        « dans » is a place the model took for a person, no one to quote; so is a name
        after « chez » (« ouvrier chez Doux »), a home or a firm, unless a role for people
        follows it (« Même son de cloche chez X, gérante du bar-tabac »: X is heard)."""
        text = self.texts.get(pid, "")
        before = text[max(0, start - 8) : start]
        return bool(AT_SOMEONES.search(before) and not person_with_role(text, end)) or (
            " " not in entity and bool(_AT_A_PLACE.search(before))
        )

    def _written_as_place(self, name: str) -> bool:
        """The article writes the name after a preposition of place (« du Rhône »)."""
        after = re.compile(rf"(?<!\w){_PLACE_PREPOSITIONS}\s*{re.escape(name)}\b")
        return any(after.search(text) for text in self.texts.values())

    def _first_name_read_as_place(self, mention: tuple) -> bool:
        """« Plus loin, Lamjid vend du poulet »: one word the model calls a place or a
        thing, the subject of a clause, and never written after a preposition of place in
        the article (« à Tunis », « de Dakar »): a first name, not a place."""
        start, end, entity, label = mention
        if label not in {"LOC", "MISC"} or " " in entity or "-" in entity:
            return False
        return not self._written_as_place(entity)

    def _share_of_people(self, pid: int, tokens, k: int) -> Voice | None:
        """« Une partie des salariés se sont réunis. Ils racontent … »: the share is
        grammatically singular, but the plural pronoun after it stands for the people."""
        items = tokens.items
        for c in tokens.children(k):
            noun = items[c]
            if noun["dep"] != "nmod" or noun["pos"] != "NOUN" or noun["number"] != "Plur":
                continue
            if names_people(noun["lemma"]):
                gender = "female" if noun["gender"] == "Fem" else "unknown"
                speaker = replace(  # a Speaker, built without importing its module
                    self._person(""), text=f"les {noun['text']}", label="", type="description"
                )
                speaker.gender = gender
                return Voice(pid, items[k]["start_char"], speaker, True)
        return None
