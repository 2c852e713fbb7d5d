"""The list of actions a body's walk builds, and its plain edits: a deadline set, a line
joined to the last task, a task table's rows appended, the last pass (``settle``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.blocks import Block
from directives.parser.deadlines import Deadline, find_deadline
from directives.parser.done_by import dates_the_task
from directives.parser.fields import Record
from directives.parser.follow_on import takes_effect
from directives.parser.formulas import closing_words
from directives.parser.informs import presents_own
from directives.parser.mentions import MentionFinder
from directives.parser.reported_done import reports_done
from directives.parser.sentences import OWN_TIME, task_text
from directives.parser.settle import Found, Pending, common_deadline, settle
from directives.parser.sought_comments import COMMENTS_SENT
from directives.parser.tables import table_rows
from directives.parser.task_trims import without_note_marks
from directives.parser.trailing import closed_section
from directives.parser.zones import Context, Zone
from directives.records import DeadlineKind, ParsedAction

# What the writer says it will do itself ("lãnh đạo Văn phòng sẽ chỉ đạo ...") and no ask
# (an instruction it follows, "theo đúng yêu cầu chỉ đạo của ...", asks no one)
_UNDERTAKES = re.compile(
    r"\bse (?:chi dao|phoi hop|to chuc|tong hop|xem xet|kiem tra|lam viec|tham muu|de xuat|"
    r"trien khai|thuc hien|giai quyet)\b"
)
_ASKS = re.compile(r"(?<!theo )(?<!theo dung )\b(?:de nghi|yeu cau|giao(?! duc\b))\b")
# an item's heading that sets the case its items speak of ("1.2. Đối với trường hợp ..."): its
# date says which cases, no date to meet
_CASE_HEADING = re.compile(r"^doi voi\b")
# (not one that asks for the work by a date: "Đối với các dự án ..., yêu cầu hoàn thành trước
# ngày X:"; "được giao đất" is the case's land, no body handed work)
_CASE_ASKS = re.compile(r"\b(?:de nghi|yeu cau|hoan thanh|(?<!duoc )giao)\b")
_PERIOD = re.compile(r"\btu ngay\b[^.;:]{1,40}?\bden (?:het )?ngay\b")
_OPENS_SPAN = re.compile(r"(?:ke )?tu ngay\b", re.IGNORECASE)
# "Đề nghị quý cơ quan gửi văn bản góp ý tới Bộ X ... trước ngày Y", "Các đơn vị gửi ý kiến về
# Phòng Z trước ngày Y": where and by when the comments asked for above are sent
_SENDS_ANSWER = re.compile(
    r"^(?:(?:de nghi|yeu cau)\s+)?(?:[^.;:,]{0,30}?\s)?gui\s+(?:van ban\s+)?"
    r"(?:gop y|(?:tham gia\s+)?y kien)\b"
    + r"|^"
    + COMMENTS_SENT  # (or "Ý kiến tham gia xin gửi về Bộ X ... trước ngày Y")
)

# "Thời hạn thực hiện: năm 2026", "Thời gian thực hiện: Năm 2026": the time of the whole work
_WORK_TIME = re.compile(r"^(?:thoi han|thoi gian) (?:thuc hien|hoan thanh)\s*:\s*")


def _after_occasion(text: str, folded: str) -> tuple[str, str]:
    """The text from its request on when the days of an occasion stand before it ("Nhân dịp Lễ
    hội diễn ra từ ngày 23 đến ngày 26 tháng 02, Ủy ban ... yêu cầu:", "Để chuẩn bị chuyến thăm
    ... dự kiến từ ngày 9 đến ngày 17 tháng 6 năm 2008, Văn phòng Chính phủ đề nghị Bộ X ..."):
    they set no deadline; else the text whole (and a span the task opens with, "Kể từ ngày X
    đến hết ngày Y, Hội đồng có trách nhiệm ...", is the task's own time)."""
    ask = _ASKS.search(folded) if "tu ngay" in folded and not _OPENS_SPAN.match(folded) else None
    if ask is not None and _PERIOD.search(folded, 0, ask.start()):
        return text[ask.start() :], folded[ask.start() :]
    return text, folded


class Collector:
    def __init__(
        self,
        org: OrgDirectory,
        calendar: WorkingCalendar,
        issued_on: date | None,
        ours: bool,
        home: bool = True,
        recipients: list[str] | None = None,
        issuer: str | None = None,
    ) -> None:
        self.org = org
        self.ours = ours
        self.find = MentionFinder(org, home, issuer)
        # who takes a task no body is named for: the directory's addressee, in a letter of
        # the organisation's own province; elsewhere no unit of ours (intake decides)
        self.addressee = org.addressee.name if home else None
        self.calendar = calendar
        self.issued_on = issued_on
        self.actions: list[ParsedAction] = []
        self.pending = Pending(recipients=list(recipients or []))
        self.common: Deadline | None = None
        self.fallback: str | None = None  # the lead of a task no body is named for
        self.issuer: str | None = None  # the letter's, whose own presenting is no task
        self.record = Record()
        self.counts: list[int] = []  # the number of actions before each block of the walk
        self.walked: list[Block] = []  # the blocks of the walk
        self.touched = -1  # the last block a paragraph's task was made or joined from
        self.since_record = 0  # the first action after the last labelled record
        self.last_heading: Block | None = None
        # the bullets since the last numbered item that no task was made of, each with the
        # number of actions when it was met (a record's doer label after them names their doer)
        self.loose: list[tuple[Block, int]] = []
        # the rank of each numbered heading met and the number of actions before it, and the
        # ranks of the body's markers (a numbered label fills the tasks of its section)
        self.opened: list[tuple[float, int]] = []
        self.ranks: dict[str, int] = {}
        self.local: str | None = None  # "Ủy ban nhân dân tỉnh X" when the letter is about X
        self.opinion_lead: str | None = None  # the body the issuer's opinion asked first
        # the items being joined to the last task list its times: how the one before ended
        # (None: they say how it is done)
        self.times: str | None = None

    def _set(self, idx: int, due: Deadline) -> None:
        if due.deadline is None:
            return  # (a day only the letter's missing date could fix dates nothing)
        action = self.actions[idx]
        self.actions[idx] = action.model_copy(
            update={"deadline": due.deadline, "deadline_kind": due.kind, "deadline_text": due.text}
        )

    def _start(self, blocks: list[Block], ranks: dict[str, int]) -> dict[str, int]:
        """The walk over ``blocks`` begins: its blocks and their markers' ranks kept."""
        self.walked, self.ranks = blocks, ranks
        return ranks

    def _walk(self, blocks: list[Block]) -> Iterator[tuple[int, Block]]:
        """The blocks with their places, the number of actions before each one counted."""
        for i, block in enumerate(blocks):
            self.counts.append(len(self.actions))
            yield i, block

    def _note_common(
        self, block: Block, closing: bool = False, among: tuple[list[Block], int] | None = None
    ) -> None:
        """A deadline stated in an intro ("... các nội dung sau, hoàn thành trước ngày X:") or a
        ``closing`` sentence after tasks ("Báo cáo gửi về Sở X trước ngày Y."), which dates
        those above it only (README); not one the issuer sets itself for what it says it will
        do ("Văn phòng sẽ phối hợp ... Thời gian hoàn thành trước ngày X."). A closing sentence
        inside a section dates that section's tasks only: the blocks ``among`` and the sentence's
        place there tell which (``closed_section``, asked only when the sentence dates)."""
        if _UNDERTAKES.search(block.folded) and not _ASKS.search(block.folded):
            return
        if (
            block.marker
            and _CASE_HEADING.match(block.folded)
            and not _CASE_ASKS.search(block.folded)
        ):
            return  # "1.2. Đối với trường hợp được thuê đất trước ngày 01/7/2014": which cases
        if self.common is None:
            text, folded = _after_occasion(block.text, block.folded)
            self.common = common_deadline(text, folded, self.issued_on, self.calendar)
            if closing and self.common is not None:
                self.pending.common_until = len(self.actions)
                opened = closed_section(*among) if among is not None else None
                self.pending.common_from = self.counts[opened] if opened is not None else 0

    def _plan_time(self, blocks: list[Block], i: int) -> bool:
        """The first item of a section after the tasks that only gives the time of the work
        ("III. TỔ CHỨC THỰC HIỆN" / "1. Thời hạn thực hiện: năm 2026."): the plan's time, which
        dates every task above it without one of its own, none below (README); not a time
        line under an item, which dates that item ("2. Thời hạn gửi báo cáo ...")."""
        block, heading = blocks[i], blocks[i - 1] if i else None
        if heading is None or heading.marker is None or self.common is not None:
            return False
        if self.ranks.get(heading.marker, 0) >= self.ranks.get(block.marker or "", 0):
            return False
        found = _WORK_TIME.match(block.folded)
        if found is None or self.counts[i - 1] != len(self.actions):
            return False
        value, folded = block.text[found.end() :], block.folded[found.end() :]
        due = find_deadline(
            value.rstrip(" ."), folded.rstrip(" ."), self.issued_on, self.calendar, cell=True
        )
        if due is None or due.deadline is None or due.kind is not DeadlineKind.BY:
            return False
        self.common = due
        self.pending.common_until, self.pending.common_from = len(self.actions), 0
        return True

    def _says_only(self, block: Block) -> bool:
        """The paragraph asks nothing: it says where to send the answers (``_sends_answer``) or
        the issuer presents what the letter carries (``presents_own``)."""
        return (
            presents_own(block.folded, self.issuer)
            or self._sends_answer(block)
            # ("2.1. Mức ... có hiệu lực từ ngày X.": a statement that gives no work)
            or takes_effect(block.text, block.folded)
            or reports_done(block.text)  # ("+ Văn phòng X đã tham mưu ...": done, reported)
        )

    def _deadline_of(self, text: str, folded: str) -> Deadline | None:
        """A task's first deadline phrase, after the days of an occasion that open it."""
        text, folded = _after_occasion(text, folded)
        return find_deadline(text, folded, self.issued_on, self.calendar)

    def _sends_answer(self, block: Block) -> bool:
        """A paragraph after the tasks that only says where and by when to send the comments
        they ask for: it dates them (``_note_common``), no task of its own."""
        if block.marker is not None or not self.actions or not _SENDS_ANSWER.match(block.folded):
            return False
        due = find_deadline(block.text, block.folded, self.issued_on, self.calendar)
        return due is not None

    def _join(self, block: Block) -> None:
        last = self.actions[-1]
        if OWN_TIME.match(block.folded):
            # "Thời gian thực hiện: ..." set below an item's prose, no field of a record: the
            # item's own last sentence, which stays in its text
            text = f"{last.text}. {task_text(block.text)}"
        else:
            text = task_text(f"{last.text}. {block.text}")
        self.actions[-1] = last.model_copy(update={"text": text})
        if last.deadline is None and dates_the_task(block.folded):
            # "Đảm bảo hoàn thành trong quý I/2026" under the task: its time
            due = find_deadline(block.text, block.folded, self.issued_on, self.calendar)
            if due is not None:
                self._set(len(self.actions) - 1, due)

    def _join_listed(self, block: Block, first: bool) -> None:
        """An item of the list that says how the last task is done, joined with its marker (or
        of the list of its times: "- Vùng A: cuối năm 1982;", each one's ";" as written, the
        first time the task's deadline)."""
        last = self.actions[-1]
        stop = "; " if self.times == ";" else ". "
        text = f"{last.text}{': ' if first else stop}- {block.text}"
        self.actions[-1] = last.model_copy(update={"text": task_text(text)})
        if self.times is None:
            return
        self.times = ";" if block.text.rstrip().endswith(";") else "."
        if last.deadline is None:
            due = find_deadline(block.text, block.folded, self.issued_on, self.calendar)
            if due is not None:
                self._set(len(self.actions) - 1, due)

    def _append(
        self,
        seq: int,
        text: str,
        lead: str | None,
        coords: list[str],
        deadline: Deadline | None,
    ) -> None:
        if deadline is not None and deadline.warning:
            self.pending.deadline_warnings[seq - 1] = deadline.warning
        if deadline is not None and deadline.deadline is None:
            # ("trước ngày 10 tháng 01 hàng năm" on a page that lost the letter's date: only that
            # date could fix it, so it dates nothing, README; the warning says why)
            deadline = None
        self.actions.append(
            ParsedAction(
                seq=seq,
                text=task_text(without_note_marks(text)),
                lead_unit=lead,
                coordinating_units=coords,
                deadline=deadline.deadline if deadline else None,
                deadline_kind=deadline.kind if deadline else DeadlineKind.NONE,
                deadline_text=deadline.text if deadline else None,
            )
        )

    def _table(self, rows: list[Block], stack: list[Context]) -> None:
        if stack and stack[-1].zone == Zone.NONTASK:
            return
        parent = stack[-1] if stack else None
        default = parent.lead if parent else None
        for row in table_rows(
            [r.text for r in rows], self.find, default, self.issued_on, self.calendar
        ):
            seq = len(self.actions) + 1
            self.pending.unknown[seq - 1] = list(row.unknown)
            self.pending.joint[seq - 1] = list(row.joint)
            if row.lead is None:
                self.pending.unnamed.add(seq - 1)
            lead = row.lead or self.addressee
            self._append(seq, row.text, lead, row.coordinating, row.deadline)

    def _finish(self) -> Found:
        actions, warnings = settle(
            self.actions, self.pending, self.common, self.fallback, self.ours
        )
        return Found(actions, warnings)

    def _article_at(self, block: Block) -> int | None:
        """Where the decision's article stands whose paragraph ``block``, the block walked now,
        is; None when it is none."""
        if block.marker is not None or self.walked[len(self.counts) - 1] is not block:
            return None
        k = len(self.counts) - 2
        while k >= 0 and self.walked[k].marker is None:
            k -= 1
        return k if k >= 0 and self.walked[k].marker == "article" else None

    def _rest_of_article(self, block: Block) -> bool:
        """A paragraph of an article that gave a task, giving none itself ("Ứng dụng TPR là
        ...", "Vụ trưởng ... chịu trách nhiệm về việc phê duyệt ..."): more of the article's
        last task, its text running to the article's end (README); True if joined."""
        at = self._article_at(block)
        if at is None or self.counts[at] == len(self.actions) or closing_words(block.folded):
            return False
        self._join(block)
        due = find_deadline(block.text, block.folded, self.issued_on, self.calendar)
        if due is not None and self.actions[-1].deadline_kind is DeadlineKind.NONE:
            self._set(len(self.actions) - 1, due)  # (the first phrase in its text: README)
        return True
