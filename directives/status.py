"""Where a directive stands: each action's unit, deadlines, state and timeliness bucket."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from directives.db import Action, Directive
from directives.domain import (
    ACTION_STATE_VI,
    DIRECTIVE_STATE_VI,
    TIMELINESS_VI,
    Timeliness,
    timeliness,
)
from directives.drafting import tet_warning
from directives.store import get_directive
from directives.workspace import Workspace


class ActionStatus(BaseModel):
    code: str
    seq: int
    text: str
    lead_unit: str
    lead_unit_name: str
    coordinating_units: list[str]
    state: str
    state_vi: str
    original_deadline: date | None
    effective_deadline: date | None
    deadline_text: str | None
    submitted_at: datetime | None
    completed_on: date | None
    timeliness: Timeliness
    timeliness_vi: str
    evidence_count: int


class DirectiveStatus(BaseModel):
    code: str
    number: str
    document_type: str | None
    issuer: str | None
    issued_on: date | None
    received_on: date
    subject: str | None
    state: str
    state_vi: str
    signoff_round: int
    flow_run_id: str | None
    closed_at: datetime | None
    as_of: date
    actions: list[ActionStatus]
    buckets: dict[str, int]
    # deadlines in a year whose official Tết days off are not in the calendar config
    calendar_warnings: list[str] = []
    inspection_team: str | None = None
    source_name: str | None = None


def directive_status(
    session: Session, ws: Workspace, ref: str | int, today: date
) -> DirectiveStatus:
    directive = get_directive(session, ref)
    return _status(ws, directive, today)


def all_statuses(session: Session, ws: Workspace, today: date) -> list[DirectiveStatus]:
    # Three queries for any number of directives, not one per directive and per action.
    load = selectinload(Directive.actions).selectinload(Action.evidence)
    directives = session.scalars(
        select(Directive).options(load).order_by(Directive.created_at)
    ).all()
    return [_status(ws, d, today) for d in directives]


def _status(ws: Workspace, directive: Directive, today: date) -> DirectiveStatus:
    actions: list[ActionStatus] = []
    for action in directive.actions:
        bucket = timeliness(action.effective_deadline, action.completed_on, today)
        actions.append(
            ActionStatus(
                code=action.code,
                seq=action.seq,
                text=action.text,
                lead_unit=action.lead_unit,
                lead_unit_name=ws.org.unit(action.lead_unit).name,
                coordinating_units=action.coordinating_units,
                state=action.state,
                state_vi=ACTION_STATE_VI[action.state],
                original_deadline=action.original_deadline,
                effective_deadline=action.effective_deadline,
                deadline_text=action.deadline_text,
                submitted_at=action.submitted_at,
                completed_on=action.completed_on,
                timeliness=bucket,
                timeliness_vi=TIMELINESS_VI[bucket],
                evidence_count=len(action.evidence),
            )
        )
    counts = Counter(a.timeliness.value for a in actions)
    return DirectiveStatus(
        code=directive.code,
        number=directive.number,
        document_type=directive.document_type,
        issuer=directive.issuer,
        issued_on=directive.issued_on,
        received_on=directive.received_on,
        subject=directive.subject,
        state=directive.state,
        state_vi=DIRECTIVE_STATE_VI[directive.state],
        signoff_round=directive.signoff_round,
        flow_run_id=directive.flow_run_id,
        closed_at=directive.closed_at,
        as_of=today,
        actions=actions,
        buckets={b.value: counts.get(b.value, 0) for b in Timeliness},
        calendar_warnings=[
            w
            for a in directive.actions
            if a.effective_deadline is not None
            and (w := tet_warning(ws.calendar, a.effective_deadline, f"Nhiệm vụ {a.code}"))
        ],
        inspection_team=directive.inspection_team,
        source_name=directive.source_name,
    )
