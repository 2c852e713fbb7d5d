"""Round rL: "tổ chức" closing a list of kinds of body ("Các cơ quan, đơn vị, tổ chức chịu trách
nhiệm ...", "Thủ trưởng các cơ quan, đơn vị, tổ chức có trách nhiệm ...") is the noun, the
organisations, not the verb "to organise": the plural leads whole; and an article on the duties
of kinds of body only ("Trách nhiệm của các cơ quan, đơn vị, tổ chức có liên quan") gives its
items to all of them as written, none of the kinds cut off as "those concerned"."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies
from tests.parser.signed import signed


@pytest.mark.parametrize(
    "sentence",
    [
        "Các cơ quan, đơn vị, tổ chức chịu trách nhiệm triển khai Quy chế này",
        "Thủ trưởng các cơ quan, đơn vị, tổ chức có trách nhiệm phổ biến Quy chế này",
    ],
)
def test_organisations_closing_the_list_are_a_kind(sentence: str) -> None:
    assert subject_bodies(sentence)[0].lower() == "các cơ quan, đơn vị, tổ chức"


_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
Số: 15/2026/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy chế quản lý cổng dữ liệu dùng chung
Hải Dương, ngày 10 tháng 4 năm 2026

Điều 9. Trách nhiệm của các cơ quan, đơn vị, tổ chức có liên quan
1. Thủ trưởng các cơ quan, đơn vị, tổ chức chịu trách nhiệm trước Ủy ban nhân dân tỉnh về việc \
triển khai Quy chế này trong phạm vi quản lý của mình.
2. Phổ biến Quy chế này đến cán bộ, công chức, viên chức thuộc phạm vi quản lý.
3. Cập nhật dữ liệu của đơn vị mình lên cổng dữ liệu dùng chung đúng thời hạn.
"""


def test_the_items_under_the_article_take_the_plural_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    leads = {a.lead_unit for a in record.actions if not a.text.startswith("Thủ trưởng")}
    assert leads == {"các cơ quan, đơn vị, tổ chức có liên quan"}
