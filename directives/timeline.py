"""A directive's life on a calendar: what happened to each action, and when.

Read-only. The marks come from the audit trail (the one record of every
move) and the actions' deadlines; the days off come from the working calendar,
so a Tết break between receipt and a deadline shows where it fell.
"""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from directives.calendar import TET_REASON_VI, is_tet
from directives.db import Action, AuditEvent
from directives.domain import ActionState
from directives.status import DirectiveStatus
from directives.workspace import Workspace

MARK_VI: dict[str, str] = {
    "received": "Tiếp nhận văn bản",
    "original_deadline": "Thời hạn ban đầu",
    "effective_deadline": "Thời hạn hiện hành (đã gia hạn)",
    "submitted": "Nộp tài liệu kiểm chứng",
    "returned": "Bị trả lại",
    "approved": "Được chấp thuận",
    "reopened": "Mở lại",
    "signed": "Đoàn kiểm tra ký xác nhận hoàn thành",
}
# Audit event kinds that become a mark on an action's lane.
EVENT_MARKS: dict[str, str] = {
    "action.submit": "submitted",
    "action.reject": "returned",
    "action.approve": "approved",
    "action.reopen": "reopened",
}
MARGIN = timedelta(days=3)
TET_VI = TET_REASON_VI


class TimeMark(BaseModel):
    on: date
    kind: str
    label_vi: str


class TimeLane(BaseModel):
    key: str
    label: str
    marks: list[TimeMark]


class DaysOff(BaseModel):
    start: date
    end: date
    reason: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class DirectiveTimeline(BaseModel):
    start: date
    end: date
    today: date
    lanes: list[TimeLane]
    days_off: list[DaysOff]
    approved: int
    total: int

    @property
    def percent_approved(self) -> int:
        return round(100 * self.approved / self.total) if self.total else 0

    @property
    def marks_in_order(self) -> list[tuple[TimeMark, str]]:
        """Every mark with its lane's label, by date: the chart's text alternative."""
        rows = [(m, lane.label) for lane in self.lanes for m in lane.marks]
        return sorted(rows, key=lambda r: (r[0].on, r[1]))


def _mark(on: date, kind: str) -> TimeMark:
    return TimeMark(on=on, kind=kind, label_vi=MARK_VI[kind])


def days_off_between(ws: Workspace, start: date, end: date) -> list[DaysOff]:
    """Runs of consecutive days off that hold at least one holiday (plain weekends left out)."""
    runs: list[DaysOff] = []
    run_start: date | None = None
    reason: str | None = None
    day = start
    while day <= end + timedelta(days=1):
        off = day <= end and not ws.calendar.is_working_day(day)
        if off:
            run_start = run_start or day
            why = ws.calendar.day_off_reason(day)
            if why and (reason is None or (is_tet(why) and not is_tet(reason))):
                reason = why
        elif run_start is not None:
            if reason is not None:
                label = TET_VI if is_tet(reason) else reason
                runs.append(DaysOff(start=run_start, end=day - timedelta(days=1), reason=label))
            run_start, reason = None, None
        day += timedelta(days=1)
    return runs


def directive_timeline(
    session: Session, ws: Workspace, directive_id: int, status: DirectiveStatus, on: date
) -> DirectiveTimeline:
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.directive_id == directive_id)
        .where(AuditEvent.kind.in_([*EVENT_MARKS, "directive.sign"]))
        .order_by(AuditEvent.id)
    ).all()
    by_action: dict[int, list[TimeMark]] = {}
    header = [_mark(status.received_on, "received")]
    for event in events:
        when = ws.local_date(event.at)
        if event.kind == "directive.sign":
            header.append(_mark(when, "signed"))
        elif event.action_id is not None:
            by_action.setdefault(event.action_id, []).append(_mark(when, EVENT_MARKS[event.kind]))
    ids = _action_ids(session, directive_id)
    lanes = [TimeLane(key=status.code, label=f"Văn bản số {status.number}", marks=header)]
    for a in status.actions:
        marks: list[TimeMark] = []
        if a.original_deadline:
            marks.append(_mark(a.original_deadline, "original_deadline"))
        if a.effective_deadline and a.effective_deadline != a.original_deadline:
            marks.append(_mark(a.effective_deadline, "effective_deadline"))
        marks.extend(by_action.get(ids.get(a.code, -1), []))
        lanes.append(TimeLane(key=a.code, label=f"{a.code} · {a.lead_unit_name}", marks=marks))
    dates = [m.on for lane in lanes for m in lane.marks] + [on]
    start, end = min(dates) - MARGIN, max(dates) + MARGIN
    # A break that starts inside the window is shown whole (Tết lasts about a week).
    days_off = [r for r in days_off_between(ws, start, end + timedelta(days=14)) if r.start <= end]
    end = max([end, *(r.end + timedelta(days=1) for r in days_off)])
    return DirectiveTimeline(
        start=start,
        end=end,
        today=on,
        lanes=lanes,
        days_off=days_off,
        approved=sum(1 for a in status.actions if a.state == ActionState.APPROVED),
        total=len(status.actions),
    )


def _action_ids(session: Session, directive_id: int) -> dict[str, int]:
    rows = session.execute(
        select(Action.code, Action.id).where(Action.directive_id == directive_id)
    ).all()
    return {code: action_id for code, action_id in rows}
