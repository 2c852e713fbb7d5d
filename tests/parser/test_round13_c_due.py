"""Round 13 (c): a task table's time cell "2026 và hằng năm" (first in that year, then every
year) is due by the end of that year, its whole wording the phrase; so is a submission to the
National Assembly or the Government "trong năm 2026"; a date "đến ngày X" that says how things
stand on it ("... các bộ chưa giải ngân") is no deadline."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.parser.tables import cell_deadline


def test_a_year_and_every_year_after_is_due_by_that_years_end(calendar: WorkingCalendar) -> None:
    found = cell_deadline("2027 và hằng năm", date(2026, 4, 6), calendar)
    assert found is not None
    assert (found.deadline, found.text) == (date(2027, 12, 31), "2027 và hằng năm")
    assert cell_deadline("2027 và hàng năm", date(2026, 4, 6), calendar) is not None


def test_a_submission_within_a_year_is_due_by_its_end(calendar: WorkingCalendar) -> None:
    text = "Khẩn trương hoàn thiện hồ sơ để trình Quốc hội sửa đổi Luật Xây dựng trong năm 2027"
    found = find_deadline(text, fold_keep(text), date(2026, 4, 6), calendar)
    assert found is not None
    assert (found.deadline, found.text) == (date(2027, 12, 31), "trong năm 2027")
    # a year that only names when the tasks were given is no due date
    given = "Rà soát các nhiệm vụ được giao trong năm 2027 để báo cáo"
    assert find_deadline(given, fold_keep(given), date(2026, 4, 6), calendar) is None


def test_a_date_that_says_how_things_stand_is_no_deadline(calendar: WorkingCalendar) -> None:
    text = (
        "Đề xuất phương án xử lý đối với vốn năm 2026 đến ngày 20 tháng 6 năm 2026 các bộ, "
        "cơ quan chưa giải ngân; báo cáo Thủ tướng Chính phủ trong tháng 6 năm 2026"
    )
    found = find_deadline(text, fold_keep(text), date(2026, 5, 4), calendar)
    assert found is not None
    assert found.text == "trong tháng 6 năm 2026"
    due = "Hoàn thành việc rà soát đến ngày 20 tháng 6 năm 2026"
    found = find_deadline(due, fold_keep(due), date(2026, 5, 4), calendar)
    assert found is not None and found.deadline == date(2026, 6, 22)
