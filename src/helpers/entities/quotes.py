"""Who speaks: quotations, the cue that attributes each, and the speaker as an entity.

Quotation marks are found in the text (:mod:`helpers.narratives.quote_marks`); the
cue and the speaker come from the dependency parse of the sentences around them
(the extraction pass keeps their tokens), with the reporting words of
:mod:`helpers.entities.reporting`. A quotation counts as speech only when a
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

Less common forms of these cues (« selon X » after the quotation, the writer's words
before the incise, a signing name, two quotations sharing one incise, …) are in
:mod:`helpers.entities.cue_forms`. Who the cue names is read by
:mod:`helpers.entities.speakers`. Reported speech
without quotation marks (« X a estimé que … ») is kept apart as ``kind`` = indirect.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import pandas as pd

from helpers.core.quote_marks import CLOSING, OPENING, STRAIGHT, QuoteSpan, quote_spans
from helpers.core.schemas import columns
from helpers.entities.antecedents import (
    AT_SOMEONES,
    SUBJECT_DEPS,
    Voice,
    introduced_with_role,
    is_plural,
    most_recent,
    names_people,
    person_with_role,
    reported,
)
from helpers.entities.cue_forms import (
    _MARKS,
    _SENTENCE_END,
    _STOP,
    MAX_WORDS_OF_A_LABEL,
    MIN_WORDS_SIGNED,
    VOICE_PARAGRAPHS,
    CueForms,
    _names_people,
    _opens_sentence,
    _sharing_an_incise,
)
from helpers.entities.full_names import full_name, named_in_apposition
from helpers.entities.reporting import (
    ATTRIBUTION_WORDS,
    CARRIER_NOUNS,
    PRONOMINAL_REPORTING_VERBS,
    SPEECH_NOUNS,
    is_reporting_verb,
)
from helpers.entities.speakers import (
    SUBJECT_PRONOUNS,
    Speaker,
    Tokens,
    is_reporting_token,
    pronoun_speaker,
)
from helpers.parsing.rows import ArticleRows

QUOTE_COLUMNS = columns("quotes")
VOICE_COLUMNS = columns("voices")
_WORD = re.compile(r"\w+")
MIN_WORDS_WITHOUT_INCISE = 3  # a cue before the quote needs an utterance, not a label
MIN_WORDS_CONTINUATION = 3
MIN_WORDS_FREE_SENTENCE = 4
CARRIER_WINDOW = 60  # characters around a quotation where « pancarte » makes it written
FREE_SENTENCE_PARAGRAPHS = 2  # how far back a free-standing quotation looks for its voice
NAME_LABELS = ("PER", "MISC")  # « renchérit Solenne »: a first name the model left unsure
PRONOUN_PARAGRAPHS = 3  # how far back a pronoun looks for its antecedent
_IMPERSONAL = {"falloir", "agir", "pleuvoir", "sembler", "paraître", "rester", "exister"}
SHORT_LEAD = 40  # characters of a paragraph before a quotation that still continues one
CONTINUATION_GAP = 160  # characters between two quotes of one speaker
MAX_UNMARKED_PULL_QUOTE = 300  # characters of a pull quote printed without marks, name included
_INTERTITLE_DASHES = " -–—"


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
        if gender and s.type == "description" and not _of_people(s.text):
            gender = "unknown"  # « Cette collaboration »: a noun's grammatical gender
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


def quote_at(quote: Quote) -> tuple[int, int]:
    return quote.paragraph_id, quote.start_char


def n_words(text: str) -> int:
    return len(_WORD.findall(text))


class ArticleQuotes(CueForms):
    """Quotations of one article and the cue that attributes each."""

    def quotes(self) -> list[Quote]:
        found: list[tuple[Quote, bool]] = []
        previous: Quote | None = None
        open_from: Quote | None = None  # an attributed quotation still open at a paragraph's end
        pending: Quote | None = None  # an open quotation whose cue may come in the next paragraph
        spoken: list[Voice] = []  # the voices quoted so far, antecedents of a pronoun
        self.spoken = spoken  # a description may stand for the voice quoted last
        loose: list[Quote] = []  # quotations with no cue of their own
        straight_open = False  # the paragraph before ended inside a straight-marked quotation
        for pid in sorted(self.texts):
            text = self.texts[pid]
            tokens = self.tokens.get(pid, Tokens([]))
            floor = 0
            if unmarked := self._unmarked_pull_quote(pid):
                found.append((unmarked, True))
            spans = quote_spans(text, continued=straight_open)
            straight_open = bool(spans) and not spans[-1].closed and text[spans[-1].start] == '"'
            for span in spans:
                content = text[span.content_start : span.content_end].strip()
                quote = Quote(
                    self.article_id, int(pid), span.start, span.end, content, closed=span.closed
                )
                whole = (  # the paragraph is the quotation, or an intertitle « - « … » - »
                    span.closed
                    and not text[: span.start].strip(_INTERTITLE_DASHES)
                    and not text[span.end :].strip(_INTERTITLE_DASHES + ".")
                )
                attributed = self._attribute(
                    pid, tokens, span, floor, quote, whole, previous, open_from
                )
                if attributed:  # a cue is never looked for across an earlier utterance
                    floor = span.end
                    self._resolve_at(quote, spoken)
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
                    elif not whole and n_words(content) >= MIN_WORDS_CONTINUATION:
                        loose.append(quote)
                    continue
                found.append((quote, whole))
                if quote.kind != "pull_quote":
                    previous = quote
                open_from = quote if not span.closed else None
            if open_from is not None and open_from.paragraph_id != pid:
                open_from = None
        found += [(q, False) for q in _sharing_an_incise(loose, found, self.texts)]
        found.sort(key=lambda item: (item[0].paragraph_id, item[0].start_char))
        quotes = _attribute_pull_quotes(found)
        for quote in quotes:
            if quote.kind == "pull_quote" and not quote.speaker.text:
                quote.speaker = self._next_subject(quote.paragraph_id + 1, 0) or quote.speaker
            if quote.kind == "pull_quote" and not quote.speaker.text:
                quote.speaker = _first_voice_in(quotes, quote.paragraph_id + 1) or quote.speaker
        self._resolve_pronouns(quotes)
        return quotes

    def _resolve_at(self, quote: Quote, spoken: list[Voice]) -> None:
        """A pronoun's speaker is the most recent agreeing voice before it, quoted or met
        in the text; a continuation then copies the resolved speaker."""
        speaker = quote.speaker
        if speaker.pronoun and speaker.type != "group":
            introduced = self._named_before_mark(quote, speaker.gender)
            if introduced:  # « X : « C'est un officier …, a-t-il regretté, … » »
                quote.speaker = self._person(introduced)
                speaker = quote.speaker
        if speaker.pronoun:
            plural = speaker.type == "group"
            # a voice heard before its gender was known (« Martine », then « explique-t-elle »)
            # agrees by the gender the article gave it since: « il » is not Martine
            known = [
                replace(v, speaker=replace(v.speaker, gender=self.gender_of[v.speaker.entity]))
                if v.speaker.gender == "unknown"
                and self.gender_of.get(v.speaker.entity, "unknown") != "unknown"
                else v
                for v in self.parsed_voices() + spoken
            ]
            voice = most_recent(
                known,
                quote.paragraph_id,
                quote.start_char,
                speaker.gender,
                plural,
                self._prose_reach(quote.paragraph_id, PRONOUN_PARAGRAPHS),
            )
            last = None
            if not plural:
                last = self._last_person(*quote_at(quote), speaker.gender)
                last = last or (voice is None and self._person_in_title(speaker.gender)) or None
            if (
                voice is not None
                and voice.pid < quote.paragraph_id
                and last
                and last != voice.speaker.entity
                and last in self._people_in(quote.paragraph_id, 0, quote.start_char)
                and not _SAME_PRONOUN[speaker.gender].search(
                    self.texts.get(quote.paragraph_id, "")[: quote.start_char]
                )
            ):  # « … comme Mohammed avec ses enfants. « … », raconte-t-il »: a person the
                # paragraph brings in after the last voice is the one the pronoun names,
                # unless the paragraph already says « il » of the voice (« Elle a rappelé
                # que X … »)
                voice = None
            if voice is None and last:  # no voice in reach: the last person named
                quote.speaker = self._person(last)
                if speaker.gender != "unknown":
                    quote.speaker.gender = speaker.gender
            elif voice is None:
                quote.speaker = Speaker(gender=speaker.gender if not plural else "unknown")
            else:
                found = voice.speaker
                gender = found.gender
                if found.type == "person" and speaker.gender != "unknown":
                    gender = speaker.gender
                quote.speaker = replace(found, gender=gender, pronoun=False)
        if quote.speaker.entity:
            self._note_gender(quote.speaker)
        if quote.speaker.text and quote.kind == "direct":
            plural = quote.speaker.type == "description" and is_plural(quote.speaker.text)
            spoken.append(Voice(quote.paragraph_id, quote.end_char, quote.speaker, plural))

    def _named_before_mark(self, quote: Quote, gender: str) -> str | None:
        """The person whose name ends right before the quotation's opening mark, a colon
        or a comma between (« …, Christian Varone : « … » »): the quotation is theirs, and
        a pronoun in its incise stands for them, whoever spoke before."""
        text = self.texts.get(quote.paragraph_id, "")
        for _, end, entity, label in self.mentions.get(quote.paragraph_id, []):
            if label != "PER" or end > quote.start_char:
                continue
            if text[end : quote.start_char].strip() not in {":", ","}:
                continue
            known = self.gender_of.get(entity, "unknown")
            if gender == "unknown" or known in {"unknown", gender}:
                return entity
        return None

    def _attribute(self, pid, tokens, span, floor, quote, whole, previous, open_from) -> bool:
        attributed = self._find_cue(pid, tokens, span, floor, quote, whole, previous, open_from)
        if not attributed:
            return False
        text = self.texts[pid]
        if _NAMED_AS.search(text[max(0, span.start - CARRIER_WINDOW) : span.start]):
            return False  # « la loi intitulée « … » »: a title
        before = text[max(0, span.start - CARRIER_WINDOW) : span.start]
        after = text[span.end : span.end + CARRIER_WINDOW]
        # what lies beyond another quotation, or another sentence, is about something else
        before, after = _MARKS.split(before)[-1], _MARKS.split(after)[0]
        before, after = _SENTENCE_END.split(before)[-1], _SENTENCE_END.split(after)[0]
        series_end = _past_quotations(text, span.end)
        if series_end > span.end:  # « « A », « B », scandaient les pancartes »: the cue
            beyond = text[series_end : series_end + CARRIER_WINDOW]  # of the whole series
            after += " " + _SENTENCE_END.split(_MARKS.split(beyond)[0])[0]
        around = _WORD.findall(f"{before} {after} {quote.speaker.text}".lower())
        if any(word in CARRIER_NOUNS for word in around):
            return False  # written on a placard or a banner, not said
        crowd = (
            not quote.speaker.text
            or quote.speaker.type == "group"
            or (quote.speaker.type == "description" and is_plural(quote.speaker.text))
        )  # « scande un sympathisant »: one person's words
        if crowd and any(word in _CHANTING for word in around):
            return False  # « ils avançaient en scandant « … » »: a crowd's slogan
        words = n_words(quote.quote)
        utterance = (
            quote.quote.rstrip().endswith(("!", "?", ".", "…"))
            or (
                quote.cue == "incise"
                and (
                    quote.speaker.entity
                    or quote.speaker.pronoun
                    or quote.speaker.type == "description"  # « « Non », répond l'homme »
                    and _names_people(quote.speaker.text)
                )
                and _opens_sentence(text[: span.start])
            )
        )  # « Nous refusons », a déclaré X: a whole utterance with its own cue; in « l'État
        # « regarde ailleurs », dénonce X » the words end the writer's sentence
        if words < 3 and not utterance:
            return False  # one or two words: a label
        ends = quote.quote.rstrip().endswith(("!", "?", ".", "…"))
        if words <= MAX_WORDS_OF_A_LABEL and not ends and _ELIDED_ARTICLE.search(before):
            return False  # « vers l'« école du dernier recours » »: a term the writer uses
        capitalised = quote.quote[:1].isupper()
        named = (capitalised and _DETERMINER_BEFORE.search(before)) or (
            not quote.quote[:1].islower() and _TITLED_THING_BEFORE.search(before)
        )
        if not ends and named:
            # « le « Plan d'action 2035 – Vers un Québec décarboné » », « son programme « Mon
            # village, mon amour » »: a capitalised title after its determiner or its kind of
            # thing; « aux « centaines d'animaux » » is the speaker's words
            return False
        if words <= MAX_WORDS_OF_A_LABEL and not ends and _participle_after(tokens, span.end):
            return False  # « la règle « payez ou partez », affirmant que … »: a name
        if (
            words <= MAX_WORDS_OF_A_LABEL
            and quote.speaker.type == "description"
            and not ends
            and not (quote.cue in {"incise", "continuation"} and _names_people(quote.speaker.text))
            and not (quote.cue == "before" and _object_of_saying(tokens, span.start))
        ):  # « « C'est long, vraiment », soupire une cliente »: people speak in an incise
            return False  # « vendez ou interdiction » near « des informations »: a label
        return True

    def _broken_off(self, pid: int, span: QuoteSpan) -> Tokens | None:
        """« « … », » ending a paragraph and the next one opening in lowercase: the layout
        broke the sentence before its incise; the tokens of the paragraph that ends it."""
        following = self.texts.get(pid + 1, "").lstrip()
        if self.texts[pid][span.end :].strip() != "," or not following[:1].islower():
            return None
        return self.tokens.get(pid + 1)

    def _find_cue(self, pid, tokens, span, floor, quote, whole, previous, open_from) -> bool:
        words = n_words(quote.quote)
        after = self._incise_after(pid, tokens, span.end)
        cue_at = span.end
        if after is None and words >= 6:  # « A, a-t-il dit, B »: the cue inside the marks
            # « A ! s'exclame-t-elle. B »: after « ! » or « ? » the incise needs no comma
            for comma in _INSIDE_BREAK.finditer(
                self.texts[pid][span.content_start : span.content_end]
            ):
                at = span.content_start + comma.end()
                found = self._incise_after(pid, tokens, at, span.content_end, inside=True)
                if found is not None:
                    after, cue_at = found, at
                    break
        if after is None and (series_end := _past_quotations(self.texts[pid], span.end)) > span.end:
            # « « A », « B », « C », a ajouté X »: one incise for the whole series
            after = self._incise_after(pid, tokens, series_end)
        if after is None:
            opens = _opens_sentence(self.texts[pid][: span.start])
            after = self._incise_after_words(pid, tokens, span.end, opens)
        if after is None and (broken := self._broken_off(pid, span)) is not None:
            after = self._incise_after(pid + 1, broken, 0)
        if after is None and (source := self._selon_after(pid, tokens, span.end)):
            quote.cue, quote.speaker = "selon", self._named_role(source, pid, span.start)
            return True
        if after is None:  # « … ». C'est ce qu'estime X
            after = self._that_is_what_after(pid, tokens, span.end)
        if after is None:  # « … » : le bâtonnier X jure …
            after = self._subject_after_colon(pid, span)
        if after is not None:
            turn = bool(_REPLY_AFTER.match(self.texts[pid][span.end : span.end + 40]))
            quote.cue, quote.speaker = "incise", self._named_role(after, pid, span.start, turn)
            if quote.speaker.type == "description" and previous is not None:
                quote.speaker = self._same_voice(pid, tokens, cue_at, quote.speaker, previous)
            elif not quote.speaker.text and previous is not None:
                quote.speaker = self._same_source(pid, tokens, cue_at, previous) or quote.speaker
            return True
        # « « Le Petit Prince », Antoine de Saint-Exupéry »: a title signed by its author
        utterance = _ends_a_sentence(quote.quote) or words >= MIN_WORDS_SIGNED
        if utterance and (signed := self._signature(pid, tokens, span.end)):
            quote.cue, quote.speaker = "incise", signed
            return True
        displayed = self.paragraph_roles.get(pid) == "pull_quote"
        # a quotation under a label line, cut off where the stored text ends
        cut_off = not span.closed and span.start == 0 and pid == max(self.texts)
        if displayed or ((whole or cut_off) and (person := self._label_line(pid))):
            quote.kind, quote.cue = "pull_quote", "pull_quote"
            person = self._label_line(pid)
            if person is None:
                return True  # its speaker is the one of the quotation it repeats, if any
            gender = self.gender_of.get(person, "unknown")
            quote.speaker = Speaker(person, person, "PER", "person", gender)
            return True
        before = None
        if words >= MIN_WORDS_WITHOUT_INCISE:
            before = self._cue_before(pid, tokens, span, floor)
        # « Un autre renchérit : « … » », « selon X, « … » »: a cue of its own, not a continuation
        if before is not None and before[0] in {"colon", "selon"}:
            quote.cue, quote.speaker = before[0], self._named_role(before[1], pid, span.start)
            return True
        if before is not None and previous is not None and _someone_else(before[1], previous):
            # « « … », a martelé le ministre. L'Elysée condamne « … » »: a new subject
            # of a verb of saying, after the last quotation, is a new voice
            quote.cue, quote.speaker = before[0], self._named_role(before[1], pid, span.start)
            if quote.speaker.text != previous.speaker.text:
                return True
        if (
            (open_from is not None and pid == open_from.paragraph_id + 1 and span.start == 0)
            or (
                previous is not None
                and words >= MIN_WORDS_CONTINUATION
                and not (whole and words <= MAX_WORDS_OF_A_LABEL)  # an intertitle: displayed
                and not (  # « « Le prix du silence » » alone, with no full stop: a heading
                    whole
                    and span.closed
                    and not _ends_a_sentence(quote.quote)
                    and "." not in self.texts[pid][span.end :]
                )
                and _continues(
                    previous, quote, self.texts, self.mentions, self._voice_at, self._short_lead
                )
            )
        ):
            source = open_from if open_from is not None and span.start == 0 else previous
            quote.cue, quote.speaker = "continuation", source.speaker
            quote.joins_previous = source is open_from
            return True
        if before is not None:
            quote.cue, quote.speaker = before[0], self._named_role(before[1], pid, span.start)
            return True
        lead_start = max(floor, 0)
        lead = self.texts[pid][lead_start : span.start]
        if _and_then_saying(lead):
            # « X dira qu'il … Et de poursuivre : « … » »: the one person the paragraph names
            # before goes on; else the voice quoted last, a cue without a subject
            named = self._people_in(pid, lead_start, lead_start + _AND_THEN.search(lead).start())
            if len(named) == 1:
                quote.cue, quote.speaker = "colon", self._named(named.pop(), "PER")
                return True
            if (
                previous is not None
                and previous.speaker.text
                and pid - previous.paragraph_id <= VOICE_PARAGRAPHS
            ):
                quote.cue, quote.speaker = "colon", previous.speaker
                return True
        # « …, selon le ministre. « … » »: the source the sentence before ends on speaks on,
        # whoever it named on the way (« comme l'avait proposé Y »)
        source = self._source_before(pid, span) if words >= MIN_WORDS_CONTINUATION else None
        if (
            (not whole or self.paragraph_roles.get(pid, "body") == "body")
            and self._free_sentence(pid, span, quote.quote)
            and (speaker := source or self._recent_speaker(previous, pid, span.start, span.end))
        ):
            quote.cue, quote.speaker = "continuation", speaker
            return True
        if source:
            quote.cue, quote.speaker = "selon", source  # « …, selon X. « … » du Nord »
            return True
        if whole:
            quote.kind, quote.cue = "pull_quote", "pull_quote"
            return True
        return False

    def _people_in(self, pid: int, start: int, end: int) -> set[str]:
        """The persons named between two offsets of a paragraph."""
        return {
            m[2]
            for m in self.mentions.get(pid, [])
            if start <= m[0] and m[1] <= end and m[3] == "PER"
        }

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
        comma = inside  # within the marks, the search starts right after a comma
        if (  # « « … » ! lance X »: the exclamation printed after the closing mark
            not inside
            and k + 1 < end
            and items[k]["text"] in {"!", "?"}
            and items[k + 1]["text"][:1].islower()
        ):
            comma = True
            k += 1
        elif (  # « « … »; a affirmé X »: a semicolon typed for the comma, then a verb of saying
            not inside  # and its subject (« » ; mise en place d'un comité » lists things)
            and k + 2 < end
            and items[k]["text"] == ";"
            and items[k + 1]["text"][:1].islower()
            and (items[k + 1]["pos"] == "AUX" or items[k + 2]["pos"] in {"DET", "PROPN"})
        ):
            k += 1
        while k < end and items[k]["text"] in {",", "-", "–", "—"}:
            comma = True
            k += 1
        if (  # « « … ce serait augmentation. » On constate une hausse »: a new sentence
            not comma
            and not inside
            and k < end
            and items[k]["text"] in _NEW_SENTENCE_SUBJECTS
            and k >= 2
            and items[k - 2]["text"] in {".", "…"}  # (« … ? » Nous dira un citoyen: an incise)
        ):
            return None
        if comma and not inside and k < end and items[k]["pos"] == "ADP":
            k = _past_adjunct(items, k, end)  # « », au niveau de X, a annoncé la préfecture »
        elif not comma and not inside and k < end and items[k]["pos"] == "ADP":
            # « « … » au plus fort de l'orage a témoigné X »: an adjunct with no comma, then
            # a verb of saying and a name
            saying = _saying_after_bare_adjunct(items, k, end)
            if saying is not None and (
                saying + 1 < end and self._starts_mention(pid, items[saying + 1]["start_char"])
            ):
                k, comma = _auxiliary_before(items, k, saying), True
        verb = None
        allowed = {"AUX"} if inside else {"AUX", "ADV", "PRON", "PART"}
        for j in range(k, min(k + (3 if inside else 7), end)):
            token = items[j]
            if token["text"] in _STOP or token["text"] == ",":
                return None
            clitic = j + 1 < end and items[j + 1]["text"].lower().lstrip("-") in {
                *SUBJECT_PRONOUNS,
                "t",
            }
            # « », partage Cédric Pucheu »: a lowercase word before a name, mis-tagged as a noun
            before_name = (
                j == k
                and comma
                and token["text"].islower()
                and token["pos"] not in _NO_VERB  # « , du Rhône au Nord-Est »: a place
                and j + 1 < end
                and self._mention_in(pid, items[j + 1]["start_char"], 10**9, NAME_LABELS)
                is not None
                and self._starts_mention(pid, items[j + 1]["start_char"])
            ) or (j == k and comma and _before_demonstrative(items, j, end))
            if (
                token["pos"] == "VERB"
                or is_reporting_token(token)
                or before_name
                or is_reporting_verb(token["lemma"], token["text"])
                and token["text"].islower()
                or (clitic and token["pos"] != "AUX")
            ):
                verb = j
                break
            # « nous a indiqué X »: an object pronoun before a third-person auxiliary (in
            # « nous avons constaté », nous is the subject: the quotation goes on)
            object_clitic = (
                token["text"].lower().replace("’", "'") in _OBJECT_CLITICS
                and j + 1 < end
                and items[j + 1]["text"].lower() in _THIRD_PERSON_AUX
            )
            if (
                (j == k or inside)
                and token["pos"] not in allowed
                and token["text"] != "-t"
                and not object_clitic  # « A, nous a indiqué X, B »
                # « A, s'est félicité X. B »: a pronominal verb's reflexive before its auxiliary
                and token["text"].lower().replace("’", "'") not in _REFLEXIVE
            ):
                return None  # « Team Amazon » gère … : not an incise
        if verb is not None and _infinitive(items[verb]):
            return None  # « A, répondre aux besoins et … B »: an infinitive has no subject
        if (
            verb is not None
            and verb == k
            and verb + 1 < end
            and items[verb + 1]["text"].lower() == "par"
            and items[verb]["lemma"].lower() in _RELAYING_VERBS
        ):  # « Car, dit-il : « … », repris par Le Monde »: the outlet relays, it does not speak
            return None  # (« « … », annoncée par l'humoriste X »: X said it)
        if (  # « « … » veut croire X »: a modal, then the verb of saying
            verb is not None
            and not inside
            and items[verb]["lemma"] in _MODALS
            and verb + 1 < end
            and items[verb + 1]["text"].islower()
            and is_reporting_verb(items[verb + 1]["lemma"], items[verb + 1]["text"])
            and verb + 2 < end
            and (  # its subject after it: a name, or « le ministre »
                self._starts_mention(pid, items[verb + 2]["start_char"])
                or items[verb + 2]["text"].lower() in _DETERMINERS_OF_PEOPLE
            )
        ):
            verb += 1
        if verb is None or any(items[j]["pos"] == "SCONJ" for j in range(k, verb + 1)):
            return None  # « », même s'il pleut, « … »: a subordinate clause, not an incise
        if (
            inside and verb == k and items[verb]["text"].lower().endswith(("é", "ée", "és", "ées"))
        ):  # « Cette position, rappelée par les élus, n'avait … »: a participle, no incise
            return None
        reflexive = any(
            items[j]["text"].lower().replace("’", "'") in _REFLEXIVE for j in range(k, verb)
        )
        following = items[verb + 1]["text"].lower().lstrip("-") if verb + 1 < end else ""
        inverted = following in SUBJECT_PRONOUNS or following.startswith("t")  # « -t-il »
        named_next = verb + 1 < end and self._starts_mention(pid, items[verb + 1]["start_char"])
        if (
            inside
            and reflexive
            and items[verb]["lemma"] not in PRONOMINAL_REPORTING_VERBS
            and not inverted
            and not (named_next and is_reporting_verb(items[verb]["lemma"], items[verb]["text"]))
        ):  # « A, se trouvent beaucoup d'espèces menacées »: the quotation goes on; « A, se
            return None  # défend X. B », « A, se désespère-t-il. B »: an incise
        if inside and verb + 1 < end and items[verb + 1]["text"].lower().replace("’", "'") in _THAT:
            return None  # « A, estimant que X … »: indirect speech within, not an incise
        stop = verb + 1
        while stop < end:
            if items[stop]["text"] not in _STOP:
                stop += 1
                continue
            # « le chef de la « coalition des bâtisseurs », X »: a name in quotation marks
            scare_end = _scare_quote_end(items, stop, end)
            if scare_end is None:
                break
            stop = scare_end + 1
        # « a-t-il déclaré » / « poursuit-il » : a subject clitic next to the verb
        for j in range(k, min(verb + 3, stop)):
            word = items[j]["text"].lower().lstrip("-")
            if (
                j < verb
                and not comma
                and word in SUBJECT_PRONOUNS
                and not items[j]["text"].startswith("-")  # « « … » s'est-il félicité »
            ):
                return None  # « « … » il n'a pas riposté »: the writer's clause goes on
            if word in SUBJECT_PRONOUNS and (j < verb or items[j]["text"].startswith("-")):
                return pronoun_speaker(word)
        # « « … » alerte Météo-France »: a verb of saying the tagger read as a noun, a name
        saying_a_name = (
            is_reporting_verb(items[verb]["lemma"], items[verb]["text"])
            and verb + 1 < end
            and (
                self._starts_mention(pid, items[verb + 1]["start_char"])
                # « « … » soupire un autre manifestant », the verb tagged as a noun
                or items[verb]["text"].islower()
                and items[verb + 1]["text"].lower() in _DETERMINERS_OF_PEOPLE
            )
        )
        if not (comma or is_reporting_token(items[verb]) or saying_a_name):
            return None  # without a comma, only a verb of saying makes an incise
        if _present_participle(items[verb]):
            return None  # « « … » dénonçant les abus »: what follows is its object, no speaker
        subject = verb + 1
        while subject < stop and items[subject]["text"].lower() in {"-t", "-on"}:
            subject += 1  # « explique-t-on aux familles »: the indefinite clitic names no one
        if (
            subject + 3 < stop
            and items[subject]["text"] == ","
            and items[subject + 1]["pos"] in {"ADJ", "VERB", "NOUN"}  # « amère » read a noun
            and items[subject + 1]["text"].islower()
            and items[subject + 2]["text"] == ","
        ):  # « », confie, amère, la professeure »: the speaker's mood between commas
            subject += 3
        speaker = self._inverted_subject(pid, tokens, subject, stop)
        indefinite = any(items[j]["text"].lower() == "-on" for j in range(k, min(verb + 3, stop)))
        if speaker is None and indefinite:
            return Speaker()  # « », a-t-on expliqué aux familles »: no one named
        if speaker is None:
            return None
        while subject + 1 < stop and items[subject]["pos"] == "PUNCT":
            subject += 1
        if (
            (inside or not is_reporting_verb(items[verb]["lemma"], items[verb]["text"]))
            and not speaker.entity
            and items[subject]["pos"] in {"ADP", "CCONJ"}
            and items[subject]["text"].lower() not in {"par", "à", "au", "aux"}
        ):  # « A, expliqué pour quelle raison, B », « « … », parfois embellie, mais pour des
            # utilisateurs »: a complement after the verb, no speaker (« A, raconte pour sa
            return None  # part X, B » names one)
        if inside:  # the incise must close: « A, dit le maire, B » / « A, dit le maire. »
            after = self._phrase_end(tokens, verb + 1, stop)
            if after < len(items) and items[after]["text"] not in {",", ".", "!", "?"} | _STOP:
                return None
        saying = is_reporting_verb(items[verb]["lemma"], items[verb]["text"])
        if inside and not saying and not speaker.entity:
            return None  # « A, et sans attendre, a couru vers les portes »: a narration
        if not is_reporting_token(items[verb]) and not (
            speaker.entity or speaker.pronoun or speaker.type == "organisation"
        ):
            if speaker.type != "description" or not self._names_a_speaker(speaker):
                return None
            if not saying and _a_thing_named(speaker.text):
                # « « trois enfants … », ont perdu la vie »: the quotation is the subject,
                # « la vie » the object; the incise, if any, comes after the next comma
                comma_after = next(
                    (j for j in range(verb + 1, stop) if items[j]["text"] == ","), None
                )
                if comma_after is None:
                    return None
                return self._incise_after(pid, tokens, items[comma_after]["start_char"], limit)
        return speaker

    def _incise_before_colon(self, pid: int, tokens: Tokens, lo: int, colon: int):
        """« Ils devraient, se désole le docteur X, chef du service : « … » »: a verb of
        saying right after a comma (its reflexive between), then a person: an incise that
        ends the clause names the speaker, whatever the clause's own subject."""
        items = tokens.items
        for k in range(colon - 1, lo, -1):
            if items[k]["text"] != ",":
                continue
            j = k + 2 if items[k + 1]["text"].lower().replace("’", "'") in _REFLEXIVE else k + 1
            # « …, raconte-t-elle : »: the verb before its clitic may be tagged an adjective
            clitic = j + 1 < colon and items[j + 1]["text"].startswith("-")
            if j < colon and items[j]["text"].islower() and (items[j]["pos"] == "VERB" or clitic):
                if is_reporting_verb(items[j]["lemma"], items[j]["text"]):
                    speaker = self._incise_after(
                        pid, tokens, items[k]["start_char"], items[colon]["start_char"]
                    )
                    if speaker is not None and (speaker.type == "person" or speaker.pronoun):
                        return speaker
                    return None
        return None

    def _cue_before(self, pid: int, tokens: Tokens, span: QuoteSpan, floor: int):
        """A cue before the opening mark, in its sentence: (cue, speaker) or None."""
        items = tokens.items
        open_k = tokens.index_from(span.start)
        if open_k >= len(items) or items[open_k]["start_char"] != span.start:
            return None
        sentence = items[open_k]["sentence_id"]
        lo = open_k
        while lo > 0 and items[lo - 1]["start_char"] >= floor:
            if items[lo - 1]["sentence_id"] == sentence - 1 and _ends_with_colon(items, lo):
                sentence -= 1  # « X s'appuie sur … : » parsed as a sentence of its own
            elif items[lo - 1]["sentence_id"] != sentence:
                break
            lo -= 1
        if (whose := self._pour_qui(pid, tokens, open_k, lo)) is not None:
            return "selon", whose
        # selon X, « … » ; d'après X ; pour X, « … »
        for k in range(open_k - 1, lo - 1, -1):
            word = items[k]["text"].lower()
            if (
                word in ATTRIBUTION_WORDS
                or (
                    word == "pour"
                    and items[open_k - 1]["text"] in {",", ":"}  # « Pour X, directeur : « … » »
                    and k > lo - 1
                    and k + 1 < open_k
                    and items[k + 1]["pos"] == "PROPN"
                )
                or (word == "pour" and k == lo and self._pour_someone(pid, tokens, k, open_k))
                or _by_the_voice_of(items, k, open_k)
            ):
                stop = k + 1
                while stop < open_k and items[stop]["text"] not in {",", ":"} | _STOP:
                    stop += 1
                if _saying_with_its_subject(tokens, stop, open_k):
                    break  # « Pour X, c'est …, tandis qu'Y a souligné que « … » »: Y's
                first = k + 2 if word == "voix" else k + 1  # « par la voix de X »
                if k + 3 < stop and items[k + 2]["lemma"] in {"mot", "propos", "terme"}:
                    first = k + 4  # « selon les mots de X »
                speaker = self._speaker_of_phrase(pid, tokens, first, stop)
                if speaker is None and items[first]["text"].lower() in _WHICH:
                    speaker = self._which_antecedent(pid, tokens, k, lo)
                if speaker is None and first + 1 == stop:  # « selon lui », « pour eux »
                    speaker = _stressed_pronoun(items[first]["text"])
                if speaker is not None and speaker.type == "description":
                    # « selon une information du Monde »: the source the phrase names
                    speaker = self._source_in(pid, tokens, first, stop) or speaker
                if speaker is not None and speaker.type == "description":
                    # « selon sa porte-parole, Marie Dupont, « … » »: the name in apposition
                    speaker = self._with_apposition(pid, tokens, stop, speaker)
                if speaker is not None:
                    return "selon", speaker
        if (
            open_k > lo
            and items[open_k - 1]["text"] in {":", "):"}  # « X (FRA/1er): « … » »
            and (
                (speaker := self._incise_before_colon(pid, tokens, lo, open_k - 1))
                or (speaker := self._before_colon(pid, tokens, lo, open_k - 1))
            )
        ):
            return "colon", speaker
        # a reporting verb or noun earlier in the sentence, the quotation after it
        label_until = None  # inside a one- or two-word quotation: a label, not an utterance
        for k in range(open_k - 1, lo - 1, -1):
            token = items[k]
            if label_until is not None:
                if k <= label_until:
                    label_until = None
                continue
            if token["text"] in '«»“”"' and k != open_k:
                opening = _opening_mark(items, k, lo)
                if opening is None:
                    break
                label_until = opening
                continue
            is_verb = token["pos"] == "VERB" and is_reporting_verb(token["lemma"], token["text"])
            is_noun = token["pos"] == "NOUN" and token["lemma"] in SPEECH_NOUNS
            if not (is_verb or is_noun):
                continue
            if is_verb and _reported_by(tokens, k, lo):
                continue  # « X a ajouté que Y souhaitait « … » »: X's report, the outer verb's
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
            if speaker is None and items[verb]["text"].lower().endswith("ant"):
                speaker = self._participle_owner(pid, tokens, verb, lo)
            if speaker is None:
                speaker = self._narrative_infinitive(pid, tokens, verb, lo)
            if speaker is None and verb == lo and items[verb]["text"].lower().endswith("ant"):
                speaker = self._subject_after(pid, tokens, span.end)
            if speaker is None and is_verb:
                speaker = self._elided_subject(pid, tokens, verb, lo)
            if speaker is None and is_verb:
                # « Le chanteur X, avant de …, a tenu à rappeler que « … » », misparsed with
                # no subject: the one person the sentence names before its verb of saying
                named = self._people_in(pid, items[lo]["start_char"], items[verb]["start_char"])
                speaker = self._person(named.pop()) if len(named) == 1 else None
            if speaker:
                return cue, speaker
        return None

    def _unmarked_pull_quote(self, pid: int) -> Quote | None:
        """« On a l'impression que cette place a 45 ans. Malik Idrissi, président de
        l'UNT » as a paragraph of its own: a pull quote printed without quotation marks,
        its speaker's name and role glued after its last sentence."""
        text = self.texts[pid]
        if len(text) > MAX_UNMARKED_PULL_QUOTE or _MARKS.search(text):
            return None
        people = [m for m in self.mentions.get(pid, []) if m[3] == "PER"]
        if not people:
            return None
        start, end, person, _ = people[-1]
        said, role = text[:start].rstrip(), text[end:]
        if not said.endswith((".", "!", "?", "…")) or n_words(said) < MIN_WORDS_FREE_SENTENCE:
            return None
        role = role.strip()
        if not re.fullmatch(r",\s*[a-zàâçéèêëîïôûù][^.!?…]{0,100}", role):
            return None  # « …. Marie Dupont, maire de Lyon »: the name line, nothing after
        if any(m[0] < start for m in people):
            return None  # a paragraph naming people before: the writer's, not a pull quote
        quote = Quote(self.article_id, int(pid), 0, len(said), said, "pull_quote", "pull_quote")
        quote.speaker = self._person(person)
        return quote

    def _pour_someone(self, pid: int, tokens: Tokens, k: int, open_k: int) -> bool:
        """« Pour le président du comité, cette baignade est « … » »: « pour » opening the
        sentence, then a name, a body the model names (« la Banque africaine de
        développement ») or a noun naming people and a comma, gives the view of someone
        (« pour la saison, … » gives a purpose)."""
        items = tokens.items
        comma = next((j for j in range(k + 1, open_k) if items[j]["text"] == ","), None)
        if comma is None:
            return False
        if comma == k + 2 and _stressed_pronoun(items[k + 1]["text"]):
            return True  # « Pour elle, « … » »
        heads = [t for t in items[k + 1 : comma] if t["pos"] in {"NOUN", "PROPN"}]
        named = heads and self._mention_in(pid, heads[0]["start_char"], items[comma]["start_char"])
        return bool(heads) and (
            heads[0]["pos"] == "PROPN" or names_people(heads[0]["lemma"]) or bool(named)
        )

    def _participle_owner(self, pid: int, tokens: Tokens, verb: int, lo: int) -> Speaker | None:
        """« un rapport montrant que … « … » », « un communiqué précisant que … »: a reporting
        participle's noun (its head, or the noun right before it) is the speaker."""
        items = tokens.items
        noun = tokens.head(verb) if items[verb]["dep"] == "acl" else None
        if noun is None:  # the parser made the participle a root: the noun written before it
            noun = verb - 1
            while noun > lo and items[noun]["pos"] == "ADJ":
                noun -= 1
        if noun < lo or noun >= verb or items[noun]["pos"] not in {"NOUN", "PROPN"}:
            return None
        if any(items[k]["text"] == "," for k in range(noun + 1, verb)):
            return None  # « …devant un tribunal, demandant que … »: it tells what the subject does
        first = noun
        while first > lo and tokens.items[first - 1]["pos"] in {"DET", "ADJ"}:
            first -= 1
        return self._speaker_of_phrase(pid, tokens, first, verb)

    def _free_sentence(self, pid: int, span: QuoteSpan, content: str) -> bool:
        """A quotation that is a whole sentence of its own (« … » starting a sentence, a
        capital first, four words or more): in news, speech by the voice being quoted.
        One left open where the stored text ends was cut off mid-sentence by the source
        (a paywall, an excerpt): its end is lost, not missing."""
        before = self.texts[pid][: span.start].rstrip()
        starts_sentence = not before or before[-1] in '.!?»”"…'
        # « « … ». »: many outlets set the full stop after the closing mark
        after = self.texts[pid][span.end :].lstrip()
        cut_off = not span.closed and pid == max(self.texts)
        return (
            starts_sentence
            and content[:1].isupper()
            and n_words(content) >= MIN_WORDS_FREE_SENTENCE
            and (content.rstrip()[-1:] in set(".!?…") or after[:1] in set(".!?…") or cut_off)
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
            if m[3] == "PER"
            and (p, m[0]) > since
            and (p, m[1]) <= (pid, start)
            and m[2] != skip
            and self._may_be_a_voice(p, m[0])
            and not any(q.start < m[0] < q.end for q in quote_spans(self.texts.get(p, "")))
        ]  # a name inside a quotation is someone the speaker talks about
        if newcomers:
            return self._person(newcomers[-1])
        if recent and previous.speaker.text:
            return previous.speaker
        text = self.texts[pid]
        after = len(text[end:]) - len(text[end:].lstrip(" .")) + end
        opening = [m for m in self.mentions.get(pid, []) if m[0] == after and m[3] == "PER"]
        if not recent and opening:
            return self._person(opening[0][2])
        if not recent and (introduced := self._introduced_before(pid)):
            return introduced
        if not recent and (pronoun := self._pronoun_before(pid, start)):
            return pronoun
        if not recent:
            return self._next_subject(pid, after)
        return None

    def _short_lead(self, pid: int, start: int) -> bool:
        """« Très vite ensuite, « … » »: a few words before the quotation that name no
        one and hold no verb, so nothing in them can introduce another voice."""
        lead = self.texts[pid][:start]
        tokens = self.tokens.get(pid)
        # « Une attente pénible pour l'équipe : « … » »: a verbless lead-in on a colon
        limit = 2 * SHORT_LEAD if lead.rstrip().endswith(":") else SHORT_LEAD
        if len(lead) > limit or _MARKS.search(lead) or tokens is None:
            return False
        if any(m[0] < start for m in self.mentions.get(pid, [])):
            return False
        items = tokens.items[: tokens.index_from(start)]
        words = [t for t in items if t["text"].isalpha()]  # « - « … » - »: an intertitle
        return bool(words) and not any(t["pos"] in {"VERB", "AUX"} for t in items)

    def _pronoun_before(self, pid: int, start: int) -> Speaker | None:
        """« Il a d'abord rappelé les faits. « … » »: the sentence right before the
        quotation opens on « il » or « elle », the subject of its verb; the quotation is
        that voice's, resolved like the pronoun of an incise. An impersonal « il »
        (« il faut », « il y a ») stands for no one."""
        tokens = self.tokens.get(pid)
        if tokens is None:
            return None
        items = tokens.items
        k = tokens.index_from(start) - 1
        while k >= 0 and items[k]["text"] in '«»“”"':
            k -= 1
        if k < 0 or items[k]["text"] not in set(".!?…:"):
            return None
        first = k - 1
        while first >= 0 and items[first]["text"] not in set('.!?…»”"'):
            first -= 1
        first += 1
        if first >= k:
            return None
        word = items[first]["text"].lower()
        head = tokens.head(first)
        if (
            word not in SUBJECT_PRONOUNS
            or items[first]["dep"] != "nsubj"
            or head is None
            or items[head]["lemma"] in _IMPERSONAL
            or any(items[j]["text"].lower() == "y" for j in range(first, head))
        ):
            return None
        return pronoun_speaker(word)

    def _introduced_before(self, pid: int) -> Speaker | None:
        """« Anne Morel vit au premier étage. » then « « … » » alone: a paragraph without a
        quotation whose subject is one person introduces the voice of the next one."""
        if pid - 1 not in self.texts or quote_spans(self.texts[pid - 1]):
            return None
        people = {
            v.speaker.entity
            for v in self.parsed_voices()
            if v.pid == pid - 1 and v.speaker.type == "person" and v.speaker.entity
        }
        if len(people) == 1:
            return self._person(people.pop())
        # « Celui qui disputait son premier tournoi a avoué que … » then « « … » » alone: the
        # person the paragraph points back at, resolved like a pronoun
        opening = _ONE_WHO.match(self.texts[pid - 1])
        if opening and not people:
            head = opening[1].lower()
            return Speaker(text=head, gender="male" if head == "celui" else "female", pronoun=True)
        return None

    def _said_by_someone(self, pid: int, tokens, k: int) -> bool:
        """The verb of saying whose clause holds the subject at ``k`` has a person for its
        subject (« X a rappelé que Y … », « Elle a souligné que Y … »), not a body: after
        « La préfecture a confirmé que Y quittait la mairie », Y is the one heard next."""
        items = tokens.items
        saying = tokens.head(tokens.head(k))
        mentions = self.mentions.get(pid, [])
        return any(
            items[c]["pos"] == "PRON"
            or (items[c]["pos"] == "NOUN" and names_people(items[c]["lemma"]))
            or any(m[0] <= items[c]["start_char"] < m[1] and m[3] == "PER" for m in mentions)
            for c in tokens.children(saying)
            if items[c]["dep"] in SUBJECT_DEPS
        )

    def _may_be_a_voice(self, pid: int, char: int) -> bool:
        """A person newly named is a voice as a clause's subject or its apposition; in
        « les quartiers Allende et Floréal » the « names » complement a noun: places."""
        tokens = self.tokens.get(pid)
        k = tokens.at.get(char) if tokens is not None else None
        if k is None:
            return True  # no parse there: nothing says otherwise
        items = tokens.items
        while items[k]["dep"] in {"conj", "flat:name"} and (head := tokens.head(k)) is not None:
            k = head
        text = self.texts.get(pid, "")
        if AT_SOMEONES.search(text[max(0, char - 8) : char]) and not any(
            person_with_role(text, m[1]) for m in self.mentions.get(pid, []) if m[0] == char
        ):
            return False  # « ouvrier chez Doux »: a home or a firm, not « chez X, gérante »
        if (
            items[k]["dep"] in SUBJECT_DEPS
            and reported(tokens, k)
            and self._said_by_someone(pid, tokens, k)
        ):
            return False  # « X a rappelé que Y avait promis … »: Y is talked about
        head = tokens.head(k)
        if (
            items[k]["dep"] == "appos"
            and head is not None
            and items[head]["dep"] in {"obj", "iobj"}
        ):
            return False  # « visant le patron éponyme, X »: the object, talked about
        if _opens_its_sentence(tokens, k):
            return True  # « X, le maire de Y, partage cette position »: the subject, misparsed
        named = [m for m in self.mentions.get(pid, []) if m[0] == char]
        if named and introduced_with_role(self.texts.get(pid, ""), char, named[0][1]):
            return True  # « Le mot de la fin revient à X, le président du comité. »
        if _SIDE_OF.search(self.texts.get(pid, "")[max(0, char - 30) : char]):
            return True  # « Du côté de X, la surprise était moindre. « … » »: X's turn
        return items[k]["dep"] not in {"nmod", "obl", "obl:mod", "obl:arg"}

    def _next_subject(self, pid: int, char: int) -> Speaker | None:
        """« « … » Habitante de Craon, Marie Dupont décrit … » / « « … » Le sous-préfet
        Paul Durand ne laisse aucun doute »: the person who is the subject of the sentence
        right after a free-standing quotation introduces it."""
        tokens = self.tokens.get(pid)
        if tokens is None:
            return None
        items = tokens.items
        lo = tokens.index_from(char)
        if lo >= len(items) or items[lo]["start_char"] != char:
            return None
        hi = lo
        while hi < len(items) and items[hi]["sentence_id"] == items[lo]["sentence_id"]:
            if items[hi]["text"] in _STOP:
                break
            hi += 1
        verbs = [k for k in range(lo, hi) if items[k]["pos"] == "VERB"]
        for verb in verbs[:1]:
            speaker = self._subject(pid, tokens, verb, lo, hi)
            if speaker is not None and speaker.entity and speaker.type == "person":
                return speaker
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
            person = self._last_person(
                quote.paragraph_id, quote.start_char, speaker.gender
            ) or self._person_in_title(speaker.gender)
            if person:
                gender = self.gender_of.get(person, "unknown")
                if speaker.gender != "unknown":
                    gender = speaker.gender
                quote.speaker = Speaker(
                    text=person, entity=person, label="PER", type="person", gender=gender
                )
            else:
                quote.speaker = Speaker(gender=speaker.gender)


