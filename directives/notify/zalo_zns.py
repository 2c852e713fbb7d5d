"""apprise plugin ``zns://``: a Zalo Notification Service (ZNS) template message to a phone.

URL form::

    zns://{access_token}@{host}[:{port}]/{phone}[/{phone}...]?template={template_id}[&tls=no]

ZNS sends a template registered and approved at Zalo, filled with
``template_data``; the phone is in 84xxxxxxxxx form (0xxxxxxxxx and +84 are
converted). Given directly, ``template_data`` is used as is; through
``notify(body=...)`` a body holding a JSON object is the template data, any
other body fills ``{"title": ..., "content": ...}``.

``tracking_id`` is set by the outbox to the hash of the row's idempotency key,
so a message can be traced back to its row in Zalo's delivery reports.
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

from directives.notify.zalo_api import ZaloPluginBase

_NOT_DIGITS = re.compile(r"\D+")


def normalize_phone(phone: str) -> str | None:
    """``84xxxxxxxxx`` from 0xxxxxxxxx, +84 xxx xxx xxx or 84xxxxxxxxx; None if not a VN mobile."""
    digits = _NOT_DIGITS.sub("", phone)
    if digits.startswith("0"):
        digits = "84" + digits[1:]
    return digits if re.fullmatch(r"84\d{9,10}", digits) else None


class NotifyZaloZNS(ZaloPluginBase):
    service_name = "Zalo ZNS"
    service_url = "https://zalo.cloud/zns"
    secure_protocol = "zns"

    template_args: ClassVar[dict[str, Any]] = dict(
        ZaloPluginBase.template_args,
        template={"name": "Template id", "type": "string", "map_to": "template_id"},
    )

    def __init__(
        self,
        targets: list[str] | str | None = None,
        *,
        template_id: str | None = None,
        template_data: dict[str, Any] | None = None,
        tracking_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(targets, **kwargs)
        self.raw_targets = list(self.targets)
        self.targets = [p for p in (normalize_phone(t) for t in self.raw_targets) if p]
        self.template_id = template_id
        self.template_data = template_data
        self.tracking_id = tracking_id

    def url_extra(self) -> dict[str, str]:
        return {"template": self.template_id} if self.template_id else {}

    def _data_from(self, body: str, title: str) -> dict[str, Any]:
        if self.template_data is not None:
            return self.template_data
        try:
            parsed = json.loads(body)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            return parsed
        return {"title": title, "content": body}

    def deliver(self, body: str, title: str) -> bool:
        if not self.targets or not self.template_id:
            return self.fail(
                f"ZNS needs a phone in 84xxxxxxxxx form and a template id "
                f"(got {self.raw_targets!r}, {self.template_id!r})",
                permanent=True,
            )
        data = self._data_from(body, title)
        results = []
        for phone in self.targets:
            payload: dict[str, Any] = {
                "phone": phone,
                "template_id": self.template_id,
                "template_data": data,
            }
            if self.tracking_id:
                payload["tracking_id"] = self.tracking_id
            results.append(self.post("/message/template", payload))
        return all(results)

    @staticmethod
    def parse_url(url: str, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        results = ZaloPluginBase.parse_url(url)
        if results and results["qsd"].get("template"):
            results["template_id"] = results["qsd"]["template"]
        return results
