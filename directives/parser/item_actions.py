"""One item's actions: its text cut into one task per sentence that hands a task to another
body (or the later sentences of a paragraph of background that do), and for each task its
lead and coordinating units, whether by the directory, the officials or bodies it asks, the
body it directs, the province the letter is about or the sentence's own subject, and its
deadline. ``actions`` walks the blocks and calls these for each item it finds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from directives.parser.article_labels import article_label
from directives.parser.asked import asked_bodies, asked_office, asks_drafter_first, drafter_asked
from directives.parser.blocks import Block, case_framed
from directives.parser.case_subject import case_subject, then_subject
from directives.parser.clean import fold_keep
from directives.parser.comma_clauses import authorities
from directives.parser.dashed_doer import dashed_doer, run_in_body, run_in_label
from directives.parser.deadlines import find_deadline
from directives.parser.each_body import each_body, encouraged
from directives.parser.enterprises import enterprise_subject
from directives.parser.entry_labels import ENTRY, entry_label, work_start
from directives.parser.follow_on import same_body_when, staff_at_work, work_must
from directives.parser.formulas import BEYOND
from directives.parser.later_clause import (
    bodies_between,
    bodies_in_turn,
    later_clause_body,
    later_item_body,
    later_sentence_body,
)
from directives.parser.later_requests import (
    asked_later,
    asks_later,
    handed_on,
    later_request,
    unnamed_request,
)
from directives.parser.later_tasks import LaterTasks
from directives.parser.lead_forms import (
    after_clause,
    folds_alike,
    handed_to,
    plural_of,
    province_level,
    written_again,
)
from directives.parser.leader_asks import leader_asks_unnamed
from directives.parser.named_leads import (
    OWN_AREA,
    group_again,
    local_subject,
    named_officials,
    same_body,
    same_kind,
)
from directives.parser.recounts import after_recount
from directives.parser.run_on_subject import run_on_doer
from directives.parser.same_body import same_body_joined
from directives.parser.sentences import (
    TIME_LABEL,
    after_answers,
    case_sentences,
    task_sentences,
    within_lead,
)
from directives.parser.subject_checks import name_then_verb, opens_with_body
from directives.parser.subjects import subject_bodies
from directives.parser.task_trims import without_their_difficulties, without_what_holds
from directives.parser.told import told_again, told_basis
from directives.parser.units import assign_units
from directives.parser.zones import (
    IMPERATIVE,
    Context,
    Zone,
    is_action,
    later_doer,
    later_doer_of,
)
from directives.records import DeadlineKind


def _later_named(block: Block, parent: Context | None, parts: list[tuple[str, str]]) -> bool:
    """An item whose first sentence states, naming no body and giving no work, and whose later
    sentence names the body that is to act, under no heading's body."""
    if len(parts) < 2 or (parent is not None and parent.lead):
        return False
    if IMPERATIVE.match(block.folded):
        return later_doer(block)  # (a paragraph opening with its work: README, 230/01's 5)
    return bool(later_item_body(block.marker, block.text))


# "Báo cáo gửi về Sở X ...", "Bản mềm gửi vào địa chỉ email:": where a report is sent
_SENT = re.compile(r"^(?:bao cao|ban mem|ban cung|ban giay)\s+gui\s+(?:ve|den|vao|qua)\b")


