"""A plan's task record laid out as labels ("Nhiệm vụ: ...", "Đơn vị chủ trì: ...", "Thời
gian thực hiện: ..."): each labelled line the walk of ``actions`` meets adds the record's
tasks or fills their lead, coordinating units and deadline in, whether the tasks are the
label's own text, the items under it, the items above it or the heading over them
(``fields`` reads the labels themselves).
"""

from __future__ import annotations

import re

from directives.parser import fields
from directives.parser.blocks import Block
from directives.parser.bodies import has_verb
from directives.parser.clean import fold_keep
from directives.parser.contents import lists_parts
from directives.parser.deadlines import find_deadline
from directives.parser.event_setting import setting_title
from directives.parser.fields import Record
from directives.parser.guided_bodies import guided_bodies
from directives.parser.informs import news_from
from directives.parser.intro_task import asks_before_notes
from directives.parser.item_actions import ItemActions
from directives.parser.letters import CAPITAL
from directives.parser.time_hands import handed_in_time
from directives.parser.zones import Context, Zone, is_action

_BULLETS = ("dash", "plus", "star")
# "... thực hiện kiểm kê. Thời hạn thực hiện: Từ tháng 10/2025 đến khi kết thúc kiểm kê": a
# task whose text ends with its own time line
_TIMED_TEXT = re.compile(r"[.;]\s+(?:Thời hạn|Thời gian)(?: hoàn thành| thực hiện)?\s*:[^.;:]*$")
# a sentence's end: a full stop before a capital
_SENTENCE = re.compile(rf"(?<=\.)\s+(?=[{CAPITAL}])")


