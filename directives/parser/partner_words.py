"""The words of a list of partners ("phối hợp với X, Y và các cơ quan liên quan"): where it
opens and ends, where one partner's name gives way to the next, and which entries name no
body of their own."""

from __future__ import annotations

import re

from directives.parser.bodies import NAME_SPLIT, STARTS_BODY, VERBS
from directives.parser.clean import fold_keep
from directives.parser.letters import CAPITAL
from directives.parser.name_words import name_part
from directives.parser.topic_names import in_topic_name

GLOSSED_GROUP = re.compile(r"các\s[^(),;.]{2,40}?\s*\((?P<names>[^()]{3,300})\)")
# "phối hợp chặt chẽ với X, Y và Z tổ chức ...": the partners' list, up to its verb
# (or "chủ trì, cùng Bộ Tài nguyên và Môi trường có phương án ...": the lead's partner)
PARTNERS = re.compile(
    # ("phối hợp cùng UBND các phường, xã rà soát ...": the partners after "cùng")
    # (not a regulation or programme named by its subject: "Quy chế phối hợp các sở, ngành ...")
    r"\b(?<!quy che )(?<!co che )(?<!chuong trinh )"
    r"(?:phoi hop(?:\s+chat che)?(?:\s+(?:voi|cung(?:\s+voi)?))?"
    # ("phối hợp, hướng dẫn Bộ Y tế ...", "phối hợp, trao đổi thông tin (với) cơ quan Công an":
    # a second verb the partners share with "phối hợp")
    r"|phoi hop,\s+(?:huong dan|ho tro|(?:trao doi|cung cap) thong tin(?:\s+voi)?)"
    # (or the provinces counted: "phối hợp với 02 tỉnh A và B")
    r"|chu tri,?\s+cung(?:\s+voi)?)\s+(?=[^\W\d]|\d{1,3}\s+(?:tinh|thanh pho)\b)"
)
LIST_END = re.compile(r"[.;:()]|\s(?:de|trong|ve|theo|tai|nham|khi|bao dam|dam bao)\s")
# between partners: where a body's name ends, before "các ..." ("Bộ Nội vụ và các bộ") or a force
# (or a kind of body without "các": "UBND các xã, phường và cơ quan, đơn vị có liên quan",
# "UBND các xã, phường, đơn vị liên quan")
# (or a full stop the page set for a comma: "..., Sở Quy hoạch - Kiến trúc. Sở Nội vụ và ...")
PARTNER_SPLIT = re.compile(
    NAME_SPLIT.pattern + r"|\s*,\s*(?=các\s|lực lượng |cơ quan chuyên môn "
    r"|(?:cơ quan|đơn vị)(?: có)? liên quan\b)"
    # ("Sở A, Sở B cùng đơn vị liên quan": "cùng" for "và")
    r"|\s+(?:và|cùng)\s+(?=các\s|(?:cơ quan|đơn vị|địa phương|tổ chức)\b)"
    # ("Công an xã, phường hoặc UBND các xã, phường": either body, each a partner)
    rf"|\s+hoặc\s+(?=[{CAPITAL}])"
    # (not a city's kind shortened: "Ủy ban nhân dân TP. Hà Nội")
    rf"|(?<!TP)(?<!Tp)(?<!TX)(?<!Tx)\.\s+(?=[{CAPITAL}])"
)
# (or a ward's section: "bộ phận Tư pháp - Hộ tịch", named by its capitals)
_FORCE = re.compile(r"(?:lực lượng|bộ phận)\s+")
RELATED = re.compile(r"(?:co\s+)?lien quan$|^cac dia phuong$|^cap tren$")
# "phối hợp với Bộ phận có liên quan thực hiện ...": a kind of unit alone, those concerned
# (or the ministries' or departments' sectors: "phối hợp với Bộ ngành liên quan đánh giá ...")
KIND_RELATED = re.compile(
    r"\s*(?:Bộ phận|Phòng|Đơn vị|Cơ quan|Tổ|(?:Bộ|Sở),? ngành)\s+(?:có\s+)?liên quan\b"
)


# "các tổ chức chính trị - xã hội (tỉnh)": the mass organisations, a definite set of bodies
MASS_ORGANISATIONS = re.compile(
    r"(?:các\s+)?tổ chức chính trị\s*-\s*xã hội(?:\s+(?:cấp\s+)?(?:tỉnh|thành phố)\b)?"
    r"(?:\s+trực thuộc\b)?",  # "... và các tổ chức chính trị - xã hội trực thuộc"
    re.IGNORECASE,
)


