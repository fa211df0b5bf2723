"""Who speaks: quotations, the cue that attributes each, and the speaker as an entity.

Quotation marks are found in the text (:mod:`helpers.narratives.quote_marks`); the
cue and the speaker come from the dependency parse of the sentences around them
(the extraction pass keeps their tokens), with the reporting words of
:mod:`helpers.narratives.reporting`. A quotation counts as speech only when a
cue attributes it; a name, a title, a slogan or a scare quote has none and is
left out. The cues, tried in this order:

- ``incise``: the reporting verb follows the quotation, its subject after it
  (« … », a souligné la ministre, Marie Dupont) or a pronoun (« … », a-t-elle
  ajouté), or sits inside it between commas;
- ``selon``: « selon X », « d'après X », « selon les mots de X », « pour X, « … » »;
- ``colon`` / ``before``: a reporting verb or noun before the quotation in the
  same sentence (X a déclaré : « … » ; X estime que « … » ; dans un communiqué,
  X dénonce « … »); its subject is the speaker;
- ``continuation``: a quotation right after a speech quotation, or opening the
  next paragraph, by the same speaker;
- ``pull_quote``: a paragraph that is only a quotation, followed by a name line
  or repeating an attributed quotation. It repeats a body quote, so it is not
  counted again (``kind`` = pull_quote).

Speakers: a name (a person or organisation mention) wins over the description
around it (« la directrice de l'agence, Marie Dupont » → Marie Dupont); « X, cité
par Y » gives the quotation to X, a relay is not a speaker. A pronoun resolves to
the most recent person named before it whose gender agrees, where known. A
description with no name stays a description and is never guessed. Reported
speech without quotation marks (« X a estimé que … ») is kept apart as
``kind`` = indirect.

Gender comes from in-text cues only: Mme/M., the agreement of the pronoun or of
the description (« la maire », « a-t-elle »), gathered per person through the
article. A name with no cue is ``unknown``. No first-name list is used: of the
packages checked, gender-guesser (GPL-3.0) and gender-detector (GPL-2.0) are not
compatible with this project's MIT licence, nomquamgender (MIT) requires Unidecode
(GPL-2.0+), and names-dataset (MIT) is built from leaked social-network profiles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import pandas as pd

from helpers.core.quote_marks import QuoteSpan, quote_spans
from helpers.core.schemas import columns
from helpers.narratives.reporting import (
    ATTRIBUTION_WORDS,
    CARRIER_NOUNS,
    ORGANISATION_NOUNS,
    SPEECH_NOUNS,
    is_reporting_verb,
)
from helpers.parsing.rows import ArticleRows

QUOTE_COLUMNS = columns("quotes")
VOICE_COLUMNS = columns("voices")
_WORD = re.compile(r"\w+")
MIN_WORDS_WITHOUT_INCISE = 3  # a cue before the quote needs an utterance, not a label
MIN_WORDS_CONTINUATION = 3
MAX_WORDS_OF_A_LABEL = 4  # a short quotation given to no name is a title or a slogan
MIN_WORDS_FREE_SENTENCE = 4
CARRIER_WINDOW = 60  # characters around a quotation where « pancarte » makes it written
FREE_SENTENCE_PARAGRAPHS = 2  # how far back a free-standing quotation looks for its voice
CONTINUATION_GAP = 160  # characters between two quotes of one speaker
_STOP = set('.!?;:«»“”„"‹›')
_PRONOUNS = {"il": "male", "elle": "female", "ils": "", "elles": ""}
_PLURAL = {"ils", "elles"}
_TIME_WORDS = {
    "jour",
    "semaine",
    "mois",
    "an",
    "année",
    "heure",
    "minute",
    "soir",
    "matin",
    "veille",
    "lendemain",
    "hier",
    "aujourd'hui",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "tôt",
    "tard",
    "plus",
}
_RELAYS = {
    "cité",
    "citée",
    "cités",
    "citées",
    "rapporté",
    "rapportés",
    "interrogé",
    "interrogée",
    "interrogés",
    "interrogées",
    "relayé",
    "relayés",
}
_HONORIFIC = re.compile(r"(?:\b(?P<f>Mme|Madame|Mlle)|\b(?P<m>M\.|Monsieur))\s*$")
_GENDER = {"Fem": "female", "Masc": "male"}
_OF = {"de", "du", "des", "d'", "d’"}
_LOWER_WORD = r"([a-zàâçéèêëîïôûùüÿœ-]{3,})"
_ANY_WORD = r"(?:[a-zàâçéèêëîïôûùüÿœ'’-]+|[A-Z][\w-]*)"
_ROLE_BEFORE = re.compile(rf"\b(?:le|la|l['’])\s*{_LOWER_WORD}(?:\s+{_ANY_WORD}){{0,4}}\s*,?\s*$")
_ROLE_AFTER = re.compile(
    rf"\s*,\s*(?:(?:le|la|l['’]|un|une|notre|ancien|ancienne)\s*)?{_LOWER_WORD}"
)


@dataclass
class Speaker:
    text: str = ""
    entity: str = ""
    label: str = ""
    type: str = "unknown"  # person, organisation, description, unknown
    gender: str = "unknown"
    pronoun: bool = False


@dataclass
class Quote:
    article_id: str
    paragraph_id: int
    start_char: int
    end_char: int
    quote: str
    kind: str = "direct"
    cue: str = ""
    speaker: Speaker = field(default_factory=Speaker)
    quote_id: int = 0
    closed: bool = True
    joins_previous: bool = False  # the rest of a quotation left open in the paragraph before

    def row(self, with_gender: bool) -> dict:
        s = self.speaker
        gender = s.gender if with_gender and s.type in {"person", "description"} else ""
        if not s.text and s.type != "unknown":
            gender = ""
        return {
            "article_id": self.article_id,
            "quote_id": self.quote_id,
            "paragraph_id": self.paragraph_id,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "kind": self.kind,
            "quote": self.quote,
            "speaker": s.entity or s.text,
            "speaker_type": s.type if s.text else "unknown",
            "speaker_entity": s.entity,
            "speaker_label": s.label,
            "speaker_gender": gender,
            "cue": self.cue,
        }


def n_words(text: str) -> int:
    return len(_WORD.findall(text))


class Tokens:
    """The parsed tokens of one paragraph's speech sentences, by character offset."""

    def __init__(self, sentences: list[dict]):
        self.items = sorted(
            ({**t, "sentence_id": s["sentence_id"]} for s in sentences for t in s["tokens"]),
            key=lambda t: t["start_char"],
        )
        self.at = {t["start_char"]: k for k, t in enumerate(self.items)}

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
        start = self.items[k]["start_char"]
        return [
            j
            for j, t in enumerate(self.items)
            if t["head_start"] == start
            and j != k
            and t["sentence_id"] == self.items[k]["sentence_id"]
        ]

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