class ItemActions(LaterTasks):
    """Adds an item's tasks to the list, each with its units and deadline."""

    def _asked_again(self, block: Block, parent: Context | None) -> None:
        """In the issuer's opinion, a point's later sentence that asks a body ("... Vì vậy, đề
        nghị UBND các tỉnh ...") is a task from there; once the opinion has asked a body, a
        request that names none ("Đề nghị bổ sung ...", "Do đó, đề nghị xem xét ...") or an item
        that says what to revise ("- Bổ sung đánh giá ...") is asked of that body too.
        Elsewhere a paragraph that asks nothing under its heading may be a dated sentence
        closing the tasks above ("Quyết định thành lập ... gửi về ... trước ngày X.")."""
        # (or in what a letter informs of: "- Thành phần: Công ty X. Đề nghị Công ty mời ...")
        if parent is not None and parent.informs and not parent.opinion:
            if (asking := later_request(block, self.find)) is not None:
                self._add_each(asking, Context(parent.rank, Zone.TASK))  # (its own body leads)
            return
        if parent is None or not parent.opinion or self._sends_answer(block):
            if block.marker is None and self.actions:
                at = len(self.counts) - 1
                self._note_common(block, closing=True, among=(self.walked, at))
            return
        asking = later_request(block, self.find)
        if asking is not None:
            self._add_each(asking, parent)
            return
        if told := told_basis(block, self.find):  # "Khi ..., Cục Thuế căn cứ ... để ..."
            self._add(told[0].text, told[0].folded, Context(parent.rank, Zone.TASK, told[1]))
            return
        if told_again(block, self.opinion_lead):  # "4. Cục Thuế quán triệt ..." once asked
            self._add(block.text, block.folded, Context(parent.rank, Zone.TASK, self.opinion_lead))
            return
        asked = self.opinion_lead or drafter_asked(b.text for b in self.walked)
        request = unnamed_request(block) if asked else None
        if request is not None:
            self._add(request.text, request.folded, Context(parent.rank, Zone.TASK, asked))

    def _then_asks(self, block: Block, parent: Context | None) -> bool:
        """In the issuer's opinion (or before any task, at the letter's top level), a paragraph
        that states the law or the facts and asks a body by name in a later sentence ("... quy
        định .... Do vậy, đề nghị Thuế tỉnh X ...", ". Theo đó, đề nghị X ..."): its task from
        there; True if it had one."""
        asking = asks_later(block, self.find) if parent and parent.opinion else None
        top = parent is None and block.marker is None and not self.actions
        if top and not is_action(block, parent, self.find):
            # "Thực hiện ...; Bộ X đã xây dựng .... Để có cơ sở ..., Bộ X đề nghị các Bộ: A, B
            # góp ý ...": the letter's opening background, asking in its later sentence (not
            # a plan's closing paragraph that asks all to carry it out)
            asking = asked_later(block)
            asking = asking if asking and is_action(asking, parent, self.find) else None
        if asking is not None:
            self._add_each(asking, parent)
        return asking is not None

    def _add_cases(self, block: Block, parent: Context | None) -> None:
        """A paragraph's task, and another where it asks the body again for a case of its own
        ("... . Trường hợp ..., đề nghị X ..."); or, right under the paragraph that asks for a
        report, where to send it ("Báo cáo gửi về Tổng cục Thuế trước ngày ..." / "Bản mềm gửi
        vào địa chỉ email: a@b.vn"), or a case of the task before it, that heading's body acting
        again ("Khi ..., cơ quan thuế ..."): more of that task."""
        after = self.touched == len(self.counts) - 1 and bool(self.actions)
        sent = after and _SENT.match(block.folded) and "bao cao" in fold_keep(self.actions[-1].text)
        opened = bool(self.opened) and self.opened[-1][1] < len(self.actions)
        sent = sent or (after and staff_at_work(block.folded))  # ("CBT thực hiện ..." under it)
        sent = sent or (after and opened and work_must(block.folded))  # ("Thông tin ... phải")
        if sent or (opened and same_body_when(block.text, self.actions[-1].lead_unit)):
            self.touched = len(self.counts)
            self._join(block)
            return
        for text, folded in case_sentences(block.text, block.folded):
            self._add(text, folded, parent)
        self.touched = len(self.counts)

    def _add_each(self, block: Block, parent: Context | None) -> None:
        """The item's tasks: one, or one per sentence that names another body."""
        if handed := handed_on(block, self.find):
            block = handed  # "Trên đây là Kế hoạch .... Giao Sở X ...": the work from there on
        framed = case_framed(block.folded, block.text) > 0  # "(a) Đối với ... . X ...": one task
        listed = block.marker not in ("article", "table") and not framed
        if block.marker == "article" and (at := after_answers(block.text, block.folded)):
            # "Điều 2. X, Y chịu trách nhiệm toàn diện trước .... X phối hợp ...": X's task
            block = Block(block.marker, block.text[at:], block.folded[at:])
        # (a numbered item under a heading naming its body keeps later sentences naming another)
        keep = block.marker in ("letter", "num1", "roman") and bool(parent and parent.lead)
        # (so an article's paragraph about one matter: "Đối với nhóm X, Tổng cục Thuế chịu trách
        # nhiệm .... Cục trưởng Cục Thuế chịu trách nhiệm ...", README session 19)
        keep = keep or (block.folded.startswith("doi voi ") and self._article_at(block) is not None)
        keep = keep or asks_drafter_first(block.text)
        parts = task_sentences(block.text, block.folded, self.find, keep) if listed else []
        if parts and block.marker is not None and ENTRY.match(block.text):
            # "- Báo cáo 6 tháng: Các cơ quan gửi ...; Sở Tài chính tổng hợp ...": one entry
            parts = [(block.text, block.folded)]
        if parent and parent.lead and len(parts) > 1:
            parts = within_lead(parts, parent.lead)
        parts = same_body_joined(parts, self.find) if len(parts) > 1 else parts
        if _later_named(block, parent, parts):
            # "- Đối với ..., thực hiện theo .... Các bộ, ngành căn cứ ...": the item is the task
            # of the body its later sentence names, the first naming none and asking nothing
            parts = [(block.text, block.folded)]
        if listed and not parts and not entry_label(block.text):
            return  # "1. Thị trường ... được coi là ... Bộ X đã nghiêm túc thực hiện ...": findings
        if len(parts) < 2:
            self._add(*(parts[0] if parts else (block.text, block.folded)), parent)
            return
        first = self._add(*parts[0], parent)
        if self.actions[first].deadline is None:
            whole = find_deadline(block.text, block.folded, self.issued_on, self.calendar)
            if whole is not None and TIME_LABEL.search(block.folded, 0, whole.start):
                self._set(first, whole)  # "Thời hạn hoàn thành: ..." closing the item
        for text, folded in parts[1:]:
            self._add(text, folded, parent)

    def _add(self, text: str, folded: str, parent: Context | None) -> int:
        seq = len(self.actions) + 1
        text, folded = without_what_holds(*without_their_difficulties(text, folded))
        text, folded = text[(at := after_recount(text, folded)) :], folded[at:]
        # "Điều 2. Bộ X chủ trì ...", "Báo cáo tháng: Sở Y tổng hợp ...": who acts, after the label
        cut = article_label(folded) or work_start(text, folded) or entry_label(text)
        cut = cut or case_framed(folded, text)
        says, says_folded = text[cut:], folded[cut:]
        default = parent.lead if parent else None
        default = None if parent and parent.opinion and BEYOND.match(says_folded) else default
        if parent and parent.topic and default and not says.lower().startswith(default.lower()):
            default = None  # an item under "7. Các ngành, lĩnh vực khác" that names no body
        units = assign_units(says, self.find, default or self.addressee, says_folded)
        # (the directory's addressee named as such, "Đề nghị Sở Ngoại vụ ...", is named)
        unnamed = units.defaulted or units.lead == default
        official = named_officials(says)
        directed = default or self.fallback
        asked = [] if self.ours else asked_bodies(says)
        # ("Tham luận ... - Trường X thực hiện", "Các trường X: Chuẩn bị ..."): who does it
        if unnamed and (
            doer := dashed_doer(says)
            or run_in_body(says, says_folded, IMPERATIVE)
            or run_on_doer(says)  # "Thiết lập danh sách ... Cục X thiết lập ..."
        ):
            units.lead, units.coordinating, unnamed = doer[0], doer[1:], False
        if official:  # "Giao Phó Thủ tướng A ...; Phó Thủ tướng B ...": B works with A
            units.lead, units.coordinating = official[0], official[1:]
        elif asked and (units.lead not in asked or (units.lead == asked[0] and asked[1:])):
            # "Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân các tỉnh chỉ đạo ...": who is asked
            # (all of them, the first found or not: "yêu cầu Giám đốc Sở Y tế, Chủ tịch UBND ...")
            theirs = units.lead in [*asked, None]  # (their partners kept, as when none leads)
            kept = [c for c in units.coordinating if c not in asked and theirs]
            units.lead, units.coordinating, unnamed = asked[0], asked[1:] + kept, False
            units.joint = asked[1:]  # (asked together, a plural among them leads too)
        elif (
            not self.ours
            and directed
            and says_folded.startswith("chi dao ")
            and self.find.match_unit(units.lead or "") is None
        ):
            # "Chỉ đạo Sở Y tế ...": the body named (not one of ours) is the one directed;
            # who is asked to direct it leads
            units.lead, units.coordinating, unnamed = directed, [], False
        elif units.lead is None and (doer := later_doer_of(says, says_folded)):
            units.lead = doer[0]  # "Tăng cường .... Cơ quan trình ... bảo đảm ...": its doer
        elif self.local and unnamed and local_subject(says):
            units.lead = self.local  # "Tỉnh căn cứ ...": the province the letter is about
        elif unnamed and not self.ours:
            # no unit the directory or the known bodies name leads: the sentence's own subject
            # ("Đối với ... thì cơ quan thuế ...": the matter's body; "đề nghị Công ty gửi ...":
            # the addressee asked by its kind, as written even under a heading naming it in full)
            then = then_subject(says) or asked_office(says)
            named = then or enterprise_subject(says) or subject_bodies(says)
            named = named or name_then_verb(says)
            named = named or case_subject(says) or each_body(says) or encouraged(says)
            named = named or authorities(says)  # "chính quyền phải vào cuộc ...": by their kind
            named = named or after_clause(says)  # "Riêng ...: Cục X có văn bản gửi ..."
            named = named or ([] if default else bodies_in_turn(says))  # "luân phiên giữa A và B"
            between = [] if default or named else bodies_between(says)  # "phối hợp giữa A với B"
            named = named or between
            # "- Triển khai ...; đồng thời, ngành Thuế phối hợp ...": a later clause's body
            named = named or ([] if default else later_clause_body(says))
            named = named or ([] if default else later_sentence_body(says))
            if (
                named
                and default
                and not then
                and not handed_to(named[0], says)
                and (
                    same_body(named[0], default)
                    or OWN_AREA.search(named[0])
                    # ("Các ngành, lĩnh vực khác, căn cứ ..." under its heading: read short)
                    or (default.startswith(named[0]) and says.startswith(default))
                    # ("Các doanh nghiệp viễn thông ... ưu tiên ..." under "Các doanh nghiệp công
                    # nghệ số": some of the heading's group, which leads)
                    or same_kind(named[0], default)
                    # ("- Các Sở, ban, ngành, địa phương có liên quan ..." under "2. Trách nhiệm
                    # của các Sở, ngành, địa phương": the heading's group written more fully)
                    or group_again(named[0], default)
                )
            ):
                # "Ủy ban nhân dân Thành phố ...", "Cấp ủy, chính quyền Thành phố ..." under
                # "thành phố Đà Nẵng cần ...:": the area the letter is about, by its kind alone
                named = []
            if named:
                rest = [n for n in named[1:] if n not in units.coordinating]
                found = [c for c in units.coordinating if c not in named] if between else []
                units.lead, units.coordinating = named[0], rest + units.coordinating
                if between:  # (both groups as written, in order, then partners found elsewhere)
                    units.coordinating = [*named[1:], *found]
                units.joint = rest  # "các Bộ: X, Y và các bộ, ngành ... chủ động": they lead
        elif units.lead:
            # "Bộ A, Bộ B và Viện C chỉ đạo ...": the known bodies found, the joint leads named
            # after them too, in the subject's order (or none found after the lead: "Đề nghị Ủy
            # ban MTTQ tỉnh và các Đoàn thể tỉnh ... tổ chức ...", a plural no directory names)
            named = subject_bodies(says)
            if named[:1] == [units.lead] and set(units.coordinating) < set(named):
                units.coordinating = named[1:]
                units.joint = [*units.joint, *(n for n in named[1:] if n not in units.joint)]
        if default and units.lead == default and written_again(default, says):
            # "- Nhà đầu tư chỉ được ..." under "Trách nhiệm của nhà đầu tư": the item names its
            # body itself, and it leads as the item writes it (README)
            units.lead = says[: len(default)]
        # ("Ủy ban nhân dân tinh X" inherited from the intro: the province, as the letter names it)
        local = self.local
        if unnamed and local and units.lead and units.lead not in says:
            units.lead = local if folds_alike(units.lead, local) else units.lead
        if default and units.lead != default and plural_of(default, says_folded):
            units.lead = default  # "7. Các Cơ quan quản lý trực tiếp ..." under its heading
        if (
            parent
            and parent.lead
            and units.lead
            and province_level(units.lead, parent.lead)
            and not handed_to(units.lead, says)
        ):
            units.lead = parent.lead  # "Ủy ban nhân dân cấp tỉnh báo cáo ..." under its heading
        if parent and parent.role and parent.lead and units.lead != parent.lead:
            # "b) Chủ trì, phối hợp" / "- Sở Tài chính ... tham mưu ...": the heading's body
            # leads, the item's subject works with it
            named = [units.lead] if units.lead else []
            units.lead, units.coordinating = parent.lead, named + units.coordinating
            units.joint = []  # (the plural led with the subject is no joint lead of the heading's)
        coords = list(units.coordinating)
        joint = list(units.joint)
        leads = [parent.lead, *parent.joint] if parent else []
        # "Giao Sở A, Sở B chủ trì, phối hợp với C ..., cụ thể:" / "- Sở B đối với ...": the
        # item names one of the heading's joint leads, which works with C, not with the other
        own = len(leads) > 1 and says.startswith(units.lead or "\0")
        itself = not own and bool(units.lead) and says.startswith(units.lead or "")
        if parent and (units.lead == parent.lead or own) and not itself:
            coords = [
                c
                for c in parent.coordinating
                if c != units.lead and c not in coords and not (own and c in leads)
            ] + coords
            joint += [] if own else parent.joint
        if (
            unnamed
            and default is None
            and not official
            and units.lead == self.addressee
            and not opens_with_body(says)
        ):
            self.pending.unnamed.add(seq - 1)
            # ("Thành phố cần ... sau:" asks someone; "Phó Thủ tướng X yêu cầu chưa khởi công
            # ...": the leader asks, naming no body)
            intro_asks = bool(parent and parent.asked and not parent.topic)
            if intro_asks or leader_asks_unnamed(says, says_folded):
                self.pending.asked.add(seq - 1)
        self.pending.joint[seq - 1] = joint
        self.pending.unknown[seq - 1] = list(units.unknown)
        deadline = self._deadline_of(text, folded)
        if deadline and parent and parent.periodic and deadline.kind is DeadlineKind.BEFORE:
            # "Các sở định kỳ báo cáo như sau:" / "- Báo cáo năm: ... trước ngày 15/12": each year
            yearless = not re.search(r"\d{4}", deadline.text)
            deadline = replace(deadline, kind=DeadlineKind.YEARLY) if yearless else deadline
        if parent and parent.opinion and self.opinion_lead is None:
            self.opinion_lead = units.lead
        text = text[run_in_label(text, units.lead) :]  # ("Vụ X: thực hiện ...": the work only)
        self._append(seq, text, units.lead, coords, deadline)
        return seq - 1
