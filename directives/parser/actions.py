"""Actions in the body: "-" bullets, "1." numbers, "a)" letters, prose that asks a unit
to act, groups under a unit's heading and rows of a task table.

``blocks`` cuts the body into items and paragraphs, ``headings`` tells headings,
``heading_zone`` the zone each opens and ``zones`` which items are actions; this module walks
the blocks with the stack of open headings, ``labelled_records`` fills a task record laid out
as labels, and ``item_actions`` reads each action's fields: its text, lead and coordinating
units and deadline (its own, its table row's, or the one the intro sets for all).
"""

from __future__ import annotations

import re
from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import fields, nesting
from directives.parser.addressees import (
    concerned_bodies,
    heading_units,
    named_again,
    qualified,
    role_partners,
)
from directives.parser.answers import opens_answering
from directives.parser.blocks import Block, split_blocks
from directives.parser.bodies import has_verb
from directives.parser.clean import squash
from directives.parser.contents import item_contents, lists_contents, lists_parts, work_comprises
from directives.parser.deadlines import find_deadline
from directives.parser.delegation import delegate, functions_of
from directives.parser.fields import Record
from directives.parser.formulas import RULE_SAYS
from directives.parser.heading_zone import (
    findings_topic,
    gives_opinion,
    heading_zone,
    in_aims,
    informs_of,
    others_topic,
)
from directives.parser.headings import is_heading
from directives.parser.informs import attended
from directives.parser.inline import inline_heading
from directives.parser.intro_task import disseminates, over_bodies
from directives.parser.joined import joined_names
from directives.parser.labelled_records import LabelledRecords
from directives.parser.list_paragraphs import goes_on_unasked, inside_list
from directives.parser.named_leads import locality
from directives.parser.nesting import adopted_rank, article_dated, goes_on, on_law, paragraph_apart
from directives.parser.only_request import last_words_asked
from directives.parser.own_guidance import guidance_ends, guidance_opens
from directives.parser.points import counted_points
from directives.parser.ranks import marker_ranks
from directives.parser.sentences import MANNER, own_task, own_time
from directives.parser.settle import Found, recipient_body, to_council
from directives.parser.sibling_lead import hand_on_first_body
from directives.parser.statute import body_article, chapter_heading, duties_article
from directives.parser.trailing import inner_rank, times_listed, trails_item
from directives.parser.zones import Context, Zone, is_action, mark_sections
from directives.records import DeadlineKind

# A note set apart in brackets: "(Có các Mẫu báo cáo số 05, 06 kèm theo)"
_ASIDE = re.compile(r"^\s*\([^()]*\)\s*\.?\s*$")

__all__ = ["Block", "Context", "Found", "Zone", "find_actions", "split_blocks"]


