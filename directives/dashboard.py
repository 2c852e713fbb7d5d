"""Read-only views of the work: each person's list and the office's overview.

Every count here comes from ``status.all_statuses``, the same code behind
``directives status --json``: the buckets are never recomputed another way.
What this module adds is selection (whose work, which period, which filter),
order (open first, by deadline), the distance to a deadline on the working
calendar, and markers that tell a person what to do next.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date
from enum import StrEnum
from functools import cache

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from directives.calendar import WorkingCalendar
from directives.db import Action, Evidence, ExtensionRequest
from directives.domain import TIMELINESS_VI, ActionState, Timeliness
from directives.org import Person, Role
from directives.status import ActionStatus, DirectiveStatus, all_statuses
from directives.workspace import Workspace

BUCKETS: tuple[Timeliness, ...] = tuple(Timeliness)
CLOSED_STATES = frozenset({ActionState.APPROVED.value})


class Marker(StrEnum):
    RETURNED = "returned"
    EXTENSION_PENDING = "extension_pending"
    UPLOADED_NOT_SUBMITTED = "uploaded_not_submitted"


MARKER_VI: dict[str, str] = {
    Marker.RETURNED: "Bị trả lại — xem ý kiến",
    Marker.EXTENSION_PENDING: "Chờ gia hạn",
    Marker.UPLOADED_NOT_SUBMITTED: "Đã tải lên, chưa nộp",
}


class WorkItem(BaseModel):
    """One action as a line of somebody's work."""

    action: ActionStatus
    directive_code: str
    directive_number: str
    directive_state: str
    closed: bool
    days_left: int | None  # working days to the deadline; negative when overdue
    due_vi: str
    markers: list[str]
    markers_vi: list[str]

    @property
    def marker_links(self) -> list[dict[str, str]]:
        return [{"key": k, "label": v} for k, v in zip(self.markers, self.markers_vi, strict=True)]


class WorkFilter(BaseModel):
    """What a person narrowed their list to (all optional)."""

    bucket: str | None = None
    number: str | None = None
    unit: str | None = None
    state: str | None = None
    due_from: date | None = None
    due_to: date | None = None
    show_closed: bool = False

    @property
    def active(self) -> bool:
        return any(
            v is not None for v in (self.number, self.unit, self.state, self.due_from, self.due_to)
        )


class WorkBoard(BaseModel):
    counts: dict[str, int]  # per bucket, over the whole scope, before filtering
    total: int
    items: list[WorkItem]
    closed_hidden: int


class BucketRow(BaseModel):
    """One line of a unit × bucket (or directive × bucket) table."""

    key: str
    label: str
    counts: dict[str, int]
    total: int
    overdue: int


class OfficeView(BaseModel):
    period_from: date | None
    period_to: date | None
    directives_counted: int
    units: list[BucketRow]
    directives: list[BucketRow]
    totals: BucketRow
    overdue: list[WorkItem]


# Distance to a deadline ------------------------------------------------------------


def _distance(calendar: WorkingCalendar) -> Callable[[date, date], int]:
    return cache(calendar.working_days_between)  # many actions share a deadline


def due_text(days_left: int | None, closed: bool) -> str:
    """'còn N ngày làm việc', 'quá hạn N ngày làm việc', as the reminders say it."""
    if closed or days_left is None:
        return ""
    if days_left > 0:
        return f"Còn {days_left} ngày làm việc"
    if days_left == 0:
        return "Đến hạn hôm nay"
    return f"Quá hạn {-days_left} ngày làm việc"


# Markers -----------------------------------------------------------------------------


def _codes_with_pending_extension(session: Session) -> set[str]:
    rows = session.scalars(
        select(Action.code)
        .join(ExtensionRequest, ExtensionRequest.action_id == Action.id)
        .where(ExtensionRequest.state == "pending")
    )
    return set(rows)


def _codes_with_unsubmitted_evidence(session: Session) -> set[str]:
    rows = session.scalars(
        select(Action.code)
        .join(Evidence, Evidence.action_id == Action.id)
        .where(Evidence.submitted_at.is_(None))
    )
    return set(rows)


def _markers(a: ActionStatus, extension: set[str], unsubmitted: set[str]) -> list[str]:
    found: list[str] = []
    if a.state == ActionState.REJECTED:
        found.append(Marker.RETURNED.value)
    if a.code in extension:
        found.append(Marker.EXTENSION_PENDING.value)
    if a.code in unsubmitted and a.state not in (ActionState.SUBMITTED, ActionState.APPROVED):
        found.append(Marker.UPLOADED_NOT_SUBMITTED.value)
    return found


# Items ---------------------------------------------------------------------------------


def work_items(
    session: Session,
    ws: Workspace,
    statuses: Sequence[DirectiveStatus],
    keep: Callable[[DirectiveStatus, ActionStatus], bool],
    on: date,
) -> list[WorkItem]:
    """The actions of ``statuses`` that ``keep`` selects, as work items, open first."""
    extension = _codes_with_pending_extension(session)
    unsubmitted = _codes_with_unsubmitted_evidence(session)
    distance = _distance(ws.calendar)
    items: list[WorkItem] = []
    for st in statuses:
        for a in st.actions:
            if not keep(st, a):
                continue
            closed = a.state in CLOSED_STATES
            days = None
            if a.effective_deadline is not None and not closed:
                days = distance(on, a.effective_deadline)
            markers = _markers(a, extension, unsubmitted)
            items.append(
                WorkItem(
                    action=a,
                    directive_code=st.code,
                    directive_number=st.number,
                    directive_state=st.state,
                    closed=closed,
                    days_left=days,
                    due_vi=due_text(days, closed),
                    markers=markers,
                    markers_vi=[MARKER_VI[m] for m in markers],
                )
            )
    return sorted(items, key=_order)


