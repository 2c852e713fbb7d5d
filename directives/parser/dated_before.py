"""The date a letter writes before a document it cites: right before its number ("văn bản đề
ngày 29 tháng 10 năm 2025 số 16/CV-HH"), or opening the sentence whose subject issued it
("Ngày 25/02/2025, Tổng cục Thuế đã ban hành Công văn số ..."), or before a bracket that
says it is the day the document was issued ("trước ngày 28/6/1971 (ngày ban hành Nghị quyết
125/CP ...)"). The second dates each document of the list that sentence goes on with ("Ngày
10/10/2012, Bộ Xây dựng đã ban hành 02 Thông tư: số A về ... và số B về ...")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from directives.parser.dates import DATE_PATTERN, date_from_match

_DATED_BEFORE = re.compile(r"\bngay\s+" + DATE_PATTERN + r"\s*,?\s+so\s*:?\s*$")
# ("..., ngày 17 tháng 6 năm 2025 Bộ trưởng Bộ X đã ban hành Thông tư số ...": no comma after
# it; "... đã ban hành 02 Thông tư: số ...": how many, before their kind)
_DATED_FIRST = re.compile(
    r"(?:^|[.;,(\n|]\s*(?:-\s+)?)ngay\s+"
    + DATE_PATTERN
    + r"\s*,?[^.;\d]{3,120}?(?:\b\d{1,2}\s[^.;\d]{2,40})?$"
)

# (or right after a title in capitals the page ran into the sentence: "CHỈ THỊ VỀ CÔNG TÁC ...
# TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP ...")
_DATED_AFTER_TITLE = re.compile(
    r"(?<=\s)ngay\s+" + DATE_PATTERN + r"\s*,?[^.;\d]{3,120}?(?:\b\d{1,2}\s[^.;\d]{2,40})?$"
)

# "Luật ... số 67/2011/QH12 đã được thông qua ...": the number, then the passive that passes or
# issues the document; the date opening the sentence right before the document's kind and name
_PASSED = re.compile(r"\S+\s+(?:da\s+)?duoc\s+(?:thong qua|ban hanh)\b")
_DATED_SUBJECT = re.compile(
    r"(?:^|[.;\n]\s*)ngay\s+"
    + DATE_PATTERN
    + r"\s*,\s*(?:bo\s+)?(?:luat|phap lenh|nghi quyet|nghi dinh|quyet dinh|thong tu)\b"
    + r"[^.;,\d]{0,100}$"
)

# "trước ngày 28/6/1971 (ngày ban hành Nghị quyết ...)": the bracket says whose day it is
_DATED_ASIDE = re.compile(
    r"(?<![\d/.])" + DATE_PATTERN + r"\s*\(\s*(?:la\s+)?ngay\s+(?:ban hanh|ky)\s+$"
)


def dated_before(
    folded: str,
    start: int,
    opening: int,
    subject: str | None,
    issued: Callable[[], str | None],
    default_year: int | None,
    text: str = "",
) -> tuple[date | None, bool]:
    """The date before the number at ``start`` (its mention opening at ``opening``), the one
    that opens the sentence taken when a ``subject`` (or the one ``issued()`` finds) issued
    the document; and whether the date is that sentence's (so the documents it lists next
    share it)."""
    dated = _DATED_BEFORE.search(folded, max(0, start - 60), start)
    if dated is not None:
        return date_from_match(dated, default_year), False
    aside = _DATED_ASIDE.search(folded, max(0, opening - 60), opening)
    if aside is not None:
        return date_from_match(aside, default_year), False
    passed = _DATED_SUBJECT.search(folded, max(0, opening - 160), opening)
    if passed is not None and _PASSED.match(folded, start):
        # "Ngày 29/3/2011, Luật ... số 67/2011/QH12 đã được thông qua ...": the day it was passed
        return date_from_match(passed, default_year), False
    if " thong qua " in folded[max(0, opening - 160) : opening] or not (subject or issued()):
        return None, False  # (a law's day is the day it was passed)
    dated = _DATED_FIRST.search(folded, max(0, opening - 160), opening)
    if dated is None and text:
        dated = _DATED_AFTER_TITLE.search(folded, max(0, opening - 160), opening)
        dated = dated if dated and _after_title(text, dated.start()) else None
    return (date_from_match(dated, default_year), True) if dated else (None, False)


# "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương": the addressees' line,
# nothing but their names after it up to a point
_ADDRESSED = re.compile(r"Kính gửi\s*:[^.;:!?]*$", re.IGNORECASE)


def _after_title(text: str, at: int) -> bool:
    """The sentence opening at ``at`` ("Ngày ...", its capital) follows a title in capitals, or
    opens a line of its own ("Kính gửi: Cục Thuế ..." / "Ngày 19 tháng 10 năm 2020, Chính phủ
    ban hành ...", the line the folded text ran on from the recipient's)."""
    if text[at : at + 1] != "N":
        return False
    if text[at - 1 : at] == "\n":
        return True
    if _ADDRESSED.search(text, max(0, at - 300), at):
        return True  # (the line run on into it: "Kính gửi: ... trực thuộc Trung ương Ngày ...")
    before = text[:at].split()
    last = before[-1] if before else ""
    return len(last) >= 2 and last.isalpha() and last.isupper()
