"""Tasks a paragraph's later sentences hand to bodies after it opens with something else: a
finding its reports show, an approval or the decision's effect, and the letter's last paragraph
that asks its addressees (moved from item_actions.py, which grew past 400 lines)."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod

from directives.parser.addressed_close import addressed_close
from directives.parser.blocks import Block
from directives.parser.collect import Collector
from directives.parser.nontask import approves, effect_first
from directives.parser.sentences import task_sentences
from directives.parser.short_form import short_addressee
from directives.parser.zones import Context, Zone, is_action

# "Qua tổng hợp báo cáo ..., kiểm tra thực tế cho thấy ...": a finding its first sentence states
_SHOWS = re.compile(r"^qua (?:tong hop|kiem tra|theo doi|danh gia)\b[^.]{0,300}?\bcho thay\b")


class LaterTasks(Collector, ABC):
    """The later sentences' tasks of ``ItemActions``, which adds each one (``_add``)."""

    @abstractmethod
    def _add(self, text: str, folded: str, parent: Context | None) -> int:
        """Add the task ``text`` hands to its bodies (``ItemActions``: with its units and
        deadline); the number of actions added."""

    def _later_tasks(self, block: Block, parent: Context | None) -> bool:
        """ "Thời gian qua ... bị thiệt hại. Yêu cầu các địa phương chủ động ...": a paragraph
        of background whose later sentences hand tasks to bodies; True if it had any."""
        parts = task_sentences(block.text, block.folded, self.find)
        tasks = [
            (text, folded)
            for text, folded in parts
            if not block.text.startswith(text)
            and is_action(Block(None, text, folded), parent, self.find)
        ]
        for text, folded in tasks:
            self._add(text, folded, parent)
        return bool(tasks)

    def _after_findings(self, block: Block, parent: Context | None) -> bool:
        """ "Qua tổng hợp báo cáo ... cho thấy .... Bộ X, các ngành ... cần khảo sát ...": what
        the reports show, then the tasks later sentences hand to bodies; True if it had any."""
        return bool(_SHOWS.match(block.folded)) and self._later_tasks(block, parent)

    def _after_approval(self, block: Block, parent: Context | None) -> bool:
        """ "Đồng ý xuất cấp .... Bộ X quyết định việc xuất cấp ...": an approval whose later
        sentences hand tasks to bodies (or "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        Giao Sở X ...": the effect, then the tasks); True if it had any."""
        opens = approves(block.folded) or effect_first(block.folded)
        if not opens or self._later_tasks(block, parent):
            return opens
        # ("Đồng ý ...; Bộ khẩn trương trình ...": the addressee by its kind, its clause's task)
        short = short_addressee(block.text, self.pending.recipients, self.issuer)
        if short is not None:
            at, kind = short
            rank = parent.rank if parent else 0.0
            self._add(block.text[at:], block.folded[at:], Context(rank, Zone.TASK, kind))
        return short is not None

    def _to_addressees(self, block: Block, parent: Context | None) -> bool:
        """The letter's last paragraph that asks its addressees (``addressed_close``): their
        task, not the intro's bodies'; True if it was one."""
        if parent is None or not addressed_close(block, parent, self.pending.recipients, self.find):
            return False
        self._add(block.text, block.folded, Context(parent.rank, Zone.TASK, asked=True))
        return True
