"""An entry's label before what a schedule's entry says ("Báo cáo 6 tháng: Sở Tài chính tổng
hợp ..."): where the sentence that names a body starts after it."""

from __future__ import annotations

import re

from directives.parser.bodies import STARTS_BODY
from directives.parser.letters import CAPITAL
from directives.parser.subject_checks import opens_with_body
from directives.parser.subjects import subject_acts
from directives.parser.zones import IMPERATIVE

# An entry's label that names no body: "Báo cáo 6 tháng:", "Báo cáo năm:"
ENTRY = re.compile(
    r"^(?!Sở |Bộ |Ủy ban |UBND |Cục |Ban |Phòng )[A-ZĐ]\w*(?: \w+){1,3}:\s+(?=[A-ZĐ])"
)


def entry_label(text: str) -> int:
    """Where the sentence after an entry's label starts when it names a particular body first
    and its work ("Báo cáo tháng: Sở Tài chính tổng hợp ..."), 0 if none (not "Các cơ quan,
    đơn vị gửi ...": those the heading's body stands for; nor a field's value, "Tên doanh
    nghiệp: Công ty X.", or the bodies a task lists, "Tăng cường phối hợp giữa các cơ quan:
    Sở A, Sở B ...")."""
    m = _LABEL.match(text)
    rest = text[m.end() :] if m else ""
    named = m and not rest.startswith("Các ") and opens_with_body(rest) and subject_acts(rest)
    return m.end() if m and named else 0


# "Báo cáo 6 tháng, cả năm: ": an entry's label, naming no body
# (the next word's capital of any tone: "Ủy ban ...")
_LABEL = re.compile(
    rf"^(?!Sở |Bộ |Ủy ban |UBND |Cục |Ban |Phòng )[A-ZĐ][^:.;]{{2,40}}:\s+(?=[{CAPITAL}])"
)


def work_label(text: str, folded: str) -> bool:
    """ "b) Thực hiện mở tài khoản và phát hành thẻ: Ủy ban nhân dân xã ... phối hợp ...": a
    point's label that gives work, then the body that does it; the label stays in the task's
    text (README: an item's own first line that gives work starts its text)."""
    return work_start(text, folded) > 0


def work_start(text: str, folded: str) -> int:
    """Where the task's own sentence starts after a point's label that gives work (the label
    kept in the text, who acts read after it), 0 if the point has no such label."""
    if not IMPERATIVE.match(folded):
        return 0
    if at := entry_label(text):
        return at
    # (a longer label, its work's object named in full, then the task's own sentence that opens
    # with when it is done: "c) Thực hiện chi trả cho người hưởng trợ cấp xã hội, trợ cấp hưu
    # trí xã hội: Sau khi thực hiện mở tài khoản, Ủy ban nhân dân xã ... phối hợp ...")
    # (a label that names a body is a task's own sentence: "Giao Sở X ... với các Sở: A, B")
    m = _WORK_LABEL.match(text)
    if m is None or any(
        STARTS_BODY.match(text, w.end()) for w in _WORD_START.finditer(text, 0, m.end())
    ):
        return 0
    return m.end() if subject_acts(text[m.end() :]) else 0


_WORD_START = re.compile(rf"\s(?=[{CAPITAL}])")  # a capitalised word inside the label


# a point's label of work, up to its colon: no stop, no second colon
_WORK_LABEL = re.compile(rf"^[A-ZĐ][^:.;]{{2,120}}:\s+(?=[{CAPITAL}])")
