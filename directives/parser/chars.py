"""A page's characters as the parser reads them, before any pass reads its lines: its line
ends and accents one way (LF, NFC), a crawler's entities, a converter's links and escapes, a
page's invisible marks and other spaces as the letter's own, its items' dashes plain (moved from
clean.py and the package's ``parse_text``, so the page is read once)."""

from __future__ import annotations

import html
import re
import unicodedata

from directives.parser.source_marks import plain_marks

# What a web page or a text layer puts for a space (no-break, figure, narrow, ideographic,
# en, em and thin spaces), and the invisible marks it leaves between letters (zero-width
# space, non-joiner, joiner, word joiner, a byte-order mark, a soft hyphen)
_SPACES = ("\u00a0", "\u2007", "\u202f", "\u3000", "\u2002", "\u2003", "\u2009")
_INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
# The HTML entities a crawler leaves in a page's text (named ones a letter's text may hold;
# not "TN&MT;", an abbreviation before a semicolon)
_ENTITY = re.compile(r"&(?:nbsp|amp|quot|apos|lt|gt|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# A Markdown link a converted web page sets on a cited document's name
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|/|www\.)[^()\s]*\)")
# A Markdown escape an HTML-to-Markdown converter puts before a mark it must not read
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")


def _entity(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def read_chars(text: str) -> str:
    """The text's characters as read: a page's entities, links, escapes, invisible marks and
    other spaces as the letter's own."""
    if "&" in text:
        text = _ENTITY.sub(_entity, text)  # a crawler's "&nbsp;", "&quot;", "&#7853;"
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)  # "[Nghị định 136/2025/NĐ-CP](https://...)": its words
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)  # a converter's "1\. Giao", "\- Như trên;"
    for ch in _INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    for ch in _SPACES:
        if ch in text:
            text = text.replace(ch, " ")
    return text


def line_feeds(text: str) -> str:
    """The text with each line ended by "\n" alone: every pass reads a CRLF text (or a bare
    CR's) as the same text with LF ends, from its front matter to its last line; and with its
    accents composed (NFC), so a page with decomposed accents (a Mac's text, some PDFs) is
    read by every pass, the first ones too, as the same page composed."""
    text = unicodedata.normalize("NFC", text)
    if "\r" not in text:
        return text
    # "\r\r\n": a CRLF text saved again as CRLF (one line end, not a blank line)
    return text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")


def read_page(text: str) -> str:
    """The page as every pass reads it: its line ends, characters and items' dashes plain."""
    return plain_marks(read_chars(line_feeds(text)))
