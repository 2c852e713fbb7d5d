"""Zones: what zone a heading opens and whether an item is an action (which blocks are
headings is read by ``headings``).

A heading or an intro sentence ending in ":" opens a zone: a task zone ("yêu cầu ...
như sau:", "Nhiệm vụ, giải pháp", a unit's name) whose items are actions, or a
findings zone ("Kết quả kiểm tra", "Tồn tại, hạn chế", "Mục đích, yêu cầu") whose
items are not. Outside both, an item is an action when it opens with a verb of
command ("Tăng cường", "Rà soát" ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from directives.parser.addressees import NARRATIVE_AFTER as _NARRATIVE_AFTER
from directives.parser.answers import only_answers
from directives.parser.asked import asked_bodies
from directives.parser.blocks import Block, article_label
from directives.parser.case_subject import proposing_body
from directives.parser.clean import fold_keep, squash
from directives.parser.delegation import BOUND as DELEGATE_BOUND
from directives.parser.each_body import each_body
from directives.parser.enterprises import enterprise_subject
from directives.parser.formulas import (
    CARRY_OUT,
    FORM_STATED,
    GROUNDED_ASK,
    OPINION,
    REPORT_DUE,
    RULE_SAYS,
    SENT_TO,
    asks_named,
    asks_on_grounds,
    asks_one,
    closing_prose,
    closing_words,
    opens_opinion,
    states_for,
)
from directives.parser.headings import MEMBERS
from directives.parser.later_clause import later_item_body
from directives.parser.mentions import MentionFinder, Part
from directives.parser.named_leads import local_subject, named_officials
from directives.parser.nontask import amends, approves, asks_nothing
from directives.parser.nontask import informs as _informs
from directives.parser.persons import persons_heading
from directives.parser.polite import ASKING, politely_asked
from directives.parser.sentences import goes_on
from directives.parser.statute import scope_article
from directives.parser.subject_checks import named_subject
from directives.parser.subjects import subject_acts
from directives.parser.units import Assignment, named_field

TASK_TRIGGER = re.compile(
    r"yeu cau|de nghi|chi dao|\bgiao\b|nhiem vu|giai phap|kien nghi|to chuc thuc hien|"
    r"dieu khoan thi hanh|khac phuc|phan cong|trien khai|"
    r"thuc hien (?:cac|mot so|nghiem|tot|nhung)|can thuc hien|"
    r"noi dung sau|sau day|chan chinh|"
    # "... và công tác báo cáo kết quả khai thác": a report of results to make, no findings
    r"bao cao ket qua"
    # "(Các cơ quan ...) có trách nhiệm:" closing a heading or intro: what they are to do follows
    r"|\bco trach nhiem\s*:\s*$"
)
_NONTASK = re.compile(
    # "Đánh giá kết quả ..." opens an assessment; "Các bước đánh giá" lists what is done
    r"muc dich|ket qua|uu diem|ton tai|han che|nguyen nhan|tinh hinh|^danh gia|nhan xet|"
    r"can cu|pham vi|doi tuong|dac diem|thanh phan|noi dung kiem tra|nhung viec da lam|"
    # "2. Khó khăn, vướng mắc", "1. Quy định về ... và thực tế hiện nay": what stands in the
    # way and how things are, the background of a letter that asks afterwards
    r"^(?:(?:nhung|cac) )?(?:kho khan|vuong mac|thuc trang)\b"
    r"|^[^.;:]*\bthuc te hien nay\s*:?\s*$"
)
# "đề nghị Quý Ủy ban ...": the recipient, addressed politely (``politely_asked``) or by its
# kind and an abbreviation ("Bộ GDĐT đề nghị sở GDĐT các tỉnh báo cáo ...")
_ASKS_PERSON = re.compile(rf"\b(?:{ASKING}) dong chi\b")  # "Tôi đề nghị đồng chí Chủ tịch ..."
_ASKS_BY_KIND = re.compile(r"\b(?:đề nghị|yêu cầu) (?:[sS]ở|UBND) [A-ZĐ]{2,}\b")
# What lies ahead, after an assessment: "Trong thời gian tới, ...", "Thời gian tới, ..."
_AHEAD = re.compile(r"^(?:trong )?thoi gian (?:toi|sap toi),")
# "Sở Tài chính chủ trì ..." under "Kinh phí thực hiện": a body given a task there all the same
_NAMED_LEAD = re.compile(r"^\s*,?\s*(?:chu tri|co trach nhiem|chiu trach nhiem)\b")
_ALREADY = re.compile(r"\bda (?:ban hanh|co|chi dao|giao|yeu cau|de nghi)\b")
IMPERATIVE = re.compile(
    r"^(?:tang cuong|chi dao|trien khai|to chuc|xay dung|ra soat|thuc hien|tham muu|ban hanh|"
    r"kien toan|hoan thien|hoan chinh|bo sung|bao cao|cap nhat|day manh|nang cao|khac phuc|"
    r"chu tri|phoi hop|don doc|kiem tra|cong khai|niem yet|bo tri|quan triet|nghien cuu|"
    r"de xuat|sua doi|chan chinh|gui|huong dan|theo doi|ung dung|duy tri|dam bao|bao dam|"
    r"tiep tuc|rut kinh nghiem|lap|trinh|cu|giao|yeu cau|tuyen truyen|thong ke|tong hop|"
    r"danh gia|rà soat|soan thao|xu ly|thanh tra|chu dong|nghiem tuc|tap trung|uu tien|"
    r"day nhanh|hoan thanh|thuc hien|sap xep|cai tien|van hanh|dua|lam ro|boi duong|dao tao|"
    r"chuan bi|nghiem chinh|chap hanh|tuan thu)\b"
)


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
    # "7. Các ngành, lĩnh vực khác" after topic headings: its body leads only the prose that
    # names it ("Các ngành, lĩnh vực khác, căn cứ ..."), not items that name no body
    topic: bool = False


# "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:": a list of what is enclosed, not of tasks
_ENCLOSED = re.compile(r"(?:gui kem|dinh kem|kem theo)[^.:]{0,80}(?:gom|nhu sau)\s*:?\s*$")
# A plan's sections that state aims and requirements, not tasks: "2. Yêu cầu", "Mục tiêu".
_AIMS = re.compile(
    r"^(?:muc dich|yeu cau|muc tieu(?: cu the| chung| tong quat)?|quan diem|nguyen tac|"
    r"muc dich,? yeu cau|"
    r"doi tuong(?:,? pham vi)?|pham vi|hinh thuc|chu de(?: thi dua)?|tieu chi(?: thi dua)?|"
    r"noi dung(?:,? hinh thuc)?(?: (?:dot |phong trao )?thi dua| trong tam| chu yeu)?|"
    r"kinh phi(?: thuc hien)?|"
    # an award plan's rules: whom it rewards, for what, in what form and how many
    r"(?:doi tuong|nguyen tac|hinh thuc|tieu chuan|so luong)(?:,? (?:va )?(?:doi tuong|"
    r"nguyen tac|hinh thuc|tieu chuan))*(?: de nghi)? khen thuong)$"
)


# "Thông tin cụ thể như sau:": what the letter informs of, asking no one; "..., các Bộ đã có
# báo cáo Chính phủ như sau:": the reports made, each item one of them (what was done)
# An intro whose items are the goals of an emulation drive, not tasks
_EMULATE = re.compile(r"\bthi dua\b[^:]{0,80}\bsau\s*:\s*$")
# "Nguồn kinh phí thực hiện ... được quy định cụ thể như sau:", "Nguồn vốn triển khai Kế
# hoạch ... bao gồm:": where the money comes from
_FUNDING = re.compile(
    r"(?:nguon\s+)?(?:kinh phi|von)\b[^:]{0,160}\b(?:nhu sau|bao gom|gom)\s*:\s*$"
)
# An intro whose items name examples of what it asks for, not tasks of their own.
_EXAMPLES = re.compile(r"\bnhu\s*:\s*$")


def gives_opinion(block: Block, parent: Context | None) -> bool:
    """The intro opens, or stands inside, the issuer's own opinion or guidance."""
    return opens_opinion(block) or bool(parent and parent.opinion)


