"""Less common forms of the cue that attributes a quotation, read from the parse.

French news does not always close a quotation with « », a déclaré X »: the writer's
words may come between the quotation and its incise, « selon X » may follow it, a name
may sign it, a sentence may open on a reporting participle or an infinitive of
narration, a clause may leave its subject out, two quotations may share one incise, a
relative (« qui », « selon lesquelles », « pour qui ») may stand for the speaker named
before it, a colon may lead from the quotation to its speaker.
Each form is a method of :class:`CueForms`, which :class:`helpers.entities.quotes.
ArticleQuotes` builds on; each returns the speaker the form names, or None.
"""

from __future__ import annotations

import re

from helpers.core.quote_marks import QuoteSpan, quote_spans
from helpers.entities.antecedents import SUBJECT_DEPS, most_recent, names_people
from helpers.entities.reporting import (
    ATTRIBUTION_WORDS,
    CONTINUING_VERBS,
    SPEECH_NOUNS,
    is_reporting_verb,
)
from helpers.entities.speakers import Speaker, SpeakerFinder, Tokens, _a_thing, _one_of_a_group

_WORD = re.compile(r"\w+")
_HYPHENATED_WORD = re.compile(r"\w+(?:-\w+)*")
_MARKS = re.compile('[«»“”„"‹›]')
_STOP = set('.!?;:«»“”„"‹›')
# « « … » et « … ». C'est ce qu'estime X »: the cleft after the quotation (and the
# sentence's other short quotations), up to its verb
_THAT_IS_WHAT = re.compile(
    r"(?:\s*(?:,|et|ou)?\s*[«“\"][^«»“”\"]{1,60}[»”\"])*\s*[.,:]?\s*(?:[cC]['’]est|[vV]oilà)\s+"
    r"(?:en tout cas\s+|du moins\s+|aussi\s+|bien\s+)?ce\s+qu(?:e\s+|['’]\s*)"
)
MIN_WORDS_SIGNED = 8  # a signed quotation without a full stop: longer than a title
WRITER_WORDS = 8  # tokens of the writer's between a quotation and its incise
WRITER_CHARS = 60  # characters of the writer's between a quotation and its incise
SHARED_INCISE_GAP = 60  # characters between two quotations of one sentence and one incise
VOICE_PARAGRAPHS = 2  # how far back a verb that goes on finds the voice before
_PROSE_ENDS = (".", "!", "?", "…", "»", '"', "”")  # a paragraph of the story, not a heading
SOURCE_AFTER_WORDS = 12  # tokens of the writer's between a quotation and « selon X »
MAX_WORDS_OF_A_LABEL = 4  # a short quotation given to no name is a title or a slogan
_SENTENCE_END = re.compile(r"[.!?…]\s")
_COLON_AFTER = re.compile(r"\s*:\s*")
_SOURCE_CLOSING = re.compile(r",\s*(?:selon|d['’]après)\s+[^,«»“”\"]{2,60}$")
_SOURCE_ROLE = re.compile(r"(?:selon|d['’]après)\s+(?:le|la|l['’])\s*(?P<noun>[a-zà-ÿ-]{3,})\s*$")


