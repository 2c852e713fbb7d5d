"""Commands that move one action or directive along its life.

``evidence add``, ``evidence withdraw``, ``assign-officer``, ``submit``, ``review``,
``reopen``, ``extend``, ``extend-decide``, ``reassign``, ``signoff``: each one core operation in one
transaction, refused in Vietnamese (exit non-zero, nothing changed) when the
person may not make the move.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from directives import store
from directives.cli.common import (
    AsPerson,
    Decision,
    change,
    console,
    err_console,
    log,
    parse_date,
    refusals,
)
from directives.errors import NotFound
from directives.runtime import Runtime, runtime

PANEL = "Actions"
app = typer.Typer(help="Moves of an action: evidence, review, extensions, sign-off.")
evidence_app = typer.Typer(help="Evidence (tài liệu kiểm chứng).", no_args_is_help=True)
app.add_typer(evidence_app, name="evidence", rich_help_panel=PANEL)


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

    rt = runtime()
    with refusals():
        if not file.is_file():
            raise NotFound(f"no file {file}", f"Không tìm thấy tệp {file}.")
        with file.open("rb") as fh:
            stored = rt.ws.evidence.put(fh)
    meta = store.EvidenceMeta(
        original_name=file.name,
        doc_number=doc_number,
        doc_date=parse_date(doc_date) if doc_date else None,
        period=period,
        criterion=criterion,
        note=note,
    )

    def work(session: Session, rt: Runtime) -> int:
        item = store.add_evidence(session, rt.ws, action, person, stored, meta)
        if submit:
            store.submit(session, rt.ws, action, person)
        return item.id

    # A refusal deletes nothing: the stored file may be another row's (same bytes);
    # if no row needs it, the custody sweep collects it after the grace period.
    evidence_id = change(
        work,
        event="directives.action.submitted" if submit else "directives.evidence.uploaded",
        action=action,
    )
    console.print(f"Đã lưu tài liệu {evidence_id} ({stored.sha256[:12]}) cho nhiệm vụ {action}.")


@evidence_app.command("withdraw")
def evidence_withdraw(
    evidence_id: Annotated[int, typer.Argument(help="The evidence id (not yet submitted).")],
    person: AsPerson,
) -> None:
    """Take back an uploaded file before it is submitted (the stored bytes stay)."""
    item = change(lambda s, rt: store.withdraw_evidence(s, rt.ws, evidence_id, person))
    console.print(f"Đã rút tài liệu “{item.original_name}” (mã {evidence_id}).")


@app.command("assign-officer", rich_help_panel=PANEL)
def assign_officer(
    action: Annotated[str, typer.Argument(help="Action code, e.g. ABCDE-1.")],
    officer: Annotated[str, typer.Argument(help="The officer's person id.")],
    person: AsPerson,
    role: Annotated[
        str, typer.Option(help="xu-ly-chinh (lead), phoi-hop (support) or de-biet (watch).")
    ] = "xu-ly-chinh",
    remove: Annotated[bool, typer.Option("--remove", help="Take the officer off.")] = False,
) -> None:
    """A unit head names an officer of the unit on an action, or takes one off."""
    if remove:
        removed = change(
            lambda s, rt: store.remove_officer(s, rt.ws, action, person, person_id=officer)
        )
        console.print(
            f"Đã thôi phân công {officer} thực hiện nhiệm vụ {action}."
            if removed
            else f"{officer} không có trong danh sách cán bộ thực hiện nhiệm vụ {action}."
        )
        return
    row = change(
        lambda s, rt: store.assign_officer(s, rt.ws, action, person, person_id=officer, role=role)
    )
    named = runtime().ws.org.find_person(officer)
    console.print(
        f"Đã phân công {named.name if named else officer} thực hiện nhiệm vụ {action}, "
        f"vai trò: {store.OFFICER_ROLE_VI[row.role].lower()}."
    )


@app.command("submit", rich_help_panel=PANEL)
def submit_cmd(action: str, person: AsPerson) -> None:
    """Submit an action's new evidence for review."""
    change(
        lambda s, rt: store.submit(s, rt.ws, action, person),
        event="directives.action.submitted",
        action=action,
    )
    console.print(f"Đã nộp nhiệm vụ {action} để thẩm định.")


@app.command(rich_help_panel=PANEL)
def review(
    action: str,
    decision: Decision,
    person: AsPerson,
    comment: Annotated[str | None, typer.Option(help="The reviewer's comment.")] = None,
) -> None:
    """An inspector approves or rejects an action's evidence."""
    approve = decision == Decision.approve
    change(
        lambda s, rt: store.review(s, rt.ws, action, person, approve=approve, comment=comment),
        event="directives.action.approved" if approve else "directives.action.rejected",
        action=action,
    )
    console.print(f"Nhiệm vụ {action}: {'đã chấp thuận' if approve else 'đã trả lại'}.")


@app.command(rich_help_panel=PANEL)
def reopen(
    action: str,
    person: AsPerson,
    reason: Annotated[str, typer.Option(help="Why it is reopened.")],
) -> None:
    """An inspector reopens an approved action."""
    change(
        lambda s, rt: store.reopen(s, rt.ws, action, person, reason=reason),
        event="directives.action.reopened",
        action=action,
    )
    console.print(f"Đã mở lại nhiệm vụ {action}.")


@app.command(rich_help_panel=PANEL)
def extend(
    action: str,
    until: Annotated[str, typer.Option(help="The deadline asked for.")],
    person: AsPerson,
    reason: Annotated[str, typer.Option(help="Why more time is needed.")],
) -> None:
    """The lead unit asks for a later deadline."""
    new = parse_date(until)
    change(
        lambda s, rt: store.request_extension(s, rt.ws, action, person, until=new, reason=reason),
        event="directives.extension.requested",
        action=action,
    )
    console.print(f"Đã gửi đề nghị gia hạn nhiệm vụ {action} đến ngày {new:%d/%m/%Y}.")


@app.command("extend-decide", rich_help_panel=PANEL)
def extend_decide(
    action: str,
    decision: Decision,
    person: AsPerson,
    comment: Annotated[str | None, typer.Option()] = None,
) -> None:
    """An inspector decides a pending extension request."""
    approve = decision == Decision.approve
    change(
        lambda s, rt: store.decide_extension(
            s, rt.ws, action, person, approve=approve, comment=comment
        ),
        event="directives.extension.decided",
        action=action,
    )
    console.print(
        f"Đề nghị gia hạn nhiệm vụ {action}: {'chấp thuận' if approve else 'không chấp thuận'}."
    )


@app.command(rich_help_panel=PANEL)
def reassign(
    action: str,
    unit: Annotated[str, typer.Option(help="The new lead unit (id or name).")],
    person: AsPerson,
) -> None:
    """An admin gives an action to another lead unit."""
    change(
        lambda s, rt: store.reassign(s, rt.ws, action, person, unit_id=unit),
        event="directives.action.reassigned",
        action=action,
    )
    console.print(f"Đã giao lại nhiệm vụ {action}.")


@app.command(rich_help_panel=PANEL)
def signoff(
    number: str,
    person: AsPerson,
    refuse: Annotated[bool, typer.Option("--refuse", help="Refuse to sign.")] = False,
    comment: Annotated[str | None, typer.Option()] = None,
) -> None:
    """The inspection team signs a directive off (or refuses, with a comment)."""
    outcome = change(
        lambda s, rt: store.sign_off(s, rt.ws, number, person, refuse=refuse, comment=comment),
        event="directives.directive.signoff_refused" if refuse else "directives.directive.signed",
        directive=number,
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
    from directives import orchestration

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
