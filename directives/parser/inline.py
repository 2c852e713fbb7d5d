"""A heading run onto its task on one line: "2. Công an tỉnh: Tăng cường ...", a topic "Về
...: ...", and the same with the colon and line break lost ("Giao Sở Xây dựng Theo dõi ...")."""

from __future__ import annotations

import re

from directives.parser.blocks import Block
from directives.parser.bodies import STARTS_BODY, heading_bodies, shared_prefix
from directives.parser.entry_labels import work_label
from directives.parser.letters import CAPITAL, SMALL
from directives.parser.mentions import MentionFinder, Part
from directives.parser.name_words import listed_kind
from directives.parser.nontask import SUM
from directives.parser.points import counted_points
from directives.parser.sentences import opens_with_actor
from directives.parser.subject_checks import opens_with_body
from directives.parser.subjects import subject_acts
from directives.parser.unit_names import named_field, only_units
from directives.parser.zones import IMPERATIVE as _IMPERATIVE

# "Về kiến nghị ...; ...: Giao Bộ Tài chính ...": a topic of any length, then its task
_TOPIC = re.compile(r"^(?P<head>ve [^:]{3,400}):\s+(?=\S)")
# "Về ...: Đề nghị X ...": a request, its sentence opening after the topic's colon
_REQUEST = re.compile(r"Đề nghị\s")
# "2. Công an tỉnh: Tăng cường ..." - a group's heading and its one task on the same line
_INLINE_HEADING = re.compile(r"^(?P<head>[^:.;]{3,160}):\s+(?=\S)")
_CAPITAL = re.compile(rf"[{CAPITAL}]")
# "... các tỉnh: Hà Tĩnh, Quảng Trị và Huế chủ động ...": proper names listed after the colon
_PROPER = rf"[{CAPITAL}]\w*(?:\s+[{CAPITAL}]\w*){{0,3}}"
_NAMES_AFTER = re.compile(rf"{_PROPER}(?:\s*(?:,|;|\svà)\s*{_PROPER}){{1,}}\s+[{SMALL}]")
# (the heads of bodies: "Trưởng ..." folds as "Trường hợp ..." does, a case and no head)
_GROUP_HEAD = re.compile(r"^(?:thu truong|chu tich|giam doc|truong(?! hop\b)|cac|lanh dao) ")


def inline_heading(block: Block, find: MentionFinder) -> tuple[Block, Block] | None:
    """The heading and the task of "2. Công an tỉnh: Tăng cường ...", else None."""
    if block.marker in (None, "article", "table"):
        return None
    m = _INLINE_HEADING.match(block.text) or _TOPIC.match(block.folded)
    if m is None:
        return _glued_topic(block) or _glued_heading(block, find)
    if block.text.startswith(("“", '"'), m.end()):
        return None  # "c) Đề nghị X tách nội dung: “...” thành ...": the words it quotes
    head = block.text[: m.end("head")]
    folded_head = block.folded[: m.end("head")]
    if _HANDS.match(folded_head) and not _line_ends(block, m.end()):
        # "1. Giao Ủy ban nhân dân Thành phố: Tổ chức ...": one sentence, not a line (not "Giao
        # Bộ Y tế: (i) ...; (ii) ...": the points it counts off, each a task)
        rest = Block("child", block.text[m.end() :], block.folded[m.end() :])
        if len(counted_points(rest)) < 2:
            return None
    if shared_prefix(block.text) or listed_kind(head) or _NAMES_AFTER.match(block.text, m.end()):
        return None  # "Các Bộ: Tài chính, Xây dựng ...": the names run on after the colon
    # (not "Đối với hồ sơ còn thiếu: Cơ quan thuế ...": a case of the task's own sentence)
    labelled = len(head) <= 80 and subject_acts(block.text[m.end() :])
    labelled = labelled and not folded_head.startswith("doi voi ")
    topic = folded_head.startswith("ve ") and (
        _CAPITAL.match(block.text, m.end())
        or opens_with_actor(block.text[m.end() :], block.folded[m.end() :], find)
    )
    if topic and _REQUEST.match(block.text, m.end()):
        return None  # "b) Về phương thức ... tại khoản 4 Điều 3: Đề nghị cơ quan soạn thảo ...",
        # "Về hạ tầng bảo vệ môi trường: Đề nghị Chủ đầu tư ...": the matter the request is
        # about, in its text
    if labelled and block.marker == "letter" and work_label(block.text, folded_head):
        return None  # "b) Thực hiện mở tài khoản: UBND xã ...": the point's work, one sentence
    points = _titled_points(block, m.end("head"), m.end(), find)
    if labelled or topic or points:
        # "Về kiến nghị ...: Giao Bộ Tài chính ...", "Về ...: với vai trò là chủ đầu tư, Tập
        # đoàn X ...": a topic, then its task as a sentence of its own (after "Về thi công:
        # chỉ đạo ..." the sentence runs on); "Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp
        # ...": a label, then a body's task
        # (a bullet's label inside its line is its own sentence's: "- Báo cáo tháng: Sở X ...")
        kept = labelled and not (topic or points) and block.marker in ("dash", "plus")
        at = 0 if kept and not _line_ends(block, m.end()) else m.end()
        if topic and not points and _on_first_line(block, m.end()):
            at = 0  # "3. Về tập huấn: Sở X có trách nhiệm ...": a short topic, kept in its text
        return (
            Block(block.marker, head, folded_head),
            Block("child", block.text[at:], block.folded[at:]),
        )
    # ("Bộ Tài chính giải quyết 03 vấn đề: (i) ...; (ii) ...": a body's task and its parts)
    named = only_units(head, find) or (bool(heading_bodies(head)) and not subject_acts(head))
    if not named and not _GROUP_HEAD.match(folded_head):
        return None
    if not named and not _CAPITAL.match(block.text, m.end()):
        return None
    if block.marker in ("dash", "plus") or (block.text[m.end()].islower() and _several(head, find)):
        # "+ Sở Xây dựng: hướng dẫn ...", "- Phòng X số 1: Cung cấp ...", "1. Phòng X, các Chi
        # cục Thuế : phối hợp ...": the bodies' own sentence, one item
        return None
    if named_field(block.text, find):
        return None  # "- Cơ quan chủ quản: Bộ X.": a field naming the body, no task
    if SUM.match(block.folded, m.end()):
        return None  # "+ Bộ Tài chính: 266.360.000 VNĐ ...": the body's share of a sum, no task
    return (
        Block(block.marker, head, folded_head),
        Block("child", block.text[m.end() :], block.folded[m.end() :]),
    )


