"""Sign-off and close-out: the inspection team's quorum signs a directive whose actions
are all approved, then everyone is told it is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import audit
from directives.db import Action, AuditEvent, Directive, Signoff, utcnow
from directives.domain import ActionState, DirectiveState, Move
from directives.errors import InvalidInput, InvalidTransition, PermissionDenied, SignoffRefused
from directives.org import Person, Role
from directives.store.checks import (
    SYSTEM_ACTOR,
    TEAM_ROLES,
    deny,
    get_directive,
    move_directive,
    notify,
    person,
    workers,
)
from directives.workspace import Workspace


def signers(ws: Workspace, directive: Directive | None = None) -> list[Person]:
    """Who may sign a directive off under the configured quorum rule: from the directive's
    own inspection team where it has one, else from the directory's global team."""
    if directive is not None and directive.inspection_team:
        team = [p for p in ws.org.members(directive.inspection_team) if p.roles & TEAM_ROLES]
        if ws.settings.workflow.signoff_quorum == "leader":
            return [p for p in team if p.has(Role.TEAM_LEADER)]
        return team
    if ws.settings.workflow.signoff_quorum == "leader":
        return ws.org.with_role(Role.TEAM_LEADER)
    team_unit = ws.org.with_role(Role.TEAM_LEADER)[0].unit
    return ws.org.members(team_unit)


def quorum_needed(ws: Workspace, directive: Directive | None = None) -> int:
    rule = ws.settings.workflow.signoff_quorum
    team = len(signers(ws, directive))
    if rule == "leader":
        return 1
    if rule == "majority":
        return team // 2 + 1
    if rule == "all":
        return team
    raise ValueError(f"unknown signoff_quorum {rule!r}: use leader, majority or all")


@dataclass(frozen=True)
class SignoffOutcome:
    directive_id: int
    number: str
    round: int
    closed: bool
    refused: bool
    signatures: int
    needed: int


def unapproved_actions(directive: Directive) -> list[Action]:
    return [a for a in directive.actions if a.state != ActionState.APPROVED]


def sign_off(
    session: Session,
    ws: Workspace,
    ref: str | int,
    actor_id: str,
    *,
    refuse: bool = False,
    comment: str | None = None,
    now: datetime | None = None,
) -> SignoffOutcome:
    """A member of the inspection team signs (or refuses to sign) the directive off."""
    now = now or utcnow()
    actor = person(ws, actor_id)
    directive = get_directive(session, ref, lock=True)
    if actor not in signers(ws, directive):
        raise deny(
            actor,
            f"sign off {directive.number}",
            f"ký xác nhận hoàn thành văn bản {directive.number}",
        )
    if directive.state == DirectiveState.CLOSED:
        raise InvalidTransition(
            f"directive {directive.number} is already closed",
            f"Văn bản {directive.number} đã được ký xác nhận hoàn thành.",
        )
    open_actions = unapproved_actions(directive)
    if open_actions and not refuse:
        codes = ", ".join(a.code for a in open_actions)
        raise SignoffRefused(
            f"actions not approved yet: {codes}",
            f"Chưa thể ký xác nhận: các nhiệm vụ sau chưa được chấp thuận: {codes}.",
        )
    if refuse and not (comment or "").strip():
        raise InvalidInput("a refusal needs a comment", "Đề nghị ghi rõ lý do chưa ký xác nhận.")
    round_ = directive.signoff_round
    if not refuse:
        _check_not_alone(session, actor, directive, round_)
    if session.scalar(
        select(Signoff.id).where(
            Signoff.directive_id == directive.id,
            Signoff.round == round_,
            Signoff.person_id == actor.id,
        )
    ):
        raise InvalidTransition(
            "already signed in this round",
            f"{actor.name} đã cho ý kiến ký xác nhận ở lượt này.",
        )
    session.add(
        Signoff(
            directive_id=directive.id,
            round=round_,
            person_id=actor.id,
            decision="refuse" if refuse else "sign",
            comment=comment,
            at=now,
        )
    )
    session.flush()
    needed = quorum_needed(ws, directive)
    if refuse:
        if directive.state == DirectiveState.AWAITING_SIGNOFF:
            move_directive(session, directive, Move.REFUSE_SIGNOFF, actor, now, comment=comment)
        else:
            audit.append(
                session,
                actor=actor.id,
                kind="directive.refuse_signoff",
                directive_id=directive.id,
                after={"state": directive.state, "comment": comment},
                at=now,
            )
        directive.signoff_round = round_ + 1
        notify(
            session,
            ws,
            event=f"signoff_refused:{directive.id}:{round_}",
            template="signoff_refused",
            recipients=ws.org.with_role(Role.DIRECTOR),
            directive=directive,
            refuser=actor,
            comment=comment,
        )
        return SignoffOutcome(directive.id, directive.number, round_, False, True, 0, needed)
    signatures = len(
        session.scalars(
            select(Signoff.id).where(
                Signoff.directive_id == directive.id,
                Signoff.round == round_,
                Signoff.decision == "sign",
            )
        ).all()
    )
    audit.append(
        session,
        actor=actor.id,
        kind="directive.signature",
        directive_id=directive.id,
        after={"round": round_, "signatures": signatures, "needed": needed},
        at=now,
    )
    closed = signatures >= needed
    if closed:
        move_directive(session, directive, Move.SIGN, actor, now, round=round_)
        directive.closed_at = now
    return SignoffOutcome(directive.id, directive.number, round_, closed, False, signatures, needed)