def _is_reporting(token: dict) -> bool:
    return token["pos"] in {"VERB", "AUX"} and is_reporting_verb(token["lemma"], token["text"])


class ArticleQuotes:
    """Quotations of one article, attributed from its paragraphs, mentions and tokens."""

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
        self.mentions = {
            int(pid): list(
                zip(g["start_char"], g["end_char"], g["entity"], g["label"], strict=True)
            )
            for pid, g in mentions.sort_values(["paragraph_id", "start_char"]).groupby(
                "paragraph_id"
            )
        }
        by_paragraph: dict[int, list[dict]] = {}
        for sentence in speech:
            by_paragraph.setdefault(int(sentence["paragraph_id"]), []).append(sentence)
        self.tokens = {pid: Tokens(s) for pid, s in by_paragraph.items()}
        self.gender_of = self._entity_genders()
        self.roles = self._roles()

    # ----- gender cues -------------------------------------------------------
    def _entity_genders(self) -> dict[str, str]:
        """Mme/M. before a person's mention, gathered through the article; a person
        with both cues is unknown."""
        seen: dict[str, set[str]] = {}
        for pid, spans in self.mentions.items():
            text = self.texts.get(pid, "")
            for start, _, entity, label in spans:
                if label != "PER":
                    continue
                before = text[max(0, start - 10) : start]
                inside = text[start : start + 10].split(" ")[0] + " "  # « Mme X » kept whole
                if match := _HONORIFIC.search(before) or _HONORIFIC.search(inside):
                    seen.setdefault(entity, set()).add("female" if match["f"] else "male")
        return {e: g.pop() for e, g in seen.items() if len(g) == 1}

    def _roles(self) -> dict[str, list[tuple[int, int, str]]]:
        """The article's own links of a role to a person: « le député X », « X, maire de Y »
        → {role: [(paragraph, offset, person)]}, so « a déclaré le député » names X."""
        roles: dict[str, list[tuple[int, int, str]]] = {}
        for pid, spans in self.mentions.items():
            text = self.texts.get(pid, "")
            for start, end, entity, label in spans:
                if label != "PER":
                    continue
                found = [
                    m.group(1)
                    for m in (
                        _ROLE_BEFORE.search(text[max(0, start - 60) : start]),
                        _ROLE_AFTER.match(text[end : end + 40]),
                    )
                    if m
                ]
                for role in found:
                    roles.setdefault(_role_key(role), []).append((pid, start, entity))
        return roles

    def _named_role(self, speaker: Speaker, pid: int, start: int) -> Speaker:
        """A description whose role the article gave to one person, before this point."""
        if speaker.type not in {"description", "organisation"} or speaker.entity:
            return speaker
        words = speaker.text.replace("’", "'").replace("'", "' ").split()
        words = [w for w in words if w.lower() not in {"le", "la", "l'", "un", "une", "les"}]
        head = words[0] if words else ""
        people = {e for p, s, e in self.roles.get(_role_key(head), []) if (p, s) < (pid, start)}
        if len(people) != 1:
            return speaker
        person = people.pop()
        gender = (
            speaker.gender if speaker.gender != "unknown" else self.gender_of.get(person, "unknown")
        )
        return Speaker(text=person, entity=person, label="PER", type="person", gender=gender)

    def _note_gender(self, speaker: Speaker) -> None:
        if speaker.entity and speaker.gender != "unknown":
            known = self.gender_of.get(speaker.entity)
            if known is None:
                self.gender_of[speaker.entity] = speaker.gender
            elif known != speaker.gender:
                self.gender_of[speaker.entity] = "unknown"

    # ----- speakers ------------------------------------------------------------
    def _mention_in(self, pid: int, start: int, end: int, labels=("PER", "ORG")):
        for m_start, m_end, entity, label in self.mentions.get(pid, []):
            if start <= m_start and m_end <= end and label in labels:
                return entity, label
        return None

    def _before_colon(self, pid: int, tokens: Tokens, lo: int, colon: int) -> Speaker | None:
        """« X fait part de ses inquiétudes : « … » »: a clause ending on a colon right before
        the quotation introduces it, whatever its verb; its subject is the speaker, or the
        one person it names."""
        items = tokens.items
        verbs = [k for k in range(lo, colon) if items[k]["pos"] == "VERB"]
        roots = [k for k in verbs if items[k]["dep"] == "ROOT"]
        for verb in (roots or verbs)[:1]:
            if speaker := self._subject(pid, tokens, verb, lo, colon):
                return speaker
        end = items[colon]["start_char"]
        people = {
            m[2]
            for m in self.mentions.get(pid, [])
            if m[3] == "PER" and items[lo]["start_char"] <= m[0] and m[1] <= end
        }
        if len(people) == 1:
            person = people.pop()
            return Speaker(person, person, "PER", "person", self.gender_of.get(person, "unknown"))
        return None

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

    def _starts_mention(self, pid: int, char: int) -> bool:
        return any(start == char for start, _, _, _ in self.mentions.get(pid, []))

    def _speaker_of_phrase(self, pid: int, tokens: Tokens, lo: int, hi: int) -> Speaker | None:
        """The speaker a noun phrase names: a pronoun, a name, or a description."""
        items = tokens.items
        while lo < hi and items[lo]["pos"] in {"PUNCT", "ADP", "CCONJ"}:
            lo += 1
        if lo >= hi:
            return None
        first = items[lo]
        word = first["text"].lower().lstrip("-")
        if word == "t" and lo + 1 < hi:  # a-t-il
            lo, first = lo + 1, items[lo + 1]
            word = first["text"].lower().lstrip("-")
        if word in _PRONOUNS:
            return Speaker(
                text=word,
                type="group" if word in _PLURAL else "unknown",
                gender=_PRONOUNS[word] or "unknown",
                pronoun=True,
            )
        for k in range(lo, hi):  # a relay is not a speaker: stop at « cité par »
            if items[k]["text"].lower() in _RELAYS:
                hi = k
                break
        start, end = (
            items[lo]["start_char"],
            items[hi - 1]["start_char"] + len(items[hi - 1]["text"]),
        )
        person = self._mention_in(pid, start, end, ("PER",))
        if person:
            return Speaker(
                text=person[0],
                entity=person[0],
                label="PER",
                type="person",
                gender=self._description_gender(items, lo, hi),
            )
        head = next((k for k in range(lo, hi) if items[k]["pos"] in {"NOUN", "PROPN"}), None)
        if (
            head is None
            and items[lo]["pos"] == "DET"
            and lo + 1 < hi
            and items[lo + 1]["pos"] == "ADJ"
        ):
            head = lo + 1  # « un Egyptien », « une autre »: an adjective used as a noun
        if head is None:
            return None
        organisation = self._mention_in(pid, start, end, ("ORG",))
        if items[head]["pos"] == "PROPN" or (
            organisation and items[head]["lemma"] in ORGANISATION_NOUNS
        ):
            named = self._mention_in(pid, items[head]["start_char"], end) or organisation
            if named:
                kind = "person" if named[1] == "PER" else "organisation"
                return Speaker(text=named[0], entity=named[0], label=named[1], type=kind)
            after_article = head > lo and items[head - 1]["pos"] == "DET"
            if items[head]["pos"] == "PROPN" and not after_article:  # a name NER missed
                last = head
                while last + 1 < hi and items[last + 1]["pos"] == "PROPN":
                    last += 1
                text = " ".join(t["text"] for t in items[head : last + 1])
                return Speaker(text=text, type="person")
        # a description: the head noun with its determiner, adjectives and « de » complements
        last = head
        while last + 1 < hi and items[last + 1]["pos"] in {"ADJ", "NOUN", "PROPN", "ADP", "DET"}:
            nxt = items[last + 1]
            if nxt["pos"] == "ADP" and nxt["text"].lower() not in _OF:
                break  # « la préfecture dans un communiqué »: the description ends
            last += 1
        while last > head and items[last]["pos"] in {"ADP", "DET"}:
            last -= 1
        begin = head - 1 if head > lo and items[head - 1]["pos"] == "DET" else head
        text = self.texts[pid][
            items[begin]["start_char"] : items[last]["start_char"] + len(items[last]["text"])
        ]
        is_org = items[head]["lemma"] in ORGANISATION_NOUNS
        gender = "unknown" if is_org else self._description_gender(items, begin, head + 1)
        return Speaker(text=text, type="organisation" if is_org else "description", gender=gender)

    @staticmethod
    def _description_gender(items: list[dict], lo: int, hi: int) -> str:
        """« la ministre », « une habitante »: a singular noun's gender; plural → unknown."""
        for token in items[lo:hi]:
            if token["pos"] in {"NOUN", "ADJ"}:
                if token["number"] == "Plur":
                    return "unknown"
                return _GENDER.get(token["gender"], "unknown")
        return "unknown"

    def _with_apposition(self, pid: int, tokens: Tokens, end_k: int, speaker: Speaker) -> Speaker:
        """« la ministre, Marie Dupont »: a name right after the description wins."""
        items = tokens.items
        if speaker.entity or end_k >= len(items) or items[end_k]["text"] != ",":
            return speaker
        k = end_k + 1
        if k < len(items) and items[k]["pos"] == "PROPN":
            last = k
            while last + 1 < len(items) and items[last + 1]["pos"] == "PROPN":
                last += 1
            end = items[last]["start_char"] + len(items[last]["text"])
            named = self._mention_in(pid, items[k]["start_char"], end, ("PER",))
            if named:
                gender = speaker.gender if speaker.type == "description" else "unknown"
                return Speaker(
                    text=named[0], entity=named[0], label="PER", type="person", gender=gender
                )
        return speaker

    def _subject(self, pid: int, tokens: Tokens, verb: int, lo: int, hi: int) -> Speaker | None:
        """The subject of a reporting verb, climbing to the verb it depends on."""
        k: int | None = verb
        for _ in range(3):
            if k is None:
                return None
            subjects = [
                c
                for c in tokens.children(k)
                if tokens.items[c]["dep"] in {"nsubj", "nsubj:pass"} and lo <= c < hi
            ]
            if subjects:
                first, last = tokens.subtree(subjects[0], lo, hi)
                found = self._speaker_of_phrase(pid, tokens, first, last)
                if found:
                    return self._with_apposition(pid, tokens, last, found)
            if tokens.items[k]["dep"] not in {"xcomp", "conj", "advcl", "ccomp", "parataxis"}:
                return None
            k = tokens.head(k)
        return None

    # ----- cues ---------------------------------------------------------------------
    def _incise_after(
        self, pid: int, tokens: Tokens, char: int, limit: int | None = None, inside: bool = False
    ):
        """« … », a déclaré X / « … », poursuit-il: the speaker of an incise after ``char``.

        ``inside``: the incise sits within the quotation (« A, dit-il, B »), so only an
        auxiliary may come before the verb, and a comma or a full stop after the speaker.
        """
        items = tokens.items
        k = tokens.index_from(char)
        end = len(items) if limit is None else tokens.index_from(limit)
        comma = False
        while k < end and items[k]["text"] in {",", "-", "–", "—"}:
            comma = True
            k += 1
        verb = None
        allowed = {"AUX"} if inside else {"AUX", "ADV", "PRON", "PART"}
        for j in range(k, min(k + (3 if inside else 7), end)):
            token = items[j]
            if token["text"] in _STOP or token["text"] == ",":
                return None
            clitic = j + 1 < end and items[j + 1]["text"].lower().lstrip("-") in {*_PRONOUNS, "t"}
            # « », partage Cédric Pucheu »: a lowercase word before a name, mis-tagged as a noun
            before_name = (
                j == k
                and comma
                and token["text"].islower()
                and j + 1 < end
                and self._mention_in(pid, items[j + 1]["start_char"], 10**9, ("PER",)) is not None
                and self._starts_mention(pid, items[j + 1]["start_char"])
            )
            if (
                token["pos"] == "VERB"
                or _is_reporting(token)
                or before_name
                or is_reporting_verb(token["lemma"], token["text"])
                and token["text"].islower()
                or (clitic and token["pos"] != "AUX")
            ):
                verb = j
                break
            if (j == k or inside) and token["pos"] not in allowed and token["text"] != "-t":
                return None  # « Team Amazon » gère … : not an incise
        if verb is None:
            return None
        stop = verb + 1
        while stop < end and items[stop]["text"] not in _STOP:
            stop += 1
        # « a-t-il déclaré » / « poursuit-il » : a subject clitic next to the verb
        for j in range(k, min(verb + 3, stop)):
            word = items[j]["text"].lower().lstrip("-")
            if word in _PRONOUNS and (j < verb or items[j]["text"].startswith("-")):
                return Speaker(
                    text=word,
                    gender=_PRONOUNS[word] or "unknown",
                    pronoun=True,
                    type="group" if word in _PLURAL else "unknown",
                )
        if not (comma or _is_reporting(items[verb])):
            return None  # without a comma, only a verb of saying makes an incise
        speaker = self._inverted_subject(pid, tokens, verb + 1, stop)
        if speaker is None:
            return None
        if inside:  # the incise must close: « A, dit le maire, B » / « A, dit le maire. »
            after = self._phrase_end(tokens, verb + 1, stop)
            if after < len(items) and items[after]["text"] not in {",", ".", "!", "?"} | _STOP:
                return None
        if not _is_reporting(items[verb]) and not (
            speaker.entity or speaker.pronoun or speaker.type == "organisation"
        ):
            if speaker.type != "description" or not self._names_a_speaker(speaker):
                return None
        return speaker

    @staticmethod
    def _phrase_end(tokens: Tokens, lo: int, hi: int) -> int:
        k = lo
        while k < hi and tokens.items[k]["text"] != ",":
            k += 1
        return k

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
            if items[k]["pos"] == "ADP" and items[k]["text"].lower() not in {"à", "au", "aux"}:
                break
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
            else:
                propns = [n for n in range(k + 1, min(j, k + 5)) if items[n]["pos"] == "PROPN"]
                if propns and propns[-1] + 1 < j:
                    k = propns[-1] + 1
        first_end = self._phrase_end(tokens, k, hi)
        speaker = self._speaker_of_phrase(pid, tokens, k, first_end)
        if speaker is not None and not speaker.entity and not speaker.pronoun:
            speaker = self._with_apposition(pid, tokens, first_end, speaker)
        return speaker

    @staticmethod
    def _names_a_speaker(speaker: Speaker) -> bool:
        """A description that can speak: a person or group, not a thing (« la relation »)."""
        return speaker.text.split(" ")[0].lower() in {
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

    def _cue_before(self, pid: int, tokens: Tokens, span: QuoteSpan, floor: int):
        """A cue before the opening mark, in its sentence: (cue, speaker) or None."""
        items = tokens.items
        open_k = tokens.index_from(span.start)
        if open_k >= len(items) or items[open_k]["start_char"] != span.start:
            return None
        sentence = items[open_k]["sentence_id"]
        lo = open_k
        while (
            lo > 0
            and items[lo - 1]["start_char"] >= floor
            and (
                items[lo - 1]["sentence_id"] == sentence
                or (items[lo - 1]["sentence_id"] == sentence - 1 and _ends_with_colon(items, lo))
            )
        ):
            lo -= 1
        # selon X, « … » ; d'après X ; pour X, « … »
        for k in range(open_k - 1, lo - 1, -1):
            word = items[k]["text"].lower()
            if word in ATTRIBUTION_WORDS or (
                word == "pour"
                and items[open_k - 1]["text"] == ","
                and k > lo - 1
                and k + 1 < open_k
                and items[k + 1]["pos"] == "PROPN"
            ):
                stop = k + 1
                while stop < open_k and items[stop]["text"] not in {",", ":"} | _STOP:
                    stop += 1
                first = k + 1
                if k + 3 < stop and items[k + 2]["lemma"] in {"mot", "propos", "terme"}:
                    first = k + 4  # « selon les mots de X »
                speaker = self._speaker_of_phrase(pid, tokens, first, stop)
                if speaker is not None and speaker.type == "description":
                    # « selon une information du Monde »: the source the phrase names
                    speaker = self._source_in(pid, tokens, first, stop) or speaker
                if speaker is not None:
                    return "selon", speaker
        if (
            open_k > lo
            and items[open_k - 1]["text"] == ":"
            and (speaker := self._before_colon(pid, tokens, lo, open_k - 1))
        ):
            return "colon", speaker
        # a reporting verb or noun earlier in the sentence, the quotation after it
        for k in range(open_k - 1, lo - 1, -1):
            token = items[k]
            if token["text"] in '«»“”"' and k != open_k:
                break
            is_verb = token["pos"] == "VERB" and is_reporting_verb(token["lemma"], token["text"])
            is_noun = token["pos"] == "NOUN" and token["lemma"] in SPEECH_NOUNS
            if not (is_verb or is_noun):
                continue
            cue = "colon" if any(t["text"] == ":" for t in items[k:open_k]) else "before"
            verb = k
            if is_noun:  # « dans un communiqué, la CGT dénonce » / « le communiqué de X »
                verb = tokens.head(k) if tokens.head(k) is not None else k
                if items[verb]["pos"] != "VERB":
                    owner = [c for c in tokens.children(k) if items[c]["dep"] == "nmod"]
                    if owner:
                        first, last = tokens.subtree(owner[0], lo, open_k)
                        if speaker := self._speaker_of_phrase(pid, tokens, first, last):
                            return cue, speaker
                    continue
            speaker = self._subject(pid, tokens, verb, lo, open_k)
            if speaker:
                return cue, speaker
        return None

    # ----- the article ----------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        found: list[tuple[Quote, bool]] = []
        previous: Quote | None = None
        open_from: Quote | None = None  # an attributed quotation still open at a paragraph's end
        pending: Quote | None = None  # an open quotation whose cue may come in the next paragraph
        for pid in sorted(self.texts):
            text = self.texts[pid]
            tokens = self.tokens.get(pid, Tokens([]))
            floor = 0
            for span in quote_spans(text):
                content = text[span.content_start : span.content_end].strip()
                quote = Quote(
                    self.article_id, int(pid), span.start, span.end, content, closed=span.closed
                )
                whole = (
                    span.closed
                    and not text[: span.start].strip()
                    and not text[span.end :].strip(" .")
                )
                attributed = self._attribute(
                    pid, tokens, span, floor, quote, whole, previous, open_from
                )
                if attributed:  # a cue is never looked for across an earlier utterance
                    floor = span.end
                if (
                    pending is not None
                    and attributed
                    and span.start == 0
                    and quote.kind == "direct"
                ):
                    pending.cue, pending.speaker = quote.cue, quote.speaker
                    quote.joins_previous = True
                    found.append((pending, False))
                pending = None
                if not attributed:
                    if not span.closed and n_words(content) >= MIN_WORDS_CONTINUATION:
                        pending = quote
                    continue
                found.append((quote, whole))
                if quote.kind != "pull_quote":
                    previous = quote
                open_from = quote if not span.closed else None
            if open_from is not None and open_from.paragraph_id != pid:
                open_from = None
        found.sort(key=lambda item: (item[0].paragraph_id, item[0].start_char))
        quotes = _attribute_pull_quotes(found)
        self._resolve_pronouns(quotes)
        return quotes

    def _attribute(self, pid, tokens, span, floor, quote, whole, previous, open_from) -> bool:
        attributed = self._find_cue(pid, tokens, span, floor, quote, whole, previous, open_from)
        if not attributed:
            return False
        text = self.texts[pid]
        around = _WORD.findall(
            (text[max(0, span.start - CARRIER_WINDOW) : span.start] + " "
             + text[span.end : span.end + CARRIER_WINDOW] + " " + quote.speaker.text).lower()
        )  # fmt: skip
        if any(word in CARRIER_NOUNS for word in around):
            return False  # written on a placard or a banner, not said
        words = n_words(quote.quote)
        utterance = quote.quote.rstrip().endswith(("!", "?", ".", "…")) or (
            quote.cue == "incise" and (quote.speaker.entity or quote.speaker.pronoun)
        )  # « Nous refusons », a déclaré X: a whole utterance with its own cue
        if words < 3 and not utterance:
            return False  # one or two words: a label
        if words <= MAX_WORDS_OF_A_LABEL and quote.speaker.type == "description":
            return False  # « vendez ou interdiction » near « des informations »: a label
        return True

    def _find_cue(self, pid, tokens, span, floor, quote, whole, previous, open_from) -> bool:
        words = n_words(quote.quote)
        after = self._incise_after(pid, tokens, span.end)
        if after is None and words >= 6:  # « A, a-t-il dit, B »: the cue inside the marks
            for comma in re.finditer(r",", self.texts[pid][span.content_start : span.content_end]):
                at = span.content_start + comma.end()
                found = self._incise_after(pid, tokens, at, span.content_end, inside=True)
                if found is not None:
                    after = found
                    break
        if after is not None:
            quote.cue, quote.speaker = "incise", self._named_role(after, pid, span.start)
            return True
        displayed = self.paragraph_roles.get(pid) == "pull_quote"
        if displayed or (whole and (person := self._label_line(pid))):
            quote.kind, quote.cue = "pull_quote", "pull_quote"
            person = self._label_line(pid)
            if person is None:
                return True  # its speaker is the one of the quotation it repeats, if any
            gender = self.gender_of.get(person, "unknown")
            quote.speaker = Speaker(person, person, "PER", "person", gender)
            return True
        if (open_from is not None and pid == open_from.paragraph_id + 1 and span.start == 0) or (
            previous is not None
            and words >= MIN_WORDS_CONTINUATION
            and _continues(previous, quote, self.texts, self.mentions)
        ):
            source = open_from if open_from is not None and span.start == 0 else previous
            quote.cue, quote.speaker = "continuation", source.speaker
            quote.joins_previous = source is open_from
            return True
        if words >= MIN_WORDS_WITHOUT_INCISE and (
            before := self._cue_before(pid, tokens, span, floor)
        ):
            quote.cue, quote.speaker = before[0], self._named_role(before[1], pid, span.start)
            return True
        if (
            (not whole or self.paragraph_roles.get(pid) == "body")
            and self._free_sentence(pid, span, quote.quote)
            and (speaker := self._recent_speaker(previous, pid, span.start, span.end))
        ):
            quote.cue, quote.speaker = "continuation", speaker
            return True
        if whole:
            quote.kind, quote.cue = "pull_quote", "pull_quote"
            return True
        return False

    def _free_sentence(self, pid: int, span: QuoteSpan, content: str) -> bool:
        """A quotation that is a whole sentence of its own (« … » starting a sentence, a
        capital first, four words or more): in news, speech by the voice being quoted."""
        before = self.texts[pid][: span.start].rstrip()
        starts_sentence = not before or before[-1] in '.!?»”"…'
        return (
            starts_sentence
            and content[:1].isupper()
            and n_words(content) >= MIN_WORDS_FREE_SENTENCE
            and content.rstrip()[-1:] in set(".!?…")
        )

    def _recent_speaker(
        self, previous: Quote | None, pid: int, start: int, end: int
    ) -> Speaker | None:
        """The voice a free-standing quotation belongs to: a person named since the last
        speech quotation (« Sur le port, un marin se montre pessimiste. « … » »), else
        that quotation's speaker, within a few paragraphs. With no speaker before it, the
        person introduced earlier in its paragraph (« Fredo, marin, estime que … « … » »),
        or the person who opens the sentence right after it (« « … » Adèle vient … »)."""
        recent = previous is not None and pid - previous.paragraph_id <= FREE_SENTENCE_PARAGRAPHS
        since = (previous.paragraph_id, previous.end_char) if recent else (pid, -1)
        skip = previous.speaker.entity if recent else None
        newcomers = [
            m[2]
            for p in range(since[0], pid + 1)
            for m in self.mentions.get(p, [])
            if m[3] == "PER" and (p, m[0]) > since and (p, m[1]) <= (pid, start) and m[2] != skip
        ]
        if newcomers:
            return self._person(newcomers[-1])
        if recent and previous.speaker.text:
            return previous.speaker
        text = self.texts[pid]
        after = len(text[end:]) - len(text[end:].lstrip(" .")) + end
        opening = [m for m in self.mentions.get(pid, []) if m[0] == after and m[3] == "PER"]
        if not recent and opening:
            return self._person(opening[0][2])
        return None

    def _person(self, entity: str) -> Speaker:
        return Speaker(entity, entity, "PER", "person", self.gender_of.get(entity, "unknown"))

    def _label_line(self, pid: int) -> str | None:
        """The person of a short name line after a pull quote (« X, maire de Y »), or of
        a label before it (« Le plus satisfait : X (Monaco) »)."""
        after = self.mentions.get(pid + 1)
        if after and len(self.texts.get(pid + 1, "")) <= 200:
            if after[0][0] == 0 and after[0][3] == "PER":
                return after[0][2]
        before, text = self.mentions.get(pid - 1), self.texts.get(pid - 1, "").strip()
        is_label = not set('«»“”"') & set(text) and text.endswith((":", ")"))
        if before and len(text) <= 120 and is_label:
            people = [m[2] for m in before if m[3] == "PER"]
            if len(set(people)) == 1:
                return people[0]
        return None

    def _resolve_pronouns(self, quotes: list[Quote]) -> None:
        """« il », « elle »: the most recent person named before, of an agreeing gender."""
        for quote in quotes:
            if quote.speaker.entity:
                self._note_gender(quote.speaker)
        for quote in quotes:
            speaker = quote.speaker
            if not speaker.pronoun:
                continue
            if speaker.type == "group":  # « ils », « elles »: a group, never one person
                quote.speaker = Speaker(type="unknown")
                continue
            person = self._last_person(quote.paragraph_id, quote.start_char, speaker.gender)
            if person:
                gender = self.gender_of.get(person, "unknown")
                if speaker.gender != "unknown":
                    gender = speaker.gender
                quote.speaker = Speaker(
                    text=person, entity=person, label="PER", type="person", gender=gender
                )
            else:
                quote.speaker = Speaker(gender=speaker.gender)

    def _last_person(self, pid: int, start: int, gender: str) -> str | None:
        for p in sorted((p for p in self.mentions if p <= pid), reverse=True):
            for _, m_end, entity, label in reversed(self.mentions[p]):
                if label != "PER" or (p == pid and m_end > start):
                    continue
                known = self.gender_of.get(entity, "unknown")
                if gender == "unknown" or known in {"unknown", gender}:
                    return entity
        return None


def _role_key(word: str) -> str:
    """élu, élue, élus → élu: one key for a role's forms."""
    word = word.lower().replace("’", "'").split("'")[-1]
    return word[:-1] if word.endswith(("s", "e")) and len(word) > 4 else word


def _ends_with_colon(items: list[dict], k: int) -> bool:
    return items[k - 1]["text"] == ":"


def _continues(previous: Quote, quote: Quote, texts: dict, mentions: dict) -> bool:
    """Right after the previous speech quote: same paragraph, a short gap without a new
    quotation or a new person, or at the start of the next paragraph."""
    if previous.paragraph_id == quote.paragraph_id:
        between = texts[quote.paragraph_id][previous.end_char : quote.start_char]
        newcomer = any(
            label == "PER"
            and previous.end_char <= start < quote.start_char
            and entity != previous.speaker.entity
            and start > previous.end_char + 40
            for start, _, entity, label in mentions.get(quote.paragraph_id, [])
        )
        return len(between) < CONTINUATION_GAP and not set('«“"') & set(between) and not newcomer
    return quote.paragraph_id == previous.paragraph_id + 1 and quote.start_char == 0


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _attribute_pull_quotes(found: list[tuple[Quote, bool]]) -> list[Quote]:
    """A pull quote without a name line takes the speaker of the quote it repeats."""
    attributed = [q for q, _ in found if q.speaker.text and q.kind != "pull_quote"]
    for quote, _ in found:
        if quote.kind == "pull_quote" and not quote.speaker.text:
            words = _words(quote.quote)
            best = max(attributed, key=lambda q: len(words & _words(q.quote)), default=None)
            if best and len(words & _words(best.quote)) / max(len(words), 1) >= 0.6:
                quote.speaker = best.speaker
    return [q for q, _ in found]


def _indirect(article: ArticleQuotes, tokens_by_paragraph: dict[int, Tokens]) -> list[Quote]:
    """« X a estimé que … » without quotation marks: reported speech, kept apart."""
    out = []
    for pid, tokens in sorted(tokens_by_paragraph.items()):
        items = tokens.items
        for k, token in enumerate(items):
            if not (token["pos"] == "VERB" and is_reporting_verb(token["lemma"], token["text"])):
                continue
            clauses = [c for c in tokens.children(k) if items[c]["dep"] == "ccomp"]
            for clause in clauses:
                marks = [
                    c
                    for c in tokens.children(clause)
                    if items[c]["dep"] == "mark" and items[c]["text"].lower()[:2] == "qu"
                ]
                if not marks:
                    continue
                first, last = tokens.subtree(clause, marks[0] + 1, len(items))
                if any(t["text"] in '«»“”"' for t in items[first:last]) or last - first < 3:
                    continue
                sentence_lo = min(
                    j for j, t in enumerate(items) if t["sentence_id"] == token["sentence_id"]
                )
                speaker = article._subject(pid, tokens, k, sentence_lo, k)
                if speaker is None:
                    continue
                start = items[first]["start_char"]
                end = items[last - 1]["start_char"] + len(items[last - 1]["text"])
                quote = Quote(
                    article.article_id,
                    pid,
                    start,
                    end,
                    article.texts[pid][start:end],
                    kind="indirect",
                    cue="indirect",
                    speaker=speaker,
                )
                out.append(quote)
    return out


def article_quotes(
    article: ArticleRows, paragraphs: pd.DataFrame, mentions: pd.DataFrame, *, gender: bool = True
) -> list[dict]:
    """Rows of quotes.csv for one article (columns: QUOTE_COLUMNS)."""
    finder = ArticleQuotes(article.article_id, paragraphs, mentions, article.speech)
    direct = finder.quotes()
    indirect = _indirect(finder, finder.tokens)
    finder._resolve_pronouns(indirect)
    ordered = sorted(direct + indirect, key=lambda q: (q.paragraph_id, q.start_char))
    rows, quote_id = [], 0
    for quote in ordered:  # one id per utterance; a quote spanning paragraphs shares it
        quote_id += not (quote.joins_previous and quote_id)
        quote.quote_id = quote_id
        rows.append(quote.row(gender))
    return rows


def attribute_quotes(
    paragraphs: pd.DataFrame,
    mentions: pd.DataFrame,
    articles_rows: Iterable[ArticleRows],
    *,
    gender: bool = True,
) -> pd.DataFrame:
    """Quotes of every article, with their speaker and cue (columns: QUOTE_COLUMNS)."""
    rows: list[dict] = []
    for _ in quotes_while_reading(articles_rows, paragraphs, mentions, rows, gender=gender):
        pass
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS)


