"""Whether a line runs on from the one above it or opens a paragraph of its own: a line
wrapped mid-sentence, a page cut at a fixed width (a name's hyphen at a line's end, a
section's title short of the width), an item's list of bodies going on past its ";" or a
topic line over the sentence under it. ``blocks`` asks these as it cuts the body.
"""

from __future__ import annotations

import itertools
import re
from typing import Protocol

from directives.parser.bodies import STARTS_BODY, TITLES, VERBS, heading_bodies
from directives.parser.clean import is_upper_line
from directives.parser.letters import CAPITAL
from directives.parser.name_words import name_part
from directives.parser.qualified_plurals import qualified_plural
from directives.parser.subject_ends import LOWER_VERB, PREDICATE
from directives.parser.subject_kinds import semicolon_names

# Words a sentence cannot end on: a line ending with one was wrapped mid-sentence.
OPEN_ENDING = re.compile(
    r"(?:^|\s)(?:của|và|với|các|cho|tại|về|theo|trong|để|đến|từ|những|được|là|có|"
    r"hoặc|như|thuộc|đối|số|ngày|tháng|năm|bằng|qua|vào|nhằm|gồm|giữa|trên|dưới|"
    r"sau|trước|đã|đang|sẽ|chưa|cùng|do|bởi|mà|nếu|khi|thì|hơn|nhất|rất|"
    # a body's name broken after its organ's word: "Điều 2. Sở" / "Công Thương có trách nhiệm"
    r"(?-i:Sở|Bộ|Cục|Chi cục|Ủy ban|Uỷ ban|UBND|"
    # or after a head's title: "2. Bộ trưởng" / "Bộ Giáo dục và Đào tạo chỉ đạo ..."
    r"Bộ trưởng|Thủ trưởng|Giám đốc|Chủ tịch|Cục trưởng))$",
    re.IGNORECASE,
)
# (a match is a space and one of those words, "Thủ trưởng" the longest, and maybe the line's
# last "\n": it lies in the text's last 12 characters, where the search starts)
_OPEN_REACH = 12


def open_ending(text: str) -> bool:
    """``text`` ends with a word a sentence cannot end on (``OPEN_ENDING``)."""
    return OPEN_ENDING.search(text, max(0, len(text) - _OPEN_REACH)) is not None


class _Item(Protocol):
    """The item a line may run on into (``blocks.Block``): its marker, its first line and
    the lines already wrapped from it."""

    marker: str | None
    text: str
    parts: list[str]


# "b) Về ...": an item's topic; "Đề nghị ...", "Yêu cầu ...", "Giao ...": a request under it
_TOPIC = re.compile(r"Về\s")
_ASKS = re.compile(r"(?:Đề nghị|Yêu cầu|Giao)\s")
_HANDS = re.compile(r"^Giao\s+")
# a sentence's own first words, capitalised: a lead verb or its purpose
_OWN_OPENING = re.compile(r"(?:Đề nghị|Yêu cầu|Để|Nhằm)\s")
# a line that is only a lead verb after its marker ("3. Đề nghị"): no sentence ends there
_BARE_ASK = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*|[a-zđ]\)\s*|-\s*)?(?:Đề nghị|Yêu cầu|Giao)$"
)
# nor on the asker and its verb ("5. Chính phủ trân trọng đề nghị"; not the letter's close), and
# no title ends there either (a plan's "2. Yêu cầu" is one)
_ASKER_ASKS = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*|[a-zđ]\)\s*|-\s*)?"
    r"(?!Trân trọng)[^\W\d_][^.;:!?]{1,80}\s(?:đề nghị|yêu cầu|giao)$"
)
_FOR = re.compile(r"^Đối với\s+")
_CONCERNED = re.compile(r"\s+(?:khác\s+)?(?:có\s+)?liên quan$")


def hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width: many lines run on with a lower-case letter."""
    filled = [line for line in lines if line]
    runs = sum(
        1
        for a, b in itertools.pairwise(lines)
        if a and b and b[0].islower() and not a.endswith((".", ";", ":"))
    )
    return runs >= max(5, len(filled) // 6)


def full_width(lines: list[str]) -> int:
    """How long a line cut at the page's width is: nine in ten lines are no longer."""
    lengths = sorted(len(line) for line in lines if line)
    return int(lengths[int(len(lengths) * 0.9)] * 0.9) if len(lengths) >= 10 else 0


def restates(title: str, line: str) -> bool:
    """``line``, opening with a capital, says again the first words (two or more) of the item's
    ``title`` above it, or the whole title: "(3) Thực hiện phân công, ... trên Cổng TMĐT HKD" /
    "Thực hiện phân công, ... trên Cổng TMĐT HKD theo hướng dẫn ...": the paragraph under the
    title, not more of it."""
    if len(line.split()) < 2 or len(title.split()) < 4 or not line[:1].isupper():
        return False
    # (not a sentence that opens the list under the title: "3. Hình thức đào tạo, bồi dưỡng" /
    # "Hình thức đào tạo, bồi dưỡng ... gồm các hình thức sau:", one heading)
    return title.startswith(line + " ") or (
        line.startswith(title + " ") and not line.rstrip().endswith(":")
    )


def continues(previous: str, line: str, hard_wrapped: bool = False) -> bool:
    """A line wrapped from the one before (not a new paragraph).

    On a hard-wrapped page (a web page's fixed width) a line that does not end a
    sentence always runs on, whatever letter the next one starts with.
    """
    if is_upper_line(previous):
        return False
    asks = _BARE_ASK.match(previous) or _ASKER_ASKS.match(previous)
    if asks and (STARTS_BODY.match(line) or TITLES.match(line)):
        return True  # "3. Đề nghị" / "Cục trưởng Cục Thuế ... triển khai ...": whom it asks
    if _ENACTS.search(line) and is_upper_line(line):
        return False  # "- Để ..., " / "QUYẾT ĐỊNH": the enacting words, a line of their own
    if line[0].islower():
        return True  # "... các vấn đề còn tồn đọng như:" / "tài sản công dôi dư, ...": one sentence
    if previous.endswith(":"):
        return False
    if line[0].isdigit():
        return True
    if previous.rstrip('”"').endswith((".", ";", "!", "?", "…")):
        # (or a quotation's last sentence: "... trừ Hiến pháp.”"; or a list's ellipsis, as
        # "..." ends one: "+ Các tài liệu khác: hóa đơn, chứng từ …" / "Bên đặt hàng ...")
        return False
    if _COURTESY.match(line):
        return False  # "Trân trọng đề nghị./": the letter's close, a paragraph of its own
    if not hard_wrapped and len(previous) >= _PARAGRAPH_LINE:
        return False  # (a line no page's width holds: a web page's paragraph, its stop lost)
    if title_then_subject(previous, line):
        return False
    return hard_wrapped or len(previous) >= 60 or open_ending(previous)


# The enacting words after a decision's grounds, the enacting body's title before them or not
_ENACTS = re.compile(r"QUYẾT ĐỊNH\s*:?\s*$")
# an item's title ("4. Thực hiện cập nhật ...", "2.3.") and a plural of bodies opening a
# sentence, with a capital no word inside one takes ("Các đơn vị được giao ...")
_ITEM_TITLE = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s+\S")
_PLURAL_SUBJECT = re.compile(r"^Các\s+(?:đơn vị|cơ quan|Vụ|Cục|Sở|Bộ|sở|bộ|ban|ngành|địa phương)\b")


def title_then_subject(previous: str, line: str) -> bool:
    """``line`` opens the paragraph under an item's title that has no stop: its sentence's
    subject a plural of bodies, the title not left open ("... về pháp luật" / "Các đơn vị
    được giao chủ trì soạn thảo ... có trách nhiệm ...")."""
    return (
        _ITEM_TITLE.match(previous) is not None
        and (_PLURAL_SUBJECT.match(line) is not None or qualified_plural(line) is not None)
        and not open_ending(previous)
        and not previous.rstrip().endswith((",", ";", ":", "-"))
    )


