"""Bodies named by shape: a heading that names who acts ("2. Sở Tài chính:", "1. Chủ tịch
Ủy ban nhân dân các tỉnh: ...", "Các Bộ: Quốc phòng, Công an"), and the public bodies a
directive most often names, so that a name is taken whole ("Bộ Văn hóa, Thể thao và Du
lịch", "Sở Nông nghiệp và Môi trường") wherever it stands. A sentence's subject is read in
``subjects`` with the patterns of a name kept here (``TITLES``, ``VERBS``, ``SHARED`` ...).
"""

from __future__ import annotations

import re
from functools import lru_cache

from directives.parser.clean import fold_keep, squash
from directives.parser.duty_titles import ANSWERS_FOR, DUTIES_OF, PARTIES
from directives.parser.letters import CAPITAL, SMALL
from directives.parser.name_words import NAME_WORDS as _NAME_WORDS
from directives.parser.name_words import THINGS_SET, party_board
from directives.parser.plural_things import THINGS_PLURAL
from directives.parser.shared_names import listed_on, organ_name, shared_names
from directives.parser.topic_names import in_topic_name

# The first word(s) of a body's name.
_ORGAN = (
    r"(?:ủy ban|uỷ ban|ubnd|hđnd|hội đồng|tiểu ban|sở|bộ|cục|tổng cục|chi cục|vụ|ban|văn phòng|"
    r"công an|thanh tra|trung tâm|đài|tập đoàn|tổng công ty|công ty|hợp tác xã|bảo hiểm|ngân hàng|"
    r"kho bạc|hội|dntn|bhxh|"  # ("DNTN X": a private enterprise by its short kind)
    r"viện|học viện|đại học|tòa án|cơ quan|đơn vị|phòng|bệnh viện|trường|thông tấn xã|báo|tạp chí|"
    r"thuế|"
    r"liên minh|liên hiệp|liên đoàn|hiệp hội|mặt trận|đoàn|chủ đầu tư|chủ sở hữu|thường trực|"
    r"tỉnh ủy|thành ủy|đảng ủy|"
    # a party's committees and organisations ("Đảng uỷ", "cấp uỷ": the older tone mark too)
    r"tỉnh uỷ|thành uỷ|đảng uỷ|cấp ủy|cấp uỷ|tổ chức đảng|tổ chức chính trị|"
    # (a working group of a delegation or a steering board: "Tổ công tác số 01", "Tổ giúp việc")
    r"tổ công tác|tổ giúp việc|"
    r"lực lượng|các)\b"
)
# A state utility's unit in a province, by its trade and place ("Viễn thông Ninh Bình", "Bưu
# điện tỉnh Nam Định"), capitalised: "doanh nghiệp viễn thông" is a kind of business.
_UTILITY = rf"(?-i:(?:Viễn thông|Điện lực|Bưu điện)(?= (?:tỉnh |thành phố )?[{CAPITAL}]))"
# The state audit office, its regional units ("Kiểm toán khu vực VII"); in lower case the verb.
_AUDIT = r"(?-i:Kiểm toán(?= (?:Nhà nước|nhà nước|khu vực)\b))"
# A trade union by its name ("Công đoàn Giáo dục các cấp", "Ban Chấp hành Công đoàn Giáo dục
# quận huyện"), capitalised and named: "Công đoàn" alone is a member of a plural as written.
# (or the grassroots unions by their kind, "công đoàn cơ sở trực thuộc", in either case)
_UNION = rf"(?-i:Công đoàn(?= [{CAPITAL}])|[Cc]ông đoàn cơ sở\b)"
# Titles a heading puts before the body it addresses ("Trưởng Thuế các tỉnh": its head).
TITLES = re.compile(
    r"^(?:(?:giao|đề nghị|yêu cầu)\s+)?(?:(?:các\s+)?đồng chí\s+)?(?:phó\s+)?(?:"
    r"bộ trưởng|thứ trưởng|thủ trưởng|thống đốc|giám đốc|chủ tịch|người đứng đầu|lãnh đạo|"
    # ("Trưởng ban Tuyên giáo": a body's head, "Trưởng ban Ban Quản lý": the title, then the body)
    r"tổng giám đốc|chánh(?= (?:văn phòng|thanh tra))|"
    r"trưởng ban(?!\s+(?!Ban\s)(?-i:[A-ZĐ]))|bí thư|"
    r"(?:chi |tổng )?cục trưởng|vụ trưởng|chủ tịch hội đồng thành viên|"
    # ("Trưởng các tổ chức hành nghề công chứng", "Trưởng phòng các Phòng ...", "Trưởng phòng TC")
    r"trưởng(?: phòng(?= các\s))?(?=\s+(?-i:[A-ZĐ]|phòng [A-ZĐ])|\s+các\s))"
    r"(?:\s*[,/]\s*(?:thủ trưởng|tổng giám đốc|giám đốc))?\s+(?=\S)",
    re.IGNORECASE,
)
ASK = re.compile(r"^(?:giao(?:\s+cho)?|đề nghị|yêu cầu)\s*:?\s+(?=\S)", re.IGNORECASE)
# "Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là ...":
# what follows narrows the list down, it names no other body
NAMES_END = re.compile(
    # "... có liên quan theo (căn cứ) chức năng, nhiệm vụ được giao": what follows is their remit
    r",?\s+(?:trong đó|nhất là|đặc biệt là|bao gồm|(?:theo|căn cứ) chức|trong phạm vi|phụ trách)\b",
    re.IGNORECASE,
)
# "Bộ trưởng các Bộ, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan thuộc Chính phủ", "Các Bộ
# trưởng, Thủ trưởng cơ quan ngang bộ": however its heads are written, the ministries and their
# peers are one collective body, "các Bộ, cơ quan ngang bộ" in the letter's own case.
_HEADS = (
    # ("Các đồng chí Bộ trưởng": a title, dropped whole with its "các")
    r"(?:(?:các\s+)?đồng chí\s+|(?P<these>các\s+))?Bộ trưởng(?:\s+các\s+Bộ)?\s*[,;]\s*Thủ trưởng\s+"
    r"(?:các\s+)?"
)
_MINISTRIES = re.compile(
    _HEADS + r"cơ quan ngang (?P<peer>bộ)(?:\s*,\s*(?:Thủ trưởng\s+)?(?:các\s+)?"
    r"cơ quan (?P<gov>(?:trực\s+)?thuộc)\s+Chính phủ)?\b",
    re.IGNORECASE,
)


