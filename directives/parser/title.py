"""A letter copied without its letterhead: the header's fields read from the line in which
the page restates the letter ("Công văn 6278/BVHTTDL-VP tập trung ... ngày 20/11/2025 do
Bộ Văn hóa, Thể thao và Du lịch ban hành"). Only fields the letter itself left empty are
filled; a letter with its own letterhead keeps what it says.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date

from directives.parser.clean import squash
from directives.parser.header import DOCUMENT_TYPES, NUMBER_PATTERN
from directives.records import ParsedDirective

_TYPES = "|".join(sorted(DOCUMENT_TYPES, key=len, reverse=True))
_TITLE = re.compile(rf"^(?P<type>{_TYPES})\s+(?P<number>{NUMBER_PATTERN})\s")
_DATE = re.compile(r"\bngay\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b")
_BY = re.compile(r"\s+do\s+(?P<issuer>[^.;]{3,80}?)\s+ban hanh\b")


def fill_from_title(record: ParsedDirective, lines: list[str], folded: list[str]) -> None:
    """Fills the number, type, date and issuer from the page's title line, where missing."""
    if record.number and record.issuer:
        return
    _fill_from_labels(record, lines, folded)
    found = False
    for line, fl in zip(lines, folded, strict=True):
        m = _TITLE.match(fl)
        by = _BY.search(fl) if m else None
        if m is None or by is None:
            continue
        when = _DATE.search(fl)
        if record.issued_on is None and when is not None:
            with suppress(ValueError):  # "ngày 31/02/2025": no such day
                record.issued_on = date(int(when["y"]), int(when["m"]), int(when["d"]))
        if found:
            continue  # a later title line may still give the date
        found = True
        record.number = record.number or squash(line[m.start("number") : m.end("number")])
        record.document_type = record.document_type or DOCUMENT_TYPES[m.group("type")]
        record.issuer = record.issuer or squash(line[by.start("issuer") : by.end("issuer")])


# The page's own record of the letter ("Số hiệu: | 171/CV-BCĐ | Loại văn bản: | Công văn"),
# each value on the first line after its label that holds one.
_LABELS = {"so hieu:": "number", "loai van ban:": "type", "ngay ban hanh:": "date"}
_NUMBER = re.compile(rf"^{NUMBER_PATTERN}$")
_DAY = re.compile(r"^(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})$")


def _fill_from_labels(record: ParsedDirective, lines: list[str], folded: list[str]) -> None:
    for i, fl in enumerate(folded):
        label = _LABELS.get(fl.strip(" *|"))
        if label is None:
            continue
        at = next((j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].strip(" *|")), None)
        if at is None:
            continue
        value, plain = squash(lines[at].strip(" *|")), squash(folded[at].strip(" *|"))
        day = _DAY.match(value)
        if label == "number" and record.number is None and _NUMBER.match(plain):
            record.number = value
        elif label == "type" and record.document_type is None and plain in DOCUMENT_TYPES:
            record.document_type = DOCUMENT_TYPES[plain]
        elif label == "date" and record.issued_on is None and day is not None:
            with suppress(ValueError):
                record.issued_on = date(int(day["y"]), int(day["m"]), int(day["d"]))
