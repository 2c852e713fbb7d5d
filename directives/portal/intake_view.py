"""The draft page's model: the letter's lines beside the fields the parser read, each field
with its source lines, its warnings and whether the parser was unsure; and the edit form
read back into a ``ParsedDirective``.

Where the parser gives a ``provenance`` map (field → line span and confidence) it is
used; without one, a field's lines are found by searching the letter for its value.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from pydantic import BaseModel
from starlette.datastructures import FormData

from directives.calendar import WorkingCalendar
from directives.drafting import (
    TOP_FIELDS_VI,
    find_unit,
    resolve_deadline,
    team_choices,
    tet_warning,
    vn,
)
from directives.errors import InvalidInput
from directives.org import OrgDirectory, Unit
from directives.parser.decode import decode_bytes
from directives.portal import forms
from directives.records import DeadlineKind, ParsedAction, ParsedDirective
from directives.text import fold

LOW_CONFIDENCE = 0.6
UNKNOWN = "?"  # the select's value for a unit name the directory does not know
_SEQ_WARNING = re.compile(r"^Nhiệm vụ (\d+)\b")


class Span(BaseModel):
    start: int
    end: int
    low: bool = False

    @property
    def label(self) -> str:
        return f"dòng {self.start}" + (f"–{self.end}" if self.end > self.start else "")


class FieldView(BaseModel):
    name: str
    label: str
    value: str
    span: Span | None = None
    low: bool = False  # the parser is unsure of it (it may have inferred it, with no line)


class ActionView(BaseModel):
    index: int
    seq: int
    text: str
    lead_choice: str  # a unit id, or UNKNOWN
    lead_read: str | None  # the name as the letter gives it
    coordinating: list[str]  # unit ids
    coordinating_unknown: list[str]
    deadline_input: str
    deadline_note: str | None = None
    deadline_error: str | None = None
    span: Span | None = None
    low: bool = False
    warnings: list[str] = []


class DraftPage(BaseModel):
    id: int
    source_name: str
    received_on: date
    fields: list[FieldView]
    actions: list[ActionView]
    warnings: list[str]
    lines: list[str]
    marked: list[int]
    team: str | None
    teams: list[Unit]
    units: list[Unit]


def letter_lines(data: bytes, filename: str) -> list[str]:
    """The letter's lines as the user gave it, numbered as the parser's provenance numbers
    them (its cleaned lines split header cells and join markers, so they drift from these)."""
    return [
        unicodedata.normalize("NFC", line).rstrip()
        for line in decode_bytes(data, filename).text.splitlines()
    ]


def _source_of(provenance: dict[str, Any], *keys: str) -> tuple[Span | None, bool]:
    """(the field's lines, whether the parser is unsure) from the parser's provenance map."""
    for key in keys:
        entry = provenance.get(key)
        if not isinstance(entry, dict):
            continue
        confidence = entry.get("confidence")
        low = isinstance(confidence, int | float) and confidence < LOW_CONFIDENCE
        lines = entry.get("lines") or entry.get("span")
        if isinstance(lines, dict):
            lines = [lines.get("start"), lines.get("end")]
        if isinstance(lines, list | tuple) and lines and all(isinstance(n, int) for n in lines):
            return Span(start=lines[0], end=lines[-1], low=low), low
        return None, low
    return None, False


def _search(lines: list[str], value: str | None) -> Span | None:
    """The first line holding the start of ``value`` (accents and case ignored)."""
    if not value:
        return None
    needle = fold(value)[:40]
    if len(needle) < 3:
        return None
    for i, line in enumerate(lines, start=1):
        if needle in fold(line):
            return Span(start=i, end=i)
    words = needle.split()[:4]
    probe = " ".join(words)
    for i, line in enumerate(lines, start=1):
        if len(probe) >= 6 and probe in fold(line):
            return Span(start=i, end=i)
    return None


def deadline_input(action: ParsedAction) -> str:
    if action.deadline_text:
        return action.deadline_text
    return vn(action.deadline) if action.deadline else ""


def _deadline_note(
    action: ParsedAction, calendar: WorkingCalendar, received_on: date
) -> tuple[str | None, str | None]:
    """(the reason the deadline resolves as it does, or an error), shown beside the field."""
    if not action.deadline_text:
        if action.deadline is None:
            return "Không có thời hạn cụ thể", None
        return f"{vn(action.deadline)}", None
    try:
        resolved = resolve_deadline(action.deadline_text, calendar, received_on)
    except InvalidInput as err:
        if action.deadline is None and action.deadline_kind == DeadlineKind.NONE:
            return "Không có thời hạn cụ thể (thực hiện thường xuyên)", None
        return None, err.message_vi
    return resolved.reason_vi, None


def draft_page(
    draft_id: int,
    source_name: str,
    received_on: date,
    draft: dict[str, Any],
    reading: dict[str, Any],
    lines: list[str],
    team: str | None,
    org: OrgDirectory,
    calendar: WorkingCalendar,
) -> DraftPage:
    record = ParsedDirective.model_validate(draft)
    provenance = reading.get("provenance") or draft.get("provenance") or {}
    if not isinstance(provenance, dict):
        provenance = {}
    fields = []
    for name, label in TOP_FIELDS_VI.items():
        value = getattr(record, name)
        shown = vn(value) if isinstance(value, date) else (value or "")
        span, low = _source_of(provenance, name)
        span = span or _search(lines, shown if name != "issued_on" else "")
        fields.append(FieldView(name=name, label=label, value=shown, span=span, low=low))
    by_seq: dict[int, list[str]] = {}
    general = []
    for warning in record.warnings:
        m = _SEQ_WARNING.match(warning)
        if m:
            by_seq.setdefault(int(m[1]), []).append(warning)
        else:
            general.append(warning)
    actions = []
    for index, action in enumerate(record.actions):
        lead = find_unit(org, action.lead_unit) if action.lead_unit else org.addressee
        coordinating = [u for n in action.coordinating_units if (u := find_unit(org, n))]
        note, error = _deadline_note(action, calendar, received_on)
        tet = (
            tet_warning(calendar, action.deadline, f"Nhiệm vụ {action.seq}")
            if (action.deadline)
            else None
        )
        warnings = [w for w in by_seq.get(action.seq, []) if "Tết" not in w]
        span, low = _source_of(provenance, f"actions.{action.seq}")
        actions.append(
            ActionView(
                index=index,
                seq=action.seq,
                text=action.text,
                lead_choice=lead.id if lead else UNKNOWN,
                lead_read=action.lead_unit,
                coordinating=[u.id for u in coordinating],
                coordinating_unknown=[
                    n for n in action.coordinating_units if not find_unit(org, n)
                ],
                deadline_input=deadline_input(action),
                deadline_note=note,
                deadline_error=error,
                span=span or _search(lines, action.text),
                low=low,
                warnings=warnings + ([tet] if tet else []),
            )
        )
    spans = [f.span for f in fields] + [a.span for a in actions]
    marked = sorted(
        {n for span in spans if span and span.low for n in range(span.start, span.end + 1)}
    )
    return DraftPage(
        id=draft_id,
        source_name=source_name,
        received_on=received_on,
        fields=fields,
        actions=actions,
        warnings=general,
        lines=lines,
        marked=marked,
        team=team,
        teams=team_choices(org),
        units=[u for u in org.units],
    )


# The edit form -----------------------------------------------------------------------


def _unit_name(org: OrgDirectory, chosen: str, current: str | None) -> str | None:
    """The unit an action names after the admin's choice: the letter's own wording when it
    already denotes the chosen unit, else the unit's name in the directory."""
    if chosen == UNKNOWN:
        return current
    if not chosen:
        return None
    if current and (unit := find_unit(org, current)) is not None and unit.id == chosen:
        return current
    unit = find_unit(org, chosen)
    return unit.name if unit else chosen


def _named(org: OrgDirectory, names: list[str], unit_id: str) -> str | None:
    """The letter's own name for ``unit_id`` among ``names``, if it uses one."""
    for name in names:
        unit = find_unit(org, name)
        if unit is not None and unit.id == unit_id:
            return name
    return None


def read_form(
    form: FormData,
    record: ParsedDirective,
    org: OrgDirectory,
    calendar: WorkingCalendar,
    received_on: date,
) -> ParsedDirective:
    """The record as the admin left the form: top fields, then each action by position."""
    updates: dict[str, Any] = {}
    for name in TOP_FIELDS_VI:
        if name not in form:  # a form without the field leaves it as it was
            continue
        value = forms.text(form, name, max_len=4000)
        if name == "issued_on":
            updates[name] = forms.parse_date(value, "Ngày ban hành")
        else:
            updates[name] = value
    actions = []
    for index, old in enumerate(record.actions):
        prefix = f"a{index}_"
        if forms.text(form, prefix + "seq") != str(old.seq):
            actions.append(old)  # not in this form (or drawn from another version): kept
            continue
        chosen = [str(v) for v in form.getlist(prefix + "coord") if str(v)]
        unknown = [n for n in old.coordinating_units if find_unit(org, n) is None]
        if forms.text(form, prefix + "drop_unknown"):
            unknown = []
        lead = _unit_name(org, forms.text(form, prefix + "lead") or "", old.lead_unit)
        action = old.model_copy(
            update={
                "text": forms.text(form, prefix + "text", max_len=8000) or "",
                "lead_unit": lead,
                "coordinating_units": [
                    _unit_name(org, c, _named(org, old.coordinating_units, c)) or c for c in chosen
                ]
                + unknown,
            }
        )
        typed = forms.text(form, prefix + "deadline", max_len=200) or ""
        if typed != deadline_input(old):
            action = _with_deadline(action, typed, calendar, received_on)
        actions.append(action)
    return record.model_copy(update={**updates, "actions": actions})


def _with_deadline(
    action: ParsedAction, typed: str, calendar: WorkingCalendar, received_on: date
) -> ParsedAction:
    if not typed:
        return action.model_copy(
            update={"deadline": None, "deadline_text": None, "deadline_kind": DeadlineKind.NONE}
        )
    try:
        resolved = resolve_deadline(typed, calendar, received_on)
    except InvalidInput:
        # kept as typed: the page shows why it cannot be read, and assignment is refused
        return action.model_copy(
            update={"deadline": None, "deadline_text": typed, "deadline_kind": DeadlineKind.BY}
        )
    return action.model_copy(
        update={
            "deadline": resolved.deadline,
            "deadline_text": typed,
            "deadline_kind": resolved.kind,
        }
    )


def deadline_problems(record: ParsedDirective, calendar: WorkingCalendar, on: date) -> list[str]:
    """Deadlines the admin typed that cannot be read: assignment waits until they are fixed."""
    return [
        f"nhiệm vụ {a.seq}: {error}"
        for a in record.actions
        if (error := _deadline_note(a, calendar, on)[1]) is not None
    ]


def next_seq(*records: ParsedDirective) -> int:
    return max((a.seq for r in records for a in r.actions), default=0) + 1


def split_action(record: ParsedDirective, index: int, seq: int) -> ParsedDirective:
    """Action ``index`` cut in two: at its first line break, else at its middle sentence."""
    actions = list(record.actions)
    action = actions[index]
    text = action.text.strip()
    if "\n" in text:
        first, rest = text.split("\n", 1)
    else:
        cuts = [m.end() for m in re.finditer(r"[;.]\s+", text)]
        if not cuts:
            raise InvalidInput(
                "nothing to split at",
                f"Không tách được nhiệm vụ {action.seq}: đề nghị xuống dòng tại chỗ cần tách.",
            )
        cut = min(cuts, key=lambda c: abs(c - len(text) / 2))
        first, rest = text[:cut], text[cut:]
    actions[index] = action.model_copy(update={"text": first.strip(" ;")})
    actions.insert(index + 1, action.model_copy(update={"seq": seq, "text": rest.strip(" ;")}))
    return record.model_copy(update={"actions": actions})


def merge_with_next(record: ParsedDirective, index: int) -> ParsedDirective:
    actions = list(record.actions)
    if index + 1 >= len(actions):
        raise InvalidInput("no next action", "Không có nhiệm vụ kế tiếp để gộp.")
    first, second = actions[index], actions.pop(index + 1)
    coordinating = list(dict.fromkeys([*first.coordinating_units, *second.coordinating_units]))
    actions[index] = first.model_copy(
        update={
            "text": f"{first.text.rstrip(' ;.')}; {second.text}",
            "coordinating_units": coordinating,
            "deadline": first.deadline or second.deadline,
            "deadline_text": first.deadline_text or second.deadline_text,
            "deadline_kind": first.deadline_kind if first.deadline else second.deadline_kind,
        }
    )
    return record.model_copy(update={"actions": actions})
