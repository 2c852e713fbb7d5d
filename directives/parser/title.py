"""A letter copied without its letterhead: the header's fields read from the letter's own
annex ("(Kèm theo Công văn số 174/CV-BCĐ ngày 02 tháng 12 năm 2025 của Ban Chỉ đạo)"), and
the issuer, when the letter's text names none, from the line in which the page restates the
letter ("Công văn 6278/BVHTTDL-VP ... do Bộ Văn hóa, Thể thao và Du lịch ban hành"). The
page's own record ("Số hiệu: | 171/CV-BCĐ", that title line's number and date) is not the
letter's and fills nothing. Only fields the letter itself left empty are filled; a letter
with its own letterhead keeps what it says.
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date

from directives.parser.clean import squash
from directives.parser.header_words import DOCUMENT_TYPES, NUMBER_PATTERN, PARTY_NUMBER_PATTERN
from directives.records import ParsedDirective

_TYPES = "|".join(sorted(DOCUMENT_TYPES, key=len, reverse=True))
# (a party document's number too: "Kèm theo Kế hoạch số 119-KH/TU ngày ...", read folded)
_ANY_NUMBER = f"(?:{NUMBER_PATTERN}|(?i:{PARTY_NUMBER_PATTERN}))"
_TITLE = re.compile(rf"^(?P<type>{_TYPES})\s+(?P<number>{_ANY_NUMBER})\s")
# (the last "do" before "ban hành": "... bị ảnh hưởng do hạn hán do Cục Thuế ban hành")
_BY = re.compile(r"^.*\s+do\s+(?P<issuer>[^.;]{3,80}?)\s+ban hanh\b")


def fill_from_title(record: ParsedDirective, lines: list[str], folded: list[str]) -> None:
    """Fills the number, type and date from the letter's own annex, where missing."""
    if record.number and record.issuer and record.issued_on:
        return
    _fill_from_annex(record, lines, folded)
    if record.document_type is None and record.recipients:
        record.document_type = DOCUMENT_TYPES["cong van"]  # a letter to named recipients


def issuer_from_title(record: ParsedDirective, lines: list[str], folded: list[str]) -> None:
    """The issuer the page's title line names ("... do Bộ Y tế ban hành"), where missing."""
    for line, fl in zip(lines, folded, strict=True):
        m = _TITLE.match(fl)
        by = _BY.search(fl) if m else None
        if by is not None:
            record.issuer = record.issuer or squash(line[by.start("issuer") : by.end("issuer")])
            return


def number_in_title(lines: list[str], folded: list[str]) -> str | None:
    """The number of the letter the page's title line restates ("Công văn 5526/CT-CS năm 2025
    ... do Cục Thuế ban hành"): the letter itself, never a document it cites."""
    for line, fl in zip(lines, folded, strict=True):
        m = _TITLE.match(fl) if "ban hanh" in fl else None
        if m is not None and _BY.search(fl):
            return squash(line[m.start("number") : m.end("number")])
    return None


# "(Kèm theo Công văn số 174/CV-BCĐ ngày 02 tháng 12 năm 2025 của Ban Chỉ đạo)", or with a
# comma before the date as a party document writes it ("Kèm theo Hướng dẫn số 40-HD/BTGDVTW,
# ngày 27/11/2025 của ..."): the
# letter's own annex names the letter it goes with (the page's "Số hiệu: | ..." block does not
# count: it is the page's record, not the letter's).
_ANNEX = re.compile(
    rf"^\W*kem theo\s+(?P<type>{_TYPES})\s+(?:so\s*:?\s*)?(?P<number>{_ANY_NUMBER})\s*,?\s+"
    r"ngay\s+(?P<d>\d{1,2})(?:\s+thang\s+|\s*/\s*)(?P<m>\d{1,2})(?:\s+nam\s+|\s*/\s*)"
    r"(?P<y>\d{4})"
)


def _fill_from_annex(record: ParsedDirective, lines: list[str], folded: list[str]) -> None:
    for line, fl in zip(lines, folded, strict=True):
        m = _ANNEX.match(fl) if "kem theo" in fl else None
        if m is None:
            continue
        number = squash(line[m.start("number") : m.end("number")]).replace(" ", "")
        if record.number and number != record.number:
            continue  # an annex of another document the letter issues or cites
        record.number = record.number or number
        record.document_type = record.document_type or DOCUMENT_TYPES[m.group("type")]
        if record.issued_on is None:
            with suppress(ValueError):
                record.issued_on = date(int(m["y"]), int(m["m"]), int(m["d"]))
        return
