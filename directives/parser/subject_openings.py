"""What a sentence opens with before its subject: a case, purpose or grounds clause ("Đối
với ...,", "Để ...,", "Trên cơ sở ...,", "Căn cứ ...,"), a time or role clause ("Sau khi
...,", "Hằng năm,"); each reader returns the sentence from where its subject starts."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY, heading_bodies
from directives.parser.clean import fold_keep, squash
from directives.parser.letters import CAPITAL, SMALL
from directives.parser.subject_ends import verb_after


def after_case(text: str) -> str:
    """ "Đối với các chi phí khám bệnh, chữa bệnh ... 2019-2022, Bảo hiểm xã hội Việt Nam
    khẩn trương ...", "Trên cơ sở nội dung Chỉ thị số 52-CT/TW, Kế hoạch hành động, các Bộ
    ...": the sentence after a case, purpose or grounds clause whose own words hold commas,
    cut at the first comma a body's name follows: "các" and an organ, or after "Đối với" a
    capitalised name; a body in lower case there is the clause's own ("..., đơn vị ...")."""
    low = text[:12].lower()
    if not low.startswith(_CASE_OPENERS) and not _lost_purpose(text):
        return text
    hands = _HANDS.search(text, 0, 240)  # "..., trường hợp có vướng mắc, giao Ủy ban nhân dân ..."
    if hands and STARTS_BODY.match(text, hands.end()) and text[hands.end()].isupper():
        return text[hands.start("verb") :]
    for comma in re.finditer(r",\s+", text[:240]):
        at = comma.end()
        if text[at : at + 4].lower() == "các ":
            if low.startswith("trường hợp "):
                continue
            if STARTS_BODY.match(text, at + 4) and not text.startswith("các", at + 4):
                return text[at:]
        elif STARTS_BODY.match(text, at) or COUNTED.match(text, at):
            named = text[at].isupper() and (low.startswith(_NAMED_AFTER) or _body_acts(text, at))
            return text[at:] if named or COUNTED.match(text, at) else text
    return text


_CASE_OPENERS = ("đối với ", "trên cơ sở ", "để ", "nhằm ", "trường hợp ")
# the longest name of one body a clause's comma may open, in words
_NAME_WORDS = 10


def _body_acts(text: str, at: int) -> bool:
    """From ``at`` one body's name, capitalised, runs to its verb ("..., Hội đồng thi đua họp
    xét ..."): the subject after a clause that holds commas of its own, not more of the
    clause ("..., Sở Y tế và các đơn vị liên quan, ...")."""
    verb = verb_after(text, at)
    name = text[at : verb.start()].strip() if verb is not None else ""
    return (
        bool(name)
        and "," not in name
        and len(name.split()) <= _NAME_WORDS
        and heading_bodies(name) == [name]
    )


# "hai cơ quan trao đổi ...", "(Trong trường hợp cần thiết,) các đơn vị của hai cơ quan tại
# khoản 1, khoản 2 Điều này tổ chức ...": the bodies the text named before, referred to by their
# number (and their units, where the text says which), the whole of it the subject's name
COUNTED = re.compile(
    r"(?:(?:[Tt]rong )?(?:trường|Trường) hợp cần thiết,\s*)?"
    r"(?P<name>(?:các (?:đơn vị|bộ phận|cơ quan) (?:của|thuộc) )?"
    r"(?:[Hh]ai|[Bb]a|[Bb]ốn) (?:cơ quan|Tổng cục|bên|đơn vị(?: đầu mối)?|ngành)"
    r"(?: (?:nêu |quy định )?tại (?:khoản|điểm) [^;:.]{1,40}?Điều (?:này|\d{1,3}))?)"
    rf"\s+(?=[{SMALL}])"
)
# openers whose clause a body named in capitals ends ("Trường hợp cấp có thẩm quyền quyết định
# ..., phê duyệt ..., Ủy ban nhân dân tỉnh X có trách nhiệm ..."): the case, then its subject
# (after "Trường hợp" only such a name: "..., các đơn vị chủ động ..." goes on with the bodies
# the task was already given to)
_NAMED_AFTER = ("đối với ", "trường hợp ")
# (or asked of the organ a list of names shares: "..., yêu cầu các Bộ: Tư pháp, Nội vụ ...")
_HANDS = re.compile(r",\s+(?P<verb>(?:giao|yêu cầu|đề nghị)\s+các|giao)\s+")
# "Để"/"Nhằm" an OCR'd page wrote without its accents ("Dé thúc đẩy ..."); not "Đề nghị",
# "Đề án", "Dễ", "Nhầm"
_NOT_PURPOSE = frozenset(["đề", "dễ", "đế", "nhầm"])


