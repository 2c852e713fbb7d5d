"""Subjects named by their kinds rather than by a name: those a duty binds ("Cơ quan đăng ký
đầu tư có trách nhiệm ...", "Tổ chức, cá nhân có trách nhiệm ..."), kinds listed then which of
them ("Các cơ quan, đơn vị được giao nhiệm vụ ... có trách nhiệm"), associations by their kinds,
and bodies listed with their staff; ``subjects`` reads a sentence's subject with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from directives.parser.bodies import STARTS_BODY, TITLES, VERBS
from directives.parser.letters import CAPITAL, SMALL
from directives.parser.plural_things import THINGS_PLURAL
from directives.parser.subject_ends import PREDICATE
from directives.parser.subject_openings import COUNTED

_ANSWERING = re.compile(
    # ("Các cơ sở được thí điểm ... có trách nhiệm nộp trả ...": establishments so chosen; "đơn
    # vị thực hiện tiếp nhận, trả lời phản ánh, kiến nghị có trách nhiệm": a unit by its work)
    # ("bộ phận giải quyết hồ sơ có trách nhiệm ...": an office's section by its work)
    r"^(?P<name>(?:Cơ quan|[Đđ]ơn vị|[Bb]ộ phận"
    r"|[Cc]ác\s+(?:[Cc]ơ quan|[Đđ]ơn vị|cơ sở(?! dữ liệu)))"
    r"\s[^;:.()]{2,160}?"
    # ("Bên đặt hàng có trách nhiệm tổ chức nghiệm thu ...": a party to an order for services)
    r"|[Bb]ên (?:nhận )?đặt hàng"
    r"|CQT"  # (the tax offices by their abbreviation: "Thủ trưởng CQT có trách nhiệm ...")
    # ("Tổ công tác có trách nhiệm:", "Hội đồng thẩm định có trách nhiệm ...": a board a letter
    # sets up, named by its kind and work)
    r"|(?:[Tt]ổ|Hội đồng|Ban) (?:công tác|giúp việc|thường trực|triển khai|thẩm định|biên tập"
    r"|soạn thảo|tư vấn)(?:\s[^;:.()]{1,80}?)?"
    # "Tổ chức, cá nhân có trách nhiệm tuân thủ ...": those a rule binds, named by their kinds
    r"|(?:[Cc]ác\s+)?[Tt]ổ chức,\s*cá nhân(?:\s+(?:có\s+)?liên quan)?)"
    # ("Các cơ quan xử lý phải có trách nhiệm cử ...": the must no word of their name)
    r"\s+(?:phải\s+)?(?:có|chịu) trách nhiệm\b"
)

_BINDS = re.compile(r"(?:[Cc]ác\s+)?[Tt]ổ chức,")


def answering(text: str) -> re.Match[str] | None:
    """ "Cơ quan đăng ký đầu tư có trách nhiệm ...": a kind of body and which of them, all of it
    the name, up to the duty; a comma in it only between the lower-case words of a unit named
    after its head's title (not "Đơn vị X, Sở Y ...", nor "..., các sở ...": bodies listed)."""
    m = _ANSWERING.match(text)
    if m is None or "," not in m.group("name") or _BINDS.match(m.group("name")):
        return m  # ("Các tổ chức, cá nhân có liên quan": the comma of the kinds' own name)
    if len(offices_listed(m.group("name"))) > 1:
        return m  # ("Cơ quan tiếp nhận hồ sơ, cơ quan thuế, kho bạc nhà nước có trách nhiệm")
    commas = re.findall(r",\s*(\w+)", m.group("name"))
    # (only after a head's title, the unit's kind in lower case: "đơn vị thực hiện ...")
    listed = any(w[:1].isupper() or w == "các" for w in commas)
    return None if listed or not m.group("name").startswith("đơn vị ") else m


# An office by its kind and field, in lower case after the first ("cơ quan thuế", "kho bạc nhà
# nước"): a procedure's parties
_OFFICE = re.compile(rf"^(?:[Cc]ơ quan|[Đđ]ơn vị|[Bb]ộ phận|[Kk]ho bạc)\s(?-i:[{SMALL}])")


# "Đơn vị tổ chức cập nhật kiến thức; người tham gia cập nhật kiến thức và các tổ chức, cá
# nhân có liên quan ... có trách nhiệm ...": a unit by its work, then the other parties bound,
# set apart by ";", all of them up to the duty
_PARTIES_ANSWERING = re.compile(
    r"^(?P<name>(?:[Cc]ác\s+)?(?:[Đđ]ơn vị|[Cc]ơ quan|[Bb]ộ phận)\s[^;:.()]{2,120}?"
    r"(?:;\s*[^;:.()]{2,160}?)+)\s+(?:có|chịu) trách nhiệm\b"
)


