"""What the pages show: plain models read from the database, and who sees which button.

The buttons follow the roles; the store decides. A hidden button is a courtesy,
never the check: every POST goes through the store, which refuses on its own.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import store
from directives.db import Action, Directive, Evidence, ExtensionRequest
from directives.domain import ActionState, DirectiveState
from directives.evidence import MEDIA_TYPES_VI
from directives.history import HistoryRow, history, person_name
from directives.org import Person, Role
from directives.reports.access import may_see_directive_files
from directives.status import ActionStatus, directive_status
from directives.workspace import Workspace

REVIEW_DECISION_VI = {
    "approve": "Chấp thuận",
    "reject": "Trả lại",
    "reopen": "Mở lại",
}
EXTENSION_STATE_VI = {
    "pending": "Chờ xem xét",
    "approved": "Đồng ý gia hạn",
    "rejected": "Không đồng ý gia hạn",
}
PREVIEWABLE = frozenset({"application/pdf", "image/png", "image/jpeg"})


class EvidenceRow(BaseModel):
    id: int
    original_name: str
    size: int
    media_type: str
    media_label: str
    uploaded_by: str
    uploaded_by_name: str
    unit_id: str
    uploaded_at: datetime
    submitted_at: datetime | None
    doc_number: str | None
    doc_date: date | None
    period: str | None
    criterion: str | None
    note: str | None


class ReviewRow(BaseModel):
    reviewer_name: str
    decision: str
    decision_vi: str
    comment: str | None
    at: datetime


class ExtensionRow(BaseModel):
    id: int
    requested_by_name: str
    requested_at: datetime
    until: date
    reason: str
    state: str
    state_vi: str
    decided_by_name: str | None
    decided_at: datetime | None
    decision_comment: str | None


class ActionView(BaseModel):
    action: ActionStatus
    directive_code: str
    directive_number: str
    directive_state: str
    evidence: list[EvidenceRow]
    reviews: list[ReviewRow]
    extensions: list[ExtensionRow]
    pending_extension: ExtensionRow | None
    history: list[HistoryRow]


class Capabilities(BaseModel):
    """Which forms to show a person on a page (the store still checks each move)."""

    work: bool = False  # the lead unit: submit, ask for more time
    contribute: bool = False  # the lead and the coordinating units: add evidence
    assign: bool = False  # the head of a unit sharing the action: name its officers
    review: bool = False
    sign: bool = False
    reassign: bool = False
    download: bool = False


# Helpers -------------------------------------------------------------------------


def unit_name(ws: Workspace, unit_id: str) -> str:
    try:
        return ws.org.unit(unit_id).name
    except KeyError:
        return unit_id


def today(ws: Workspace) -> date:
    return ws.local_date(datetime.now(ws.tz))


def team_unit(ws: Workspace) -> str | None:
    leaders = ws.org.with_role(Role.TEAM_LEADER)
    return leaders[0].unit if leaders else None


def may_see_evidence(ws: Workspace, viewer: Person, action: Action) -> bool:
    """Evidence is for the units sharing the action, the inspection team, the director and
    the admin."""
    if store.may_contribute(viewer, action) or viewer.unit == team_unit(ws):
        return True
    return any(
        viewer.has(role) for role in (Role.INSPECTOR, Role.TEAM_LEADER, Role.DIRECTOR, Role.ADMIN)
    )


class DirectiveFiles(BaseModel):
    """The links a directive's page shows to someone allowed to download its products."""

    closed: bool
    report: str
    bundle: str | None
    source: str


def directive_files(ws: Workspace, person: Person, directive: Directive) -> DirectiveFiles | None:
    if not may_see_directive_files(ws.org, person, directive):
        return None
    closed = directive.state == DirectiveState.CLOSED
    return DirectiveFiles(
        closed=closed,
        report=f"/bao-cao/{directive.code}",
        bundle=f"/ho-so/{directive.code}" if closed else None,
        source=f"/van-ban-goc/{directive.code}",
    )


def capabilities(
    ws: Workspace, viewer: Person, action: Action | None = None, directive: Directive | None = None
) -> Capabilities:
    directive = directive or (action.directive if action is not None else None)
    return Capabilities(
        work=action is not None and store.works_for(viewer, action),
        contribute=action is not None and store.may_contribute(viewer, action),
        assign=action is not None
        and viewer.unit in store.sharing_units(action)
        and store.heads_unit(ws, viewer, viewer.unit),
        review=viewer.has(Role.INSPECTOR) and store.in_team(viewer, directive),
        sign=viewer in store.signers(ws, directive),
        reassign=viewer.has(Role.ADMIN),
        download=action is not None and may_see_evidence(ws, viewer, action),
    )


