"""Actions in the body: "-" bullets, "1." numbers, "a)" letters, prose that asks a unit
to act, groups under a unit's heading and rows of a task table.

A heading or an intro sentence ending in ":" opens a zone: a task zone ("yêu cầu ...
như sau:", "Nhiệm vụ, giải pháp", a unit's name) whose items are actions, or a
findings zone ("Kết quả kiểm tra", "Tồn tại, hạn chế", "Mục đích, yêu cầu") whose
items are not. Outside both, an item is an action when it opens with a verb of
command ("Tăng cường", "Rà soát" ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.clean import fold_keep, is_upper_line, squash
from directives.parser.deadlines import Deadline, find_deadline
from directives.parser.units import Assignment, MentionFinder, Part, assign_units, match_cell
from directives.records import DeadlineKind, ParsedAction

_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("roman", re.compile(r"^(?P<m>[IVX]{1,4})\s*[.)/]\s+")),
    ("num", re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*(?=\S)")),
    ("num", re.compile(r"^(?P<m>\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=\S)")),
    ("letter", re.compile(r"^(?P<m>[a-zđ])\s*[).]\s+")),
    ("dash", re.compile(r"^-\s*(?=\S)")),
    ("plus", re.compile(r"^\+\s*(?=\S)")),
    ("star", re.compile(r"^\*\s+(?=\S)")),
)
_ARTICLE = re.compile(r"^dieu\s+\d+\s*[.:]\s*")
_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|[\s:\-|]+\|$")

_TASK_TRIGGER = re.compile(
    r"yeu cau|de nghi|chi dao|\bgiao\b|nhiem vu|giai phap|kien nghi|to chuc thuc hien|"
    r"khac phuc|phan cong|trien khai|thuc hien (?:cac|mot so|nghiem|tot|nhung)|can thuc hien|"
    r"noi dung sau|sau day|chan chinh"
)
_NONTASK = re.compile(
    r"muc dich|ket qua|uu diem|ton tai|han che|nguyen nhan|tinh hinh|danh gia|nhan xet|"
    r"can cu|pham vi|doi tuong|dac diem|thanh phan|noi dung kiem tra|nhung viec da lam"
)
_CLOSING = re.compile(
    r"chiu trach nhiem thi hanh|co hieu luc|thay the (?:quyet dinh|chi thi)|tran trong|"
    r"kinh chuyen|^tren day la|(?:thong bao|thong tin) de .{0,60}\bbiet\b|"
    r"(?:^|[.;] )nhan duoc (?:cong van|van ban|thong bao|chi thi|ke hoach|quyet dinh)|"
    r"trong qua trinh (?:to chuc )?(?:trien khai )?thuc hien,? neu co"
)
_CLOSING_PROSE = re.compile(
    r"(?:nghiem tuc|to chuc|khan truong) (?:trien khai )?(?:thuc hien|chap hanh|quan triet) "
    r"(?:noi dung )?(?:chi thi|cong van|thong bao|quyet dinh|ke hoach|van ban) nay"
    r"|^(?:can cu|xet|theo de nghi|qua xem xet|nham|"
    r"thuc hien (?:quyet dinh|cong van|chi thi|ke hoach|nghi quyet))"
    # the letter's last words: "... yêu cầu Trưởng các phòng nghiêm túc triển khai thực hiện./."
    r"|(?:nghiem tuc|khan truong) (?:trien khai )?(?:thuc hien|chap hanh)\s*\./\.?\s*$"
)
# "2. Công an tỉnh: Tăng cường ..." - a group's heading and its one task on the same line
_INLINE_HEADING = re.compile(r"^(?P<head>[^:.;]{3,160}):\s+(?=[A-ZĐ\u00c0-\u1ef8])")
_GROUP_HEAD = re.compile(r"^(?:thu truong|chu tich|giam doc|truong|cac|lanh dao) ")
_NARRATIVE_AFTER = re.compile(
    r"^\s+(?:da|chua|con|van|duoc|co|la|khong|cung|deu|dang|nhin chung|trong nam)\b"
)
_IMPERATIVE = re.compile(
    r"^(?:tang cuong|chi dao|trien khai|to chuc|xay dung|ra soat|thuc hien|tham muu|ban hanh|"
    r"kien toan|hoan thien|hoan chinh|bo sung|bao cao|cap nhat|day manh|nang cao|khac phuc|"
    r"chu tri|phoi hop|don doc|kiem tra|cong khai|niem yet|bo tri|quan triet|nghien cuu|"
    r"de xuat|sua doi|chan chinh|gui|huong dan|theo doi|ung dung|duy tri|dam bao|bao dam|"
    r"tiep tuc|rut kinh nghiem|lap|trinh|cu|giao|yeu cau|tuyen truyen|thong ke|tong hop|"
    r"danh gia|rà soat|soan thao|xu ly|thanh tra|chu dong|nghiem tuc|tap trung|uu tien|"
    r"day nhanh|hoan thanh|thuc hien|sap xep|cai tien|van hanh|dua|lam ro|boi duong|dao tao)\b"
)


# Only phrases that plainly set a due date count as the document's common deadline:
# "nhiệm vụ 6 tháng đầu năm" in an intro names a period, not a deadline.
_COMMON_KINDS = (DeadlineKind.BEFORE, DeadlineKind.BY, DeadlineKind.WITHIN_WORKING_DAYS)


class Zone:
    TASK = "task"
    NONTASK = "nontask"
    UNKNOWN = "unknown"


@dataclass
class Block:
    marker: str | None  # "roman", "num1", "letter", "dash", "article", "table", or None for prose
    text: str
    folded: str  # fold_keep(text), taken from the folded lines rather than folded again
    after_gap: bool = True  # a blank line (or the start) comes before it
    parts: list[str] = field(default_factory=list)  # wrapped lines, joined once at the end
    folded_parts: list[str] = field(default_factory=list)


@dataclass
class Context:
    rank: int
    zone: str
    lead: str | None = None
    coordinating: list[str] = field(default_factory=list)


@dataclass
class Found:
    actions: list[ParsedAction]
    warnings: list[str]


def _continues(previous: str, line: str) -> bool:
    """A line wrapped from the one before (not a new paragraph)."""
    if previous.endswith(":") or is_upper_line(previous):
        return False
    if line[0].islower() or line[0].isdigit():
        return True
    return len(previous) >= 60 and not previous.endswith((".", ";", "!", "?"))


def split_blocks(lines: list[str], folded: list[str]) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    previous = ""
    gap = True
    for line, fline in zip(lines, folded, strict=True):
        if not line:
            current = None
            gap = True
            continue
        if _TABLE_ROW.match(line):
            current = None
            if not _TABLE_RULE.match(line):
                blocks.append(Block("table", line, fline))
            continue
        marker, start = _marker(line, fline)
        if marker is None and current is not None and _continues(previous, line):
            current.parts.append(line)
            current.folded_parts.append(fline)
        else:
            current = Block(marker, line[start:], fline[start:], after_gap=gap)
            blocks.append(current)
        previous = line
        gap = False
    for block in blocks:
        if block.parts:
            block.text = " ".join([block.text, *block.parts])
            block.folded = " ".join([block.folded, *block.folded_parts])
    return blocks


def _marker(line: str, folded: str) -> tuple[str | None, int]:
    """The list marker a line opens with and where its text starts."""
    if _ARTICLE.match(folded):
        return "article", 0
    for name, pattern in _MARKERS:
        m = pattern.match(line)
        if m:
            if name == "num":
                name = f"num{m.group('m').count('.') + 1}"
            return name, m.end()
    return None, 0


def _is_heading(
    block: Block, nxt: Block | None, ranks: dict[str, int], find: MentionFinder
) -> bool:
    text = block.text.rstrip()
    if text.endswith(":") or block.marker == "roman":
        return True
    if block.marker not in (None, "article") and _only_a_unit(text, find):
        return True
    if (
        block.marker not in (None, "article")
        and nxt is not None
        and nxt.marker is None
        and not nxt.after_gap
        and len(text) <= 120
        and not text.endswith((".", ";"))
    ):
        return True  # "1. Đánh giá chung" with its paragraph right under it
    if is_upper_line(text) and len(text) < 150:
        return True
    if block.marker is None or block.marker == "article" or text.endswith((".", ";")):
        return False
    deeper = (
        nxt is not None
        and nxt.marker not in (None, "article", "table")
        and ranks.get(nxt.marker, 0) > ranks.get(block.marker, 0)
    )
    return len(text) <= 120 and deeper


def _only_a_unit(text: str, find: MentionFinder) -> bool:
    """ "Thanh tra Sở" or "Văn phòng Sở:" alone: a unit's heading."""
    mentions = find(text)
    return (
        len(mentions) == 1
        and not text[: mentions[0].start].strip()
        and not (text[mentions[0].end :].strip(" :."))
    )


