"""A loopback server that speaks Zalo's documented HTTP contract.

No Zalo sandbox is reachable from here, so the demo uses this as its local Zalo
(as the mail catcher is its local SMTP) and the tests use it as the fake at the
HTTP edge. It implements, on one port:

    POST /v3.0/oa/message/cs           OA customer-service text message
    POST /v3.0/oa/message/transaction  OA transaction message (same shape here)
    POST /message/template             ZNS template message to a phone
    POST /v4/oa/access_token           refresh: one-time refresh tokens
    GET  /v2.0/oa/conversation         recent messages with a user (newest first)

Point the settings at it: ``oa_api_url``, ``zns_api_url`` and ``oauth_url`` all
equal ``standin.url``, with ``app_id``/``secret_key`` from the stand-in and the
token pair from ``issue_tokens()``.

As Zalo does, it answers HTTP 200 with ``{"error": <code>, "message": ...}``;
``error`` -216 means the access token is invalid or expired. Every accepted
message is kept in ``messages`` and, with ``record_dir``, appended as a JSON
line to ``record_dir/zalo-messages.jsonl``. ``fail_next(n, ...)`` makes the
next n message requests fail (HTTP 500 or a given error code) for tests.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs

logger = logging.getLogger(__name__)

OA_TEXT_MAX = 2000
ERROR_TOKEN_INVALID = -216
ERROR_PARAMS_INVALID = -201
ERROR_REFRESH_INVALID = -14014
PHONE_RE = re.compile(r"^84\d{9,10}$")
MESSAGE_PATHS = ("/v3.0/oa/message/cs", "/v3.0/oa/message/transaction", "/message/template")


@dataclass
class _Failure:
    status: int
    error: int
    message: str


class ZaloStandIn:
    """``ZaloStandIn(host="127.0.0.1", port=0, record_dir=None)``; start()/stop()/url."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        record_dir: Path | None = None,
        *,
        app_id: str = "standin-app",
        secret_key: str = "standin-secret",
        token_lifetime_seconds: int = 90000,
    ) -> None:
        self.host = host
        self.port = port
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
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._seq = 0
        # False makes the conversation endpoint answer HTTP 500 (the OA plugin
        # then cannot tell whether a stranded message went out, and re-sends).
        self.conversation_available = True

    # Lifecycle ---------------------------------------------------------------

    def start(self) -> ZaloStandIn:
        if self._server is not None:
            return self
        standin = self

        class Handler(_Handler):
            owner = standin

        server = ThreadingHTTPServer((self.host, self.port), Handler)
        server.daemon_threads = True
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="zalo-standin",
            daemon=True,
        )
        self._thread.start()
        logger.info("Zalo stand-in listening on %s", self.url)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> ZaloStandIn:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    # Controls for tests and the demo ------------------------------------------

    def issue_tokens(self) -> tuple[str, str]:
        """A fresh (access_token, refresh_token) pair the stand-in will accept."""
        access = "at-" + secrets.token_urlsafe(16)
        refresh = "rt-" + secrets.token_urlsafe(16)
        with self._lock:
            self._access_tokens[access] = time.monotonic() + self.token_lifetime_seconds
            self._refresh_tokens.add(refresh)
        return access, refresh

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
                outcome = (
                    200,
                    {
                        "error": ERROR_TOKEN_INVALID,
                        "message": "Access token is invalid or expired",
                    },
                )
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
                outcome = (
                    200,
                    {
                        "error": ERROR_TOKEN_INVALID,
                        "message": "Access token is invalid or expired",
                    },
                )
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
                access = "at-" + secrets.token_urlsafe(16)
                refresh = "rt-" + secrets.token_urlsafe(16)
                self._access_tokens[access] = time.monotonic() + self.token_lifetime_seconds
                self._refresh_tokens.add(refresh)
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
            self.record_dir.mkdir(parents=True, exist_ok=True)
            with open(self.record_dir / "zalo-messages.jsonl", "a", encoding="utf-8") as fh:
                fh.write(json.dumps(message, ensure_ascii=False) + "\n")


def _dig(payload: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(payload, dict):
            return None
        payload = payload.get(key)
    return payload


class _Handler(BaseHTTPRequestHandler):
    owner: ZaloStandIn
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("zalo stand-in: " + format, *args)

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0]
        if path in MESSAGE_PATHS:
            try:
                payload = json.loads(raw.decode("utf-8")) if raw else None
            except (UnicodeDecodeError, json.JSONDecodeError):
                self._reply(200, {"error": ERROR_PARAMS_INVALID, "message": "Body is not JSON"})
                return
            self._reply(
                *self.owner._handle_message(path, self.headers.get("access_token"), payload)
            )
        elif path == "/v4/oa/access_token":
            form = parse_qs(raw.decode("utf-8"), keep_blank_values=True)
            self._reply(*self.owner._handle_refresh(self.headers.get("secret_key"), form))
        else:
            self._reply(404, {"error": -404, "message": f"Unknown endpoint {path}"})

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path == "/v2.0/oa/conversation":
            data = parse_qs(query).get("data", [None])[0]
            self._reply(*self.owner._handle_conversation(self.headers.get("access_token"), data))
        else:
            self._reply(404, {"error": -404, "message": f"Unknown endpoint {path}"})


def main() -> None:  # pragma: no cover - a convenience for running it by hand
    import argparse

    parser = argparse.ArgumentParser(description="Run the local Zalo stand-in.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8030)
    parser.add_argument("--record-dir", type=Path, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    standin = ZaloStandIn(args.host, args.port, args.record_dir).start()
    access, refresh = standin.issue_tokens()
    logger.info(
        "DIRECTIVES_ZALO__OA_API_URL=%s DIRECTIVES_ZALO__ZNS_API_URL=%s "
        "DIRECTIVES_ZALO__OAUTH_URL=%s DIRECTIVES_ZALO__APP_ID=%s "
        "DIRECTIVES_ZALO__SECRET_KEY=%s DIRECTIVES_ZALO__ACCESS_TOKEN=%s "
        "DIRECTIVES_ZALO__REFRESH_TOKEN=%s",
        standin.url,
        standin.url,
        standin.url,
        standin.app_id,
        standin.secret_key,
        access,
        refresh,
    )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        standin.stop()


if __name__ == "__main__":  # pragma: no cover
    main()