def _check_not_alone(session: Session, actor: Person, directive: Directive, round_: int) -> None:
    """A signer who did or submitted any of the directive's work needs a signature of
    someone who did none in the same round before theirs: never signs it off alone."""
    did_work = workers(session, list(directive.actions))
    if actor.id not in did_work:
        return
    signed = session.scalars(
        select(Signoff.person_id).where(
            Signoff.directive_id == directive.id,
            Signoff.round == round_,
            Signoff.decision == "sign",
        )
    ).all()
    if not any(person_id not in did_work for person_id in signed):
        raise PermissionDenied(
            f"{actor.id} did work of {directive.number} and may not sign it off alone",
            f"{actor.name} đã trực tiếp thực hiện hoặc nộp tài liệu của văn bản "
            f"{directive.number} nên không được một mình ký xác nhận hoàn thành; cần một thành "
            "viên Đoàn kiểm tra khác ký xác nhận trước.",
        )


def request_signoff_if_complete(
    session: Session, ws: Workspace, directive: Directive, now: datetime
) -> None:
    if directive.state != DirectiveState.ACTIVE:
        return
    if any(a.state != ActionState.APPROVED for a in directive.actions):
        return
    move_directive(
        session, directive, Move.REQUEST_SIGNOFF, None, now, round=directive.signoff_round
    )
    notify(
        session,
        ws,
        event=f"signoff_requested:{directive.id}:{directive.signoff_round}",
        template="signoff_requested",
        recipients=signers(ws, directive),
        directive=directive,
        action_count=len(directive.actions),
    )


def closed_out(session: Session, directive_id: int) -> bool:
    return (
        session.scalar(
            select(AuditEvent.id).where(
                AuditEvent.directive_id == directive_id, AuditEvent.kind == "directive.closed_out"
            )
        )
        is not None
    )


def record_closeout(
    session: Session,
    ws: Workspace,
    directive_id: int,
    *,
    report_url: str,
    summary: str,
    files: dict[str, str],
    now: datetime | None = None,
) -> bool:
    """Mark a closed directive as closed out and tell everyone; False if already done."""
    now = now or utcnow()
    directive = get_directive(session, directive_id, lock=True)
    if directive.state != DirectiveState.CLOSED:
        raise InvalidTransition(
            "only a signed-off directive can be closed out",
            f"Văn bản {directive.number} chưa được ký xác nhận hoàn thành.",
        )
    if closed_out(session, directive.id):
        return False
    audit.append(
        session,
        actor=SYSTEM_ACTOR,
        kind="directive.closed_out",
        directive_id=directive.id,
        after={"files": files},
        at=now,
    )
    recipients = ws.org.with_role(Role.DIRECTOR) + signers(ws, directive)
    for unit_id in sorted({a.lead_unit for a in directive.actions}):
        head = ws.org.head_of(unit_id)
        if head:
            recipients.append(head)
    notify(
        session,
        ws,
        event=f"closed:{directive.id}",
        template="closed",
        recipients=recipients,
        directive=directive,
        summary=summary,
        report_url=report_url,
    )
    return True
