"""The audit log: append-only events in a keyed chain, its head anchored outside the database.

Each event's ``hash`` is an HMAC-SHA256, under a key that never enters the
database (``Settings.audit_mac_key``), of its content, its sequence number
(``id``) and the previous event's ``hash``. Someone who can write the database
but does not hold the key can neither forge, edit nor re-chain an event
without ``verify`` naming it. Deleting the newest events (or all of them) keeps
a valid chain, so after every commit that appended events the head (id and
MAC) is written to an append-only anchor file in the state folder (mode 0600);
the sweep also publishes it as a Prefect event and in the admins' daily report.
A head in the anchor that the database no longer holds is a truncation.

Events written before the key was introduced (``keyed`` false) keep their
unkeyed sha256 chain and are verified as before; an unkeyed event after a
keyed one, or at an anchored sequence number, is a finding (a downgrade).

Appends are serialised: PostgreSQL takes a transaction-scoped advisory lock;
SQLite transactions already begin IMMEDIATE (one writer at a time). Ids are
given here (previous id + 1) under that lock, so the sequence has no gaps; the
unique constraint on ``prev_hash`` is the last line of defence against a fork.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session, SessionTransaction

from directives.db import AuditEvent, utcnow

if TYPE_CHECKING:
    from directives.settings import Settings

log = logging.getLogger(__name__)

GENESIS = "0" * 64
SCHEME = "hmac-sha256/1"
_ADVISORY_LOCK_ID = 0x0D1EC7
_SEAL = "directives.audit.seal"
_PENDING = "directives.audit.pending_head"
_HOOKED = "directives.audit.hooked"


@dataclass(frozen=True)
class AuditSeal:
    """What appending and verifying need from outside the database."""

    key: bytes
    anchor_file: Path

    @classmethod
    def from_settings(cls, settings: Settings) -> AuditSeal:
        return cls(key=settings.audit_mac_key(), anchor_file=settings.audit_anchor_file)

    def session_info(self) -> dict[str, Any]:
        """For ``sessionmaker(info=...)``: every session of the factory appends with this seal."""
        return {_SEAL: self}


def seal_of(session: Session) -> AuditSeal:
    seal = session.info.get(_SEAL)
    if not isinstance(seal, AuditSeal):
        raise RuntimeError("this session has no audit seal: build it with db.session_factory")
    return seal


@dataclass(frozen=True)
class Head:
    """The newest event: its sequence number and chain value."""

    id: int
    mac: str


def _payload(
    prev_hash: str,
    at: datetime,
    actor: str,
    kind: str,
    directive_id: int | None,
    action_id: int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    **extra: Any,
) -> bytes:
    return json.dumps(
        {
            "prev": prev_hash,
            "at": at.replace(tzinfo=None).isoformat(timespec="microseconds"),
            "actor": actor,
            "kind": kind,
            "directive_id": directive_id,
            "action_id": action_id,
            "before": before,
            "after": after,
            **extra,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    ).encode()


def _content(event: AuditEvent) -> tuple[Any, ...]:
    return (
        event.prev_hash,
        event.at,
        event.actor,
        event.kind,
        event.directive_id,
        event.action_id,
        event.before,
        event.after,
    )


def legacy_digest(event: AuditEvent) -> str:
    """The unkeyed chain value of an event written before the key (the old scheme)."""
    return hashlib.sha256(_payload(*_content(event))).hexdigest()


def keyed_mac(key: bytes, event: AuditEvent) -> str:
    payload = _payload(*_content(event), id=event.id, scheme=SCHEME)
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _normalise(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the JSON column gives back, so the MAC is computed on what is stored."""
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
    """Append one event inside the caller's transaction; its head is anchored on commit."""
    seal = seal_of(session)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_LOCK_ID})
    head = read_head(session)
    event_row = AuditEvent(
        id=(head.id if head else 0) + 1,
        at=(at or utcnow()).astimezone(UTC),  # stored as UTC: the MAC must see the same
        actor=actor,
        kind=kind,
        directive_id=directive_id,
        action_id=action_id,
        before=_normalise(before),
        after=_normalise(after),
        prev_hash=head.mac if head else GENESIS,
        keyed=True,
    )
    event_row.hash = keyed_mac(seal.key, event_row)
    session.add(event_row)
    session.flush()
    _anchor_on_commit(session, Head(event_row.id, event_row.hash))
    return event_row


def read_head(session: Session) -> Head | None:
    row = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    return Head(row[0], row[1]) if row else None


# The anchor: an append-only file outside the database -------------------------------


def _anchor_on_commit(session: Session, head: Head) -> None:
    session.info[_PENDING] = head
    if not session.info.get(_HOOKED):
        event.listen(session, "after_commit", _write_pending)
        event.listen(session, "after_transaction_end", _drop_pending)
        session.info[_HOOKED] = True


