"""Round 36b: "báo cáo định kỳ (trước ngày 30 tháng 01 năm sau)": a periodic report due on a
day of the year after the one reported on recurs each year (README: a day of every year is
`yearly`, dated at its first occurrence after the letter's date, "trước ngày X" the last
working day before X); the phrase, "năm sau" included, is its deadline_text. Without the
periodic cue ("Báo cáo kết quả trước ngày 15/01 của năm sau") the day stays one day."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind

_ISSUED = date(2025, 10, 6)


def test_a_periodic_report_due_the_next_year_recurs(calendar: WorkingCalendar) -> None:
    text = (
        "Sở Xây dựng tổ chức kiểm tra việc thực hiện Quy định này; báo cáo định kỳ (trước ngày"
        " 10 tháng 3 năm sau) về kết quả thực hiện về Ủy ban nhân dân tỉnh."
    )
    found = find_deadline(text, fold_keep(text), _ISSUED, calendar)
    assert found is not None
    assert found.kind == DeadlineKind.YEARLY
    assert found.text == "trước ngày 10 tháng 3 năm sau"
    assert found.deadline == date(2026, 3, 9)


def test_a_periodic_report_written_with_slashes(calendar: WorkingCalendar) -> None:
    text = "Các đơn vị gửi báo cáo định kỳ trước ngày 15/01 của năm sau về Sở Tài chính."
    found = find_deadline(text, fold_keep(text), _ISSUED, calendar)
    assert found is not None
    assert found.kind == DeadlineKind.YEARLY
    assert found.text == "trước ngày 15/01 của năm sau"


def test_a_next_year_day_without_the_periodic_cue_stays_one_day(
    calendar: WorkingCalendar,
) -> None:
    text = "Báo cáo kết quả trước ngày 20 tháng 02 năm sau."
    found = find_deadline(text, fold_keep(text), _ISSUED, calendar)
    assert found is not None
    assert found.kind != DeadlineKind.YEARLY
