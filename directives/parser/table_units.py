"""The bodies a task table's cells name.

A cell lists bodies as written, separated by ";" or ","; a shared prefix is spelled out
("Các Cục: Di sản văn hóa, Bản quyền tác giả" -> "Cục Di sản văn hóa", "Cục Bản quyền tác
giả"; with ";" between the names when one of them holds a comma: "Các Cục: Báo chí; Xuất
bản, In và Phát hành"); a sentence after the list names bodies of its own ("... Du lịch.
Vụ Kế hoạch, Tài chính"). A title before a body ("Giám đốc", "Cục trưởng") is dropped.

In a "phối hợp" cell an unnamed plural ("Các cơ quan, đơn vị liên quan", "Các doanh
nghiệp đầu tư hạ tầng") names no body to work with and is left out, and so is a kind of
body written alone ("Viện, Trường; Doanh nghiệp"); a plural narrowed to the
units under a body ("Các phòng thuộc Sở", "các đơn vị trực thuộc") is a definite set and
stays; an organ's word alone is a kind of body ("Bộ, ngành có liên quan"). In a "chủ trì"
cell, "với các ..." after a body says what it leads on ("Bộ Công an với các tiêu chuẩn ...
áp dụng chung toàn quốc"), no body.
"""

from __future__ import annotations

import re

from directives.parser.bodies import NAMES_END
from directives.parser.mentions import MentionFinder
from directives.parser.shared_names import organ_name, shared_names
from directives.parser.units import match_cell

