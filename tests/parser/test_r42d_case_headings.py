"""Round 42d: a numbered heading that sets the case its items speak of ("1.2. Đối với trường
hợp được giao đất trước ngày 01/7/2014") says which cases by its date; it sets no deadline
common to the letter's tasks, as an intro's "..., hoàn thành trước ngày X:" does."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.actions import find_actions
from directives.parser.clean import fold_lines


def test_a_case_headings_date_dates_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    lines = [
        "Bộ Tài chính hướng dẫn một số nội dung về tiền sử dụng đất như sau:",
        "1. Về miễn tiền sử dụng đất",
        "1.1. Đối với trường hợp được giao đất từ ngày 01/7/2014 trở đi theo Luật Đất đai năm"
        " 2013 thì cơ quan thuế xác định số tiền được miễn theo quy định.",
        "1.2. Đối với trường hợp được giao đất trước ngày 01/7/2014",
        "a) Trường hợp đã nộp hồ sơ thì được xét miễn theo quy định tại thời điểm giao đất.",
        "b) Trường hợp chưa nộp hồ sơ thì được xét miễn theo quy định hiện hành.",
        "Đề nghị Cục Thuế các tỉnh, thành phố trực thuộc Trung ương báo cáo Ủy ban nhân dân cấp"
        " tỉnh chỉ đạo tổ chức thực hiện./.",
    ]
    found = find_actions(lines, fold_lines(lines), org, calendar, date(2015, 6, 12), False)
    last = found.actions[-1]
    assert last.lead_unit == "Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"
    assert last.deadline is None
    assert last.deadline_kind == "none"
