"""Round 42d: a decision that issues a list ("Danh mục ...") and says in its next article what
the list serves as ("Điều 2. Danh mục này làm căn cứ để các Bộ, ngành, Ủy ban nhân dân các tỉnh
... chỉ đạo thực hiện ...") gives those bodies a task, the first plural leading (session 18's
call); its article telling bodies to keep proposing changes ("Trong quá trình thực hiện, Sở X
..., các Tập đoàn ... tiếp tục đề xuất với Bộ Y điều chỉnh, bổ sung Danh mục ...") says where to
send proposals, as the difficulties sentence does, and gives none."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.actions import find_actions
from directives.parser.clean import fold_lines

_ARTICLES = [
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Danh mục vật liệu xây dựng trong nước đã sản xuất"
    " được (Phụ lục kèm theo).",
    "Điều 2. Danh mục này làm căn cứ để các Bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố trực"
    " thuộc Trung ương chỉ đạo áp dụng trong công tác đấu thầu.",
    "Điều 3. Trong quá trình thực hiện, Sở Xây dựng các tỉnh, thành phố, các Tổng công ty và"
    " Hiệp hội Vật liệu xây dựng tiếp tục đề xuất với Bộ Xây dựng điều chỉnh, bổ sung Danh mục"
    " cho phù hợp.",
    "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký./.",
]


def test_what_the_list_serves_as_is_the_bodies_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    found = find_actions(_ARTICLES, fold_lines(_ARTICLES), org, calendar, date(2021, 3, 2), False)
    (action,) = found.actions
    assert action.text.startswith("Danh mục này làm căn cứ để các Bộ, ngành")
    assert action.lead_unit == "các Bộ, ngành"
    assert action.coordinating_units == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
    ]
