"""Personal sign-in links, minted when a message is sent, stored only as hashes.

Every message links to the page it is about (``/nhiem-vu/NV-02``,
``/van-ban/D0001``) through a link that signs its recipient in and lands on
that page. The outbox row keeps only the path and the recipient; the
dispatcher calls a ``LinkMinter`` just before sending, so a reader of the
database (or of a retried row) finds nothing to sign in with.

``SigninLinks`` records each link in ``sign_in_links`` (``directives.access``):
a random token whose sha256 alone is stored, with its person, landing page and
expiry; the portal's ``/dang-nhap/{token}`` shows a confirmation page and its
button uses the link up, once, atomically.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from directives import access
from directives.db import make_engine, session_factory
from directives.notify.outbox import LINK_MARKER
from directives.settings import Settings


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
    """``path`` if it is a page of this portal, else ``/`` (no open redirect)."""
    return access.safe_next(path) or "/"


class SigninLinks:
    """The default minter: one-time sign-in links valid ``message_link_hours``, recorded
    in the database of ``sessions`` (or of the settings) in one transaction per pass."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session] | None = None,
        *,
        minutes: int | None = None,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.base = settings.portal.url.rstrip("/")
        self.minutes = minutes or settings.portal.message_link_hours * 60

    def __call__(self, person_id: str, next_path: str, minutes: int | None = None) -> str:
        return self.mint([LinkRequest(person_id, next_path, minutes)])[0]

    def mint(self, requests: list[LinkRequest]) -> list[str]:
        engine = None
        sessions = self.sessions
        if sessions is None:
            engine = make_engine(self.settings.db_url)
            sessions = session_factory(engine)
        try:
            with sessions.begin() as session:
                tokens = [
                    access.issue_link(
                        session,
                        r.person_id,
                        minutes=r.minutes or self.minutes,
                        next_path=r.next_path,
                    )[1]
                    for r in requests
                ]
        finally:
            if engine is not None:
                engine.dispose()
        return [f"{self.base}/dang-nhap/{token}" for token in tokens]


def personalise(text: str, link: str, *, is_html: bool = False) -> str:
    """``text`` with its link marker replaced by ``link``."""
    return text.replace(LINK_MARKER, html.escape(link) if is_html else link)