def _lost_purpose(text: str) -> bool:
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return fold_keep(first) in ("de", "nham") and first.lower() not in _NOT_PURPOSE


# Clauses of time, purpose or role (or a case: "Đối với ...: Cơ quan thuế ...") before the
# subject, one after another ("Nhằm đạt được mục tiêu ..., bên cạnh các nhiệm vụ thường xuyên,")
# how often: "Định kỳ", "Định kỳ 06 (sáu) tháng", "Định kỳ hằng quý hoặc đột xuất"
_PERIOD = (
    r"định kỳ(?: \d{1,2}(?: \([^\d()]{2,12}\))? tháng| (?:hằng|hàng) (?:năm|quý|tháng))?"
    r"(?: hoặc đột xuất)?"
)
_OPENING = re.compile(
    # (or a topic's label: "Về kinh phí: Các địa phương phải ...")
    rf"^(?:đối với\s[^;.:]{{2,200}}:\s*(?=(?-i:[{CAPITAL}]))"
    rf"|về\s[^;.:]{{2,60}}:\s*(?=(?-i:[{CAPITAL}]))"
    # ("Tùy theo điều kiện cụ thể, Thủ trưởng cơ quan thuế phân công ...": as things stand)
    # ("Nhận được công văn này, yêu cầu các đơn vị ...": on its receipt, then whom it asks)
    r"|nhận được (?:công văn|văn bản) này,\s*"
    r"|(?:(?:sau khi|trên cơ sở|để|nhằm|với vai trò|đối với|căn cứ|bên cạnh|ngoài|t[uù][yỳ] theo)"
    r"\s[^,;.:]{2,160},\s*)+"
    # "Hằng năm, các cơ quan ... có trách nhiệm ...": how often, then the subject itself
    # (or from when: "Từ ngày 01 tháng 12 năm 2025, Trung tâm X tổ chức ...")
    # ("Định kỳ 6 tháng, BHXH tỉnh ...", "Hàng năm, theo hình thức luân phiên, hai cơ quan ...":
    # how often, in turn, then the subject)
    # ("Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng X báo cáo ...": the period's number in
    # words too, or whenever needed)
    r"|(?:(?:hằng|hàng) (?:năm|quý|tháng)|(?:kể )?từ ngày [^,;.:]{2,40}"
    rf"|{_PERIOD}),\s*"
    # ("Hàng năm, bộ phận Tư pháp có trách nhiệm ...": a body its writer names in lower case)
    rf"(?:theo hình thức luân phiên,\s*)?(?=(?-i:các\s|hai\s|bộ phận\s|[{CAPITAL}]))"
    # "Định kỳ 06 tháng các cơ quan có liên quan báo cáo ...": how often, comma or not
    # ("Định kỳ hàng quý hoặc đột xuất các đơn vị thuộc Bộ ...": or whenever needed too)
    rf"|{_PERIOD},?\s+"
    r"(?=(?-i:các\s))"
    # "Trong quá trình thực hiện(,) Thủ trưởng các địa phương chủ động phối hợp ...": while the
    # work goes on, then the subject, comma or not (a title or a body in capitals, or "các")
    r"|trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện,?\s+"
    rf"(?=(?-i:các\s|[{CAPITAL}]))"
    # "Trong thời gian chờ sửa đổi, bổ sung ..., Cục Hải quan X hướng dẫn ...": the while,
    # then the subject (a body in capitals, or "các"; or its head, "đồng chí Cục trưởng ...")
    # ("Trong khi chờ Tổng cục X nâng cấp ..., Cục trưởng Cục Y ...": so with "khi")
    r"|trong (?:thời gian|khi)\s[^;.:]{2,200}?,\s*"
    rf"(?=(?-i:các\s|đồng chí\s+[{CAPITAL}]|[{CAPITAL}]))"
    # "Trong thời hạn 5 năm, cơ quan, tổ chức ... phải hoàn thành ...": the time given, then
    # the subject
    r"|trong (?:thời hạn|vòng) \d{1,3} (?:năm|tháng),\s*"
    # "Trong quý I của năm liền kề đánh giá, Sở Nội vụ chủ trì ...": the quarter, the subject
    # (or the body handed the work: "Trong tháng 4 năm 2020, giao Tổng cục Thuế chủ trì ...")
    # (or the day: "Ngay trong ngày nhận được văn bản ..., Vụ X trình ...")
    r"|(?:ngay )?trong (?:quý|tháng|ngày) [^,;.:]{1,80},\s*"
    rf"(?=(?-i:các\s|[{CAPITAL}]|(?:giao|đề nghị|yêu cầu)\s+[{CAPITAL}]))"
    # "Danh mục này làm căn cứ để các Bộ, ngành ... chỉ đạo thực hiện ...": what the document
    # serves as, then the bodies that act on it
    rf"|(?-i:[{CAPITAL}])[^,;.:]{{2,60}}?\snày làm căn cứ (?:để|cho)\s+"
    rf"(?=(?-i:các\s|[{CAPITAL}])))"
    r"(?=\S)",
    re.IGNORECASE,
)
# "Trên cơ sở Kế hoạch của từng bộ, cơ quan, địa phương cụ thể hóa ...": a comma inside a list
# of bodies the clause names, not the one that ends the clause
_LIST_GOES_ON = re.compile(
    r"\b(?:bộ|ngành|cơ quan|địa phương|đơn vị|sở|ban)\s*,\s*$", re.IGNORECASE
)


