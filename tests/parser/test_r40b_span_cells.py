"""Round 40b: a time cell that spans months is due at the end of its last month and the
whole span is the deadline's phrase, its "Từ" and a recurrence bounded by it included ("Từ
tháng 10/2021 đến tháng 11/2021", "Hàng tuần (từ tháng 10/2021 đến tháng 4/2022)"), and
months joined by "và" are such a span ("Tháng 10/2021 và tháng 11/2021": 30/11)."""

from __future__ import annotations

from datetime import date

import pytest

from directives.calendar import WorkingCalendar
from directives.parser.tables import cell_deadline


@pytest.mark.parametrize(
    ("cell", "due", "phrase"),
    [
        # a span from a month
        ("Từ tháng 5/2023 đến tháng 6/2023", "2023-06-30", None),
        ("Từ tháng 5/2023 Đến tháng 8/2023", "2023-08-31", None),
        # a recurrence bounded by a span
        ("Hàng tuần (từ tháng 5/2023 đến tháng 6/2023)", "2023-06-30", None),
        ("Hàng tháng (Từ tháng 5/2023 Tháng 11/2023)", "2023-11-30", None),
        # months joined by "và"
        ("Tháng 5/2023 và tháng 6/2023", "2023-06-30", None),
        # one month or day, as before
        ("Tháng 5/2023", "2023-05-31", None),
        ("Trước 30/6/2023", "2023-06-29", None),
        ("Thực hiện trước 30/6/2023", "2023-06-29", "trước 30/6/2023"),
    ],
)
def test_a_time_cells_phrase(
    cell: str, due: str, phrase: str | None, calendar: WorkingCalendar
) -> None:
    found = cell_deadline(cell, date(2023, 3, 10), calendar)
    assert found is not None
    assert (str(found.deadline), found.text) == (due, phrase or cell)
