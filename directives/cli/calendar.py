"""``directives calendar``: days off, make-up days and working-day arithmetic."""

from __future__ import annotations

from datetime import date, datetime

import typer

from directives.calendar import WorkingCalendar, load_calendar
from directives.cli.common import refusals
from directives.settings import get_settings

calendar_app = typer.Typer(
    help="Working calendar: days off, make-up days, working-day arithmetic.",
    no_args_is_help=True,
)

WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def vn_day(day: date) -> str:
    return f"{WEEKDAYS_VI[day.weekday()]}, {day.strftime('%d/%m/%Y')}"


def load_working_calendar() -> WorkingCalendar:
    calendar = load_calendar(get_settings().calendar_file)
    for warning in calendar.warnings:
        typer.echo(f"Cảnh báo (lịch làm việc): {warning}", err=True)
    return calendar


def _parse_day(text: str) -> date:
    for parse in (date.fromisoformat, lambda t: datetime.strptime(t, "%d/%m/%Y").date()):
        try:
            return parse(text)
        except ValueError:
            continue
    raise typer.BadParameter(f"{text!r} is not a date (YYYY-MM-DD or DD/MM/YYYY)")


@calendar_app.command("add-working-days")
def add_working_days(
    start: str = typer.Argument(..., help="Start date, YYYY-MM-DD or DD/MM/YYYY (not counted)."),
    count: int = typer.Argument(..., min=0, help="Number of working days."),
) -> None:
    """The date COUNT working days after START (Civil Code arts. 147-148)."""
    calendar = load_working_calendar()
    day = _parse_day(start)
    with refusals():
        result = calendar.add_working_days(day, count)
    typer.echo(result.isoformat())
    typer.echo(
        f"{count} ngày làm việc kể từ {vn_day(day)} (không tính ngày bắt đầu): {vn_day(result)}"
    )


@calendar_app.command("days-off")
def days_off(year: int = typer.Argument(..., help="Year, e.g. 2017.")) -> None:
    """Public holidays, announced days off and make-up working days of YEAR."""
    calendar = load_working_calendar()
    entries = calendar.days_off(year)
    typer.echo(f"Ngày nghỉ năm {year} (cán bộ, công chức, viên chức):")
    for day, reason in entries:
        weekend = " (trùng ngày nghỉ hằng tuần)" if day.weekday() >= 5 else ""
        typer.echo(f"  {day.isoformat()}  {vn_day(day):<22} {reason}{weekend}")
    weekdays_off = sum(1 for day, _ in entries if day.weekday() < 5)
    typer.echo(f"Tổng số ngày nghỉ trùng ngày làm việc: {weekdays_off}")
    make_up = calendar.make_up_days(year)
    if make_up:
        typer.echo("Ngày làm bù:")
        for day, reason in make_up:
            typer.echo(f"  {day.isoformat()}  {vn_day(day):<22} {reason}")
    if year not in calendar.years_configured:
        typer.echo(
            f"Cảnh báo: năm {year} chưa có trong {get_settings().calendar_file.name}; "
            "ngày nghỉ Tết và ngày làm bù là ước tính theo lịch chuẩn, cần đối chiếu thông báo "
            "chính thức.",
            err=True,
        )
