"""Round 42d: a coordination regulation names its two services once and then by their number:
"hai cơ quan trao đổi thống nhất bằng văn bản", "Trong trường hợp cần thiết, các đơn vị của hai
cơ quan tại khoản 1, khoản 2 Điều này tổ chức giao ban đột xuất ...": the subject as written is
the clause's lead, after a case clause too ("Trường hợp phát sinh ..., hai cơ quan ...")."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.actions import find_actions
from directives.parser.clean import fold_lines

_ARTICLES = [
    "Chương 4",
    "TỔ CHỨC THỰC HIỆN",
    "Điều 15. Chế độ giao ban",
    "1. Các Cục Hải quan tỉnh tổ chức giao ban định kỳ với Cục Thống kê tỉnh.",
    "2. Trong trường hợp cần thiết, các đơn vị của hai cơ quan tại khoản 1 Điều này tổ chức giao"
    " ban đột xuất để thống nhất xử lý vướng mắc.",
    "Điều 16. Điều khoản thi hành",
    "1. Trường hợp phát sinh nhu cầu phối hợp ngoài nội dung quy định tại Quy chế này, hai cơ"
    " quan trao đổi thống nhất bằng văn bản.",
]


def test_bodies_named_by_their_number_lead(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    found = find_actions(_ARTICLES, fold_lines(_ARTICLES), org, calendar, date(2018, 3, 1), False)
    assert [a.lead_unit for a in found.actions] == [
        "Các Cục Hải quan tỉnh",
        "các đơn vị của hai cơ quan tại khoản 1 Điều này",
        "hai cơ quan",
    ]