def informs_of(block: Block, parent: Context | None) -> bool:
    """The heading opens, or stands inside, what a letter informs of, asking no one (or the
    text of the rules the document amends, not one the issuer's opinion quotes)."""
    if parent is not None and parent.informs:
        return True
    return _informs(block.folded) or (amends(block.folded) and not (parent and parent.opinion))


def in_aims(block: Block, parent: Context | None) -> bool:
    """The heading opens, or stands inside, a plan's aims and requirements or what a letter
    informs of ("Thông tin cụ thể như sau:"), or a rule's scope ("Điều 2. Đối tượng áp dụng",
    or a clause "2. Đối tượng áp dụng.": its items name those it concerns)."""
    folded = squash(block.folded)
    aims = _AIMS.match(folded.strip(" :.")) or _informs(folded) or MEMBERS.search(folded)
    return bool(aims) or scope_article(block) or bool(parent and parent.aims)


# "Các ngành, lĩnh vực khác", "Các lĩnh vực khác": the rest of a list
_OTHERS = re.compile(r"\bkhac\s*[:.]?\s*$")


def others_topic(block: Block, parent: Context | None) -> bool:
    """ "7. Các ngành, lĩnh vực khác" under a part whose headings so far were topics ("1. Nông
    nghiệp và Môi trường", "6. Y tế") and named no body: the rest of those topics."""
    return (
        parent is not None
        and parent.topics > 0
        and parent.named == 0
        and bool(_OTHERS.search(squash(block.folded)))
    )


