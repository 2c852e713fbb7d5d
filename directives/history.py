"""What happened to a directive and its actions, in words people read, from the audit trail.

Read-only: each audit event becomes a line (when, who, what, the comment or
reason given); the directive page folds them per action.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import store
from directives.db import Action, AuditEvent
from directives.workspace import Workspace

HISTORY_VI = {
    "directive.ingested": "Tiếp nhận văn bản",
    "action.assigned": "Giao nhiệm vụ",
    "action.start": "Bắt đầu thực hiện",
    "action.submit": "Nộp tài liệu kiểm chứng",
    "action.approve": "Chấp thuận kết quả thực hiện",
    "action.reject": "Trả lại, đề nghị bổ sung",
    "action.reopen": "Mở lại nhiệm vụ",
    "action.reassigned": "Giao lại cho đơn vị khác",
    "evidence.added": "Tải lên tài liệu kiểm chứng",
    "evidence.withdrawn": "Rút tài liệu kiểm chứng chưa nộp",
    "action.officer_assigned": "Phân công cán bộ thực hiện",
    "action.officer_removed": "Thôi phân công cán bộ",
    "extension.requested": "Đề nghị gia hạn",
    "extension.approved": "Đồng ý gia hạn",
    "extension.rejected": "Không đồng ý gia hạn",
    "directive.request_signoff": "Chuyển Đoàn kiểm tra ký xác nhận",
    "directive.signature": "Ký xác nhận hoàn thành",
    "directive.sign": "Văn bản được ký xác nhận, kết thúc",
    "directive.refuse_signoff": "Chưa ký xác nhận, trả lại",
    "directive.return_to_active": "Chuyển lại trạng thái đang thực hiện",
    "directive.closed_out": "Lập báo cáo kết thúc và bộ hồ sơ",
    "directive.corrected": "Hiệu chỉnh kết quả đọc văn bản",
    "unit.alias_added": "Ghi nhận tên gọi khác của đơn vị",
}
SYSTEM_NAME_VI = "Hệ thống"


class HistoryRow(BaseModel):
    at: datetime
    actor_name: str
    what: str
    detail: str | None


class HistoryGroup(BaseModel):
    label: str
    rows: list[HistoryRow]


def person_name(ws: Workspace, person_id: str | None) -> str:
    if person_id is None or person_id == store.SYSTEM_ACTOR:
        return SYSTEM_NAME_VI
    found = ws.org.find_person(person_id)
    return found.name if found else person_id


def _detail(ws: Workspace, event: AuditEvent) -> str | None:
    after: dict[str, Any] = event.after or event.before or {}
    if event.kind == "directive.corrected":
        before: dict[str, Any] = event.before or {}
        return (
            f"{after.get('field')}: hệ thống đọc “{before.get('value') or '—'}”, "
            f"quản trị viên sửa thành “{after.get('value') or '—'}”"
        )
    if event.kind == "unit.alias_added":
        return f"“{after.get('alias')}” → {after.get('unit')}"
    if event.kind.startswith("action.officer_"):  # who, and the role given (or held)
        role = store.OFFICER_ROLE_VI.get(str(after.get("role")), "")
        return f"{person_name(ws, after.get('person'))}: {role.lower()}"
    for key in ("comment", "reason", "name"):
        value = after.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def _row(ws: Workspace, event: AuditEvent, suffix: str = "") -> HistoryRow:
    what = HISTORY_VI.get(event.kind, event.kind) + suffix
    return HistoryRow(
        at=event.at, actor_name=person_name(ws, event.actor), what=what, detail=_detail(ws, event)
    )


def _events(session: Session, directive_id: int, action_id: int | None = None) -> list[AuditEvent]:
    stmt = select(AuditEvent).where(AuditEvent.directive_id == directive_id)
    if action_id is not None:
        stmt = stmt.where(AuditEvent.action_id == action_id)
    return list(session.scalars(stmt.order_by(AuditEvent.id)))


def _codes(session: Session, directive_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Action.id, Action.code)
        .where(Action.directive_id == directive_id)
        .order_by(Action.seq)
    ).all()
    return {action_id: code for action_id, code in rows}


def history(
    session: Session, ws: Workspace, directive_id: int, action_id: int | None = None
) -> list[HistoryRow]:
    """One action's lines, or the whole directive's with each action's code after its lines."""
    codes = _codes(session, directive_id) if action_id is None else {}
    return [
        _row(ws, e, f" ({codes[e.action_id]})" if e.action_id in codes else "")
        for e in _events(session, directive_id, action_id)
    ]


def history_groups(session: Session, ws: Workspace, directive_id: int) -> list[HistoryGroup]:
    """The directive's own lines first, then each action's, in the actions' order."""
    codes = _codes(session, directive_id)
    rows: dict[int | None, list[HistoryRow]] = {None: [], **{i: [] for i in codes}}
    for event in _events(session, directive_id):
        rows.setdefault(event.action_id, []).append(_row(ws, event))
    groups = [HistoryGroup(label="Văn bản", rows=rows[None])]
    groups += [HistoryGroup(label=f"Nhiệm vụ {code}", rows=rows[i]) for i, code in codes.items()]
    return groups
