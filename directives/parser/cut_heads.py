"""A letterhead whose page broke each cell after its first word, that word put back with the
rest of its name before the header is read:

    ỦY / BAN NHÂN DÂN / TỈNH TIỀN GIANG        -> ỦY BAN NHÂN DÂN / TỈNH TIỀN GIANG
    CỘNG / HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM        -> CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Mỹ / Tho, ngày 24 tháng 12 năm 2009         -> Mỹ Tho, ngày 24 tháng 12 năm 2009
    QUYẾT / ĐỊNH / VỀ / VIỆC BAN HÀNH ...       -> QUYẾT ĐỊNH / VỀ / VIỆC BAN HÀNH ...

Only a cell's first line (the page's first, or one after a blank line or a rule) is joined,
and only when it is one word that opens a known head with the next line: a body's or the
nation's name by its words, a place by the ", ngày" the next line goes on with; and a
document's kind in capitals cut between its two words, wherever it stands in the header.

A page whose lines broke a part's or an article's label into its pieces has them put back the
same way, wherever they stand, so that the chapters and articles are read as such:

    C / hương / I / V / TỔ CHỨC THỰC HIỆN      -> Chương IV / TỔ CHỨC THỰC HIỆN
    CHƯƠNG / V / TỔ CHỨC THỰC HIỆN             -> CHƯƠNG V / TỔ CHỨC THỰC HIỆN
    Điều / 10 / . / Tổ chức thực hiện          -> Điều 10. Tổ chức thực hiện
    Điều / 8 / . Trách nhiệm của / Tổ ...      -> Điều 8. Trách nhiệm của / Tổ ...
"""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep
from directives.parser.header_words import DOCUMENT_TYPES, HEADER_SCAN
from directives.parser.letters import CAPITAL

# A head's first word and the words its next line opens with ("ỦY" / "BAN NHÂN DÂN")
_HEADS = re.compile(r"^(?:uy ban|cong hoa|hoi dong|van phong|tong cuc|ban chap hanh) ")
# "Tho, ngày 24 tháng 12 năm 2009": the rest of a place, then its date
_PLACE_GOES_ON = re.compile(rf"^[{CAPITAL}][^\W\d_]*(?: [{CAPITAL}][^\W\d_]*)*,\s*ngày\s+\d")
_WORD = re.compile(r"^[^\W\d_]+$")
_RULE = re.compile(r"^-{3,}$")


def rejoin_cut_heads(lines: list[str]) -> list[str]:
    return _rejoin_cut_labels(_rejoin_cut_cells(lines))


def _rejoin_cut_cells(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < min(len(lines), HEADER_SCAN):  # (the header's lines only: the rest as they are)
        line = lines[i].strip()
        first = not out or not out[-1].strip() or _RULE.match(out[-1].strip()) is not None
        if first and i + 1 < len(lines) and _WORD.match(line):
            joined = f"{line} {lines[i + 1].strip()}"
            place = line[:1].isupper() and not line.isupper()
            if _HEADS.match(fold_keep(joined)) or (place and _PLACE_GOES_ON.match(lines[i + 1])):
                out.append(joined)
                i += 2
                continue
        if i + 1 < len(lines) and _kind_cut(line, lines[i + 1].strip()):
            out.append(f"{line} {lines[i + 1].strip()}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out + lines[i:]


def _kind_cut(line: str, below: str) -> bool:
    """A document's kind in capitals cut after its first word ("QUYẾT" / "ĐỊNH")."""
    return (
        line.isupper()
        and below.isupper()
        and _WORD.match(line) is not None
        and _WORD.match(below) is not None
        and fold_keep(f"{line} {below}") in DOCUMENT_TYPES
    )


# A part's or an article's label word, its first letter alone on the line above ("C" / "hương")
_LABEL = ("Chương", "Điều", "Phần", "Mục")
# its number on the next line: Roman or Arabic ("II", "10"), alone or with its stop and title
# ("11. Trách nhiệm thi hành"); a Roman one in pieces ("I" / "V"), the stop after it alone or
# opening the title (".", ". Trách nhiệm của")
_NUMERAL = re.compile(rf"^(?:[IVXLC]{{1,4}}|\d{{1,3}})(?:[.:](?:\s+[{CAPITAL}].*)?)?$")
_ROMAN_PIECE = re.compile(r"^[IVX]{1,3}$")
_STOP_PIECE = re.compile(r"^[.:](?:\s|$)")
# a title alone on its line after the label put back: sentence case, no stop ("Tổ chức thực hiện")
_TITLE = re.compile(rf"^[{CAPITAL}][^.;:]{{2,80}}$")


def _rejoin_cut_labels(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        if len(lines[i]) > 6 and len(lines[i].strip()) > 6:  # (longer than any label: "Chương")
            out.append(lines[i])
            i += 1
            continue
        line, i = _label_at(lines, i)
        out.append(line)
    return out


def _label_at(lines: list[str], i: int) -> tuple[str, int]:
    """The line at ``i`` with a label's pieces on the lines after it put back ("Điều" / "10" /
    "." / "Tổ chức thực hiện"), and where the next line starts; the line as it is when it opens
    no cut label."""
    line = lines[i].strip()
    j = i + 1
    if len(line) == 1 and line.isupper() and j < len(lines):
        glued = line + lines[j].strip()
        if glued in _LABEL:
            line, j = glued, j + 1
    # (in capitals too: "CHƯƠNG" / "V" / "TỔ CHỨC THỰC HIỆN")
    labelled = line in _LABEL or (line.isupper() and line.capitalize() in _LABEL)
    if not labelled or j >= len(lines) or not _NUMERAL.match(lines[j].strip()):
        return lines[i], i + 1
    line, j = f"{line} {lines[j].strip()}", j + 1
    while j < len(lines) and line[-1] in "IVX" and _ROMAN_PIECE.match(lines[j].strip()):
        line, j = line + lines[j].strip(), j + 1
    if j < len(lines) and _STOP_PIECE.match(lines[j].strip()):
        line, j = line + lines[j].strip(), j + 1
        if line[-1] in ".:" and j < len(lines) and _TITLE.match(lines[j].strip()):
            line, j = f"{line} {lines[j].strip()}", j + 1
    return line, j