def answering_names(text: str) -> list[str]:
    """The bodies ``answering`` names, each office it lists by its kind apart (or each party a
    duty binds with a unit by its work, ";" between them); [] if none."""
    parties = _PARTIES_ANSWERING.match(text)
    if parties is not None:
        *entries, last = (e.strip() for e in parties.group("name").split(";"))
        return [*entries, *(e.strip() for e in re.split(r"\s+và\s+(?=các\s)", last))]
    m = answering(text)
    return offices_listed(m.group("name")) if m else []


def offices_listed(name: str) -> list[str]:
    """The offices a duty's subject lists by their kinds ("Cơ quan tiếp nhận hồ sơ, cơ quan tài
    nguyên và môi trường, cơ quan thuế, ..."), the first leading; else the one name."""
    parts = [part.strip() for part in name.split(",")]
    return parts if len(parts) > 1 and all(_OFFICE.match(p) for p in parts) else [name]


# "Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch có trách nhiệm", "Doanh nghiệp, tổ
# chức, cơ sở giáo dục tự chủ tài chính có trách nhiệm": kinds listed, then which of them, all
# of it the name (whether they are given a task is read as for any subject)
KINDS_ANSWERING = re.compile(
    r"^(?P<name>(?:Doanh nghiệp|(?:[Cc]ác\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị))(?: chuyên môn)?"
    # ("Các đơn vị, tổ chức, hộ gia đình, cá nhân được quy định tại Điều 2 ... chịu trách
    # nhiệm", "Cơ quan, tổ chức, cá nhân hưởng cơ chế, chính sách, biện pháp ưu đãi có trách
    # nhiệm": the parties a rule binds among the kinds, and a qualifier's own list in small
    # letters, "các" opening none of its entries)
    r"(?:,\s*(?:cơ quan|đơn vị|tổ chức|doanh nghiệp|cơ sở|cá nhân|hộ gia đình)(?: sự nghiệp)?)+"
    # (not where a cue ends the subject first: "... liên quan trong phạm vi chức năng, ...")
    r"(?!(?:(?!(?:có|chịu) trách nhiệm)[^;:.()])*?\b(?:trong phạm vi|theo chức năng|căn cứ)\b)"
    rf"\s[^,;:.()]{{2,80}}?(?:,\s*(?!các\s)(?-i:[{SMALL}])[^,;:.()]{{1,40}}?)*)"
    # ("Các cơ quan chuyên môn, đơn vị sự nghiệp thuộc X, các cơ quan Y có trách nhiệm": another
    # plural asked with them)
    # (a thing's plural no body: "..., các dự án, các nhiệm vụ có trách nhiệm" adds none)
    rf"(?:,\s*(?:(?={THINGS_PLURAL})[^,;:.()]{{2,60}}?|(?P<also>các\s[^,;:.()]{{2,60}}?)))?"
    # ("Các cơ quan, đơn vị nhận văn bản điện tử được ký số phải thực hiện ...": bound to)
    r"\s+(?:(?:có|chịu) trách nhiệm|phải)\b"
)
# "Các cơ quan nhà nước, tổ chức chính trị - xã hội, doanh nghiệp", "Các viện nghiên cứu,
# trường đại học": kinds of body in lower case listed under one "Các", the whole list the name
_KIND_WORD = (
    r"(?:cơ quan|đơn vị|tổ chức|doanh nghiệp|viện|trường|cơ sở|hội|hiệp hội|ngành|sở|ban|"
    # (kinds in capitals: "Các Tập đoàn, Tổng công ty nhà nước", "Các Cục, Vụ, Văn phòng Bộ")
    r"Tập đoàn|Tổng [Cc]ông ty|Cục|Vụ|Ban|Sở|"
    r"địa phương)"
)
# (not how often they act: "Các sở, ban, ngành định kỳ tổng hợp ...")
_KIND_ENTRY = (
    rf"{_KIND_WORD}(?: (?!(?:định kỳ|thường xuyên|hằng năm|hàng năm|lãnh đạo)\b)"
    rf"(?:[{SMALL}]+|-)){{0,5}}"
)
KINDS_LISTED = re.compile(rf"Các {_KIND_ENTRY}(?:, {_KIND_ENTRY})+")
# (then a body named in particular, its capital after the comma: where the kinds end)
# ("Các Sở, ban, ngành, UBND xã, phường ...": the first kind's word capitalised, as the
# provinces write it)
KINDS_FIRST = re.compile(
    rf"[Cc]ác (?:{_KIND_ENTRY}|Sở(?=,)|Ban(?=,))(?:, {_KIND_ENTRY})+(?=, [A-ZĐÂĂÔƠƯỦ])"
)
# "Hội, hiệp hội xã hội nghề nghiệp chủ động ...", "Hiệp hội, hội doanh nghiệp có trách nhiệm
# ...": associations listed by their kinds, their field after the list
ASSOCIATIONS = re.compile(
    r"^(?P<name>(?:Hội|Hiệp hội)(?:,\s*(?:hội|hiệp hội))+"
    rf"(?:\s(?-i:[{SMALL}])[^,;:.()]{{1,60}}?)?)"
    r"\s+(?P<verb>chủ động|(?:có|chịu) trách nhiệm|phải|tích cực)\b"
)
# "Thủ trưởng các Cơ quan, tổ chức và các cán bộ, công chức, viên chức, người lao động liên
# quan có trách nhiệm ...": the bodies listed by their kinds and their staff, jointly
KINDS_AND_STAFF = re.compile(
    r"^(?P<name>(?:[Cc]ác\s+)?(?:[Cc]ơ quan|[Đđ]ơn vị)(?:,\s*(?:cơ quan|đơn vị|tổ chức))+)"
    r"\s+và\s+(?P<staff>các\s+(?:cán bộ|công chức|viên chức|người lao động)\b[^;:.()]{0,80}?)"
    r"\s+(?:(?:có|chịu) trách nhiệm|phải)\b"
)
# "Cục Quản lý rủi ro (Tổng cục Hải quan) và Ban Quản lý rủi ro (Tổng cục Thuế)": a body named
# with the body above it in brackets, one name as written (not "Nhà đầu tư (Tập đoàn X)": the
# body a kind means, nor "Các cơ quan (Sở X, ...)": those a group means)
_PARENTED = (
    rf"(?:Cục|Vụ|Ban|Văn phòng|Chi cục|Trung tâm|Phòng|Viện)\s(?-i:[{CAPITAL}])[^(),;:]*?"
    r"\s*\((?:Tổng cục|Bộ|Cục|Sở|Ủy ban|Uỷ ban|UBND|Tập đoàn|Tổng công ty)\s[^()]{2,60}\)"
)
PARENTED = re.compile(rf"^(?P<first>{_PARENTED})(?:\s*(?:,|và)\s*(?P<second>{_PARENTED}))?\s+")
# "Tổng cục Thuế (Vụ KK&KTT, Vụ Tuyên truyền hỗ trợ và các Vụ/đơn vị có liên quan) có trách
# nhiệm ...": a body with the units of it that are meant, in brackets, one name (README)
UNITS_MEANT = re.compile(
    r"^(?P<name>(?:Bộ|Tổng cục|Cục|Sở|Văn phòng)\s[^(),;]{2,60}?\s*"
    r"\((?:Vụ|Cục|Phòng|Ban|Trung tâm|Văn phòng|Bộ phận)\s[^()]{2,150}\))\s+"
)