# The courtesy close alone on its line: "Trân trọng./.", "Trân trọng cảm ơn!", "Trân trọng đề
# nghị./"
_COURTESY = re.compile(r"^Trân trọng(?: (?:đề nghị|cảm ơn|kính chào))?\s*(?:\./\.?|\.|!)?$")
# a ground's opening, a place and the date ("Căn cứ Luật ...", "TP. Hồ Chí Minh, ngày 5 ...")
_OWN_LINE = re.compile(
    rf"(?:Căn cứ|Xét đề nghị|Theo đề nghị)\s|(?:TP\.\s?)?[{CAPITAL}]\w*(?:\s[{CAPITAL}]\w*){{0,3}},"
    r"\s*ngày\s+\d"
)


def own_line(previous: str, line: str) -> bool:
    """``line`` opens a paragraph whatever ``previous`` ends with: a ground, the place and the
    date, a title in capitals under mixed case (blank line above it or not)."""
    if _OWN_LINE.match(line) is not None:
        return True
    # (under a line in capitals with a code in it, "SỐ 766/QĐ-TTg ... CỦA THỦ", it goes on)
    return is_upper_line(line) and sum(map(str.islower, previous)) > sum(map(str.isupper, previous))


# A line longer than any printed page's width: a paragraph as a web page gives it, on one line
_PARAGRAPH_LINE = 240


_ARTICLE_NUMBER = re.compile(r"^[\s*_]*Điều\s+\d+\s*[.:]?")
# an article's title: a few words, the first capitalised, no sentence's stop or lead verb in it
_ARTICLE_TITLE = re.compile(
    r"(?!(?:Giao|Đề nghị|Yêu cầu|Ủy quyền|Uỷ quyền|Quyết định|Phê duyệt|Ban hành|Công bố)\b)"
    rf"[{CAPITAL}][^\s.,;:()*]*(?: [^\s.,;:()*]+){{1,7}}"
)


def title_line(current: _Item, previous: str, line: str, full: int) -> bool:
    """ "4. Trách nhiệm phối hợp trong tổ chức thực hiện" / "Các Bộ: Y tế, ... có trách nhiệm
    ...": on a page cut at a fixed width, a numbered section's title (its first line, ``previous``)
    that stops well short of the width (no number, no open word at its end) and a line under it
    that opens on a body's name: the section's own paragraph, not more of its title."""
    # ("Điều 29. Trách nhiệm Ban Quản lý ..., khu vực" / "Quản lý cụm ...", on any page)
    duties = current.marker == "article" and not current.parts and line[:1].isupper()
    if duties and _duties_title(_ARTICLE_NUMBER.sub("", current.text).strip(" *_"), line):
        return True
    if not full or not (current.marker or "").startswith(("num", "article")):
        return False
    # ("Điều 2. Tổ chức thực hiện" / "Công ty X phối hợp ...": an article's title alike)
    title = current.text
    if current.marker == "article":
        title = _ARTICLE_NUMBER.sub("", title).strip(" *_")
        if not _ARTICLE_TITLE.fullmatch(title) or STARTS_BODY.match(title) or TITLES.match(title):
            return False  # ("Điều 3. Bộ Xây dựng chịu" / "trách nhiệm ...": its first sentence)
    short = len(previous) <= full * 0.75 and not any(ch.isdigit() for ch in title)
    end = previous.rstrip()
    closed = (
        not end.endswith((",", ";", ".", ":", "-", "("))
        and not open_ending(end)
        and end.count("(") <= end.count(")")  # "5. Các chủ rừng là tổ chức (các" runs on
        and not _ASKER_ASKS.match(end)  # ("5. Chính phủ trân trọng đề nghị" / "Ủy ban ...")
    )
    # ("Giao Công ty X phối hợp ...": the task handed to the body, under the title alike; and
    # "Thủ trưởng cơ quan Thuế các cấp, ...": the body's head, the body after the title)
    head = TITLES.match(line)
    opens = (
        STARTS_BODY.match(line)
        or STARTS_BODY.match(_HANDS.sub("", line, count=1))
        or (head is not None and STARTS_BODY.match(line, head.end()))
    )
    return short and closed and line[:1].isupper() and bool(opens)


