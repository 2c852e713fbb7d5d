"""What zone a heading or an intro sentence opens: a task zone when its words ask ("yêu cầu
... như sau:", "Nhiệm vụ, giải pháp", a unit's name), a findings zone when they state ("Kết
quả kiểm tra", "Tồn tại, hạn chế", a plan's aims, what a letter informs of, the law it
restates, the issuer's own opinion), else a numbered heading takes its parent's zone; and the
tests a heading's context is built from (``in_aims``, ``informs_of``, ``gives_opinion``,
``others_topic``, ``findings_topic``). Which blocks are headings is read by ``headings``; the
zones themselves, and whether an item is an action, by ``zones``.
"""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.clean import squash
from directives.parser.event_setting import SECTION as _SETTINGS
from directives.parser.event_setting import setting_section
from directives.parser.formulas import RULE_SAYS, SENT_TO, opens_opinion, own_opinion, states_for
from directives.parser.guided_bodies import guided_bodies
from directives.parser.headings import MEMBERS
from directives.parser.informs import amends
from directives.parser.informs import informs as _informs
from directives.parser.own_guidance import issuer_guides
from directives.parser.persons import persons_heading
from directives.parser.statute import scope_article
from directives.parser.units import Assignment
from directives.parser.zones import IMPERATIVE, Context, Zone

# "báo cáo kết quả ...", "Báo cáo, đánh giá kết quả giải quyết hồ sơ": results to report, a
# work to do, no findings
_TO_REPORT = r"bao cao(?:,? (?:va )?danh gia)? ket qua"
TASK_TRIGGER = re.compile(
    # (not a proposal a document makes: "Căn cứ văn bản đề nghị thay đổi cảng ..., Chi cục X
    # nếu chấp nhận thì thực hiện như sau:", the case the guidance settles)
    r"yeu cau|(?<!van ban )(?<!giay )(?<!ho so )de nghi|chi dao|\bgiao\b|nhiem vu|giai phap|"
    r"kien nghi|to chuc thuc hien|"
    r"dieu khoan thi hanh|khac phuc|phan cong|trien khai|"
    r"thuc hien (?:cac|mot so|nghiem|tot|nhung)|can thuc hien|"
    r"noi dung sau|sau day|chan chinh|"
    # "... và công tác báo cáo kết quả khai thác": a report of results to make, no findings
    + _TO_REPORT
    # "(Các cơ quan ...) có trách nhiệm:" closing a heading or intro: what they are to do follows
    + r"|\bco trach nhiem\s*:\s*$"
)
_NONTASK = re.compile(
    # "Đánh giá kết quả ..." opens an assessment; "Các bước đánh giá" lists what is done
    # ("... trong tình hình mới": the times a task is set in, no account of how things stand)
    r"muc dich|ket qua|uu diem|ton tai|han che|nguyen nhan|(?<!trong )tinh hinh|^danh gia|"
    r"nhan xet|"
    r"can cu|pham vi|doi tuong|dac diem|thanh phan|noi dung kiem tra|nhung viec da lam|"
    # "2. Khó khăn, vướng mắc", "1. Quy định về ... và thực tế hiện nay": what stands in the
    # way and how things are, the background of a letter that asks afterwards
    r"^(?:(?:nhung|cac) )?(?:kho khan|vuong mac|thuc trang)\b"
    r"|^[^.;:]*\bthuc te hien nay\s*:?\s*$"
)