def findings_topic(folded: str, parent: Context | None) -> bool:
    """ "1. Về tồn tại, hạn chế: Ban Chỉ đạo ... chỉ ra ..." under "II. VỀ TỒN TẠI, HẠN CHẾ":
    a topic of findings in a findings section, what follows it no task."""
    found = _NONTASK.search(folded) and not TASK_TRIGGER.search(folded)
    return bool(found) and parent is not None and parent.zone == Zone.NONTASK


def _findings_follow(folded: str) -> bool:
    """ "..., thực hiện tốt các nhiệm vụ ..., đạt được một số kết quả nổi bật như sau:": the
    intro's last clause says what follows, results or shortcomings, whatever it said before."""
    if not folded.rstrip().endswith(":"):
        return False
    last = re.split(r"[,;.]\s", folded.rstrip(" :"))[-1]
    return bool(_NONTASK.search(last)) and not TASK_TRIGGER.search(last)


# "... thực hiện trước ngày Quyết định này có hiệu lực ...": work begun before the rules
_UNDER_WAY = re.compile(r"\btruoc ngay (?:quyet dinh|nghi quyet|thong tu|quy dinh) nay co hieu luc")


def heading_zone(block: Block, parent: Context | None, unit: Assignment | None) -> str:
    folded = block.folded
    if _AIMS.match(squash(folded).strip(" :.")) or _ENCLOSED.search(folded) or scope_article(block):
        return Zone.NONTASK
    if block.marker is not None and persons_heading(folded):
        return Zone.NONTASK  # "2. Cán bộ, công chức" / "3. Trách nhiệm của văn thư": persons
    members = MEMBERS.search(squash(folded))
    if members or _informs(folded) or RULE_SAYS.match(folded) or SENT_TO.search(folded):
        # (a heading whose intro says what was reported: "... như sau:"; the law the letter
        # restates, speaking: "Điều 5 ... quy định:"; where a report is sent, case by case)
        return Zone.NONTASK
    trigger = bool(TASK_TRIGGER.search(folded))
    findings = bool(_NONTASK.search(folded))
    if block.marker is None:  # an intro sentence or an unnumbered heading
        if unit is None and _UNDER_WAY.search(folded) and folded.rstrip().endswith(":"):
            return Zone.NONTASK  # "Các dự án ... thực hiện trước ngày Quyết định này có hiệu lực
            # thi hành thực hiện như sau:": which rules apply to work under way, no task
        if _EXAMPLES.search(folded) or _EMULATE.search(folded) or _informs(folded):
            # "... tập trung thi đua thực hiện các nội dung chủ yếu sau:": what to strive for
            return Zone.NONTASK  # "... các nền tảng số như:": the items are its examples
        if _FUNDING.match(folded) or OPINION.search(folded):
            # the items say where the money comes from, or what the issuer itself holds
            return Zone.NONTASK
        if _findings_follow(folded):
            return Zone.NONTASK
        if trigger and block.text.rstrip().endswith(":"):
            return Zone.TASK
        if findings:
            return Zone.NONTASK
        return Zone.TASK if trigger or unit else Zone.UNKNOWN
    inherited = parent.zone if parent else Zone.UNKNOWN
    # "Đối với các sở, ban, ngành" under "Tiêu chí thi đua" names whom a criterion concerns
    # (or, under an award plan's rules, whom a criterion or a quota concerns)
    concerns = unit is None or folded.startswith("doi voi ") or bool(parent and parent.aims)
    # (under an article that lists a body's members: "2. Phó Trưởng ban:" over its members)
    ranked = parent is not None and (parent.rank > 0 or parent.aims)
    if parent is not None and ranked and inherited == Zone.NONTASK and concerns:
        return Zone.NONTASK
    if unit is not None:
        return Zone.NONTASK if states_for(folded, bool(parent and parent.opinion)) else Zone.TASK
    if parent is not None and parent.opinion:
        return Zone.NONTASK  # "2. Các nội dung cần lưu ý khi ... triển khai:" in the opinion
    # (a title in a section an intro hands to its bodies: only a title that opens with such a
    # word, not "... mở rộng phạm vi quyền lợi", leaves the tasks)
    handed = inherited == Zone.TASK and parent is not None and parent.lead is not None
    asks = trigger and block.text.rstrip().endswith(":")
    if findings and not asks and (not handed or _NONTASK.match(folded)):
        return Zone.NONTASK
    if trigger:
        return Zone.TASK
    return inherited


