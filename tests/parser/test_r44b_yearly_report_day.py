"""Round 44b: a plan's closing duty that reports every year, the cue mid-sentence and the day
after the report it times ("..., định kỳ hằng năm báo cáo kết quả thực hiện về Bộ Y tế trước
ngày 31 tháng 12 để tổng hợp", "..., định kỳ hàng năm báo cáo kết quả ... chậm nhất ngày 17
tháng 12."): a day of every year, not one day; a day with its year stays one day."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.yearly import yearly_days


def _days(text: str, calendar: WorkingCalendar) -> list[tuple[str, date | None]]:
    folded = fold_keep(text)
    return [(text[s:e], when) for s, e, when in yearly_days(folded, date(2025, 8, 10), calendar)]


def test_the_yearly_cue_before_the_report_times_its_day(calendar: WorkingCalendar) -> None:
    text = (
        "Các đơn vị tăng cường kiểm tra, đôn đốc thực hiện Kế hoạch, định kỳ hàng năm báo cáo kết "
        "quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất ngày 17 tháng 12."
    )
    assert [t for t, _ in _days(text, calendar)] == ["chậm nhất ngày 17 tháng 12"]


def test_a_day_with_its_year_is_no_yearly_day(calendar: WorkingCalendar) -> None:
    text = (
        "Các đơn vị định kỳ hằng năm báo cáo kết quả thực hiện về Bộ Y tế trước ngày 31 tháng 12 "
        "năm 2025 để tổng hợp."
    )
    assert _days(text, calendar) == []
