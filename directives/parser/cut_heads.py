"""A letterhead whose page broke each cell after its first word, that word put back with the
rest of its name before the header is read:

    ỦY / BAN NHÂN DÂN / TỈNH TIỀN GIANG        -> ỦY BAN NHÂN DÂN / TỈNH TIỀN GIANG
    CỘNG / HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM        -> CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Mỹ / Tho, ngày 24 tháng 12 năm 2009         -> Mỹ Tho, ngày 24 tháng 12 năm 2009

Only a cell's first line (the page's first, or one after a blank line or a rule) is joined,
and only when it is one word that opens a known head with the next line: a body's or the
nation's name by its words, a place by the ", ngày" the next line goes on with.
"""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep
from directives.parser.header_words import HEADER_SCAN

# A head's first word and the words its next line opens with ("ỦY" / "BAN NHÂN DÂN")
_HEADS = re.compile(r"^(?:uy ban|cong hoa|hoi dong|van phong|tong cuc|ban chap hanh) ")
# "Tho, ngày 24 tháng 12 năm 2009": the rest of a place, then its date
_PLACE_GOES_ON = re.compile(
    r"^[A-ZĐ\u00c0-\u1ef8][^\W\d_]*(?: [A-ZĐ\u00c0-\u1ef8][^\W\d_]*)*,\s*ngày\s+\d"
)
_WORD = re.compile(r"^[^\W\d_]+$")
_RULE = re.compile(r"^-{3,}$")


def rejoin_cut_heads(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        first = not out or not out[-1].strip() or _RULE.match(out[-1].strip()) is not None
        if first and i < HEADER_SCAN and i + 1 < len(lines) and _WORD.match(line):
            joined = f"{line} {lines[i + 1].strip()}"
            place = line[:1].isupper() and not line.isupper()
            if _HEADS.match(fold_keep(joined)) or (place and _PLACE_GOES_ON.match(lines[i + 1])):
                out.append(joined)
                i += 2
                continue
        out.append(lines[i])
        i += 1
    return out
