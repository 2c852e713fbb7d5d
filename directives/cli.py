"""The ``directives`` command: everything the portal does, for admins and scripts.

Refusals print the Vietnamese message for the user and exit non-zero, having
changed nothing.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.orm import Session

from directives.cli_calendar import calendar_app, remind_command
from directives.errors import DirectivesError, NotFound, PermissionDenied
from directives.runtime import Runtime, runtime
from directives.settings import get_settings

app = typer.Typer(
    help="Directives: turn an official directive into a tracked remediation chain.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(calendar_app, name="calendar")
evidence_app = typer.Typer(help="Evidence (tài liệu kiểm chứng).", no_args_is_help=True)
audit_app = typer.Typer(help="The audit trail.", no_args_is_help=True)
app.add_typer(evidence_app, name="evidence")
app.add_typer(audit_app, name="audit")

console = Console()
err_console = Console(stderr=True)
log = logging.getLogger("directives.cli")
T = TypeVar("T")

AsPerson = Annotated[str, typer.Option("--as", help="Who acts: a person id of the org directory.")]


class Decision(StrEnum):
    approve = "approve"
    reject = "reject"


def _fail(err: DirectivesError) -> typer.Exit:
    log.info("refused: %s", err)
    err_console.print(f"[red]Lỗi:[/red] {err.message_vi}")
    code = 3 if isinstance(err, PermissionDenied) else 4 if isinstance(err, NotFound) else 1
    return typer.Exit(code)


@contextmanager
def _refusals() -> Iterator[None]:
    try:
        yield
    except DirectivesError as err:
        raise _fail(err) from None


def _parse_date(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise typer.BadParameter(f"{text!r}: dùng dạng YYYY-MM-DD hoặc DD/MM/YYYY")


def _change(work: Callable[[Session, Runtime], T]) -> T:
    """Run one core operation in a transaction, then send what it queued (best effort)."""
    rt = runtime()
    with _refusals(), rt.sessions.begin() as session:
        result = work(session, rt)
    _send_outbox(rt)
    return result


def _send_outbox(rt: Runtime) -> None:
    from directives.notify.dispatch import dispatch_pending

    try:
        dispatch_pending(rt.sessions, rt.ws.settings)
    except Exception:  # the reminder-sweep deployment retries what is left
        log.warning("outbox dispatch failed; the sweep will retry", exc_info=True)


# Intake ----------------------------------------------------------------------


@app.command()
def parse(
    file: Annotated[Path, typer.Argument(help="The directive: .txt, .md, .docx or .pdf.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON.")] = False,
) -> None:
    """Read a directive and print what was found in it (nothing is stored)."""
    from directives.calendar import load_calendar
    from directives.intake import read_document
    from directives.org import load_org
    from directives.parser import parse_bytes

    settings = get_settings()
    with _refusals():
        record = parse_bytes(
            read_document(file),
            file.name,
            load_org(settings.org_file),
            load_calendar(settings.calendar_file),
        )
    if as_json:
        sys.stdout.write(record.model_dump_json(indent=2) + "\n")
        return
    console.print(f"[bold]{record.document_type or '?'} số {record.number or '?'}[/bold]")
    console.print(f"{record.issuer or '?'}, {record.place or '?'}, ngày {record.issued_on or '?'}")
    console.print(f"V/v: {record.subject or '—'}")
    table = Table("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn")
    for item in record.actions:
        table.add_row(
            str(item.seq),
            item.text,
            item.lead_unit or "",
            ", ".join(item.coordinating_units),
            item.deadline.isoformat() if item.deadline else (item.deadline_text or ""),
        )
    console.print(table)
    for warning in record.warnings:
        console.print(f"[yellow]Lưu ý:[/yellow] {warning}")


@app.command()
def ingest(
    file: Annotated[Path, typer.Argument(help="The directive file.")],
    received_on: Annotated[
        str | None, typer.Option(help="Date received (default today), YYYY-MM-DD.")
    ] = None,
    no_run: Annotated[
        bool, typer.Option("--no-run", help="Store only; start no flow run.")
    ] = False,
) -> None:
    """Store a directive and start its flow run."""
    from directives.intake import ingest_file

    rt = runtime()
    received = _parse_date(received_on) if received_on else rt.ws.local_date(datetime.now(UTC))
    with _refusals():
        result = ingest_file(rt, file, received_on=received, start_run=not no_run)
    console.print(
        f"Đã tiếp nhận văn bản số {result.number} (mã {result.code}), {result.actions} nhiệm vụ."
    )
    if result.flow_run_id:
        url = f"{rt.ws.settings.prefect.ui_url}/runs/flow-run/{result.flow_run_id}"
        console.print(f"Luồng xử lý: {url}")
    elif not no_run:
        err_console.print(
            "Chưa khởi tạo được luồng xử lý trên Prefect; lượt rà soát định kỳ sẽ khởi tạo lại."
        )


# Status ------------------------------------------------------------------------


@app.command()
def status(
    number: Annotated[str | None, typer.Argument(help="Number (115/UBND-NCPC) or code.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    today: Annotated[str | None, typer.Option(help="Judge timeliness as of this date.")] = None,
) -> None:
    """Where each directive stands: actions, deadlines, timeliness."""
    from directives.status import all_statuses, directive_status

    rt = runtime()
    as_of = _parse_date(today) if today else rt.ws.local_date(datetime.now(UTC))
    with _refusals(), rt.sessions() as session:
        statuses = (
            [directive_status(session, rt.ws, number, as_of)]
            if number
            else all_statuses(session, rt.ws, as_of)
        )
    if as_json:
        payload = [s.model_dump(mode="json") for s in statuses]
        sys.stdout.write(
            json.dumps(payload[0] if number else payload, ensure_ascii=False, indent=2)
        )
        sys.stdout.write("\n")
        return
    for st in statuses:
        console.print(f"[bold]{st.number}[/bold] (mã {st.code}): {st.state_vi}")
        table = Table("Mã", "Đơn vị chủ trì", "Thời hạn", "Trạng thái", "Tiến độ")
        for a in st.actions:
            table.add_row(
                a.code,
                a.lead_unit_name,
                a.effective_deadline.isoformat() if a.effective_deadline else "—",
                a.state_vi,
                a.timeliness_vi,
            )
        console.print(table)


# Lifecycle moves --------------------------------------------------------------


@evidence_app.command("add")
def evidence_add(
    action: Annotated[str, typer.Argument(help="Action code, e.g. ABCDE-1.")],
    file: Annotated[Path, typer.Argument(help="The evidence file.")],
    person: AsPerson,
    doc_number: Annotated[str | None, typer.Option(help="The document's own number.")] = None,
    doc_date: Annotated[str | None, typer.Option(help="The document's date.")] = None,
    period: Annotated[str | None, typer.Option(help="The period it covers.")] = None,
    criterion: Annotated[str | None, typer.Option(help="Reform criterion it supports.")] = None,
    note: Annotated[str | None, typer.Option(help="A note.")] = None,
    submit: Annotated[bool, typer.Option(help="Submit for review at once.")] = True,
) -> None:
    """Upload evidence for an action (a member of its lead unit) and submit it."""
    from sqlalchemy import select

    from directives import store
    from directives.db import Evidence

    rt = runtime()
    with _refusals():
        if not file.is_file():
            raise NotFound(f"no file {file}", f"Không tìm thấy tệp {file}.")
        with file.open("rb") as fh:
            stored = rt.ws.evidence.put(fh)
    meta = store.EvidenceMeta(
        original_name=file.name,
        doc_number=doc_number,
        doc_date=_parse_date(doc_date) if doc_date else None,
        period=period,
        criterion=criterion,
        note=note,
    )

    def work(session: Session, rt: Runtime) -> int:
        item = store.add_evidence(session, rt.ws, action, person, stored, meta)
        if submit:
            store.submit(session, rt.ws, action, person)
        return item.id

    try:
        evidence_id = _change(work)
    except BaseException:
        with rt.sessions() as session:
            shas = session.scalars(select(Evidence.sha256).where(Evidence.sha256 == stored.sha256))
            rt.ws.evidence.discard_unless(stored.sha256, list(shas))
        raise
    console.print(f"Đã lưu tài liệu {evidence_id} ({stored.sha256[:12]}) cho nhiệm vụ {action}.")


@app.command("submit")
def submit_cmd(action: str, person: AsPerson) -> None:
    """Submit an action's new evidence for review."""
    from directives import store

    _change(lambda s, rt: store.submit(s, rt.ws, action, person))
    console.print(f"Đã nộp nhiệm vụ {action} để thẩm định.")


