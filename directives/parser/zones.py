"""Zones: the kinds of zone a heading opens, the context an item stands in, and whether an
item is an action (what zone a heading opens is read by ``heading_zone``, which blocks are
headings by ``headings``).

Items in a task zone are actions, items in a findings zone are not. Outside both, an item is
an action when it opens with a verb of command ("Tăng cường", "Rà soát" ...) or asks a body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from directives.parser.answers import clause_answers
from directives.parser.blocks import Block, case_opened
from directives.parser.case_requests import CASE_THEN_REVISE
from directives.parser.case_subject import proposing_body
from directives.parser.clean import squash
from directives.parser.closing_prose import ANSWERED, CARRY_OUT, closing_prose
from directives.parser.delegation import BOUND as DELEGATE_BOUND
from directives.parser.enterprises import asks_the_party
from directives.parser.formulas import (
    BEYOND,
    FORM_STATED,
    GROUNDED_ASK,
    REPORT_DUE,
    acts_on_grounds,
    answer_asks,
    asks_named,
    asks_on_grounds,
    asks_one,
    closing_words,
)
from directives.parser.grounds import dashed_ground
from directives.parser.handed_aside import handed_aside
from directives.parser.later_clause import later_item_body, later_sentence_body
from directives.parser.later_requests import handed_on
from directives.parser.mentions import MentionFinder
from directives.parser.nontask import approves, asks_nothing, binds_holder
from directives.parser.persons import council_terms, names_member
from directives.parser.qualified_plurals import qualified_plural
from directives.parser.sentences import goes_on
from directives.parser.sought_comments import asks_comments
from directives.parser.subject_checks import named_subject, opens_with_body
from directives.parser.subjects import subject_acts, subject_bodies
from directives.parser.unit_asked import IMPERATIVE as IMPERATIVE
from directives.parser.unit_asked import asks_a_unit as asks_a_unit
from directives.parser.unit_asked import enterprises
from directives.parser.unit_names import named_field

# What lies ahead, after an assessment: "Trong thời gian tới, ...", "Thời gian tới, ..."
_AHEAD = re.compile(r"^(?:trong )?thoi gian (?:toi|sap toi),")
# "Sở Tài chính chủ trì ..." under "Kinh phí thực hiện": a body given a task there all the same
_NAMED_LEAD = re.compile(r"^\s*,?\s*(?:chu tri|co trach nhiem|chiu trach nhiem)\b")


class Zone:
    TASK = "task"
    NONTASK = "nontask"
    UNKNOWN = "unknown"


@dataclass
class Context:
    rank: float
    zone: str
    lead: str | None = None
    coordinating: list[str] = field(default_factory=list)
    asked: bool = False  # opened by a sentence that asks someone ("Thành phố cần ... sau:")
    aims: bool = False  # inside a plan's aims ("2. Yêu cầu") or a letter's information
    informs: bool = False  # inside what a letter informs of ("Thông tin cụ thể như sau:")
    opinion: bool = False  # inside the issuer's own opinion ("Cục X có ý kiến như sau:")
    parts: bool = False  # opened by an item that lists what a task covers ("... bao gồm:")
    named: int = 0  # items right under it that are headed by a body's name ("4. Sở Y tế")
    inherited: list[int] = field(default_factory=list)  # actions that took its lead
    role: bool = False  # opened by the role its body takes ("b) Chủ trì, phối hợp"): it leads
    joint: list[str] = field(default_factory=list)  # of ``coordinating``, joint leads
    periodic: bool = False  # opened by "... định kỳ ...": its items' days without a year recur
    topics: int = 0  # items right under it that are headed by a topic ("1. Nông nghiệp")
    topic: bool = False  # "7. Các ngành, lĩnh vực khác" after topics: leads only prose naming it
    notes: bool = False  # a "Lưu ý" title ("5. Những lưu ý đối với ...:"): items giving work
    # a numbered heading that gives work itself ("1. Rà soát việc ..."): the cases under it
    # ("- Đối với ...", "- Trường hợp ...") are its details, not tasks, unless they name a body
    own_work: bool = False
    # a topic under a "Lưu ý" title ("2.3. Về giường nội trú ban ngày"): what the note says
    noted_topic: bool = False
    funding: bool = False  # inside a plan's "Kinh phí thực hiện": bodies told to bear the cost

    def takes_point(self, block: Block) -> bool:
        """Inside the issuer's opinion (or what a letter informs of), ``block`` is a point to
        read for what it asks: an item, or a paragraph that says what to revise in a case
        ("Trường hợp cơ quan soạn thảo tiếp thu ... thì điều chỉnh ...")."""
        point = block.marker is not None or CASE_THEN_REVISE.match(block.folded) is not None
        return point and (self.opinion or self.informs)


# "Đối với người nộp thuế đã đăng ký ... thì không phải nộp tờ khai giấy": a case spared
_SPARED = re.compile(r"^(?:doi voi|truong hop)\b[^.;:]{0,200}?\bthi khong (?:phai|can)\b")
# "5. Những lưu ý đối với hợp đồng lao động ...:", "2. Một số lưu ý ...:", "Lưu ý về ...:"
NOTES_TITLE = re.compile(r"^(?:(?:nhung|mot so) )?luu y\b")


_DUTY = re.compile(r"\bco trach nhiem\b")
# "V. KINH PHÍ THỰC HIỆN": a plan's section on the money for it
_FUNDING_TITLE = re.compile(r"^kinh phi(?: thuc hien)?$")


def mark_sections(context: Context, block: Block, parent: Context | None) -> None:
    """What the heading ``block`` opens, on ``context``: a "Lưu ý" title, or a plan's section
    on its funding (or a heading inside one)."""
    numbered = block.marker not in (None, "article")
    context.notes = numbered and bool(NOTES_TITLE.match(block.folded))
    # ("2.3. Về giường nội trú ban ngày" under "2. Một số lưu ý ...:")
    under_notes = bool(parent and parent.notes and context.lead == parent.lead)
    context.noted_topic = numbered and under_notes and block.folded.startswith("ve ")
    context.own_work = numbered and bool(IMPERATIVE.match(block.folded))
    context.own_work = context.own_work and not block.text.rstrip(" *").endswith(":")
    funding = _FUNDING_TITLE.match(squash(block.folded).strip(" :.*"))
    context.funding = funding is not None or bool(parent and parent.funding)


def is_action(block: Block, parent: Context | None, find: MentionFinder) -> bool:
    """Whether an item or a paragraph under ``parent`` is a task to track."""
    if approves(block.folded) or clause_answers(block) or asks_nothing(block.folded):
        return False
    if binds_holder(block.folded):
        return True  # "Chậm nhất ... trước khi giấy phép hết hạn, nếu Công ty ... phải ..."
    if block.marker not in (None, "article") and names_member(block.text):
        return False  # "- Ông X, Giám đốc Sở Y - Phó Chủ tịch Hội đồng.": who sits on it
    if council_terms(block.folded):
        return False  # "- Thành viên Hội đồng làm việc theo chế độ kiêm nhiệm, ...": its terms
    if dashed_ground(block.marker, block.folded):
        return False  # "- Căn cứ Luật ...;" under the enacting body's name: a ground
    if block.marker not in (None, "article") and named_field(block.text, find):
        return False  # "- Cơ quan chủ quản: Bộ X.": the body a field names, no task
    if FORM_STATED.match(block.folded):
        return False  # "- Báo cáo ... được lập theo Mẫu số 05 ...": which form it takes
    closing = closing_words(block.folded)
    if closing and closing.group("on") and _reports_own(block, parent, closing.end()):
        return True  # "đ) Trong quá trình ..., nếu có khó khăn, ..., kịp thời tổng hợp, báo cáo"
    if closing and closing.group("on") and proposing_body(block.text, block.folded, closing.end()):
        return True  # "..., nếu có phát sinh ..., Giám đốc Trung tâm X đề xuất ... điều chỉnh"
    if closing and answer_asks(block, closing, find):
        return True  # "... trả lời để Công ty biết và đề nghị Công ty liên hệ với ..."
    if closing and not (closing.group("on") and goes_on(block.folded, closing.start())):
        handed = handed_on(block, find) if closing.group("above") else None
        if closing.group("above") and (asks_one(block, find) or bool(handed)):
            # "Trên đây là ý kiến của Cục X, đề nghị Sở Y nghiên cứu, hướng dẫn ...", "Trên đây
            # là Kế hoạch .... Giao Sở Y theo dõi, ...": the close asks a body for work
            return handed is None or is_action(handed, parent, find)
        return bool(REPORT_DUE.search(block.folded))
    # the letter's last words, or a paragraph under a heading that only asks to carry out
    # what was said ("Đề nghị X và Y nghiêm túc triển khai thực hiện."), or answers it
    closing = CARRY_OUT.match(block.folded) or ANSWERED.match(block.folded)
    last = block.marker == "child" and (block.folded.endswith("/.") or bool(closing))
    closes = (block.marker in (None, "article") or last) and closing_prose(block.folded)
    opinion = bool(parent and parent.opinion)  # (asks_on_grounds only where its answer counts)
    grounds = closes and (GROUNDED_ASK.match(block.folded) or asks_on_grounds(block, find, opinion))
    grounds = grounds or (closes and acts_on_grounds(block))  # ("Căn cứ ..., Sở X tổng hợp ...")
    if closes and not grounds:
        return False
    stated = opinion and parent is not None and parent.zone != Zone.TASK
    if block.marker is None and stated and _STATES.match(block.folded):
        return False  # "Cơ quan Thuế có trách nhiệm theo dõi ..." in the issuer's guidance
    if block.marker in (None, "article"):
        return (
            asks_named(block, find)
            or asks_on_grounds(block, find, opinion)
            or asks_a_unit(block, find)
            or later_doer(block)
        )
    if DELEGATE_BOUND.match(block.folded):
        return True  # "2. Người được ủy quyền phải thực hiện đúng ...": the delegate's task
    zone = parent.zone if parent else Zone.UNKNOWN
    if zone == Zone.TASK:
        # (under a "Lưu ý" title, not an item that only states a rule of a thing: README; nor
        # a case the rule spares: "+ Đối với người nộp thuế đã đăng ký ... thì không phải nộp")
        spared = _SPARED.match(block.folded) is not None or _principle(block)
        # (nor, with no body over it, a matter passively ruled: "3. Việc tổ chức, triển khai ...
        # được áp dụng hình thức khen thưởng, kỷ luật theo chế độ quy định")
        ruled = _MATTER_RULED.match(block.folded) and not (parent and parent.lead)
        # (a case under a "Lưu ý" title or a heading that gives work, naming no body; any item
        # that gives no work under a topic of the notes: README, 5/03's 2.1-2.3)
        detail = parent is not None and (parent.notes or parent.own_work or parent.noted_topic)
        named = detail and parent is not None and _names(block, parent, find)
        cased = detail and _CASE.match(block.folded) and not named
        noted = parent and parent.notes and (_states_rule(block, find) or cased)
        noted = noted or (parent and parent.noted_topic and not (named or _works(block, find)))
        return not (spared or ruled or noted or (parent and parent.own_work and cased))
    if parent is not None and parent.informs:
        return False  # "1. Bộ Tài chính báo cáo về ..." among the reports made
    if zone == Zone.NONTASK:
        if block.marker is not None and handed_aside(block.folded):
            return True  # "- Trưởng Ban X (giao Ban X thông báo);" among a meeting's guests
        if _AHEAD.match(block.folded) and asks_a_unit(block, find):
            return True  # "Trong thời gian tới, Tỉnh tổ chức ..." closing an assessment
        if parent and parent.opinion:
            # "- Trường hợp ... thì đề nghị Sở X hướng dẫn ..." in the issuer's opinion, but not
            # what it states ("- Chủ đầu tư: Ban ..."); "đề nghị các cơ quan cho ý kiến" asks
            asked = asks_one(block, find) and not asks_the_party(block.folded)  # (a company)
            return asked or asks_comments(block.folded) or bool(BEYOND.match(block.folded))
        concerned = not (parent and parent.aims)  # "các đơn vị liên quan" acting, not an aim
        # "- Các sở, ban, ngành ... triển khai thực hiện thống nhất" among a plan's aims: no task
        # (not a group charged with a duty under a plan's funding: "2. Các sở, ngành ... có
        # trách nhiệm chủ động cân đối trong nguồn ngân sách ...", each finding its tasks' money)
        # (nor a plural qualified to name whom it means: "Các bệnh viện trên ... đẩy nhanh")
        group = not concerned and block.folded.startswith("cac ")
        group = group and not qualified_plural(block.text)
        group = group and not (parent and parent.funding and _DUTY.search(block.folded))
        if block.marker is not None and (
            (subject_acts(block.text) and named_subject(block.text, concerned) and not group)
            # among a plan's aims too when they are told to bear a cost ("... bố trí kinh phí")
            or ((concerned or "kinh phi" in block.folded) and enterprises(block))
        ):
            return True  # "- UBND xã, phường thực hiện trực ban ..." among the notes
        if block.marker == "dash" and later_item_body(block.marker, block.text):
            return True  # "- Ngoài việc ... . Giám đốc các cơ sở X chỉ đạo ...": its body's task
        opening = find(block.text, block.folded)[:1]
        return bool(
            opening
            and opening[0].start == 0
            and _NAMED_LEAD.match(block.folded[opening[0].end :])
            and not closing_prose(block.folded)
        )
    if IMPERATIVE.match(block.folded) or asks_a_unit(block, find):
        return True
    if _MUST.match(block.folded) and parent is not None and parent.rank >= 1:
        # "3. Giải quyết tốt tranh chấp ..." / "3.2. Việc giải quyết ... phải ...": a plan's work
        return True  # (not a rule of an article: "Điều 3. Điều kiện" / "1. Việc ... phải ...")
    if parent is not None and parent.lead and block.marker is not None and case_opened(block):
        return True  # "(b) Đối với trường hợp X: ..." under "đề nghị Y ... như sau:": Y's case
    # ("- Đối với ..., thực hiện theo .... Các bộ, ngành căn cứ ... để xây dựng ...")
    return bool(later_item_body(block.marker, block.text))


def later_doer(block: Block) -> bool:
    """ "Tăng cường kỷ luật .... Cơ quan trình dự án ... bảo đảm ...": a paragraph opening with
    its work, no subject, whose later sentence opens with the body that is to do it."""
    return block.marker is None and bool(later_doer_of(block.text, block.folded))


def later_doer_of(text: str, folded: str) -> list[str]:
    """The body a later sentence of a text opening with its work opens with, or none."""
    return later_sentence_body(text, opened=True) if IMPERATIVE.match(folded) else []


# A paragraph of the issuer's guidance that asks no one: no lead verb, no "cần" of a need
# in its first sentence ("Căn cứ quy định nêu trên, Cục Thuế cần nghiên cứu ..." asks), nor
# what a body is told to base its work on ("Khi ..., Cục Thuế căn cứ vào ... để xử phạt ...")
_STATES = re.compile(
    r"^(?!.*\b(?:de nghi|yeu cau|giao)\b)(?![^.;]*?\bcan (?!thiet\b))"
    r"(?![^.;]*?\S\s+can cu(?: vao)?\s[^.;]{3,240}?\bde\s)"
)


# "1. Thuế đối với đơn vị sự nghiệp công lập thực hiện đúng quy định của pháp luật về thuế.": a
# conclusion's principle, a thing carried out as the law says, no body its subject
_LAWFUL = re.compile(
    r"^(?!(?:giao|de nghi|yeu cau)\b)[^.;:,]{3,120}?\s(?:thuc hien|ap dung) (?:theo )?dung "
    r"(?:cac )?quy dinh\b[^.;:]{0,60}\.?$"
)


def _principle(block: Block) -> bool:
    """The item states a principle of a thing done as the law says (``_LAWFUL``)."""
    folded = block.folded
    return (
        _LAWFUL.match(folded) is not None
        and not IMPERATIVE.match(folded)
        and not subject_bodies(block.text)
    )


# "Việc giải quyết tranh chấp lao động phải ...": how a piece of work must be done
_MUST = re.compile(r"^viec [^.;:,]{3,80}?(?:,[^.;:,]{3,40}?)? phai\s")
# "Hợp đồng lao động cần đảm bảo ...", "Việc triển khai ... được thực hiện theo ...": a thing's
# or a procedure's rule, in its first sentence
_THING_RULE = re.compile(r"^[^.;:,()]{3,80}?\s(?:can|phai|duoc|khong duoc)\s")


# "Việc ... được áp dụng (thực hiện) ...": how a matter is ruled, no body named doing it
_MATTER_RULED = re.compile(r"^viec [^.;:()]{3,160}?\s(?:se )?duoc (?:ap dung|thuc hien)\b")


def _states_rule(block: Block, find: MentionFinder) -> bool:
    """The item states a rule of a thing or a procedure ("Hợp đồng lao động cần đảm bảo
    ..."), its subject no body, and gives no body work."""
    return (
        _THING_RULE.match(block.folded) is not None
        and not IMPERATIVE.match(block.folded)
        and not opens_with_body(block.text)
        and not asks_a_unit(block, find)
    )


_CASE = re.compile(r"(?:doi voi|truong hop)\s")


def _names(block: Block, parent: Context, find: MentionFinder) -> bool:
    """The item names its heading's body or asks a body ("..., BHXH các tỉnh có văn bản ...")."""
    lead = (parent.lead or "").lower()
    return bool(lead and lead in block.text.lower()) or asks_a_unit(block, find)


def _works(block: Block, find: MentionFinder) -> bool:
    """The item gives work: a verb of work first, or a body and its work (README: under a
    "Lưu ý" title the rest states what holds, no task)."""
    return (
        bool(IMPERATIVE.match(block.folded))
        or opens_with_body(block.text)
        or asks_a_unit(block, find)
    )


# "..., nếu có khó khăn, vướng mắc, kịp thời tổng hợp, báo cáo Hội đồng nhân dân ...": the
# difficulties reported, no subject of its own (not "các cơ quan ... phản ánh về ...")
_OWN_REPORT = re.compile(
    r"[^.;:]{0,80}?,\s*(?:kip thoi\s+)?(?:tong hop\s*,?\s*(?:va\s+)?)?bao cao\b"
)


def _reports_own(block: Block, parent: Context | None, at: int) -> bool:
    """An item under a heading that names its body, saying what to do on a difficulty met with
    no subject of its own: to report it, the body's task (README: it stays in a task's item)."""
    return (
        block.marker not in (None, "article", "child")
        and parent is not None
        and parent.zone == Zone.TASK
        and parent.lead is not None
        and _OWN_REPORT.match(block.folded, at) is not None
    )
