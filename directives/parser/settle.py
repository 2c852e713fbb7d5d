"""The last pass over a body's actions: the common deadline for those without one, tasks
no body was named for, and the warnings numbered by the final order.

A letter from the organisation's own province gives an unnamed task to the addressee
(the unit the directory names for "Kính gửi: Giám đốc Sở"). A letter from elsewhere
gives it to its one recipient ("Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh ..." -> the
people's committee); when there is none, or several, an item no body is named for is
an aim, a description or a background line of the plan, not a task: it is left out,
unless an intro above it asks someone ("Thành phố cần tập trung thực hiện ... sau:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from directives.calendar import WorkingCalendar
from directives.parser.bodies import TITLES, split_bodies
from directives.parser.clean import fold_keep
from directives.parser.deadlines import Deadline, find_deadline
from directives.parser.polite import polite_addressee
from directives.parser.zones import Context
from directives.records import DeadlineKind, ParsedAction

# Only phrases that plainly set a due date count as the document's common deadline:
# "nhiệm vụ 6 tháng đầu năm" in an intro names a period, not a deadline.
_COMMON_KINDS = (DeadlineKind.BEFORE, DeadlineKind.BY, DeadlineKind.WITHIN_WORKING_DAYS)


def common_deadline(
    text: str, folded: str, issued_on: date | None, calendar: WorkingCalendar
) -> Deadline | None:
    """The deadline an intro sets for all the items ("..., hoàn thành trước ngày X:")."""
    found = find_deadline(text, folded, issued_on, calendar)
    if found is None or found.kind not in _COMMON_KINDS:
        return None
    # "... đạt mục tiêu tăng trưởng trong năm 2025" names a year, not a due date
    if fold_keep(found.text).startswith(("trong nam", "trong thang")):
        return None
    # the intro's closing words set it; a date in the middle of a long intro ("phấn đấu
    # hoàn thành trước ngày X theo chỉ đạo ..., yêu cầu ...:") is the items' background
    if text.rstrip().endswith(":") and len(text) - found.start > len(found.text) + 60:
        return None
    # ("Xét ... báo cáo về tình hình ... đến hết tháng 11 năm 2009, Phó Thủ tướng có ý kiến như
    # sau:", a letter of January 2010: the period a report covered, past, dates no task)
    if found.deadline is not None and issued_on is not None and found.deadline < issued_on:
        return None
    return found


# "các cơ quan, đơn vị, địa phương liên quan": whoever is concerned, no body to coordinate with
_ANYONE = re.compile(
    r"^(?:các\s+)?(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân)"
    r"(?:\s*,?\s*(?:và\s+)?(?:các\s+)?(?:cơ quan|đơn vị|địa phương|tổ chức|cá nhân))*"
    r"(?:\s+(?:có\s+)?liên quan)?$"
    # "các sở, ngành có liên quan": the departments concerned, whichever they are
    r"|^(?:các\s+)?(?:sở|ban|ngành)(?:\s*,\s*(?:sở|ban|ngành))*\s+(?:có\s+)?liên quan$"
    # "phối hợp với Bộ ngành Trung ương": the ministries by their kind, written without "các"
    r"|^bộ,?\s+ngành(?:\s+trung ương)?$",
    re.IGNORECASE,
)


# "các sở, ban, ngành tỉnh", "các nhà thầu": an unnamed plural, no partner by name (unlike
# "các phòng thuộc Sở", which the letter names)
_KINDS = r"(?:sở|ban|ngành|bộ|cơ quan|đơn vị|địa phương|tổ chức|đoàn thể|nhà thầu|doanh nghiệp)"
_PLURAL = re.compile(
    rf"^các\s+{_KINDS}(?:\s*,\s*{_KINDS})*(?:\s+(?:tỉnh|thành phố|có liên quan|liên quan))?"
    # "các đơn vị có liên quan thuộc Bộ X", "các đơn vị thuộc các Bộ có liên quan": of whom
    # they are does not name them
    r"(?:\s+thuộc\s+[^,;()]+?(?:\s+(?:có\s+)?liên quan)?)?$",
    re.IGNORECASE,
)


@dataclass
class Found:
    """A body's actions and the warnings about them."""

    actions: list[ParsedAction]
    warnings: list[str]


