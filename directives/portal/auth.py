"""Sign-in without passwords: one-time links, server-side sessions, CSRF tokens.

A signed-in visitor's cookie holds a random token; the ``portal_sessions`` row
keeps its sha256, so signing out or an admin disabling the person ends the
session at once (``directives.access``). Anonymous visitors get a signed cookie
with a nonce and no person, so the sign-in forms are protected against CSRF
too; a signed cookie never names a person. The CSRF token of a session is an
HMAC of its nonce (for a signed-in session: its token's hash): it needs no
storage and dies with the session.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session, sessionmaker

from directives import access
from directives.db import make_engine, session_factory
from directives.settings import Settings

SESSION_COOKIE = "directives_session"
SESSION_SALT = "session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


@dataclass(frozen=True)
class PortalSession:
    person_id: str | None
    nonce: str
    token_hash: str | None = None  # a signed-in session's row


def _anonymous(data: Any) -> PortalSession:
    if not isinstance(data, dict) or not isinstance(data.get("n"), str):
        raise BadSignature("malformed payload")
    return PortalSession(person_id=None, nonce=data["n"])


class Auth:
    """Everything the portal signs or looks up, with one key read once."""

    def __init__(self, settings: Settings, sessions: sessionmaker[Session]) -> None:
        self.settings = settings
        self.sessions = sessions
        self._key = settings.signing_key()

    @property
    def session_max_age(self) -> int:
        return self.settings.portal.session_hours * 3600

    @property
    def secure_cookie(self) -> bool:
        return (self.settings.portal.public_url or "").lower().startswith("https://")

    def _serializer(self) -> URLSafeTimedSerializer:
        return URLSafeTimedSerializer(self._key, salt=SESSION_SALT)

    def anonymous_session(self) -> tuple[PortalSession, str]:
        """A fresh signed-out session (new nonce, so a new CSRF token) and its cookie."""
        session = PortalSession(person_id=None, nonce=secrets.token_urlsafe(16))
        return session, self._serializer().dumps({"n": session.nonce})

    def sign_in(self, db: Session, person_id: str) -> tuple[PortalSession, str]:
        """A new server-side session in the caller's transaction, and its cookie."""
        token = access.open_session(db, person_id, hours=self.settings.portal.session_hours)
        hashed = access.digest(token)
        return PortalSession(person_id=person_id, nonce=hashed, token_hash=hashed), token

    def read_session(self, cookie: str | None) -> PortalSession | None:
        if not cookie or len(cookie) > 512:
            return None
        if "." in cookie:  # signed, anonymous
            try:
                return _anonymous(self._serializer().loads(cookie, max_age=self.session_max_age))
            except BadSignature:  # includes SignatureExpired
                return None
        with self.sessions() as db:
            found = access.find_session(db, cookie)
        if found is None:
            return None
        return PortalSession(found.person_id, nonce=found.token_hash, token_hash=found.token_hash)

    def sign_out(self, session: PortalSession) -> None:
        if session.token_hash is not None:
            with self.sessions.begin() as db:
                access.revoke_session(db, session.token_hash)

    # CSRF -------------------------------------------------------------------

    def csrf_token(self, session: PortalSession) -> str:
        return hmac.new(
            self._key.encode(), f"csrf|{session.nonce}".encode(), hashlib.sha256
        ).hexdigest()

    def csrf_ok(self, session: PortalSession, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf_token(session), str(token))


def make_login_token(
    settings: Settings,
    person_id: str,
    *,
    issued_at: datetime | None = None,
    next_path: str | None = None,
) -> str:
    """A one-time sign-in token for ``person_id`` (the portal URL is ``/dang-nhap/{token}``),
    recorded in the settings' database; for the CLI's ``login-link`` and the tests."""
    engine = make_engine(settings.db_url)
    try:
        with session_factory(engine).begin() as db:
            _, token = access.issue_link(
                db,
                person_id,
                minutes=settings.portal.login_link_minutes,
                next_path=next_path,
                now=issued_at,
            )
    finally:
        engine.dispose()
    return token


def link_target(settings: Settings, token: str) -> tuple[str, str]:
    """Whom a live link signs in and the page it lands on, without using it up
    (PermissionDenied if it is not live); for the demo's and the tests' checks."""
    engine = make_engine(settings.db_url)
    try:
        with session_factory(engine)() as db:
            row = access.peek_link(db, token, minutes=settings.portal.login_link_minutes)
            return row.person_id, row.next_path or "/"
    finally:
        engine.dispose()


def login_url(settings: Settings, person_id: str, *, next_path: str | None = None) -> str:
    token = make_login_token(settings, person_id, next_path=next_path)
    return f"{settings.portal.url.rstrip('/')}/dang-nhap/{token}"
