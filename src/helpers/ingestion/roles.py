"""What each kept paragraph is: body text, a caption, a pull quote, a name line.

Pages carry text that is journalism but not body: photo captions, pull quotes
(a quotation displayed again in large type) and the name line that signs them.
They stay in ``paragraphs.csv`` with their ``role``, so the quote extractor can
read them, but co-occurrence and salience count body text only: a caption or a
pull quote repeats what the body says and would count its entities twice.

Photo credits glued to a caption (« … à Calais. | Jean Dupont / AFP »,
« … © Ouest-France ») are cut off the caption and set aside as removed text,
so an agency or a photographer never reaches the entity stage.
"""

from __future__ import annotations

import re

from helpers.core.quote_marks import quote_spans

ROLES = ("body", "caption", "pull_quote", "name_line")

# a photographer's name in a credit: capitalised words, at times all in capitals
_PHOTOGRAPHER = r"(?-i:[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]+){0,3})"
_PHOTO_AGENCIES = (
    r"(?-i:AFP|Reuters|REUTERS|AP|Belga|BELGA|ATS|Keystone|DPA|ANSA|EFE|Xinhua|Maxppp|MAXPPP"
    r"|SIPA|Sipa|Getty Images|Hans Lucas|Abaca|ABACA)"
)
_CREDIT_AT_END = re.compile(
    # « | Jean Dupont / AFP », « | Photo Anne Roy pour X »: short, no sentence of the body
    r"(?:\s*[|]\s*[^|.!?]{0,60}(?:/|\bpour\b|\bphoto\b)[^|.!?]{0,60}"
    # « … de l’incendie. TF1 | Reportage A. Roy, B. Lin »: the channel and its crew
    r"|(?<=[.!?])\s*(?:(?-i:[A-Z])[\w-]{1,12}\s*)?[|]\s*(?:reportage|images?|vidéo)\b[^|]*"
    r"|\s*©\s*[^©]{1,80}"  # « © Ouest-France »
    r"|\s*\(c\)\s*(?-i:[A-ZÀ-Ý])[^()]{1,60}"  # « (c) Anne Roy »
    # « … lundi. Photo courtoisie et Anne Roy, Agence X », « … lundi. (Illustration) LP/Anne
    # Roy »: a credit after the caption's last sentence
    r"|(?<=[.!?])\s*photo\s+(?:courtoisie|d['’]archives)\b[^.!?]{0,80}"
    r"|(?<=[.!?])\s*(?:\((?:illustration|archives?|photo)\)\s*)?(?-i:[A-Z]{2,5}\s?/\s?[A-ZÀ-Ý])"
    r"[\w'’.-]+(?-i:\s[A-ZÀ-Ý][\w'’.-]+){0,2}"
    r"|\s*[(\[]?\s*(?:cr[ée]dits?|credit|photo)\s*:\s*[^()]{1,80}[)\]]?"  # « crédit : X / AFP »
    # « ( AFP / Jean DUPONT ) »: an agency and its photographer closing a caption
    r"|\s*\(\s*[^()/]{1,40}\s/\s[^()/]{1,40}\)"
    # « … le 4 mai (illustration) - Eric DUPRE / AFP », « Anne Roy. Jean Marin/Reuters »: a
    # photographer and an agency after a dash or the caption's last sentence
    rf"|(?:(?<=[.!?])|\s[-–—])\s*{_PHOTOGRAPHER}\s?/\s?{_PHOTO_AGENCIES}"
    # « … sur le podium. (Dupont) »: a name in parentheses after the caption's last sentence
    r"|(?<=[.!?])\s*\((?!(?:AFP|Reuters|AP|Belga|ATS)\))[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*){0,2}\)"
    r")\s*\|?\s*$",  # a page may print a separator after the credit: « (Photo : X) | »
    re.IGNORECASE,
)
# a character or word every form of _CREDIT_AT_END holds: most lines have none, and the
# long alternation need not scan them
_CREDIT_HINT = re.compile(r"[|©(/]|photo|cr[ée]dit", re.IGNORECASE)
_CREDIT_AT_START = re.compile(
    r"^©\s*[^-–—]{1,40}?\s+[-–—]\s+"  # « © Unsplash - Le … »
    # « JEAN DUPRE / AFP Le ministre … »: a credit glued before the next caption
    rf"|^{_PHOTOGRAPHER}\s?/\s?{_PHOTO_AGENCIES}\s+(?=[A-ZÀ-Ý])"
)
_PHOTO_WORDS = re.compile(r"^(?:photo|illustration|image|vidéo|video)\b", re.IGNORECASE)
_NAME_LINE = re.compile(
    r"^[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+|d['’]|du\s+|le\s+)?[A-ZÀ-Ý][\w'’-]+){1,3}"
)
MAX_NAME_LINE_CHARS = 160
MAX_PULL_QUOTE_CHARS = 400
MAX_CAPTION_CHARS = 600


def split_credit(line: str) -> tuple[int, int, str]:
    """The span of ``line`` without a photo credit at its end or start, and the credit."""
    start, end, credit = 0, len(line), ""
    if _CREDIT_HINT.search(line) and (match := _CREDIT_AT_END.search(line)):
        if match.start() > 0:  # a line that is only a credit is removed whole elsewhere
            end, credit = match.start(), line[match.start() :].strip(" |")
    if match := _CREDIT_AT_START.match(line[:end]):
        start, credit = match.end(), (line[: match.end()].strip(" -–—") + " " + credit).strip()
    return start, end, credit


def paragraph_roles(texts: list[str], credited: list[bool]) -> list[str]:
    """One role per paragraph, in order; ``credited`` marks the paragraphs that carried
    a photo credit. A paragraph that is only a quotation is a pull quote when a name
    line signs it or when it repeats a quotation of another paragraph; otherwise it is
    body text (a speaker's words given a paragraph of their own)."""
    roles = []
    for k, text in enumerate(texts):
        role = "body"
        # a long paragraph signed by its crew (« … TF1 | Reportage A. Roy ») is body text
        if (credited[k] and len(text) <= MAX_CAPTION_CHARS) or (
            _PHOTO_WORDS.match(text) and len(text) <= MAX_NAME_LINE_CHARS
        ):
            role = "caption"
        elif _is_whole_quote(text) and (
            _is_name_line(texts[k + 1] if k + 1 < len(texts) else "")
            or _repeats(text, texts[:k] + texts[k + 1 :])
        ):
            role = "pull_quote"
        elif k and roles[k - 1] == "pull_quote" and _is_name_line(text):
            role = "name_line"
        roles.append(role)
    return roles


def _is_name_line(text: str) -> bool:
    return (
        0 < len(text) <= MAX_NAME_LINE_CHARS
        and bool(_NAME_LINE.match(text))
        and not (text.rstrip().endswith((".", "!", "?", "»", '"')))
    )


_WORD = re.compile(r"\w+")


def _repeats(text: str, others: list[str], share: float = 0.7) -> bool:
    """Most of the quotation's words appear together in another paragraph."""
    words = {w for w in _WORD.findall(text.casefold()) if len(w) > 3}  # not « le », « que »
    if len(words) < 3:
        return False
    return any(
        len(words & set(_WORD.findall(other.casefold()))) >= share * len(words) for other in others
    )


def _is_whole_quote(text: str) -> bool:
    if len(text.strip()) > MAX_PULL_QUOTE_CHARS:  # most body paragraphs: no quote scan
        return False
    spans = quote_spans(text)
    return (
        len(spans) == 1
        and not text[: spans[0].start].strip()
        and not text[spans[0].end :].strip(" .")
    )
