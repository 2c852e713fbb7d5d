"""Round 53d: in a letter's plan for rolling a circular out, an item in which the writer
undertakes work of its own ("a) Tổng cục Thuế sẽ tổ chức tập huấn ..."), whatever lead the
item's words left it, is no task; the item that asks the addressees is (221/05)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import TCT_4153
from tests.parser.signed import signed

_LETTER = (
    TCT_4153
    + """\
Tổng cục Thuế thông báo kế hoạch triển khai Thông tư số 45/2021/TT-BTC như sau:
1. Kế hoạch tập huấn và triển khai Thông tư:
a) Tổng cục Thuế sẽ tổ chức tập huấn Thông tư, thời gian dự kiến cuối tháng 11/2021.
b) Cục Thuế có văn bản gửi Tổng cục Thuế trước ngày 15/11/2021 về việc phân công cán bộ.
"""
)


def test_the_writers_own_work_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG"), org, calendar)
    assert [a.text[:30] for a in record.actions] == ["Cục Thuế có văn bản gửi Tổng c"]
