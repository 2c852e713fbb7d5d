"""Zalo's documented answers, as the loopback stand-in gives them (no HTTP here).

``ZaloApiAnswers`` holds what a Zalo OA would hold (issued tokens, accepted
messages, every request seen) and decides each reply by Zalo's rules: HTTP 200
with ``{"error": <code>, "message": ...}``, ``error`` -216 for an invalid or
expired access token, one-time refresh tokens. ``zalo_api_standin`` serves it
over HTTP on 127.0.0.1 for the embedded default and the tests.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OA_TEXT_MAX = 2000
ERROR_TOKEN_INVALID = -216
ERROR_PARAMS_INVALID = -201
ERROR_REFRESH_INVALID = -14014
# Who an OA may reach (DESIGN.md §6): a consultation ("cs") text only a follower
# who interacted with the OA recently; a transaction message any follower.
ERROR_NOT_FOLLOWER = -213
ERROR_OUTSIDE_WINDOW = -230
FOLLOWER, NOT_FOLLOWER, OUTSIDE_WINDOW = "follower", "not_follower", "outside_window"
PHONE_RE = re.compile(r"^84\d{9,10}$")
MESSAGE_PATHS = ("/v3.0/oa/message/cs", "/v3.0/oa/message/transaction", "/message/template")


@dataclass
class _Failure:
    status: int
    error: int
    message: str


def _token_invalid() -> tuple[int, dict[str, Any]]:
    return 200, {"error": ERROR_TOKEN_INVALID, "message": "Access token is invalid or expired"}


class ZaloApiAnswers:
    """The state of a Zalo OA and its replies; thread-safe (one lock)."""

    def __init__(
        self,
        record_dir: Path | None = None,
        *,
        app_id: str = "standin-app",
        secret_key: str = "standin-secret",
        token_lifetime_seconds: int = 90000,
    ) -> None:
        self.record_dir = record_dir
        self.app_id = app_id
        self.secret_key = secret_key
        self.token_lifetime_seconds = token_lifetime_seconds
        self._lock = threading.Lock()
        self._access_tokens: dict[str, float] = {}  # token -> expires at (monotonic)
        self._refresh_tokens: set[str] = set()  # unused ones
        self._failures: list[_Failure] = []
        self._messages: list[dict[str, Any]] = []
        self._requests: list[dict[str, Any]] = []
        self._seq = 0
        # False makes the conversation endpoint answer HTTP 500 (the OA plugin
        # then cannot tell whether a stranded message went out, and re-sends).
        self.conversation_available = True
        # user_id -> FOLLOWER | NOT_FOLLOWER | OUTSIDE_WINDOW; anyone absent is a
        # follower who wrote to the OA a moment ago.
        self.reach: dict[str, str] = {}

    # Controls for tests and the demo ------------------------------------------

    def issue_tokens(self) -> tuple[str, str]:
        """A fresh (access_token, refresh_token) pair the stand-in will accept."""
        with self._lock:
            return self._new_pair()

    def expire_access_tokens(self) -> None:
        """Every access token issued so far now answers -216."""
        with self._lock:
            for token in self._access_tokens:
                self._access_tokens[token] = 0.0

    def fail_next(
        self, count: int = 1, *, status: int = 500, error: int = -32, message: str = "Failure"
    ) -> None:
        """The next ``count`` message requests fail: with HTTP ``status`` when it is
        not 200, else with HTTP 200 and Zalo error ``error``."""
        with self._lock:
            self._failures.extend(_Failure(status, error, message) for _ in range(count))

    @property
    def messages(self) -> list[dict[str, Any]]:
        """Accepted messages, oldest first (copies)."""
        with self._lock:
            return [dict(m) for m in self._messages]

    @property
    def requests(self) -> list[dict[str, Any]]:
        """Every request received (path and outcome), accepted or not."""
        with self._lock:
            return [dict(r) for r in self._requests]

    def clear(self) -> None:
        with self._lock:
            self._messages.clear()
            self._requests.clear()

    # Request handling (called from the server threads) -------------------------

    def _new_pair(self) -> tuple[str, str]:
        """Issue an (access, refresh) pair; the caller holds the lock."""
        access = "at-" + secrets.token_urlsafe(16)
        refresh = "rt-" + secrets.token_urlsafe(16)
        self._access_tokens[access] = time.monotonic() + self.token_lifetime_seconds
        self._refresh_tokens.add(refresh)
        return access, refresh

    def _next_id(self) -> str:
        self._seq += 1
        return f"{self._seq:06d}{secrets.token_hex(8)}"

    def _token_ok(self, token: str | None) -> bool:
        if not token:
            return False
        expires = self._access_tokens.get(token)
        return expires is not None and expires > time.monotonic()

    def _handle_message(
        self, path: str, token: str | None, payload: Any
    ) -> tuple[int, dict[str, Any]]:
        with self._lock:
            outcome: tuple[int, dict[str, Any]]
            if not self._token_ok(token):
                outcome = _token_invalid()
            elif self._failures:
                failure = self._failures.pop(0)
                if failure.status != 200:
                    outcome = failure.status, {"error": -1, "message": "Internal server error"}
                else:
                    outcome = 200, {"error": failure.error, "message": failure.message}
            elif path == "/message/template":
                outcome = self._accept_zns(payload)
            else:
                outcome = self._accept_oa(path, payload)
            self._requests.append({"path": path, "status": outcome[0], "reply": outcome[1]})
            return outcome

    def _accept_oa(self, path: str, payload: Any) -> tuple[int, dict[str, Any]]:
        user_id = _dig(payload, "recipient", "user_id")
        text = _dig(payload, "message", "text")
        if not isinstance(user_id, str) or not user_id:
            return 200, {"error": ERROR_PARAMS_INVALID, "message": "recipient.user_id is required"}
        if not isinstance(text, str) or not text:
            return 200, {"error": ERROR_PARAMS_INVALID, "message": "message.text is required"}
        if len(text) > OA_TEXT_MAX:
            return 200, {
                "error": ERROR_PARAMS_INVALID,
                "message": f"message.text longer than {OA_TEXT_MAX} characters",
            }
        reach = self.reach.get(user_id, FOLLOWER)
        if reach == NOT_FOLLOWER:
            return 200, {"error": ERROR_NOT_FOLLOWER, "message": "User has not followed the OA"}
        if reach == OUTSIDE_WINDOW and path.endswith("/cs"):
            return 200, {
                "error": ERROR_OUTSIDE_WINDOW,
                "message": "User has not interacted with the OA within the allowed period",
            }
        message_id = self._next_id()
        self._record(
            {
                "kind": path.rsplit("/", 1)[-1],
                "user_id": user_id,
                "text": text,
                "message_id": message_id,
            }
        )
        return 200, {
            "error": 0,
            "message": "Success",
            "data": {"message_id": message_id, "user_id": user_id},
        }

    def _accept_zns(self, payload: Any) -> tuple[int, dict[str, Any]]:
        phone = _dig(payload, "phone")
        template_id = _dig(payload, "template_id")
        template_data = _dig(payload, "template_data")
        if not isinstance(phone, str) or not PHONE_RE.match(phone):
            return 200, {"error": ERROR_PARAMS_INVALID, "message": "phone must be 84xxxxxxxxx"}
        if not isinstance(template_id, str) or not template_id:
            return 200, {"error": ERROR_PARAMS_INVALID, "message": "template_id is required"}
        if not isinstance(template_data, dict):
            return 200, {"error": ERROR_PARAMS_INVALID, "message": "template_data is required"}
        msg_id = self._next_id()
        self._record(
            {
                "kind": "zns",
                "phone": phone,
                "template_id": template_id,
                "template_data": template_data,
                "tracking_id": _dig(payload, "tracking_id"),
                "message_id": msg_id,
            }
        )
        return 200, {
            "error": 0,
            "message": "Success",
            "data": {"msg_id": msg_id, "sent_time": str(int(time.time() * 1000))},
        }

    def _handle_conversation(
        self, token: str | None, query: str | None
    ) -> tuple[int, dict[str, Any]]:
        with self._lock:
            outcome: tuple[int, dict[str, Any]]
            try:
                wanted = json.loads(query or "")
            except json.JSONDecodeError:
                wanted = None
            if not self._token_ok(token):
                outcome = _token_invalid()
            elif not self.conversation_available:
                outcome = 500, {"error": -1, "message": "Internal server error"}
            elif not isinstance(wanted, dict) or not wanted.get("user_id"):
                outcome = (
                    200,
                    {"error": ERROR_PARAMS_INVALID, "message": "data.user_id is required"},
                )
            else:
                offset = int(wanted.get("offset") or 0)
                count = int(wanted.get("count") or 5)
                mine = [
                    {
                        "src": 0,
                        "time": int(m["at"] * 1000),
                        "type": "text",
                        "message": m["text"],
                        "message_id": m["message_id"],
                        "to_id": m["user_id"],
                    }
                    for m in reversed(self._messages)
                    if m.get("user_id") == wanted["user_id"]
                ]
                outcome = (
                    200,
                    {
                        "error": 0,
                        "message": "Success",
                        "data": mine[offset : offset + count],
                    },
                )
            self._requests.append(
                {"path": "/v2.0/oa/conversation", "status": outcome[0], "reply": outcome[1]}
            )
            return outcome

    def _handle_refresh(
        self, secret_key: str | None, form: dict[str, list[str]]
    ) -> tuple[int, dict[str, Any]]:
        def field(name: str) -> str | None:
            values = form.get(name)
            return values[0] if values else None

        with self._lock:
            outcome: tuple[int, dict[str, Any]]
            if secret_key != self.secret_key or field("app_id") != self.app_id:
                outcome = 200, {"error": -14002, "error_name": "Invalid app_id or secret_key"}
            elif field("grant_type") != "refresh_token":
                outcome = 200, {"error": -14001, "error_name": "Invalid grant_type"}
            elif field("refresh_token") not in self._refresh_tokens:
                outcome = (
                    200,
                    {
                        "error": ERROR_REFRESH_INVALID,
                        "error_name": "Invalid parameter",
                        "error_reason": "Refresh token is invalid or already used",
                    },
                )
            else:
                self._refresh_tokens.discard(field("refresh_token") or "")
                access, refresh = self._new_pair()
                # Zalo sends expires_in as a string of seconds.
                outcome = (
                    200,
                    {
                        "access_token": access,
                        "refresh_token": refresh,
                        "expires_in": str(self.token_lifetime_seconds),
                    },
                )
            self._requests.append(
                {"path": "/v4/oa/access_token", "status": outcome[0], "reply": outcome[1]}
            )
            return outcome

    def _record(self, message: dict[str, Any]) -> None:
        message["at"] = time.time()
        self._messages.append(message)
        if self.record_dir is not None:
            self.record_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            record = os.open(
                self.record_dir / "zalo-messages.jsonl",
                os.O_WRONLY | os.O_CREAT | os.O_APPEND,
                0o600,
            )
            with os.fdopen(record, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(message, ensure_ascii=False) + "\n")


def _dig(payload: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(payload, dict):
            return None
        payload = payload.get(key)
    return payload