class LabelledRecords(ItemActions):
    """Fills the task records laid out as labels, line by line."""

    def _field(self, block: Block, stack: list[Context], nxt: Block | None) -> bool:
        """A line of a task record laid out as labels (see ``fields``); True if it was one; a
        time line that hands work on ("- Thời gian thực hiện: ...; giao X chủ trì ...") adds
        that work, after its times."""
        if not self._label_line(block, stack, nxt):
            return False
        if (at := handed_in_time(block.folded)) is not None:
            parent = stack[-1] if stack else None
            handed = Block(None, block.text[at:], block.folded[at:])
            if is_action(handed, parent, self.find):
                self._add(handed.text, handed.folded, parent)
        return True

    def _label_line(self, block: Block, stack: list[Context], nxt: Block | None) -> bool:
        labelled = fields.label_of(block.folded)
        parent = stack[-1] if stack else None
        if labelled is None:
            # the items that say what a task covers keep it the heading that labels fill
            keep = lists_parts(block) or (parent is not None and parent.parts)
            if block.marker in _BULLETS and not keep:
                self.loose.append((block, len(self.actions)))
            elif block.marker not in (None, "table") or keep:
                self.loose = []
            if not self.record.collecting:
                self.last_heading = None if block.marker and not keep else self.last_heading
                return False
            if block.marker in (None, "article") or block.text.rstrip().endswith(":"):
                self.record.collecting = False
                return False
            self.record.tasks.append(self._add(block.text, block.folded, parent))
            return True
        kind, at = labelled
        text, folded = fields.value(block.text, block.folded, at)
        record = self.record
        if parent is not None and parent.informs:
            # "3. Nội dung: Bồi dưỡng ..." in what a letter informs of (or "- Thành phần tham
            # dự: Công ty X (Chủ đầu tư). Đề nghị Công ty mời ...": only its later request)
            if kind != fields.TASK:
                self._asked_after_label(text, parent)
            return True
        if kind == fields.TASK:
            if record.filled or (record.tasks and not record.collecting):
                record = self.record = Record()
            record.collecting = not text
            if text:
                record.tasks.append(self._add(text, folded, parent))
            return True
        record.collecting = False
        fresh = list(range(self.since_record, len(self.actions)))
        trailing = self._trailing(kind, parent)
        if trailing:
            # "- Rà soát ..." / "- Thực hiện ..." / "- Đơn vị thực hiện: Sở X": the bullets that
            # named no body before the record's doer label are its tasks, that body's
            record = self.record = Record(tasks=trailing)
        elif fresh and (not record.tasks or (record.filled and fresh[0] > max(record.tasks))):
            # "- Rà soát ..." then "Đơn vị chủ trì: ...": the labels fill the items above them
            record = self.record = Record(tasks=fresh)
        elif (
            not record.tasks
            and (head := self.last_heading) is not None
            and fields.names_doer(kind, parent)
            and not setting_title(head.folded)
        ):
            record.tasks.append(self._add(head.text.rstrip(" :"), head.folded.rstrip(" :"), parent))
            self.last_heading = None
        elif not record.tasks and (section := self._section(block)):
            # "1.1. Văn bản thực hiện phổ biến" / "- Phổ biến ..." / "1.4. Đơn vị thực hiện:
            # ...": a numbered label among the section's items fills the section's tasks
            record = self.record = Record(tasks=section)
        elif fresh and record.tasks and not record.filled and fresh[0] > max(record.tasks):
            # "2.3. Đơn vị thực hiện:" / "- Vụ X biên tập ...;" / "2.4. Thời gian thực hiện:
            # ...": the items under a label that read no value are the record's tasks too
            record.tasks.extend(fresh)
        self.since_record = len(self.actions)
        if not text and kind in (fields.LEAD, fields.DOER):
            self._doers_below(block, stack)
        if not text and kind == fields.TIME and record.tasks and nxt is not None:
            # "- Thời gian thực hiện:" / "+ Các bộ ... gửi kết quả về Bộ X trước ngày ...": the
            # times listed under the label, the first of them the record's
            self._timed_below(record, nxt)
        if not text or not record.tasks:
            return True
        # "Thời gian thực hiện: ..." set below an item's prose, no label of a record before or
        # after it: the item's own last sentence, which stays in its text
        lone = (
            block.marker is None and not record.filled and record.tasks[-1] == len(self.actions) - 1
        )
        lone = lone and (nxt is None or fields.label_of(nxt.folded) is None)
        record.filled = True
        if kind in (fields.LEAD, fields.DOER):
            self.pending.unnamed.difference_update(record.tasks)
        if kind == fields.TIME:
            if lone:
                self._join(block)
            due = find_deadline(text, folded, self.issued_on, self.calendar, cell=True)
            # ("- Đôn đốc ...." / "Thời hạn thực hiện: Từ tháng 10/2025 đến khi kết thúc ..." /
            # "- Tổng hợp ...." / "Thời hạn hoàn thành: Trước ngày 15/4/2026": an item above
            # the last that its own time line timed keeps that time, undated as it is)
            own = {i for i in record.tasks[:-1] if _TIMED_TEXT.search(self.actions[i].text)}
            self.pending.timed.update(record.tasks)
            if due is not None:
                for idx in record.tasks:
                    if idx not in own:
                        self._set(idx, due)
            return True
        if kind == fields.DOER and record.led:
            # "- Cơ quan chủ trì: Hội đồng X." / "- Bộ phận tham mưu thực hiện: bộ phận Y.": the
            # section that prepares the lead's work is neither its lead nor its partner
            return True
        names = fields.cell_bodies(text, self.find, kind != fields.COORD)
        record.led = record.led or (kind == fields.LEAD and bool(names))
        for idx in record.tasks:
            action = self.actions[idx]
            if kind in (fields.LEAD, fields.DOER) and names:
                coords = [n for n in names[1:] + action.coordinating_units if n != names[0]]
                self.actions[idx] = action.model_copy(
                    update={
                        "lead_unit": names[0],
                        "coordinating_units": list(dict.fromkeys(coords)),
                    }
                )
            elif kind == fields.COORD:
                coords = [n for n in action.coordinating_units + names if n != action.lead_unit]
                self.actions[idx] = action.model_copy(
                    update={"coordinating_units": list(dict.fromkeys(coords))}
                )
        return True

    def _trailing(self, kind: str, parent: Context | None) -> list[int]:
        """The tasks made of the bullets met since the last task that a doer's label closes."""
        loose, self.loose = self.loose, []
        if kind not in (fields.LEAD, fields.DOER):
            return []
        blocks = [b for b, made in loose if made == len(self.actions) and self._says_work(b)]
        return [self._add(b.text, b.folded, parent) for b in blocks]

    def _says_work(self, block: Block) -> bool:
        """A bullet that says work to do, not a body's name ("- Sở Y tế;") nor an intro."""
        if block.text.rstrip().endswith(":"):
            return False
        return has_verb(block.text) or not any(m.start == 0 for m in self.find(block.text))

    def _timed_below(self, record: Record, nxt: Block) -> None:
        """The deadline of the item right under a time label with no value, given to the
        record's tasks that have none."""
        if nxt.marker not in ("dash", "plus", "star") or fields.label_of(nxt.folded) is not None:
            return
        due = find_deadline(nxt.text, nxt.folded, self.issued_on, self.calendar)
        if due is None:
            return
        for idx in record.tasks:
            if self.actions[idx].deadline is None:
                self._set(idx, due)

    def _asked_before_news(self, block: Block, parent: Context | None) -> None:
        """ "... Tổng cục Thuế đề nghị các Cục thuế phổ biến ... các nội dung mới của Thông tư
        .... Một số nội dung sửa đổi, bổ sung mới của Thông tư số ... như sau:": the request
        before the sentence that introduces what is new is a task of its own; so is one before
        the sentence that opens the issuer's own notes ("Nhằm ..., Bộ Tài chính đề nghị các Bộ
        ... . Trong quá trình thực hiện, Bộ Tài chính xin lưu ý ... như sau:")."""
        if (bodies := guided_bodies(block)) is not None:
            # ("..., Công đoàn X hướng dẫn các Công đoàn cơ sở triển khai như sau:": the intro)
            context = Context(parent.rank if parent else 0, Zone.TASK, bodies)
            self._add(block.text.rstrip(" :"), block.folded.rstrip(" :"), context)
            return
        at = news_from(block.folded) if block.marker is None else -1
        at = at if at >= 0 else (asks_before_notes(block) or -1)
        for sentence in _SENTENCE.split(block.text[:at].strip()) if at > 0 else []:
            said = Block(None, sentence, fold_keep(sentence))
            if is_action(said, parent, self.find):
                self._add_each(said, parent)  # (not "Bộ Tài chính đã ban hành ...": what was)

    def _asked_after_label(self, text: str, parent: Context) -> None:
        """The sentences after a label's value in what a letter informs of that ask a body
        for work of its own: each a task."""
        for sentence in _SENTENCE.split(text.strip())[1:]:
            said = Block(None, sentence, fold_keep(sentence))
            if is_action(said, parent, self.find):
                self._add_each(said, parent)

    def _section(self, block: Block) -> list[int]:
        """The actions of the section a numbered label ("1.4. Đơn vị thực hiện: ...") sits in:
        those since the last heading ranked above it; none for a bullet or prose."""
        if block.marker in (None, "article", "table", "dash", "plus", "star"):
            return []
        rank = self.ranks.get(block.marker, 0)
        start = next((before for at, before in reversed(self.opened) if at < rank), None)
        return [] if start is None else list(range(start, len(self.actions)))

    def _doers_below(self, block: Block, stack: list[Context]) -> None:
        """A numbered doer's label with no value ("2.3. Đơn vị thực hiện:"): the items under it
        are tasks, each naming its doer ("- Vụ Pháp chế biên tập đề cương ...")."""
        if block.marker in (None, "article", "table", "dash", "plus", "star"):
            return
        rank = self.ranks.get(block.marker, 0)
        while stack and stack[-1].rank >= rank:
            self.pending.general(stack.pop())
        stack.append(Context(rank, Zone.TASK))
