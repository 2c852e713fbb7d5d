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
    DAY_FORMAT,
    ActionCode,
    AsPerson,
    Decision,
    DecisionArg,
    DirectiveRef,
    change,
    console,
    err_console,
    log,
    parse_date,
    refusals,
)
from directives.cli.typer_vi import Typer
from directives.errors import NotFound
from directives.runtime import Runtime, runtime

PANEL = "Nhiệm vụ"
app = Typer(help="Các bước xử lý nhiệm vụ: tài liệu kiểm chứng, thẩm định, gia hạn, ký xác nhận.")
evidence_app = Typer(help="Tài liệu kiểm chứng của nhiệm vụ.", no_args_is_help=True)
Comment = Annotated[str | None, typer.Option(help="Ý kiến kèm theo.")]
app.add_typer(evidence_app, name="evidence", rich_help_panel=PANEL)


@evidence_app.command("add")
def evidence_add(
    action: ActionCode,
    file: Annotated[Path, typer.Argument(metavar="TỆP", help="Tệp tài liệu kiểm chứng.")],
    person: AsPerson,
    doc_number: Annotated[str | None, typer.Option(help="Số, ký hiệu của tài liệu.")] = None,
    doc_date: Annotated[
        str | None, typer.Option(help=f"Ngày ban hành tài liệu, {DAY_FORMAT}.")
    ] = None,
    period: Annotated[str | None, typer.Option(help="Kỳ báo cáo mà tài liệu phản ánh.")] = None,
    criterion: Annotated[
        str | None, typer.Option(help="Tiêu chí cải cách hành chính mà tài liệu chứng minh.")
    ] = None,
    note: Annotated[str | None, typer.Option(help="Ghi chú.")] = None,
    submit: Annotated[bool, typer.Option(help="Nộp ngay để thẩm định.")] = True,
) -> None:
    """Tải lên tài liệu kiểm chứng của nhiệm vụ (cán bộ đơn vị chủ trì) và nộp để thẩm định."""

    rt = runtime()
    with refusals():
        if not file.is_file():
            raise NotFound(f"no file {file}", f"Không tìm thấy tệp {file}.")
        with file.open("rb") as fh:
            stored = rt.ws.evidence.put(fh)
    meta = store.EvidenceMeta(
        original_name=file.name,
        doc_number=doc_number,
        doc_date=parse_date(doc_date, "--doc-date") if doc_date else None,
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
    evidence_id: Annotated[
        int, typer.Argument(metavar="MÃ_TÀI_LIỆU", help="Mã tài liệu kiểm chứng (chưa nộp).")
    ],
    person: AsPerson,
) -> None:
    """Rút tài liệu đã tải lên khi chưa nộp (tệp đã lưu trữ vẫn được giữ lại)."""
    item = change(lambda s, rt: store.withdraw_evidence(s, rt.ws, evidence_id, person))
    console.print(f"Đã rút tài liệu “{item.original_name}” (mã {evidence_id}).")


@app.command("assign-officer", rich_help_panel=PANEL)
def assign_officer(
    action: ActionCode,
    officer: Annotated[str, typer.Argument(metavar="MÃ_CÁN_BỘ", help="Mã cán bộ được phân công.")],
    person: AsPerson,
    role: Annotated[
        str,
        typer.Option(
            help="Vai trò: xu-ly-chinh (xử lý chính), phoi-hop (phối hợp) hoặc de-biet (để biết)."
        ),
    ] = "xu-ly-chinh",
    remove: Annotated[bool, typer.Option("--remove", help="Thôi phân công cán bộ này.")] = False,
) -> None:
    """Trưởng đơn vị phân công cán bộ của đơn vị thực hiện nhiệm vụ, hoặc thôi phân công."""
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
def submit_cmd(action: ActionCode, person: AsPerson) -> None:
    """Nộp tài liệu kiểm chứng mới của nhiệm vụ để thẩm định."""
    change(
        lambda s, rt: store.submit(s, rt.ws, action, person),
        event="directives.action.submitted",
        action=action,
    )
    console.print(f"Đã nộp nhiệm vụ {action} để thẩm định.")


@app.command(rich_help_panel=PANEL)
def review(
    action: ActionCode,
    decision: DecisionArg,
    person: AsPerson,
    comment: Comment = None,
) -> None:
    """Thành viên Đoàn kiểm tra chấp thuận hoặc trả lại tài liệu kiểm chứng của nhiệm vụ."""
    approve = decision == Decision.approve
    change(
        lambda s, rt: store.review(s, rt.ws, action, person, approve=approve, comment=comment),
        event="directives.action.approved" if approve else "directives.action.rejected",
        action=action,
    )
    console.print(f"Nhiệm vụ {action}: {'đã chấp thuận' if approve else 'đã trả lại'}.")


@app.command(rich_help_panel=PANEL)
def reopen(
    action: ActionCode,
    person: AsPerson,
    reason: Annotated[str, typer.Option(help="Lý do mở lại.")],
) -> None:
    """Thành viên Đoàn kiểm tra mở lại nhiệm vụ đã được chấp thuận."""
    change(
        lambda s, rt: store.reopen(s, rt.ws, action, person, reason=reason),
        event="directives.action.reopened",
        action=action,
    )
    console.print(f"Đã mở lại nhiệm vụ {action}.")


@app.command(rich_help_panel=PANEL)
def extend(
    action: ActionCode,
    until: Annotated[str, typer.Option(help=f"Thời hạn đề nghị gia hạn đến, {DAY_FORMAT}.")],
    person: AsPerson,
    reason: Annotated[str, typer.Option(help="Lý do cần thêm thời gian.")],
) -> None:
    """Đơn vị chủ trì đề nghị gia hạn thời hạn thực hiện nhiệm vụ."""
    new = parse_date(until, "--until")
    change(
        lambda s, rt: store.request_extension(s, rt.ws, action, person, until=new, reason=reason),
        event="directives.extension.requested",
        action=action,
    )
    console.print(f"Đã gửi đề nghị gia hạn nhiệm vụ {action} đến ngày {new:%d/%m/%Y}.")


@app.command("extend-decide", rich_help_panel=PANEL)
def extend_decide(
    action: ActionCode,
    decision: DecisionArg,
    person: AsPerson,
    comment: Comment = None,
) -> None:
    """Thành viên Đoàn kiểm tra quyết định đề nghị gia hạn đang chờ xử lý."""
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
    action: ActionCode,
    unit: Annotated[str, typer.Option(help="Đơn vị chủ trì mới (mã hoặc tên đơn vị).")],
    person: AsPerson,
) -> None:
    """Quản trị viên giao nhiệm vụ cho đơn vị chủ trì khác."""
    change(
        lambda s, rt: store.reassign(s, rt.ws, action, person, unit_id=unit),
        event="directives.action.reassigned",
        action=action,
    )
    console.print(f"Đã giao lại nhiệm vụ {action}.")


@app.command(rich_help_panel=PANEL)
def signoff(
    number: DirectiveRef,
    person: AsPerson,
    refuse: Annotated[
        bool, typer.Option("--refuse", help="Chưa ký xác nhận (nêu ý kiến tại --comment).")
    ] = False,
    comment: Comment = None,
) -> None:
    """Đoàn kiểm tra ký xác nhận hoàn thành văn bản chỉ đạo (hoặc chưa ký, kèm ý kiến)."""
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
