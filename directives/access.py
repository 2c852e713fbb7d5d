"""Who may come in: one-time sign-in links, revocable sessions, sign-in rate limits,
disabled people. Every secret is stored only as its sha256.

- A **sign-in link** is a random token made when its message is sent
  (``notify.links``) or by ``directives login-link``; the ``sign_in_links``
  row keeps its sha256, person, landing page and expiry, and the outbox row
  only the landing page: a copy of the database holds no usable link.
- A link is **consumed** by ``UPDATE ... SET used_at WHERE used_at IS NULL AND
  expires_at > now`` and its row count: of any number of concurrent uses, on
  SQLite or PostgreSQL, exactly one signs in.
- A **session** cookie holds a random token; the row keeps its sha256 and can be
  revoked (sign-out, an admin disabling the person).
- **Requests** for links are counted per address (its sha256, known or not, so
  the answer tells nothing about the directory) and per client, under a lock.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, String, delete, func, select, text, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from directives import audit
from directives.db import Base, utcnow
from directives.errors import PermissionDenied
from directives.org import Person, Role

# Tables (migration 0006_secaccess) ------------------------------------------------


class PortalSession(Base):
    """A signed-in session (see ``access``): the cookie's token, kept as its sha256."""

    __tablename__ = "portal_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class SignInLink(Base):
    """A one-time sign-in link (see ``access``): its token's sha256, never the token."""

    __tablename__ = "sign_in_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    person_id: Mapped[str] = mapped_column(String(64), index=True)
    next_path: Mapped[str | None] = mapped_column(String(512))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class SignInRequest(Base):
    __tablename__ = "sign_in_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    address_hash: Mapped[str] = mapped_column(String(64), index=True)
    client: Mapped[str] = mapped_column(String(64), index=True)


class DisabledPerson(Base):
    __tablename__ = "disabled_people"

    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    disabled_at: Mapped[datetime]
    disabled_by: Mapped[str] = mapped_column(String(64))


LOGIN_EVENT = "portal.login"
_REQUEST_LOCK_ID = 0x5167_1A11  # serialises sign-in request counting on PostgreSQL


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def safe_next(path: str | None) -> str | None:
    """``path`` if it is a page of this site (a relative path), else None."""
    if not path or len(path) > 512 or not path.startswith("/") or path.startswith("//"):
        return None
    if "\\" in path or any(ord(c) < 0x21 or ord(c) == 0x7F for c in path):
        return None
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or parts.path.startswith(("/dang-nhap", "/dang-xuat")):
        return None
    return path


# Links ------------------------------------------------------------------------------


