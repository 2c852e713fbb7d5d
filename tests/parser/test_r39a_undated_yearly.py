"""Round 39a: a deadline that only the letter's date can fix (a day and month repeated "hàng
năm") dates nothing on a page that has lost the letter's date: the action's kind is `none`
and it has no deadline text (README, session 17: 118/01 action 11, 121/02 actions 17 and 19);
the warning that the date is missing is still given."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind
from tests.parser.signed import signed

_SIGNED = signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")


def test_a_yearly_day_on_an_undated_page_dates_nothing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "Kính gửi: Các sở, ban, ngành thuộc tỉnh\n\n"
        "UBND tỉnh yêu cầu các sở, ban, ngành thực hiện một số nội dung sau:\n\n"
        "1. Sở Tài chính tổng hợp báo cáo tình hình thực hiện hoạt động đấu thầu của tỉnh\n"
        "trước ngày 30 tháng 01 hàng năm.\n\n"
        "2. Sở Tư pháp rà soát các văn bản quy phạm pháp luật về đấu thầu trước ngày\n"
        "15/12/2025." + _SIGNED
    )
    record = parse_text(page, org, calendar)
    assert record.issued_on is None
    first, second = record.actions
    assert (first.deadline, first.deadline_kind, first.deadline_text) == (
        None,
        DeadlineKind.NONE,
        None,
    )
    assert second.deadline is not None
    assert any("thiếu ngày ban hành" in w for w in record.warnings)
