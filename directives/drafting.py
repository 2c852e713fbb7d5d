"""A draft: the parser's reading of a letter, corrected by an admin before anything is assigned.

Pure logic, no database: the draft file's shape (``parse --json``'s record plus a
``draft`` block), the checks that refuse a draft which cannot be assigned, a
deadline typed as a date or a phrase resolved on the working calendar with the
reason shown, the corrections (what the parser read, what the admin set), and
deadlines in a year whose official Tết days off are not configured.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from directives.calendar import WorkingCalendar
from directives.errors import InvalidInput
from directives.org import OrgDirectory, Role, Unit
from directives.parser.clean import fold_keep
from directives.parser.deadlines import find_deadline
from directives.records import DeadlineKind, ParsedDirective
from directives.text import fold

WEEKDAYS_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_VN_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
TOP_FIELDS_VI = {
    "document_type": "loại văn bản",
    "number": "số, ký hiệu",
    "issuer": "cơ quan ban hành",
    "issued_on": "ngày ban hành",
    "subject": "trích yếu",
}
ACTION_FIELDS_VI = {
    "text": "nội dung",
    "lead_unit": "đơn vị chủ trì",
    "coordinating_units": "đơn vị phối hợp",
    "deadline": "thời hạn",
}


class DraftMeta(BaseModel):
    """The ``draft`` block of a draft file: where the letter is and who reviews the work."""

    source_path: str | None = None
    source_name: str | None = None
    source_sha256: str | None = None
    received_on: date | None = None
    inspection_team: str | None = None


class Correction(BaseModel):
    field: str
    parser: Any = None
    admin: Any = None


def vn(day: date) -> str:
    return f"{day:%d/%m/%Y}"


def read_draft_json(data: Any) -> tuple[ParsedDirective, DraftMeta]:
    """The record and the ``draft`` block of a draft file's JSON; refuses a malformed one."""
    if not isinstance(data, dict):
        raise InvalidInput("a draft is a JSON object", "Tệp bản nháp không đúng định dạng JSON.")
    body = {k: v for k, v in data.items() if k not in {"draft", "provenance"}}
    try:
        meta = DraftMeta.model_validate(data.get("draft") or {})
        record = ParsedDirective.model_validate(body)
    except ValidationError as exc:
        raise InvalidInput(f"invalid draft: {exc}", _validation_vi(exc)) from None
    return record, meta


def _validation_vi(exc: ValidationError) -> str:
    problems = []
    for err in exc.errors()[:5]:
        loc = err["loc"]
        where = ".".join(str(p) for p in loc)
        if len(loc) >= 3 and loc[0] == "actions" and isinstance(loc[1], int):
            label = ACTION_FIELDS_VI.get(str(loc[2]), str(loc[2]))
            where = f"nhiệm vụ thứ {loc[1] + 1} ({label})"
        elif loc and str(loc[0]) in TOP_FIELDS_VI:
            where = TOP_FIELDS_VI[str(loc[0])]
        value = err.get("input")
        if "date" in err["type"]:
            problems.append(f"ngày “{value}” không có thật hoặc sai dạng, tại {where}")
        else:
            problems.append(f"giá trị “{value}” không hợp lệ, tại {where}")
    return "Bản nháp không hợp lệ: " + "; ".join(problems) + "."


def find_unit(org: OrgDirectory, name: str) -> Unit | None:
    """A unit by its id in the directory, or by a name or alias (accents and case ignored)."""
    for unit in org.units:
        if unit.id == name.strip():
            return unit
    return org.match_unit(name)


NOT_IN_DIRECTORY = "trong danh bạ cơ quan"  # ends each problem a pick from the directory mends


