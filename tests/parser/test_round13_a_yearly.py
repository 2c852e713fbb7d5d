"""Round 13a: a report due "trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo" is due
every year, as one due "trước ngày 15 tháng 02 hằng năm" is; the phrase that says so is no
part of the deadline's own words."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind
from tests.parser.round13a_letters import department_letter

_LETTER = department_letter(
    "445/SNNMT-MT",
    "báo cáo công tác bảo vệ môi trường",
    "Các cơ sở sản xuất trên địa bàn tỉnh Hà Giang.",
    """Sở Nông nghiệp và Môi trường đề nghị các cơ sở sản xuất thực hiện các nội dung sau:
1. Lập báo cáo công tác bảo vệ môi trường, nộp trước ngày 15 tháng 02 của năm liền kề sau
năm báo cáo.
""",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
)


def test_a_report_due_in_the_year_after_the_year_reported_is_yearly(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    action = parse_text(_LETTER, org, calendar).actions[0]
    assert action.deadline_kind is DeadlineKind.YEARLY
    assert action.deadline_text == "trước ngày 15 tháng 02"
    assert action.deadline is not None and action.deadline.year == 2027