def short_title(current: _Item, previous: str, line: str, full: int) -> bool:
    """ "c) Các hoạt động chính" / "Căn cứ tình hình thực tế, ...": on a page cut at a fixed
    width, an item's one line under two fifths of the width, closed, with no verb and no body, is
    a title; a line under it in capitals opens its paragraph (no blank line needed between)."""
    if not full or current.marker in (None, "table", "article") or current.parts:
        return False
    end = previous.rstrip()
    return (
        len(previous) <= full * 0.4
        and line[:1].isupper()
        and not end.endswith((",", ";", ".", ":", "-", "("))
        and not open_ending(end)
        and not VERBS.search(current.text.lower())
        # (not a body's name the width may cut: "4.6. Văn phòng" / "Trung ương Đảng ...")
        and not heading_bodies(current.text)
        and not _name_cut(end)
    )


# "Trách nhiệm Sở X", "Trách nhiệm của Ban Y, khu vực": a title over a body's duties
_DUTIES = re.compile(r"Trách nhiệm(?: của)? (?=\S)")
# (not one its line's end leaves open: "Trách nhiệm của Sở Văn hóa, Thể thao và" / "Du lịch")
_OPEN_NAME = re.compile(r"(?:,|\bvà|\bcác|\bcủa)$")


def _duties_title(title: str, line: str) -> bool:
    """An article's whole title over the duties of the bodies it names (by role too: "... của đơn
    vị đầu mối"; or as ``line`` names them again: "... của giảng viên" / "Giảng viên có ...")."""
    m = _DUTIES.match(title)
    end = title.rstrip()
    if m is None or _OPEN_NAME.search(end):
        return False
    who = end[m.end() :]
    again = len(who) > 3 and line[: len(who) + 1].lower() == f"{who.lower()} "
    return bool(again or heading_bodies(who) or STARTS_BODY.match(end, m.end()))


def topic_line(current: _Item, previous: str, line: str, full: int) -> bool:
    """ "b) Về chi phí thực hiện thu hồi, bồi thường" / "Đề nghị Chủ đầu tư ...": a lettered
    item's topic on a line the next line's first word would have fitted on, a sentence under it."""
    fits = len(previous) + 1 + len(line.split(maxsplit=1)[0]) <= full
    short = bool(full) and fits and not current.parts
    topic = bool(_TOPIC.match(current.text)) and current.marker == "letter"
    # (or a numbered one, "1. Về đánh giá tình hình ... đến nay" / "Tình hình thế giới ...", its
    # line no name the width cut, "7. Về dự án ... Sơn La - Điện" / "Biên ...", nor an inline
    # topic, "3. Về tập huấn: Sở" / "Khoa học ...")
    numbered = bool(_TOPIC.match(current.text)) and (current.marker or "").startswith("num")
    topic = topic or (numbered and ":" not in previous and not _name_cut(previous.split()[-1]))
    # (not a topic whose name runs on to its colon: "c) Về việc ... tuyến ống Cái" / "Mép-Phú
    # Mỹ: Ủy ban nhân dân ...")
    # (or "1. Về thuế giá trị gia" / "tăng" / "Đề nghị Thuế tỉnh X ...": the request under it)
    words = " ".join([current.text, *current.parts])
    asks = current.marker not in (None, "article") and len(words) <= 80 and bool(_ASKS.match(line))
    asks = asks and bool(_TOPIC.match(current.text)) and not any(ch in words for ch in ".:;")
    return (short and topic and line[:1].isupper() and ":" not in line) or bool(asks)