_CHANTING = {
    "scandant", "scande", "scandent", "scandait", "scandaient", "scandé", "scandés", "scandée",
    "scandées", "entonnant", "entonne", "entonnent", "entonnait", "entonnaient", "entonné",
}  # fmt: skip
_DETERMINERS_OF_PEOPLE = {"un", "une", "le", "la", "l'", "l’", "les", "des", "ce", "cette"}
_ONE_WHO = re.compile(r"\s*(Celui|Celle) qui\b")
_SAME_PRONOUN = {
    "male": re.compile(r"(?<!\w)il(?!\w)", re.I),
    "female": re.compile(r"(?<!\w)elle(?!\w)", re.I),
    "unknown": re.compile(r"(?<!\w)(?:il|elle)(?!\w)", re.I),
}
_ELIDED_ARTICLE = re.compile(r"\b[lL]['’]\s*$")  # a quotation glued to « l' »: a noun phrase
_REFLEXIVE = {"s'", "se"}  # « s'est félicité »: a pronominal verb's reflexive
# the kind of thing a title names, just before it (« son programme « … » »)
_TITLED_THING_BEFORE = re.compile(
    r"(?<![\w-])(?:programme|festival|opération|plan|projet|campagne|dispositif|label|film"
    r"|livre|roman|album|disque|spectacle|émission|exposition|concours|slogan|thème|devise"
    r"|collectif|mouvement|chanson|titre|série|documentaire|pièce|rapport|manifeste|concert"
    r"|tournée|opéra|podcast|single|hashtag|pétition)s?\s*$",
    re.IGNORECASE,
)
# a determiner just before a quotation: it opens a noun phrase
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:le|la|les|un|une|des|du|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre"
    r"|votre|mon|ma|mes)\s*$",
    re.IGNORECASE,
)
_AND_THEN = re.compile(
    r"(?:^|[.!?…»”\"]\s+)(?:Et|Avant|Puis)\s+(?:de\s+|d['’]\s*)(\w+)\b[^.!?…«»“”\"]{0,80}"
    r"(?::|\s(?:que|qu['’])[^.!?…«»“”\"]{0,60})\s*$"
)


