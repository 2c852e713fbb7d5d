"""The audit log: append-only events chained by hash.

Each event's hash covers its content and the previous event's hash, so an
edited, inserted or deleted row breaks the chain at a place ``verify`` names.
Appends are serialised: PostgreSQL takes a transaction-scoped advisory lock;
SQLite transactions already begin IMMEDIATE (one writer at a time). The unique
constraint on ``prev_hash`` is the last line of defence against a fork.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from directives.db import AuditEvent, utcnow

GENESIS = "0" * 64
_ADVISORY_LOCK_ID = 0x0D1EC7


def _digest(
    prev_hash: str,
    at: datetime,
    actor: str,
    kind: str,
    directive_id: int | None,
    action_id: int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> str:
    payload = json.dumps(
        {
            "prev": prev_hash,
            "at": at.replace(tzinfo=None).isoformat(timespec="microseconds"),
            "actor": actor,
            "kind": kind,
            "directive_id": directive_id,
            "action_id": action_id,
            "before": before,
            "after": after,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _normalise(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the JSON column gives back, so the hash is computed on what is stored."""
    return None if value is None else json.loads(json.dumps(value, default=str))


def append(
    session: Session,
    *,
    actor: str,
    kind: str,
    directive_id: int | None = None,
    action_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Append one event inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_LOCK_ID})
    prev = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    prev_hash = prev or GENESIS
    when = at or utcnow()
    before_n, after_n = _normalise(before), _normalise(after)
    event = AuditEvent(
        at=when,
        actor=actor,
        kind=kind,
        directive_id=directive_id,
        action_id=action_id,
        before=before_n,
        after=after_n,
        prev_hash=prev_hash,
        hash=_digest(prev_hash, when, actor, kind, directive_id, action_id, before_n, after_n),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True)
class ChainProblem:
    event_id: int
    problem: str  # "edited" | "inserted or deleted before this row"

    def __str__(self) -> str:
        return f"audit event {self.event_id}: {self.problem}"


def verify(session: Session) -> list[ChainProblem]:
    """Walk the chain in order; name every row whose hash or link does not hold."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        if event.prev_hash != expected_prev:
            problems.append(ChainProblem(event.id, "inserted or deleted before this row"))
        recomputed = _digest(
            event.prev_hash,
            event.at,
            event.actor,
            event.kind,
            event.directive_id,
            event.action_id,
            event.before,
            event.after,
        )
        if recomputed != event.hash:
            problems.append(ChainProblem(event.id, "edited"))
        expected_prev = event.hash
    return problems