def names_then_task(current: _Item, previous: str, line: str) -> bool:
    """ "1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" / "Tập trung chỉ đạo ...": a numbered
    line that only names bodies is the heading of the paragraph under it, however the page
    wraps its lines."""
    if current.marker in (None, "dash", "plus", "star", "table") or not line[0].isupper():
        return False
    heading = " ".join([current.text, *current.parts]).strip()
    # ("d) Các tổ chức ... và doanh nghiệp" / "Các tổ chức ... và doanh nghiệp tùy theo ...": the
    # paragraph opens by naming them again)
    if len(heading) > 20 and line.startswith(heading) and heading_bodies(heading):
        return True
    if _OWN_OPENING.match(line) and not previous.endswith((",", ";", ":", ".")):
        # "3. Các tổ chức chủ công trình ... trên địa bàn tỉnh" / "Yêu cầu các tổ chức ...", "5.
        # Đề nghị Ủy ban nhân dân các xã, phường" / "Để thống nhất ...": a sentence of its own
        # opens under a heading that names bodies whole
        # (or whom its items concern: "4. Đối với Uỷ ban nhân dân cấp xã, các trường phổ thông")
        named = _FOR.sub("", _ASKS.sub("", heading, count=1), count=1)
        return heading_bodies(named) == [named]
    # (or a verb that opens a name in capitals, first in its list: "Tuyên truyền, triển khai ...")
    if not PREDICATE.match(line) and not LOWER_VERB.match(line[:1].lower() + line[1:40]):
        return False  # "5. Đài Truyền hình Việt" / "Nam, Thông tấn xã ...": the name runs on
    if previous.endswith((",", ";", ":", ".")):
        return False
    heading = " ".join([current.text, *current.parts]).strip()
    # ("... và các đơn vị khác có liên quan": a group's qualifier after its name; "Đề nghị Ủy
    # ban Mặt trận ...": the body the letter asks, named all the same)
    named = _CONCERNED.sub("", _ASKS.sub("", heading, count=1) if _ASKS.match(heading) else heading)
    # (or bodies set apart by ";", each whole: "3.3. Sở X; Sở Y; Sở Z các tỉnh" / "Rà soát ...")
    listed = bool(semicolon_names(named + ";"))
    return listed or (name_part(named) == named and bool(heading_bodies(heading)))


def names_run_on(current: _Item, previous: str, line: str) -> bool:
    """ "3. Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;" / "Ủy ban nhân dân các tỉnh ...
    khẩn trương ...": the item's list of bodies goes on past the line's ";"."""
    if current.marker in (None, "table") or not previous.endswith((";", ",")):
        return False
    # (or a body under its head's title: "1. Giám đốc Sở X," / "Chủ tịch Ủy ban nhân dân ...:")
    if not line[0].isupper() or not STARTS_BODY.match(TITLES.sub("", line, count=1)):
        return False
    heading = " ".join([current.text, *current.parts]).strip(" ;,")
    # (or rooms set apart by ";", a comma of a room's own name: "Phòng Quản lý hộ kinh doanh,
    # cá nhân và thu khác; Phòng ...;" / "Phòng Công nghệ thông tin có trách nhiệm ...")
    listed = bool(semicolon_names(heading + ";"))
    return listed or (name_part(heading) == heading and bool(heading_bodies(heading)))


# "2. Trách nhiệm của các Sở:" / "Xây dựng, Tài chính, Nội vụ.": a shared prefix over the
# names the page set on the next line
_PREFIX_END = re.compile(r"(?:^|\s)các\s+(?:bộ|sở|cục|ban)\s*:$", re.IGNORECASE)
_NAME = rf"[{CAPITAL}]\w*(?:\s+\w+){{0,5}}"
_NAMES = re.compile(rf"^{_NAME}(?:\s*(?:,|\svà)\s+{_NAME})+\s*[.;]?$")


