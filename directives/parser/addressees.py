"""Who a heading or an intro hands its items to: the bodies it names ("2. Sở Tài chính:"),
the bodies an intro asks ("Bộ Tài chính đề nghị UBND các tỉnh quan tâm chỉ đạo:") or the
province it is about ("tỉnh Đắk Lắk cần ... sau:"); none when it only says who asks."""

from __future__ import annotations

import re

from directives.parser.article_labels import article_label
from directives.parser.blocks import Block
from directives.parser.bodies import STARTS_BODY, TITLES, heading_bodies
from directives.parser.clean import squash
from directives.parser.duty_sentence import duty_sentence
from directives.parser.event_setting import setting_title
from directives.parser.heading_shapes import DUTIES_OF, bodies_by_shape
from directives.parser.intro_addressees import assignment, intro_addressee
from directives.parser.letters import CAPITAL
from directives.parser.mentions import MentionFinder, Part
from directives.parser.partner_words import MASS_ORGANISATIONS
from directives.parser.run_on_subject import run_on_body
from directives.parser.subject_ends import PREDICATE
from directives.parser.units import Assignment, assign_units

# "Cục Thuế sẽ ...", "Sở Y tế đã ...": what a body does or did, not what it is asked to do
NARRATIVE_AFTER = re.compile(
    # (the day it did so first: "Thông tấn xã Việt Nam ngày 09 tháng 11 năm 2011, có bài ...")
    r"^(?:\s+ngay\s+\d{1,2}(?:\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?|/\d{1,2}(?:/\d{4})?),?)?"
    # ("Sở X là cơ quan thường trực, chủ trì ...": the role a plan gives it, a task)
    r"\s+(?:da|chua|con|van|duoc|co(?! trach nhiem)|khong|cung|deu|dang|nhin chung|nhan|se|"
    r"la(?! (?:co quan|don vi) (?:thuong truc|dau moi|chu tri)\b)|"
    r"trong nam)\b"
)


# "Chủ tịch UBND tỉnh chỉ thị:", "Sở Nội vụ đề nghị:": the one who asks, not who acts
_ASKS_AFTER = re.compile(
    r"^\s+(?:chi thi|de nghi|yeu cau|ket luan|co y kien|thong bao|giao|ban hanh)\b"
)


# "a) Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường" under "1. Sở Công Thương": the
# role the body above takes in the items below, naming no body to lead them
# (the role alone, or with whom: not "- Phối hợp hướng dẫn ...", a task of its own)
_ROLE = re.compile(r"^(?:chu tri\s*,?\s*)?phoi hop(?:\s+voi\s[^.;:]{3,200})?\s*:?\s*$")


def role_partners(block: Block, lead: str, find: MentionFinder) -> list[str] | None:
    """The partners a heading that only gives the body above its role names ("b) Phối hợp
    với X, Y"), None for any other heading."""
    if not _ROLE.match(block.folded):
        return None
    return assign_units(block.text, find, lead, block.folded).coordinating


# "9.1. Đối với các cơ sở sản xuất có lưu lượng xả bụi ... lớn:": the bodies its items concern
# (bodies by their kind: not "Đối với các trường hợp vi phạm:", a case)
_CONCERNS = re.compile(
    r"^Đối với\s+(?P<who>các\s+(?:cơ sở|đơn vị|doanh nghiệp|nhà máy|cơ quan|tổ chức|chủ đầu tư|"
    r"hợp tác xã|bệnh viện|trường học|hộ)\b[^.;:]{0,200}?)\s*:\s*$",
    re.IGNORECASE,
)


def concerned_bodies(block: Block) -> str | None:
    """The plural a heading "Đối với các X:" names whole, as written, under a body's heading:
    the items below are X's tasks; None for any other heading."""
    m = _CONCERNS.match(block.text.strip(" *"))
    if m is None or block.marker in (None, "article"):
        return None
    return squash(_GLOSS_LAST.sub("", m.group("who")))  # "(theo danh sách gửi kèm)": no name


_GLOSS_LAST = re.compile(r"\s*\([^()]*\)\s*$")


# "Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo ...", "... các tỉnh từ Hà Tĩnh đến
# Khánh Hòa", "các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn ...": which bodies
# of a kind are meant, part of the name up to its verb (what they have, not "có trách nhiệm")
_QUALIFIER = re.compile(
    rf"\s+(?:tại\s+)?khu vực\s|\s+từ\s+(?=[{CAPITAL}])|"
    r"\s+có\s+(?:hoạt\s+động|nhu\s+cầu|dự\s+án|sử\s+dụng|vốn|người\s+lao\s+động)\s"
)
# a title over the bodies' duties, "Trách nhiệm của ", "Nhiệm vụ của ", its bodies next
_DUTIES_TITLE = re.compile(
    r"(?:Trách nhiệm|Nhiệm vụ|trách nhiệm|nhiệm vụ)(?:(?:\s*,\s*|\s+và\s+)quyền hạn)? của\s+$"
)
# "... trong quản lý, sử dụng ...": the field in which those bodies are meant (not "trong
# việc ...", what the duties are about)
_SCOPE = re.compile(r"\s+trong\s+(?!đó\b|phạm vi\b|việc\b)")
# "các đơn vị nêu trên", "đơn vị nói trên": the bodies the letter named above
_NAMED_ABOVE = re.compile(r"\s+(?:nêu|nói) trên\b")