# "Doanh nghiệp có liên quan đã nhiều lần có văn bản ...": what the enterprises did
_RELATED = re.compile(r"^\s+(?:co )?lien quan\b")


def _enterprises(block: Block) -> bool:
    """ "Doanh nghiệp viễn thông bảo đảm kinh phí ...": enterprises given a task by name, not
    told of as having done something ("Doanh nghiệp có liên quan đã có văn bản ...")."""
    names = enterprise_subject(block.text)
    if not names:
        return False
    folded = squash(block.folded)
    at = folded.find(fold_keep(names[-1]))
    rest = folded[at + len(names[-1]) :] if at >= 0 else ""
    related = _RELATED.match(rest)
    return not _NARRATIVE_AFTER.match(rest[related.end() :] if related else rest)


def _asks_a_unit(block: Block, find: MentionFinder) -> bool:
    asked = politely_asked(block.folded, sent_to_do=True) or _ASKS_PERSON.search(block.folded)
    if asked or _ASKS_BY_KIND.search(block.text):
        return True  # "..., đề nghị Quý Ủy ban gửi báo cáo ...": the letter's recipient is asked
    at = article_label(block.folded)  # ("Điều 2. Trong quá trình ..., Bộ X rà soát ...")
    text, folded = block.text[at:], block.folded[at:]
    for m in find(text, folded):
        if m.part == Part.LEAD:
            # "... đã ban hành Công điện số 158 chỉ đạo Bộ Xây dựng ...": what was asked before
            if _ALREADY.search(folded[max(0, m.start - 160) : m.start]):
                continue
            return True
        subject = m.part == Part.SUBJECT and (m.start > 0 or not at)  # (after a clause)
        if subject and not _NARRATIVE_AFTER.match(folded[m.end :]):
            return True
    # ("Điều 2. Bộ Công Thương chủ trì ...", "Phân công Phó Thủ tướng A chỉ đạo ...")
    return (
        subject_acts(text)
        or local_subject(text)
        or _enterprises(block)
        or bool(named_officials(text))
        or bool(asked_bodies(text))  # "Để ..., Bộ đề nghị Ủy ban nhân dân các tỉnh ..."
        or bool(each_body(text))  # "Mỗi sở, ngành xác định ...": each body of the kinds
    )