def named_entry(name: str) -> bool:
    """A partner's entry opens with a body's name: a capital, or a force named by it ("lực
    lượng Hải quan", not "lực lượng chức năng"), or the office of a named body ("cơ quan
    chuyên môn thuộc Bộ Tài chính")."""
    force = _FORCE.match(name) or OFFICE_OF.match(name)
    return name[:1].isupper() or (force is not None and name[force.end() :][:1].isupper())


# "cơ quan chuyên môn thuộc Bộ Tài chính": the one office of a body the letter names
OFFICE_OF = re.compile(r"cơ quan chuyên môn thuộc\s+")
# "phối hợp với cơ quan chức năng của Bộ Nông nghiệp và Môi trường": the ministry's own
# offices, which the ministry stands for as a partner (as a head's title before it is dropped)
FUNCTIONAL_OF = re.compile(rf"(?:các\s+)?cơ quan chức năng của\s+(?=[{CAPITAL}])")


def ends_list(stop: re.Match[str], text: str) -> bool:
    """A stop mark, or a word that ends the list when it is not a capitalised word of a
    name ("Bộ Tài chính", whose "tai" folds like "tại") nor a name's lower-case word that
    folds like it ("Cục Biến đổi khí hậu", "... dữ liệu tài nguyên môi trường"); not the
    brackets of a name's gloss ("Ban Chỉ đạo 09 (Sở Tài chính), ...") nor a full stop the
    page set for a comma inside the list (``stops_in_partners``)."""
    mark = stop.group()[:1]
    if mark in "()":
        opened = stop.start() if mark == "(" else text.rfind("(", 0, stop.start())
        named = opened > 0 and text[opened + 1 : opened + 2].isupper()
        gloss = _GLOSS.match(text, opened - 1) if named else None
        return gloss is None or (mark == ")" and gloss.end() != stop.end())
    if mark == ".":
        if _PLACE_SHORT.match(text, max(0, stop.start() - 2)):
            return False  # "Ủy ban nhân dân TP. Hà Nội": the city's kind shortened, its name on
        return not stops_in_partners(text, fold_keep(text), 0, stop.start())
    if mark == ";":
        return not heads_parted(text, fold_keep(text), 0, stop.start())
    if not mark.isspace():
        return True
    word = text[stop.start() + 1 : stop.end() - 1].split(" ")[0]
    # (nor a topic's word in a department's name: "Vụ Các vấn đề chung về xây dựng ...")
    return not word[:1].isupper() and word in _STOP_WORDS and not in_topic_name(text, stop.end())


# "TP. Hà Nội", "TX. Sơn Tây": a city's or town's kind shortened before its proper name
_PLACE_SHORT = re.compile(rf"(?<!\w)(?:TP|Tp|TX|Tx)\.\s?(?=[{CAPITAL}])")
# between two partners' names: a comma before a capital
_NAMES_APART = re.compile(rf"\s*,\s*(?=[{CAPITAL}])")
# what a partner's name may carry: "Ban Chỉ đạo 09 (Sở Tài chính)"
_NAME_EXTRAS = re.compile(r"\s*\([^()]{1,60}\)|\s+\d{1,3}\b")


def with_extras(name: str) -> str:
    """A partner's name with the number and gloss it carries ("Ban Chỉ đạo 09 (Sở Tài
    chính)"), as written; else its name alone (``name_part``)."""
    part = name_part(name + ";")
    return name if part and _NAME_EXTRAS.sub("", name).strip() == part else part


def stops_in_partners(text: str, folded: str, start: int, end: int) -> bool:
    """The sentence from ``start`` stops at ``end`` inside its list of partners, no verb after
    the names ("Giao Sở X chủ trì phối hợp với Sở A, Sở B. Sở C và UBND quận - huyện căn cứ
    ..."): a full stop the page set for a comma."""
    at = folded.rfind("phoi hop", start, end)
    partners = PARTNERS.match(folded, at) if at >= 0 else None
    return partners is not None and _names_only(text[partners.end() : end])


# the title of the head of the next partner: "...; Chủ tịch Ủy ban nhân dân các xã, phường"
_HEAD_NEXT = re.compile(
    rf";\s*(?:Chủ tịch|Giám đốc|Thủ trưởng|Chánh|Tổng Giám đốc|Bộ trưởng)\s+(?=[{CAPITAL}])"
)


