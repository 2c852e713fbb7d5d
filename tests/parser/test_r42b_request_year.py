"""A request that says in which year the work is done ("..., đề nghị cơ quan thuế rà soát và nhập
đầy đủ các giao dịch điều chỉnh vào ứng dụng khi thực hiện hạch toán trong năm 2016") is due by
that year's end (the next working day when it ends on a day off), as "hoàn thành ... trong năm
2016" is (README, session 18's call on 135/02), and so is one whose year frames the case it is
made for ("trong năm 2016 nếu Kho bạc ... điều chỉnh ..., đề nghị cơ quan thuế nhập ..."); a
year that only names the period a statement speaks of ("Báo cáo kế toán các kỳ trong năm 2016
tổng hợp ...") dates nothing."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline


def _due(text: str, calendar: WorkingCalendar) -> date | None:
    found = find_deadline(text, fold_keep(text), date(2016, 3, 1), calendar)
    return found.deadline if found else None


def test_the_year_a_request_names_dates_it(calendar: WorkingCalendar) -> None:
    assert _due(
        "Do vậy, đề nghị cơ quan thuế rà soát và nhập đầy đủ các giao dịch điều chỉnh vào ứng"
        " dụng khi thực hiện hạch toán trong năm 2016",
        calendar,
    ) == date(2017, 1, 3)


def test_the_year_of_the_case_a_request_is_made_for_dates_it(calendar: WorkingCalendar) -> None:
    assert _due(
        "Để tránh chênh lệch dữ liệu, trong năm 2016 nếu Kho bạc Nhà nước có điều chỉnh chứng từ"
        " và gửi về cơ quan thuế, đề nghị cơ quan thuế nhập đầy đủ các chứng từ điều chỉnh này",
        calendar,
    ) == date(2017, 1, 3)


def test_the_year_a_statement_speaks_of_dates_nothing(calendar: WorkingCalendar) -> None:
    text = "Báo cáo kế toán các kỳ trong năm 2016 tổng hợp các chứng từ đã hạch toán"
    assert _due(text, calendar) is None


def test_a_year_things_were_planted_in_is_no_time_of_the_request(
    calendar: WorkingCalendar,
) -> None:
    """ "rừng trồng năm 2012" (planted) folds as "trong năm" does: only "trong" as written
    frames a time."""
    text = "đề nghị Ủy ban nhân dân các tỉnh báo cáo diện tích rừng trồng năm 2012"
    assert _due(text, calendar) is None
