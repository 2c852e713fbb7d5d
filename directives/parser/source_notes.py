"""A note the source of a page set in the letter's header that speaks of the document from a
later date: an ebook's compiler writes under a decision's title what has since become of it
("(Hiện đang áp dụng và đề xuất sửa do Quyết định số 3873/QĐ-BTNMT ngày 15/12/2023 của Bộ
... thay thế Quyết định số 1085/QĐ-BTNMT ...)" under a decision of 31/10/2023). No letter
cites in its header a document issued after itself, so such a bracketed line is the source's
annotation, not the letter's words, and the documents it names are none of its references
(a document it names that the letter cites too keeps its place at the letter's mention).
"""

from __future__ import annotations

import re
from datetime import date

from directives.parser.dates import DATE_PATTERN, date_from_match

# a date the note writes with its "ngày" ("ngày 15/12/2023", "ngày 15 tháng 12 năm 2023")
_DATED = re.compile(r"\bngay\s+" + DATE_PATTERN)


def later_notes(folded: list[str], until: int, issued_on: date | None) -> set[int]:
    """The header's lines before ``until`` (the body's first line), and the bracketed lines
    that open the body there, that are a bracketed note naming a date after the letter's own
    ``issued_on``."""
    if issued_on is None:
        return set()
    end = min(until, len(folded))
    while end < len(folded) and folded[end].startswith("("):
        end += 1  # (the note standing between the title and the preamble opens the body)
    notes: set[int] = set()
    for i in range(end):
        line = folded[i]
        if not line.startswith("(") or "ngay" not in line:
            continue
        for m in _DATED.finditer(line):
            day = date_from_match(m, None)
            if day is not None and day > issued_on:
                notes.add(i)
                break
    return notes
