"""``directives calendar``: days off, make-up days and working-day arithmetic."""

from __future__ import annotations

from datetime import date

import typer

from directives.calendar import WorkingCalendar, load_calendar
from directives.cli.common import DAY_FORMAT, parse_date, refusals
from directives.cli.typer_vi import Typer
from directives.settings import get_settings

calendar_app = Typer(
    help="Lịch làm việc: ngày nghỉ, ngày làm bù, tính ngày làm việc.",
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


@calendar_app.command("add-working-days")
def add_working_days(
    start: str = typer.Argument(
        ..., metavar="NGÀY", help=f"Ngày bắt đầu (không tính), {DAY_FORMAT}."
    ),
    count: int = typer.Argument(..., min=0, metavar="SỐ_NGÀY", help="Số ngày làm việc."),
) -> None:
    """Ngày làm việc thứ SỐ_NGÀY sau NGÀY (Điều 147, 148 Bộ luật Dân sự)."""
    calendar = load_working_calendar()
    day = parse_date(start, "NGÀY")
    with refusals():
        result = calendar.add_working_days(day, count)
    typer.echo(result.isoformat())
    typer.echo(
        f"{count} ngày làm việc kể từ {vn_day(day)} (không tính ngày bắt đầu): {vn_day(result)}"
    )


@calendar_app.command("days-off")
def days_off(year: int = typer.Argument(..., metavar="NĂM", help="Năm, ví dụ 2017.")) -> None:
    """Ngày nghỉ lễ, Tết, ngày nghỉ theo thông báo và ngày làm bù của NĂM."""
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