# "- Vụ Tuyên truyền hỗ trợ người nộp thuế: thực hiện ...": a unit's whole name labels its item,
# its work after the colon (no word of the name read as its verb: "... hỗ trợ ...")
LABELLED = re.compile(
    r"^(?P<name>(?:Vụ|Cục|Phòng|Ban|Trung tâm|Văn phòng|Chi cục|Tổng cục|Viện)\s"
    rf"(?-i:[{CAPITAL}])[^(),;:.]{{2,60}}?)\s*:\s+(?=[{SMALL}])"
)


# "Lãnh đạo cơ quan thuế các cấp tổ chức ...", "Thủ trưởng đơn vị thực hiện tiếp nhận ... có
# trách nhiệm ...": the head of the bodies of a kind given their work; the bodies lead (README)
# (or of a plural of them: "Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh ...")
_HEAD_OF_KIND = re.compile(
    r"^(?:[Ll]ãnh đạo|[Tt]hủ trưởng)\s+(?=(?:các\s+)?(?:cơ quan|đơn vị|bộ phận|CQT)\s)"
)
# "Thủ trưởng cơ quan Thuế các cấp, Trưởng các đơn vị có liên quan ... có trách nhiệm ...": the
# heads of more kinds of body listed after the first, their titles dropped as well
# (the units' plural without its "các": "..., Trưởng đơn vị có liên quan thuộc cơ quan Thuế")
_HEADS_LISTED = re.compile(
    r",\s*(?:[Tt]rưởng|[Tt]hủ trưởng|[Ll]ãnh đạo)\s+(?=các\s|đơn vị\s|bộ phận\s)"
)


