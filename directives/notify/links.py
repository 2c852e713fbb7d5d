"""Personal sign-in links, minted when a message is sent, never stored.

Every message links to the page it is about (``/nhiem-vu/NV-02``,
``/van-ban/D0001``) through a link that signs its recipient in and lands on
that page. The outbox row keeps only the path and the recipient; the
dispatcher calls a ``LinkMinter`` just before sending, so a reader of the
database (or of a retried row) finds nothing to sign in with.

``signin_link`` signs ``{"p": person, "n": nonce, "x": next path, "t":
lifetime in minutes}`` with the workspace key under the portal's login salt:
the portal's ``/dang-nhap/{token}`` reads it (``portal.auth``), refuses it
after ``t`` minutes or a second use (the nonce), and lands on ``x``.
"""

from __future__ import annotations

import html
import secrets
from dataclasses import dataclass
from typing import Protocol

from itsdangerous import URLSafeTimedSerializer

from directives.notify.outbox import LINK_MARKER
from directives.settings import Settings

LOGIN_SALT = "login"  # the portal's (portal.auth.LOGIN_SALT)


@dataclass(frozen=True)
class LinkRequest:
    person_id: str
    next_path: str
    minutes: int | None = None  # None: the minter's default lifetime


class LinkMinter(Protocol):
    """Mints the links of a dispatcher pass at once (one transaction, where a minter
    records its links in the database)."""

    def mint(self, requests: list[LinkRequest]) -> list[str]: ...


def safe_next_path(path: str | None) -> str:
    """``path`` if it is a path on this portal, else ``/`` (no open redirect)."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


def signin_token(key: str, person_id: str, next_path: str, minutes: int) -> str:
    """A one-time sign-in token for ``person_id``, landing on ``next_path``."""
    payload = {
        "p": person_id,
        "n": secrets.token_urlsafe(12),
        "x": safe_next_path(next_path),
        "t": minutes,
    }
    return URLSafeTimedSerializer(key, salt=LOGIN_SALT).dumps(payload)


class SigninLinks:
    """The default minter: a one-time sign-in link valid ``message_link_hours``."""

    def __init__(self, settings: Settings, *, minutes: int | None = None) -> None:
        self.settings = settings
        self.base = settings.portal.url.rstrip("/")
        self.minutes = minutes or settings.portal.message_link_hours * 60
        self._key = settings.signing_key()

    def __call__(self, person_id: str, next_path: str, minutes: int | None = None) -> str:
        token = signin_token(self._key, person_id, next_path, minutes or self.minutes)
        return f"{self.base}/dang-nhap/{token}"

    def mint(self, requests: list[LinkRequest]) -> list[str]:
        return [self(r.person_id, r.next_path, r.minutes) for r in requests]


def personalise(text: str, link: str, *, is_html: bool = False) -> str:
    """``text`` with its link marker replaced by ``link``."""
    return text.replace(LINK_MARKER, html.escape(link) if is_html else link)
