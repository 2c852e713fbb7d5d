"""Marks a source writes its own way for the same letter, made one before any pass reads the
page's lines (the paragraphs a text-run export breaks are put back by where an item opens,
its front matter is told by its fields' names): an item's dash written as an en or em dash
or a bullet, or as "+" in a letter with no "-" item (a page's escapes, entities and invisible
marks are read first, by ``clean.read_chars``)."""

from __future__ import annotations

import re

# The marks an item of a list opens with, whatever dash a source writes: a hyphen, an en or em
# dash, a minus sign, a bullet (a word processor's bullet in its symbol font too)
ITEM_DASHES = "-\u2013\u2014\u2212\u2022\uf0b7"
_OTHER_DASH_ITEM = re.compile(f"(?m)^([ \\t]*)[{ITEM_DASHES[1:]}](?=\\s|$)")
# A line that opens with a "-" item's mark, or a "+" one's
_DASH_ITEM = re.compile(r"(?m)^[ \t]*-(?=\s|$)")
_PLUS_ITEM = re.compile(r"(?m)^([ \t]*)\+(?=\s|$)")
# ... or a "+" item run on after the entry above it ("- Phòng VX;+ Lưu: VT.")
_RUN_ON_PLUS = re.compile(r"(?<=;)([ \t]*)\+(?=[ \t])")


def plain_item_dashes(text: str) -> str:
    """Each item's marker the page writes as another dash (or a bullet) written "-": an item
    is an item whatever its mark (one character for one, so a line's offsets stay)."""
    if not any(ch in text for ch in ITEM_DASHES[1:]):
        return text
    return _OTHER_DASH_ITEM.sub("\\1-", text)


def plus_as_dash(text: str) -> str:
    """A letter whose items open with "+" and none with "-": its "+" is its dash, the mark of
    its lowest items (a "+" ranks below a "-" only where the letter has both)."""
    if "+" not in text or _DASH_ITEM.search(text) or not _PLUS_ITEM.search(text):
        return text
    return _RUN_ON_PLUS.sub("\\1-", _PLUS_ITEM.sub("\\1-", text))


def plain_marks(text: str) -> str:
    """``text`` (its characters read, ``clean.read_chars``) with its items' dashes plain."""
    return plus_as_dash(plain_item_dashes(text))