def _and_then_saying(lead: str) -> bool:
    """« Et d'ajouter : », « Et de conclure, amer : », « Avant de poursuivre que le bilan
    « … » »: an infinitive of narration opening its sentence with no subject, a verb of
    saying; the voice is the one quoted last."""
    found = _AND_THEN.search(lead)
    return found is not None and is_reporting_verb(found[1].lower(), found[1].lower())


_INSIDE_BREAK = re.compile(r",|[!?](?=\s+[a-zàâçéèêëîïôûù])")
# « », rétorque la juge »: a reply, so someone other than the person just heard
_REPLY_AFTER = re.compile(
    r"\W*(?:a\s+|avait\s+)?(?:rétorqu|répond|répliqu|ripost|object|contredi|interromp|renchéri"
    r"|abond|acquiesc|approuv)",  # « renchérit le gardien »: another voice takes up the last
    re.I,
)
_NO_VERB = {"ADP", "DET", "CCONJ", "SCONJ"}  # a word no tagger error turns into a verb
_OBJECT_CLITICS = {"nous", "vous", "me", "m'", "lui", "leur", "te", "t'"}
_THIRD_PERSON_AUX = {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "est"}


def _before_demonstrative(items: list[dict], j: int, end: int) -> bool:
    """« », rembobine celle qui … »: a lowercase word before « celle qui » is the incise's
    verb, whatever the parser made of it."""
    return (
        items[j]["text"].isalpha()
        and items[j]["text"].islower()
        and j + 2 < end
        and items[j + 1]["text"].lower() in {"celle", "celui"}
        and items[j + 2]["text"].lower() == "qui"
    )