class _Extractor(LabelledRecords):
    """Walks the blocks with the stack of open headings."""

    def run(self, blocks: list[Block]) -> Found:
        ranks = self._start(blocks, marker_ranks(blocks))
        stack: list[Context] = []
        # "Cục X có ý kiến như sau:": the issuer's own opinion holds to the letter's end
        opinion: Context | None = None
        adopted: dict[str, tuple[Context, float]] = {}  # markers a heading took under it
        table: list[Block] = []
        find = self.find
        under_heading = False  # the previous block was a numbered heading or prose under one
        named_over = False  # (a numbered heading naming the body, over prose a gap sets off)
        item_rank = 0.0  # the rank of the previous block when it was an item
        gapped, gap_free = nesting.page_gaps(blocks)  # (every paragraph set off by a gap, or none)
        made = 0  # the number of actions before the last item
        manner: float | None = None  # the rank of the last task, when items say how it is done
        manner_first = False
        chaptered = any(chapter_heading(b.folded) for b in blocks if b.marker is None)
        for i, block in self._walk(blocks):
            if block.marker == "table":
                table.append(block)
                continue
            if table:
                self._table(table, stack)
                table = []
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if block.quoted or block.taken or (block.marker is None and _ASIDE.match(block.text)):
                continue  # the law a letter quotes, or a note aside: no task, no section's end
            if not any(ch.isalnum() for ch in block.text) or self._field(block, stack, nxt):
                continue  # (a stray "*" or "-" left by the page)
            if manner is not None:
                if block.marker not in (None, "article") and ranks[block.marker] > manner:
                    self._join_listed(block, first=manner_first)
                    manner_first = False
                    continue
                manner, self.times = None, None
            top = stack[-1] if stack else None  # "Trường hợp ..." after "b) ...": more of b)
            more = top is not None and top.rank > 0 and len(self.actions) == made + 1
            timed = len(self.actions) == made + 1 and times_listed(block, nxt, ranks, item_rank)
            if timed or (more and item_rank and not block.marker and MANNER.search(block.folded)):
                # "c) ... Phương án ... phải gắn với ..., theo hướng:" over "- ...": the items say
                # how task c) is done, or its times ("Thời gian hoàn thành ... như sau:"), its text
                self._join(block)
                manner, manner_first, self.times = item_rank, True, "" if timed else None
                continue
            # (or a paragraph between an item and the labels of its record: "1.2. Nâng cao ..."
            # / "Tuyên truyền ..." / "- Cơ quan thực hiện: ...")
            labelled = nxt is not None and fields.label_of(nxt.folded) is not None
            within = inside_list(blocks, i) or (labelled and block.marker is None)
            within = within or trails_item(blocks, i)  # ("21. X mở ..." / "Phối hợp với ...")
            apart = under_heading and paragraph_apart(block, top)  # ("5. Sở X" / "..." / "...")
            on = more and within and not apart  # (is_action costs: asked only where it may go on)
            on = on or (top is None and goes_on_unasked(block, within, len(self.actions) - made))
            if on and not (is_action(block, top, self.find) and not opens_answering(block.folded)):
                if not self._later_tasks(block, top):
                    self._join(block)
                continue
            made = len(self.actions) if block.marker is not None else made
            rank: float = 0 if block.marker in (None, "article") else ranks[block.marker]
            rank = adopted_rank(block, rank, stack, adopted, blocks[i - 1] if i else None)
            gap_ok = (gapped or not block.after_gap or named_over) and not on_law(block, stack)
            child = block.marker is None and under_heading and gap_ok
            if child and stack:
                # prose right under "3. Thanh tra Sở:" belongs to it; an intro there ending in
                # ":" opens a zone that the next level of items stays in
                rank = stack[-1].rank + 0.5
            elif (
                block.marker is None
                and item_rank
                and (gapped or gap_free)
                and stack
                and stack[-1].zone == Zone.TASK
                and not block.text.rstrip().endswith(":")
            ):
                rank = item_rank + 0.5  # a paragraph after "1. ..." on a page that gaps them all
            elif (
                block.marker is None
                and not under_heading
                and stack
                and stack[-1].rank >= 1
                and stack[-1].zone != Zone.TASK
                # (an entry its ";" leaves open, or a point "a)", "-" of a clause, no section)
                and (
                    blocks[i - 1].text.rstrip().endswith(";")
                    or not (blocks[i - 1].marker or "num").startswith(("num", "roman"))
                )
                and inside_list(blocks, i)
            ):
                rank = item_rank + 0.5  # "b) ..." / "Quy định tại điểm này ..." / "c) ...": in b)
            elif (inner := inner_rank(block, nxt, ranks, stack, item_rank)) is not None:
                rank = inner  # an intro inside a section, or a note of its item, ends with it
            top = stack[-1] if stack else None
            if top and top.aims and top.rank % 1 and rank > top.rank and block.marker is None:
                # "Giao các sở ... gồm:" / "- Sở X;" / "Có trách nhiệm:": the intro after the
                # bodies an intro lists closes that list
                rank = top.rank if block.text.rstrip().endswith(":") else rank
            item_rank = 0.0 if block.marker in (None, "article") else ranks[block.marker]
            while stack and stack[-1].rank >= rank:
                self.pending.general(stack.pop())
            opinion = None if guidance_ends(opinion, block, rank) else opinion
            parent = stack[-1] if stack else opinion
            heading = is_heading(block, nxt, ranks, self.find) or fields.titles_records(
                blocks, i, ranks
            )
            # ("Điều 20. Văn phòng UBND tỉnh" in a regulation's chapter: the body's clauses)
            named = chaptered and body_article(block)
            heading = heading or named
            # (or an article "Điều 4. Trách nhiệm của Sở X" over its one paragraph)
            under_heading = (heading and (rank > 0 or named or duties_article(block))) or child
            named_over = False  # (only the paragraph right under it)
            # ("Thời hạn chậm nhất ..." closing the prose under "1. Sở X chủ trì ...:": its time)
            dated = child and own_time(None, block.folded) and len(self.actions) == made + 1
            if child and not heading and not dated:
                if is_action(Block("child", block.text, block.folded), parent, self.find):
                    self._add_cases(block, parent)
                else:
                    self._asked_again(block, parent)
                continue
            if not heading and self._plan_time(blocks, i):
                continue  # "III. TỔ CHỨC THỰC HIỆN" / "1. Thời hạn thực hiện: năm 2026."
            inline = None if heading else inline_heading(block, self.find)
            if inline is not None:
                head, body = inline
                unit = heading_units(head, self.find, self.ours)
                lead = unit.lead if unit else (parent.lead if parent else None)
                coords = unit.coordinating if unit else (parent.coordinating if parent else [])
                # "3. Nội dung: Bồi dưỡng ..." among what a letter informs of: no task
                # (or "- Ủy ban bầu cử của tỉnh: Không quá 05 cá nhân" among an award plan's
                # quotas: a body named with its share, no task)
                # ("1. Đối tượng: Các sở, ban, ngành, ...": whom a plan concerns, no task)
                aims, informs = in_aims(head, parent), informs_of(head, parent)
                said = bool(parent and parent.opinion)  # ("- Chủ đầu tư: Ban ..." in an opinion)
                # ("1. Về tồn tại, hạn chế: ..." in a findings section: findings, no task)
                found = unit is None and findings_topic(squash(head.folded), parent)
                zone = Zone.NONTASK if aims or said or found else Zone.TASK
                context = Context(rank, zone, lead, list(coords), False, aims, informs, said)
                stack.append(context)
                for point in counted_points(body):
                    if point.parts:
                        # "(3) các bộ, ngành tập trung: (i) ...; (ii) ...": that body's tasks
                        lead, *others = point.bodies
                        handed = Context(rank + 0.5, zone, lead, others + list(coords))
                        for part in point.parts:
                            if is_action(part, handed, self.find):
                                self._add_each(part, handed)
                    elif is_action(point.block, context, self.find):
                        self._add_each(point.block, context)
                    else:
                        # "...: ... Vì vậy, đề nghị X ..."
                        self._asked_again(point.block, context)
                continue
            if heading and lists_parts(block, parent):
                # "- Các nội dung hỗ trợ bao gồm:" under a task: what it covers, not tasks
                stack.append(
                    Context(rank, Zone.NONTASK, parent.lead if parent else None, parts=True)
                )
                continue
            if heading:
                before = len(self.actions)
                self.record, self.loose = Record(), []
                self.last_heading = block
                self.since_record = len(self.actions)
                self.opened.append((rank, before))
                unit = named_again(block, nxt, heading_units(block, self.find, self.ours))
                if unit and unit.lead:
                    unit.lead = qualified(unit.lead, block.text)
                zone = heading_zone(block, parent, unit, self.issuer)
                if child and parent is not None and zone == Zone.UNKNOWN:
                    zone = parent.zone  # "... trọng tâm là các tỉnh:\nĐắk Lắk, Gia Lai:" runs on
                if unit is None and nxt is not None and RULE_SAYS.match(nxt.folded):
                    zone = Zone.NONTASK  # "1.5. Về việc ..." / "- Khoản 1 Điều 12 ... quy định:"
                lead = unit.lead if unit else (parent.lead if parent else None)
                coords = unit.coordinating if unit else (parent.coordinating if parent else [])
                # ("1. Trách nhiệm của Sở X" / "" / "Chủ trì, ...": its task, the gap no end)
                named_over = bool(unit and rank > 0 and zone == Zone.TASK)
                role = None if unit or lead is None else role_partners(block, lead, find)
                coords = coords if role is None else [*coords, *role]
                concerned = None if unit or lead is None else concerned_bodies(block)
                lead = concerned or lead
                whole = item_contents(block, blocks[i + 1 :], ranks, find, bool(unit))
                if zone == Zone.TASK and whole is not None:
                    self._add_each(whole, parent)  # "- Tham mưu:" over "+ Các chính sách ..."
                    zone = Zone.NONTASK
                elif unit and zone == Zone.TASK and lists_contents(block, blocks[i + 1 :], find):
                    # "1. X báo cáo về các nội dung sau:": the heading is the task, the items what
                    self._add(block.text.rstrip(" :"), block.folded.rstrip(" :"), parent)
                    zone = Zone.NONTASK
                asked = block.marker is None and has_verb(block.text + " ")
                asked = asked and not work_comprises(block)
                aims, informs = in_aims(block, parent), informs_of(block, parent)
                topic = others_topic(block, parent) if unit else bool(parent and parent.topic)
                if parent and block.marker not in (None, "article"):
                    parent.named += 1 if unit else 0
                    parent.topics += 0 if unit else 1
                asks = asked or bool(unit)
                context = Context(rank, zone, lead, list(coords), asks, aims, informs)
                context.topic = topic
                mark_sections(context, block, parent)
                context.opinion = gives_opinion(block, parent, self.issuer)
                opinion = context if guidance_opens(block, rank, self.issuer) else opinion
                context.role = role is not None
                context.joint = list(unit.joint) if unit else []
                context.periodic = " dinh ky " in f" {block.folded} " or bool(
                    parent and parent.periodic
                )
                numbered = block.marker not in (None, "article")
                own = own_task(block.folded, block.text) if unit and zone == Zone.TASK else None
                own = own if numbered else None  # (an intro's own words are no task)
                if own is not None:
                    # "1. X tiếp tục ..., trong đó tập trung một số nhiệm vụ sau:": a task of
                    # its own before the items it singles out
                    self._add(block.text[: own.start()], block.folded[: own.start()], context)
                elif unit and zone == Zone.TASK and not numbered and disseminates(block.folded):
                    self._add(block.text.rstrip(" :"), block.folded.rstrip(" :"), parent)
                elif zone == Zone.TASK and (end := over_bodies(blocks, i, ranks, lead, find)):
                    self._add(block.text[:end], block.folded[:end], context)
                self._asked_before_news(block, parent)
                stack.append(context)
                if len(self.actions) == before and not (aims and zone == Zone.NONTASK):
                    # (a task heading keeps its deadline: "2. Bộ X ... trước ngày Y. Trong đó
                    # ...:"; an event rule's "- Tiêu chí ...: từ ngày X đến ngày Y" dates none)
                    self._note_common(block)
                continue
            if self._runs_on(block, blocks[i - 1] if i else None) or self._then_asks(block, parent):
                continue
            if i and block.marker is None and attended(blocks[i - 1].folded):
                continue  # "Tham dự có các đồng chí:" / "Phó Thủ tướng A, Bộ trưởng B": no task
            if is_action(block, parent, self.find) and not self._says_only(block):
                made = len(self.actions)
                self._add_each(block, parent)
                hand_on_first_body(parent, block, self.opened, made, self.actions)  # (3.5. ...)
                if parent and parent.asked and parent.lead and block.marker is not None:
                    lead = parent.lead
                    parent.inherited += [
                        j
                        for j in range(made, len(self.actions))
                        if self.actions[j].lead_unit == lead
                    ]
                if rank and nxt is not None and ranks.get(nxt.marker or "", 0) > rank:
                    # "1. Các cơ quan ... triển khai:" / "- Giới thiệu ...": the body's tasks too
                    last = len(self.actions) - 1
                    lead = None if last in self.pending.unnamed else self.actions[last].lead_unit
                    stack.append(Context(rank, Zone.TASK, lead))
            elif parent and parent.takes_point(block):
                # "- Bổ sung đánh giá ..." in the opinion, "- Thành phần: X. Đề nghị X mời ..."
                self._asked_again(block, parent)
            elif self._after_approval(block, parent) or self._to_addressees(block, parent):
                continue  # "Đồng ý .... Bộ X quyết định việc ...": the tasks after an approval
            elif block.marker is None and self._after_findings(block, parent):
                continue  # "Qua tổng hợp ... cho thấy .... Bộ X ... cần ...": tasks after findings
            elif self.actions and own_time(block.marker, block.folded):
                # "Thời gian hoàn thành trước ngày ..." under an item (or "2. Thời hạn gửi báo
                # cáo ..."): its deadline, and its text's last sentence after the item's prose
                if (
                    not block.marker
                    and len(self.actions) == made + 1
                    and (blocks[i - 1].marker or dated)
                ):
                    self._join(block)
                due = find_deadline(block.text, block.folded, self.issued_on, self.calendar)
                if due is not None and self.actions[-1].deadline_kind is DeadlineKind.NONE:
                    self._set(len(self.actions) - 1, due)
            elif len(self.actions) == made + 1 and article_dated(blocks, i):
                self._join(block)  # "Điều 2. Sở X ... ." / "Hoàn thành trước ngày ..."
            elif block.marker is None and self.actions and not self._rest_of_article(block):
                self._note_common(block, True, (blocks, i))  # "Báo cáo gửi ..."
        if table:
            self._table(table, stack)
        for context in stack:
            self.pending.general(context)
        return self._finish()

    def _runs_on(self, block: Block, previous: Block | None) -> bool:
        """ "Trường hợp ..." under an item, or more of an article (goes_on): the same task."""
        if (
            block.marker is not None
            or (block.after_gap and (previous is None or previous.marker != "num1"))
            or previous is None
            or previous.marker == "table"
            or not self.actions
            or self.actions[-1].text[:40] not in squash(previous.text)
            or not goes_on(block, previous, self.actions[-1].lead_unit)
        ):
            return False
        self._join(block)
        return True