def qualified(name: str, text: str) -> str:
    """A plural body's name with the qualifier that follows it in ``text``, if any."""
    at = text.find(name)
    end = at + len(name)
    above = _NAMED_ABOVE.match(text, end) if at >= 0 else None
    if above is not None:
        return name + text[end : above.end()]  # "yêu cầu đơn vị nêu trên thực hiện ...:"
    if at < 0 or " các " not in f" {name} ":
        return name
    if _DUTIES_TITLE.search(text, 0, at) and _SCOPE.match(text, end):
        # "Điều 15. Trách nhiệm của các cơ quan, đơn vị trong quản lý, sử dụng Hệ thống ...":
        # the title's words after the bodies say which of them are meant
        return squash(text[at:]).rstrip(" .:;*")
    which = _QUALIFIER.match(text, end)
    if which is None:
        return name
    verb = PREDICATE.search(text, which.end())
    has = which.group().lstrip().startswith("có")
    if verb is None or (has and re.search(r"[,;:.]", text[end : verb.start()])):
        return name  # what they have runs into another clause: "có" was the verb
    return squash(text[at : verb.start()]).rstrip(" ,;")


def heading_units(block: Block, find: MentionFinder, ours: bool = True) -> Assignment | None:
    """The units a heading assigns its items to (see ``_heading_units``); an article's heading
    that names none so is read again after its label: "Điều 3. Sở X có trách nhiệm thực hiện
    các nhiệm vụ dưới đây ...:", the one body that opens it is the subject of the items below
    (several bodies there share the items, each item's own words saying whose it is)."""
    if block.marker is not None and setting_title(block.folded):
        return None  # ("II. ĐƠN VỊ TỔ CHỨC - THỜI GIAN - ĐỊA ĐIỂM": the event's setting)
    place = _AT_BODIES.match(block.text) if block.marker not in (None, "article") else None
    where = block.text[place.end() :].strip(" :.") if place else ""
    names = bodies_by_shape(where) if where else []
    if names and ", ".join(names) == where:
        # "2.2. Tại Cục Thuế, Chi cục Thuế": the bodies where the items are done, the first
        # leading
        found = assignment(names, find, ours)
        return Assignment(found.lead, found.coordinating, found.unknown) if found else None
    units = _heading_units(block, find, ours)
    cut = article_label(block.folded) if block.marker == "article" else 0
    if units is None and cut and block.text.rstrip().endswith(":"):
        again = _heading_units(Block(None, block.text[cut:], block.folded[cut:]), find, ours)
        units = again if again is not None and not again.coordinating else None
    label = _LABEL_HANDS.match(block.text) if units is None and block.marker else None
    if label is not None:  # "- Giải pháp thực hiện: Giao X chủ trì, thực hiện:": X's items
        units = _heading_units(
            Block(None, block.text[label.end() :], block.folded[label.end() :]), find, ours
        )
    # (a numbered one's first sentences its own task: "1. Giao X lập Tổ Y. Tổ Y có trách nhiệm:")
    last = duty_sentence(block.text) if units is None or block.marker else 0
    if last and block.marker != "article":
        # "Tổ công tác do ... làm Tổ trưởng. Ban X có trách nhiệm:": what stands before the
        # intro's last sentence tells of the body; that sentence alone hands the items on
        again = _heading_units(Block(None, block.text[last:], block.folded[last:]), find, ours)
        units = again or units
    if units is None and (body := run_on_body(block)) is not None:
        units = assignment([body], find, ours)  # "2. Khai báo ... Chi cục X hướng dẫn ...:"
    return units


_AT_BODIES = re.compile(r"^Tại\s+(?=\S)")
# An item's short label, then the hand-over whose items follow ("Giải pháp thực hiện: Giao ...")
_LABEL_HANDS = re.compile(r"^[^:;.()]{3,40}:\s*(?=Giao\s)")


