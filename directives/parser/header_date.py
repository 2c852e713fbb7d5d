"""The header's place and date of issue: the "<place>, ngày ... tháng ... năm ..." line, a
date alone on its line or a cable's hour of sending, and, with none of them, the day a
resolution or a law says it was passed."""

from __future__ import annotations

import re

from directives.parser.clean import squash
from directives.parser.dates import DATE_PATTERN, DATE_RE, date_from_match
from directives.parser.header_words import HEADER_SCAN
from directives.records import ParsedDirective

# ("Lào Cai, ngày15 tháng ...": a day written by hand over the printed line, no space)
# (a ward or district named by its number: "Phường 1, ngày 13 tháng 03 năm 2025")
PLACE_DATE = re.compile(
    r"(?m)^[ \t]*(?P<place>(?:phuong|quan)[ \t]+\d{1,2}|[^\n,\d:|]{2,60}?)[ \t]*,\s*ngay\s+"
    + DATE_PATTERN
)
# "Hà Nội ngày 01" / "tháng 12 năm 2025": no comma after a short place, the date closing its line
_PLACE_NO_COMMA = re.compile(
    r"(?m)^[ \t*_]*(?P<place>[a-z]+(?: [a-z]+){0,3})[ \t]+ngay\s+" + DATE_PATTERN + r"[ \t.*_]*$"
)
# (alone on its line: "ngày 27/11/2025 về việc ..." is a wrapped sentence of the body)
_BARE_DATE = re.compile(r"(?m)^[ \t]*ngay\s+" + DATE_PATTERN + r"[ \t.*]*$")
# a cable dated by the hour it was sent: "Số: 04/CĐ-UBND hồi 17 giờ 00 ngày 02/4/2020"
_SENT_AT = re.compile(r"\bhoi\s+\d{1,2}\s*(?:gio|h)\b[^\n]{0,20}?\bngay\s+" + DATE_PATTERN)
# a scan's OCR running the number's column and the place-and-date column onto one line:
# "Số: 11 /2026/QĐ-UBND Lào Cai, ngày 29 tháng 01 năm 2026" (the place after the number's
# last word, holding no digit or slash of it, nor opening with the dash of a code the number
# goes on with after a space: "Số: 563/UBND -CN.XDCB Bắc Ninh, ngày ...")
_AFTER_NUMBER = re.compile(
    r"(?m)^[ \t]*so\b[^\n]{0,40}?\d[^\n]{0,40}?[ \t]+(?P<place>(?!-)[^\n,\d:|/]{2,40}?)[ \t]*,"
    r"\s*ngay\s+" + DATE_PATTERN
)
# an approval with no place-and-date line, dated in its subtitle by its issue or its latest
# adjustment: "(cấp lần đầu: ngày 31 tháng 7 năm 2020)" / "(điều chỉnh lần thứ 03: ngày ...)"
_EDITION = re.compile(
    r"(?m)^[ \t]*\((?:cap lan dau|dieu chinh lan thu [^\n:()]{1,12})\s*:?\s*ngay\s+" + DATE_PATTERN
)
# a date written out, whose day may be none ("ngày15 tháng 54 năm 2026")
_WRITTEN_OUT = re.compile(r"thang\s+\d{1,2}\s+nam\s+\d{4}")


def find_place_date(lines: list[str], folded: list[str], record: ParsedDirective) -> int | None:
    """Sets place and issued_on; returns the index of the line where the date starts."""
    text = "\n".join(folded[:HEADER_SCAN])
    original = "\n".join(lines[:HEADER_SCAN])
    sent = (_SENT_AT,) if "hoi " in text else ()
    for pattern in (PLACE_DATE, _AFTER_NUMBER, _BARE_DATE, *sent, _PLACE_NO_COMMA):
        for m in pattern.finditer(text):
            day = date_from_match(m, None)
            if day is None and (pattern is _BARE_DATE or not _WRITTEN_OUT.search(m.group(0))):
                continue
            if pattern in (_BARE_DATE, _PLACE_NO_COMMA) and _wrapped(text, m.start()):
                continue
            record.issued_on = day
            if "place" in m.groupdict():
                record.place = squash(original[m.start("place") : m.end("place")]).strip(" *")
            # (a place and a date written out that is no day, "ngày15 tháng 54 năm 2026": the
            # header's line all the same, its date left to the annex that restates it)
            return text.count("\n", 0, m.start())
    editions = [date_from_match(m, None) for m in _EDITION.finditer(text)]
    if editions and editions[-1] is not None:
        record.issued_on = editions[-1]
    return None


def _wrapped(text: str, at: int) -> bool:
    """A date alone on its line that ends a sentence of the body wrapped onto it ("... hoàn
    thành chậm nhất vào" / "ngày 10 tháng 9 năm 2022."): the line above is a long one broken
    in the middle of its words."""
    above = text[:at].rstrip().rsplit("\n", 1)[-1]
    return len(above) >= 50 and above[-1:].isalpha()


# "Nghị quyết này được Ủy ban Thường vụ Quốc hội ... thông qua ngày 11 tháng 8 năm 2022":
# a resolution (or a law) with no "<place>, ngày" line is dated by the day it was passed
_PASSED = re.compile(
    r"\b(?:nghi quyet|luat) nay\s+(?:da\s+)?duoc\b[^.;]{0,200}?\bthong qua\s+ngay\s+"
)


def passed_on(folded: list[str], record: ParsedDirective) -> None:
    """Sets issued_on to the day the document says it was passed, if it says so."""
    text = "\n".join(folded)
    for m in _PASSED.finditer(text):
        found = DATE_RE.match(text, m.end())
        day = date_from_match(found, None) if found else None
        if day is not None:
            record.issued_on = day
            return
