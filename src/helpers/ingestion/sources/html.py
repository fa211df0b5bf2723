"""Reading export HTML with lxml's lenient parser.

Exports carry malformed attributes (``href="…""``), a charset declaration that
does not match their bytes, and inline markup inside words (search terms wrapped
in ``<mark>``). The text is decoded before parsing, so the declaration is never
trusted, and text is joined across inline elements without adding spaces.
"""

from __future__ import annotations

import re

from lxml import etree, html

from helpers.ingestion.sources.common import squash

# Elements whose start and end break a line; everything else is inline.
BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt footer form h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template"})
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def parse_html(text: str) -> html.HtmlElement:
    """The document tree of decoded HTML text."""
    text = _XML_DECLARATION.sub("", text.lstrip("\ufeff"))
    parser = html.HTMLParser(recover=True, remove_comments=True, remove_pis=True)
    return html.document_fromstring(text, parser=parser)


def classes(element: etree._Element) -> set[str]:
    """The element's class names, lower-cased (old layouts write ``TitreArticleVisu``)."""
    value = element.get("class") if isinstance(element.tag, str) else None
    return {name.lower() for name in (value or "").split()}


def find_all(root: etree._Element, name: str) -> list[etree._Element]:
    """Descendants of ``root`` (itself included) with the class ``name``, in document order."""
    name = name.lower()
    return [el for el in root.iter() if isinstance(el.tag, str) and name in classes(el)]


def find_first(root: etree._Element, name: str) -> etree._Element | None:
    found = find_all(root, name)
    return found[0] if found else None


def lines(element: etree._Element | None) -> list[str]:
    """The element's text as lines: block elements and ``<br>`` break lines, inline
    elements join their text as it is written, empty lines are dropped."""
    if element is None:
        return []
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _SKIPPED_TAGS or not isinstance(node.tag, str):
            parts.append(node.tail or "")
            return
        block = tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        parts.append(node.text or "")
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        parts.append(node.tail or "")

    tail, element.tail = element.tail, None
    try:
        walk(element)
    finally:
        element.tail = tail
    return [line for raw in "".join(parts).split("\n") if (line := squash(raw))]


def text_of(element: etree._Element | None) -> str:
    """The element's text on one line."""
    return " ".join(lines(element))


def drop(element: etree._Element) -> None:
    """Remove an element, keeping its tail text in place."""
    element.drop_tree()


def decode_cloudflare_email(hex_value: str) -> str:
    """The address behind Cloudflare's e-mail obfuscation (``data-cfemail``): the first
    byte is a key that every following byte is XOR-ed with."""
    try:
        data = bytes.fromhex(hex_value)
    except ValueError:
        return ""
    if len(data) < 2:
        return ""
    decoded = bytes(b ^ data[0] for b in data[1:]).decode("utf-8", errors="replace")
    return decoded if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", decoded) else ""


_EMAIL_PLACEHOLDER = re.compile(r"\[\s*email(?:\s|\xa0)+protected\s*\]", re.I)


def restore_emails(root: etree._Element) -> None:
    """Replace obfuscated e-mail placeholders by the address where it can be decoded,
    and remove them where it cannot, so that « [email protected] » never reaches a body."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        encoded = element.get("data-cfemail")
        href = element.get("href") or ""
        if encoded is None and "/cdn-cgi/l/email-protection#" in href:
            encoded = href.rsplit("#", 1)[1]
        if encoded is None:
            continue
        address = decode_cloudflare_email(encoded)
        for child in list(element):
            child.drop_tree()
        element.text = address
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.text and "protected" in element.text:
            element.text = _EMAIL_PLACEHOLDER.sub("", element.text)
        if element.tail and "protected" in element.tail:
            element.tail = _EMAIL_PLACEHOLDER.sub("", element.tail)
