"""Where a sentence's subject ends: ``PREDICATE``, its first verb or a cue ("theo chức năng ...",
"căn cứ ..."), and the verbs that end it only in lower case (``LOWER_VERB``: in capitals they
open a name), with ``verb_after``, the first predicate that is no word of a proper or listed
name. The bodies before it are read by ``subjects``.
"""

from __future__ import annotations

import re

from directives.parser.bodies import VERBS, listed_name_at
from directives.parser.letters import CAPITAL, SMALL

# Where a sentence's subject ends: its first verb, or "theo chức năng ...", "căn cứ ...".
# (the lookahead: the letters a verb or cue starts with; the engine passes over the rest)
PREDICATE = re.compile(
    r"(?=[bcđghklnpqrtxá])(?:"
    + VERBS.pattern
    # ("Các đơn vị tùy theo điều kiện ...", "Ban chấp hành Công đoàn X trao đổi với ...")
    + r"|\b(?:(?:tùy|tuỳ) theo|theo|trao đổi|căn cứ|trên cơ sở|trong phạm vi|cần|phải|"
    r"khẩn trương|tiếp tục|giải quyết|"
    r"quan tâm|đẩy nhanh|đẩy mạnh|(?<!quản lý )(?<!quản lý thuế )trực tiếp|xử lý|tiến hành|"
    r"thành lập|hoàn thành|hoàn tất|hoàn thiện|tổng hợp(?= (?:kết quả|số liệu|tình hình)\b|"
    # ("... trung ương tổng hợp, trình Hội đồng nhân dân ...": gathers, then submits)
    r",\s(?:trình|báo cáo|đề xuất|tham mưu)\b)|"
    # ("... Trung ương kịp thời thông báo ...": the adverb before the verb)
    r"kịp thời|tiếp thu|bố trí|tập trung|chủ động|cụ thể hoá|cụ thể hóa|có kế hoạch|(?<!nơi )có|"
    r"là|xem xét|(?<!được )(?<!không )áp dụng|(?<!hội đồng )(?<!cơ quan )thẩm (?:tra|định)|"
    r"đồng chủ trì|thiết lập|góp ý|thông báo(?= cho\b)|liên hệ(?= với\b)|thừa (?:ủy|uỷ) quyền|"
    # ("Sau khi ..., Công ty gửi Báo cáo kết quả ... về Sở X": sending the report on its results,
    # or its file)
    r"gửi(?= (?:báo cáo kết quả|hồ sơ)\b)|"
    # ("Bộ Tài chính đề nghị các cơ quan cho ý kiến ...": the comments asked for, not "xin ý kiến")
    r"(?<!xin )(?<!được )(?<!để )cho ý kiến|"
    # ("Ban X đảng ủy đặc khu lập danh sách ...": drawing up a list, a plan, a dossier)
    r"(?<!thành )(?<!thiết )(?<!công )(?<!độc )(?<!đã )(?<!sẽ )(?<!đang )"
    r"lập(?= (?:danh sách|kế hoạch|hồ sơ)\b)|"
    # ("Công ty X chỉ được phép khai thác ... nếu bảo đảm các yêu cầu sau đây:": a licensee)
    r"(?-i:chỉ được phép)(?= \w)|"
    # ("Công ty X được hưởng các quyền hợp pháp ... và có trách nhiệm ...": a permit's holder)
    r"(?-i:được hưởng)(?= (?:các |mọi )?quyền\b)|"
    r"thay mặt|quyết liệt|lãnh đạo(?=,\s*chỉ đạo)|bàn(?= (?:thống nhất|bạc|với)\b)|"
    r"(?<!đăng )(?<!thư |chữ )(?<!người )ký(?= (?:và|duyệt|kết|số|xác nhận|ban hành|, đóng dấu)\b)|"
    # "Các cơ quan, đơn vị không chấp nhận ...": a prohibition (not "Cục Hàng không ...")
    r"(?<!hàng )(?<!phòng )(?-i:không)(?= (?:được|chấp nhận|cho phép)\b)|"
    # "Ủy ban nhân dân các cấp cử một đồng chí Phó Chủ tịch ...": sending someone (not "bầu cử")
    r"(?<!bầu )cử(?= (?:một|01|cán bộ|đại diện|lãnh đạo|đồng chí|người)\b)|"
    # "Hội đồng thi đua họp xét ...": a council meets to weigh or settle something
    r"(?<!cuộc )(?<!buổi )(?<!phiên )họp(?= (?:xét|bàn)\b)|"
    # "Ủy ban nhân dân cấp xã quyết định khen thưởng ...": deciding, in lower case after the
    # body's name (not a decision named: "các quyết định", "thẩm quyền quyết định đầu tư")
    r"(?<!các )(?<!có )(?<!theo )(?<!tại )(?<!hành )(?<!quyền )(?<!người )(?<!cấp )"
    rf"(?-i:quyết định)(?= (?-i:[{SMALL}]))(?! số\b)|"
    # "Trưởng ban Ban X trình Ủy ban nhân dân ...": submitting to a body (not "chương trình");
    # or to the leaders over it ("Vụ X trình Tổng cục ...", "... trình Lãnh đạo Bộ ký ...")
    r"(?<!chương )(?<!quy )(?<!tờ )(?<!công )(?<!lộ )(?<!tiến )(?<!quá )"
    r"trình(?= (?:ủy|uỷ|ubnd|thủ|chính|bộ|hội|cấp|tổng cục|lãnh đạo|giám đốc|chủ tịch)\b)|"
    # "... tỉnh đầu tư, hoàn thiện ...", "các Cục thuế phổ biến, thông báo ...": the first of a
    # list of verbs (not "Chủ đầu tư,")
    r"(?<!chủ )(?<!dự án )(?-i:đầu tư)(?=,\s)|(?-i:phổ biến)(?=,\s)|"
    # "Ủy ban nhân dân các huyện tự cân đối ...": on its own means (not "trật tự", "tự nhiên")
    r"(?<!trật )(?<!thứ )(?<!tương )(?<!trình )(?-i:tự)(?!\s+(?:nhiên|động|do|vệ)\b)"
    rf"(?=\s+(?-i:[{SMALL}])))\b)",
    re.IGNORECASE,
)