# "Phòng X, các Chi cục Thuế": a body, then a plural of bodies after it
_AND_PLURAL = re.compile(r"(?:,|\svà)\s+các\s+(?:" + STARTS_BODY.pattern + ")", re.IGNORECASE)


def _several(head: str, find: MentionFinder) -> bool:
    """The head names several bodies, not one."""
    return len(find(head)) > 1 or len(heading_bodies(head)) > 1 or bool(_AND_PLURAL.search(head))


# "Giao X: ..." written on the item's line: the task's own sentence, its lead verb and colon
# kept (a "Giao X:" line of its own heads the lines under it)
_HANDS = re.compile(r"giao\s")


def _line_ends(block: Block, at: int) -> bool:
    """The colon before ``at`` ends the item's first line: what follows is on the next."""
    return bool(block.parts) and block.text[at:].startswith(block.parts[0].strip()[:20])


def _on_first_line(block: Block, at: int) -> bool:
    """The colon before ``at`` stands inside the item's first line and a capital follows it:
    a short topic written run-in ("1. Về dữ liệu: Toàn bộ ...", not "2. Về dự án ... / ...
    Nghi Sơn: Bộ Xây dựng ...", a topic wrapped over its line break)."""
    if not block.parts:
        return False
    first = block.parts[0].strip()[:20]
    return block.text.find(first) > at and _CAPITAL.match(block.text, at) is not None


# a title's words that ask or name who acts: "Đề nghị các đơn vị thực hiện: (1) ..."
_ASKING_HEAD = re.compile(r"\b(?:de nghi|yeu cau|giao|chi dao|can)\b")


def _titled_points(block: Block, head_end: int, at: int, find: MentionFinder) -> bool:
    """ "3. Khẩn trương xây dựng ... chiến lược dữ liệu: (1) Thanh tra Chính phủ ban hành ...;
    (2) Bộ Công an chủ trì ...": a topic's title, then the points it counts off, each
    naming its own body; the title names no body and asks no one."""
    head, folded_head = block.text[:head_end], block.folded[:head_end]
    if find(head, folded_head) or _ASKING_HEAD.search(folded_head):
        return False
    points = counted_points(Block("child", block.text[at:], block.folded[at:]))
    return len(points) >= 2 and all(opens_with_body(p.block.text) for p in points)


# "... và tính tiền chậm nộp Đề nghị Thuế tỉnh X rà soát ...": a request to a body by name
_ASKS_BODY = re.compile(r"(?:Đề nghị|Yêu cầu) (?=" + STARTS_BODY.pattern + ")", re.IGNORECASE)


def _glued_topic(block: Block) -> tuple[Block, Block] | None:
    """ "Về cơ sở vật chất, trụ sở Tiếp tục rà soát ...": a topic whose colon and line break
    were lost, its task opening with a capitalised verb of command (or a request to a body:
    "Về việc xử phạt ... Đề nghị Thuế tỉnh X rà soát ...")."""
    if not block.folded.startswith("ve "):
        return None
    for at in range(4, min(len(block.text), 160)):
        if block.text[at - 1] in ".:;":
            return None
        if (
            block.text[at - 1] == " "
            and block.text[at].isupper()
            and (_IMPERATIVE.match(block.folded[at : at + 40]) or _ASKS_BODY.match(block.text, at))
        ):
            return (
                Block(block.marker, block.text[: at - 1], block.folded[: at - 1]),
                Block("child", block.text[at:], block.folded[at:]),
            )
    return None


def _glued_heading(block: Block, find: MentionFinder) -> tuple[Block, Block] | None:
    """ "Giao Sở Xây dựng Theo dõi, đôn đốc ...": a unit's heading whose colon and line break
    were lost, its task opening with a capital right after the name."""
    if not block.folded.startswith("giao "):
        return None
    mentions = find(block.text, block.folded)
    if not mentions or mentions[0].start != 5 or mentions[0].part != Part.LEAD:
        return None
    end = mentions[0].end
    if not re.match(rf" [{CAPITAL}][{SMALL}]+ [{SMALL}]", block.text[end:]):
        return None
    return (
        Block(block.marker, block.text[:end], block.folded[:end]),
        Block("child", block.text[end + 1 :], block.folded[end + 1 :]),
    )