class CueForms(SpeakerFinder):
    """The less common cue forms, for the quote finder of one article."""

    def _elided_subject(self, pid: int, tokens: Tokens, verb: int, lo: int) -> Speaker | None:
        """« X a indiqué … . Mais a aussi annoncé, disant « … » »: a clause that opens with
        its verb, its subject left out, goes on with the voice just before."""
        items = tokens.items
        if any(items[c]["dep"] in {"nsubj", "nsubj:pass"} for c in tokens.children(verb)):
            return None
        lead = [items[j]["pos"] for j in range(lo, verb)]
        if not set(lead) & {"CCONJ", "AUX"} or not set(lead) <= {"CCONJ", "ADV", "AUX"}:
            return None  # « Rappelons que « … » »: the writer's own imperative
        voices = self.parsed_voices() + getattr(self, "spoken", [])
        voice = most_recent(voices, pid, items[verb]["start_char"], "unknown", False, 1)
        return voice.speaker if voice is not None and voice.speaker.type == "person" else None

    def _subject_after(self, pid: int, tokens: Tokens, char: int) -> Speaker | None:
        """« Estimant nécessaire d'éviter « … », la procureure réclame … »: a sentence that
        opens on a reporting participle has its speaker in the subject after the quotation."""
        items = tokens.items
        k = tokens.index_from(char)
        while k < len(items) and items[k]["text"] in {",", " "}:
            k += 1
        if k >= len(items) or items[k]["text"] in _STOP:
            return None
        hi = k
        while hi < len(items) and items[hi]["sentence_id"] == items[k]["sentence_id"]:
            if items[hi]["pos"] in {"VERB", "AUX"} or items[hi]["text"] in _STOP:
                break
            hi += 1
        return self._speaker_of_phrase(pid, tokens, k, hi) if hi > k else None

    def _that_is_what_after(self, pid: int, tokens: Tokens, char: int) -> Speaker | None:
        """« … permettra « d'alléger les démarches ». C'est ce qu'estime X », « « … ».
        Voilà ce qu'avait dit X »: a cleft « c'est ce que », « voilà ce que » with a verb of
        saying, right after the quotation (other quotations
        of the same sentence aside), names its speaker, the subject after the verb."""
        text = self.texts.get(pid, "")
        found = _THAT_IS_WHAT.match(text, char)
        if found is None:
            return None
        items = tokens.items
        k = tokens.index_from(found.end())
        if k >= len(items) or items[k]["start_char"] != found.end():
            return None
        while k + 1 < len(items) and items[k]["pos"] == "AUX":
            k += 1  # « Voilà ce qu'avait dit X »: the auxiliary, then the verb
        if not is_reporting_verb(items[k]["lemma"], items[k]["text"]):
            return None
        hi = k + 1
        while hi < len(items) and items[hi]["sentence_id"] == items[k]["sentence_id"]:
            if items[hi]["text"] in _STOP:
                break
            hi += 1
        speaker = self._inverted_subject(pid, tokens, k + 1, hi)
        if speaker is None or not (speaker.entity or _names_people(speaker.text)):
            return None
        return speaker

    def _selon_after(self, pid: int, tokens: Tokens, char: int) -> Speaker | None:
        """« les sols sont « très secs », selon Météo-France »: the source named right after
        the quotation, in its sentence."""
        items = tokens.items
        k = tokens.index_from(char)
        while k < len(items) and items[k]["text"] == ",":
            k += 1
        # « « … » présents dans le dépôt, selon X »: a few words of the writer's first
        reach = min(k + SOURCE_AFTER_WORDS, len(items))
        k = next((j for j in range(k, reach) if items[j]["text"].lower() in ATTRIBUTION_WORDS
                  or items[j]["text"] in _STOP), k)  # fmt: skip
        if k >= len(items) or items[k]["text"].lower() not in ATTRIBUTION_WORDS:
            return None
        stop = k + 1
        while stop < len(items) and items[stop]["text"] not in _STOP | {","}:
            stop += 1
        first = k + 1
        if first + 2 < stop and items[first + 1]["lemma"] in {"mot", "propos", "terme"}:
            first += 3  # « selon les termes de son président, X »: whose words they are
        speaker = self._speaker_of_phrase(pid, tokens, first, stop)
        if speaker is not None and speaker.type == "description" and first > k + 1:
            speaker = self._with_apposition(pid, tokens, stop, speaker)
        if speaker is not None and speaker.type == "description":
            speaker = self._source_in(pid, tokens, first, stop) or speaker
        heads = [t["lemma"] for t in items[first:stop] if t["pos"] == "NOUN"][:1]
        if speaker is not None and speaker.type == "description" and set(heads) & SPEECH_NOUNS:
            return None  # « selon des propos rapportés par … »: words, not who said them
        if speaker is not None and _same_source(speaker.text):
            # « selon la même source »: the body or person quoted last, nearby
            return self._last_quoted_author(pid, char)
        if speaker is not None and speaker.type == "description":
            # « selon la presse locale »: a relay, not a voice; « selon un témoin »: people
            return speaker if _names_people(speaker.text) else None
        return speaker

    def _incise_after_words(
        self, pid: int, tokens: Tokens, char: int, opens: bool
    ) -> Speaker | None:
        """« « … » de toute façon !, rétorque X »: a few words of the writer close the
        sentence before its incise; the incise still attributes the quotation, when its
        verb is one of saying and no other quotation or sentence comes between, and the
        quotation opens the sentence or the writer's words end on « ! » (in « le projet de
        « ville du quart d'heure » avance, explique X », the words are a term)."""
        items = tokens.items
        k = tokens.index_from(char)
        for j in range(k, min(k + WRITER_WORDS, len(items) - 1)):
            word = items[j]["text"]
            if word in {"!", "?"} and items[j + 1]["text"] == ",":
                opens = True
                continue  # « … » !, fait remarquer X
            if word == "," and j > k and not opens:
                return None
            if word in _STOP or items[j]["start_char"] - char > WRITER_CHARS:
                return None
            if word == "," and j > k:
                verb = next((t for t in items[j + 1 : j + 4] if t["pos"] != "AUX"), None)
                if verb is None or not is_reporting_verb(verb["lemma"], verb["text"]):
                    return None
                return self._incise_after(pid, tokens, items[j]["start_char"])
        return None

    def _signature(self, pid: int, tokens: Tokens, char: int) -> Speaker | None:
        """« « … », Anne Morel, vigneronne à Sierre »: a quotation signed by a name after a
        comma, with no verb to the paragraph's end, is that person's."""
        rest = self.texts[pid][char:]
        name_at = char + len(rest) - len(rest.lstrip(" ,"))
        if not rest.lstrip(" ").startswith(","):
            return None
        named = [m for m in self.mentions.get(pid, []) if m[0] == name_at and m[3] == "PER"]
        after = tokens.items[tokens.index_from(char) :]
        if not named or any(t["pos"] in {"VERB", "AUX"} for t in after):
            return None
        return self._person(named[0][2])

    def _prose_reach(self, pid: int, paragraphs: int) -> int:
        """How many paragraphs back to look for a voice: ``paragraphs`` of prose, the
        headings and captions between (no sentence end) not counted: they interrupt the
        story, they do not move on to someone else."""
        reach, prose = 0, 0
        while prose < paragraphs and pid - reach - 1 >= 0:
            reach += 1
            text = self.texts.get(pid - reach, "").rstrip()
            prose += text.endswith(_PROSE_ENDS)
        return max(reach, paragraphs)

    def _same_voice(self, pid, tokens: Tokens, char: int, speaker: Speaker, previous):
        """« », a poursuivi le maire sortant »: a verb that goes on (poursuivre, continuer,
        conclure) with a definite description keeps the voice of the quotation before,
        when it is a person of an agreeing gender within a few paragraphs."""
        items = tokens.items
        k = tokens.index_from(char)
        verbs = [t for t in items[k : k + 4] if t["pos"] == "VERB"]
        voice = previous.speaker
        if (
            not verbs
            or verbs[0]["lemma"] not in CONTINUING_VERBS
            or not speaker.text.lower().startswith(("le ", "la ", "l'", "l’"))
            # « ajoute l'une des passagères »: someone new out of a group
            or _one_of_a_group(speaker.text.replace("’", "'").replace("'", "' ").split())
            or voice.type != "person"
            or previous.paragraph_id < pid - self._prose_reach(pid, VOICE_PARAGRAPHS)
            or speaker.gender not in {"unknown", voice.gender}
            and voice.gender != "unknown"
        ):
            return speaker
        return voice

    def _same_source(self, pid, tokens: Tokens, char: int, previous) -> Speaker | None:
        """« », a-t-on ajouté. » after « », a indiqué une porte-parole »: the indefinite
        « on » with a verb that goes on, and nothing after them, is the source quoted before,
        within a few paragraphs."""
        items = tokens.items
        k = tokens.index_from(char)
        window = range(k, min(k + 5, len(items)))
        clitic = next((j for j in window if items[j]["text"].lower() == "-on"), None)
        verb = next((j for j in window if items[j]["pos"] == "VERB"), None)
        if clitic is None or verb is None or items[verb]["lemma"] not in CONTINUING_VERBS:
            return None
        last = max(clitic, verb) + 1
        if last < len(items) and items[last]["pos"] != "PUNCT":
            return None  # « ajoute-t-on à la mairie »: a source of its own
        quoted = [(q.start, q.end) for q in quote_spans(self.texts.get(pid, ""))]
        if any(
            t["text"].lower() == "on"
            and t["dep"] in SUBJECT_DEPS
            and not any(a <= t["start_char"] < b for a, b in quoted)
            for t in items[:k]
        ):  # « À la mairie, on se veut rassurant. « … », a-t-on ajouté »: that « on », a
            # source the paragraph brought in, not the voice quoted before
            return None
        if previous.paragraph_id < pid - self._prose_reach(pid, VOICE_PARAGRAPHS):
            return None
        return previous.speaker if previous.speaker.text else None

    def _narrative_infinitive(self, pid: int, tokens: Tokens, verb: int, lo: int):
        """« Et le technicien d'ajouter : « … » »: the infinitive of narration says who
        speaks with the noun it hangs on, a subject (the parser's) or a noun naming people."""
        items = tokens.items
        head = tokens.head(verb)
        marks = [
            c
            for c in tokens.children(verb)
            if items[c]["dep"] == "mark" and items[c]["text"].lower() in {"de", "d'", "d’"}
        ]
        if not marks or items[verb]["dep"] != "acl" or head is None or not lo <= head < verb:
            return None
        person = items[head]["pos"] == "PROPN" or names_people(items[head]["lemma"])
        if not (person or items[head]["dep"] in {"nsubj", "nsubj:pass", "ROOT"}):
            return None  # « il est temps de dire : »: no one speaks
        first, _ = tokens.subtree(head, lo, marks[0])
        return self._speaker_of_phrase(pid, tokens, first, marks[0])

    def _source_before(self, pid: int, span: QuoteSpan) -> Speaker | None:
        """« Les pluies seront « plus fortes » mardi, selon Vigicrues. « De nouvelles crues
        sont prévues » dans le Nord »: a quotation opening the sentence right after one
        that ends on « selon X », with no quotation of its own, goes on with that source."""
        text = self.texts[pid]
        before = text[: span.start].rstrip()
        if not _opens_sentence(before) or not before.endswith((".", "!", "?", "…")):
            return None
        if not self._has_a_verb(pid, span):
            return None  # « « Le Tour de France » passera … »: a name opening the sentence
        last = _SENTENCE_END.split(before[:-1])[-1]
        found = _SOURCE_CLOSING.search(last)
        if found is None:
            return None
        at = before.rfind(found[0])
        end = at + len(found[0])
        named = [
            m
            for m in self.mentions.get(pid, [])
            if at < m[0] and m[1] >= end - 1 and m[3] in {"PER", "ORG"}
        ]
        if not named:  # « …, selon le ministre. »: the one person given the role before
            role = _SOURCE_ROLE.search(found[0])
            holder = role and self._holder_of_role(role["noun"], pid, at)
            return self._person(holder) if holder else None
        _, _, entity, label = named[0]
        return self._named(entity, label)

    def _named(self, entity: str, label: str) -> Speaker:
        """A person or a body the model named, as a speaker."""
        return (
            self._person(entity)
            if label == "PER"
            else Speaker(entity, entity, label, "organisation")
        )

    def _has_a_verb(self, pid: int, span: QuoteSpan) -> bool:
        """The quotation holds a verb: a clause someone says, not a name or a title."""
        tokens = self.tokens.get(pid, Tokens([]))
        inside = tokens.items[
            tokens.index_from(span.content_start) : tokens.index_from(span.content_end)
        ]
        return any(t["pos"] in {"VERB", "AUX"} for t in inside)

    def _subject_after_colon(self, pid: int, span: QuoteSpan) -> Speaker | None:
        """« « Je n'accepte pas … » : le bâtonnier X jure … »: a quotation opening its
        sentence, longer than a title, then a colon and a clause whose subject is a person
        named: that person's."""
        text = self.texts[pid]
        colon = _COLON_AFTER.match(text, span.end)
        words = len(_WORD.findall(text[span.content_start : span.content_end]))
        if colon is None or not _opens_sentence(text[: span.start]):
            return None
        if words <= MAX_WORDS_OF_A_LABEL or not self._has_a_verb(pid, span):
            return None  # « « Les Vacances du Petit Nicolas » : X adapte … »: a title
        return self._next_subject(pid, colon.end())

    def _pour_qui(self, pid: int, tokens: Tokens, open_k: int, lo: int) -> Speaker | None:
        """« …, alerte Météo-France pour qui « … » »: the person or body named right before
        « pour qui » holds the view quoted after it."""
        items = tokens.items
        k = open_k - 2
        if k <= lo or [t["text"].lower() for t in items[k:open_k]] != ["pour", "qui"]:
            return None
        at = items[k]["start_char"]
        text = self.texts[pid]
        named = [
            m for m in self.mentions.get(pid, [])
            if m[3] in {"PER", "ORG"} and m[1] <= at and not text[m[1] : at].strip(" ,")
        ]  # fmt: skip
        if not named:
            return None
        _, _, entity, label = named[-1]
        return self._named(entity, label)

    def _which_antecedent(self, pid: int, tokens: Tokens, selon: int, lo: int):
        """« les déclarations de X, selon lesquelles « … » »: « lesquelles » stands for the
        noun phrase before the comma; the person or body it names is the source."""
        items = tokens.items
        k = selon - 2
        if k < lo or items[selon - 1]["text"] != ",":
            return None
        while (head := tokens.head(k)) is not None and lo <= head < k and items[k]["dep"] in {
            "flat:name", "appos", "nmod", "amod"
        }:  # fmt: skip
            k = head
        first, last = tokens.subtree(k, lo, selon - 1)
        speaker = self._speaker_of_phrase(pid, tokens, first, last)
        if speaker is not None and speaker.type == "description":
            speaker = self._source_in(pid, tokens, first, last) or speaker
        return None if speaker is None or _a_thing(speaker) else speaker