def _only_units(text: str, find: MentionFinder) -> bool:
    """ "Công an tỉnh" or "Sở Tài chính, Sở Nội vụ": names of units and nothing else."""
    mentions = find(text)
    rest, at = [], 0
    for m in mentions:
        rest.append(text[at : m.start])
        at = m.end
    rest.append(text[at:])
    return bool(mentions) and all(fold_keep(r).strip(" ,") in ("", "va") for r in rest)


def _heading_zone(block: Block, parent: Context | None, unit: Assignment | None) -> str:
    folded = block.folded
    trigger = bool(_TASK_TRIGGER.search(folded))
    findings = bool(_NONTASK.search(folded))
    if block.marker is None:  # an intro sentence or an unnumbered heading
        if trigger and block.text.rstrip().endswith(":"):
            return Zone.TASK
        if findings:
            return Zone.NONTASK
        return Zone.TASK if trigger or unit else Zone.UNKNOWN
    inherited = parent.zone if parent else Zone.UNKNOWN
    if parent is not None and parent.rank > 0 and inherited == Zone.NONTASK and unit is None:
        return Zone.NONTASK
    if unit is not None:
        return Zone.TASK
    if findings and not (trigger and block.text.rstrip().endswith(":")):
        return Zone.NONTASK
    if trigger:
        return Zone.TASK
    return inherited