def is_action(block: Block, parent: Context | None, find: MentionFinder) -> bool:
    """Whether an item or a paragraph under ``parent`` is a task to track."""
    if approves(block.folded) or only_answers(block.folded) or asks_nothing(block.folded):
        return False
    if block.marker not in (None, "article") and named_field(block.text, find):
        return False  # "- Cơ quan chủ quản: Bộ X.": the body a field names, no task
    if FORM_STATED.match(block.folded):
        return False  # "- Báo cáo ... được lập theo Mẫu số 05 ...": which form it takes
    closing = closing_words(block.folded)
    if closing and closing.group("on") and _reports_own(block, parent, closing.end()):
        return True  # "đ) Trong quá trình ..., nếu có khó khăn, ..., kịp thời tổng hợp, báo cáo"
    if closing and closing.group("on") and proposing_body(block.text, block.folded, closing.end()):
        return True  # "..., nếu có phát sinh ..., Giám đốc Trung tâm X đề xuất ... điều chỉnh"
    if closing and not (closing.group("on") and goes_on(block.folded, closing.start())):
        if closing.group("above") and asks_one(block, find):
            return True  # "Trên đây là ý kiến của Cục X, đề nghị Sở Y nghiên cứu, hướng dẫn ..."
        return bool(REPORT_DUE.search(block.folded))
    # the letter's last words, or a paragraph under a heading that only asks to carry out
    # what was said ("Đề nghị X và Y nghiêm túc triển khai thực hiện.")
    last = block.marker == "child" and (
        block.folded.endswith("/.") or bool(CARRY_OUT.match(block.folded))
    )
    closes = (block.marker in (None, "article") or last) and closing_prose(block.folded)
    opinion = bool(parent and parent.opinion)  # (asks_on_grounds only where its answer counts)
    grounds = closes and (GROUNDED_ASK.match(block.folded) or asks_on_grounds(block, find, opinion))
    if closes and not grounds:
        return False
    if block.marker in (None, "article"):
        return (
            asks_named(block, find)
            or asks_on_grounds(block, find, opinion)
            or _asks_a_unit(block, find)
        )
    if DELEGATE_BOUND.match(block.folded):
        return True  # "2. Người được ủy quyền phải thực hiện đúng ...": the delegate's task
    zone = parent.zone if parent else Zone.UNKNOWN
    if zone == Zone.TASK:
        return True
    if parent is not None and parent.informs:
        return False  # "1. Bộ Tài chính báo cáo về ..." among the reports made
    if zone == Zone.NONTASK:
        if _AHEAD.match(block.folded) and _asks_a_unit(block, find):
            return True  # "Trong thời gian tới, Tỉnh tổ chức ..." closing an assessment
        if parent and parent.opinion:
            # "- Trường hợp ... thì đề nghị Sở X hướng dẫn ..." in the issuer's opinion, but not
            # what it states ("- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng ...")
            return asks_one(block, find)
        concerned = not (parent and parent.aims)  # "các đơn vị liên quan" acting, not an aim
        # "- Các sở, ban, ngành ... triển khai thực hiện thống nhất" among a plan's requirements:
        # how all must work, not a task
        group = not concerned and block.folded.startswith("cac ")
        if block.marker is not None and (
            (subject_acts(block.text) and named_subject(block.text, concerned) and not group)
            # among a plan's aims too when they are told to bear a cost ("... bố trí kinh phí")
            or ((concerned or "kinh phi" in block.folded) and _enterprises(block))
        ):
            return True  # "- UBND xã, phường thực hiện trực ban ..." among the notes
        opening = find(block.text, block.folded)[:1]
        return bool(
            opening
            and opening[0].start == 0
            and _NAMED_LEAD.match(block.folded[opening[0].end :])
            and not closing_prose(block.folded)
        )
    if IMPERATIVE.match(block.folded) or _asks_a_unit(block, find):
        return True
    # ("- Đối với ..., thực hiện theo .... Các bộ, ngành căn cứ ... để xây dựng ...")
    return bool(later_item_body(block.marker, block.text))


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


# For the lists of what an item covers (contents.py)
asks_a_unit = _asks_a_unit