def _same_source(description: str) -> bool:
    """« la même source », « cette même source »: the source cited just before."""
    return _WORD.findall(description.lower())[-2:] == ["même", "source"]


def _names_people(description: str) -> bool:
    """« la mère de famille », « une cliente », « le porte-parole »: its first noun names
    people."""
    words = _HYPHENATED_WORD.findall(description.lower())
    return any(names_people(w) for w in words[1:3])


def _opens_sentence(before: str) -> bool:
    """Nothing of the sentence is written before this point."""
    before = before.rstrip()
    return not before or before[-1] in '.!?:…»”"'


def _sharing_an_incise(loose: list, found: list[tuple], texts) -> list:
    """« « A » mais « B », a déclaré X » / « « A », même s'il pleut, « B », constate X »:
    quotations of one sentence share the incise that closes it. A quotation with no cue
    (in ``loose``, returned once attributed) or only carried over from an earlier voice
    takes the speaker of the next quotation of its sentence, when that one has an incise."""
    shared = []
    by_start = sorted((q for q, _ in found), key=lambda q: (q.paragraph_id, q.start_char))
    for quote in [*loose, *(q for q in by_start if q.cue == "continuation")]:
        after = [
            q
            for q in by_start
            if q.paragraph_id == quote.paragraph_id and q.start_char > quote.end_char
        ]
        if not after or after[0].cue != "incise" or after[0].kind != "direct":
            continue
        text = texts[quote.paragraph_id]
        gap = text[quote.end_char : after[0].start_char]
        if len(gap) > SHARED_INCISE_GAP or re.search(r"[.!?…:;]", gap) or _MARKS.search(gap):
            continue
        if quote.cue == "continuation" and quote.quote.rstrip().endswith(("!", "?", ".", "…")):
            # « « … », accuse X. « … réagi ? » « C'est un long débat » tempère une dame »: a
            # quotation closing its own sentence goes on with X; the next one answers it
            continue
        if quote.quote.rstrip().endswith("?"):
            continue  # « « Jugé pour quoi ? » « Pour le vol », rétorque la juge »: an answer
        if quote in loose and not _opens_sentence(text[: quote.start_char]):
            continue  # « le projet de « ville apaisée » et « … », dit X »: a term first
        quote.cue, quote.speaker = "incise", after[0].speaker
        if quote in loose:
            shared.append(quote)
    return shared