# A participle that names what follows: the quotation is a title or a name, not speech.
_NAMED_AS = re.compile(
    r"(?<!\w)(?:intitulée?s?|baptisée?s?|surnommée?s?|dénommée?s?|nommée?s?|titrée?s?|"
    r"appelée?s?)\s*$",
    re.IGNORECASE,
)


def _object_of_saying(tokens: Tokens, char: int) -> bool:
    """« a réclamé « une réunion rapide » », « promettant de « … » »: the quotation
    is what the reporting verb right before it says, the words of its subject."""
    items = tokens.items
    k = tokens.index_from(char) - 1
    if k >= 0 and items[k]["text"].lower() in {"de", "d'", "d’"}:
        k -= 1
    return k >= 0 and items[k]["pos"] == "VERB" and is_reporting_token(items[k])


def _reported_by(tokens: Tokens, k: int, lo: int) -> bool:
    """The verb at ``k`` sits in the « que » clause of a reporting verb before it, in the
    same sentence: the words are that verb's subject's report, not this verb's subject's."""
    items = tokens.items
    while (head := tokens.head(k)) is not None and items[k]["dep"] in {"xcomp", "conj"}:
        k = head
    head = tokens.head(k)
    return (
        head is not None
        and lo <= head < k
        and items[k]["dep"] == "ccomp"
        and items[head]["pos"] == "VERB"
        and is_reporting_verb(items[head]["lemma"], items[head]["text"])
    )


