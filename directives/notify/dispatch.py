"""Delivering the outbox: claim due rows, send them, record what happened.

One pass of ``dispatch_pending``:

1. **Claim**, in one short transaction: rows whose status is ``pending``,
   ``failed`` or ``sending`` and whose ``next_attempt_at`` has come, oldest
   first, at most ``limit``. PostgreSQL locks them ``FOR UPDATE SKIP LOCKED``
   (a concurrent dispatcher skips them); SQLite serialises the claim with
   ``BEGIN IMMEDIATE``. Each claimed row becomes ``sending``, ``attempts + 1``,
   and ``next_attempt_at = now + lease``: the lease. The claim is committed
   before anything is sent, so two dispatchers never send one row.
2. **Send** each row (a few at a time, in threads) through apprise: email with
   a Message-ID derived from the idempotency key, Zalo OA text, or ZNS.
3. **Record**, as the sends finish, a few rows per transaction: ``sent``
   (with the provider's message id and ``sent_at``), or ``failed`` with
   ``last_error`` and an exponential backoff, or ``dead`` after
   ``max_attempts`` or an error no retry can fix, or ``skipped`` (a Zalo
   message the person cannot get, who gets the e-mail; see ``channels``).
   ``dead`` rows stay in the table, visible, never silently dropped. The
   record is fenced by ``attempts``: a dispatcher whose lease ran out and whose
   row was re-claimed does not overwrite the newer attempt's outcome.

A crash between sending and recording leaves a row ``sending``; once its lease
has passed, the next pass sends it again. For email the retry carries the same
Message-ID (``<sha256(key)@directives.local>``), so a duplicate is recognisable
by any mail system and by ``mailcatcher.duplicate_message_ids``. ZNS carries
``tracking_id`` = the same hash. Zalo's OA message API has no idempotency
field, so before re-sending such a row the OA plugin reads the recent
conversation with the user and, finding the same text sent since the stranded
attempt began, records that message instead of sending again. Where that
conversation cannot be read, the text is sent again: it may then reach the
user twice (only after a crash inside the milliseconds between Zalo's reply
and our commit).

Outbox addresses: email rows hold the email address; Zalo rows hold the OA
follower's ``user_id``, or ``zns:<phone>/<template_id>`` for a ZNS template
message (body: the template data as a JSON object, or plain text which fills
``{"title", "content"}``).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime, timedelta

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from directives.db import Notification, utcnow
from directives.notify.channels import (
    Outcome,
    Outgoing,
    Sender,
    make_sender,
    send_email,
    send_zalo,
    with_links,
)
from directives.notify.links import LinkMinter, SigninLinks
from directives.notify.outbox import CHANNEL_EMAIL, CHANNEL_ZALO, ZNS_PREFIX
from directives.settings import Settings

__all__ = [
    "ZNS_PREFIX",
    "DispatchResult",
    "Outcome",
    "Outgoing",
    "Sender",
    "claim_due",
    "dispatch_pending",
    "make_sender",
    "record_outcome",
    "send_email",
    "send_zalo",
]

logger = logging.getLogger(__name__)

STATUS_PENDING = "pending"
STATUS_SENDING = "sending"
STATUS_SENT = "sent"
STATUS_FAILED = "failed"
STATUS_DEAD = "dead"
STATUS_SKIPPED = "skipped"  # not sent on its channel, for the reason in `note`
DUE_STATUSES = (STATUS_PENDING, STATUS_FAILED, STATUS_SENDING)

DEFAULT_LEASE = timedelta(minutes=5)
DEFAULT_MAX_ATTEMPTS = 10
BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_MAX = timedelta(hours=6)


class ChannelCounts(BaseModel):
    sent: int = 0
    failed: int = 0  # will be retried
    dead: int = 0  # given up on; still in the table with last_error
    skipped: int = 0  # not sent on this channel (the person is reached otherwise): see note

    def add(self, status: str) -> None:
        if status in (STATUS_SENT, STATUS_FAILED, STATUS_DEAD, STATUS_SKIPPED):
            setattr(self, status, getattr(self, status) + 1)


class DispatchResult(BaseModel):
    """What one pass did: rows claimed and, per channel, sent / failed / dead."""

    claimed: int = 0
    channels: dict[str, ChannelCounts] = Field(default_factory=dict)

    def count(self, channel: str) -> ChannelCounts:
        return self.channels.setdefault(channel, ChannelCounts())

    @property
    def sent(self) -> int:
        return sum(c.sent for c in self.channels.values())

    @property
    def failed(self) -> int:
        return sum(c.failed for c in self.channels.values())

    @property
    def dead(self) -> int:
        return sum(c.dead for c in self.channels.values())


def backoff(attempts: int) -> timedelta:
    """Wait before attempt ``attempts + 1``: 1, 2, 4 ... minutes, at most 6 hours."""
    delay: timedelta = BACKOFF_FIRST * (2 ** max(0, attempts - 1))
    return min(delay, BACKOFF_MAX)


def dispatch_pending(
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    now: datetime | None = None,
    limit: int = 200,
    lease: timedelta | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    workers: int = 8,
    sender: Sender | None = None,
    links: LinkMinter | None = None,
) -> DispatchResult:
    """Send the due outbox rows once each; see the module docstring for the protocol.

    ``now`` is this pass's clock (default: the current UTC time); tests move it
    forward to let backoffs and leases pass. ``lease`` defaults to
    ``settings.outbox.lease_seconds`` (every dispatcher of one outbox must use
    the same lease: a re-claim infers when the stranded attempt began from it).
    ``sender`` replaces the channels (default: ``make_sender(settings)``).
    ``links`` mints the pass's personal sign-in links (default ``SigninLinks``).
    Zalo rows are left pending while ``settings.zalo.enabled`` is false.
    """
    now = now or utcnow()
    if lease is None:
        lease = timedelta(seconds=settings.outbox.lease_seconds)
    channels = (CHANNEL_EMAIL, CHANNEL_ZALO) if settings.zalo.enabled else (CHANNEL_EMAIL,)
    claimed = claim_due(
        sessions, now=now, limit=limit, lease=lease, max_attempts=max_attempts, channels=channels
    )
    result = DispatchResult(claimed=len(claimed))
    if not claimed:
        return result
    claimed = with_links(claimed, links or SigninLinks(settings, sessions))
    send = sender or make_sender(settings)

    def deliver(item: Outgoing) -> tuple[Outgoing, Outcome]:
        try:
            return item, send(item)
        except Exception as exc:  # a bug in a channel must not strand the row in `sending`
            logger.exception("sending notification %d failed unexpectedly", item.id)
            return item, Outcome(ok=False, error=f"{type(exc).__name__}: {exc}")

    # Outcomes are recorded as they come, a few rows per transaction: one commit
    # per row made the database, not the mail server, the bottleneck.
    batch = max(1, min(workers, len(claimed)))
    done: list[tuple[Outgoing, Outcome]] = []
    with ThreadPoolExecutor(max_workers=batch) as pool:
        futures = [pool.submit(deliver, item) for item in claimed]
        for finished, future in enumerate(as_completed(futures), start=1):
            done.append(future.result())
            if len(done) >= batch or finished == len(futures):
                statuses = record_outcomes(sessions, done, now=now, max_attempts=max_attempts)
                for (item, _), status in zip(done, statuses, strict=True):
                    result.count(item.channel).add(status)
                done = []
    logger.info(
        "outbox pass: %d claimed, %d sent, %d failed, %d dead",
        result.claimed,
        result.sent,
        result.failed,
        result.dead,
    )
    return result


def claim_due(
    sessions: sessionmaker[Session],
    *,
    now: datetime,
    limit: int = 200,
    lease: timedelta = DEFAULT_LEASE,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    channels: tuple[str, ...] = (CHANNEL_EMAIL, CHANNEL_ZALO),
) -> list[Outgoing]:
    """Mark up to ``limit`` due rows ``sending`` under a lease and commit; returns them."""
    claimed: list[Outgoing] = []
    with sessions.begin() as session:
        rows = session.scalars(
            select(Notification)
            .where(
                Notification.status.in_(DUE_STATUSES),
                Notification.next_attempt_at <= now,
                Notification.channel.in_(channels),
            )
            .order_by(Notification.next_attempt_at, Notification.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        ).all()
        for row in rows:
            resumed_since = None
            if row.status == STATUS_SENDING:
                resumed_since = row.next_attempt_at - lease
                logger.warning(
                    "notification %d was left sending (lease expired); sending it again", row.id
                )
                if row.attempts >= max_attempts:
                    row.status = STATUS_DEAD
                    row.last_error = (row.last_error or "") + " [lease expired on the last attempt]"
                    continue
            row.status = STATUS_SENDING
            row.attempts += 1
            row.next_attempt_at = now + lease
            claimed.append(
                Outgoing(
                    id=row.id,
                    idempotency_key=row.idempotency_key,
                    channel=row.channel,
                    address=row.address,
                    subject=row.subject,
                    body=row.body,
                    attempts=row.attempts,
                    resumed_since=resumed_since,
                    recipient_id=row.recipient_id,
                    html=row.html,
                    link_path=row.link_path,
                    extra=row.extra,
                )
            )
    return claimed


def record_outcome(
    sessions: sessionmaker[Session],
    item: Outgoing,
    outcome: Outcome,
    *,
    now: datetime,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
) -> str:
    """Write the outcome of one attempt; returns the row's new status."""
    (status,) = record_outcomes(sessions, [(item, outcome)], now=now, max_attempts=max_attempts)
    return status