def _ministries(m: re.Match[str]) -> str:
    these = "Các" if (m["these"] or "")[:1] == "C" else "các"
    gov = f", cơ quan {m['gov'].lower()} Chính phủ" if m["gov"] else ""
    return f"{these} Bộ, cơ quan ngang {m['peer']}{gov}"


# A gloss in small letters on what a body is ("chính quyền cấp cơ sở"), not a note on when its
# name held ("(trước đây)", "(cũ)", "(nay là ...)"), a short name it is given ("sau đây ..."),
# nor what it covers ("(bao gồm cả ...)")
_DESCRIBED = re.compile(
    r"(?!(?:trước đây|trước|cũ|nay là|hiện nay|sau sắp xếp|sau đây|gọi (?:tắt )?là|"
    r"(?:bao )?gồm|kể cả|trừ|cả|theo|tại)\b)"
    rf"[{SMALL}][^,;()A-ZĐ]{{2,60}}"
)
# A group's name glossed by the bodies it means, in brackets at the end.
GLOSSED = re.compile(r"\s*\((?:(?:bao )?gồm(?: có)?:?\s+)?([^()]{3,})\)$")
# "Trung ương Mặt trận Tổ quốc Việt Nam", "Trung ương Đoàn": a central committee, capitalised
_CENTRAL = r"(?-i:Trung ương(?= (?:Mặt trận|Đoàn|Hội)\b))"
STARTS_BODY = re.compile(
    f"(?!{THINGS_SET}|{THINGS_PLURAL})(?:{_UTILITY}|{_AUDIT}|{_CENTRAL}|{_UNION}|{_ORGAN})", re.I
)
# "Sở Thương mại (hoặc Sở Thương mại và Du lịch)": the other name the body goes by in some
# places, in brackets after its name: part of the name as written
_ALTERNATIVE = re.compile(
    r"^(?P<name>[^()]{3,120}?)\s*\(\s*hoặc\s+(?P<other>[^()]{3,120})\)$", re.I
)


