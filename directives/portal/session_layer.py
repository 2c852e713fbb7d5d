"""The portal's session and security headers, as a plain ASGI middleware.

Every request but a static file gets its server-side session (read in a worker
thread) in ``request.state.portal_session``, or a fresh anonymous one whose cookie is
set unless the handler wrote the session cookie itself; every response gets the
security headers, and every page ``Cache-Control: no-store``.

It touches only the response's start message: the request body passes through
untouched. (Starlette's ``BaseHTTPMiddleware``, which this replaces, relayed each
received chunk, every 256 KB of an upload, through a task group of its own.)
"""

from __future__ import annotations

from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from directives.portal.auth import SESSION_COOKIE, PortalSession
from directives.portal.context import portal_of, set_session_cookie

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "default-src 'self'; style-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'",
}


class PortalSessionMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        auth = portal_of(request).auth
        static = request.url.path.startswith("/tinh/")
        current: PortalSession | None = None
        if not static:  # static files need no session, and must not replace the cookie
            current = await run_in_threadpool(
                auth.read_session, request.cookies.get(SESSION_COOKIE)
            )
        fresh_cookie: str | None = None
        if current is None:
            current, fresh_cookie = auth.anonymous_session()
        request.state.portal_session = current
        request.state.session_written = static

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if fresh_cookie is not None and not request.state.session_written:
                    carrier = Response()
                    set_session_cookie(request, carrier, fresh_cookie)
                    for raw_name, raw_value in carrier.raw_headers:
                        if raw_name == b"set-cookie":
                            headers.append("set-cookie", raw_value.decode("latin-1"))
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
                if not static:
                    # Pages show a person's work and carry CSRF tokens: no cache may keep them.
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)