_TITLES = (
    r"(?:cục trưởng|vụ trưởng|giám đốc|tổng giám đốc|bộ trưởng|thủ trưởng|chủ tịch|"
    r"trưởng ban|chánh văn phòng|người đứng đầu|tổng(?=\s+thanh\s+tra\b))"
)
_SHARED = re.compile(
    r"^(?:" + _TITLES + r"\s+)?các\s+(?P<organ>bộ|sở|cục|vụ|ban|tổng cục|chi cục|phòng)"
    r"\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# "Bộ Tư pháp (đối với các nội dung liên quan đến thủ tục hành chính)", "(theo chức năng,
# nhiệm vụ ...)": what the body answers for, in brackets, is no body of its own
_SCOPE = re.compile(r"\s*\((?=\s*[a-zđ])[^()]*\)")
_TITLE = re.compile(r"^" + _TITLES + r"\s+(?=\S)", re.IGNORECASE)
# (an organ's word alone is a kind too: "Bộ, ngành có liên quan", "Sở, ban, ngành liên quan")
_KIND = r"(?:cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|cá nhân|bộ|ngành|sở|ban|vụ)"
_UNNAMED = re.compile(
    r"^(?:các|những)\s(?![^,]*\bthuộc\b)"
    # kinds of body concerned, however joined ("Cơ quan, tổ chức và doanh nghiệp liên quan",
    # "Vụ/Đơn vị liên quan thuộc Tổng cục Thuế")
    r"|^" + _KIND + r"(?:\s*(?:,\s*(?:và\s+)?|/\s*|và\s+)" + _KIND + r")*"
    r"\s+(?:có\s+)?liên\s+quan(?:\s+thuộc\s+[^,;]+)?$"
    # a kind of body alone, of which there are many ("Viện, Trường; Doanh nghiệp"): none named
    r"|^(?:viện|trường|doanh nghiệp|hợp tác xã|công ty|ngân hàng|hiệp hội|hội|tổ chức)"
    r"(?:\s+(?:có\s+)?liên\s+quan)?$",
    re.IGNORECASE,
)


def _names(cell: str, find: MentionFinder) -> list[tuple[str, bool]]:
    cell = _TITLE.sub("", _SCOPE.sub("", cell).strip(" .;,"))
    if not cell:
        return []
    shared = _SHARED.match(cell)
    if shared is None:
        return match_cell(cell, find)
    organ = shared.group("organ")
    organ = organ[:1].upper() + organ[1:].lower()
    listed, _, rest = shared.group("rest").partition(". ")
    # (a known body's whole name first: "Các Bộ: Y tế, Giáo dục và Đào tạo")
    pieces = listed.split(";") if ";" in listed else shared_names(organ, listed)
    out: list[tuple[str, bool]] = []
    for piece in pieces:
        piece = piece.strip(" .")
        if piece:
            out.extend(match_cell(organ_name(organ, piece), find))
    return out + (_names(rest, find) if rest.strip(" .") else [])


# "Sở X chủ trì hướng dẫn; Các sở, ngành thực hiện ...", "Sở Y theo dõi, báo cáo chỉ tiêu": a
# cell written as clauses names its bodies before each clause's verb (in lower case: the
# "Xây dựng" of "Sở Xây dựng" is a name's word)
_CLAUSE_VERB = re.compile(
    # ("Các đơn vị được giao thực hiện TTHC", "Các Cục/Vụ/đơn vị chủ trì soạn thảo ...": a name)
    r"(?<!\bđược)(?<!\bđược giao)(?<!\bđơn vị)"
    # ("Tổ thường trực triển khai", "Tổ công tác triển khai địa phương": a team's name)
    r"(?<!\b[Tt]ổ thường trực)(?<!\b[Tt]ổ công tác)(?<!\b[Tt]ổ giúp việc)\s+"
    r"(?P<verb>chủ trì|thực hiện|triển khai|thúc đẩy|theo dõi|hướng dẫn|tổng hợp|báo cáo|"
    # ("Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân", "... trình cấp có thẩm quyền":
    # to whom the body submits, not "chương trình", "công trình")
    r"(?<!chương )(?<!công )(?<!quy )(?<!lộ )(?<!tiến )(?<!giáo )(?<!hành )(?<!phương )"
    r"(?<!thuyết )trình(?=\s+(?:cấp\b|(?-i:[A-ZĐ]))|\s*$))\b"
)
# "... thực hiện", "Các đơn vị thực hiện theo Thông báo số 367/TB-TCT ...": the cell's last
# verb, with how the bodies go about it, ends their names
_LAST_DO = re.compile(r"\s+thực hiện(?:\s+theo\b.*)?$")
# "các Cục/Vụ/đơn vị thuộc Tổng cục Thuế thực hiện tiếp nhận và giải quyết TTHC": units of a
# kind narrowed by the work they do, one group's name
_UNITS = re.compile(r"\bđơn vị\b")


def _clause_bodies(part: str) -> str:
    """The bodies a clause of a cell names, before its verb."""
    for m in _CLAUSE_VERB.finditer(part):
        if m.group("verb") == "thực hiện" and _UNITS.search(part, 0, m.start()):
            continue
        return part[: m.start()]
    return part


# "Bộ Công an với các tiêu chuẩn ... áp dụng chung toàn quốc": what the body leads on, to the
# clause's end (not "Sở Y tế với Sở Tài chính", "... với các sở, ngành": bodies leading with it)
_LEADS_ON = re.compile(
    r"\s+với\s+(?:các|những)\s+(?!(?:bộ|sở|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức|"
    r"doanh nghiệp|ủy ban|uỷ ban|cục|vụ|phòng)\b)[^;]*",
    re.IGNORECASE,
)


# "Vụ Kế hoạch - Tài chính/ Ban Quản lý quy hoạch": two bodies leading jointly, a slash between
# (not the kinds of body a slash lists, "Các Cục/Vụ/đơn vị chủ trì ...": one group)
_JOINT_SLASH = re.compile(r"\s*/\s*(?=[A-ZĐÀ-Ỹ])")
_KIND_SLASH = re.compile(r"(?:^|[\s/])(?:Cục|Vụ|Ban|Phòng|Sở|Bộ|Chi cục|Tổng cục)\s*$")


def _joint(m: re.Match[str]) -> str:
    return m.group() if _KIND_SLASH.search(m.string, 0, m.start()) else "; "


# "Bộ Y tế, Sở Y tế đối với địa phương": what the body answers for, no body of its own
_FOR = re.compile(r"\s+đối với\s[^,;()]*")


# "Do Chủ tịch Hội đồng thẩm định quyết định (*)": the lead left to another's choice, none named
_LEFT_TO = re.compile(r"^do\s.+\squyết định\b", re.IGNORECASE)


# the "-" items of a cell
_ITEMS = re.compile(r"(?:^|\s)-\s+")


def _named_parts(cell: str) -> str:
    """A cell listing each body with its part ("- Cục CNTT: xây dựng ứng dụng ...; - Cơ quan
    thuế các cấp: cập nhật ..."): the bodies before the colons, one entry each."""
    if not cell.startswith("-"):
        return cell
    items = [item.strip() for item in _ITEMS.split(cell) if item.strip()]
    heads = [item.partition(":") for item in items]
    if len(items) < 2 and not any(colon for _, colon, _ in heads):
        return cell
    # (an item with no colon names its body before its verb: "- Cục CNTT xây dựng ứng dụng
    # ...", "- Cơ quan thuế các cấp công khai theo quy định")
    return "; ".join(
        (head if colon else _PART_VERB.split(_SCOPE.sub("", item), maxsplit=1)[0]).strip(" ;.")
        for (head, colon, _), item in zip(heads, items, strict=True)
    )


# the verb a body's part opens with, in an item of a lead cell ("xây dựng ứng dụng", not
# "Ban Quản lý dự án đầu tư xây dựng ...", "Vụ Vật liệu xây dựng")
_PART_VERB = re.compile(
    r"(?<!đầu tư)(?<!dự án)(?<!hoạt động)(?<!kinh tế)(?<!vật liệu)(?<!Vật liệu)\s+"
    r"(?:xây dựng|công khai|cập nhật|nâng cấp|cung cấp)\s+(?=\S)"
)


def lead_cell(cell: str, find: MentionFinder) -> list[tuple[str, bool]]:
    """The bodies of a "chủ trì" cell, the lead first."""
    if _LEFT_TO.match(cell):
        return []
    cell = ";".join(_LAST_DO.sub("", part) for part in _named_parts(cell).split(";"))
    cell = _JOINT_SLASH.sub(_joint, _LEADS_ON.sub("", _SCOPE.sub("", _FOR.sub("", cell))))
    cell = ";".join(_clause_bodies(part) for part in cell.split(";"))
    return _names(cell, find)


# "Văn phòng Ban Chỉ huy và cơ quan, địa phương liên quan": "và" before a kind of body
# ("... Truyền hình Lai Châu và các sở, ngành có liên quan": "và các" opens a group)
_AND_KIND = re.compile(r"\s+và\s+(?=các\s|(?:cơ quan|đơn vị|địa phương|tổ chức)\b)")


# "UBND tỉnh, thành phố (trực thuộc trung ương)": the committees of a kind of place, none named
_COMMITTEES = re.compile(
    r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+tỉnh,\s*thành phố"
    r"(?:\s+trực thuộc\s+trung ương)?$",
    re.IGNORECASE,
)


# "Ủy ban nhân dân cấp tỉnh, cơ quan, tổ chức, đơn vị có liên quan", "Sở Y tế, cơ sở khám bệnh,
# chữa bệnh", "Bộ, cơ quan, tổ chức có liên quan": kinds of body in lower case after the names
# (or after an organ's word alone), of which none is named
_KINDS_AFTER = re.compile(
    r"(?:^(?:(?:Bộ|Sở|Ngành)\s*,)?|,)\s*(?:(?:bộ|ngành|sở)\s*,\s*)*"
    r"(?:cơ quan|đơn vị|tổ chức|cơ sở|doanh nghiệp|địa phương|cá nhân)\b.*$"
)


def _named_part(name: str, known: bool) -> str:
    """The name before the kinds of body that trail it, "" when the entry is kinds alone (no
    capital left: "cơ sở khám bệnh, chữa bệnh"; a body written in lower case keeps one:
    "cơ quan thường trực Ban Chỉ đạo")."""
    if known or _UNNAMED.match(name):
        return name  # (left out whole below: "Cơ quan, tổ chức, doanh nghiệp có liên quan")
    cut = _KINDS_AFTER.search(name)
    if cut is None or (cut.start() == 0 and any(ch.isupper() for ch in name[1:])):
        return name
    return name[: cut.start()].strip()


# "Bộ đội biên phòng, Kiểm lâm, Quản lý thị trường", "Ủy ban Dân tộc, nhà tài trợ": where an
# entry the directory does not know lists several (not "..., thành phố": a place of a plural)
_LISTED = re.compile(r",\s+(?!(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\b)")
# the kinds of body a name written without capitals after its first word stands for
# ("Doanh nghiệp lâm nghiệp", "Hội nghề nghiệp")
_KIND_WORD = re.compile(
    r"^(?:doanh nghiệp|hội|hiệp hội|hợp tác xã|viện|trường|công ty|tổ chức|cơ sở)\b",
    re.IGNORECASE,
)


def _entries(name: str, known: bool) -> list[tuple[str, bool]]:
    """An entry of a "phối hợp" cell split where it lists several the directory does not know,
    none of them a name joined by "và" ("Phòng Kinh tế, Hạ tầng và Đô thị" is one)."""
    pieces = _LISTED.split(name)
    if known or _UNNAMED.match(name) or len(pieces) < 2 or any(" và " in p for p in pieces):
        return [(name, known)]
    return [(p.strip(), False) for p in pieces if p.strip()]


def _kind_only(name: str, known: bool) -> bool:
    """ "chủ rừng", "nhà tài trợ", "Doanh nghiệp lâm nghiệp": an entry that names no particular
    body, written in lower case or as a kind's word with a lower-case qualifier."""
    lower = not any(ch.isupper() for ch in name[1:])
    return not known and lower and (name[:1].islower() or bool(_KIND_WORD.match(name)))


# "Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;" in a "phối hợp" cell: the ministries and
# their peers as a kind, no particular one named, up to the next ";"
_MINISTRIES_KIND = re.compile(
    r"(?:^|(?<=;))\s*(?:các\s+)?bộ\s*,\s*cơ quan ngang bộ"
    r"(?:\s*,\s*cơ quan (?:trực\s+)?thuộc\s+chính phủ)?\s*(?=;|$)",
    re.IGNORECASE,
)


# "Báo, đài ở trung ương và địa phương;": the press and broadcasters as a kind, none named (not
# "Báo và Phát thanh, Truyền hình tỉnh Đồng Nai", a body's name)
_PRESS = re.compile(r"(?:^|(?<=;))\s*[Bb]áo\s*,\s*[đĐ]ài\b[^;A-ZĐ]*(?=;|$)")


# "- Cục CNTT - Cơ quan thuế các cấp - Các đơn vị liên quan": items with no ";" between, each
# a body (not "Vụ Kế hoạch - Tài chính", one body's name)
_ITEM_BODY = re.compile(
    r"\s+-\s+(?=(?:Các|Cục|Vụ|Văn phòng|Cơ quan|Sở|Bộ|Ban|Phòng|Ủy ban|Uỷ ban|UBND|Chi cục|"
    r"Tổng cục|Trung tâm|Thanh tra)\b)"
)


# "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh": a kind's plural, then a body's name with no comma
# between (a text layer that lost it): two entries
_LOST_COMMA = re.compile(r"(?<=\bngành)\s+(?=(?:Ủy ban|Uỷ ban|UBND|Sở)\b)")


def coordinating_cell(cell: str, find: MentionFinder) -> list[tuple[str, bool]]:
    """The bodies of a "phối hợp" cell, unnamed plurals and kinds of body left out (and the
    committees of a kind of place listed in one: "Các bộ, ngành, UBND tỉnh, thành phố", the
    "các" of all of them)."""
    if cell.startswith("-") and ";" not in cell:
        cell = _ITEM_BODY.sub("; ", cell)
    cell = _LOST_COMMA.sub("; ", cell)
    cell = _PRESS.sub("", _MINISTRIES_KIND.sub("", cell)).strip(" ;")
    names = [
        (_named_part(n, k), k) for part in _AND_KIND.split(cell) for n, k in _names(part, find)
    ]
    names = [e for n, k in names if n for e in _entries(n, k)]
    names = [(n, k) for n, k in names if not _kind_only(n, k)]
    plural = bool(names) and _UNNAMED.match(names[0][0]) is not None
    return [
        (name, known)
        for name, known in names
        if not _UNNAMED.match(name) and not (plural and _COMMITTEES.match(name))
    ]


# "Trung tâm Dịch vụ việc làm (Sở Nội vụ)": the body it belongs to, glossed
_GLOSS = re.compile(r"\s*\([^()]*\)")


def field_bodies(cell: str, find: MentionFinder, lead: bool) -> list[str]:
    """The bodies a labelled field lists ("Cơ quan phối hợp: Sở Tư pháp, các cơ quan, đơn
    vị liên quan"), as a cell's: the lead's field keeps its first body whatever it is, the
    others leave unnamed plurals out."""
    cell = NAMES_END.split(_GLOSS.sub("", cell), maxsplit=1)[0]  # "... theo chức năng, ..."
    names = [n for part in _AND_KIND.split(cell) for n, _ in _names(part, find)]
    if lead:
        return names  # (joint leads, a plural among them included: README)
    return [n for n in names if not _UNNAMED.match(n)]
