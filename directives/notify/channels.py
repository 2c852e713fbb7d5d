"""Sending one claimed outbox row: e-mail, Zalo OA text, ZNS, and the fallbacks.

Each row is personalised just before it is sent: its link marker becomes the
one-time sign-in link the dispatcher minted for its recipient, landing on its
``link_path`` (``Outgoing.link``; see ``links``), so the link exists only in
the message that left.

Zalo rules (DESIGN.md §6, README "Zalo"): an OA consultation text reaches a
follower who interacted with the OA recently; otherwise Zalo refuses it
(``REACH_ERRORS``). Such a refusal is not retried: the row falls back at once,
to a ZNS template message (configured per message template in
``zalo.zns``, to the person's phone), else to e-mail when the person gets no
e-mail of this message anyway, else it is ``skipped``. Which way it went and
why is the row's ``note``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from directives.notify.links import LinkMinter, LinkRequest, personalise
from directives.notify.outbox import CHANNEL_EMAIL, CHANNEL_ZALO, LINK_MARKER, ZNS_PREFIX
from directives.settings import Settings

# The channel plugins import apprise: they load with the first message sent, so a flow run
# whose dispatch finds nothing to send never pays for them. The sender builds its plugins
# itself and never registers the ``zalooa://`` and ``zns://`` schemes (``apprise_plugins``,
# for apprise URL users): registering loads every apprise plugin, cryptography among them,
# about 0.35 CPU-s in each flow run that sends.
if TYPE_CHECKING:
    from directives.notify.zalo_api import TokenSource
    from directives.notify.zalo_oa import NotifyZaloOA
    from directives.notify.zalo_zns import NotifyZaloZNS

logger = logging.getLogger(__name__)

# Zalo's answers meaning "this person cannot get an OA text now": no retry helps.
REACH_ERRORS = {
    -213: "người nhận chưa quan tâm (theo dõi) Official Account",
    -230: "người nhận không tương tác với Official Account trong thời hạn cho phép gửi tin tư vấn",
}


@dataclass(frozen=True)
class Outgoing:
    """A claimed row, detached from any session."""

    id: int
    idempotency_key: str
    channel: str
    address: str
    subject: str
    body: str
    attempts: int
    # Set when the row was left `sending` by an attempt whose outcome was never
    # recorded: roughly when that attempt started.
    resumed_since: datetime | None = None
    recipient_id: str = ""
    html: str | None = None
    link_path: str | None = None
    extra: dict[str, Any] | None = None
    link: str | None = None  # minted for this attempt, never stored

    @property
    def key_hash(self) -> str:
        return hashlib.sha256(self.idempotency_key.encode("utf-8")).hexdigest()

    def get(self, name: str) -> Any:
        return (self.extra or {}).get(name)


@dataclass(frozen=True)
class Outcome:
    ok: bool
    provider_message_id: str | None = None
    error: str | None = None
    permanent: bool = False
    note: str | None = None  # how the row was delivered when not as queued, and why
    skipped: bool = False  # not sent on this channel, for the reason in ``note``
    zalo_error: int | None = None


Sender = Callable[[Outgoing], Outcome]


def make_sender(settings: Settings, tokens: TokenSource | None = None) -> Sender:
    """The default channels: email through SMTP, Zalo OA / ZNS through the Zalo API."""
    # The channels' modules, and apprise under them, are imported here, in the dispatcher's
    # own thread: left to the send threads, several imported them at once on a process's
    # first pass and some got apprise half-initialised (an ImportError, the row retried).
    from directives.notify import smtp_mail, zalo_oa, zalo_zns  # noqa: F401
    from directives.notify.zalo_tokens import ZaloTokenStore

    zalo_tokens = tokens or ZaloTokenStore(settings.home_dir, settings.zalo)

    def send(item: Outgoing) -> Outcome:
        link = item.link
        if item.channel == CHANNEL_EMAIL:
            return send_email(settings, item, link)
        if item.channel == CHANNEL_ZALO:
            return send_zalo(settings, zalo_tokens, item, link)
        return Outcome(ok=False, error=f"unknown channel {item.channel!r}", permanent=True)

    return send


def with_links(items: list[Outgoing], minter: LinkMinter) -> list[Outgoing]:
    """The claimed rows with their personal links, minted together for the pass."""
    wanted = [i for i, item in enumerate(items) if item.link_path and item.recipient_id]
    if not wanted:
        return items
    requests = [
        LinkRequest(items[i].recipient_id, items[i].link_path or "/", items[i].get("link_minutes"))
        for i in wanted
    ]
    out = list(items)
    for i, link in zip(wanted, minter.mint(requests), strict=True):
        out[i] = replace(items[i], link=link)
    return out


def send_email(settings: Settings, item: Outgoing, link: str | None = None) -> Outcome:
    from directives.notify.smtp_mail import NotifyStableEmail, stable_message_id

    message_id = stable_message_id(item.idempotency_key)
    plugin = NotifyStableEmail.from_settings(settings.smtp, item.address, message_id)
    body = personalise(item.body, link) if link else item.body
    if item.html is not None:
        plugin.html_body = personalise(item.html, link, is_html=True) if link else item.html
    if plugin.notify(body=body, title=item.subject):
        return Outcome(ok=True, provider_message_id=message_id)
    return Outcome(ok=False, error=plugin.last_error or "email not sent")


def send_zalo(
    settings: Settings, tokens: TokenSource, item: Outgoing, link: str | None = None
) -> Outcome:
    if item.address.startswith(ZNS_PREFIX):
        phone, _, template_id = item.address.removeprefix(ZNS_PREFIX).partition("/")
        if not template_id and _zns_template(settings, item) is None:
            return _fall_back_to_email(
                settings, item, link, "chưa cấu hình mẫu ZNS cho loại thông báo này"
            )
        return send_zns(settings, tokens, item, link, phone=phone, template_id=template_id)
    outcome = send_oa(settings, tokens, item, link)
    if outcome.ok or outcome.zalo_error not in REACH_ERRORS:
        return outcome
    why = f"Zalo từ chối tin OA ({outcome.zalo_error}: {REACH_ERRORS[outcome.zalo_error]})"
    phone = item.get("phone")
    if phone and _zns_template(settings, item) is not None:
        zns = send_zns(settings, tokens, item, link, phone=str(phone))
        return replace(
            zns, note=f"{why}; chuyển sang tin ZNS" + (f" ({zns.note})" if zns.note else "")
        )
    return _fall_back_to_email(
        settings, replace(item, extra={**(item.extra or {}), "error": outcome.error}), link, why
    )


def send_oa(settings: Settings, tokens: TokenSource, item: Outgoing, link: str | None) -> Outcome:
    from directives.notify.zalo_oa import NotifyZaloOA

    before_link = item.body.split(LINK_MARKER, 1)[0] if LINK_MARKER in item.body else None
    plugin = NotifyZaloOA(
        targets=[item.address],
        api_url=settings.zalo.oa_api_url,
        tokens=tokens,
        resume_since=item.resumed_since,
        # The link differs at each attempt: an earlier attempt's text is found by what precedes it.
        resume_prefix=before_link,
    )
    ok = plugin.notify(body=personalise(item.body, link) if link else item.body)
    return _zalo_outcome(plugin, ok)


def _zns_template(settings: Settings, item: Outgoing) -> Any:
    templates = settings.zalo.zns
    return templates.get(str(item.get("template"))) or templates.get("default")


def zns_data(settings: Settings, item: Outgoing, link: str | None) -> dict[str, str] | None:
    """The template's parameters, each from the message field the configuration names.

    None for a row without message fields (queued by hand): the plugin then
    reads the body (a JSON object, or text for ``{"title", "content"}``).
    """
    template = _zns_template(settings, item)
    fields: dict[str, str] = dict(item.get("zns") or {})
    if template is None or not fields:
        return None
    data = {param: fields.get(source, "") for param, source in template.params.items()}
    return {k: personalise(v, link) if link else v for k, v in data.items()}


def send_zns(
    settings: Settings,
    tokens: TokenSource,
    item: Outgoing,
    link: str | None,
    *,
    phone: str,
    template_id: str = "",
) -> Outcome:
    from directives.notify.zalo_zns import NotifyZaloZNS

    template = _zns_template(settings, item)
    plugin = NotifyZaloZNS(
        targets=[phone],
        template_id=template_id or (template.template_id if template else None),
        template_data=zns_data(settings, item, link),
        tracking_id=item.key_hash,
        api_url=settings.zalo.zns_api_url,
        tokens=tokens,
    )
    ok = plugin.notify(body=item.body.removeprefix(f"{item.subject}\n\n"), title=item.subject)
    return _zalo_outcome(plugin, ok)


def _zalo_outcome(plugin: NotifyZaloOA | NotifyZaloZNS, ok: bool) -> Outcome:
    if ok:
        return Outcome(ok=True, provider_message_id=",".join(plugin.message_ids) or None)
    return Outcome(
        ok=False,
        error=plugin.last_error or "Zalo message not sent",
        permanent=plugin.permanent_failure,
        zalo_error=plugin.last_code,
    )


def _fall_back_to_email(settings: Settings, item: Outgoing, link: str | None, why: str) -> Outcome:
    """Send the row's e-mail instead, when its recipient gets none otherwise; else skip it."""
    email = item.get("email")
    if not isinstance(email, dict):
        if item.get("email_sent"):
            note = f"{why}; người nhận đã được gửi thư điện tử"
            return Outcome(ok=False, skipped=True, note=note, error=why)
        note = f"{why}; không có kênh thay thế"
        return Outcome(ok=False, permanent=True, note=note, error=item.get("error") or why)
    as_email = replace(
        item,
        channel=CHANNEL_EMAIL,
        address=str(email["address"]),
        body=str(email["body"]),
        html=email.get("html"),
    )
    outcome = send_email(settings, as_email, link)
    return replace(outcome, note=f"{why}; chuyển sang thư điện tử {as_email.address}")
