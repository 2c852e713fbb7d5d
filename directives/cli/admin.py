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
from directives.cli.common import AsPerson, PersonId, change, console, refusals, send_outbox
from directives.cli.typer_vi import Typer
from directives.db import make_engine, session_factory
from directives.org import load_org
from directives.reminders import SweepResult, load_policy, sweep
from directives.runtime import Runtime, runtime
from directives.settings import get_settings

PANEL = "Quản trị"
app = Typer(help="Quản trị: cơ sở dữ liệu, đường dẫn đăng nhập, quyền truy cập, nhắc việc.")
person_app = Typer(help="Quyền truy cập cổng thông tin của cán bộ.", no_args_is_help=True)
app.add_typer(person_app, name="person", rich_help_panel=PANEL)


def _set_disabled(person_id: str, admin: str, *, disabled: bool) -> int:
    from directives import access
    from directives.store import person as lookup

    def work(session: Session, rt: Runtime) -> int:
        return access.set_disabled(session, person_id, by=lookup(rt.ws, admin), disabled=disabled)

    return change(work)


@person_app.command("disable")
def person_disable(person: PersonId, admin: AsPerson) -> None:
    """Khóa ngay tài khoản của cán bộ: phiên làm việc, đường dẫn đăng nhập hết hiệu lực."""
    ended = _set_disabled(person, admin, disabled=True)
    console.print(f"Đã khóa tài khoản {person}; {ended} phiên làm việc đã bị chấm dứt.")


@person_app.command("enable")
def person_enable(person: PersonId, admin: AsPerson) -> None:
    """Mở khóa để cán bộ đăng nhập lại (bằng đường dẫn đăng nhập mới)."""
    _set_disabled(person, admin, disabled=False)
    console.print(f"Đã mở khóa tài khoản {person}.")


@app.command(rich_help_panel=PANEL)
def remind(
    now: Annotated[
        str | None,
        typer.Option(
            help="Rà soát như tại thời điểm này, dạng YYYY-MM-DDTHH:MM "
            "(giờ địa phương nếu không ghi múi giờ)."
        ),
    ] = None,
) -> None:
    """Rà soát nhắc việc một lần và gửi các tin nhắn đến hạn."""
    remind_command(now)
    send_outbox(runtime())


@app.command("login-link", rich_help_panel=PANEL)
def login_link(person: PersonId) -> None:
    """In đường dẫn đăng nhập cổng thông tin của cán bộ (quản trị viên chuyển cho cán bộ)."""
    from directives.portal.auth import make_login_token

    settings = get_settings()
    rt = runtime()
    with refusals():
        from directives.store import person as lookup

        lookup(rt.ws, person)
    console.print(f"{settings.portal.url}/dang-nhap/{make_login_token(settings, person)}")


@app.command(rich_help_panel=PANEL)
def migrate() -> None:
    """Tạo mới hoặc nâng cấp cấu trúc cơ sở dữ liệu của hệ thống."""
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
        raise typer.BadParameter(
            f"«{text}» không phải là thời điểm hợp lệ; đề nghị ghi theo dạng YYYY-MM-DDTHH:MM "
            "(ví dụ 2017-03-06T08:00)",
            param_hint="--now",
        ) from exc
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
