"""A loopback stand-in of Zalo's HTTP API, for the embedded default and the tests.

No Zalo sandbox is reachable from here, so the demo uses this as its local Zalo
(as the mail catcher is its local SMTP) and the tests use it as the fake at the
HTTP edge. It is not part of the product: only ``directives.local`` and the
tests use it. It implements, on one port:

    POST /v3.0/oa/message/cs           OA customer-service text message
    POST /v3.0/oa/message/transaction  OA transaction message (same shape here)
    POST /message/template             ZNS template message to a phone
    POST /v4/oa/access_token           refresh: one-time refresh tokens
    GET  /v2.0/oa/conversation         recent messages with a user (newest first)

Point the settings at it: ``oa_api_url``, ``zns_api_url`` and ``oauth_url`` all
equal ``standin.url``, with ``app_id``/``secret_key`` from the stand-in and the
token pair from ``issue_tokens()``.

The replies follow Zalo's rules (``zalo_api_answers``). Every accepted
message is kept in ``messages`` and, with ``record_dir``, appended as a JSON
line to ``record_dir/zalo-messages.jsonl``. ``fail_next(n, ...)`` makes the
next n message requests fail (HTTP 500 or a given error code) for tests.
"""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import parse_qs

from directives.local.loopback import LoopbackServer
from directives.local.zalo_api_answers import ERROR_PARAMS_INVALID, MESSAGE_PATHS, ZaloApiAnswers

logger = logging.getLogger(__name__)


class ZaloApiStandIn(ZaloApiAnswers, LoopbackServer):
    """``ZaloApiStandIn(host="127.0.0.1", port=0, record_dir=None)``; start()/stop()/url."""

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
        super().__init__(
            record_dir,
            app_id=app_id,
            secret_key=secret_key,
            token_lifetime_seconds=token_lifetime_seconds,
        )
        self.host = host
        self.port = port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Self:
        if self._server is not None:
            return self
        standin: ZaloApiStandIn = self

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

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"


class _Handler(BaseHTTPRequestHandler):
    owner: ZaloApiStandIn
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
    standin = ZaloApiStandIn(args.host, args.port, args.record_dir).start()
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
