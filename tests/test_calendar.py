"""The working calendar: official days off 2016-2026, period arithmetic, phrases, CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from directives.calendar import (
    DeadlineKind,
    WorkingCalendar,
    end_of_half_year,
    end_of_quarter,
    load_calendar,
    next_yearly,
)

# Tết Nguyên đán for civil servants as published each year: the whole break
# (first and last day off, weekends included) and the make-up Saturdays of the
# year. No Tết from 2016 to 2026 needed a make-up day.
OFFICIAL_TET: dict[int, tuple[date, date]] = {
    2016: (date(2016, 2, 6), date(2016, 2, 14)),
    2017: (date(2017, 1, 26), date(2017, 2, 1)),
    2018: (date(2018, 2, 14), date(2018, 2, 20)),
    2019: (date(2019, 2, 2), date(2019, 2, 10)),
    2020: (date(2020, 1, 23), date(2020, 1, 29)),
    2021: (date(2021, 2, 10), date(2021, 2, 16)),
    2022: (date(2022, 1, 29), date(2022, 2, 6)),
    2023: (date(2023, 1, 20), date(2023, 1, 26)),
    2024: (date(2024, 2, 8), date(2024, 2, 14)),
    2025: (date(2025, 1, 25), date(2025, 2, 2)),
    2026: (date(2026, 2, 14), date(2026, 2, 22)),
}

# Swapped days off and the Saturdays worked for them.
SWAPS: dict[int, list[tuple[date, date]]] = {
    2016: [],
    2017: [],
    2018: [(date(2018, 12, 31), date(2019, 1, 5))],
    2019: [(date(2019, 4, 29), date(2019, 5, 4))],
    2020: [],
    2021: [],
    2022: [],
    2023: [],
    2024: [(date(2024, 4, 29), date(2024, 5, 4))],
    2025: [(date(2025, 5, 2), date(2025, 4, 26))],
    2026: [(date(2026, 1, 2), date(2026, 1, 10)), (date(2026, 8, 31), date(2026, 8, 22))],
}


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def test_the_shipped_calendar_loads_without_warnings(calendar: WorkingCalendar) -> None:
    assert calendar.warnings == []
    assert calendar.years_configured >= set(range(2016, 2027))


@pytest.mark.parametrize("year", sorted(OFFICIAL_TET))
def test_official_tet_break_for_civil_servants(calendar: WorkingCalendar, year: int) -> None:
    first, last = OFFICIAL_TET[year]
    assert all(not calendar.is_working_day(d) for d in _days(first, last))
    # The break is exactly that: the day before and the day after are worked.
    assert calendar.is_working_day(first - timedelta(days=1))
    assert calendar.is_working_day(last + timedelta(days=1))
    listed = {d for d, _ in calendar.days_off(year)}
    weekdays = {d for d in _days(first, last) if d.weekday() < 5}
    assert weekdays <= listed
    assert len(weekdays) == 5  # Tết is five working days off (Labour Code)


@pytest.mark.parametrize("year", sorted(SWAPS))
def test_make_up_saturdays_are_working_days(calendar: WorkingCalendar, year: int) -> None:
    make_up = [d for d, _ in calendar.make_up_days(year)]
    assert make_up == sorted(m for swaps in SWAPS.values() for _, m in swaps if m.year == year)
    for day_off, worked in SWAPS[year]:
        assert worked.weekday() == 5
        assert calendar.is_working_day(worked)
        assert not calendar.is_working_day(day_off)


def test_the_seed_counts_from_the_day_before_tet(calendar: WorkingCalendar) -> None:
    assert calendar.add_working_days(date(2017, 1, 25), 1) == date(2017, 2, 2)
    assert calendar.add_working_days(date(2017, 1, 25), 30) == date(2017, 3, 15)
    assert calendar.add_working_days(date(2017, 1, 25), 0) == date(2017, 1, 25)
    assert calendar.working_days_between(date(2017, 1, 25), date(2017, 2, 2)) == 1
    assert calendar.working_days_between(date(2017, 2, 2), date(2017, 1, 25)) == -1
    assert calendar.subtract_working_days(date(2017, 2, 2), 1) == date(2017, 1, 25)


def test_a_day_off_as_last_day_rolls_to_the_next_working_day(calendar: WorkingCalendar) -> None:
    assert calendar.roll_forward(date(2017, 1, 28)) == date(2017, 2, 2)  # Tết
    assert calendar.roll_forward(date(2017, 4, 30)) == date(2017, 5, 3)  # 30/4, 1/5, 2/5 off
    assert calendar.roll_forward(date(2017, 3, 15)) == date(2017, 3, 15)
    assert calendar.roll_forward(date(2019, 5, 4)) == date(2019, 5, 4)  # a make-up Saturday
    assert calendar.roll_back(date(2017, 1, 29)) == date(2017, 1, 25)


def test_days_off_name_the_reason_in_vietnamese(calendar: WorkingCalendar) -> None:
    reasons = dict(calendar.days_off(2017))
    assert reasons[date(2017, 4, 6)] == "Ngày Giỗ Tổ Hùng Vương"
    assert "Tết" in reasons[date(2017, 1, 30)]
    assert reasons[date(2017, 9, 4)] == "Quốc khánh (nghỉ bù)"
    reasons_2026 = dict(calendar.days_off(2026))
    assert "làm bù thứ Bảy 10/01/2026" in reasons_2026[date(2026, 1, 2)]
    # A swap the package knows and the file lists is one day off, not two.
    assert [d for d, _ in calendar.days_off(2024)].count(date(2024, 4, 29)) == 1


@pytest.mark.parametrize(
    ("kind", "kwargs", "expected"),
    [
        (DeadlineKind.NO_LATER_THAN, {"day": date(2017, 6, 30)}, date(2017, 6, 30)),
        (DeadlineKind.NO_LATER_THAN, {"day": date(2017, 4, 30)}, date(2017, 5, 3)),
        (DeadlineKind.BEFORE, {"day": date(2017, 6, 30)}, date(2017, 6, 29)),
        (DeadlineKind.BEFORE, {"day": date(2017, 2, 2)}, date(2017, 1, 25)),
        (DeadlineKind.QUARTER, {"year": 2017, "quarter": 2}, date(2017, 6, 30)),
        (DeadlineKind.QUARTER, {"year": 2017, "quarter": 3}, date(2017, 10, 2)),
        (DeadlineKind.HALF_YEAR, {"year": 2018, "half": 1}, date(2018, 7, 2)),
        (DeadlineKind.HALF_YEAR, {"year": 2017, "half": 2}, date(2018, 1, 2)),
        (
            DeadlineKind.YEARLY,
            {"day": date(2000, 12, 15), "received_on": date(2017, 1, 25)},
            date(2017, 12, 14),
        ),
        (
            DeadlineKind.YEARLY,
            {"day": date(2000, 1, 10), "received_on": date(2017, 1, 25)},
            date(2018, 1, 9),
        ),
        (
            DeadlineKind.WORKING_DAYS,
            {"count": 5, "received_on": date(2017, 1, 25)},
            date(2017, 2, 8),
        ),
        (DeadlineKind.ONGOING, {}, None),
    ],
)
def test_deadline_phrases_resolve(
    calendar: WorkingCalendar, kind: DeadlineKind, kwargs: dict[str, object], expected: date | None
) -> None:
    assert calendar.resolve(kind, **kwargs) == expected  # type: ignore[arg-type]


def test_period_helpers() -> None:
    assert end_of_quarter(2017, 1) == date(2017, 3, 31)
    assert end_of_quarter(2016, 4) == date(2016, 12, 31)
    assert end_of_half_year(2017) == date(2017, 6, 30)
    assert next_yearly(date(2000, 2, 29), date(2017, 1, 1)) == date(2017, 2, 28)
    with pytest.raises(ValueError):
        end_of_quarter(2017, 5)


def test_doubtful_calendar_files_load_with_warnings(tmp_path: Path) -> None:
    path = tmp_path / "calendar.yaml"
    path.write_text(
        "years:\n"
        "  2030:\n"
        "    days_off: [2030-05-02, '2030-05-02: Nghỉ hoán đổi']\n"
        "    make_up_days: [2030-05-08]\n",
        encoding="utf-8",
    )
    calendar = load_calendar(path)
    text = "\n".join(calendar.warnings)
    assert "Năm 2030: chưa có ngày nghỉ Tết Nguyên đán (mục tet)" in text
    assert "ngày 02/05/2030 được ghi hai lần" in text
    assert "Ngày làm bù 08/05/2030 không phải thứ Bảy hoặc Chủ nhật" in text
    assert not calendar.is_working_day(date(2030, 5, 2))


def test_a_tet_list_shorter_than_the_package_is_flagged(tmp_path: Path) -> None:
    path = tmp_path / "calendar.yaml"
    path.write_text("years:\n  2017:\n    tet: [2017-01-26, 2017-01-27]\n", encoding="utf-8")
    calendar = load_calendar(path)
    assert any("30/01/2017" in w for w in calendar.warnings)


def test_a_malformed_date_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "calendar.yaml"
    path.write_text("years:\n  2017:\n    tet: [26/01/2017]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a date"):
        load_calendar(path)


def test_cli_add_working_days_and_days_off() -> None:
    from directives.cli.calendar import calendar_app

    runner = CliRunner()
    result = runner.invoke(calendar_app, ["add-working-days", "2017-01-25", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "2017-02-02"
    assert "Thứ Năm, 02/02/2017" in result.output

    result = runner.invoke(calendar_app, ["add-working-days", "25/01/2017", "30"])
    assert result.output.splitlines()[0] == "2017-03-15"

    result = runner.invoke(calendar_app, ["days-off", "2019"])
    assert result.exit_code == 0, result.output
    assert "2019-04-29" in result.output
    assert "Ngày làm bù:" in result.output
    assert "2019-05-04  Thứ Bảy, 04/05/2019" in result.output

    result = runner.invoke(calendar_app, ["add-working-days", "tomorrow", "1"])
    assert result.exit_code != 0

    # a year config/calendar.yaml does not list: said in Vietnamese, on stderr
    result = runner.invoke(calendar_app, ["days-off", "2031"])
    assert result.exit_code == 0, result.output
    assert "Cảnh báo: năm 2031 chưa có trong calendar.yaml" in result.stderr
    assert "warning" not in result.output


@given(
    start=st.dates(min_value=date(2016, 1, 1), max_value=date(2026, 10, 31)),
    count=st.integers(min_value=0, max_value=60),
)
@settings(max_examples=200, deadline=None)
def test_working_day_arithmetic_is_consistent(start: date, count: int) -> None:
    calendar = _CALENDAR
    end = calendar.add_working_days(start, count)
    assert calendar.working_days_between(start, end) == count
    if count:
        assert calendar.is_working_day(end)
        assert calendar.subtract_working_days(end, count) == calendar.roll_back(start)
    rolled = calendar.roll_forward(start)
    assert calendar.is_working_day(rolled) and calendar.roll_forward(rolled) == rolled
    assert all(
        not calendar.is_working_day(start + timedelta(days=i)) for i in range((rolled - start).days)
    )


_CALENDAR = load_calendar(Path(__file__).resolve().parent.parent / "config" / "calendar.yaml")


@given(
    start=st.dates(min_value=date(2016, 1, 1), max_value=date(2026, 10, 31)),
    counts=st.lists(st.integers(min_value=0, max_value=90), max_size=12),
)
@settings(max_examples=100, deadline=None)
def test_many_counts_in_one_walk_are_each_counted_alone(start: date, counts: list[int]) -> None:
    after = _CALENDAR.working_days_after(start, counts)
    assert after == {n: _CALENDAR.add_working_days(start, n) for n in counts}


def test_periods_past_the_calendar_are_refused_in_vietnamese() -> None:
    from directives.errors import InvalidInput

    calendar = _CALENDAR
    with pytest.raises(InvalidInput) as info:
        calendar.add_working_days(date(2017, 1, 1), 100_000_000)
    assert "vượt quá giới hạn" in info.value.message_vi
    with pytest.raises(InvalidInput) as info:
        calendar.roll_forward(date(9999, 12, 31))
    assert "31/12/9999" in info.value.message_vi and "phạm vi" in info.value.message_vi
    with pytest.raises(InvalidInput):
        calendar.add_working_days(date(2300, 12, 1), 60)
    assert calendar.add_working_days(date(2017, 1, 1), 10_000) == date(2057, 2, 21)
    with pytest.raises(InvalidInput) as info:
        calendar.working_days_after(date(2017, 1, 1), [2, 100_000_000])
    assert "vượt quá giới hạn" in info.value.message_vi


def test_the_precomputed_holidays_are_the_packages() -> None:
    """The table a flow run reads instead of importing ``holidays`` is what the pinned
    package gives, year by year (regenerate it with ``python -m directives.holiday_table``
    after upgrading the package)."""
    from directives import holiday_table

    stored = json.loads(holiday_table.TABLE.read_text(encoding="utf-8"))
    assert stored["holidays"] == holiday_table.package_version()
    assert sorted(map(int, stored["years"])) == list(holiday_table.TABLE_YEARS)
    for year in holiday_table.TABLE_YEARS:
        assert holiday_table.PublicHolidays().of_year(year) == holiday_table.package_year(year)


def test_a_year_outside_the_table_comes_from_the_package() -> None:
    from directives import holiday_table

    year = holiday_table.TABLE_YEARS.stop + 7
    days = holiday_table.PublicHolidays()
    assert days.of_year(year) == holiday_table.package_year(year)
    assert date(year, 9, 2) in days and days.get(date(year, 9, 2)) == "Quốc khánh"