def draft_problems(record: ParsedDirective, org: OrgDirectory, team: str | None) -> list[str]:
    """What stops a draft from being assigned, each in Vietnamese (empty: it can be)."""
    problems: list[str] = []
    if not record.number:
        problems.append("thiếu số, ký hiệu văn bản")
    if not record.actions:
        problems.append("không có nhiệm vụ nào cần thực hiện")
    seqs = [a.seq for a in record.actions]
    if len(set(seqs)) != len(seqs):
        problems.append("số thứ tự nhiệm vụ bị trùng")
    for action in record.actions:
        where = f"nhiệm vụ {action.seq}"
        if not action.text.strip():
            problems.append(f"{where} chưa có nội dung")
        for name in [action.lead_unit or "", *action.coordinating_units]:
            if name and find_unit(org, name) is None:
                problems.append(f"{where}: không có đơn vị “{name}” {NOT_IN_DIRECTORY}")
        if action.deadline and record.issued_on and action.deadline < record.issued_on:
            problems.append(
                f"{where}: thời hạn {vn(action.deadline)} trước ngày ban hành "
                f"{vn(record.issued_on)}"
            )
    if team is not None:
        unit = find_unit(org, team)
        if unit is None or unit not in team_choices(org):
            problems.append(f"không có đoàn kiểm tra “{team}” {NOT_IN_DIRECTORY}")
    return problems


def check_draft(record: ParsedDirective, org: OrgDirectory, team: str | None) -> None:
    """Refuse a draft that cannot be assigned, naming every problem in Vietnamese."""
    problems = draft_problems(record, org, team)
    if problems:
        raise InvalidInput(
            "draft refused: " + "; ".join(problems),
            "Không thể giao nhiệm vụ theo bản nháp: " + "; ".join(problems) + ".",
        )


def inspection_team(org: OrgDirectory, unit_id: str) -> list[str]:
    """Person ids of a unit's inspectors and team leaders (empty: not an inspection team)."""
    return [p.id for p in org.members(unit_id) if p.has(Role.INSPECTOR) or p.has(Role.TEAM_LEADER)]


def team_choices(org: OrgDirectory) -> list[Unit]:
    """The units of the directory that can review a directive: a team leader among them."""
    return [u for u in org.units if any(p.has(Role.TEAM_LEADER) for p in org.members(u.id))]


# Deadlines ------------------------------------------------------------------------


class ResolvedDeadline(BaseModel):
    deadline: date | None
    kind: DeadlineKind
    text: str
    reason_vi: str


def _typed_date(text: str) -> date | None:
    m = _VN_DATE.match(text)
    try:
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        m = _ISO_DATE.match(text)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise InvalidInput(
            f"impossible date {text!r}", f"Ngày “{text.strip()}” không có thật trên lịch."
        ) from None
    return None


def why_off(calendar: WorkingCalendar, day: date) -> str:
    reason = calendar.day_off_reason(day)
    if reason:
        return f"ngày nghỉ ({reason})"
    return WEEKDAYS_VI[day.weekday()]


def resolve_deadline(text: str, calendar: WorkingCalendar, base: date) -> ResolvedDeadline:
    """A deadline typed as a date ("28/11/2026") or a phrase ("trong quý I năm 2027"),
    on the working calendar, with the reason in Vietnamese. ``base`` is the day periods
    count from (the day of receipt)."""
    text = " ".join(text.split())
    typed = _typed_date(text)
    if typed is not None:
        rolled = calendar.roll_forward(typed)
        if rolled == typed:
            reason = f"{vn(typed)} là ngày làm việc"
        else:
            reason = f"{vn(typed)} là {why_off(calendar, typed)} → {vn(rolled)}"
        return ResolvedDeadline(deadline=rolled, kind=DeadlineKind.BY, text=text, reason_vi=reason)
    found = find_deadline(text, fold_keep(text), base, calendar, cell=True)
    if found is None or found.deadline is None:
        raise InvalidInput(
            f"no deadline in {text!r}",
            f"Không hiểu thời hạn “{text}”; đề nghị nhập ngày (ví dụ 30/06/2027) "
            "hoặc cụm từ như “trong quý II năm 2027”.",
        )
    reason = f"“{found.text}” → {vn(found.deadline)}"
    return ResolvedDeadline(deadline=found.deadline, kind=found.kind, text=text, reason_vi=reason)


