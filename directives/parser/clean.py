"""Text clean-up before parsing: NFC, Markdown marks, flattened header cells, footnote digits.

``fold_keep`` folds accents and case one character for one character, so a
regex run on the folded text gives offsets valid in the original.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD_TABLE: dict[int, str] = {}


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


def fold_keep(text: str) -> str:
    """Lower-case and strip accents, keeping the length (offsets stay valid)."""
    if text.isascii():
        return text.lower()
    out = []
    for ch in text:
        code = ord(ch)
        mapped = _FOLD_TABLE.get(code)
        if mapped is None:
            mapped = _fold_char(ch)
            _FOLD_TABLE[code] = mapped
        out.append(mapped)
    return "".join(out)


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_SUPERSCRIPTS = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
# A footnote number glued to a lower-case word: "kiểm tra2." or "vụ1,".
_GLUED_FOOTNOTE = re.compile(r"(?<=[^\W\d_]{2})\d{1,2}(?=[\s.,;:)]|$)")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2022": "-", "\uf0b7": "-"})


def _drop_glued_footnote(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 2) : match.start()]
    return "" if before.islower() else match.group(0)


def clean_text(text: str) -> list[str]:
    """The document as clean lines: NFC, no Markdown emphasis, header cells split on "|"."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.lstrip("\ufeff").replace("\x0c", "\n").translate(_DASHES)
    lines: list[str] = []
    for raw in text.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        line = _MARKDOWN_HEADING.sub("", line)
        line = _MARKDOWN_EMPHASIS.sub("", line).strip()
        line = _SUPERSCRIPTS.sub("", line)
        line = _GLUED_FOOTNOTE.sub(_drop_glued_footnote, line)
        if "|" in line:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not _TABLE_ROW.match(line) or len(cells) < 3:
                # header cells flattened side by side, or a two-column layout table
                lines.extend(cells)
                continue
        lines.append(line)
    return lines


def is_upper_line(line: str) -> bool:
    """All letters are capitals and there are at least three of them."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def squash(text: str) -> str:
    return " ".join(text.split())
