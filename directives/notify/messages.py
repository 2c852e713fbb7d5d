"""Message templates (``config/templates/*.txt.j2``), rendered in Vietnamese.

A template's first line is ``Tiêu đề: ...`` (the subject); the rest is the body.
Rendering is strict: a variable a template uses must be passed (``None`` is
fine for the optional ones, shown below with ``?``).

Every template gets ``recipient`` (Person) and ``portal_url``; the lifecycle
ones also ``directive`` (number, document_label, issued_on, issuer, subject),
``action`` (code, text, short_text, deadline, deadline_text) and ``unit``.
Per template:

    assigned             -
    evidence_submitted   submitter (Person), evidence_count?
    review_approved      reviewer (Person), comment?
    review_rejected      reviewer (Person), comment?
    reopened             reviewer (Person), reason
    extension_requested  requester (Person), until (date), reason
    extension_decided    decider (Person), approved (bool), until (date), comment?
    signoff_requested    action_count (no action, unit)
    signoff_refused      refuser (Person), comment? (no action, unit)
    closed               summary, report_url
    login_link           link, minutes (recipient and portal_url only)
    integrity_report     subject, intro, findings (list of str), head? (id, mac)
                         (to the admins; recipient and portal_url only)

Keep a rendered message under 2000 characters (one Zalo OA message); a longer
one is shortened for Zalo with a note, and sent whole by email.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from directives.notify.outbox import Message

SUBJECT_PREFIX = "Tiêu đề:"


@lru_cache(maxsize=8)
def _environment(templates_dir: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates_dir)),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["vn_date"] = lambda d: d.strftime("%d/%m/%Y") if d else "không có thời hạn"
    return env


def render(templates_dir: Path, name: str, **context: Any) -> Message:
    text = _environment(templates_dir).get_template(f"{name}.txt.j2").render(**context)
    first, _, rest = text.partition("\n")
    if not first.startswith(SUBJECT_PREFIX):
        raise ValueError(f"template {name!r} must start with {SUBJECT_PREFIX!r}")
    return Message(subject=first.removeprefix(SUBJECT_PREFIX).strip(), body=rest.strip() + "\n")