def without_opening(text: str) -> str:
    """The sentence after the clauses of time, purpose or role it opens with."""
    opening = _OPENING.match(text)
    if opening is None:
        return text
    rest = text[opening.end() :]
    on = (
        rest[:1].islower() and not rest.startswith("các ") and _LIST_GOES_ON.search(opening.group())
    )
    # ("Để việc ... của các bộ, ngành, địa phương được triển khai ..., đề nghị bộ, ngành ...
    # khẩn trương ...": the clause goes on past its list, to the bodies it asks)
    asked = _ASKED_AFTER.search(rest.split(". ", 1)[0]) if on else None
    if asked is not None:
        return rest[asked.end() :]
    if on and STARTS_BODY.match(rest):
        return text  # ("..., các địa phương chủ động ...": the subject, after the clause)
    return rest


# ", đề nghị X ...": the request after the opening clause, the bodies it asks after it
_ASKED_AFTER = re.compile(r",\s+(?=(?:đề nghị|yêu cầu|giao)\s)")


_GROUNDS = re.compile(r"^căn cứ [^,;]{0,160},\s*", re.IGNORECASE)


def without_grounds(text: str) -> str:
    """The sentence without its opening "Căn cứ ...," clause."""
    return _GROUNDS.sub("", squash(text))


# "Ủy ban nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử ...": a gloss in small
# letters after the subject's name, no part of it (not "Cục X (Tổng cục Y)", its parent, nor
# "(cụ thể phòng X, Thanh tra Y)": which bodies are meant, of the name)
GLOSS = re.compile(rf"\s*\((?!hoặc |hay |cụ thể )(?=[{SMALL}])[^()]{{1,80}}\)\s+")