def issue_link(
    session: Session,
    person_id: str,
    *,
    minutes: int,
    next_path: str | None = None,
    now: datetime | None = None,
) -> tuple[SignInLink, str]:
    """A new one-time link for ``person_id``: its row and its token (only hashed here)."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    row = SignInLink(
        token_hash=digest(token),
        person_id=person_id,
        next_path=safe_next(next_path),
        created_at=now,
        expires_at=now + timedelta(minutes=minutes),
    )
    session.add(row)
    session.flush()
    return row, token


def _link_refused(row: SignInLink | None, now: datetime, minutes: int) -> PermissionDenied:
    if row is None:
        return PermissionDenied(
            "sign-in link invalid",
            "Đường dẫn đăng nhập không hợp lệ. Đề nghị yêu cầu gửi đường dẫn mới.",
        )
    if row.used_at is not None:
        return PermissionDenied(
            f"sign-in link of {row.person_id} already used",
            "Đường dẫn đăng nhập này đã được sử dụng. Đề nghị yêu cầu gửi đường dẫn mới.",
        )
    return PermissionDenied(
        f"sign-in link of {row.person_id} expired",
        f"Đường dẫn đăng nhập đã hết hạn (chỉ có hiệu lực trong {minutes} phút). "
        "Đề nghị yêu cầu gửi đường dẫn mới.",
    )


def peek_link(
    session: Session, token: str, *, minutes: int, now: datetime | None = None
) -> SignInLink:
    """A live link's row (whom it signs in, where it lands), without using it up;
    PermissionDenied if it is not live."""
    now = now or utcnow()
    row = session.scalar(select(SignInLink).where(SignInLink.token_hash == digest(token)))
    if row is None or row.used_at is not None or row.expires_at <= now:
        raise _link_refused(row, now, minutes)
    return row


def consume_link(
    session: Session, token: str, *, minutes: int, now: datetime | None = None
) -> SignInLink:
    """Use the link up, once: of concurrent callers exactly one gets the row."""
    now = now or utcnow()
    hashed = digest(token)
    used = session.execute(
        update(SignInLink)
        .where(
            SignInLink.token_hash == hashed,
            SignInLink.used_at.is_(None),
            SignInLink.expires_at > now,
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    row = session.scalar(select(SignInLink).where(SignInLink.token_hash == hashed))
    if getattr(used, "rowcount", 0) != 1 or row is None:
        raise _link_refused(row, now, minutes)
    session.refresh(row)
    if is_disabled(session, row.person_id):
        raise disabled_refusal(row.person_id)
    audit.append(session, actor=row.person_id, kind=LOGIN_EVENT, after={"link": row.id}, at=now)
    return row


# Sessions ---------------------------------------------------------------------------


def open_session(
    session: Session, person_id: str, *, hours: int, now: datetime | None = None
) -> str:
    """A new session for ``person_id``; returns the cookie's token (only its hash is kept)."""
    now = now or utcnow()
    token = secrets.token_urlsafe(32)
    session.add(
        PortalSession(
            token_hash=digest(token),
            person_id=person_id,
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    session.flush()
    return token


def find_session(session: Session, token: str, now: datetime | None = None) -> PortalSession | None:
    """The live session a cookie names: not revoked, not expired, its person not disabled."""
    now = now or utcnow()
    return session.scalar(
        select(PortalSession).where(
            PortalSession.token_hash == digest(token),
            PortalSession.revoked_at.is_(None),
            PortalSession.expires_at > now,
            PortalSession.person_id.not_in(select(DisabledPerson.person_id)),
        )
    )


def revoke_session(session: Session, token_hash: str, now: datetime | None = None) -> None:
    session.execute(
        update(PortalSession)
        .where(PortalSession.token_hash == token_hash, PortalSession.revoked_at.is_(None))
        .values(revoked_at=now or utcnow())
    )


def revoke_person(session: Session, person_id: str, now: datetime | None = None) -> int:
    """End every session of ``person_id`` and kill their unused links; returns sessions ended."""
    now = now or utcnow()
    ended = session.execute(
        update(PortalSession)
        .where(PortalSession.person_id == person_id, PortalSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    session.execute(
        update(SignInLink)
        .where(SignInLink.person_id == person_id, SignInLink.used_at.is_(None))
        .values(used_at=now)
    )
    return int(getattr(ended, "rowcount", 0) or 0)


# Disabled people ----------------------------------------------------------------------


def is_disabled(session: Session, person_id: str) -> bool:
    return session.get(DisabledPerson, person_id) is not None


def disabled_refusal(person_id: str) -> PermissionDenied:
    return PermissionDenied(
        f"{person_id} is disabled",
        "Tài khoản của đồng chí đã bị quản trị viên tạm khóa. Đề nghị liên hệ quản trị viên.",
    )


def set_disabled(
    session: Session, person_id: str, *, by: Person, disabled: bool, now: datetime | None = None
) -> int:
    """An admin disables (revoking every session and link) or re-enables ``person_id``,
    audited; returns the sessions ended."""
    if not by.has(Role.ADMIN):
        raise PermissionDenied(
            f"{by.id} may not disable people",
            f"{by.name} không có quyền khóa hoặc mở khóa tài khoản người dùng.",
        )
    now = now or utcnow()
    row = session.get(DisabledPerson, person_id)
    ended = 0
    if disabled:
        if row is None:
            session.add(DisabledPerson(person_id=person_id, disabled_at=now, disabled_by=by.id))
        ended = revoke_person(session, person_id, now)
    elif row is not None:
        session.delete(row)
    audit.append(
        session,
        actor=by.id,
        kind="person.disabled" if disabled else "person.enabled",
        after={"person": person_id, "sessions_ended": ended},
        at=now,
    )
    return ended


# Rate limit ---------------------------------------------------------------------------


def record_request(
    session: Session,
    address: str,
    client: str,
    *,
    window: timedelta,
    per_address: int,
    per_client: int,
    now: datetime | None = None,
) -> bool:
    """Count a request for a link; False (nothing recorded) when a limit is reached.

    Counting and recording happen under one lock (PostgreSQL: an advisory
    transaction lock; SQLite: the writer lock ``BEGIN IMMEDIATE`` takes), so
    concurrent requests cannot all slip under the limit.
    """
    now = now or utcnow()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _REQUEST_LOCK_ID})
    address_hash = digest(address.strip().lower())
    client = client[:64]
    since = now - window

    def count(*where: ColumnElement[bool]) -> int:
        found = session.scalar(
            select(func.count(SignInRequest.id)).where(SignInRequest.at > since, *where)
        )
        return int(found or 0)

    if count(SignInRequest.address_hash == address_hash) >= per_address:
        return False
    if count(SignInRequest.client == client) >= per_client:
        return False
    session.add(SignInRequest(at=now, address_hash=address_hash, client=client))
    session.execute(delete(SignInRequest).where(SignInRequest.at < now - 4 * window))
    session.flush()
    return True