def _by_the_voice_of(items: list[dict], k: int, open_k: int) -> bool:
    """« La majorité réplique par la voix de X « … » »: X speaks for the group."""
    return (
        items[k]["text"].lower() == "voix"
        and k >= 2
        and k + 2 < open_k
        and [items[k - 2]["text"].lower(), items[k - 1]["text"].lower()] == ["par", "la"]
        and items[k + 1]["text"].lower() in {"de", "du", "d'", "d’"}
    )


def _a_thing_named(description: str) -> bool:
    """« la vie », « le bâtiment »: a definite noun phrase none of whose words name people
    (« un autre », « l'un d'eux » stand for people whatever their words)."""
    words = description.lower().replace("’", "'").replace("'", "' ").split()
    if not words or words[0] not in {"le", "la", "l'", "les"}:
        return False
    if {"un", "une", "autre", "autres"} & set(words):
        return False
    return not any(names_people(w) for w in words[1:])


_MODALS = {"vouloir", "pouvoir", "devoir"}
_NEW_SENTENCE_SUBJECTS = {"On", "Il", "Elle", "Ils", "Elles", "Je"}
_ADJUNCT_WORDS = {"ADP", "DET", "NOUN", "ADJ", "ADV", "NUM"}


def _saying_after_bare_adjunct(items: list[dict], k: int, end: int) -> int | None:
    """« au plus fort de l'orage a témoigné »: the verb of saying right after an adjunct of
    common words that opens on a preposition, with no comma; else None."""
    for j in range(k + 1, min(k + 9, end)):
        token = items[j]
        if token["pos"] == "AUX" and j + 1 < end:
            following = items[j + 1]
            saying = is_reporting_verb(following["lemma"], following["text"])
            return j + 1 if saying and following["text"].islower() else None
        if token["pos"] == "VERB":
            saying = is_reporting_verb(token["lemma"], token["text"])
            return j if saying and token["text"].islower() else None
        if token["pos"] not in _ADJUNCT_WORDS:
            return None
    return None


