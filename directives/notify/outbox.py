"""The outbox: every message is a row first, keyed by (event, recipient, channel).

``enqueue`` is called inside the caller's transaction, next to the state change
that caused the message, so a message exists if and only if its cause was
committed. Enqueueing the same key twice is a no-op: a retried task, a re-run
flow or a second sweep never produces a second message.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives.db import Notification
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

    ``event`` names the cause uniquely (e.g. ``assigned:42``); returns the rows
    added now (none when every key was already queued).
    """
    added: list[Notification] = []
    for channel in channels:
        address = recipient.email if channel == CHANNEL_EMAIL else recipient.zalo_user_id
        if not address:
            continue
        key = idempotency_key(event, recipient.id, channel)
        exists = session.scalar(select(Notification.id).where(Notification.idempotency_key == key))
        if exists is not None:
            continue
        row = Notification(
            idempotency_key=key,
            event=event.split(":", 1)[0],
            directive_id=directive_id,
            action_id=action_id,
            recipient_id=recipient.id,
            channel=channel,
            address=address,
            subject=message.subject,
            body=message.body,
        )
        session.add(row)
        added.append(row)
    session.flush()
    return added