@app.command()
def review(
    action: str,
    decision: Decision,
    person: AsPerson,
    comment: Annotated[str | None, typer.Option(help="The reviewer's comment.")] = None,
) -> None:
    """An inspector approves or rejects an action's evidence."""
    from directives import store

    approve = decision == Decision.approve
    _change(lambda s, rt: store.review(s, rt.ws, action, person, approve=approve, comment=comment))
    console.print(f"Nhiệm vụ {action}: {'đã chấp thuận' if approve else 'đã trả lại'}.")


@app.command()
def reopen(
    action: str,
    person: AsPerson,
    reason: Annotated[str, typer.Option(help="Why it is reopened.")],
) -> None:
    """An inspector reopens an approved action."""
    from directives import store

    _change(lambda s, rt: store.reopen(s, rt.ws, action, person, reason=reason))
    console.print(f"Đã mở lại nhiệm vụ {action}.")


@app.command()
def extend(
    action: str,
    until: Annotated[str, typer.Option(help="The deadline asked for.")],
    person: AsPerson,
    reason: Annotated[str, typer.Option(help="Why more time is needed.")],
) -> None:
    """The lead unit asks for a later deadline."""
    from directives import store

    new = _parse_date(until)
    _change(
        lambda s, rt: store.request_extension(s, rt.ws, action, person, until=new, reason=reason)
    )
    console.print(f"Đã gửi đề nghị gia hạn nhiệm vụ {action} đến ngày {new:%d/%m/%Y}.")


