"""Message templates (``config/templates/*.msg.j2``): one template, every channel.

A message template defines Jinja2 blocks, each written once in plain
Vietnamese text:

    subject   one line: what happened, and to what (``[115/UBND-NCPC] ...``)
    zalo      one or two lines for a Zalo text (the link is added after them)
    body      the e-mail's paragraphs (blank-line separated); a paragraph whose
              lines start with ``> `` is a quotation (a reviewer's comment)
    button    the label of the e-mail's button (``Xem nhiệm vụ NV-02``)
    link      (optional) the portal path the message is about, when it is not
              its action's or its directive's page

``render`` fills the blocks and lays them out twice, through
``_email.txt.j2`` (plain text) and ``_email.html.j2`` (inline styles, table
layout, one button: what phones and the common mail clients display), so the
HTML and the text part always say the same thing. The greeting and the
closing come from the layouts.

The link in a message is never rendered: every output holds ``LINK_MARKER``
where the link goes, and the message carries ``link_path`` (the page it is
about: ``/nhiem-vu/NV-02``, ``/van-ban/D0001``). The dispatcher mints a
personal one-time sign-in link landing on that path when it sends, so the
outbox holds nothing a reader of the database could sign in with.

Rendering is strict: a variable a template uses must be passed (``None`` is
fine for the optional ones, shown below with ``?``). Every template gets
``recipient`` (Person); the lifecycle ones also ``directive`` (number, code,
document_label, issued_on, issuer, subject), ``action`` (code, text,
short_text, deadline, deadline_text) and ``unit``. Per template:

    evidence_submitted   submitter (Person), evidence_count?, round?, added_files?
    review_digest        items (code, directive_number, unit_name, round, added_files)
    review_approved      reviewer (Person), comment?
    review_rejected      reviewer (Person), comment?
    reopened             reviewer (Person), reason
    officer_assigned     assigner (Person), role (lead, support or watch)
    extension_requested  requester (Person), until (date), reason
    extension_decided    decider (Person), approved (bool), until, old_deadline?, comment?
    signoff_requested    action_count (no action, unit)
    signoff_refused      refuser (Person), comment? (no action, unit)
    closed               summary
    reminder_digest      day, items (see reminders)
    weekly_summary       week_start, week_end, units, newly_overdue, awaiting_review
    login_link           minutes
    test_message         channel
    integrity_report     subject, intro, findings (list of str), head? (id, mac),
                         landing (the page it opens: "/" or a directive's)
                         (to the admins; recipient only)
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from sqlalchemy.orm import Session

from directives.notify.outbox import CHANNEL_EMAIL, CHANNEL_ZALO, LINK_MARKER, Message, enqueue
from directives.org import Person

if TYPE_CHECKING:  # jinja2 loads with the first message rendered, not with the store
    from jinja2 import BytecodeCache, Environment, Template

TEMPLATE_SUFFIX = ".msg.j2"
BLOCKS = ("subject", "zalo", "body", "button")
ZALO_TEXT_MAX = 400  # a Zalo notice is a line or two and the link, never the e-mail

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
_STYLE_P = "margin:0 0 14px 0;font-size:15px;line-height:1.5;color:#1f2933;"
_STYLE_QUOTE = (
    "margin:0 0 14px 0;padding:8px 12px;border-left:4px solid #b42318;"
    "background:#fef3f2;font-size:15px;line-height:1.5;color:#1f2933;"
)


def vn_date(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else "không có thời hạn"


def paragraphs(text: str) -> list[str]:
    return [p.strip("\n") for p in _PARAGRAPH_BREAK.split(text.strip()) if p.strip()]


def html_paragraphs(text: str) -> Markup:
    """Plain-text paragraphs as inline-styled HTML: ``> `` paragraphs become quotations."""
    out: list[str] = []
    for para in paragraphs(text):
        lines = para.split("\n")
        if all(line.startswith(">") for line in lines):
            quoted = "<br>".join(html.escape(line[1:].strip()) for line in lines)
            out.append(f'<p style="{_STYLE_QUOTE}">{quoted}</p>')
        else:
            joined = "<br>".join(html.escape(line.strip()) for line in lines)
            out.append(f'<p style="{_STYLE_P}">{joined}</p>')
    return Markup("\n".join(out))


def quote(text: str | None) -> str:
    """``> ``-prefixed lines: a quotation paragraph in both layouts."""
    lines = (text or "").strip().splitlines() or [""]
    return "\n".join(f"> {line.strip()}" for line in lines)


def _bytecode_cache() -> BytecodeCache | None:
    """jinja2's compiled templates kept on disk between processes (its own private
    per-user folder in the temp directory; an entry is used only while its template's
    source is unchanged, and written atomically). Each flow run renders its notices
    in a new process: compiling the templates again cost about 0.05 CPU-s."""
    from jinja2 import FileSystemBytecodeCache

    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):  # no private cache folder to be had: compile each time
        return None


@lru_cache(maxsize=8)
def _environment(templates_dir: Path) -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        bytecode_cache=_bytecode_cache(),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["vn_date"] = vn_date
    env.filters["quote"] = quote
    env.filters["html_paragraphs"] = html_paragraphs
    return env


def _blocks(template: Template, names: tuple[str, ...], context: dict[str, Any]) -> dict[str, str]:
    """Each named block of ``template``, rendered with the template's top-level ``set``s."""
    ctx = template.new_context(context)
    for _ in template.root_render_func(ctx):  # runs the top-level statements into ctx
        pass
    out: dict[str, str] = {}
    for name in names:
        render_block = template.blocks.get(name)
        if render_block is None:
            if name in BLOCKS:
                raise ValueError(f"template {template.name!r} has no block {name!r}")
            continue
        parts: Iterator[str] = render_block(ctx)
        out[name] = "".join(parts).strip()
    return out


