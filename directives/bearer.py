"""Bearer tokens that the stack's own callers present to the portal (Prefect's webhook, a
directive's run asking for its steps): each derived from the signing key with a purpose
label, so none is stored apart and no two purposes share a token."""

from __future__ import annotations

import hashlib
import hmac
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from directives.settings import Settings


def derived_token(settings: Settings, purpose: bytes) -> str:
    return hmac.new(settings.signing_key().encode(), purpose, hashlib.sha256).hexdigest()


def bearer_ok(authorization: str | None, expected: str) -> bool:
    """Whether an ``Authorization`` header carries ``expected`` (compared in constant time)."""
    given = (authorization or "").removeprefix("Bearer ").strip()
    return bool(given) and hmac.compare_digest(given, expected)