# "Giao Trưởng phòng, ban, đơn vị chủ trì ...", "Giao các Trưởng phòng, ban được phân công
# ...": the heads of the departments listed by their kinds in lower case; the departments lead
# (README: "Trưởng phòng X" is dropped as a title, the plural kept as written)
_HEAD_OF_KINDS = re.compile(
    r"^(?P<these>[Cc]ác\s+)?[Tt]rưởng\s+(?=(?:phòng|ban|bộ phận)\s*,\s*(?:phòng|ban|đơn vị)\b)"
)


def without_heads(text: str) -> str:
    """The subject with the titles of the heads of kinds of body dropped, the bodies left."""
    if (kinds := _HEAD_OF_KINDS.match(text)) is not None:
        return (kinds["these"] or "") + text[kinds.end() :]
    headed = _HEAD_OF_KIND.match(text)
    return _HEADS_LISTED.sub(", ", text[headed.end() :]) if headed else text


# "cơ quan Thuế các cấp, các đơn vị có liên quan thuộc cơ quan Thuế các cấp có trách nhiệm
# ...", the heads' titles dropped: a kind of body, then a plural of the units that belong to
# it, whose owner after "thuộc" runs to the verb
_KIND_THEN_UNITS = re.compile(
    r"^(?P<first>(?:cơ quan|đơn vị|CQT)\b[^,;:.()]{0,60}?),\s+"
    # (and the kinds between them: "..., Trưởng bộ phận giải quyết khiếu nại, ...")
    r"(?P<middle>(?:bộ phận\s[^,;:.()]{2,60}?,\s+)*)"
    r"(?P<units>(?:các|đơn vị)\s[^,;:.()]{2,80}?)"
    r"\s+thuộc\s+(?=\S)"
)


def heads_listed(
    text: str, verb_after: Callable[[str, int], re.Match[str] | None]
) -> tuple[list[str], str] | None:
    """The bodies whose heads the subject lists ("Thủ trưởng cơ quan Thuế các cấp, Trưởng các
    đơn vị có liên quan thuộc cơ quan Thuế các cấp ..."), each as written, the units' plural
    with its owner, and the verb (``verb_after`` finds it from a position); None otherwise."""
    headed = _HEAD_OF_KIND.match(text)
    listed = _HEADS_LISTED.search(text) if headed else None
    kinds = _KIND_THEN_UNITS.match(without_heads(text)) if listed else None
    verb = verb_after(kinds.string, kinds.end()) if kinds else None
    if kinds is None or verb is None:
        return None
    middle = [m.strip() for m in kinds.group("middle").split(",") if m.strip()]
    units = kinds.string[kinds.start("units") : verb.start()].strip()
    return [kinds.group("first"), *middle, units], verb.group()


# an entry of a list of bodies set apart by ";": its organ's word first, its title dropped
_ORGAN_ENTRY = re.compile(r"(?:Phòng|Vụ|Cục|Chi cục|Ban|Văn phòng|Sở|Trung tâm|Đội)\s")


def semicolon_names(head: str) -> list[str]:
    """The bodies a subject lists with ";" between them ("Trưởng phòng Quản lý nợ; Phòng Kê
    khai và kế toán thuế; Phòng Quản lý hộ kinh doanh, cá nhân và thu khác; Phòng Công nghệ
    thông tin"), each whole, its commas its own name's, the title of its head dropped; none
    unless each entry opens with an organ's word and holds no verb."""
    if ";" not in head:
        return []
    entries = [e.strip() for e in head.strip(" ;").split(";")]
    names = [TITLES.sub("", e, count=1) for e in entries]
    verbs = (v for n in names for v in VERBS.finditer(n) if v.group()[0].islower())
    if len(names) < 2 or not all(STARTS_BODY.match(n) for n in names) or next(verbs, None):
        return []  # (a verb in capitals is a word of a name: "Phòng Thanh tra - Kiểm tra")
    return names if all(_ORGAN_ENTRY.match(n[:1].upper() + n[1:]) for n in names) else []


def counted(
    text: str, verb_after: Callable[[str, int], re.Match[str] | None]
) -> tuple[list[str], str] | None:
    """ "hai cơ quan trao đổi ...", "các đơn vị của hai cơ quan tại khoản 1, khoản 2 Điều này tổ
    chức ...": the bodies named before, by their number, as written, and their verb (the word
    after them when ``verb_after`` knows none)."""
    m = COUNTED.match(text)
    if m is None:
        return None
    verb = verb_after(text, m.end())
    return [m.group("name")], verb.group() if verb else text[m.end() :].split()[0]


