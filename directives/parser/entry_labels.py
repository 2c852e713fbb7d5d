"""An entry's label before what a schedule's entry says ("Báo cáo 6 tháng: Sở Tài chính tổng
hợp ..."): where the sentence that names a body starts after it."""

from __future__ import annotations

import re

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
    return bool(IMPERATIVE.match(folded)) and entry_label(text) > 0
