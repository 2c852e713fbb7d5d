"""A letterhead's cells that an ebook's export wrapped onto indented lines of their own, on a
page whose text is otherwise whole (no text runs: ``shreds`` reflows those itself):

    CỘNG HÒA XÃ HỘI / ␣␣CHỦ NGHĨA VIỆT NAM              -> one line
    V/v Các doanh nghiệp ... phải / ␣␣kiểm toán          -> one line
    Hà Nội, ngày 24 / ␣␣tháng 01 năm 2014                -> one line

The export indents the wrap of a cell by two spaces; the letterhead ends at the place and
date (or the "Kính gửi" label, or the first recital), below which an indented line is the
letter's own (a list's items, a distribution's notes) and stays as it is.
"""

from __future__ import annotations

import re

# the wrap of a cell: two spaces, then the cell's words, under a line the export did not
# indent, a word's (a page laid out in columns indents both and sets its columns apart by
# spaces; a rule under a cell ends it)
_WRAP = re.compile(r"^  (?=\S)")
_CELL = re.compile(r"^[^\W\d_]")
# a place and the date written out to its year ("Hà Nội, ngày 24 tháng 01 năm 2014")
_DATED = re.compile(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}")
# where the letterhead has ended: the address, a recital, the decision's word
_BELOW = re.compile(r"^\s*(?:Kính\s+gửi|Căn\s+cứ|Xét\s+đề\s+nghị|QUYẾT\s+ĐỊNH\s*:)")
# the motto whole, which ends its cell (shreds' cell ends too)
MOTTO = r"Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc"
_MOTTO = re.compile(rf"^\s*{MOTTO}\s*$")
# how far down the page the letterhead may reach
_HEAD_LINES = 40


def header_cells_joined(text: str) -> str:
    """``text`` with the letterhead's indented wraps put back on the line above."""
    if "\n  " not in text[:4000]:
        return text  # (the cheap guard: no indented line near the top)
    lines = text.split("\n")
    out: list[str] = []
    for n, line in enumerate(lines):
        if n >= _HEAD_LINES or _BELOW.match(line):
            out.extend(lines[n:])
            break
        if _WRAP.match(line) and out and _wraps(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        if _DATED.search(out[-1]):
            out.extend(lines[n + 1 :])
            break
    return "\n".join(out)


def _wraps(above: str, line: str) -> bool:
    """``line`` (indented) is the wrap of the cell ``above``: not under the motto whole, which
    ends its cell ("Độc lập - Tự do - Hạnh phúc" / "  Phường 1, ngày 24 tháng 03 năm 2025",
    the place and date set in with no blank line between them)."""
    return _CELL.match(above) is not None and "   " not in line and not _MOTTO.match(above)