def record_outcomes(
    sessions: sessionmaker[Session],
    outcomes: list[tuple[Outgoing, Outcome]],
    *,
    now: datetime,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
) -> list[str]:
    """Write the outcomes of several attempts in one transaction; the rows' new statuses."""
    with sessions.begin() as session:
        ids = [item.id for item, _ in outcomes]
        rows = session.scalars(
            select(Notification).where(Notification.id.in_(ids)).with_for_update()
        ).all()
        by_id = {row.id: row for row in rows}
        return [
            _record(by_id.get(item.id), item, outcome, now=now, max_attempts=max_attempts)
            for item, outcome in outcomes
        ]


def _record(
    row: Notification | None, item: Outgoing, outcome: Outcome, *, now: datetime, max_attempts: int
) -> str:
    if row is None or row.status != STATUS_SENDING or row.attempts != item.attempts:
        # Our lease ran out and another pass took the row over: its outcome wins.
        logger.warning("notification %d changed hands; outcome not recorded", item.id)
        return row.status if row is not None else STATUS_DEAD
    if outcome.note:
        row.note = outcome.note
    if outcome.skipped:
        row.status = STATUS_SKIPPED
        row.last_error = outcome.error
    elif outcome.ok:
        row.status = STATUS_SENT
        row.sent_at = now
        row.provider_message_id = (outcome.provider_message_id or "")[:255] or None
        row.last_error = None
    elif outcome.permanent or row.attempts >= max_attempts:
        row.status = STATUS_DEAD
        row.last_error = outcome.error or "unknown error"
        logger.error(
            "notification %d (%s to %s) given up after %d attempt(s): %s",
            row.id,
            row.channel,
            row.address,
            row.attempts,
            row.last_error,
        )
    else:
        row.status = STATUS_FAILED
        row.last_error = outcome.error or "unknown error"
        row.next_attempt_at = now + backoff(row.attempts)
        logger.warning(
            "notification %d (%s) failed, attempt %d, retry at %s: %s",
            row.id,
            row.channel,
            row.attempts,
            row.next_attempt_at,
            row.last_error,
        )
    return row.status
