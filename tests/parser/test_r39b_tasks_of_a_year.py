""" "các nhiệm vụ (được giao / phải hoàn thành) trong năm 2025" names the tasks of a year, not
a due date, even in a clause that says to complete them ("hoàn thành toàn bộ các nhiệm vụ được
giao trong năm 2025, ...; hoàn thành trước ngày X": X is the deadline) and in a table's task
cell, whose time cell dates the row."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline


def test_the_tasks_of_a_year_then_a_due_date(calendar: WorkingCalendar) -> None:
    text = (
        "Các bộ trực tiếp chỉ đạo, bảo đảm hoàn thành toàn bộ các nhiệm vụ được giao trong năm "
        "2026, nhất là tại Nghị quyết số 12/NQ-CP; gửi văn bản cam kết tiến độ; hoàn thành trước "
        "ngày 20 tháng 11 năm 2026"
    )
    found = find_deadline(text, fold_keep(text), date(2026, 11, 2), calendar)
    assert found is not None
    assert found.text == "trước ngày 20 tháng 11 năm 2026"


def test_a_task_cell_naming_the_tasks_of_a_year(calendar: WorkingCalendar) -> None:
    for text in (
        "Khắc phục các nhiệm vụ chậm tiến độ và các nhiệm vụ phải hoàn thành trong năm 2026",
        "Phối hợp khảo sát để giải ngân kịp thời các nhiệm vụ trong năm 2026 của Nghị quyết",
    ):
        assert find_deadline(text, fold_keep(text), date(2026, 3, 2), calendar, cell=True) is None
