"""The page's own dashes written back into what the parser read.

The parser reads every en dash, em dash and minus sign as "-" (``clean_text``), so that one
mark serves all its rules; but a field copies the letter as written ("Sở Lao động – Thương binh
và Xã hội", "563/UBND–CN.XDCB"). A dash changes no length, so the page and the page as read
stand character for character side by side: each "-" of a field is looked for with the letters
around it in the page as read, and the page's own mark at that place is put back, taking in
more of the field until the page's places that agree with it agree on the mark as well (none
found: the parser's own hyphen, left as read). A unit of the org directory keeps its directory
name (examples/blind/README.md).
"""

from __future__ import annotations

import html
import re
import unicodedata

from directives.org import OrgDirectory
from directives.parser.clean import fold_keep
from directives.parser.write_back import UNITS, FieldName, write_back
from directives.records import ParsedDirective

# The marks the parser reads as "-" and a field writes back as the page has them; bullets
# (read as "-" too) open items and are never part of a field
_DASHES = "\u2013\u2014\u2212"
_READ = str.maketrans({ch: "-" for ch in _DASHES + "\u2022\uf0b7"})
_WRITTEN = str.maketrans({ch: "-" for ch in "\u2022\uf0b7"})
# What a field and the page are compared without: spaces and line ends (a field joins its
# lines), the page's Markdown marks and the invisible marks a web page leaves between letters
_LAYOUT = re.compile("[\\s*_#|\\\\\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
# A dash that opens a line is an item's marker, never a field's dash: kept apart from the
# text's own ("... kinh tế" / "– xã hội ..." is no "kinh tế – xã hội")
_OPENING = re.compile(f"(?m)^([ \\t*_#|>\\\\]*)[-{_DASHES}\u2022\uf0b7]")
_FIRST_REACH = 4  # characters each side of a dash looked at first
_HEAD = 40  # characters of a field enough to find where the page has it


def _compact(text: str) -> tuple[str, list[int]]:
    """``text`` folded (``fold_keep``: one character for one) without its layout, and where
    each character kept stands in ``text``."""
    folded = fold_keep(text)
    kept: list[str] = []
    at: list[int] = []
    last = 0
    for m in _LAYOUT.finditer(folded):
        kept.append(folded[last : m.start()])
        at.extend(range(last, m.start()))
        last = m.end()
    kept.append(folded[last:])
    at.extend(range(last, len(folded)))
    return "".join(kept), at


def _compact_text(text: str) -> str:
    """``_compact``'s text alone (where each character stands is not asked)."""
    return _LAYOUT.sub("", fold_keep(text))


# A dash of the page's own
_DASH = re.compile(f"[{_DASHES}]")


class AsWritten:
    """A page as written, and the way back from what is read of it to its own dashes."""

    def __init__(self, page: str) -> None:
        if "&" in page:
            page = html.unescape(page)
        page = unicodedata.normalize("NFC", page)
        written = ""
        if any(ch in page for ch in _DASHES):
            page = _OPENING.sub("\\1\\n", page)  # (a line end: the compact page has none)
            written = _compact_text(page.translate(_WRITTEN))
        self._written = written
        self._read = written.translate(_READ)
        self._marks = [m.start() for m in _DASH.finditer(written)]
        self._on = bool(self._marks)
        self._own: set[str] = set()  # the directory's units, kept as it names them

    def back(self, text: str | None, after: int = 0) -> str | None:
        """``text`` with each "-" the page writes as another dash at that passage written so;
        a passage the page writes both ways takes the mark of its first place at or after
        ``after`` (where the field is read), else of its first place."""
        if not text or not self._on or "-" not in text:
            return text
        compact, at = _compact(text)
        chars = list(text)
        for k, ch in enumerate(compact):
            if ch == "-":
                chars[at[k]] = self._mark(compact, k, after)
        return "".join(chars)

    def _mark(self, compact: str, k: int, after: int) -> str:
        reach = _FIRST_REACH
        lo, hi = max(0, k - reach), k + reach + 1
        near = compact[lo:hi]
        if not any(self._read.startswith(near, p - k + lo) for p in self._marks if p >= k - lo):
            return "-"  # no dash of the page has this passage around it
        passage, at = "", 0
        while True:
            wider, offset = compact[lo:hi], k - lo
            marks: set[str] = set()
            found = self._read.find(wider)
            while found >= 0 and len(marks) < 2:
                marks.add(self._written[found + offset])
                found = self._read.find(wider, found + 1)
            if len(marks) == 1:
                return marks.pop()
            if not marks:
                break  # (a passage the parser put together: the widest the page has)
            passage, at = wider, offset
            if lo == 0 and hi >= len(compact):
                break
            reach *= 2
            lo, hi = max(0, k - reach), k + reach + 1
        if not passage:
            return "-"
        found = self._read.find(passage, after)
        return self._written[(found if found >= 0 else self._read.find(passage)) + at]

    def at(self, text: str | None, after: int) -> int:
        """Where the page has ``text`` (as read) at or after ``after``; ``after`` if nowhere."""
        head = _compact_text(text)[:_HEAD] if text else ""
        found = self._read.find(head, after) if head else -1
        return found if found >= 0 else after

    def write(self, field: FieldName, text: str | None, after: int, within: str) -> str | None:
        """A text of the record with the page's own dashes; a directory unit's name kept."""
        return text if field in UNITS and text in self._own else self.back(text, after)

    def record(self, record: ParsedDirective, org: OrgDirectory) -> None:
        """The record's fields with the page's own dashes (``write_back``), each passage the
        page writes both ways taken where the field is read."""
        if self._on:
            self._own = {unit.name for unit in org.units}
            write_back(record, self)
