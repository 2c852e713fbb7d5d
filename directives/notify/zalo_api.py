"""What both Zalo plugins share: the HTTP call with Zalo's error rules, and a base class.

Zalo answers HTTP 200 with ``{"error": <code>, "message": ..., "data": ...}``:
a non-zero ``error`` is a failure whatever the HTTP status. ``-216`` means the
access token is invalid or expired: the token is refreshed once (through the
token store, which lets one worker refresh at a time) and the request retried
once with the new token.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

import httpx
from apprise import NotifyType
from apprise.plugins.base import NotifyBase as _NotifyBase
from apprise.utils.parse import parse_bool as _parse_bool

from directives.notify.zalo_http import http_client
from directives.notify.zalo_tokens import ZaloTokenError

# apprise is only partly typed: use its base class and helpers as Any.
NotifyBase: Any = _NotifyBase
parse_bool: Any = _parse_bool

logger = logging.getLogger(__name__)

ERROR_TOKEN_INVALID = -216
# Errors a retry cannot fix: the request itself is wrong or the user cannot be
# reached by this OA (e.g. not a follower). Anything else is retried later.
PERMANENT_ERRORS = frozenset({-201, -213, -230})


class TokenSource(Protocol):
    def access_token(self) -> str: ...

    def refresh(self, stale_access_token: str) -> str: ...


class StaticToken:
    """A fixed token (from an apprise URL): used as given, never refreshed."""

    def __init__(self, token: str) -> None:
        self.token = token

    def access_token(self) -> str:
        return self.token

    def refresh(self, stale_access_token: str) -> str:
        raise ZaloTokenError("the Zalo access token was refused and cannot be refreshed here")


@dataclass(frozen=True)
class ZaloReply:
    ok: bool
    message_id: str | None = None
    error: int | None = None
    detail: str = ""
    permanent: bool = False
    data: Any = None


def post_json(
    url: str,
    payload: dict[str, Any],
    tokens: TokenSource,
    *,
    timeout: float = 15.0,
) -> ZaloReply:
    """POST ``payload`` to a Zalo endpoint; refreshes the token once on -216."""
    return call("POST", url, tokens, json=payload, timeout=timeout)


def call(
    method: str,
    url: str,
    tokens: TokenSource,
    *,
    json: dict[str, Any] | None = None,
    params: dict[str, str] | None = None,
    timeout: float = 15.0,
) -> ZaloReply:
    """One Zalo API request; on -216 the token is refreshed once and the request retried once."""
    try:
        token = tokens.access_token()
    except ZaloTokenError as exc:
        return ZaloReply(ok=False, detail=str(exc))
    reply = _call_once(method, url, token, json, params, timeout)
    if reply.error == ERROR_TOKEN_INVALID:
        logger.info("Zalo refused the access token (-216); refreshing once")
        try:
            token = tokens.refresh(token)
        except ZaloTokenError as exc:
            return ZaloReply(ok=False, error=ERROR_TOKEN_INVALID, detail=f"{reply.detail}; {exc}")
        reply = _call_once(method, url, token, json, params, timeout)
    return reply


def _call_once(
    method: str,
    url: str,
    token: str,
    payload: dict[str, Any] | None,
    params: dict[str, str] | None,
    timeout: float,
) -> ZaloReply:
    try:
        response = http_client().request(
            method,
            url,
            json=payload,
            params=params,
            headers={"access_token": token},
            timeout=timeout,
        )
    except httpx.HTTPError as exc:
        return ZaloReply(ok=False, detail=f"{url}: {type(exc).__name__}: {exc}")
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return ZaloReply(ok=False, detail=f"{url}: HTTP {response.status_code}, reply is not JSON")
    code = body.get("error")
    message = str(body.get("message", ""))
    if response.status_code != 200:
        return ZaloReply(
            ok=False,
            error=code if isinstance(code, int) else None,
            detail=f"{url}: HTTP {response.status_code}: {message}",
        )
    if code != 0:
        error = code if isinstance(code, int) else None
        return ZaloReply(
            ok=False,
            error=error,
            detail=f"{url}: Zalo error {code}: {message}",
            permanent=error in PERMANENT_ERRORS,
        )
    data = body.get("data")
    message_id = None
    if isinstance(data, dict):
        raw_id = data.get("message_id") or data.get("msg_id")
        message_id = str(raw_id) if raw_id is not None else None
    return ZaloReply(ok=True, message_id=message_id, error=0, detail=message, data=data)


class ZaloPluginBase(NotifyBase):  # type: ignore[misc]
    """The apprise plumbing both Zalo plugins share.

    URL form ``{schema}://{access_token}@{host}[:{port}]/{target}[/{target}...][?tls=no]``.
    Instantiated directly, ``api_url`` and ``tokens`` (a refreshing token store)
    replace the host and the token of the URL. After ``notify()``:
    ``message_ids`` (Zalo's ids of the accepted messages), ``last_error`` and
    ``permanent_failure`` (no retry can fix it).
    """

    request_rate_per_sec = 0  # one instance per outbox row: no pause between sends
    templates = (
        "{schema}://{token}@{host}/{targets}",
        "{schema}://{token}@{host}:{port}/{targets}",
    )
    template_tokens: ClassVar[dict[str, Any]] = dict(
        NotifyBase.template_tokens,
        token={
            "name": "Access Token",
            "type": "string",
            "private": True,
            "required": True,
            "map_to": "user",
        },
        host={"name": "API host", "type": "string", "required": True},
        port={"name": "Port", "type": "int", "min": 1, "max": 65535},
        targets={"name": "Targets", "type": "list:string", "required": True},
    )
    template_args: ClassVar[dict[str, Any]] = dict(
        NotifyBase.template_args,
        tls={"name": "Use HTTPS", "type": "bool", "default": True},
    )

    def __init__(
        self,
        targets: list[str] | str | None = None,
        *,
        api_url: str | None = None,
        tokens: TokenSource | None = None,
        tls: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if isinstance(targets, str):
            targets = [targets]
        self.targets: list[str] = [t for t in (targets or []) if t]
        if api_url is None:
            port = f":{self.port}" if self.port else ""
            api_url = f"{'https' if tls else 'http'}://{self.host}{port}"
        self.api_url = api_url.rstrip("/")
        self.tokens: TokenSource = tokens if tokens is not None else StaticToken(self.user or "")
        self.message_ids: list[str] = []
        self.last_error: str | None = None
        self.last_code: int | None = None  # Zalo's error code of the last failure
        self.permanent_failure = False

    @property
    def url_identifier(self) -> tuple[str, str, str]:
        return (self.secure_protocol, self.api_url, ",".join(self.targets))

    def url_extra(self) -> dict[str, str]:
        """Plugin-specific URL parameters."""
        return {}

    def url(self, privacy: bool = False, *args: Any, **kwargs: Any) -> str:
        params = self.url_parameters(*args, privacy=privacy, **kwargs)
        params["tls"] = "yes" if self.api_url.startswith("https") else "no"
        params.update(self.url_extra())
        host = self.api_url.split("://", 1)[-1]
        token = self.pprint(self.user or "", privacy, safe="")
        targets = "/".join(self.quote(t, safe="") for t in self.targets)
        return f"{self.secure_protocol}://{token}@{host}/{targets}?{self.urlencode(params)}"

    def __len__(self) -> int:
        return max(1, len(self.targets))

    def send(
        self,
        body: str,
        title: str = "",
        notify_type: NotifyType = NotifyType.INFO,
        **kwargs: Any,
    ) -> bool:
        """apprise's entry point: forget the last attempt's ids and errors, then deliver."""
        self.message_ids = []
        self.last_error = None
        self.last_code = None
        self.permanent_failure = False
        return self.deliver(body, title)

    def deliver(self, body: str, title: str) -> bool:
        """Send the message to every target (each plugin's own request); True if all went."""
        raise NotImplementedError

    def fail(self, error: str, *, permanent: bool) -> bool:
        self.last_error = error
        self.permanent_failure = permanent
        self.logger.warning("%s: %s", self.service_name, error)
        return False

    def post(self, path: str, payload: dict[str, Any]) -> bool:
        """POST one message; records its id or the error."""
        self.throttle()
        reply = post_json(f"{self.api_url}{path}", payload, self.tokens)
        if not reply.ok:
            self.last_code = reply.error
            return self.fail(reply.detail, permanent=reply.permanent)
        self.message_ids.append(reply.message_id or "")
        return True

    @staticmethod
    def parse_url(url: str, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        results: dict[str, Any] | None = NotifyBase.parse_url(url, verify_host=True)
        if not results:
            return None
        results["targets"] = NotifyBase.split_path(results["fullpath"])
        if "tls" in results["qsd"]:
            results["tls"] = parse_bool(results["qsd"]["tls"], True)
        return results
