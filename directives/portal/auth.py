"""Sign-in without passwords: signed login links, signed session cookies, CSRF tokens.

A login link carries ``{"p": person_id, "n": nonce}`` signed with the
workspace key (salt ``login``) and is valid for ``login_link_minutes``. The
session cookie carries the same shape (salt ``session``) and lives
``session_hours``; anonymous visitors get a session with no person so the
sign-in form is protected against CSRF too. The CSRF token of a session is an
HMAC of its nonce: it needs no storage and dies with the session.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from directives.errors import PermissionDenied
from directives.notify.links import safe_next_path
from directives.settings import Settings

SESSION_COOKIE = "directives_session"
LOGIN_SALT = "login"
SESSION_SALT = "session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


@dataclass(frozen=True)
class PortalSession:
    person_id: str | None
    nonce: str
    # Login links only: where to land after signing in, and the link's lifetime
    # in minutes when it differs from ``login_link_minutes`` (message links).
    next_path: str = "/"
    minutes: int | None = None


def _serializer(key: str, salt: str, issued_at: datetime | None = None) -> URLSafeTimedSerializer:
    if issued_at is None:
        return URLSafeTimedSerializer(key, salt=salt)
    stamp = int(issued_at.timestamp())

    class _IssuedAt(TimestampSigner):
        def get_timestamp(self) -> int:
            return stamp

    return URLSafeTimedSerializer(key, salt=salt, signer=_IssuedAt)


def _payload(data: Any) -> PortalSession:
    if not isinstance(data, dict) or not isinstance(data.get("n"), str):
        raise BadSignature("malformed payload")
    person_id = data.get("p")
    if person_id is not None and not isinstance(person_id, str):
        raise BadSignature("malformed payload")
    minutes = data.get("t")
    return PortalSession(
        person_id=person_id,
        nonce=data["n"],
        next_path=safe_next_path(data.get("x") if isinstance(data.get("x"), str) else None),
        minutes=minutes if isinstance(minutes, int) and minutes > 0 else None,
    )


class Auth:
    """Everything the portal signs, with one key read once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._key = settings.signing_key()

    # Login links ----------------------------------------------------------

    def login_token(self, person_id: str, *, issued_at: datetime | None = None) -> str:
        nonce = secrets.token_urlsafe(12)
        return _serializer(self._key, LOGIN_SALT, issued_at).dumps({"p": person_id, "n": nonce})

    def read_login_token(self, token: str) -> PortalSession:
        """The person and nonce a login link names; PermissionDenied if forged or expired."""
        portal = self.settings.portal
        longest = max(portal.login_link_minutes, portal.message_link_hours * 60) * 60
        try:
            data, signed_at = _serializer(self._key, LOGIN_SALT).loads(
                token, max_age=longest, return_timestamp=True
            )
            found = _payload(data)
            lifetime = min(found.minutes or portal.login_link_minutes, longest // 60)
            if datetime.now(UTC) - signed_at > timedelta(minutes=lifetime):
                raise SignatureExpired("login link expired")
        except SignatureExpired:
            raise PermissionDenied(
                "login link expired",
                "Đường dẫn đăng nhập đã hết hạn. Đề nghị yêu cầu gửi đường dẫn mới.",
            ) from None
        except BadSignature:
            raise PermissionDenied(
                "login link invalid",
                "Đường dẫn đăng nhập không hợp lệ. Đề nghị yêu cầu gửi đường dẫn mới.",
            ) from None
        if found.person_id is None:
            raise PermissionDenied("login link names nobody", "Đường dẫn đăng nhập không hợp lệ.")
        return found

    # Sessions -------------------------------------------------------------

    @property
    def session_max_age(self) -> int:
        return self.settings.portal.session_hours * 3600

    @property
    def secure_cookie(self) -> bool:
        return (self.settings.portal.public_url or "").lower().startswith("https://")

    def new_session(self, person_id: str | None) -> tuple[PortalSession, str]:
        """A fresh session (new nonce, so a new CSRF token) and its cookie value."""
        session = PortalSession(person_id=person_id, nonce=secrets.token_urlsafe(16))
        value = _serializer(self._key, SESSION_SALT).dumps(
            {"p": session.person_id, "n": session.nonce}
        )
        return session, value

    def read_session(self, cookie: str | None) -> PortalSession | None:
        if not cookie:
            return None
        try:
            return _payload(
                _serializer(self._key, SESSION_SALT).loads(cookie, max_age=self.session_max_age)
            )
        except BadSignature:  # includes SignatureExpired
            return None

    # CSRF -------------------------------------------------------------------

    def csrf_token(self, session: PortalSession) -> str:
        return hmac.new(
            self._key.encode(), f"csrf|{session.nonce}".encode(), hashlib.sha256
        ).hexdigest()

    def csrf_ok(self, session: PortalSession, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf_token(session), str(token))


def make_login_token(
    settings: Settings, person_id: str, *, issued_at: datetime | None = None
) -> str:
    """A login link token for ``person_id`` (the portal URL is ``/dang-nhap/{token}``)."""
    return Auth(settings).login_token(person_id, issued_at=issued_at)


def login_url(settings: Settings, person_id: str) -> str:
    return f"{settings.portal.url.rstrip('/')}/dang-nhap/{make_login_token(settings, person_id)}"
