"""Round 18c: a date whose day a web page glued to the month's word ("ngày 04tháng 01 năm
2008") is a date, in a cited document as anywhere."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.dates import DATE_RE, date_from_match
from directives.parser.syllables import Reglue


def test_a_day_glued_to_the_month_word_is_read() -> None:
    # (the glue pass puts it apart for every reader of dates: ``test_glued_date_once``)
    (line,) = Reglue(["ngày 04tháng 01 năm 2008"]).lines
    m = DATE_RE.search(fold_keep(line))
    assert m is not None
    assert date_from_match(m, None) == date(2008, 1, 4)


_LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
-------

Số: 88/UBND-TH
V/v thực hiện Quyết định số 12/QĐ-TTg

An Giang, ngày 20 tháng 02 năm 2010

Kính gửi: Sở Nội vụ

Thực hiện Quyết định số 12/QĐ-TTg ngày 05tháng 01 năm 2010 của Thủ tướng Chính phủ, Ủy ban
nhân dân tỉnh giao Sở Nội vụ rà soát thủ tục hành chính thuộc thẩm quyền.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lâm Minh Chiếu
"""


def test_a_cited_document_dated_with_a_glued_day_has_its_date_and_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (ref,) = parse_text(_LETTER, org, calendar).references
    assert (ref.number, str(ref.issued_on), ref.issuer) == (
        "12/QĐ-TTg",
        "2010-01-05",
        "Thủ tướng Chính phủ",
    )