@dataclass
class Pending:
    """What the walk over the blocks left to settle, by index of the action."""

    unnamed: set[int] = field(default_factory=set)
    asked: set[int] = field(default_factory=set)  # unnamed, under an intro that asks someone
    unknown: dict[int, list[str]] = field(default_factory=dict)
    deadline_warnings: dict[int, str] = field(default_factory=dict)
    principles: set[int] = field(default_factory=set)
    joint: dict[int, list[str]] = field(default_factory=dict)  # plurals that lead jointly
    common_until: int | None = None  # a closing sentence's deadline dates the actions before
    common_from: int = 0  # (and after this one, when it closes a section)
    # the tasks whose own record states their time ("Thời gian thực hiện: Thường xuyên"):
    # no deadline of the letter's dates them
    timed: set[int] = field(default_factory=set)
    recipients: list[str] = field(default_factory=list)  # the letter's, when several
    # the issuer of a letter to its council: what it says it does is what it reports
    speaker: str | None = None
    # the issuer of a letter (công văn): what it says it does itself, asking no one, is no task
    # ("Tổng cục Thuế hỗ trợ từ xa cho các Cục Thuế đến hết ngày 28/02/2025")
    writer: str | None = None

    def general(self, context: Context) -> None:
        """An intro that asks several bodies at once, over items most of which are headed by a
        body's name ("4. Sở Nông nghiệp và Môi trường"): an item of that list naming no body
        ("2. Kết hợp khai thác nước mặt với ...") states a principle for all, not a task."""
        if context.named >= 2 and context.coordinating:
            self.principles.update(context.inherited)


def recipient_body(recipients: list[str]) -> str | None:
    """The body of a letter's one recipient, the title before it dropped."""
    if len(recipients) != 1:
        return None
    text = recipients[0].strip()
    for prefix in ("Đ/c ", "đ/c ", "Đồng chí ", "đồng chí "):
        text = text.removeprefix(prefix)
    offices = _OFFICES.match(text)  # "Bí thư và Chủ tịch Ủy ban nhân dân ...": the body
    text = text[offices.end() :] if offices and text[offices.end()].isupper() else text
    if to_council([text]):
        return None  # the council the letter reports to does none of its impersonal items
    bodies = split_bodies(text)
    # "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương" is one body, not two
    return text if len(bodies) != 1 else bodies[0]


# "Kính gửi: Hội đồng nhân dân tỉnh ...", "Thường trực HĐND ...": a council reported to
_COUNCIL = re.compile(r"^(?:thường trực\s+)?(?:hội đồng nhân dân|hđnd)\b", re.IGNORECASE)


def to_council(recipients: list[str]) -> bool:
    """The letter's one recipient is a people's council (or its standing committee)."""
    return len(recipients) == 1 and bool(_COUNCIL.match(recipients[0].strip()))


# two offices of one body's heads before it: "Bí thư và Chủ tịch Ủy ban nhân dân các tỉnh"
_OFFICE = r"(?:phó\s+)?(?:bí thư|chủ tịch|giám đốc|bộ trưởng|thủ trưởng)"
_OFFICES = re.compile(rf"^{_OFFICE}(?:\s*,\s*|\s+và\s+){_OFFICE}\s+", re.IGNORECASE)


# "đề nghị quý Tổng cục ..." to "Tổng cục A" and "Tổng cục B": the recipients, jointly
_POLITE = re.compile(r"\b[Qq]uý ([A-ZĐ]\w*(?: [a-zđ]\w*)?)")


def _politely_all(text: str, recipients: list[str]) -> list[str]:
    """The recipients a task addresses together by their common kind, or none."""
    m = _POLITE.search(text) if len(recipients) > 1 else None
    words = m.group(1).split() if m else []
    # ("quý Cục nghiên cứu": the kind is the first word alone)
    kinds = (" ".join(words[:n]) + " " for n in range(len(words), 0, -1))
    return recipients if any(all(r.startswith(k) for r in recipients) for k in kinds) else []


# "... đề nghị ...", "yêu cầu", "giao": the writer asks a body, its request the task
# (as written: "nhà giáo" folds to the verb's letters)
_ASKS = re.compile(r"\b(?:đề nghị|yêu cầu|giao)\b", re.IGNORECASE)


