"""Round 42d: bodies listed with ";" between them as a clause's subject ("2. Trưởng phòng Tổng
hợp; Phòng Pháp chế - Kiểm tra; Phòng Quản lý doanh nghiệp, hộ kinh doanh và cá nhân;" / "Phòng
Tin học có trách nhiệm ..."): one list whatever line the page broke it on, each room whole (a
comma of a room's own name, a capitalised verb after a hyphen in it, "- Kiểm tra"), the first
the lead, its head's title dropped, the others working with it."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.actions import find_actions
from directives.parser.clean import fold_lines
from directives.parser.subject_kinds import semicolon_names


def test_rooms_set_apart_by_semicolons_are_one_list(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    lines = [
        "Điều 12. Tổ chức thực hiện",
        "1. Quy chế này có hiệu lực kể từ ngày ký.",
        "2. Trưởng phòng Tổng hợp; Phòng Pháp chế - Kiểm tra; Phòng Quản lý doanh nghiệp, hộ kinh",
        "doanh và cá nhân; Phòng Tuyên truyền - Hỗ trợ người nộp thuế;",
        "Phòng Tin học có trách nhiệm tổ chức triển khai thực hiện.",
    ]
    found = find_actions(lines, fold_lines(lines), org, calendar, date(2020, 5, 4), False)
    (action,) = found.actions
    assert action.text.endswith("Phòng Tin học có trách nhiệm tổ chức triển khai thực hiện")
    assert action.lead_unit == "phòng Tổng hợp"
    assert action.coordinating_units == [
        "Phòng Pháp chế - Kiểm tra",
        "Phòng Quản lý doanh nghiệp, hộ kinh doanh và cá nhân",
        "Phòng Tuyên truyền - Hỗ trợ người nộp thuế",
        "Phòng Tin học",
    ]


def test_a_semicolon_list_with_a_verb_is_no_list_of_names() -> None:
    assert semicolon_names("Phòng A; Phòng B kiểm tra hồ sơ") == []
    assert semicolon_names("Phòng A; các đơn vị") == []