def _write_pending(session: Session) -> None:
    head = session.info.pop(_PENDING, None)
    if isinstance(head, Head):
        write_anchor(seal_of(session).anchor_file, head)


def _drop_pending(session: Session, transaction: SessionTransaction) -> None:
    """Any end of the outermost transaction that was not a commit (a rollback, or a close
    without commit, which fires no rollback event) forgets the head it did not commit."""
    if transaction.parent is None:
        session.info.pop(_PENDING, None)


def write_anchor(path: Path, head: Head) -> None:
    """Append one line (a single write on an O_APPEND file: atomic between processes).

    Best effort after the commit: a lost line only makes the anchor lag, which
    ``verify`` never mistakes for tampering."""
    line = json.dumps({"id": head.id, "mac": head.mac, "written": utcnow().isoformat()}) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode())
        finally:
            os.close(fd)
    except OSError:
        log.error("could not anchor audit head %s in %s", head.id, path, exc_info=True)


def read_anchors(path: Path) -> Iterator[Head]:
    """Every head ever anchored (a torn last line from a crash is skipped)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                record = json.loads(line)
                yield Head(int(record["id"]), str(record["mac"]))
            except (ValueError, KeyError, TypeError):
                log.warning("skipping a damaged line of the audit anchor %s", path)


def anchor_head(session: Session) -> Head | None:
    """Anchor the current head now (the sweep does this); returns it for other witnesses."""
    head = read_head(session)
    if head is not None:
        write_anchor(seal_of(session).anchor_file, head)
    return head


# Verifying the chain ----------------------------------------------------------------


@dataclass(frozen=True)
class ChainProblem:
    event_id: int | None
    problem: str  # English, for logs and tests
    message_vi: str  # what the CLI and the admins' report say

    def __str__(self) -> str:
        return f"audit event {self.event_id}: {self.problem}"


def _problem(event_id: int | None, problem: str, vi: str) -> ChainProblem:
    return ChainProblem(event_id, problem, vi)


def verify(session: Session) -> list[ChainProblem]:
    """Walk the chain in order and check it against the anchor; name every finding."""
    seal = seal_of(session)
    problems: list[ChainProblem] = []
    expected_prev = GENESIS
    seen_keyed = False
    stored: dict[int, tuple[str, bool]] = {}
    rows = session.scalars(
        select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=500)
    )
    for row in rows:
        stored[row.id] = (row.hash, row.keyed)
        if row.prev_hash != expected_prev:
            problems.append(
                _problem(
                    row.id,
                    "inserted or deleted before this row",
                    f"Sự kiện {row.id}: chuỗi bị đứt ngay trước sự kiện này "
                    "(có sự kiện bị chèn thêm hoặc bị xóa).",
                )
            )
        if row.keyed:
            seen_keyed = True
            valid = hmac.compare_digest(keyed_mac(seal.key, row), row.hash)
        else:
            valid = legacy_digest(row) == row.hash
            if seen_keyed:
                problems.append(
                    _problem(
                        row.id,
                        "unkeyed after keyed events",
                        f"Sự kiện {row.id}: không có mã xác thực bằng khóa bí mật dù các sự kiện "
                        "trước đã có (dấu hiệu giả mạo).",
                    )
                )
        if not valid:
            problems.append(
                _problem(
                    row.id,
                    "edited",
                    f"Sự kiện {row.id}: nội dung đã bị sửa hoặc bị giả mạo "
                    "(mã xác thực không khớp).",
                )
            )
        expected_prev = row.hash
    return problems + _against_anchor(seal.anchor_file, stored)


def _against_anchor(path: Path, stored: dict[int, tuple[str, bool]]) -> list[ChainProblem]:
    problems: list[ChainProblem] = []
    db_head = max(stored, default=0)
    anchored_head = 0
    named: set[int] = set()
    for head in read_anchors(path):
        anchored_head = max(anchored_head, head.id)
        if head.id > db_head or head.id in named:
            continue
        found = stored.get(head.id)
        if found is None or found[0] != head.mac or not found[1]:
            named.add(head.id)
            problems.append(
                _problem(
                    head.id,
                    "anchored event missing or changed",
                    f"Sự kiện {head.id} đã được neo bên ngoài cơ sở dữ liệu nhưng "
                    + ("không còn trong cơ sở dữ liệu." if found is None else "đã bị thay đổi."),
                )
            )
    if anchored_head > db_head:
        problems.append(
            _problem(
                None,
                f"truncated: anchored head {anchored_head} > database head {db_head}",
                f"Nhật ký bị cắt bớt: mốc neo ghi nhận sự kiện cuối là {anchored_head} "
                f"nhưng cơ sở dữ liệu chỉ còn đến sự kiện {db_head}.",
            )
        )
    return problems