def default_link_path(context: dict[str, Any]) -> str:
    """The page a message is about: its action's, else its directive's, else the start page."""
    action = context.get("action")
    if isinstance(action, dict) and action.get("code"):
        return f"/nhiem-vu/{action['code']}"
    directive = context.get("directive")
    if isinstance(directive, dict) and directive.get("code"):
        return f"/van-ban/{directive['code']}"
    return "/"


def render(
    templates_dir: Path,
    name: str,
    link_path: str | None = None,
    link_minutes: int | None = None,
    **context: Any,
) -> Message:
    """Render message template ``name``: subject, text and HTML e-mail, Zalo text.

    ``link_path`` defaults to the page of the message's action or directive;
    ``link_minutes`` (default: ``portal.message_link_hours``) is how long the
    link minted for it at send time stays valid.
    """
    env = _environment(templates_dir)
    template = env.get_template(f"{name}{TEMPLATE_SUFFIX}")
    context = {"link": LINK_MARKER, **context}
    parts = _blocks(template, (*BLOCKS, "link"), context)
    link_path = link_path or parts.pop("link", None) or None
    subject = " ".join(parts["subject"].split())
    zalo = parts["zalo"].strip()
    if len(zalo) > ZALO_TEXT_MAX:
        raise ValueError(f"template {name!r}: the Zalo text is over {ZALO_TEXT_MAX} characters")
    layout = {**context, **parts, "subject": subject}
    text = env.get_template("_email.txt.j2").render(layout).strip() + "\n"
    page = env.get_template("_email.html.j2").render(layout)
    return Message(
        subject=subject,
        body=text,
        html=page,
        short=f"{zalo}\n{LINK_MARKER}",
        link_path=link_path or default_link_path(context),
        zns=zns_fields(context, subject, zalo),
        template=name,
        link_minutes=link_minutes,
    )


def zns_fields(context: dict[str, Any], subject: str, summary: str) -> dict[str, str]:
    """What a ZNS template's parameters may be filled from (``zalo.zns`` maps them)."""
    recipient = context.get("recipient")
    action = context.get("action") if isinstance(context.get("action"), dict) else None
    directive = context.get("directive") if isinstance(context.get("directive"), dict) else None
    code = (action or {}).get("code") or (directive or {}).get("number") or ""
    deadline = (action or {}).get("deadline")
    return {
        "name": str(getattr(recipient, "name", "")),
        "subject": subject,
        "summary": summary,
        "code": str(code),
        "directive": str((directive or {}).get("number") or ""),
        "deadline": vn_date(deadline) if deadline else "",
        "link": LINK_MARKER,
    }


def queue_to(
    session: Session,
    templates_dir: Path,
    template: str,
    recipients: list[Person],
    *,
    event: str,
    channels: tuple[str, ...] = (CHANNEL_EMAIL, CHANNEL_ZALO),
    directive_id: int | None = None,
    action_id: int | None = None,
    **context: Any,
) -> int:
    """Render ``template`` for each recipient (each once) and queue it under ``event``
    (caller's transaction); returns the rows queued now (0 for keys already queued)."""
    queued = 0
    seen: set[str] = set()
    for recipient in recipients:
        if recipient.id in seen:
            continue
        seen.add(recipient.id)
        message = render(templates_dir, template, recipient=recipient, **context)
        queued += len(
            enqueue(
                session,
                event=event,
                recipient=recipient,
                message=message,
                directive_id=directive_id,
                action_id=action_id,
                channels=channels,
            )
        )
    return queued