@app.command("extend-decide")
def extend_decide(
    action: str,
    decision: Decision,
    person: AsPerson,
    comment: Annotated[str | None, typer.Option()] = None,
) -> None:
    """An inspector decides a pending extension request."""
    from directives import store

    approve = decision == Decision.approve
    _change(
        lambda s, rt: store.decide_extension(
            s, rt.ws, action, person, approve=approve, comment=comment
        )
    )
    console.print(
        f"Đề nghị gia hạn nhiệm vụ {action}: {'chấp thuận' if approve else 'không chấp thuận'}."
    )


@app.command()
def reassign(
    action: str,
    unit: Annotated[str, typer.Option(help="The new lead unit (id or name).")],
    person: AsPerson,
) -> None:
    """An admin gives an action to another lead unit."""
    from directives import store

    _change(lambda s, rt: store.reassign(s, rt.ws, action, person, unit_id=unit))
    console.print(f"Đã giao lại nhiệm vụ {action}.")


@app.command()
def signoff(
    number: str,
    person: AsPerson,
    refuse: Annotated[bool, typer.Option("--refuse", help="Refuse to sign.")] = False,
    comment: Annotated[str | None, typer.Option()] = None,
) -> None:
    """The inspection team signs a directive off (or refuses, with a comment)."""
    from directives import store

    outcome = _change(
        lambda s, rt: store.sign_off(s, rt.ws, number, person, refuse=refuse, comment=comment)
    )
    rt = runtime()
    if refuse:
        console.print(f"Đã ghi nhận ý kiến chưa ký xác nhận văn bản {outcome.number}.")
    elif not outcome.closed:
        console.print(f"Đã ký; cần {outcome.needed} chữ ký, hiện có {outcome.signatures}.")
    else:
        console.print(f"Văn bản {outcome.number} đã được ký xác nhận hoàn thành.")
    if refuse or outcome.closed:
        _resume(rt, outcome.directive_id, person, outcome.round, comment)


def _resume(rt: Runtime, directive_id: int, person: str, round_: int, comment: str | None) -> None:
    from directives import orchestration, store

    with rt.sessions() as session:
        directive = store.get_directive(session, directive_id)
        run_id, number = directive.flow_run_id, directive.number
    if not run_id:
        return
    try:
        orchestration.resume_signoff(
            run_id,
            orchestration.SignOff(number=number, round=round_, signed_by=person, comment=comment),
        )
    except Exception:
        log.warning("could not resume flow run %s; the sweep will", run_id, exc_info=True)
        err_console.print("Chưa tiếp tục được luồng xử lý; lượt rà soát định kỳ sẽ thực hiện lại.")


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the audit chain; name every edited, inserted or deleted row."""
    from sqlalchemy import func, select

    from directives import audit
    from directives.db import AuditEvent

    rt = runtime()
    with rt.sessions() as session:
        problems = audit.verify(session)
        total = session.scalar(select(func.count(AuditEvent.id)))
    if problems:
        for problem in problems:
            err_console.print(f"[red]{problem}[/red]")
        raise typer.Exit(1)
    console.print(f"Audit chain intact: {total} events verified.")


@app.command()
def remind(
    now: Annotated[
        str | None, typer.Option(help="Run as if at this ISO datetime (local time if no offset).")
    ] = None,
) -> None:
    """Run the reminder sweep once and send what it queued."""
    remind_command(now)
    _send_outbox(runtime())


@app.command("login-link")
def login_link(person: Annotated[str, typer.Argument(help="Person id.")]) -> None:
    """Print a portal sign-in link for a person (admins hand it out)."""
    from directives.portal.auth import make_login_token

    settings = get_settings()
    rt = runtime()
    with _refusals():
        from directives.store import person as lookup

        lookup(rt.ws, person)
    console.print(f"{settings.portal.url}/dang-nhap/{make_login_token(settings, person)}")


# Running ---------------------------------------------------------------------


@app.command()
def migrate() -> None:
    """Create or upgrade the app database's schema."""
    from directives.db import migrate as run

    settings = get_settings()
    run(settings.db_url)
    console.print(f"Schema up to date: {settings.db_url}")


@app.command()
def demo(
    keep: Annotated[
        bool, typer.Option("--keep", help="Leave the server and portal running.")
    ] = False,
) -> None:
    """Run the seed directive end to end on the embedded default."""
    from directives.local.demo import run_demo

    raise typer.Exit(run_demo(keep=keep))


@app.command()
def serve() -> None:
    """Run the embedded default (Prefect server, deployments, portal, mail catcher) until Ctrl-C."""
    from directives.local.demo import serve_forever

    serve_forever()


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


@app.command()
def stop() -> None:
    """Stop a stack left running by ``demo --keep``."""
    from directives.local.stack import stop_from_pid_file

    stopped = stop_from_pid_file(get_settings())
    console.print("Stopped: " + (", ".join(stopped) if stopped else "nothing was running"))
