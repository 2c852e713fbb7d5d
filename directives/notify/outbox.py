"""The outbox: every message is a row first, keyed by (event, recipient, channel).

``enqueue`` is called inside the caller's transaction, next to the state change
that caused the message, so a message exists if and only if its cause was
committed. Enqueueing the same key twice is a no-op: a retried task, a re-run
flow or a second sweep never produces a second message.

The insert is ``INSERT ... ON CONFLICT (idempotency_key) DO NOTHING``, so two
writers racing on one key never fail each other's transaction: on PostgreSQL
the second waits for the first to commit and then inserts nothing; on SQLite
writers are serialised by ``BEGIN IMMEDIATE`` (see ``db.make_engine``).
Delivery is ``dispatch.dispatch_pending``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from directives.db import Notification, utcnow
from directives.org import Person

CHANNEL_EMAIL = "email"
CHANNEL_ZALO = "zalo"


@dataclass(frozen=True)
class Message:
    subject: str
    body: str


def idempotency_key(event: str, recipient_id: str, channel: str) -> str:
    return f"{event}|{recipient_id}|{channel}"


def enqueue(
    session: Session,
    *,
    event: str,
    recipient: Person,
    message: Message,
    directive_id: int | None = None,
    action_id: int | None = None,
    channels: tuple[str, ...] = (CHANNEL_EMAIL, CHANNEL_ZALO),
) -> list[Notification]:
    """Queue ``message`` for ``recipient`` on each channel they can be reached on.

    ``event`` names the cause uniquely (e.g. ``assigned:42``). Returns the rows
    this call added, flushed and attached to ``session`` (an empty list when
    every key was already queued, by this or a concurrent transaction), so
    ``len(result)`` is the number of new messages.
    """
    added: list[Notification] = []
    for channel in channels:
        address = recipient.email if channel == CHANNEL_EMAIL else recipient.zalo_user_id
        if not address:
            continue
        values = _row_values(event, recipient, channel, address, message, directive_id, action_id)
        new_id = _insert_if_absent(session, values)
        if new_id is not None:
            row = session.get(Notification, new_id)
            assert row is not None
            added.append(row)
    return added


def _row_values(
    event: str,
    recipient: Person,
    channel: str,
    address: str,
    message: Message,
    directive_id: int | None,
    action_id: int | None,
) -> dict[str, Any]:
    now = utcnow()
    return {
        "idempotency_key": idempotency_key(event, recipient.id, channel),
        "event": event.split(":", 1)[0],
        "directive_id": directive_id,
        "action_id": action_id,
        "recipient_id": recipient.id,
        "channel": channel,
        "address": address,
        "subject": message.subject,
        "body": message.body,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
        "created_at": now,
    }


@dataclass(frozen=True)
class Outgoing:
    """One message for ``enqueue_many``: the arguments of one ``enqueue`` call."""

    event: str
    recipient: Person
    message: Message
    directive_id: int | None = None
    action_id: int | None = None
    channels: tuple[str, ...] = (CHANNEL_EMAIL, CHANNEL_ZALO)


def enqueue_many(session: Session, messages: list[Outgoing], *, chunk: int = 500) -> list[int]:
    """``enqueue`` for many messages, a few multi-row statements instead of one per row.

    Same keys, same ``ON CONFLICT DO NOTHING``; returns, per message, how many
    rows it added (0 when every key was already queued). Added for the reminder
    sweep, which queues up to thousands of digests in one transaction.
    """
    dialect = session.get_bind().dialect.name
    if dialect not in ("postgresql", "sqlite"):
        return [
            len(
                enqueue(
                    session,
                    event=m.event,
                    recipient=m.recipient,
                    message=m.message,
                    directive_id=m.directive_id,
                    action_id=m.action_id,
                    channels=m.channels,
                )
            )
            for m in messages
        ]
    rows: list[tuple[int, dict[str, Any]]] = []
    for index, m in enumerate(messages):
        for channel in m.channels:
            address = m.recipient.email if channel == CHANNEL_EMAIL else m.recipient.zalo_user_id
            if address:
                values = _row_values(
                    m.event, m.recipient, channel, address, m.message, m.directive_id, m.action_id
                )
                rows.append((index, values))
    session.flush()
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # One cached statement run as executemany: SQLAlchemy batches it into
    # multi-row INSERTs ("insertmanyvalues") and still returns the keys added.
    table = cast(Table, Notification.__table__)
    stmt = (
        insert(table)
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(table.c.idempotency_key)
    )
    added: set[str] = set()
    connection = session.connection()
    for start in range(0, len(rows), chunk):
        batch = [values for _, values in rows[start : start + chunk]]
        if batch:
            added.update(connection.execute(stmt, batch).scalars())
    counts = [0] * len(messages)
    for index, values in rows:
        if values["idempotency_key"] in added:
            counts[index] += 1
    return counts


def _insert_if_absent(session: Session, values: dict[str, Any]) -> int | None:
    """Insert one outbox row unless its key exists; the new row's id, or None."""
    session.flush()  # pending ORM rows first, so a key added in this session is seen
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        stmt = (
            insert(Notification)
            .values(**values)
            .on_conflict_do_nothing(index_elements=["idempotency_key"])
            .returning(Notification.id)
        )
        new_id: int | None = session.execute(stmt).scalar_one_or_none()
        return new_id
    # Other backends: look, then insert inside a savepoint and treat a unique
    # violation as "someone else queued it".
    key = values["idempotency_key"]
    if session.scalar(select(Notification.id).where(Notification.idempotency_key == key)):
        return None
    try:
        with session.begin_nested():
            row = Notification(**values)
            session.add(row)
        return row.id
    except IntegrityError:
        return None