def _auxiliary_before(items: list[dict], k: int, verb: int) -> int:
    """Where the verb group starts: its auxiliary if one stands right before it."""
    return verb - 1 if verb - 1 > k and items[verb - 1]["pos"] == "AUX" else verb


def _past_adjunct(items: list[dict], k: int, end: int) -> int:
    """« « … », au niveau des communes de X et Y, a annoncé la préfecture »: a place or
    time adjunct between the quotation and its incise; where the incise starts after it
    (an auxiliary or a verb of saying after the adjunct's comma), else ``k``."""
    for j in range(k + 1, min(k + 25, end - 1)):
        text = items[j]["text"]
        if text in _STOP or text in '«»“”"' or items[j]["sentence_id"] != items[k]["sentence_id"]:
            return k
        if text == ",":
            after = items[j + 1]
            saying = after["pos"] == "AUX" or is_reporting_verb(after["lemma"], after["text"])
            return j + 1 if saying and after["text"].islower() else k
    return k


def _stressed_pronoun(word: str) -> Speaker | None:
    """« selon lui », « pour eux »: the stressed pronoun after a preposition, as the subject
    pronoun it stands for, to resolve like one."""
    subject = _STRESSED.get(word.lower())
    return pronoun_speaker(subject) if subject is not None else None


