"""Europresse HTML exports: one file, up to 1,000 documents.

Three layouts are read, as observed in exports and described in the issue:

- **current** (about 2020 on): one ``<article>`` per document; the header holds
  ``.DocPublicationName``, ``.DocHeader`` (« Économie, mardi 4 juin 2019 870 mots,
  p. 7 »), a ``.titreArticle`` block (kicker, ``.titreArticleVisu``, subtitle),
  ``.docAuthors`` or a ``p.sm-margin-bottomNews`` byline and a lead; the body is
  ``.docOcurrContainer``; illustrations and notes are in the ``<aside>``; the
  footer holds the copyright, the legal notice, the certificate and the document
  number (``.publiC-lblNodoc``);
- **about 2015**: ``<article>`` too, with the byline in a bare ``<div>`` and the
  body directly in ``<section>``;
- **about 2013**: one table cell per document, header spans, then the body as
  loose text up to the copyright line and the certificate table.

The copyright line becomes ``rights`` and the document number ``source_id``;
neither, nor the certificate, is ever body text. A document that only points to
a web page (« Ce document référence un lien URL… ») is kept as a rejection,
``no_full_text``.
"""

from __future__ import annotations

import re

from lxml import etree

from helpers.ingestion.sources.common import (
    COPYRIGHT,
    DOCUMENT_ID,
    ExportRecord,
    is_footer_line,
    squash,
)
from helpers.ingestion.sources.dates import parse_date, text_before_date
from helpers.ingestion.sources.html import (
    classes,
    drop,
    find_all,
    find_first,
    lines,
    parse_html,
    restore_emails,
    text_of,
)

SOURCE_FORMAT = "europresse"

# Content markers: any of these classes makes an HTML file a Europresse export.
MARKERS = ("docpublicationname", "titrearticlevisu", "public-lblnodoc")

_PUBLISHED_IN = re.compile(r"^\s*cet article est paru dans\b", re.I)
_LINK_ONLY = re.compile(r"ce document référence un lien url", re.I)
_ISSUE = re.compile(r",\s*n[o°º]\.?\s*[\w-]+\s*$", re.I)  # « Les Echos, no. 19836 »
# « Le Journal (site web) - Le Journal », « MSN (France) (site web réf.) - MSN FR »
_WEB_EDITION = re.compile(r"^(?P<name>.*?)\s*\((?P<edition>site web[^)]*)\)\s*(?:[-–].*)?$", re.I)
_BYLINE_PREFIX = re.compile(r"^(?:propos recueillis\s+)?(?:par|by)\b[\s;:,]*", re.I)
_MAX_AUTHOR_CHARS = 120
# Header parts that are neither byline nor lead.
_NOT_LEAD = ("apd-wrapper", "rdp__newsdoc", "icon-logo-container", "docpublicationname",
             "rdp__docpublicationname", "rdp__docheader", "docheader")  # fmt: skip


def read_europresse(text: str) -> list[ExportRecord]:
    """Every document of a Europresse export, in file order."""
    root = parse_html(text)
    restore_emails(root)
    return [_read_document(container) for container in _containers(root)]


def _containers(root: etree._Element) -> list[etree._Element]:
    articles = [
        a for a in root.iter("article") if not any(p.tag == "article" for p in a.iterancestors())
    ]
    if articles:
        return articles
    cells: list[etree._Element] = []
    for name in find_all(root, "DocPublicationName"):  # the 2013 layout: one cell each
        cell = next((p for p in name.iterancestors() if p.tag == "td"), name.getparent())
        if cell is not None and cell not in cells:
            cells.append(cell)
    return cells


def split_outlet(name_lines: list[str]) -> tuple[str, str]:
    """The outlet and its edition from ``.DocPublicationName``'s lines.

    « Libération, no. 7990 » / « 1e EDITION » → (Libération, 1e EDITION);
    « Le Parisien (site web) » / « Edition principale » → (Le Parisien,
    site web ; Edition principale). The issue number is dropped: it names the
    day's paper, which ``published`` already gives.
    """
    if not name_lines:
        return "", ""
    name = _ISSUE.sub("", name_lines[0]).strip()
    editions = []
    if match := _WEB_EDITION.match(name):
        name, editions = match.group("name").strip(), [match.group("edition").strip()]
    editions += [squash(e) for e in name_lines[1:] if squash(e)]
    return name, " ; ".join(editions)


def _clean_author(text: str) -> str:
    author = _BYLINE_PREFIX.sub("", squash(text)).strip(" ;,")
    return author if 0 < len(author) <= _MAX_AUTHOR_CHARS else ""


def _read_document(container: etree._Element) -> ExportRecord:
    outlet, edition = split_outlet(lines(find_first(container, "DocPublicationName")))
    header_text = " ".join(text_of(e) for e in find_all(container, "DocHeader"))
    title_element = find_first(container, "titreArticleVisu")
    title = text_of(title_element)
    metadata = {
        "title": title,
        "outlet": outlet,
        "edition": edition,
        "published": parse_date(header_text),
        "section": text_before_date(header_text),
    }
    url, link_only = _take_source_link(container)
    metadata["url"] = url
    footer_lines = lines(container.find(".//footer")) if container.tag == "article" else []
    if container.tag == "article":
        kicker, author, lead = _read_header(container, title_element)
        paragraphs = lead + _body_lines(container)
    else:
        kicker, author, paragraphs, footer_lines = _read_table_cell(container, title)
    metadata["author"] = author
    if not metadata["section"] and kicker:
        metadata["section"] = kicker
    body = [line for line in paragraphs if not is_footer_line(line)]
    footer_lines += [line for line in paragraphs if is_footer_line(line)]
    metadata["rights"] = next((squash(x) for x in footer_lines if COPYRIGHT.match(squash(x))), "")
    source_id = _document_id(container, footer_lines)
    if not metadata["published"] and (match := DOCUMENT_ID.search(source_id)):
        date = match.group("date")
        metadata["published"] = parse_date(f"{date[:4]}-{date[4:6]}-{date[6:]}")
    link_only = link_only or any(_LINK_ONLY.search(x) for x in paragraphs)
    return ExportRecord(
        paragraphs=body,
        metadata={k: v for k, v in metadata.items() if v},
        source_id=source_id,
        rejection="no_full_text" if link_only else "",
    )


