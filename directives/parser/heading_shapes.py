"""The bodies a heading names by its shape when neither the directory nor the list of public
bodies knows them: whose duties it titles ("Trách nhiệm của X", "Yêu cầu đối với X"), a
subject that leads with a partner ("Thủ trưởng các đơn vị chủ trì, phối hợp với BHXH tỉnh"), a
title over a group ("Thủ trưởng các cơ quan ... thuộc Bộ"), a body's name, or the bodies whose
heads it addresses one group a ";" ("Bí thư tỉnh ủy, thành ủy; Chủ tịch Ủy ban nhân dân các
tỉnh ..."); the organisations and people concerned after a group are no body of their own."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY, heading_bodies
from directives.parser.name_words import name_part
from directives.parser.subjects import subject_bodies


def bodies_by_shape(text: str) -> list[str]:
    """The bodies a heading names by its shape alone (see the module's docstring); none when
    it is shaped as none of them."""
    text = _focus_cut(text.strip(" *:."))
    named = _CONCERNED_TAIL.sub("", text)
    # (not "Các tổ chức, cá nhân liên quan" itself: the group of those concerned is the body)
    text = text if _CONCERNED_KIND.fullmatch(named) else named
    duties = DUTIES_OF.match(text)
    if duties is not None:
        # "Trách nhiệm của đối tượng thực hiện kiểm kê": whose duties follow, named as written
        who = _GLOSS_END.sub("", duties.group("who")).strip(" ,")
        # (its gloss in brackets weighed with it: "X (chính quyền cấp cơ sở)" is X as written)
        whole = f"{who}{duties.group('gloss') or ''}"
        glossed = heading_bodies(whole) if whole != who else []
        return glossed if glossed == [whole.strip()] else heading_bodies(who) or [who]
    led = _leads_with_partner(text)
    if led:
        return led
    concerned = _concerned(text)
    if concerned:
        return concerned
    bodies = heading_bodies(text)
    if bodies == [text]:
        return kinds_apart(text)
    return _titled_group(text) or bodies or subject_bodies(text) or _offices(text)


# "2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Phú Yên tập trung:": the
# heading's own verb after a place's name or a kind of body, its items what they focus on (not
# "Khu xử lý nước thải tập trung", a works that is concentrated)
_FOCUS = re.compile(r"\s+tập trung$")
_PLACE_OR_KIND = frozenset(
    ["tỉnh", "phố", "huyện", "quận", "xã", "phường", "phương", "ngành", "vị", "quan"]
)


def _focus_cut(text: str) -> str:
    """``text`` without the "tập trung" that ends it as the heading's verb."""
    focus = _FOCUS.search(text)
    last = text[: focus.start()].split()[-1:] if focus else []
    if focus and last and (last[0][:1].isupper() or last[0] in _PLACE_OR_KIND):
        return text[: focus.start()]
    return text


# The kinds of body a plural heading lists, each family of them one group ("sở, ban, ngành",
# "bộ, cơ quan ngang bộ", "cơ quan, đơn vị"): "ngành" joins the kind before it whatever it is
_FAMILIES = (
    ("sở", "ban", "đoàn thể"),
    ("bộ", "cơ quan ngang bộ", "cơ quan thuộc chính phủ"),
    ("cơ quan", "đơn vị", "tổ chức", "cá nhân"),
    ("địa phương",),
    ("hiệp hội", "hội"),
    ("doanh nghiệp", "nhà đầu tư"),
)
_ITEM = re.compile(r"\s*,\s+|\s+và\s+")
_PLURAL_HEAD = re.compile(r"^[Cc]ác\s+(?=\S)")


def _family(item: str) -> int | None:
    """Which family of kinds an item of a plural list opens with (None: a kind no family
    holds, or a name: a capital after "các")."""
    bare = _PLURAL_HEAD.sub("", item).lower()
    for at, kinds in enumerate(_FAMILIES):
        if any(bare == k or bare.startswith(f"{k} ") for k in kinds):
            return at
    return None


def kinds_apart(text: str) -> list[str]:
    """ "Các bộ, cơ quan ngang bộ, địa phương và các cơ quan liên quan": a heading listing
    kinds of bodies of several families leads with its first group, the kinds listed with
    commas under the opening "các" ("Các bộ, cơ quan ngang bộ, địa phương"), and the others
    after "và" coordinate, each as written ("các cơ quan liên quan"); "Các Khu Công nghệ cao,
    Khu Công nghệ số tập trung": the organ's word named again opens a body of its own. A list
    without "và" ("Các Sở, ngành, đơn vị liên quan") or of one family is one group, as
    written."""
    opened = _PLURAL_HEAD.match(text)
    if opened is None or " và " not in text:
        return [text]
    organ = text[opened.end() :].split()[0]
    items = _ITEM.split(text)
    # the kinds listed with commas under the opening "các", before any "và", are one body
    # ("Các bộ, cơ quan ngang bộ, địa phương": one lead, as written)
    under_first = len(_ITEM.split(text.split(" và ", 1)[0]))
    groups: list[list[str]] = []
    last: int | None = None
    for at, item in enumerate(items):
        family = _family(item)
        again = organ[:1].isupper() and item.split()[:1] == [organ]
        listed = 0 < at < under_first and not again and family is not None
        if item.lower() == "ngành" or listed or (groups and family is not None and family == last):
            groups[-1].append(item)  # ("sở, ban, ngành": one group)
            last = family if listed else last
            continue
        if family is None and not again and groups:
            return [text]  # a word no kind's: the list is something else (a name, a task)
        groups.append([item])
        last = family
    if len(groups) < 2:
        return [text]
    out = []
    rest = text
    for group in groups:
        # each group as written, from its first item to its last, however joined
        start = rest.index(group[0])
        end = rest.index(group[-1], start) + len(group[-1])
        out.append(rest[start:end])
        rest = rest[end:]
    return out


# "Đề nghị Thủ trưởng các đơn vị chủ trì, phối hợp với BHXH tỉnh, thành phố và các cơ quan,
# đơn vị có liên quan:": the subject leads, the partner named before the plural coordinates
_LEADS_WITH = re.compile(
    r"\s+chủ trì\s*,?\s*phối hợp với\s+(?P<partner>.+?)(?:\s*(?:,|\bvà)\s+các\s.*)?$",
    re.IGNORECASE,
)


def _leads_with_partner(text: str) -> list[str]:
    """The subject of a heading that leads with a partner, then the partner as written;
    none when the heading is not so shaped."""
    m = _LEADS_WITH.search(text)
    bodies = subject_bodies(text) if m is not None else []
    if m is None or not bodies or not text[: m.start()].endswith(bodies[0]):
        return []
    partner = m.group("partner").strip(" ,")
    # a body's name opens with its organ's word or a capital ("BHXH tỉnh, thành phố")
    named = (
        STARTS_BODY.match(partner) or partner[:1].isupper()
    ) and not partner.lower().startswith("các ")
    return [bodies[0], partner] if named else bodies[:1]


# "Trách nhiệm của X" heading the duties of X, whatever X's words ("... (bao gồm cả ...)" says
# what X covers; "... trong việc ..." what the duties are about); "Yêu cầu đối với X" alike
DUTIES_OF = re.compile(
    r"^(?:Trách nhiệm(?:(?:\s*,\s*|\s+và\s+)quyền hạn)? của|(?:Các )?Yêu cầu(?: cụ thể)? đối với|"
    r"Quyền(?: hạn)? và nghĩa vụ của)\s+"
    r"(?P<who>[^.;:()]{3,120}?)(?P<gloss>\s*\([^()]*\))?"
    r"(?:\s+(?:trong|về|đối với)\s+[^.;:]*)?$",
    re.IGNORECASE,
)
_CONCERNS = re.compile(r"^Đối với\s+(?=\S)")


def _concerned(text: str) -> list[str]:
    """ "Đối với Người đứng đầu, tập thể lãnh đạo các phòng, ... thuộc Sở", "Đối với Sở Y tế":
    the bodies a heading's items are for, when it names bodies whole (not "Đối với các trường
    hợp vi phạm", a case)."""
    concerns = _CONCERNS.match(text)
    if concerns is None:
        return []
    rest = text[concerns.end() :]
    if rest[:1].isupper() and STARTS_BODY.match(rest) and heading_bodies(rest) == [rest]:
        return [rest]
    return _titled_group(rest)


_GLOSS_END = re.compile(r"\s*\([^()]*\)$")


# "Bí thư tỉnh ủy, thành ủy; Chủ tịch Ủy ban nhân dân các tỉnh ... tập trung lãnh đạo, ...":
# a long heading addressing office-holders, one group of them per ";"
_OFFICE = re.compile(
    r"^(?:(?:các\s+)?đồng chí\s+)?(?:bí thư|chủ tịch|giám đốc|bộ trưởng|thủ trưởng)\s+",
    re.IGNORECASE,
)

_INNER_TITLE = re.compile(
    r"\s*,\s*(?:thủ trưởng|giám đốc|chủ tịch|bộ trưởng|người đứng đầu)\s+(?=\S)", re.IGNORECASE
)


def _offices(text: str) -> list[str]:
    """The bodies whose heads a heading addresses before its sentence runs on: each group's
    body by name (a party committee's secretary, "Bí thư tỉnh ủy", names no body)."""
    out = []
    for part in text.split(";"):
        title = _OFFICE.match(part.strip())
        bare = part.strip()[title.end() :] if title else ""
        if bare[:1].isupper():
            # "Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành": each title of the list dropped
            name = _INNER_TITLE.sub(", ", name_part(bare))
            if len(name.split()) >= 2:
                out.append(name)
    return out


# "Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan": the organisations and people
# concerned after a named group are no body of their own (", đơn vị liên quan" ends a group of
# kinds: "Các Sở, ngành, đơn vị liên quan")
_CONCERNED_TAIL = re.compile(
    r"(?<=\w)\s*(?:,|\bvà)\s*(?:các\s+)?(?:tổ chức|cá nhân)"
    r"(?:\s*(?:,|\bvà)\s*(?:tổ chức|cá nhân|cơ quan|đơn vị))*\s+(?:có\s+)?liên quan$",
    re.IGNORECASE,
)
_CONCERNED_KIND = re.compile(
    # (or kinds only, the duties of "các cơ quan, đơn vị, tổ chức có liên quan": all of them)
    r"(?:Trách nhiệm của\s+)?(?:các\s+)?(?:tổ chức|cá nhân|cơ quan|đơn vị)"
    r"(?:\s*,\s*(?:tổ chức|cá nhân|cơ quan|đơn vị))*",
    re.IGNORECASE,
)
# "Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ": a title over a group of
# bodies; the whole group leads, whatever words of a sentence its name holds
# ("Người đứng đầu, tập thể lãnh đạo các phòng, cơ quan, đơn vị thuộc Sở": titles joined, one group)
_TITLE = r"(?:Thủ trưởng|Giám đốc|Chủ tịch|Người đứng đầu|(?:tập thể\s+)?Lãnh đạo)"
_TITLED_GROUP = re.compile(
    rf"^{_TITLE}(?:\s*(?:,|\bvà)\s*{_TITLE})*\s+(?P<group>các\s+[^.:;]{{3,120}})$",
    re.IGNORECASE,
)


def _titled_group(text: str) -> list[str]:
    m = _TITLED_GROUP.match(text.strip(" *:"))
    return [m.group("group").strip(" ,")] if m else []