_STRESSED = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}


def _participle_after(tokens: Tokens, char: int) -> bool:
    """A present participle right after ``char`` (a comma aside): the writer's sentence goes on."""
    items = tokens.items
    k = tokens.index_from(char)
    k += k < len(items) and items[k]["text"] == ","
    return k < len(items) and _present_participle(items[k])


def _infinitive(token: dict) -> bool:
    """« répondre », « ajouter »: a verb written as its lemma, an infinitive."""
    word = token["text"].lower()
    return (
        token["pos"] == "VERB"
        and word == token["lemma"].lower()
        and word.endswith(("er", "ir", "re", "oir"))
    )


def _present_participle(token: dict) -> bool:
    """« dénonçant », « ajoutant »: a present participle has no subject of its own after it."""
    word = token["text"].lower()
    return token["pos"] == "VERB" and word.endswith("ant") and token["lemma"].lower() != word


def _opens_its_sentence(tokens: Tokens, k: int) -> bool:
    """The word at ``k`` is the first of its sentence, with no preposition of its own: a
    name there is what the sentence is about, whatever relation the parser gave it."""
    items = tokens.items
    first = k == 0 or items[k - 1]["sentence_id"] != items[k]["sentence_id"]
    return first and not any(items[c]["dep"] == "case" for c in tokens.children(k))


def _ends_a_sentence(text: str) -> bool:
    return text.rstrip().endswith(("!", "?", ".", "…"))


def _ends_with_colon(items: list[dict], k: int) -> bool:
    return items[k - 1]["text"] == ":"


def _continues(
    previous: Quote,
    quote: Quote,
    texts: dict,
    mentions: dict,
    voice_at=lambda p, c: False,
    short_lead=lambda p, c: False,
) -> bool:
    """Right after the previous speech quote: same paragraph, a short gap without a new
    quotation or a new person, or at the start of the next paragraph. A person named
    right after the quotation belongs to its incise, unless that person is the subject
    of a clause of their own (« « … », dit X. A ses côtés, Y ajoute « … » »)."""
    before = texts[quote.paragraph_id][: quote.start_char].rstrip(' «“"')
    if n_words(quote.quote) <= MAX_WORDS_OF_A_TERM and _DETERMINER_AT_END.search(before):
        return False  # « le chef de la « coalition des bâtisseurs » »: a name, no utterance
    if previous.paragraph_id == quote.paragraph_id:
        pid = quote.paragraph_id
        between = texts[pid][previous.end_char : quote.start_char]
        newcomer = any(
            label == "PER"
            and previous.end_char <= start < quote.start_char
            and entity != previous.speaker.entity
            and (start > previous.end_char + 40 or voice_at(pid, start))
            for start, _, entity, label in mentions.get(pid, [])
        )
        # a one- or two-word quotation between (« une situation « insupportable » ») is a
        # term the writer quotes, not another utterance
        between = _SHORT_QUOTATION.sub("", between)
        return len(between) < CONTINUATION_GAP and not set('«“"') & set(between) and not newcomer
    return quote.paragraph_id == previous.paragraph_id + 1 and (
        quote.start_char == 0 or short_lead(quote.paragraph_id, quote.start_char)
    )