def with_alternative(text: str) -> bool:
    """``text`` is one body's name and, in brackets after "hoặc", the other name it goes by."""
    m = _ALTERNATIVE.match(text.strip())
    return bool(
        m
        and STARTS_BODY.match(m.group("other"))
        and heading_bodies(m.group("name")) == [m.group("name")]
    )


# "Các Bộ: Quốc phòng, Công an", "Các Sở Xây dựng, Y tế": names sharing their first word.
SHARED = re.compile(
    r"^(?:(?:bộ trưởng|thủ trưởng|giám đốc|chủ tịch)\s+)?các\s+(?P<organ>bộ|sở|cục|vụ|ban|tập đoàn|"
    r"bộ, cơ quan)(?:(?P<colon>\s*:\s*)|\s+(?=(?-i:[A-ZĐ])[^:;]*(?:,|\svà)\s+(?-i:[A-ZĐ])))"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
_ORGAN_CAPITAL = (
    "(?:"
    + "|".join(
        # (its later words either way: "Chi cục", "Chi Cục")
        w.upper()
        if w in ("ubnd", "hđnd")
        else re.sub(r"(?<= )\w", lambda m: f"[{m[0].upper()}{m[0]}]", w[:1].upper() + w[1:])
        for w in _ORGAN.strip("(?:)\\b").split("|")
    )
    + f")\\b|{_UTILITY}|{_AUDIT}"
)
# Where one body's name ends and the next begins: ";" always, "," or "và" before a body, whose
# name opens with a capital ("Bộ Y tế, Bộ Công an"); "các sở, ban, ngành" is one group.
_SPLIT = re.compile(
    # ("các Sở, Ban, Ngành của tỉnh": a kind's word alone, no name after it, is the group's)
    r"\s*;\s*|\s*,\s+(?!(?:Sở|Ban|Ngành|Bộ|Cục|Vụ|Phòng)\s*(?:[,;.]|và\s|của\s|tỉnh\b|$))"
    r"(?=" + _ORGAN_CAPITAL + r"|Chủ tịch |Giám đốc |Thủ trưởng |Tổng Giám đốc |"
    r"(?:Chi )?[Cc]ục trưởng |Thứ trưởng |Phó Chủ tịch |Phó Giám đốc |"
    # "các cơ quan chuyên môn, các đơn vị sự nghiệp", ", tổ chức chính trị - xã hội": a 2nd group
    r"các (?:cơ quan|đơn vị|sở|ban|tổ chức|doanh nghiệp|hội|tập đoàn|đoàn thể) |"
    r"các (?:bộ|cấp|ngành|địa phương)\b|các (?=(?:" + _ORGAN_CAPITAL + r")(?:\s+(?-i:[A-ZĐ])|/))|"
    # (not one kind among more the list goes on with: "..., tổ chức chính trị - xã hội, hội quần
    # chúng", "..., đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể": one plural)
    r"tổ chức chính trị(?!\s*-\s*xã\s+hội\s*,\s+(?-i:hội|đoàn thể|hiệp hội|doanh nghiệp)\b))"
    r"|\s+và\s+(?=" + _ORGAN_CAPITAL + r"|Chủ tịch |Thủ trưởng |Giám đốc |"
    r"các (?:đoàn thể|tổ chức) |các (?=(?:" + _ORGAN_CAPITAL + r")\s+(?-i:[A-ZĐ])))"
    # ("Ủy ban nhân dân các huyện, thành phố và các cơ quan, tổ chức có liên quan": the
    # committees of a kind of place end at the "và" before another plural)
    r"|(?:(?<=xã)|(?<=phường)|(?<=thành phố)|(?<=trung ương)|(?<=Trung ương))"
    r"\s+và\s+(?=các (?:cơ quan|đơn vị)\b)"
    # ("Chủ đầu tư, đơn vị quản lý vận hành": a kind named by its work, not "cơ quan, đơn vị")
    r"|(?<!cơ quan)(?<!tổ chức),\s+(?=đơn vị (?!(?:có )?liên quan|(?:trực )?thuộc)\w+ \w)"
    r"|,\s+(?=công đoàn cơ sở\b)"  # ("Ban chấp hành Công đoàn X, công đoàn cơ sở trực thuộc")
    r"|(?<=[Cc]hủ đầu tư),\s+(?=chủ sở hữu\b)"  # ("Chủ đầu tư, chủ sở hữu, đơn vị ...": each)
)
# Words of a sentence, not of a name: a heading holding one is a task, not a body.
VERBS = re.compile(
    r"\b(?:chủ trì|phối hợp|thực hiện|triển khai|tăng cường|(?<!ban )chỉ đạo|báo cáo|rà soát|"
    # ("các cơ quan, tổ chức, đơn vị": the three kinds of body, no verb among them; nor "các cơ
    # quan, tổ chức có liên quan", the kinds concerned)
    r"(?!(?<=cơ quan, )tổ chức(?:, (?:đơn vị|cá nhân)\b| (?:có )?liên quan\b))"
    r"tổ chức(?! chính trị| xã hội(?! hóa| hoá))|"
    # ("các viện nghiên cứu": a kind of body, the words its name)
    r"khẩn trương|tiếp tục|có trách nhiệm|có nhiệm vụ|chịu trách nhiệm|(?<!viện )nghiên cứu|"
    r"xây dựng|hướng dẫn|theo dõi|kiểm tra|đôn đốc|tham mưu|bảo đảm|đảm bảo|(?<!ban )biên tập)\b",
    re.IGNORECASE,
)


def others_named(text: str) -> bool:
    """ "Các cơ quan, tổ chức, đơn vị còn lại.": a heading naming the rest of the bodies (or
    those concerned), nothing more, closed by a full stop."""
    folded = fold_keep(text)
    return folded.endswith(("con lai.", "lien quan.")) and heading_bodies(text) == [text[:-1]]


def heading_bodies(heading: str) -> list[str]:
    """The bodies a heading addresses, lead first; none if the heading says more than names."""
    return list(_heading_bodies(heading))


# "công trình xây dựng", "hoạt động xây dựng", "Ban Quản lý dự án đầu tư xây dựng": "xây dựng"
# after them is no verb (nor after a field's body: "Các cơ quan chuyên môn về xây dựng cấp tỉnh")
_WORKS = re.compile(
    r"\b(?:công trình|hoạt động|dự án đầu tư|quản lý đầu tư|qlda đầu tư|chuyên môn về)\s+$",
    re.IGNORECASE,
)
# "Ban Quản lý dự án đầu tư xây dựng ...", "Ban QLDA Đầu tư xây dựng chuyên ngành ...": a
# project board's name goes on past "xây dựng", the works it manages
_BOARD_INVESTS = re.compile(r"\b(?:dự án|qlda|quản lý) đầu tư\s+$", re.IGNORECASE)


def builds_in_name(text: str, verb: re.Match[str]) -> bool:
    """The "xây dựng" a project board's name holds ("Ban QLDA Đầu tư xây dựng ..."): no verb."""
    return verb.group().lower() == "xây dựng" and bool(_BOARD_INVESTS.search(text, 0, verb.start()))


def _first_verb(text: str) -> re.Match[str] | None:
    """The first verb of a heading: not a noun's word ("các tổ chức", ", tổ chức xã hội"), a
    listed name's ("Sở Xây dựng"), a party board's ("Ban tổ chức huyện ủy") nor the works
    built ("công trình xây dựng")."""
    board = len(" ".join(text.split()[: party_board(text.split())]))
    return next(
        (
            v
            for v in VERBS.finditer(text, board)
            if not _ORG_NOUN.search(text, 0, v.start())
            and not listed_name_at(text, v.start())
            and not (v.group().lower() == "xây dựng" and _WORKS.search(text, 0, v.start()))
        ),
        None,
    )


@lru_cache(maxsize=4096)  # a block's text is asked about by several passes
def _heading_bodies(heading: str) -> tuple[str, ...]:
    text = _MINISTRIES.sub(_ministries, squash(heading).strip(" :.;*"))
    # "11. Các đơn vị cấp nước sạch trên địa bàn có trách nhiệm": the bodies before it
    text = ANSWERS_FOR.sub("", text)
    # "1. Trách nhiệm chung của các cơ quan, đơn vị" / "2. Nhiệm vụ của Sở Y tế": the bodies
    duties = DUTIES_OF.match(text)
    text = DUTIES_OF.sub("", text)
    if duties is not None and PARTIES.fullmatch(text):
        return (text,)  # ("Trách nhiệm của cá nhân, tổ chức có phản ánh kiến nghị": those bound)
    if _MARKETS.match(text):
        return ()  # "a) Thị trường Trung Quốc, Hồng Kông, Đài Loan": a market, no body named
    if with_alternative(text):
        return (text,)  # "Các sở Thương mại (hoặc Sở Thương mại và Du lịch)": one body
    glossed = GLOSSED.search(text)
    if glossed:  # "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý ...)": those named
        meant = _heading_bodies(glossed.group(1))
        before = _heading_bodies(text[: glossed.start()])
        inside = glossed.group(0).strip()[1:-1].strip()
        if not meant and len(before) == 1 and _DESCRIBED.fullmatch(inside):
            # "Ủy ban nhân dân các quận, huyện (chính quyền cấp cơ sở)": a gloss on what the
            # body is, part of its name as written (not "(trước đây)": when the name held; nor
            # "(sau đây gọi tắt là ...)", "(VNPT, Viettel và ...)": its short name, its members)
            return (f"{before[0]} {glossed.group(0).strip()}",)
        return meant or before
    head, colon, tail = text.partition(":")
    tail = tail.strip(" *")
    names_only = bool(SHARED.match(TITLES.sub("", text))) and not any(
        v.group()[0].islower() for v in VERBS.finditer(tail)
    )  # "Các Bộ: Quốc phòng, Xây dựng": names, however many open like a verb
    if colon and not names_only and (tail.lower().startswith("là ") or VERBS.search(tail)):
        text = head.strip(" *")  # "Các sở, ban, ngành: Là các đơn vị được ...": who they are
        areas = _AREAS_LISTED.match(tail) if _AREAS_HEAD.search(text) else None
        if areas:  # "Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia Lai và Lâm Đồng tiếp tục ...": one
            text = f"{text}: {areas.group().strip()}"  # collective body, as written
    verb = _first_verb(text)
    if verb is not None and verb.group().lower() == "xây dựng" and verb.end() == len(text):
        verb = None  # "Cục Kinh tế - Quản lý đầu tư xây dựng": a name ending in "xây dựng"
    if not text or (len(text) > 220 and not names_only) or verb is not None:
        return ()
    text = ASK.sub("", text)
    text = NAMES_END.split(text, maxsplit=1)[0]
    shared = SHARED.match(text)
    if shared:
        organ = shared.group("organ")
        organ = "Bộ" if organ.lower().startswith("bộ") else organ[:1].upper() + organ[1:]
        # "các Bộ: Quốc phòng, Y tế; Chủ tịch Ủy ban nhân dân các tỉnh": the list ends at ";"
        listed, _, others = shared.group("rest").partition(";")
        listed, others = listed_on(organ, listed, others)  # ("các Bộ: Tư pháp; Nội vụ")
        # "các Bộ: Xây dựng, Y tế và các bộ, ngành có liên quan": a plural named with them
        listed, *plural = _PLURAL_AFTER.split(listed, maxsplit=1)
        names = shared_names(organ, listed)
        if not shared["colon"] and any(n.lower().split()[1:2] == [organ.lower()] for n in names):
            return (text.strip(" ,"),)  # "Các Cục Thuế, Chi cục Thuế": kinds under one "Các"
        # ("các Sở Thông tin và Truyền thông chuẩn bị": the words after the one name are no body's)
        upper = [n for n in names if n[:1].isupper()]
        alone = len(upper) == 1 and not (plural or others.strip() or shared["colon"])
        if alone and text[:4].lower() == "các ":  # "các Sở Tài nguyên và Môi trường": one kind
            return (text[: shared.start("rest")] + upper[0].strip(" ,;."),)
        more = _heading_bodies(others) if others.strip() else ()
        named = [organ_name(organ, n) for n in names if n[:1].isupper()]
        return (*named, *(p.strip(" ,") for p in plural), *more)
    out: list[str] = []
    for part in _SPLIT.split(text):
        bare = TITLES.sub("", part.strip(" ,;")).strip()
        office = bare != part.strip(" ,;") and bare[:1].islower()  # (not "Trưởng phòng TC")
        if office and not bare.startswith(("các ", "phòng ")) and not _PLACES_OF.match(bare):
            continue  # "Bí thư tỉnh ủy": an office named by its kind of body, no body's name
        if _TITLE_ONLY.match(bare):
            continue  # "Các đồng chí Bí thư, Chủ tịch UBND tỉnh": the offices, then the body
        if bare and STARTS_BODY.match(bare) and not common_noun(bare) and bare not in out:
            out.append(bare)  # (once: "Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế")
    return tuple(out)


# "Chủ tịch ủy ban nhân dân các tỉnh, thành phố": in small letters, the office of a kind of body
# in every place of a kind, which names those bodies (not "Bí thư tỉnh ủy": one office)
_PLACES_OF = re.compile(r"^[^,;]{3,40}? các (?:tỉnh|thành phố|huyện|quận|xã|phường)\b")
# "... và các bộ, ngành có liên quan" closing a list of names that share their first word
_PLURAL_AFTER = re.compile(r"\s+và\s+(?=các\s)", re.IGNORECASE)
_TITLE_ONLY = re.compile(
    r"^(?:các\s+)?(?:đồng chí\s+)?(?:bí thư|chủ tịch|giám đốc|bộ trưởng|thủ trưởng)$", re.I
)
# "... các tỉnh, thành phố:" then the provinces' proper names, up to the sentence's verb
_AREAS_HEAD = re.compile(r"\bcác (?:tỉnh|thành phố|huyện|xã|phường)(?:, (?:thành phố|phường))?$")
_AREA_NAME = rf"[{CAPITAL}]\w*(?:\s+[{CAPITAL}]\w*){{0,3}}"
_AREAS_LISTED = re.compile(rf"^{_AREA_NAME}(?:\s*(?:,|và)\s*{_AREA_NAME})*(?=\s+[{SMALL}])")


# Organ words that also open common phrases: "Phòng chống dịch", "Hội thảo", "Báo cáo".
_AMBIGUOUS_ORGANS = frozenset(["phòng", "hội", "trường", "báo", "bộ"])
_ORGAN_VERBS = frozenset(["ban hành", "cục bộ", "đoàn kết", "hội nhập"])


def common_noun(part: str) -> bool:
    """ "Các bước giám sát", "Các bệnh đường hô hấp", "Phòng chống dịch": a phrase that
    opens like a body's name but names none."""
    words = [w.strip(",;:()") for w in part.split()[:3]]
    if len(words) < 2:
        # an organ's word alone names no body: "Trường" of "Trường hợp", "Ban" of "Ban hành"
        return True
    first, second = words[0].lower(), words[1]
    if first == "các":  # "Các bước", "Các bệnh": not "Các Sở", "Các tổ chức, cá nhân"
        rest = part.split(None, 1)[1]
        named = STARTS_BODY.match(rest) or rest.lower().startswith(("tổ chức", "cá nhân"))
        return not named and second.lower() not in _NAME_WORDS
    if f"{first} {second}" in _ORGAN_VERBS:
        return True  # "Ban hành quy chế ...": a verb that opens with an organ's word
    return first in _AMBIGUOUS_ORGANS and second.islower() and second not in _NAME_WORDS


def is_body_name(text: str) -> bool:
    return bool(heading_bodies(text))


def folded_names(names: tuple[str, ...]) -> list[str]:
    return [squash(fold_keep(n)) for n in names]


def split_bodies(text: str) -> list[str]:
    """The bodies a list names ("Các Sở, ban, ngành, UBND xã, phường" -> two), titles dropped."""
    out = []
    text = NAMES_END.split(squash(text), maxsplit=1)[0]
    for part in _SPLIT.split(text.strip(" .;:")):
        part = TITLES.sub("", part.strip(" ,;")).strip(" .")
        if part and fold_keep(part) not in ("va", "cac"):
            out.append(part)
    return out


def has_verb(text: str) -> bool:
    """A verb of a sentence in ``text``, not a word of a name ("Cục Kiểm tra văn bản ...")."""
    return any(not listed_name_at(text, v.start()) for v in VERBS.finditer(text))


def shared_prefix(text: str) -> bool:
    return bool((m := SHARED.match(squash(text))) and m["colon"])


# Where one body's name ends and the next begins, for the partners after "phối hợp với" (units)
NAME_SPLIT = _SPLIT


# (or the ministries and agencies, as ``SHARED`` reads them: "Các Bộ, cơ quan: Tài chính, Xây
# dựng, ...")
_LISTED_AFTER = re.compile(r"\b[Cc]ác (?:Bộ|Sở|bộ|sở)(?:, cơ quan)?\s*:")


def listed_name_at(text: str, at: int) -> bool:
    """ "các Bộ: Quốc phòng, Xây dựng, Y tế", "Bộ trưởng Bộ Xây dựng chỉ đạo": a capitalised
    word of a name (listed, or right after its organ's word), no verb."""
    if at == 0 or not text[at].isupper():
        return at > 0 and in_topic_name(text, at)  # ("Vụ Các vấn đề chung về xây dựng ...")
    return bool(_LISTED_AFTER.search(text, 0, at) or _NAMED_AFTER_ORGAN.search(text, 0, at))


# A heading naming a market or a line of goods: "Thị trường ASEAN", "Các thị trường Tây Á"
_MARKETS = re.compile(
    r"^(?:[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:các\s+)?(?:thị trường|ngành hàng|mặt hàng)\b",
    re.IGNORECASE,
)
# (or the role a body plays: "Cơ quan chủ trì", "Cơ quan phối hợp", "đơn vị thực hiện",
# "Các chủ đầu tư xây dựng và kinh doanh hạ tầng")
_ORG_NOUN = re.compile(
    r"(?:,|\bcác|\bvà|\bcơ quan|\bđơn vị|\bchủ đầu tư|(?<=đơn vị, )tổ chức)\s*$", re.IGNORECASE
)
# "Vụ Tổ chức cán bộ", "Ban Tổ chức Tỉnh ủy": a capitalised verb right after an organ's word
# is the start of the body's name (or after its hyphen: "Phòng Thanh tra - Kiểm tra")
_NAMED_AFTER_ORGAN = re.compile(
    r"(?:^|\s)(?:Vụ|Ban|Cục|Phòng|Sở|Tổng cục|Chi cục|Bộ|Viện|Ủy ban|Uỷ ban)\s+$|\w\s+[-–]\s+$"
)
