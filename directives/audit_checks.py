"""Reconcile the state tables with the audit trail, on top of the chain's own checks.

A valid chain proves the events were not changed; it says nothing of a state
row written beside the trail (an action set to approved by hand, an evidence
row slipped in, a directive closed with no sign-off). Every state the store
writes comes with its event in the same transaction, so:

- an action's state is what its last state-changing event left (``assigned``
  when it has none), and its lead unit what its last assignment or
  reassignment said;
- a directive's state is what its last state-changing event left (``active``),
  and it has its ``directive.ingested`` event;
- every evidence row has its ``evidence.added`` event naming it and its sha256;
- every signature row has its ``directive.signature`` event in that round;
- a close-out event belongs to a closed directive.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import audit
from directives.audit import ChainProblem
from directives.db import Action, AuditEvent, Directive, Evidence, Signoff
from directives.domain import ACTION_STATE_VI, DIRECTIVE_STATE_VI

_UNIT_EVENTS = ("action.assigned", "action.reassigned")


def check_all(session: Session) -> list[ChainProblem]:
    """The chain, the anchor and the state tables: everything ``audit verify`` reports."""
    return audit.verify(session) + reconcile(session)


def _finding(problem: str, vi: str) -> ChainProblem:
    return ChainProblem(None, problem, vi)


class _Trail:
    """What the events say, folded per action and directive, in chain order."""

    def __init__(self, session: Session) -> None:
        self.action_state: dict[int, str] = {}
        self.action_unit: dict[int, str] = {}
        self.directive_state: dict[int, str] = {}
        self.ingested: set[int] = set()
        self.closed_out: set[int] = set()
        self.evidence: dict[int, str] = {}
        self.signatures: dict[tuple[int, int], int] = defaultdict(int)
        rows = session.execute(
            select(
                AuditEvent.kind, AuditEvent.directive_id, AuditEvent.action_id, AuditEvent.after
            ).order_by(AuditEvent.id)
        )
        for kind, directive_id, action_id, after in rows:
            self._fold(kind, directive_id, action_id, after or {})

    def _fold(
        self, kind: str, directive_id: int | None, action_id: int | None, after: dict[str, Any]
    ) -> None:
        state = after.get("state")
        if action_id is not None:
            if kind.startswith("action.") and isinstance(state, str):
                self.action_state[action_id] = state
            if kind in _UNIT_EVENTS and isinstance(after.get("unit"), str):
                self.action_unit[action_id] = after["unit"]
            if kind == "evidence.added" and isinstance(after.get("evidence_id"), int):
                self.evidence[after["evidence_id"]] = str(after.get("sha256"))
            return
        if directive_id is None:
            return
        if kind.startswith("directive.") and isinstance(state, str):
            self.directive_state[directive_id] = state
        if kind == "directive.ingested":
            self.ingested.add(directive_id)
        elif kind == "directive.closed_out":
            self.closed_out.add(directive_id)
        elif kind == "directive.signature" and isinstance(after.get("round"), int):
            self.signatures[(directive_id, after["round"])] += 1


def reconcile(session: Session) -> list[ChainProblem]:
    trail = _Trail(session)
    return (
        _directives(session, trail)
        + _actions(session, trail)
        + _evidence(session, trail)
        + _signatures(session, trail)
    )


_WHAT_VI = {"action": ("Nhiệm vụ", ACTION_STATE_VI), "directive": ("Văn bản", DIRECTIVE_STATE_VI)}


def _state_finding(what: str, name: str, state: str, expected: str) -> ChainProblem:
    label, names = _WHAT_VI[what]
    return _finding(
        f"{what} {name} is {state} but its events leave it {expected}",
        f"{label} {name} đang ở trạng thái “{names.get(state, state)}” nhưng nhật ký không có "
        f"sự kiện chuyển sang trạng thái này (theo nhật ký: “{names.get(expected, expected)}”).",
    )


def _directives(session: Session, trail: _Trail) -> list[ChainProblem]:
    found: list[ChainProblem] = []
    for d_id, number, state in session.execute(
        select(Directive.id, Directive.number, Directive.state).order_by(Directive.id)
    ):
        if d_id not in trail.ingested:
            found.append(
                _finding(
                    f"directive {number} has no ingest event",
                    f"Văn bản {number} có trong cơ sở dữ liệu nhưng nhật ký không ghi việc "
                    "tiếp nhận.",
                )
            )
        expected = trail.directive_state.get(d_id, "active")
        if state != expected:
            found.append(_state_finding("directive", number, state, expected))
        if d_id in trail.closed_out and state != "closed":
            found.append(
                _finding(
                    f"directive {number} was closed out but is {state}",
                    f"Văn bản {number} đã có sự kiện kết thúc nhưng chưa ở trạng thái hoàn thành.",
                )
            )
    return found


def _actions(session: Session, trail: _Trail) -> list[ChainProblem]:
    found: list[ChainProblem] = []
    for a_id, code, state, unit in session.execute(
        select(Action.id, Action.code, Action.state, Action.lead_unit).order_by(Action.id)
    ):
        expected = trail.action_state.get(a_id, "assigned")
        if state != expected:
            found.append(_state_finding("action", code, state, expected))
        logged_unit = trail.action_unit.get(a_id)
        if logged_unit is not None and logged_unit != unit:
            found.append(
                _finding(
                    f"action {code} is led by {unit} but its events say {logged_unit}",
                    f"Nhiệm vụ {code} đang giao cho đơn vị “{unit}” nhưng nhật ký ghi "
                    f"đơn vị “{logged_unit}”.",
                )
            )
    return found


def _evidence(session: Session, trail: _Trail) -> list[ChainProblem]:
    found: list[ChainProblem] = []
    for e_id, sha256 in session.execute(select(Evidence.id, Evidence.sha256).order_by(Evidence.id)):
        logged = trail.evidence.get(e_id)
        if logged != sha256:
            found.append(
                _finding(
                    f"evidence {e_id} has no matching evidence.added event",
                    f"Tài liệu kiểm chứng số {e_id} có trong cơ sở dữ liệu nhưng nhật ký "
                    + ("không ghi việc tải lên." if logged is None else "ghi một tệp khác."),
                )
            )
    return found


def _signatures(session: Session, trail: _Trail) -> list[ChainProblem]:
    found: list[ChainProblem] = []
    rows = session.execute(
        select(Signoff.directive_id, Signoff.round, Signoff.person_id)
        .where(Signoff.decision == "sign")
        .order_by(Signoff.id)
    )
    counted: dict[tuple[int, int], int] = defaultdict(int)
    for d_id, round_, person in rows:
        counted[(d_id, round_)] += 1
        if counted[(d_id, round_)] > trail.signatures.get((d_id, round_), 0):
            found.append(
                _finding(
                    f"signature of {person} (directive {d_id}, round {round_}) has no event",
                    f"Chữ ký xác nhận của {person} (văn bản mã số {d_id}, lượt {round_}) "
                    "không có trong nhật ký.",
                )
            )
    return found
