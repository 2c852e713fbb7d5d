"""CLI for the working calendar and the reminder sweep.

``calendar_app`` is mounted by the main CLI as ``directives calendar``;
``remind_command`` backs ``directives remind [--now ISO-DATETIME]``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import typer

from directives.calendar import WorkingCalendar, load_calendar
from directives.db import make_engine, session_factory
from directives.org import load_org
from directives.reminders import SweepResult, load_policy, sweep
from directives.settings import get_settings

calendar_app = typer.Typer(
    help="Working calendar: days off, make-up days, working-day arithmetic.",
    no_args_is_help=True,
)

WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def vn_day(day: date) -> str:
    return f"{WEEKDAYS_VI[day.weekday()]}, {day.strftime('%d/%m/%Y')}"


def _calendar() -> WorkingCalendar:
    calendar = load_calendar(get_settings().calendar_file)
    for warning in calendar.warnings:
        typer.echo(f"warning: {warning}", err=True)
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
    calendar = _calendar()
    day = _parse_day(start)
    result = calendar.add_working_days(day, count)
    typer.echo(result.isoformat())
    typer.echo(
        f"{count} ngày làm việc kể từ {vn_day(day)} (không tính ngày bắt đầu): {vn_day(result)}"
    )


@calendar_app.command("days-off")
def days_off(year: int = typer.Argument(..., help="Year, e.g. 2017.")) -> None:
    """Public holidays, announced days off and make-up working days of YEAR."""
    calendar = _calendar()
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
            f"warning: {year} has no entry in {get_settings().calendar_file.name}: "
            "Tết days off and make-up days are the holidays package's guess",
            err=True,
        )


def _parse_now(text: str | None, tz: ZoneInfo) -> datetime:
    if text is None:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise typer.BadParameter(f"{text!r} is not an ISO datetime") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)  # a bare time is local time
    return moment


def remind_command(now: str | None = None) -> SweepResult:
    """Run the reminder sweep once at ``now`` (ISO; local time if no offset) and print it."""
    settings = get_settings()
    policy = load_policy(settings.reminder_policy_file)
    tz = policy.zone(settings.workflow.timezone)
    moment = _parse_now(now, tz)
    org = load_org(settings.org_file)
    calendar = _calendar()
    engine = make_engine(settings.db_url)
    try:
        with session_factory(engine).begin() as session:
            result = sweep(session, moment, org, policy, calendar, settings)
    finally:
        engine.dispose()
    local = moment.astimezone(tz)
    if not result.allowed:
        typer.echo(
            f"{local.isoformat(timespec='minutes')}: not a sending moment "
            "(day off, before the send time or quiet hours); nothing sent"
        )
        return result
    typer.echo(
        f"{local.isoformat(timespec='minutes')}: {result.sent} reminder(s) due, "
        f"{len(result.digests)} digest(s), {result.notifications} message(s) queued, "
        f"{result.cancelled} cancelled"
    )
    for digest in result.digests:
        typer.echo(
            f"  {digest.recipient_id} ({digest.recipient_name}): "
            f"{', '.join(digest.action_codes)} -> {digest.notifications} message(s)"
        )
    return result