def heads_parted(text: str, folded: str, start: int, end: int) -> bool:
    """The ";" at ``end`` parts the partners of the sentence from ``start``, each named by its
    head ("Phối hợp với Chánh Văn phòng UBND tỉnh; Chủ tịch UBND các xã, phường tổ chức
    ..."): one list, no verb before the ";"; or the item opens "Chủ trì phối hợp với" and the
    partners before the ";", with no verb of their own, go on with a body after it ("... và
    các tổ chức đoàn thể; Ủy ban nhân dân cấp xã tuyên truyền ...")."""
    if _HEAD_NEXT.match(text, end):
        return stops_in_partners(text, folded, start, end)
    at = folded.rfind("phoi hop", start, end)
    partners = PARTNERS.match(folded, at) if at >= 0 else None
    if partners is None or not _LEADS_WITH.match(folded[start:at]):
        return False
    verbs = [
        v
        for v in VERBS.finditer(text, partners.end(), end)
        if v.group()[:1].islower()
        and not _KIND_BEFORE.search(text, 0, v.start())
        and not in_quotes(text, v.start())
    ]
    return not verbs and _BODY_NEXT.match(text, end) is not None


# "Chủ trì, phối hợp với ..." opening the item (or its lead's: "Giao Sở X chủ trì, phối hợp
# với ..."), no verb of its own before its partners
_LEADS_WITH = re.compile(r"^\W*(?:[^;:.]{0,100}?\bchu tri\s*,?\s*)?$")
# "các tổ chức đoàn thể", ", tổ chức ...": a kind of body, no verb
_KIND_BEFORE = re.compile(r"(?:,|\bcác|\bvà)\s*$")
# "; Ủy ban nhân dân cấp xã ...": a body named with a capital after the ";"
_BODY_NEXT = re.compile(rf";\s*(?=[{CAPITAL}])(?=" + STARTS_BODY.pattern + ")", re.IGNORECASE)


# "đề nghị", "yêu cầu", "giao" before the bodies asked
_ASKS = re.compile(r"\b(?:de nghi|yeu cau|giao)\s+")


def stops_in_asked(text: str, folded: str, start: int, end: int) -> bool:
    """The sentence from ``start`` stops at ``end`` inside the list of bodies it asks, no verb
    after them ("kính đề nghị Bộ Tài chính. Bộ Kế hoạch và Đầu tư, Ngân hàng Nhà nước có ý
    kiến ..."): a full stop the page set for a comma."""
    asks = [*_ASKS.finditer(folded, start, end)]
    return bool(asks) and _names_only(text[asks[-1].end() : end])


def _names_only(listed: str) -> bool:
    for entry in _NAMES_APART.split(listed.strip()):
        bare = _NAME_EXTRAS.sub("", entry).strip()
        if not bare[:1].isupper() or name_part(bare) != bare:
            return False
    return True


# "Ban Chỉ đạo 09 (Sở Tài chính), ...": a short gloss in brackets on a name, the list going on
# (a capital first, which the caller checks)
_GLOSS = re.compile(r"\s\([^().;:]{1,60}\)(?=\s*,|\s+và\s)")
# The words of ``LIST_END`` as written ("khi", not "khí"; "tại", not "tài")
_STOP_WORDS = frozenset(["để", "trong", "về", "theo", "tại", "nhằm", "khi", "bảo", "đảm"])


def sentence_follows(entry: str) -> bool:
    """A capitalised partner's name runs into the words of a sentence ("Bộ Tài chính tiếp
    thu ý kiến của các Bộ"): the list of partners ends with it."""
    return entry[:1].isupper() and len(with_extras(entry)) < len(entry)


def in_quotes(text: str, at: int) -> bool:
    """``at`` falls inside a name in quotes ("Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây
    dựng đời sống văn hóa”"): its words are the name's, no verb of the sentence."""
    return text.count("“", 0, at) > text.count("”", 0, at)


# A partner named with the body above it in brackets, which tells two bodies of one name apart
# ("phối hợp với Cục Công nghệ thông tin (Tổng cục Thuế)"): part of the name as written (README)
SUB_BODY = re.compile(r"(?:cuc|vu|ban|van phong|chi cuc|trung tam|phong|vien)\s")
PARENT = re.compile(r"\s*\((?:Tổng cục|Bộ|Cục|Sở|Ủy ban|Uỷ ban|UBND|Tập đoàn)\s[^()\n]{2,60}\)")
