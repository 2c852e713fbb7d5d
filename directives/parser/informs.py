"""What a letter informs of, asking no one: what is new in the rules it introduces ("Một số
nội dung sửa đổi, bổ sung mới của Thông tư ... như sau:"), a report or a plan set out ("Thông
tin cụ thể như sau:"), the new text of the rules a document amends, who attended a meeting,
and the issuer presenting what the letter carries; nontask.py tells the other paragraphs that
give no task.
"""

from __future__ import annotations

import re

from directives.parser.clean import fold_keep, squash

# "Một số nội dung sửa đổi, bổ sung mới của Thông tư số ... như sau:": what is new in the rules
# the letter introduces, set out below, no task (the sentence that asks before it is one)
_NEWS = re.compile(
    r"(?:^|(?<=[.;] ))(?:mot so |cac |nhung )?(?:diem|noi dung)(?: chinh)?"
    r" (?:moi|sua doi|bo sung)\b[^.;:]{0,160}\bnhu sau\s*:\s*$"
)


def news_from(folded: str) -> int:
    """Where the sentence introducing what is new in the rules starts, -1 if none."""
    m = _NEWS.search(folded)
    return m.start() if m else -1


# "I. Những điểm mới của Thông tư hướng dẫn về ...": a section's title naming what is new in
# the rules the letter introduces; its points say what the rules now say and said before
# ("Trước đây: ..."), no one's task (the request to spread them is the letter's own)
_NEWS_TITLE = re.compile(
    r"^(?:mot so |cac |nhung )?(?:diem|noi dung)(?: chinh)? (?:moi|sua doi|bo sung)\b[^.;:]{0,160}$"
)


# What a letter informs of, asking no one: "Thông tin cụ thể như sau:", "... đã báo cáo ... như
# sau:"; or (_AMENDS) the new text of the rules a resolution or decision amends: "2. Sửa đổi,
# bổ sung điểm a, c khoản 1 Điều 3 như sau:", "Việc ... được quy định như sau:" (its items are
# the rule's words, not tasks)
_INFORMS = re.compile(
    r"(?:^|[.;] )thong tin cu the (?:nhu )?sau\s*:\s*$"
    r"|\bda (?:co )?(?:bao cao|trinh)\b[^.;:]{0,80}\bnhu sau\s*:\s*$"
    # ("Sở X thông báo kế hoạch kiểm tra ..., cụ thể như sau:" over the plan's phase, place,
    # members; "Trung tâm thông báo lịch bồi dưỡng ... như sau:" over the course's audience,
    # fee: the issuer's own inspection or course, set out, no task in its parts)
    r"|\bthong bao (?:(?:ke hoach|lich|thoi gian) (?:kiem tra|thanh tra|giam sat|khao sat)\b"
    r"|lich )[^.;:]{0,400}\bnhu sau\s*:\s*$"
    # "Ngày 28/5/2026, UBND tỉnh ban hành Phương án số ...; theo đó, UBND tỉnh giao nhiệm vụ:",
    # "Ngày 29/6/2026, ... Kết luận thanh tra số ... đề nghị Giám đốc Sở X:": what another
    # document asked, on a day gone by, recounted before the letter's own requests
    r"|^ngay \d{1,2}/\d{1,2}/\d{4},\s[^:]{0,600}\b(?:giao(?: nhiem vu)?|de nghi [^:]{0,80}"
    r"|chi dao tai [^:]{0,80})\s*:\s*$"
    r"|" + _NEWS.pattern
)
_AMENDS = re.compile(
    r"^(?:sua doi|bo sung|thay the)\b[^:]{0,120}\b(?:diem|khoan|dieu) [^:]{0,80}\bnhu sau\s*:\s*$"
    # "2. Việc giải mật tài liệu ... được quy định như sau:": the rule itself, set out below
    r"|^[^:]{0,240}\bduoc quy dinh(?: cu the)? nhu sau\s*:\s*$"
)


# Who attended the meeting: "... Tham dự có các đồng chí:", "Cùng dự có:" closing the paragraph
# over the officials it names, who are given nothing
_ATTENDED = re.compile(
    r"(?:^|[.;] )(?:tham du|cung du)\b[^.;:]{0,60}?\bco(?: cac dong chi| dai dien)?\s*:\s*$"
)


def attended(folded: str) -> bool:
    """The paragraph ends by saying who attended: the paragraph after it names them."""
    return bool(_ATTENDED.search(folded))


def informs(folded: str) -> bool:
    """``_INFORMS``, tried only on a text that ends with ":" (as each of its branches does); or
    a title naming what is new in the rules (``_NEWS_TITLE``)."""
    if news_title(folded):
        return True
    return folded.rstrip().endswith(":") and bool(_INFORMS.search(folded))


def news_title(folded: str) -> bool:
    """The title names what is new in the rules the letter introduces (``_NEWS_TITLE``)."""
    return bool(_NEWS_TITLE.match(folded.strip()))


def amends(folded: str) -> bool:
    """The heading sets out the new text of the rules the document amends."""
    return bool(_AMENDS.match(folded))


# The issuer presenting what the letter itself carries: "Tổng cục Thuế giới thiệu một số điểm
# mới ... (chi tiết nêu tại Phụ lục đính kèm)", "Bộ X xin thông báo ... như sau": done by the
# letter as it is sent, no work ahead (not "Bộ X sẽ giới thiệu ...", nor a request in it)
_PRESENTS = re.compile(
    r"\s+(?:xin\s+|tran trong\s+)?(?:gioi thieu|thong bao|tom tat|gui kem)\b"
    r"(?![^.;]*\b(?:de nghi|yeu cau|giao)\b)"
    r"[^.;]*\b(?:phu luc|dinh kem|kem theo|nhu sau|duoi day)\b"
)


def presents_own(folded: str, issuer: str | None) -> bool:
    """The paragraph opens with the issuer presenting what the letter carries (``_PRESENTS``)."""
    if not issuer:
        return False
    name = squash(fold_keep(issuer))
    return folded.startswith(name) and _PRESENTS.match(folded, len(name)) is not None
