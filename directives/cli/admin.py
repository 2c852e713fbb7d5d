"""Admin commands: ``migrate``, ``login-link``, ``person disable|enable``, ``remind``
(``audit verify`` is in integrity)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated
from zoneinfo import ZoneInfo

import typer
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from directives.audit import AuditSeal
from directives.cli.calendar import load_working_calendar
from directives.cli.common import AsPerson, change, console, refusals, send_outbox
from directives.db import make_engine, session_factory
from directives.org import load_org
from directives.reminders import SweepResult, load_policy, sweep
from directives.runtime import Runtime, runtime
from directives.settings import get_settings

PANEL = "Admin"
app = typer.Typer(help="Administration: schema, sign-in links, people's access, reminders.")
person_app = typer.Typer(help="People's access to the portal.", no_args_is_help=True)
app.add_typer(person_app, name="person", rich_help_panel=PANEL)


def _set_disabled(person_id: str, admin: str, *, disabled: bool) -> int:
    from directives import access
    from directives.store import person as lookup

    def work(session: Session, rt: Runtime) -> int:
        return access.set_disabled(session, person_id, by=lookup(rt.ws, admin), disabled=disabled)

    return change(work)


@person_app.command("disable")
def person_disable(
    person: Annotated[str, typer.Argument(help="Person id.")], admin: AsPerson
) -> None:
    """Shut a person out of the portal at once: their sessions and sign-in links end."""
    ended = _set_disabled(person, admin, disabled=True)
    console.print(f"Đã khóa tài khoản {person}; {ended} phiên làm việc đã bị chấm dứt.")


@person_app.command("enable")
def person_enable(
    person: Annotated[str, typer.Argument(help="Person id.")], admin: AsPerson
) -> None:
    """Let a disabled person sign in again (with a new link)."""
    _set_disabled(person, admin, disabled=False)
    console.print(f"Đã mở khóa tài khoản {person}.")


@app.command(rich_help_panel=PANEL)
def remind(
    now: Annotated[
        str | None, typer.Option(help="Run as if at this ISO datetime (local time if no offset).")
    ] = None,
) -> None:
    """Run the reminder sweep once and send what it queued."""
    remind_command(now)
    send_outbox(runtime())


@app.command("login-link", rich_help_panel=PANEL)
def login_link(person: Annotated[str, typer.Argument(help="Person id.")]) -> None:
    """Print a portal sign-in link for a person (admins hand it out)."""
    from directives.portal.auth import make_login_token

    settings = get_settings()
    rt = runtime()
    with refusals():
        from directives.store import person as lookup

        lookup(rt.ws, person)
    console.print(f"{settings.portal.url}/dang-nhap/{make_login_token(settings, person)}")


@app.command(rich_help_panel=PANEL)
def migrate() -> None:
    """Create or upgrade the app database's schema."""
    from directives.db import migrate as run

    settings = get_settings()
    run(settings.db_url)
    # (the URL as a log would show it: a PostgreSQL password is no one's to read off a screen)
    where = make_url(settings.db_url).render_as_string(hide_password=True)
    console.print(f"Cơ sở dữ liệu đã được cập nhật lên phiên bản cấu trúc mới nhất: {where}")


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
    calendar = load_working_calendar()
    engine = make_engine(settings.db_url)
    try:
        seal = AuditSeal.from_settings(settings).session_info()
        with session_factory(engine, info=seal).begin() as session:
            result = sweep(session, moment, org, policy, calendar, settings)
    finally:
        engine.dispose()
    when = moment.astimezone(tz).strftime("%H:%M %d/%m/%Y")
    if not result.allowed:
        typer.echo(
            f"{when}: không phải thời điểm gửi nhắc việc (ngày nghỉ, trước giờ gửi hoặc "
            "trong khung giờ không làm phiền); không gửi tin nào"
        )
        return result
    typer.echo(
        f"{when}: {result.sent} lời nhắc đến hạn, {len(result.digests)} bản tổng hợp, "
        f"{result.notifications} tin nhắn chờ gửi, {result.cancelled} lời nhắc đã hủy"
    )
    for digest in result.digests:
        typer.echo(
            f"  {digest.recipient_id} ({digest.recipient_name}): "
            f"{', '.join(digest.action_codes)} -> {digest.notifications} tin nhắn"
        )
    return result