# an organ's word that is a verb too, first in a list of verbs (not of bodies: "Thanh tra,
# Văn phòng Sở ...", "Thanh tra, các phòng ...")
VERBS_LISTED = re.compile(rf"(?:Thanh tra|Kiểm toán),\s+(?!các\s)(?-i:[{SMALL}])")

# Verbs that end a subject when written in lower case (in capitals they open a name; "thanh
# tra" a verb only with its object or its pair: "Cơ quan thanh tra khẩn trương ..." is a name)
LOWER_VERB = re.compile(
    r"\b(?:hỗ trợ|giám sát|phát huy|vận động|cập nhật|huy động|tuyên truyền|tham gia|"
    r"thanh tra(?=,\s*kiểm tra\b|\s+việc\b))\b"
)
# two capitalised words running: a proper name's, no verb's
PROPER_AT = re.compile(rf"[{CAPITAL}]\w*\s+[{CAPITAL}]")


def verb_after(text: str, at: int) -> re.Match[str] | None:
    """The first predicate from ``at`` that is no word of a proper or listed name."""
    return next(
        (
            v
            for v in PREDICATE.finditer(text, at)
            if not PROPER_AT.match(text, v.start())
            and not listed_name_at(text, v.start())
            and not organisations_listed(text, v.start())
        ),
        None,
    )


# "Các cơ quan, đơn vị, tổ chức chịu trách nhiệm ...": the organisations closing a list of kinds
# of body, not the verb "to organise" (its duty then follows)
_ORGANISATIONS_LISTED = re.compile(r"tổ chức(?=\s+(?:chịu|có)\s+trách nhiệm\b)", re.IGNORECASE)


def organisations_listed(text: str, at: int) -> bool:
    """The "tổ chức" at ``at`` closes a list of kinds of body after its comma."""
    return text[:at].endswith(", ") and _ORGANISATIONS_LISTED.match(text, at) is not None
