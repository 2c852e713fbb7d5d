"""Enterprises named as the subject of a task: "Doanh nghiệp viễn thông bảo đảm kinh phí
...", "Các doanh nghiệp viễn thông trên địa bàn Thành phố, các nhà đầu tư trong các khu công
nghiệp chủ động bố trí kinh phí ...". A plan hands them tasks as it does its agencies; their
name is a common noun and its qualifier, written up to the sentence's verb, and a list of
them is split before each "các".
"""

from __future__ import annotations

import re

from directives.parser.clean import squash
from directives.parser.name_words import NAMED_AT
from directives.parser.subject_ends import PREDICATE
from directives.parser.subject_kinds import KINDS_ANSWERING

OPENS = re.compile(r"^(?:các\s+)?(?:doanh nghiệp|nhà đầu tư|nhà cung cấp|nhà thầu)\b", re.I)
# ("Đề nghị doanh nghiệp căn cứ ...": a reply asks the enterprise it answers by its kind)
_ASKED = re.compile(r"^(?:đề nghị|yêu cầu)\s+", re.I)
_NOT_A_NAME = re.compile(r"[.:;()]|\b(?:được|đã|sẽ|cần|phải)\b")
_LONGEST = 160
# (and before another party joined by "và": "Doanh nghiệp cho thuê lại lao động và bên thuê
# lại lao động phải ký kết ...", joint leads)
_SPLIT = re.compile(
    r"\s*,\s*(?=các\s)|\s+và\s+(?=(?:các\s+)?(?:bên|doanh nghiệp|nhà đầu tư|nhà thầu)\s)"
)


def enterprise_subject(sentence: str) -> list[str]:
    """The enterprises a sentence opens with as its subject, first the one that leads; none
    if the sentence does not open with them or no verb follows the name."""
    text = squash(sentence)
    text = text[len(m.group(0)) :] if (m := _ASKED.match(text)) else text
    if not OPENS.match(text):
        return []
    # "Doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính có trách nhiệm ...": kinds listed,
    # then which of them, up to the duty; the qualifier's verb ("tự chủ") is no predicate
    kinds = KINDS_ANSWERING.match(text)
    if kinds is not None:
        return [kinds.group("name"), *([kinds.group("also")] if kinds.group("also") else [])]
    # "Doanh nghiệp thực hiện dự án casino quy định tại Điều 3 Nghị quyết này có trách nhiệm":
    # the enterprises the article names, their qualifier's verb included
    for at in NAMED_AT.finditer(text, 0, _LONGEST):
        if PREDICATE.match(text, at.end() + 1) and not _NOT_A_NAME.search(text[: at.start()]):
            return [text[: at.end()]]
    # "Các doanh nghiệp, cơ quan, tổ chức ...": a noun in the list, not the verb
    verb = next(
        (
            v
            for v in PREDICATE.finditer(text)
            if text[v.start()].islower() and not text[: v.start()].rstrip().endswith(",")
        ),
        None,
    )
    if verb is None or verb.start() > _LONGEST or _NOT_A_NAME.search(text[: verb.start()]):
        return []
    return [n for n in _SPLIT.split(text[: verb.start()].strip(" ,")) if n]


# "...; đồng thời yêu cầu doanh nghiệp thực hiện giải trình ...", "... thì đề nghị người khai
# ...": a later clause of the issuer's guidance that asks the private party the procedure
# concerns, one step of the procedure the officials follow, no task the letter hands a body
_PARTY_ASKED = re.compile(
    r"(?:;|,|\bthi|\bdong thoi)\s+(?:dong thoi\s+)?(?:de nghi|yeu cau)\s+"
    r"(?:doanh nghiep|nguoi khai|nguoi nop thue|chu hang)\b"
)


def asks_the_party(folded: str) -> bool:
    """The folded text asks, in a later clause, the private party its procedure concerns."""
    return _PARTY_ASKED.search(folded) is not None