# Rows ------------------------------------------------------------------------------


def _extension_row(ws: Workspace, ext: ExtensionRequest) -> ExtensionRow:
    return ExtensionRow(
        id=ext.id,
        requested_by_name=person_name(ws, ext.requested_by),
        requested_at=ext.requested_at,
        until=ext.until,
        reason=ext.reason,
        state=ext.state,
        state_vi=EXTENSION_STATE_VI.get(ext.state, ext.state),
        decided_by_name=person_name(ws, ext.decided_by) if ext.decided_by else None,
        decided_at=ext.decided_at,
        decision_comment=ext.decision_comment,
    )


def _evidence_row(ws: Workspace, item: Evidence) -> EvidenceRow:
    return EvidenceRow(
        id=item.id,
        original_name=item.original_name,
        size=item.size,
        media_type=item.media_type,
        media_label=MEDIA_TYPES_VI.get(item.media_type, item.media_type),
        uploaded_by=item.uploaded_by,
        uploaded_by_name=person_name(ws, item.uploaded_by),
        unit_id=item.unit_id,
        uploaded_at=item.uploaded_at,
        submitted_at=item.submitted_at,
        doc_number=item.doc_number,
        doc_date=item.doc_date,
        period=item.period,
        criterion=item.criterion,
        note=item.note,
    )


def action_view(session: Session, ws: Workspace, action: Action, on: date) -> ActionView:
    extensions = session.scalars(
        select(ExtensionRequest)
        .where(ExtensionRequest.action_id == action.id)
        .order_by(ExtensionRequest.id)
    ).all()
    ext_rows = [_extension_row(ws, e) for e in extensions]
    status = directive_status(session, ws, action.directive_id, on)
    return ActionView(
        action=next(a for a in status.actions if a.code == action.code),
        directive_code=status.code,
        directive_number=status.number,
        directive_state=action.directive.state,
        evidence=[_evidence_row(ws, e) for e in action.evidence],
        reviews=[
            ReviewRow(
                reviewer_name=person_name(ws, r.reviewer),
                decision=r.decision,
                decision_vi=REVIEW_DECISION_VI.get(r.decision, r.decision),
                comment=r.comment,
                at=r.at,
            )
            for r in action.reviews
        ],
        extensions=ext_rows,
        pending_extension=next((e for e in ext_rows if e.state == "pending"), None),
        history=history(session, ws, action.directive_id, action.id),
    )


# Officers ------------------------------------------------------------------------------


class OfficerRow(BaseModel):
    person_id: str
    name: str
    unit_name: str
    role: str
    role_vi: str
    removable: bool  # by the person looking: the head of the officer's unit


def officer_rows(
    session: Session, ws: Workspace, viewer: Person, action: Action
) -> list[OfficerRow]:
    return [
        OfficerRow(
            person_id=o.person_id,
            name=person_name(ws, o.person_id),
            unit_name=unit_name(ws, o.unit_id),
            role=o.role,
            role_vi=store.OFFICER_ROLE_VI.get(o.role, o.role),
            removable=store.heads_unit(ws, viewer, o.unit_id),
        )
        for o in store.officers(session, action.id)
    ]


# Work lists and history groups ---------------------------------------------------------


class PendingExtension(BaseModel):
    action_code: str
    request: ExtensionRow


def pending_extensions(session: Session, ws: Workspace) -> list[PendingExtension]:
    pending = session.scalars(
        select(ExtensionRequest)
        .where(ExtensionRequest.state == "pending")
        .order_by(ExtensionRequest.requested_at)
    ).all()
    return [
        PendingExtension(
            action_code=session.get_one(Action, e.action_id).code, request=_extension_row(ws, e)
        )
        for e in pending
    ]


def latest_return(view: ActionView) -> ReviewRow | None:
    """The review that returned the action, while the unit still has to act on it."""
    if view.action.state not in (ActionState.REJECTED, ActionState.IN_PROGRESS):
        return None
    last = view.reviews[-1] if view.reviews else None
    return last if last is not None and last.decision == "reject" else None