def resolve_draft_deadlines(
    record: ParsedDirective, calendar: WorkingCalendar, base: date
) -> tuple[ParsedDirective, list[str]]:
    """A draft file's deadlines as the portal would read them: a phrase left without a date
    ("deadline": null, "deadline_text": "trước ngày 15/12/2026") is resolved, a date on a
    day off moves to the next working day; each change is said in a note. A phrase that
    cannot be read is refused, unless the action has no deadline ("thường xuyên")."""
    actions, notes = [], []
    for action in record.actions:
        where = f"Nhiệm vụ {action.seq}"
        if action.deadline is None and action.deadline_text:
            try:
                resolved = resolve_deadline(action.deadline_text, calendar, base)
            except InvalidInput as err:
                if action.deadline_kind == DeadlineKind.NONE:
                    actions.append(action)
                    continue
                raise InvalidInput(str(err), f"{where}: {err.message_vi}") from None
            notes.append(f"{where}: thời hạn {resolved.reason_vi}")
            action = action.model_copy(
                update={"deadline": resolved.deadline, "deadline_kind": resolved.kind}
            )
        elif action.deadline is not None and not calendar.is_working_day(action.deadline):
            rolled = calendar.roll_forward(action.deadline)
            notes.append(
                f"{where}: thời hạn {vn(action.deadline)} là "
                f"{why_off(calendar, action.deadline)} → {vn(rolled)}"
            )
            action = action.model_copy(update={"deadline": rolled})
        actions.append(action)
    return record.model_copy(update={"actions": actions}), notes


def tet_warnings(record: ParsedDirective, calendar: WorkingCalendar) -> list[str]:
    """A warning per deadline in a year whose official Tết days off are not configured."""
    out = []
    for action in record.actions:
        if action.deadline is not None:
            warning = tet_warning(calendar, action.deadline, f"Nhiệm vụ {action.seq}")
            if warning:
                out.append(warning)
    return out


def tet_warning(calendar: WorkingCalendar, day: date, what: str) -> str | None:
    if day.year in calendar.tet_years:
        return None
    return (
        f"{what}: thời hạn {vn(day)} thuộc năm {day.year}, năm chưa có lịch nghỉ Tết "
        "Nguyên đán chính thức trong config/calendar.yaml; ngày làm việc có thể tính "
        "chưa đúng."
    )


# Corrections ----------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return value


def corrections(reading: ParsedDirective, final: ParsedDirective) -> list[Correction]:
    """Each field the admin changed: the top fields, then the actions by their number."""
    out = [
        Correction(field=name, parser=_plain(before), admin=_plain(after))
        for name in TOP_FIELDS_VI
        if (before := getattr(reading, name)) != (after := getattr(final, name))
    ]
    read = {a.seq: a for a in reading.actions}
    kept = {a.seq: a for a in final.actions}
    for seq in sorted(read.keys() | kept.keys()):
        old, new = read.get(seq), kept.get(seq)
        if old is None or new is None:
            out.append(
                Correction(
                    field=f"actions[{seq}]",
                    parser=old.text if old else None,
                    admin=new.text if new else None,
                )
            )
            continue
        for name in ACTION_FIELDS_VI:
            before, after = getattr(old, name), getattr(new, name)
            if name == "lead_unit" and before and after and fold(before) == fold(after):
                continue
            if before != after:
                out.append(
                    Correction(
                        field=f"actions[{seq}].{name}", parser=_plain(before), admin=_plain(after)
                    )
                )
    return out


def hand_mapped_units(
    reading: ParsedDirective, final: ParsedDirective, org: OrgDirectory
) -> list[tuple[str, str]]:
    """(name in the letter, unit id) where the parser's unit name matched no unit and the
    admin chose one for the same action: the names worth learning as aliases."""
    chosen = {a.seq: a for a in final.actions}
    learned: dict[str, tuple[str, str]] = {}
    for old in reading.actions:
        new = chosen.get(old.seq)
        name = (old.lead_unit or "").strip()
        if new is None or not name or not new.lead_unit or org.match_unit(name) is not None:
            continue
        unit = find_unit(org, new.lead_unit)
        if unit is not None and fold(name) not in learned:
            learned[fold(name)] = (name, unit.id)
    return list(learned.values())