def quotes_while_reading(
    articles_rows: Iterable[ArticleRows],
    paragraphs: pd.DataFrame,
    mentions: pd.DataFrame,
    found: list[dict],
    *,
    gender: bool = True,
) -> Iterator[ArticleRows]:
    """Pass the articles' rows on unchanged, adding each article's quotes to ``found``:
    the quotes come out of the same single pass over the rows as the words and triples,
    and no article's tokens are held after it."""
    text_of = dict(tuple(paragraphs.groupby("article_id", sort=False)))
    named_of = dict(tuple(mentions.groupby("article_id", sort=False)))
    for article in articles_rows:
        if (text := text_of.get(article.article_id)) is not None:
            named = named_of.get(article.article_id, mentions.iloc[0:0])
            found += article_quotes(article, text, named, gender=gender)
        yield article


def voices(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who speaks in which article: direct quotes (pull quotes and reported speech left
    out, so each utterance counts once) and quoted words per speaker."""
    direct = quotes[quotes["kind"] == "direct"]
    utterances = direct.groupby(["article_id", "quote_id"], as_index=False).agg(
        speaker=("speaker", "first"),
        speaker_type=("speaker_type", "first"),
        speaker_gender=("speaker_gender", "first"),
        quote=("quote", " ".join),
    )
    data = utterances.assign(
        speaker=utterances["speaker"].replace("", "(unattributed)"),
        words=utterances["quote"].map(n_words),
    )
    table = data.groupby(["article_id", "speaker"], as_index=False).agg(
        speaker_type=("speaker_type", "first"),
        speaker_gender=("speaker_gender", "first"),
        quotes=("quote", "size"),
        words=("words", "sum"),
    )
    table = table.sort_values(["article_id", "quotes", "speaker"], ascending=[True, False, True])
    return table[VOICE_COLUMNS].reset_index(drop=True)