def find_actions(
    lines: list[str],
    folded: list[str],
    org: OrgDirectory,
    calendar: WorkingCalendar,
    issued_on: date | None,
    ours: bool = True,
    recipients: list[str] | None = None,
    home: bool = True,
    wrapped: bool | None = None,
    issuer: str | None = None,
    subject: str | None = None,
    letter: bool = False,
) -> Found:
    """The actions of a body; ``ours`` says the letter comes from the organisation itself
    or the body above it, so that a group of bodies ("các sở, ban, ngành") includes it;
    ``home`` that it is issued in or addressed to its province (``MentionFinder``); ``wrapped``
    that the page is cut at a fixed width, when read from more than ``lines``; ``issuer`` the
    letter's, its own doings no task in a ``letter`` or one to its council; ``subject``."""

    whole = "\n".join(lines)
    place = None if ours else locality(whole)
    # (a decision that delegates a power: its conditions bind the delegate)
    fallback = recipient_body(recipients or []) or delegate(lines) or functions_of(subject)

    def extractor() -> _Extractor:
        made = _Extractor(org, calendar, issued_on, ours, home, recipients, issuer)
        made.local = f"Ủy ban nhân dân {place}" if place else None
        made.fallback, made.issuer = fallback, issuer
        made.pending.speaker = issuer if to_council(recipients or []) else None
        made.pending.writer = issuer if letter else None
        made.find.joined = joined_names(whole)
        return made

    blocks = fields.valued_labels(split_blocks(lines, folded, wrapped))
    found = extractor().run(blocks)
    if found.actions or (again := last_words_asked(blocks)) is None:  # (none: its last words ask)
        return found
    return extractor().run(again)
