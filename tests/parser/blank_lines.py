"""Reading a made-up letter with and without its blank lines (round rK's tests)."""

from __future__ import annotations

from typing import Any

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text


def without_blanks(text: str) -> str:
    """The letter as a source that drops its blank lines gives it."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def reading(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> dict[str, Any]:
    """The fields a dropped blank line could move: subject, signer, references, tasks."""
    return parse_text(text, org, calendar).model_dump(
        mode="json", include={"subject", "signer", "references", "actions"}
    )


def same_without_blanks(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """``text`` has tasks, and reads the same without its blank lines."""
    plain = reading(text, org, calendar)
    assert plain["actions"], "the plain letter has tasks"
    assert reading(without_blanks(text), org, calendar) == plain


def opens_task_without_blanks(
    text: str, start: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """Without its blank lines ``text`` has a task whose text opens with ``start``, and reads
    the same as with them."""
    texts = [a.text for a in parse_text(without_blanks(text), org, calendar).actions]
    assert any(t.startswith(start) for t in texts), texts
    same_without_blanks(text, org, calendar)
