"""Zalo OA access tokens: where the current pair lives and how it is refreshed.

A Zalo refresh token works once; the reply to a refresh carries the next pair.
Losing that reply locks the OA out until someone re-authorises it by hand, so
the new pair is written at once, and one worker refreshes at a time:

- the pair lives in ``<home>/zalo_tokens.json`` (mode 0600, written to a
  temporary file and renamed, so a crash leaves the old or the new file);
- a refresh holds an exclusive ``fcntl`` lock on ``<home>/zalo_tokens.lock``
  across read, POST and write; a worker that waited for the lock re-reads the
  file and, when another worker already replaced the token it found stale,
  uses the new one instead of spending the refresh token a second time.

The first pair comes from the settings (``DIRECTIVES_ZALO__ACCESS_TOKEN`` and
``DIRECTIVES_ZALO__REFRESH_TOKEN``) until the file exists. The file notes which
configured pair it descends from (a hash of its refresh token): when the
configured pair changes (the OA re-authorised by hand, a new stand-in), the
file is stale and the configured pair wins. Workers on several
hosts need the home folder shared (or one host doing the Zalo sends).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from directives.db import utcnow
from directives.notify.zalo_http import http_client
from directives.settings import ZaloSettings

logger = logging.getLogger(__name__)

TOKENS_FILE = "zalo_tokens.json"
LOCK_FILE = "zalo_tokens.lock"
EARLY_REFRESH = timedelta(minutes=5)


class ZaloTokenError(Exception):
    """No usable Zalo token: none configured, or the refresh was refused."""


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_at: datetime | None = None

    def to_json(self, seed: str) -> dict[str, Any]:
        return {
            "seed": seed,
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "saved_at": utcnow().isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TokenPair:
        expires = data.get("expires_at")
        return cls(
            access_token=str(data["access_token"]),
            refresh_token=str(data["refresh_token"]),
            expires_at=datetime.fromisoformat(expires) if expires else None,
        )


class ZaloTokenStore:
    """The current token pair of one Zalo OA, shared by every worker using ``home_dir``."""

    def __init__(
        self,
        home_dir: Path,
        settings: ZaloSettings,
        *,
        timeout: float = 10.0,
    ) -> None:
        self.path = Path(home_dir) / TOKENS_FILE
        self.lock_path = Path(home_dir) / LOCK_FILE
        self.settings = settings
        self.timeout = timeout

    def _seed(self) -> str:
        """Which configured pair this store starts from (a hash, not the token)."""
        configured = self.settings.refresh_token
        value = configured.get_secret_value() if configured is not None else ""
        return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]

    def current(self) -> TokenPair:
        pair = self._read()
        if pair is not None:
            return pair
        zs = self.settings
        if zs.access_token is None or zs.refresh_token is None:
            raise ZaloTokenError(
                "no Zalo token: set DIRECTIVES_ZALO__ACCESS_TOKEN and "
                "DIRECTIVES_ZALO__REFRESH_TOKEN"
            )
        return TokenPair(zs.access_token.get_secret_value(), zs.refresh_token.get_secret_value())

    def access_token(self) -> str:
        """A token to send with; refreshed first when it is known to expire within minutes."""
        pair = self.current()
        if pair.expires_at is not None and pair.expires_at - EARLY_REFRESH <= utcnow():
            return self.refresh(pair.access_token)
        return pair.access_token

    def refresh(self, stale_access_token: str) -> str:
        """Replace ``stale_access_token`` (rejected by Zalo); returns the token to use now."""
        with self._locked():
            pair = self.current()
            if pair.access_token != stale_access_token:
                return pair.access_token  # another worker refreshed while we waited
            new = self._post_refresh(pair.refresh_token)
            self._write(new)
            logger.info("Zalo access token refreshed; expires at %s", new.expires_at)
            return new.access_token

    # Internals ---------------------------------------------------------------

    def _post_refresh(self, refresh_token: str) -> TokenPair:
        zs = self.settings
        if not zs.app_id or zs.secret_key is None:
            raise ZaloTokenError("cannot refresh the Zalo token: app_id or secret_key missing")
        url = zs.oauth_url.rstrip("/") + "/v4/oa/access_token"
        try:
            response = http_client().post(
                url,
                data={
                    "refresh_token": refresh_token,
                    "app_id": zs.app_id,
                    "grant_type": "refresh_token",
                },
                headers={"secret_key": zs.secret_key.get_secret_value()},
                timeout=self.timeout,
            )
            body = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise ZaloTokenError(f"Zalo token refresh failed: {exc}") from exc
        if response.status_code != 200 or not isinstance(body, dict) or "access_token" not in body:
            raise ZaloTokenError(f"Zalo token refresh refused: HTTP {response.status_code} {body}")
        expires_in = body.get("expires_in")
        expires_at = utcnow() + timedelta(seconds=int(expires_in)) if expires_in else None
        return TokenPair(str(body["access_token"]), str(body["refresh_token"]), expires_at)

    def _read(self) -> TokenPair | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        configured = self.settings.refresh_token is not None
        if configured and data.get("seed") != self._seed():
            return None  # the configured pair was replaced since this file was written
        return TokenPair.from_json(data)

    def _write(self, pair: TokenPair) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".zalo_tokens.", dir=self.path.parent)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(pair.to_json(self._seed()), fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