# "Bộ Tài chính gửi kèm bộ Cẩm nang gồm:": a list of what is enclosed, not of tasks (not "...
# rà soát danh sách ... theo phụ lục 2 kèm theo công văn này, bao gồm:": what the work covers)
_ENCLOSED = re.compile(
    r"(?:gui kem|dinh kem|kem theo)(?!\s+(?:cong van|van ban) nay\s*,)[^.:]{0,80}"
    r"(?:gom|nhu sau)\s*:?\s*$"
)
# A plan's sections that state aims and requirements, not tasks: "2. Yêu cầu", "Mục tiêu".
_AIMS = re.compile(
    r"^(?:muc dich|yeu cau|muc tieu(?: cu the| chung| tong quat)?|muc dich,? yeu cau|"
    r"(?:quan diem|nguyen tac)(?: chi dao)?|"
    # ("Đối tượng và thời gian đánh giá", "Đối tượng được đánh giá": whom an evaluation covers)
    r"doi tuong(?:,? pham vi)?(?:(?: va thoi gian)? (?:duoc )?(?:ap dung|danh gia))?|"
    r"pham vi|hinh thuc|chu de(?: thi dua)?|tieu chi(?: thi dua)?|"
    r"noi dung(?:,? hinh thuc)?(?: (?:dot |phong trao )?thi dua| trong tam| chu yeu)?|"
    r"kinh phi(?: thuc hien)?|" + _SETTINGS + r"|"
    # a meeting's arrangements: "THỜI GIAN, HÌNH THỨC VÀ THÀNH PHẦN THAM DỰ", "Thời gian, địa
    # điểm" (its time, place, form and who attends, no one's task)
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
# "Trong quá trình thực hiện có phát sinh vướng mắc, Cục Thuế liên hệ:" over the help desks:
# where whoever meets a difficulty turns, no task (examples/blind/README.md)
_HELP = re.compile(r"\b(?:kho khan|vuong mac)\b[^.;:]{0,120}\blien he(?:\s+(?:voi|theo))?\s*:\s*$")
# An intro whose items name examples of what it asks for, not tasks of their own.
_EXAMPLES = re.compile(r"\bnhu\s*:\s*$")
# "... . Ví dụ:" closing a heading (or an intro): what follows illustrates it
_FOR_EXAMPLE = re.compile(r"\bvi du\s*:\s*$")


def gives_opinion(block: Block, parent: Context | None, issuer: str | None = None) -> bool:
    """The intro opens, or stands inside, the issuer's own opinion or guidance (unless it ends
    in the issuer's request over the items: "..., Sở X đề nghị Công ty Y:", its tasks), or a
    numbered heading ends in the issuer's own formula ("II. ..., Tổng cục X hướng dẫn ...
    như sau:")."""
    if opens_opinion(block) or (block.marker is not None and issuer_guides(block.folded, issuer)):
        return True
    return bool(parent and parent.opinion) and not (
        block.marker is None and _ASKS_ITEMS.search(block.folded)
    )


# "..., Sở X đề nghị Công ty Y:", "đề nghị DNTN X rà soát, hoàn thiện các nội dung sau:"
_ASKS_ITEMS = re.compile(r"(?<!\bve )(?<!\bcua )\b(?:de nghi|yeu cau)\s[^.;:]{2,160}:\s*$")


def informs_of(block: Block, parent: Context | None) -> bool:
    """The heading opens, or stands inside, what a letter informs of, asking no one (or the
    text of the rules the document amends, not one the issuer's opinion quotes)."""
    if parent is not None and parent.informs:
        return True
    if block.marker is not None and setting_section(block.folded):
        return True  # ("II. ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM": what the event will be)
    if guided_bodies(block) is not None:
        return True  # ("Công đoàn X hướng dẫn các Công đoàn cơ sở triển khai như sau:")
    return _informs(block.folded) or (amends(block.folded) and not (parent and parent.opinion))


# "..., các Cục Thuế cần lưu ý các tiêu chí nhận dạng sau:": the items are what to look for
_CRITERIA = re.compile(r"\bcac tieu chi\b[^:;.]{0,40}\bsau(?: day)?\s*:\s*$")


def in_aims(block: Block, parent: Context | None) -> bool:
    """The heading opens, or stands inside, a plan's aims and requirements or what a letter
    informs of ("Thông tin cụ thể như sau:"), or a rule's scope ("Điều 2. Đối tượng áp dụng",
    or a clause "2. Đối tượng áp dụng.": its items name those it concerns)."""
    folded = squash(block.folded)
    aims = _AIMS.match(folded.strip(" :.")) or _informs(folded) or MEMBERS.search(folded)
    aims = aims or _CRITERIA.search(folded)  # "... cần lưu ý các tiêu chí nhận dạng sau:"
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


_ASKS = re.compile(r"(?<!van ban )(?<!ho so )\b(?:de nghi|yeu cau) (?!cua\b)")


def _findings_follow(folded: str) -> bool:
    """ "..., thực hiện tốt các nhiệm vụ ..., đạt được một số kết quả nổi bật như sau:": the
    intro's last clause says what follows, results or shortcomings, whatever it said before."""
    if not folded.rstrip().endswith(":"):
        return False
    last = re.split(r"[,;.]\s", folded.rstrip(" :"))[-1]
    # (not a request whose object ends it: "... và đề nghị Thủ trưởng ... phổ biến đến cán bộ,
    # giáo viên, nhân viên ... Chương trình ... dành cho đối tượng ... như sau:")
    asks = _ASKS.search(re.split(r"[;.]\s", folded)[-1])
    return bool(_NONTASK.search(last)) and not TASK_TRIGGER.search(last) and not asks


# "... thực hiện trước ngày Quyết định này có hiệu lực ...": work begun before the rules
# "d) Đối với các hồ sơ đã tiếp nhận trước ngày X ... được xử lý như sau:": how the cases are
# handled, a thing the subject of a passive, the rule its items state and no body's task
# "... . Nếu ... thì xử lý như sau:": a later sentence of a paragraph giving a body its work
# that says how the work goes on, over its steps (``contents.handled_so``)
GOES_ON_SO = re.compile(r"(?<=\.\s)[^.:]{0,400}?\b(?:xu ly|thuc hien) nhu sau\s*:$")
_CASES_HANDLED = re.compile(
    r"^doi voi\b[^:;]{3,300}?\sduoc (?:xu ly|giai quyet|thuc hien)(?: nhu sau| cu the)?\s*:\s*$"
)
_UNDER_WAY = re.compile(r"\btruoc ngay (?:quyet dinh|nghi quyet|thong tu|quy dinh) nay co hieu luc")


# "5. Cung cấp cho cơ quan bảo hiểm tình hình trích, nộp ...:", "3. Căn cứ kế hoạch ... trong
# vòng 10 ngày cung cấp danh sách ...:": a title that gives work over its parts, whatever its
# object's words ("tình hình") or its grounds ("Căn cứ ...") say
_GIVES_WORK = re.compile(
    r"^(?:can cu\b[^:;]{0,160}?\bngay\s+)?(?:cung cap\b|" + IMPERATIVE.pattern.lstrip("^") + ")"
)


# "“Điều 45. Thứ tự thanh toán ... theo thứ tự sau đây:": a law's article the letter quotes
_QUOTED_ARTICLE = re.compile(r"^\s*[\"“”]\s*dieu \d+\s*\.")


# "“Trường hợp ... gửi hồ sơ đề nghị ...” thì cơ quan thuế hướng dẫn ... như sau:": the words
# the intro quotes (the question asked, the rule restated) are not its own
_QUOTE = re.compile(r"“[^“”]*”|\"[^\"]{20,}\"")


def heading_zone(
    block: Block, parent: Context | None, unit: Assignment | None, issuer: str | None = None
) -> str:
    folded = block.folded
    if block.marker is not None and issuer_guides(folded, issuer):
        return Zone.NONTASK  # "II. ..., Tổng cục X hướng dẫn bổ sung như sau:": its guidance
    if block.marker is None and not _QUOTED_ARTICLE.match(folded):
        folded = _QUOTE.sub("“”", folded)  # (an intro's own words decide its zone)
    if _AIMS.match(squash(folded).strip(" :.")) or _ENCLOSED.search(folded) or scope_article(block):
        return Zone.NONTASK
    if _CASES_HANDLED.match(folded):
        return Zone.NONTASK
    if _FOR_EXAMPLE.search(folded):
        return Zone.NONTASK  # "- Trường hợp ...: kiểm tra ... . Ví dụ:": the items are examples
    if block.marker is not None and persons_heading(folded):
        return Zone.NONTASK  # "2. Cán bộ, công chức" / "3. Trách nhiệm của văn thư": persons
    members = MEMBERS.search(squash(folded))
    quoted = _QUOTED_ARTICLE.match(folded)
    helped = "lien he" in folded and _HELP.search(folded) is not None
    if members or _informs(folded) or RULE_SAYS.match(folded) or SENT_TO.search(folded) or quoted:
        # (a heading whose intro says what was reported: "... như sau:"; the law the letter
        # restates, speaking: "Điều 5 ... quy định:"; where a report is sent, case by case)
        return Zone.NONTASK
    if helped:
        return Zone.NONTASK
    trigger = bool(TASK_TRIGGER.search(folded))
    findings = bool(_NONTASK.search(folded)) and not re.search(_TO_REPORT, folded)
    if block.marker is None:  # an intro sentence or an unnumbered heading
        if unit is not None and GOES_ON_SO.search(folded.rstrip()):
            return Zone.TASK  # "Căn cứ ..., Chi cục X rà soát ... . Nếu ... thì xử lý như sau:"
        if unit is not None and states_for(folded, bool(parent and parent.opinion)):
            return Zone.NONTASK  # "Bộ phận X thực hiện các nội dung như sau:" in the guidance
        if unit is None and _UNDER_WAY.search(folded) and folded.rstrip().endswith(":"):
            return Zone.NONTASK  # "Các dự án ... thực hiện trước ngày Quyết định này có hiệu lực
            # thi hành thực hiện như sau:": which rules apply to work under way, no task
        if _EXAMPLES.search(folded) or _EMULATE.search(folded) or _informs(folded):
            # "... tập trung thi đua thực hiện các nội dung chủ yếu sau:": what to strive for
            return Zone.NONTASK  # "... các nền tảng số như:": the items are its examples
        if _FUNDING.match(folded) or own_opinion(folded):
            # the items say where the money comes from, or what the issuer itself holds
            return Zone.NONTASK
        if _findings_follow(folded):
            return Zone.NONTASK
        if unit is None and parent is not None and parent.informs and not parent.opinion:
            return Zone.NONTASK  # ("Bài dự thi hợp lệ cần đáp ứng các yêu cầu sau:": a rule)
        if trigger and block.text.rstrip().endswith(":"):
            return Zone.TASK
        if unit is not None and not trigger and parent is not None and parent.aims:
            return parent.zone  # "a) Đối tượng được đánh giá:" / "Các Cục/Vụ/đơn vị ...:": whom
        stated = parent is not None and parent.opinion and parent.zone != Zone.TASK
        if findings or (stated and not (trigger or unit)):
            return Zone.NONTASK  # (an intro in the issuer's guidance asking no one: its own)
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
    asks = (trigger or bool(_GIVES_WORK.match(folded))) and block.text.rstrip().endswith(":")
    if findings and not asks and (not handed or _NONTASK.match(folded)):
        return Zone.NONTASK
    if trigger or asks:
        return Zone.TASK
    return inherited