def _take_source_link(container: etree._Element) -> tuple[str, bool]:
    """Remove the closing « Cet article est paru dans … » link (its address is the
    article's web URL) and the link-only notice; return the URL and whether the
    document is a link-only stub."""
    url = ""
    for anchor in list(container.iter("a")):
        if _PUBLISHED_IN.match(text_of(anchor)):
            url = url or (anchor.get("href") or "").strip()
            drop(anchor)
    notices = find_all(container, "link-not-hosted")
    for element in notices:
        drop(element)
    return url, bool(notices)


def _read_header(article: etree._Element, title_element: etree._Element | None):
    """Kicker, byline and lead paragraphs of a current or 2015 layout header."""
    header = article.find(".//header")
    title_block = find_first(article, "titreArticle")
    kicker_lines: list[str] = []
    if title_block is not None and title_element is not None:
        for element in title_block:
            if element is title_element:
                break
            kicker_lines += lines(element)
    subtitle = [line for el in find_all(article, "rdp__subtitle") for line in lines(el)]
    author_element = find_first(article, "docAuthors")
    if author_element is None:
        author_element = next(
            (el for el in find_all(article, "sm-margin-bottomNews")
             if title_block is None or title_block not in el.iterancestors()),
            None,
        )  # fmt: skip
    lead: list[str] = []
    if header is not None:
        after_title = title_block is None
        for element in header:
            if element is title_block or (
                title_block is not None and title_block in element.iterdescendants()
            ):
                after_title = True
                continue
            if not isinstance(element.tag, str) or element.tag in ("img", "br"):
                continue
            if element is author_element or any(c in classes(element) for c in _NOT_LEAD):
                continue
            if (
                find_first(element, "DocPublicationName") is not None
                or find_first(element, "DocHeader") is not None
            ):
                continue
            text = lines(element)
            if not after_title:
                kicker_lines += text  # a rubric above the title (« Expresso »)
            elif author_element is None and _looks_like_byline(element, text):
                author_element = element  # the 2015 layout: a bare <div> with the byline
            else:
                lead += text
    author = _clean_author(text_of(author_element)) if author_element is not None else ""
    kicker = squash(" ".join(kicker_lines))
    return kicker, author, subtitle + lead


def _looks_like_byline(element: etree._Element, text: list[str]) -> bool:
    return (
        element.tag == "div" and not classes(element) and len(text) == 1
        and len(text[0]) <= 60 and not re.search(r"[.!?»:]$", text[0])
    )  # fmt: skip


def _body_lines(article: etree._Element) -> list[str]:
    body = find_first(article, "docOcurrContainer")
    if body is None:
        body = find_first(article, "DocText")
    if body is None:
        body = article.find(".//section")
    return lines(body)


def _read_table_cell(cell: etree._Element, title: str):
    """The 2013 layout: header spans, the body as loose text, then the footer."""
    all_lines = lines(cell)
    start = 0
    for index, line in enumerate(all_lines):
        if title and line == title:
            start = index + 1
            break
        if _is_text_of_class(cell, "DocHeader", line):
            start = index + 1
    end = next(
        (i for i in range(start, len(all_lines)) if is_footer_line(all_lines[i])), len(all_lines)
    )
    body, footer = all_lines[start:end], all_lines[end:]
    author = ""
    if len(body) > 1 and _looks_like_name_line(body[0]):
        author, body = _clean_author(body[0]), body[1:]
    return "", author, body, footer


def _is_text_of_class(cell: etree._Element, name: str, line: str) -> bool:
    """Whether ``line`` is (part of) the text of an element of class ``name``."""
    joined = " ".join(text_of(e) for e in find_all(cell, name))
    return bool(line) and line in joined


def _looks_like_name_line(line: str) -> bool:
    words = line.split()
    return (
        1 <= len(words) <= 6 and len(line) <= 60
        and not re.search(r"[.!?,;:«»\"]", line)
        and all(w[:1].isupper() for w in words if w[:1].isalpha())
    )  # fmt: skip


def _document_id(container: etree._Element, footer_lines: list[str]) -> str:
    for element in container.iter():
        if isinstance(element.tag, str) and (
            "public-lblnodoc" in classes(element)
            or (element.get("id") or "").lower() == "public_lblnodoc"
        ):
            if match := DOCUMENT_ID.search(text_of(element)):
                return match.group("id")
    for line in footer_lines:
        if match := DOCUMENT_ID.search(line):
            return match.group("id")
    return ""


def looks_like_europresse(text: str) -> bool:
    """Whether decoded text is a Europresse export (its class names, in any layout)."""
    head = text[:200_000].lower()
    return any(marker in head for marker in MARKERS)
