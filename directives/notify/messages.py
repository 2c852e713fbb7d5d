"""Message templates (``config/templates/*.txt.j2``), rendered in Vietnamese.

A template's first line is ``Tiêu đề: ...`` (the subject); the rest is the body.
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