# "Chủ tịch UBND tỉnh chỉ thị:", "Sở Nội vụ đề nghị:": the one who asks, not who acts
_ASKS_AFTER = re.compile(r"^\s+(?:chi thi|de nghi|yeu cau|ket luan|co y kien|thong bao|giao)\b")


def _heading_units(block: Block, find: MentionFinder) -> Assignment | None:
    mentions = find(block.text, block.folded)
    if not any(m.part in (Part.LEAD, Part.SUBJECT) for m in mentions):
        return None
    if block.marker is None and all(
        m.part != Part.LEAD and (m.part != Part.SUBJECT or _ASKS_AFTER.match(block.folded[m.end :]))
        for m in mentions
    ):
        return None
    return assign_units(block.text, find, None, block.folded)


def _asks_a_unit(block: Block, find: MentionFinder) -> bool:
    for m in find(block.text, block.folded):
        if m.part == Part.LEAD:
            return True
        if m.part == Part.SUBJECT and not _NARRATIVE_AFTER.match(block.folded[m.end :]):
            return True
    return False


class _Extractor:
    def __init__(
        self, org: OrgDirectory, calendar: WorkingCalendar, issued_on: date | None
    ) -> None:
        self.org = org
        self.find = MentionFinder(org)
        self.calendar = calendar
        self.issued_on = issued_on
        self.actions: list[ParsedAction] = []
        self.warnings: list[str] = []
        self.common: Deadline | None = None
        self._deadline_warnings: dict[int, str] = {}

    def run(self, blocks: list[Block]) -> Found:
        ranks: dict[str, int] = {}
        for block in blocks:
            if block.marker not in (None, "article", "table") and block.marker not in ranks:
                ranks[block.marker] = len(ranks) + 1
        stack: list[Context] = []
        table: list[Block] = []
        under_heading = False  # the previous block was a numbered heading or prose under one
        for i, block in enumerate(blocks):
            if block.marker == "table":
                table.append(block)
                continue
            if table:
                self._table(table, stack)
                table = []
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            rank = 0 if block.marker in (None, "article") else ranks[block.marker]
            child = block.marker is None and under_heading and not block.after_gap
            if child and stack:
                rank = stack[-1].rank + 1  # prose right under "3. Thanh tra Sở:" belongs to it
            while stack and stack[-1].rank >= rank:
                stack.pop()
            parent = stack[-1] if stack else None
            heading = _is_heading(block, nxt, ranks, self.find)
            under_heading = (heading and rank > 0) or child
            if child and not heading:
                if not _CLOSING.search(block.folded) and self._is_action(
                    Block("child", block.text, block.folded), parent
                ):
                    self._add(block.text, block.folded, parent)
                continue
            inline = None if heading else self._inline_heading(block)
            if inline is not None:
                head, body = inline
                unit = _heading_units(head, self.find)
                lead = unit.lead if unit else (parent.lead if parent else None)
                coords = unit.coordinating if unit else (parent.coordinating if parent else [])
                context = Context(rank, Zone.TASK, lead, list(coords))
                stack.append(context)
                if self._is_action(body, context):
                    self._add(body.text, body.folded, context)
                continue
            if heading:
                unit = _heading_units(block, self.find)
                zone = _heading_zone(block, parent, unit)
                lead = unit.lead if unit else (parent.lead if parent else None)
                coords = unit.coordinating if unit else (parent.coordinating if parent else [])
                stack.append(Context(rank, zone, lead, list(coords)))
                self._note_common(block)
                continue
            if self._is_action(block, parent):
                self._add(block.text, block.folded, parent)
            elif block.marker is None and self.actions:
                self._note_common(block)  # "Báo cáo gửi về Sở Nội vụ trước ngày ..." at the end
        if table:
            self._table(table, stack)
        return self._finish()

    def _inline_heading(self, block: Block) -> tuple[Block, Block] | None:
        """The heading and the task of "2. Công an tỉnh: Tăng cường ...", else None."""
        if block.marker in (None, "article", "table"):
            return None
        m = _INLINE_HEADING.match(block.text)
        if m is None:
            return None
        head = block.text[: m.end("head")]
        folded_head = block.folded[: m.end("head")]
        if not _GROUP_HEAD.match(folded_head) and not _only_units(head, self.find):
            return None
        return (
            Block(block.marker, head, folded_head),
            Block("child", block.text[m.end() :], block.folded[m.end() :]),
        )

    def _is_action(self, block: Block, parent: Context | None) -> bool:
        if _CLOSING.search(block.folded):
            return False
        if block.marker in (None, "article"):
            if _CLOSING_PROSE.search(block.folded):
                return False
            return _asks_a_unit(block, self.find)
        zone = parent.zone if parent else Zone.UNKNOWN
        if zone == Zone.TASK:
            return True
        if zone == Zone.NONTASK:
            return False
        return bool(_IMPERATIVE.match(block.folded)) or _asks_a_unit(block, self.find)

    def _note_common(self, block: Block) -> None:
        """A deadline stated in an intro ("... các nội dung sau, hoàn thành trước ngày X:")."""
        if self.common is None:
            found = find_deadline(block.text, block.folded, self.issued_on, self.calendar)
            if found is not None and found.kind in _COMMON_KINDS:
                self.common = found

    def _add(self, text: str, folded: str, parent: Context | None) -> None:
        seq = len(self.actions) + 1
        default = parent.lead if parent else None
        units = assign_units(text, self.find, default or self.org.addressee.name, folded)
        coords = list(units.coordinating)
        if parent and units.lead == parent.lead:
            coords = [
                c for c in parent.coordinating if c != units.lead and c not in coords
            ] + coords
        for name in units.unknown:
            self._unknown_unit(seq, name)
        deadline = find_deadline(text, folded, self.issued_on, self.calendar)
        self._append(seq, text, units.lead, coords, deadline)

    def _append(
        self,
        seq: int,
        text: str,
        lead: str | None,
        coords: list[str],
        deadline: Deadline | None,
    ) -> None:
        if deadline is not None and deadline.warning:
            self._deadline_warnings[seq] = deadline.warning
        self.actions.append(
            ParsedAction(
                seq=seq,
                text=squash(text).strip(" ;,.") or squash(text),
                lead_unit=lead,
                coordinating_units=coords,
                deadline=deadline.deadline if deadline else None,
                deadline_kind=deadline.kind if deadline else DeadlineKind.NONE,
                deadline_text=deadline.text if deadline else None,
            )
        )

    def _unknown_unit(self, seq: int, name: str) -> None:
        self.warnings.append(
            f"Nhiệm vụ {seq}: đơn vị “{name}” không có trong danh bạ tổ chức; "
            "giữ nguyên tên như trong văn bản."
        )

    def _table(self, rows: list[Block], stack: list[Context]) -> None:
        if stack and stack[-1].zone == Zone.NONTASK:
            return
        cells = [[squash(c) for c in row.text.strip().strip("|").split("|")] for row in rows]
        header = [fold_keep(c) for c in cells[0]]

        def column(*keys: str) -> int | None:
            return next((i for i, h in enumerate(header) if any(k in h for k in keys)), None)

        text_col = column("noi dung", "nhiem vu", "cong viec", "hoat dong")
        if text_col is None:
            return
        lead_col = column("chu tri", "don vi thuc hien", "co quan thuc hien", "thuc hien")
        coord_col = column("phoi hop")
        due_col = column("thoi gian", "thoi han", "hoan thanh", "tien do")
        parent = stack[-1] if stack else None
        for row in cells[1:]:
            if text_col >= len(row) or not row[text_col]:
                continue
            seq = len(self.actions) + 1
            text = row[text_col]
            lead = parent.lead if parent else None
            if lead_col is not None and lead_col < len(row) and row[lead_col]:
                found = match_cell(row[lead_col], self.find)
                lead = found[0][0]
                for name, known in found[:1]:
                    if not known:
                        self._unknown_unit(seq, name)
            coords: list[str] = []
            if coord_col is not None and coord_col < len(row):
                for name, known in match_cell(row[coord_col], self.find):
                    if name != lead and name not in coords:
                        coords.append(name)
                        if not known:
                            self._unknown_unit(seq, name)
            deadline = None
            if due_col is not None and due_col < len(row):
                cell = row[due_col]
                deadline = find_deadline(
                    cell, fold_keep(cell), self.issued_on, self.calendar, cell=True
                )
            if deadline is None:
                deadline = find_deadline(text, fold_keep(text), self.issued_on, self.calendar)
            self._append(seq, text, lead or self.org.addressee.name, coords, deadline)

    def _finish(self) -> Found:
        if self.common is not None:
            for i, action in enumerate(self.actions):
                if action.deadline_kind is DeadlineKind.NONE:
                    self.actions[i] = action.model_copy(
                        update={
                            "deadline": self.common.deadline,
                            "deadline_kind": self.common.kind,
                            "deadline_text": self.common.text,
                        }
                    )
                    if self.common.warning:
                        self._deadline_warnings.setdefault(action.seq, self.common.warning)
        for seq, message in sorted(self._deadline_warnings.items()):
            self.warnings.append(f"Nhiệm vụ {seq}: {message}.")
        return Found(self.actions, self.warnings)


def find_actions(
    lines: list[str],
    folded: list[str],
    org: OrgDirectory,
    calendar: WorkingCalendar,
    issued_on: date | None,
) -> Found:
    return _Extractor(org, calendar, issued_on).run(split_blocks(lines, folded))
