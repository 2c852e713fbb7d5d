"""States, the one transition table, and who may make each move.

No database and no Prefect here: the store asks this module whether a move is
allowed, then writes the change and its audit event in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from directives.errors import InvalidTransition
from directives.org import Role


class ActionState(StrEnum):
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    REOPENED = "reopened"


class DirectiveState(StrEnum):
    ACTIVE = "active"
    AWAITING_SIGNOFF = "awaiting_signoff"
    CLOSED = "closed"


class Move(StrEnum):
    START = "start"
    SUBMIT = "submit"
    APPROVE = "approve"
    REJECT = "reject"
    REOPEN = "reopen"
    # directive moves
    REQUEST_SIGNOFF = "request_signoff"
    SIGN = "sign"
    REFUSE_SIGNOFF = "refuse_signoff"
    RETURN_TO_ACTIVE = "return_to_active"


# Who may make a move: "unit" means a member (assignee) or the head of the
# action's lead unit; "system" means the workflow itself.
UNIT = "unit"
SYSTEM = "system"


@dataclass(frozen=True)
class Transition:
    source: str
    move: Move
    target: str
    actors: frozenset[str]


def _t(source: StrEnum, move: Move, target: StrEnum, *actors: str) -> Transition:
    return Transition(source.value, move, target.value, frozenset(actors))


ACTION_TRANSITIONS: tuple[Transition, ...] = (
    _t(ActionState.ASSIGNED, Move.START, ActionState.IN_PROGRESS, UNIT),
    _t(ActionState.IN_PROGRESS, Move.SUBMIT, ActionState.SUBMITTED, UNIT),
    _t(ActionState.SUBMITTED, Move.APPROVE, ActionState.APPROVED, Role.INSPECTOR),
    _t(ActionState.SUBMITTED, Move.REJECT, ActionState.REJECTED, Role.INSPECTOR),
    _t(ActionState.REJECTED, Move.START, ActionState.IN_PROGRESS, UNIT),
    _t(ActionState.APPROVED, Move.REOPEN, ActionState.REOPENED, Role.INSPECTOR),
    _t(ActionState.REOPENED, Move.START, ActionState.IN_PROGRESS, UNIT),
)

DIRECTIVE_TRANSITIONS: tuple[Transition, ...] = (
    _t(DirectiveState.ACTIVE, Move.REQUEST_SIGNOFF, DirectiveState.AWAITING_SIGNOFF, SYSTEM),
    _t(DirectiveState.AWAITING_SIGNOFF, Move.SIGN, DirectiveState.CLOSED, Role.TEAM_LEADER),
    _t(
        DirectiveState.AWAITING_SIGNOFF,
        Move.REFUSE_SIGNOFF,
        DirectiveState.ACTIVE,
        Role.TEAM_LEADER,
    ),
    _t(DirectiveState.AWAITING_SIGNOFF, Move.RETURN_TO_ACTIVE, DirectiveState.ACTIVE, SYSTEM),
)

ACTION_STATE_VI: dict[str, str] = {
    ActionState.ASSIGNED: "Đã giao",
    ActionState.IN_PROGRESS: "Đang thực hiện",
    ActionState.SUBMITTED: "Đã nộp, chờ thẩm định",
    ActionState.APPROVED: "Đã được chấp thuận",
    ActionState.REJECTED: "Bị trả lại",
    ActionState.REOPENED: "Được mở lại",
}

DIRECTIVE_STATE_VI: dict[str, str] = {
    DirectiveState.ACTIVE: "Đang thực hiện",
    DirectiveState.AWAITING_SIGNOFF: "Chờ Đoàn kiểm tra ký xác nhận",
    DirectiveState.CLOSED: "Đã kết thúc",
}

MOVE_VI: dict[str, str] = {
    Move.START: "bắt đầu thực hiện",
    Move.SUBMIT: "nộp tài liệu kiểm chứng",
    Move.APPROVE: "chấp thuận",
    Move.REJECT: "trả lại",
    Move.REOPEN: "mở lại",
    Move.REQUEST_SIGNOFF: "chuyển chờ ký xác nhận",
    Move.SIGN: "ký xác nhận hoàn thành",
    Move.REFUSE_SIGNOFF: "từ chối ký xác nhận",
    Move.RETURN_TO_ACTIVE: "chuyển lại trạng thái đang thực hiện",
}


def _find(
    table: tuple[Transition, ...],
    state: str,
    move: Move,
    noun: tuple[str, str],
    states_vi: dict[str, str],
) -> Transition:
    """The transition for ``move`` from ``state`` in ``table``, or InvalidTransition
    naming the ``noun`` (English, Vietnamese) and its state."""
    for transition in table:
        if transition.source == state and transition.move == move:
            return transition
    raise InvalidTransition(
        f"cannot {move.value} {noun[0]} that is {state}",
        f"Không thể {MOVE_VI[move]} {noun[1]} đang ở trạng thái “{states_vi.get(state, state)}”.",
    )


def action_transition(state: str, move: Move) -> Transition:
    """The transition for ``move`` from ``state``, or InvalidTransition."""
    return _find(ACTION_TRANSITIONS, state, move, ("an action", "nhiệm vụ"), ACTION_STATE_VI)


def directive_transition(state: str, move: Move) -> Transition:
    return _find(
        DIRECTIVE_TRANSITIONS, state, move, ("a directive", "văn bản chỉ đạo"), DIRECTIVE_STATE_VI
    )


class Timeliness(StrEnum):
    """The four buckets Vietnamese government reports count, plus ongoing tasks."""

    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    OPEN_WITHIN_DEADLINE = "open_within_deadline"
    OPEN_OVERDUE = "open_overdue"
    ONGOING = "ongoing"


TIMELINESS_VI: dict[str, str] = {
    Timeliness.DONE_ON_TIME: "Đã hoàn thành đúng hạn",
    Timeliness.DONE_LATE: "Đã hoàn thành quá hạn",
    Timeliness.OPEN_WITHIN_DEADLINE: "Chưa hoàn thành, trong hạn",
    Timeliness.OPEN_OVERDUE: "Chưa hoàn thành, quá hạn",
    Timeliness.ONGOING: "Nhiệm vụ thường xuyên",
}


def timeliness(deadline: date | None, completed_on: date | None, today: date) -> Timeliness:
    """Bucket an action due ``deadline``, done on ``completed_on`` (its approved submission's date).

    A period ends at the end of its last day, so work done on the deadline is on time.
    """
    if deadline is None:
        return Timeliness.ONGOING
    if completed_on is not None:
        return Timeliness.DONE_ON_TIME if completed_on <= deadline else Timeliness.DONE_LATE
    return Timeliness.OPEN_WITHIN_DEADLINE if today <= deadline else Timeliness.OPEN_OVERDUE
