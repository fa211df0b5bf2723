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

from dataclasses import dataclass

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
    infirmier infirmière ouvrier ouvrière gérant gérante résident résidente""".split()
)
_PEOPLE_ENDINGS = ("eur", "euse", "rice", "iste", "ienne", "ante")
_THINGS = set(
    """moteur secteur ordinateur radiateur ascenseur détecteur extincteur compteur
    réacteur capteur téléviseur tracteur malheur bonheur honneur peur chaleur valeur
    couleur odeur hauteur longueur largeur profondeur vapeur rumeur humeur lueur erreur
    faveur fureur douleur candeur terreur horreur intérieur extérieur liste piste
    ambulance tendance distance""".split()
)
_COLLECTIVE = {"couple", "famille", "groupe", "foule", "bande", "équipe", "duo", "trio"}
INDEFINITE = {"un", "une", "des", "deux", "trois", "quatre", "plusieurs", "certains"}


@dataclass(frozen=True)
class Voice:
    """A possible antecedent: where it was met, what it says, and how it agrees."""

    pid: int
    char: int
    speaker: object  # the Speaker it resolves to (its gender is the voice's)
    plural: bool


def names_people(lemma: str) -> bool:
    """« fleuriste », « randonneur », « passante »: a noun naming people (not « moteur »)."""
    lemma = lemma.lower()
    if lemma in _PEOPLE or lemma in _COLLECTIVE:
        return True
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


def is_plural(text: str) -> bool:
    """« les salariés », « des riverains », « un couple de randonneurs »: several people."""
    words = text.lower().split()
    return bool(words) and (
        words[0] in {"les", "des", "deux", "trois", "quatre", "plusieurs", "certains"}
        or len(words) > 1
        and is_collective(words[1])
    )
