"""Round 44c: a road opened to traffic within a year ("... đẩy nhanh tiến độ thi công để đảm bảo
thông xe tuyến chính (Dự án thành phần 2 ...) trong năm 2025") is work done by the year's end, as
"hoàn thành ... trong năm" is; the year alone stays no due date."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind


def _due(text: str, calendar: WorkingCalendar) -> tuple[date | None, DeadlineKind] | None:
    found = find_deadline(text, fold_keep(text).lower(), date(2025, 10, 1), calendar)
    return (found.deadline, found.kind) if found else None


def test_opened_to_traffic_within_the_year(calendar: WorkingCalendar) -> None:
    text = (
        "Chỉ đạo các nhà thầu đẩy nhanh tiến độ thi công để đảm bảo thông xe tuyến chính (Dự án"
        " thành phần 2 thuộc Dự án cao tốc) trong năm 2025, thi công đảm bảo chất lượng."
    )
    assert _due(text, calendar) == (date(2025, 12, 31), DeadlineKind.BY)


def test_the_year_a_task_is_carried_out_in_is_no_due_date(calendar: WorkingCalendar) -> None:
    text = "Đối với các nhiệm vụ triển khai trong năm 2025, các sở rà soát kế hoạch."
    assert _due(text, calendar) is None
