"""An entry's label before what a schedule's entry says ("Báo cáo 6 tháng: Sở Tài chính tổng
hợp ..."): where the sentence that names a body starts after it."""

from __future__ import annotations

import re

from directives.parser.subject_checks import opens_with_body
from directives.parser.subjects import subject_acts

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
_LABEL = re.compile(r"^(?!Sở |Bộ |Ủy ban |UBND |Cục |Ban |Phòng )[A-ZĐ][^:.;]{2,40}:\s+(?=[A-ZĐ])")
