"""Item markers a source parted from their items' text: the tab a word processor's list sets
after a marker ("1.<tab>Giao ..."), a marker alone on its line before its item's text ("2." /
"Tăng cường ..."), and an OCR'd item whose number was lost, its dot left (". Để ...")."""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL

# An item's marker and the tab a word processor's list sets after it
MARKER_TAB = re.compile(
    r"(?m)^((?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|\(\d{1,2}\)|[IVX]{1,4}\.|[-+]))\t+"
)
_NUMBERED = re.compile(r"^(\d{1,2})\.\s")


def number_lost_markers(lines: list[str]) -> list[str]:
    """An OCR'd item whose number was lost, its dot left (". Để thúc đẩy ..." after item 1,
    opening its paragraph): numbered as the next item."""
    out: list[str] = []
    last: int | None = None
    for i, line in enumerate(lines):
        numbered = _NUMBERED.match(line)
        if numbered:
            last = int(numbered.group(1))
        elif last is not None and line.startswith(". ") and line[2:3].isupper():
            opens = i == 0 or not lines[i - 1]  # a paragraph's first line
            last += opens
            line = f"{last}{line}" if opens else line
        out.append(line)
    return out


# An item's marker alone on its line: "-", "+", "2.", "1.2.", "a)", "(3)"
LONE_MARKER = re.compile(r"^(?:[-+]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\(\d{1,2}\))$")


# "Hà Nội, ngày": the letterhead's place and date, never an item's text (a subject's last digits
# "... UBTVQH" / "1" / "5." split by an ebook's text runs stand before it)
_PLACE_DAY = re.compile(rf"^[{CAPITAL}][^,\d]{{1,40}},\s*ngày\b")


def join_lone_markers(lines: list[str]) -> list[str]:
    """A marker alone on a line and its item's text on the next (a web page's list, "2." /
    "Tăng cường ..."): one line."""
    out: list[str] = []
    marker = ""
    for line in lines:
        if len(line) <= 6 and LONE_MARKER.match(line) and not marker:
            marker = line
            continue
        if marker and line and not _PLACE_DAY.match(line):
            line = f"{marker} {line}"
        elif marker:
            out.append(marker)
        marker = ""
        out.append(line)
    if marker:
        out.append(marker)
    return out