def _heading_units(block: Block, find: MentionFinder, ours: bool) -> Assignment | None:
    """The units a heading assigns its items to.

    Names the directory or the list of public bodies knows come first; failing them, a
    heading that is nothing but a body's name ("1. Ủy ban nhân dân các xã, phường:")
    names its bodies by shape. A group such as "các sở, ban, ngành" includes the
    organisation itself when the letter comes from its own province (``ours``): then the
    organisation's addressee takes the items, as before.
    """
    alternatives = _alternatives(block)
    if alternatives:
        return assignment(alternatives, find, ours)
    cut = article_label(block.folded)
    duties = _DUTIES.match(block.folded, cut)
    if duties is not None and block.text.rstrip().endswith(":"):
        # "Điều 2. Nhiệm vụ của Ban Chỉ đạo:": the body the decision sets up does the items
        name = squash(block.text[duties.end() :]).rstrip(" :.")
        return Assignment(name, [], [name]) if name else None
    mentions = find(block.text, block.folded)
    intro = block.marker is None and block.text.rstrip().endswith(":")
    # (or a numbered item that ends by asking: "2.2. Trường hợp ..., đề nghị Cơ quan thuế các
    # cấp thực hiện như sau:")
    intro = intro or (block.text.rstrip().endswith(":") and bool(_ASKS_LAST.search(block.folded)))
    if intro and not any(m.part == Part.LEAD for m in mentions):
        addressed = intro_addressee(block, find, ours)
        if addressed is not None:
            return addressed
    if not any(m.part in (Part.LEAD, Part.SUBJECT) for m in mentions):
        # ("Điều 14. Trách nhiệm của Sở X", "Điều 3. Giám đốc Sở X:": whose duties it lists)
        rest = block.text[cut:]
        title = rest if DUTIES_OF.match(rest) or TITLES.match(rest) else block.text
        if intro:
            return None
        # ("Điều 2. Sở Khoa học và Công nghệ có trách nhiệm:": the article's label is no name)
        named = assignment(bodies_by_shape(title), find, ours)
        return named if named or not cut else assignment(bodies_by_shape(rest), find, ours)
    if (
        block.marker is None
        and all(
            m.part != Part.LEAD
            and (
                m.part != Part.SUBJECT
                or _ASKS_AFTER.match(block.folded[m.end :])
                # "Cục Thuế sẽ tạm dừng các chức năng sau:": what the writer itself will do
                or NARRATIVE_AFTER.match(block.folded[m.end :])
            )
            for m in mentions
        )
    ):
        return None
    units = assign_units(block.text, find, None, block.folded)
    # "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội:"
    lead_at = next((m.end for m in mentions if m.name == units.lead), None)
    mass = MASS_ORGANISATIONS.search(block.text, lead_at) if lead_at is not None else None
    if mass is not None and re.match(r"\s*(?:,|và)\s*$", block.text[lead_at : mass.start()]):
        units.coordinating.insert(0, squash(mass.group()))
    return _all_listed(block, units, find, ours) or units


def _all_listed(
    block: Block, units: Assignment, find: MentionFinder, ours: bool
) -> Assignment | None:
    """ "1. Giám đốc Sở X, Chủ tịch Ủy ban nhân dân cấp xã:": a heading of names alone, some of
    which the finder does not know; every body it lists, the first leading."""
    names = heading_bodies(block.text[article_label(block.folded) :])
    if units.lead is None or len(names) <= 1 + len(units.coordinating):
        return None
    listed = assignment(names, find, ours)
    return listed if listed is not None and listed.lead == units.lead else None


def named_again(block: Block, nxt: Block | None, unit: Assignment | None) -> Assignment | None:
    """A lettered heading that only lists kinds of bodies no directory knows (``unit`` reads
    them as joint leads), over a paragraph that opens by naming them again ("d) Các tổ chức ...
    và doanh nghiệp" / "Các tổ chức ... và doanh nghiệp theo chức năng ..."): the whole list,
    as the heading writes it, is the one lead; else ``unit``."""
    if unit is None or not unit.joint or unit.lead is None or block.marker in (None, "article"):
        return unit
    if nxt is None or nxt.marker is not None or not set(unit.unknown) >= {unit.lead, *unit.joint}:
        return unit
    name = squash(block.text).rstrip(" :.")
    if not squash(nxt.text).startswith(name):
        return unit
    return Assignment(name, [], [name])


# a numbered item's last clause that asks bodies for the items below ("..., đề nghị X thực hiện
# như sau:")
_ASKS_LAST = re.compile(
    r"(?:^|,\s)(?:de nghi|yeu cau)\s[^.;:,]{3,80}\s(?:thuc hien )?nhu sau\s*:\s*$"
)
# "Nhiệm vụ của Ban Chỉ đạo:", "Nhiệm vụ, quyền hạn của Tổ công tác:"
_DUTIES = re.compile(r"\s*nhiem vu(?:,? (?:va )?quyen han)? cua\s+(?=\S)")


def _alternatives(block: Block) -> list[str]:
    """ "3. Sở Văn hóa, Thể thao và Du lịch/Sở Văn hóa và Thể thao tỉnh, thành phố": one body
    under the names it bears from place to place, kept as written."""
    if "/" not in block.text or block.marker in (None, "article"):
        return []
    bodies = heading_bodies(block.text)
    names = bodies[0].split("/") if len(bodies) == 1 else []
    return bodies if len(names) > 1 and all(STARTS_BODY.match(n.strip()) for n in names) else []