# "Việc sửa đổi, bổ sung Điều lệ Quỹ do Hội đồng Quản lý Quỹ trình Ủy ban nhân dân tỉnh quyết
# định": the work, then the body that does it after "do", then its verb
_DONE_BY = re.compile(
    rf"^Việc\s[^.;:]{{2,160}}?\s+do\s+(?P<name>(?-i:[{CAPITAL}])[^.;:,()]{{2,80}}?)"
    r"\s+(?P<verb>trình|thực hiện|chủ trì|đề xuất|tổng hợp)\s"
)


def done_by(text: str) -> tuple[list[str], bool, str] | None:
    """ "Việc X do Hội đồng Y trình ...": the body named after "do", not filling the text before
    its verb, and the verb; None for any other shape or a name that is no body's."""
    m = _DONE_BY.match(text)
    if m is None or not STARTS_BODY.match(m.group("name")):
        return None
    return [m.group("name")], False, m.group("verb")


# "Tổ chức quản lý chợ căn cứ Nội quy mẫu ... để xây dựng Nội quy chợ": "Tổ chức" the noun, an
# organisation by its work, since what follows takes grounds in order to act ("căn cứ ... để")
_ORGANISATION_ON_GROUNDS = re.compile(
    rf"^(?P<name>Tổ chức(?:\s+[{SMALL}][^\W\d_]*){{1,5}}?)\s+(?P<verb>căn cứ)\s"
    r"[^.;:]{2,200}?\sđể\s"
)


def organisation_on_grounds(text: str) -> tuple[list[str], bool, str] | None:
    """ "Tổ chức quản lý chợ căn cứ ... để ...": the organisation, filling the text before its
    verb, and the verb; None for any other shape."""
    m = _ORGANISATION_ON_GROUNDS.match(text)
    return ([m.group("name")], True, m.group("verb")) if m else None


# "Bên đặt hàng trên cơ sở hồ sơ ... xem xét, tổ chức ...", "Bên nhận đặt hàng phải ...": a
# party to an order for services, named by its part, then its work (its duty, "có trách
# nhiệm", is read with the other kinds a duty binds); or the time it has for it ("Thời gian bên
# nhận đặt hàng trình hồ sơ ... chậm nhất phải trước ngày ...")
_PARTY_ACTS = re.compile(
    r"^(?:Thời (?:gian|hạn) )?(?P<name>[Bb]ên (?:nhận )?đặt hàng)\s+"
    r"(?!(?:phải\s+)?(?:có|chịu) trách)"
)
_WORD = re.compile(rf"[{SMALL}]+")


def party_acts(text: str) -> tuple[list[str], bool, str] | None:
    """The party an order names as the sentence's subject, and its predicate; None if none."""
    m = _PARTY_ACTS.match(text)
    # (the name ends where it does: the word after it is the predicate, "trình hồ sơ" too)
    verb = (PREDICATE.match(text, m.end()) or _WORD.match(text, m.end())) if m else None
    return ([m.group("name")], True, verb.group()) if m is not None and verb is not None else None


# "Cơ quan trình dự án, dự thảo, đề án, báo cáo, tờ trình bảo đảm ...", "Cơ quan chủ trì soạn
# thảo gửi ...", "cơ quan soạn thảo tiếp thu ...": a body named by its role in making a text,
# in lower case after its kind, the kinds of text it submits its name's too ("trình", "báo
# cáo" no verb there); as written (README: "cơ quan soạn thảo")
_TEXT_KIND = r"(?:dự án(?: luật)?|dự thảo|đề án|báo cáo|tờ trình|văn bản|nghị quyết|pháp lệnh)"
_ROLE_NAMED = re.compile(
    r"^(?P<name>(?:[Cc]ơ quan|[Đđ]ơn vị)\s+(?:(?:chủ trì\s+)?soạn thảo"
    rf"|trình\s+{_TEXT_KIND}(?:\s*,\s*{_TEXT_KIND})*(?:\s+(?:và|hoặc)\s+{_TEXT_KIND})?))"
    r"\s+(?!này\b|đó\b|(?:và|hoặc)\s)"
)


def role_named(text: str) -> tuple[list[str], bool, str] | None:
    """The body a sentence names by its role in making a text, filling the text before its
    verb, and the verb (the word after the name); None for any other shape."""
    m = _ROLE_NAMED.match(text)
    verb = (PREDICATE.match(text, m.end()) or _WORD.match(text, m.end())) if m else None
    return ([m.group("name")], True, verb.group()) if m is not None and verb is not None else None