def shared_names_below(current: _Item, previous: str, line: str) -> bool:
    """The names of a shared prefix at an item's end go on the next line ("các Sở:" /
    "Xây dựng, Tài chính, Nội vụ."): one heading, not a paragraph of its own."""
    if current.marker in (None, "table") or not _PREFIX_END.search(previous):
        return False
    m = _NAMES.match(line)
    # (a verb in lower case makes it a sentence; "Xây dựng" capitalised names a body)
    verbs = (v.group() for v in PREDICATE.finditer(line))
    return m is not None and not any(v[:1].islower() for v in verbs)


def _name_cut(line: str) -> bool:
    """The line ends in a name ("..., Công nghiệp"), which the page's width may have cut."""
    return any(word[:1].isupper() for word in line.split()[-2:])


_YEAR_ENDS = re.compile(r"\b(?:19|20)\d\d$")
_YEAR_OPENS = re.compile(r"(?:19|20)\d\d\b(?![/.]\d)")


def hyphen_wrapped(current: _Item | None, previous: str, rest: str, full: int) -> bool:
    """On a hard-wrapped page a "-" line under a sentence that has not ended is the hyphen of a
    name cut at the line's end ("Ninh Bình - Hải Phòng"), not a list item; under an item too when
    a lower-case word follows it ("tổ chức chính trị" / "- xã hội") or the line above fills the
    width, not far past it (a bold title set whole on one line: no width cut it)."""
    cut = bool(full) and full <= len(previous) <= full * 1.3 and _name_cut(previous)
    # ("7. Ban Quản lý ... tỉnh Lào Cai" / "- Thực hiện quản lý ...": an item opens with a verb)
    cut = cut and not VERBS.match(rest)
    # "... cho giai đoạn 2026" / "- 2030, tập trung ...": a span of years cut at its dash
    cut = cut or bool(_YEAR_ENDS.search(previous) and _YEAR_OPENS.match(rest))
    return (
        current is not None
        and (current.marker is None or rest[:1].islower() or cut)
        and bool(previous)
        and not previous.endswith((".", ";", ":", "!", "?"))
        and not is_upper_line(previous)
    )


def long_title_ends(current: _Item, previous: str, line: str, full: int) -> bool:
    """ "6. Nguồn tài chính, ..., thực hiện nhiệm" / "vụ quyền hạn ..., khoa học," / "công nghệ,
    đổi mới sáng tạo và chuyển đổi số" / "Theo nội dung ...": on a page cut at a fixed width, a
    numbered section's title run over lines, with no mark of a sentence in it, whose last line
    stops where the next line's first word would have fitted, unclosed: the paragraph under it
    opens with a capital, no more of the title."""
    if not full or not (current.marker or "").startswith("num") or not current.parts:
        return False
    words = " ".join([current.text, *current.parts])
    end = previous.rstrip()
    fits = len(previous) + 1 + len(line.split(maxsplit=1)[0]) <= full
    # ("... chuyển đổi số": the digital shift, its "số" no number's "số" left open)
    closed = not end.endswith((",", "-", "(", "và"))
    closed = closed and (not open_ending(end) or _DIGITAL.search(end) is not None)
    # (a title names its matter: no figure, no mark of a sentence, no work it opens with, as
    # "1. Hiệu chỉnh Phương án số 01/PANM ... được duyệt" / "Theo ..." is an item's own task)
    plain = (
        len(words) <= 300 and not any(ch in words for ch in ".:;()/") and not _FIGURE.search(words)
    )
    plain = plain and not (VERBS.match(words) or _ASKS.match(words) or STARTS_BODY.match(words))
    # ("2. Giao ..., Tổ đại biểu ... và đại biểu" / "Hội đồng nhân dân ...": a name runs on)
    plain = plain and not STARTS_BODY.match(line)
    plain = plain and _LISTED_MATTERS.match(words) is not None
    return fits and closed and plain and line[:1].isupper()


_DIGITAL = re.compile(r"\bchuyển đổi số$", re.IGNORECASE)
_FIGURE = re.compile(r"\d")
# "Nguồn tài chính, nguồn nhân lực, việc phân cấp, ...": the matters a title lists, by commas
_LISTED_MATTERS = re.compile(r"^[^,]{3,40},[^,]{3,60},")
