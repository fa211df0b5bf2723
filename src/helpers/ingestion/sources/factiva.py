"""Factiva exports with field codes: HTML, and RTF.

With the display « Full Article/Report plus Indexing », every field of a
document is a row of two cells, its code and its value: ``HD`` headline, ``BY``
byline, ``WC`` word count, ``PD`` date, ``SN`` source name, ``SE`` section,
``ED`` edition, ``LA`` language, ``CY`` copyright, ``LP`` lead paragraphs,
``TD`` text, ``AN`` accession number (« Document LEMOND0020190604ef6400009 »),
then indexing codes. The body is ``LP`` followed by ``TD``; a one-letter drop cap
that ends ``LP`` (« C » / « 'est la douche froide… ») joins the first ``TD``
paragraph. Dates and language names are in the interface language, English or
French.

In HTML each document is a ``div.article`` whose table rows have the code in a
``td.index`` cell; some exports wrap that ``div`` in another ``div.article``,
which is read once. In RTF (read with striprtf) a row comes out as
``CODE|value|``.
"""

from __future__ import annotations

import re

from helpers.ingestion.sources.common import ExportFormatError, ExportRecord, squash
from helpers.ingestion.sources.dates import language_code, parse_date
from helpers.ingestion.sources.html import classes, find_all, lines, parse_html, text_of

SOURCE_FORMAT = "factiva"

_CODE = re.compile(r"^[A-Z]{2,4}$")
_ACCESSION = re.compile(r"^(?:document|dokument)\s+(?P<id>\S+)$", re.I)
_EMAIL = re.compile(r"[;,]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A field row of striprtf's output: the code cell, the value cell (paragraphs
# inside it are separate lines) and the row's end.
_RTF_ROW = re.compile(r"(?ms)^[ \t]*(?P<code>[A-Z]{2,4})[ \t]*\|(?P<value>.*?)\|[ \t]*$")
_RTF_MARKERS = re.compile(r"(?m)^[ \t]*(?:HD|AN)[ \t]*\|")


def read_factiva_html(text: str) -> list[ExportRecord]:
    """Every document of a Factiva HTML export, in file order."""
    root = parse_html(text)
    documents = [
        div
        for div in find_all(root, "article")
        if div.tag == "div" and not any(d is not div for d in find_all(div, "article"))
    ]  # the innermost div.article: an outer wrapper holds the same rows
    records = []
    for div in documents:
        fields: dict[str, list[str]] = {}
        for row in div.iter("tr"):
            cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
            if len(cells) < 2 or "index" not in classes(cells[0]):
                continue
            code = text_of(cells[0])
            if _CODE.match(code):
                fields.setdefault(code, []).extend(_paragraphs(cells[1]))
        if fields:
            records.append(_record(fields))
    return records


def _paragraphs(cell) -> list[str]:
    paragraphs = [text_of(p) for p in cell.iter("p")]
    return [p for p in paragraphs if p] or lines(cell)


def looks_like_factiva_html(text: str) -> bool:
    head = text[:300_000]
    return bool(re.search(r"class=['\"]?[^'\">]*\barticle\b", head)) and bool(
        re.search(r"<b>\s*(?:HD|AN)\s*</b>", head)
    )


def looks_like_factiva_rtf(text: str) -> bool:
    return bool(_RTF_MARKERS.search(text))


def read_factiva_rtf(data: bytes) -> list[ExportRecord] | None:
    """Every document of a Factiva RTF export, in file order; None for another RTF."""
    from striprtf.striprtf import rtf_to_text

    raw = data.decode("latin-1")
    text = rtf_to_text(raw, errors="replace")
    if not looks_like_factiva_rtf(text):
        if "factiva" not in raw.lower():
            return None
        raise ExportFormatError(
            "a Factiva RTF export without field codes: export again with the display "
            "« Full Article/Report plus Indexing », or as HTML"
        )
    records: list[ExportRecord] = []
    fields: dict[str, list[str]] = {}
    for match in _RTF_ROW.finditer(text):
        code = match.group("code")
        if code == "HD" and fields:
            records.append(_record(fields))
            fields = {}
        values = [squash(line) for line in match.group("value").split("\n")]
        fields.setdefault(code, []).extend(v for v in values if v)
    if fields:
        records.append(_record(fields))
    return records


def _record(fields: dict[str, list[str]]) -> ExportRecord:
    def one(code: str) -> str:
        return squash(" ".join(fields.get(code, [])))

    lead, text = list(fields.get("LP", [])), list(fields.get("TD", []))
    if lead and text and len(lead[-1]) == 1 and lead[-1].isalpha():
        text[0] = lead.pop() + text[0]  # the drop cap of the first TD word
    author = _EMAIL.sub("", one("BY")).strip(" ;,")
    accession = _ACCESSION.match(one("AN"))
    metadata = {
        "title": one("HD"),
        "author": author,
        "published": parse_date(one("PD")),
        "outlet": one("SN"),
        "edition": one("ED"),
        "section": one("SE"),
        "source_language": language_code(one("LA")),
        "rights": one("CY"),
    }
    paragraphs = lead + text
    return ExportRecord(
        paragraphs=paragraphs,
        metadata={k: v for k, v in metadata.items() if v},
        source_id=accession.group("id") if accession else one("AN"),
        rejection="" if paragraphs else "no_full_text",
    )