# "Công đoàn Giáo dục Thành phố" in a letter of "Công đoàn Giáo dục" under the city's
# federation: the writer named with its own level, no other body
_OWN_LEVEL = re.compile(r" (?:[Tt]hành phố|[Tt]ỉnh)$")


# the case a sentence singles out before its colon: "Đối với chức năng X: ..."
_CASE = re.compile(r"^(?:Đối với|Trường hợp|Riêng)\b[^.;:]{3,240}:\s*")


def _writer_does(action: ParsedAction, writer: str) -> bool:
    """The task's own sentence names the writer doing something, asking no one."""
    lead = action.lead_unit or ""
    named = lead == writer or (
        lead.startswith(f"{writer} ") and _OWN_LEVEL.fullmatch(lead[len(writer) :]) is not None
    )
    own = named and action.text.startswith(f"{lead} ")
    # ("Tổng cục Thuế sẽ tổ chức tập huấn ...", its lead lost or run on into the verb: "Tổng cục
    # Thuế dự kiến"): the sentence opens with the writer all the same
    own = own or (action.text.startswith(f"{writer} ") and (not lead or lead.startswith(writer)))
    # (or after the case it singles out: "Đối với chức năng X: Tổng cục Thuế sẽ nâng cấp ...")
    case = _CASE.match(action.text)
    said = action.text[case.end() :] if case else ""
    own = own or (said.startswith(f"{writer} ") and not said.startswith("và ", len(writer) + 1))
    return own and _ASKS.search(action.text) is None


def settle(
    actions: list[ParsedAction],
    pending: Pending,
    common: Deadline | None,
    fallback: str | None,
    keep_unnamed: bool,
) -> tuple[list[ParsedAction], list[str]]:
    """The actions to report, renumbered, and the warnings about them."""
    out: list[ParsedAction] = []
    warnings: list[str] = []
    deadline_warnings: dict[int, str] = {}
    for i, action in enumerate(actions):
        if i in pending.principles or (pending.speaker and action.lead_unit == pending.speaker):
            continue
        if pending.writer and _writer_does(action, pending.writer):
            continue
        if i in pending.unnamed and not keep_unnamed:
            polite = _politely_all(action.text, pending.recipients)
            if fallback is not None:
                action = action.model_copy(update={"lead_unit": fallback})
            elif polite:
                lead, *rest = polite
                action = action.model_copy(update={"lead_unit": lead, "coordinating_units": rest})
            elif (asked := polite_addressee(action.text)) is not None:
                action = action.model_copy(update={"lead_unit": asked})  # "quý cơ quan"
            elif i not in pending.asked:
                continue
            elif len(pending.recipients) > 1:
                # ("Kính gửi: - Các phòng thuộc Cục Thuế; - Các Chi cục Thuế ...": a task that
                # names no body is theirs jointly, the first leading; "Thủ trưởng các cơ quan
                # ...": the body, its head's title dropped)
                lead, *rest = pending.recipients
                lead = TITLES.sub("", lead, count=1)
                action = action.model_copy(update={"lead_unit": lead, "coordinating_units": rest})
        seq = len(out) + 1
        update: dict[str, object] = {"seq": seq}
        joint = pending.joint.get(i, [])
        coords = [
            c
            for c in action.coordinating_units
            if c in joint or not (_ANYONE.match(c) or _PLURAL.match(c))
        ]
        if coords != action.coordinating_units:
            update["coordinating_units"] = coords
        if i in pending.deadline_warnings:
            deadline_warnings[seq] = pending.deadline_warnings[i]
        dated = common is not None and common.deadline is not None
        dated = dated and (pending.common_until is None or i < pending.common_until)
        dated = dated and i >= pending.common_from and i not in pending.timed
        if common is not None and dated and action.deadline_kind is DeadlineKind.NONE:
            update.update(
                deadline=common.deadline, deadline_kind=common.kind, deadline_text=common.text
            )
            if common.warning:
                deadline_warnings.setdefault(seq, common.warning)
        out.append(action.model_copy(update=update))
        warnings.extend(
            f"Nhiệm vụ {seq}: đơn vị “{name}” không có trong danh bạ tổ chức; "
            "giữ nguyên tên như trong văn bản."
            for name in pending.unknown.get(i, [])
        )
    for seq, message in sorted(deadline_warnings.items()):
        warnings.append(f"Nhiệm vụ {seq}: {message}.")
    return out, warnings