MAX_WORDS_OF_A_TERM = 4
# « Du côté de X, », « Côté X, »: a sentence that turns to X's side of the story
_SIDE_OF = re.compile(
    r"(?:^|[.!?…]\s+)(?:[Dd]u\s+)?[Cc]ôté\s+(?:de\s+l['’]\s*|de\s+la\s+|de\s+|d['’]|du\s+|des\s+)?$"
)
_DETERMINER_AT_END = re.compile(
    r"(?:^|\s)(?:le|la|les|l['’]|du|des|de la|de l['’]|un|une|ce|cette|son|sa|ses|leur)$", re.I
)
_THAT = {"que", "qu'"}
_WHICH = {"lequel", "laquelle", "lesquels", "lesquelles"}
_SHORT_QUOTATION = re.compile(r"[«“\"]\s*[\w’'-]+(?:\s+[\w’'-]+)?\s*[»”\"]")


def _opening_mark(items: list[dict], close: int, lo: int) -> int | None:
    """The opening mark of a quotation of one or two words closed at ``close`` (« les
    analyses étaient « très bonnes », comme … »): a cue before it still reaches past."""
    for j in range(close - 1, max(lo, close - 4) - 1, -1):
        if items[j]["text"] in '«»“”"':
            words = [t for t in items[j + 1 : close] if t["text"][:1].isalnum()]
            return j if len(words) < 3 else None
    return None


def _first_voice_in(quotes: list[Quote], pid: int) -> Speaker | None:
    """« « Une bonne récolte » » heading a section: the voice of the section's first
    paragraph, its first quotation with a speaker."""
    voices = [q.speaker for q in quotes if q.paragraph_id == pid and q.kind == "direct"]
    return next((v for v in voices if v.text), None)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _attribute_pull_quotes(found: list[tuple[Quote, bool]]) -> list[Quote]:
    """A pull quote without a name line takes the speaker of the quote it repeats, in the
    body or signed by a name line (« «Je vote selon les partis» » over a testimony signed
    « Anne Roy, 75 ans, retraitée »)."""
    attributed = [q for q, _ in found if q.speaker.text]
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
            before = [items[j]["text"].lower().replace("’", "'") for j in range(max(0, k - 3), k)]
            if _REFLEXIVE & set(before) and token["lemma"] not in PRONOMINAL_REPORTING_VERBS:
                continue  # « doit s'assurer que … »: to make sure, not to say
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
    article: ArticleRows,
    paragraphs: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    gender: bool = True,
    title: str = "",
) -> list[dict]:
    """Rows of quotes.csv for one article (columns: QUOTE_COLUMNS)."""
    finder = ArticleQuotes(article.article_id, paragraphs, mentions, article.speech)
    finder.title = title
    direct = finder.quotes()
    indirect = _indirect(finder, finder.tokens)
    finder._resolve_pronouns(indirect)
    ordered = sorted(direct + indirect, key=lambda q: (q.paragraph_id, q.start_char))
    for quote in ordered:
        s = quote.speaker
        if s.type in {"organisation", "description"} and s.text and not s.entity:
            full = full_name(s.text, finder.texts, finder.mentions)
            quote.speaker = replace(s, text=full) if full != s.text else s
        if s.type == "description" and s.text and not s.entity and not is_plural(s.text):
            # « X, les pêcheurs … »: a group is never the one person beside it
            if named := named_in_apposition(s.text, finder.texts, finder.mentions):
                quote.speaker = replace(s, text=named, entity=named, label="PER", type="person")
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
    titles: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Quotes of every article, with their speaker and cue (columns: QUOTE_COLUMNS).
    ``titles`` (article id → headline) give a pronoun opening the body its antecedent."""
    rows: list[dict] = []
    for _ in quotes_while_reading(
        articles_rows, paragraphs, mentions, rows, gender=gender, titles=titles
    ):
        pass
    return _one_gender_per_person(pd.DataFrame(rows, columns=QUOTE_COLUMNS))


def _one_gender_per_person(quotes: pd.DataFrame) -> pd.DataFrame:
    """A person's gender, cued at one quotation (« a-t-il déclaré »), holds for all their
    quotations in the article; cues that disagree leave them all ``unknown``."""
    person = (quotes["speaker_type"] == "person") & (quotes["speaker_entity"] != "")
    if not person.any() or (quotes.loc[person, "speaker_gender"] == "").all():
        return quotes  # gender off
    keys = ["article_id", "speaker_entity"]
    known = quotes[person & quotes["speaker_gender"].isin(GENDERS)]
    cued = known.groupby(keys)["speaker_gender"].agg(_one_gender)
    found = quotes.loc[person, keys].apply(tuple, axis=1).map(cued)
    quotes.loc[found.dropna().index, "speaker_gender"] = found.dropna()
    return quotes


def quotes_while_reading(
    articles_rows: Iterable[ArticleRows],
    paragraphs: pd.DataFrame,
    mentions: pd.DataFrame,
    found: list[dict],
    *,
    gender: bool = True,
    titles: dict[str, str] | None = None,
) -> Iterator[ArticleRows]:
    """Pass the articles' rows on unchanged, adding each article's quotes to ``found``:
    the quotes come out of the same single pass over the rows as the words and triples,
    and no article's tokens are held after it."""
    text_of = dict(tuple(paragraphs.groupby("article_id", sort=False)))
    named_of = dict(tuple(mentions.groupby("article_id", sort=False)))
    for article in articles_rows:
        if (text := text_of.get(article.article_id)) is not None:
            named = named_of.get(article.article_id, mentions.iloc[0:0])
            title = (titles or {}).get(article.article_id) or ""
            found += article_quotes(article, text, named, gender=gender, title=str(title))
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
        speaker_gender=("speaker_gender", _one_gender),
        quotes=("quote", "size"),
        words=("words", "sum"),
    )
    table = table.sort_values(["article_id", "quotes", "speaker"], ascending=[True, False, True])
    return table[VOICE_COLUMNS].reset_index(drop=True)


GENDERS = frozenset({"male", "female"})


def _of_people(description: str) -> bool:
    """« la présidente », « la Caribéenne »: a description of a person (a noun naming
    people, or a capitalised demonym), whose grammatical gender is the person's."""
    words = description.replace("’", "'").replace("'", "' ").split()
    return _names_people(description) or any(w[:1].isupper() for w in words[1:2])


def _one_gender(genders: pd.Series) -> str:
    """The gender of a speaker's quotations: the one cued, ``unknown`` if none is or they
    disagree, '' with gender off."""
    cued = set(genders) & GENDERS
    if len(cued) == 1:
        return cued.pop()
    return "unknown" if any(genders) else ""


def _someone_else(speaker: Speaker, previous: Quote) -> bool:
    """A speaker named in full, not the previous quotation's: a person, a body, or a
    description of people or with a name in it (« la présidence », « la Place Beauvau »)."""
    if speaker.pronoun or not speaker.text or speaker.text == previous.speaker.text:
        return False
    if speaker.entity or speaker.type in {"person", "organisation"}:
        return True
    words = speaker.text.replace("’", "'").replace("'", "' ").split()
    return speaker.type == "description" and (
        _names_people(speaker.text) or any(w[:1].isupper() for w in words[1:])
    )


def _saying_with_its_subject(tokens: Tokens, lo: int, hi: int) -> bool:
    """A verb of saying between ``lo`` and ``hi`` with its own subject after ``lo``."""
    items = tokens.items
    return any(
        items[k]["pos"] == "VERB"
        and is_reporting_verb(items[k]["lemma"], items[k]["text"])
        and any(lo <= c < k and items[c]["dep"] == "nsubj" for c in tokens.children(k))
        for k in range(lo, hi)
    )


_OPENING_MARKS = OPENING | {STRAIGHT}
_CLOSING_MARKS = CLOSING | {STRAIGHT, "“"}  # « “…“ »: the German low-high pair typed high


_RELAYING_VERBS = {"reprendre", "rapporter", "relayer", "citer", "traduire"}
# « , « B » » or « et « B » »: the next quotation of a series
_NEXT_QUOTATION = re.compile(r"\s*(?:,|et)\s*[«“\"„‹][^«»“”\"‹›]{1,200}[»”\"›]")


def _past_quotations(text: str, end: int) -> int:
    """The end of the series of quotations that the one ending at ``end`` opens."""
    while found := _NEXT_QUOTATION.match(text, end):
        end = found.end()
    return end


def _scare_quote_end(items: list[dict], k: int, end: int) -> int | None:
    """The closing mark of a few quoted words inside a phrase (« de la « coalition des
    bâtisseurs », »): a name or a term, not a quotation that stops the incise."""
    if (
        k == 0
        or items[k]["text"] not in _OPENING_MARKS
        or items[k - 1]["pos"] not in {"DET", "ADP"}
    ):
        return None
    for j in range(k + 1, min(end, k + 6)):
        if items[j]["text"] in _CLOSING_MARKS:
            return j if j > k + 1 else None
        if items[j]["text"] in _STOP:
            return None
    return None
