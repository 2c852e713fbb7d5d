"""apprise plugin ``zalooa://``: a Zalo Official Account customer-service text message.

apprise 2.0.x has no Zalo plugin (later releases ship ``zalo://`` for the
separate Zalo Bot API), so this one is registered with apprise's plugin
manager by ``apprise_plugins.register()``. URL form::

    zalooa://{access_token}@{host}[:{port}]/{user_id}[/{user_id}...][?tls=no][&endpoint=transaction]

The outbox's dispatcher instantiates it directly with the settings' API URL and
the token store, which refreshes the token once when Zalo answers -216.

Zalo limits the text to 2000 characters. A longer message is cut at a line or
word boundary with a note that it was shortened, rather than split into
several messages: one outbox row stays one request, so a retry can never
re-send the first half of a message whose second half failed. The formal
message in full goes by email.

Zalo's OA API has no idempotency field. So that a retry after a crash (the
message accepted by Zalo, our record of it lost) does not send it twice, a
plugin given ``resume_since`` first reads the recent conversation with the user
(``GET /v2.0/oa/conversation``) and, when the same text from the OA is there
since that time, takes that message as delivered instead of sending it again.
When the conversation cannot be read, it sends (at least once beats at most
once for a notice about a deadline).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any, ClassVar

from directives.notify.zalo_api import TokenSource, ZaloPluginBase, call

OA_TEXT_MAX = 2000
ENDPOINTS = ("cs", "transaction")
CONVERSATION_DEPTH = 10
CLOCK_SKEW = timedelta(minutes=1)
TRUNCATION_NOTE = (
    "\n…\n(Nội dung đã được rút gọn. Xem toàn văn trong thư điện tử hoặc trên hệ thống.)"
)


def fit_text(text: str, limit: int = OA_TEXT_MAX) -> str:
    """``text`` if it fits, else cut at a line or word boundary with a note saying so."""
    text = text.replace("\r\n", "\n").strip()
    if len(text) <= limit:
        return text
    room = limit - len(TRUNCATION_NOTE)
    cut = text[:room]
    for boundary in ("\n\n", "\n", " "):
        at = cut.rfind(boundary)
        if at >= room // 2:
            cut = cut[:at]
            break
    return cut.rstrip() + TRUNCATION_NOTE


def find_sent_message(
    api_url: str,
    tokens: TokenSource,
    user_id: str,
    text: str,
    since: datetime,
    *,
    prefix: bool = False,
) -> str | None:
    """The id of a message with exactly ``text`` sent by the OA to ``user_id`` since ``since``.

    With ``prefix``, a message that starts with ``text`` (a text whose link
    is minted anew at each attempt). None when there is none among the last
    few messages, or when the conversation cannot be read.
    """
    query = {"user_id": user_id, "offset": 0, "count": CONVERSATION_DEPTH}
    reply = call(
        "GET",
        f"{api_url}/v2.0/oa/conversation",
        tokens,
        params={"data": json.dumps(query)},
    )
    if not reply.ok or not isinstance(reply.data, list):
        return None
    after_ms = (since - CLOCK_SKEW).timestamp() * 1000
    for item in reply.data:
        if (
            isinstance(item, dict)
            and item.get("src") == 0  # sent by the OA, not by the user
            and isinstance(item.get("message"), str)
            and (item["message"].startswith(text) if prefix else item["message"] == text)
            and float(item.get("time") or 0) >= after_ms
        ):
            return str(item.get("message_id") or "") or None
    return None


class NotifyZaloOA(ZaloPluginBase):
    service_name = "Zalo Official Account"
    service_url = "https://oa.zalo.me/"
    secure_protocol = "zalooa"
    setup_url = "https://developers.zalo.me/docs/official-account/tin-nhan/tin-tu-van"
    # Zalo messages have no title: apprise folds the title into the text.
    title_maxlen = 0
    body_maxlen = 32768  # fit_text() shortens to Zalo's limit, once, with a note

    template_args: ClassVar[dict[str, Any]] = dict(
        ZaloPluginBase.template_args,
        endpoint={"name": "Endpoint", "type": "choice:string", "values": ENDPOINTS},
    )

    def __init__(self, targets: list[str] | str | None = None, **kwargs: Any) -> None:
        endpoint = kwargs.pop("endpoint", "cs")
        self.resume_since: datetime | None = kwargs.pop("resume_since", None)
        self.resume_prefix: str | None = kwargs.pop("resume_prefix", None)
        super().__init__(targets, **kwargs)
        self.endpoint = endpoint if endpoint in ENDPOINTS else "cs"
        self.resumed: list[str] = []  # user ids found already served by an earlier attempt

    def url_extra(self) -> dict[str, str]:
        return {"endpoint": self.endpoint}

    def deliver(self, body: str, title: str) -> bool:
        if not self.targets:
            return self.fail("no Zalo user id", permanent=True)
        text = fit_text(f"{title}\n{body}" if title else body)
        results = []
        for user_id in self.targets:
            if self.resume_since is not None:
                found = find_sent_message(
                    self.api_url,
                    self.tokens,
                    user_id,
                    self.resume_prefix or text,
                    self.resume_since,
                    prefix=bool(self.resume_prefix),
                )
                if found is not None:
                    self.logger.info("Zalo OA message to %s was already delivered", user_id)
                    self.message_ids.append(found)
                    self.resumed.append(user_id)
                    results.append(True)
                    continue
            results.append(
                self.post(
                    f"/v3.0/oa/message/{self.endpoint}",
                    {"recipient": {"user_id": user_id}, "message": {"text": text}},
                )
            )
        return all(results)

    @staticmethod
    def parse_url(url: str, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        results = ZaloPluginBase.parse_url(url)
        if results and results["qsd"].get("endpoint"):
            results["endpoint"] = results["qsd"]["endpoint"]
        return results
