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
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from directives.db import Notification, utcnow
from directives.notify import routing
from directives.org import Person

CHANNEL_EMAIL = "email"
CHANNEL_ZALO = "zalo"
# A Zalo row to someone who does not follow the OA: a ZNS template message to a
# phone (``zns:<phone>`` or ``zns:<phone>/<template_id>``).
ZNS_PREFIX = "zns:"


# Where a message's personal sign-in link goes: the dispatcher replaces it with a
# link minted at send time (see ``links``), so no usable link is stored.
LINK_MARKER = "[[directives-link]]"


@dataclass(frozen=True)
class Message:
    """A rendered message: subject and text body, and optionally the rest.

    ``html`` is the e-mail's HTML part; ``short`` the Zalo text (the e-mail's
    text when absent); ``link_path`` the portal page the message is about,
    where the personal link minted at send time lands; ``zns`` the fields a
    ZNS template may draw its parameters from.
    """

    subject: str
    body: str
    html: str | None = None
    short: str | None = None
    link_path: str | None = None
    zns: dict[str, str] | None = None
    template: str | None = None
    link_minutes: int | None = None  # the link's lifetime when not the messages' default


def idempotency_key(event: str, recipient_id: str, channel: str) -> str:
    return f"{event}|{recipient_id}|{channel}"


@dataclass(frozen=True)
class Outgoing:
    """One message for ``enqueue_many``: the arguments of one ``enqueue`` call."""

    event: str
    recipient: Person
    message: Message
    directive_id: int | None = None
    action_id: int | None = None
    channels: tuple[str, ...] = (CHANNEL_EMAIL, CHANNEL_ZALO)
    urgent: bool = False


def enqueue(
    session: Session,
    *,
    event: str,
    recipient: Person,
    message: Message,
    directive_id: int | None = None,
    action_id: int | None = None,
    channels: tuple[str, ...] = (CHANNEL_EMAIL, CHANNEL_ZALO),
    urgent: bool = False,
) -> list[Notification]:
    """Queue ``message`` for ``recipient`` on each channel they can be reached on.

    ``event`` names the cause uniquely (e.g. ``assigned:42``). ``channels`` is
    what the cause allows; the person's own channels (``routing``) narrow it,
    and their quiet hours delay it unless ``urgent``. Returns the rows this
    call added, flushed and attached to ``session`` (an empty list when every
    key was already queued, by this or a concurrent transaction), so
    ``len(result)`` is the number of new messages.
    """
    outgoing = Outgoing(event, recipient, message, directive_id, action_id, channels, urgent)
    chosen = routing.chosen_channels(session, [recipient.id])
    added: list[Notification] = []
    for values in _rows_for(outgoing, chosen, utcnow()):
        new_id = _insert_if_absent(session, values)
        if new_id is not None:
            row = session.get(Notification, new_id)
            assert row is not None
            added.append(row)
    return added


def _rows_for(
    m: Outgoing, chosen: dict[str, tuple[str, ...]], now: datetime
) -> list[dict[str, Any]]:
    """The outbox rows of one message: one per channel the person can be reached on."""
    person, message = m.recipient, m.message
    wanted = [c for c in routing.channels_of(person, chosen) if c in m.channels]
    hold = None if m.urgent else routing.quiet_until(person, now)
    base = {
        "event": m.event.split(":", 1)[0],
        "directive_id": m.directive_id,
        "action_id": m.action_id,
        "recipient_id": person.id,
        "subject": message.subject,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": hold or now,
        "created_at": now,
        "link_path": message.link_path,
        "note": f"giờ yên tĩnh {person.quiet_hours}: hoãn gửi" if hold else None,
    }
    rows: list[dict[str, Any]] = []
    if CHANNEL_EMAIL in wanted and person.email:
        rows.append(
            {
                **base,
                "idempotency_key": idempotency_key(m.event, person.id, CHANNEL_EMAIL),
                "channel": CHANNEL_EMAIL,
                "address": person.email,
                "body": message.body,
                "html": message.html,
                "extra": {"link_minutes": message.link_minutes} if message.link_minutes else None,
            }
        )
    zalo = _zalo_row(m, sends_email=bool(rows))
    if CHANNEL_ZALO in wanted and zalo is not None:
        address, extra = zalo
        rows.append(
            {
                **base,
                "idempotency_key": idempotency_key(m.event, person.id, CHANNEL_ZALO),
                "channel": CHANNEL_ZALO,
                "address": address,
                "body": message.short or f"{message.subject}\n\n{message.body}",
                "html": None,
                "extra": extra,
            }
        )
    return rows


def _zalo_row(m: Outgoing, *, sends_email: bool) -> tuple[str, dict[str, Any]] | None:
    """Address and fallback data of the Zalo row: OA to a follower, else ZNS to a phone.

    ``extra`` holds what the dispatcher needs to fall back when Zalo refuses
    the OA message (outside the consultation window, not a follower): the ZNS
    fields and phone, and, for someone who gets no e-mail of this message,
    the e-mail itself.
    """
    person, message = m.recipient, m.message
    extra: dict[str, Any] = {
        "template": message.template,
        "zns": message.zns,
        "email_sent": sends_email,
    }
    if message.link_minutes:
        extra["link_minutes"] = message.link_minutes
    if person.phone:
        extra["phone"] = person.phone
    if person.email and not sends_email:
        extra["email"] = {
            "address": person.email,
            "body": message.body,
            "html": message.html,
        }
    if person.zalo_user_id:
        return person.zalo_user_id, extra
    if person.phone and message.zns is not None:
        return f"{ZNS_PREFIX}{person.phone}", extra
    return None


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
                    urgent=m.urgent,
                )
            )
            for m in messages
        ]
    chosen = routing.chosen_channels(session, [m.recipient.id for m in messages])
    now = utcnow()
    rows = [
        (index, values) for index, m in enumerate(messages) for values in _rows_for(m, chosen, now)
    ]
    session.flush()
    insert = _dialect_insert(dialect)
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


def _dialect_insert(dialect: str) -> Any:
    """The dialect's INSERT with ON CONFLICT, imported for the backend in use only (the
    PostgreSQL dialect package costs a SQLite flow run 0.1 CPU-s to import)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def _insert_if_absent(session: Session, values: dict[str, Any]) -> int | None:
    """Insert one outbox row unless its key exists; the new row's id, or None."""
    session.flush()  # pending ORM rows first, so a key added in this session is seen
    dialect = session.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        insert = _dialect_insert(dialect)
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


def sent_to(session: Session, person_id: str, *, limit: int = 50) -> list[Notification]:
    """The latest outbox rows addressed to ``person_id``, newest first (the portal's list)."""
    return list(
        session.scalars(
            select(Notification)
            .where(Notification.recipient_id == person_id)
            .order_by(Notification.created_at.desc(), Notification.id.desc())
            .limit(limit)
        )
    )