def _order(item: WorkItem) -> tuple[bool, bool, date, str, int]:
    deadline = item.action.effective_deadline
    return (
        item.closed,
        deadline is None,
        deadline or date.max,
        item.directive_code,
        item.action.seq,
    )


def sees_all(person: Person) -> bool:
    """The director and the admin answer for every unit's work."""
    return person.has(Role.DIRECTOR) or person.has(Role.ADMIN)


def may_see_office(person: Person) -> bool:
    return sees_all(person) or person.has(Role.UNIT_HEAD)


def scope_of(
    person: Person, named: Collection[str] = ()
) -> Callable[[DirectiveStatus, ActionStatus], bool]:
    """Whose actions are ``person``'s work: everyone's, or those their unit leads or
    coordinates, and those (codes in ``named``) they were named on as an officer."""
    if sees_all(person):
        return lambda _st, _a: True
    return lambda _st, a: (
        a.lead_unit == person.unit or person.unit in a.coordinating_units or a.code in named
    )


def _matches(item: WorkItem, f: WorkFilter) -> bool:
    a = item.action
    if f.bucket and a.timeliness != f.bucket:
        return False
    wanted = (f.number or "").casefold()
    if wanted and not any(wanted in t.casefold() for t in (item.directive_number, a.code)):
        return False
    if f.unit and a.lead_unit != f.unit:
        return False
    if f.state and a.state != f.state:
        return False
    deadline = a.effective_deadline
    if (f.due_from or f.due_to) and deadline is None:
        return False
    if f.due_from and deadline is not None and deadline < f.due_from:
        return False
    return not (f.due_to and deadline is not None and deadline > f.due_to)


def bucket_counts(actions: Iterable[ActionStatus]) -> dict[str, int]:
    counts = Counter(a.timeliness.value for a in actions)
    return {b.value: counts.get(b.value, 0) for b in BUCKETS}


def board(items: Sequence[WorkItem], f: WorkFilter) -> WorkBoard:
    """Counts over all ``items``; the list narrowed by ``f``, closed ones on request."""
    counts = bucket_counts(i.action for i in items)
    wanted = [i for i in items if _matches(i, f)]
    done_bucket = f.bucket in (Timeliness.DONE_ON_TIME, Timeliness.DONE_LATE)
    shown = [i for i in wanted if f.show_closed or done_bucket or not i.closed]
    return WorkBoard(
        counts=counts,
        total=len(items),
        items=shown,
        closed_hidden=len(wanted) - len(shown),
    )


def my_board(session: Session, ws: Workspace, person: Person, on: date, f: WorkFilter) -> WorkBoard:
    statuses = all_statuses(session, ws, on)
    return board(work_items(session, ws, statuses, scope_of(person), on), f)


# The office view ---------------------------------------------------------------------------


def in_period(st: DirectiveStatus, start: date | None, end: date | None) -> bool:
    """A directive belongs to the period in which it was received."""
    return (start is None or st.received_on >= start) and (end is None or st.received_on <= end)


def _row(key: str, label: str, actions: Sequence[ActionStatus]) -> BucketRow:
    counts = bucket_counts(actions)
    return BucketRow(
        key=key,
        label=label,
        counts=counts,
        total=len(actions),
        overdue=counts[Timeliness.OPEN_OVERDUE.value],
    )


def office_view(
    session: Session,
    ws: Workspace,
    on: date,
    period_from: date | None = None,
    period_to: date | None = None,
) -> OfficeView:
    statuses = [st for st in all_statuses(session, ws, on) if in_period(st, period_from, period_to)]
    by_unit: dict[str, list[ActionStatus]] = {}
    for st in statuses:
        for a in st.actions:
            by_unit.setdefault(a.lead_unit, []).append(a)
    unit_order = {u.id: n for n, u in enumerate(ws.org.units)}
    units = [
        _row(unit_id, ws.org.unit(unit_id).name, actions)
        for unit_id, actions in sorted(by_unit.items(), key=lambda kv: unit_order.get(kv[0], 999))
    ]
    directives = [
        _row(st.code, f"{st.number}", st.actions) for st in sorted(statuses, key=_newest_first)
    ]
    overdue = [
        item
        for item in work_items(session, ws, statuses, lambda _st, _a: True, on)
        if item.action.timeliness == Timeliness.OPEN_OVERDUE
    ]
    return OfficeView(
        period_from=period_from,
        period_to=period_to,
        directives_counted=len(statuses),
        units=units,
        directives=directives,
        totals=_row("all", "Tổng cộng", [a for st in statuses for a in st.actions]),
        overdue=overdue,
    )


def _newest_first(st: DirectiveStatus) -> tuple[int, str]:
    return (-st.received_on.toordinal(), st.code)


def bucket_labels() -> list[tuple[str, str]]:
    return [(b.value, TIMELINESS_VI[b]) for b in BUCKETS]
