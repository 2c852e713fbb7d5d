"""Round 40b: a rule chapter whose title has "tổ chức thực hiện" take an object of its own
("Chương II / TỔ CHỨC THỰC HIỆN KIẾN NGHỊ KIỂM TRA": carrying out an inspection's findings)
is a chapter of the regulation's rules, not its follow-up chapter: the duties its articles
lay ("Thủ trưởng cơ quan được kiểm tra có trách nhiệm: 1. Ra quyết định ...") are rules, and
the tasks come from the closing chapter's "Tổ chức thực hiện" article, as batch 136/02 is
labelled. A title carrying the regulation itself out ("TỔ CHỨC THỰC HIỆN QUY CHẾ") or joining
other topics ("... VÀ ĐIỀU KHOẢN THI HÀNH") still heads the follow-up chapter."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import DECISION_HEAD
from tests.parser.signed import signed

_RULES = """
QUY CHẾ
KIỂM TRA HOẠT ĐỘNG CỦA CÁC CHỢ
(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND)

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Đối tượng áp dụng

Các cơ quan kiểm tra chợ và các chợ được kiểm tra.

Chương II
{title}

Điều 2. Trách nhiệm của Sở Công Thương

Trong thời hạn 30 ngày kể từ ngày có kết luận kiểm tra, Sở Công Thương có trách nhiệm:

1. Ra quyết định theo thẩm quyền để xử lý các vi phạm.

2. Báo cáo Ủy ban nhân dân tỉnh kết quả xử lý.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 3. Tổ chức thực hiện

Ủy ban nhân dân các xã, phường có trách nhiệm hướng dẫn, triển khai thực hiện Quy chế này./.
"""


def _leads(title: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str | None]:
    record = parse_text(DECISION_HEAD + _RULES.format(title=title), org, calendar)
    return [a.lead_unit for a in record.actions]


def test_a_title_carrying_out_something_else_is_a_rule_chapter(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _leads("TỔ CHỨC THỰC HIỆN KIẾN NGHỊ KIỂM TRA", org, calendar) == [
        "Ủy ban nhân dân các xã, phường"
    ]


@pytest.mark.parametrize("title", ["TỔ CHỨC THỰC HIỆN QUY CHẾ", "KHEN THƯỞNG VÀ TỔ CHỨC THỰC HIỆN"])
def test_a_title_carrying_out_the_regulation_is_the_follow_up(
    org: OrgDirectory, calendar: WorkingCalendar, title: str
) -> None:
    assert _leads(title, org, calendar)[:2] == ["Sở Công Thương", "Sở Công Thương"]


def test_heads_of_kinds_listed_lead_as_their_bodies(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # ("Thủ trưởng cơ quan thuế các cấp, Trưởng các bộ phận ...": the titles of each kind's head
    # dropped, the first body leading, as 138/01 is labelled)
    page = (
        "TỔNG CỤC THUẾ\n\nSố: 77/QĐ-TCT\n\nHà Nội, ngày 10 tháng 3 năm 2018\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này sổ tay kiểm tra nội bộ.\n\n"
        "Điều 2. Thủ trưởng cơ quan thuế các cấp, Trưởng các bộ phận kiểm tra nội bộ thuộc\n"
        "cơ quan thuế các cấp triển khai, phổ biến nội dung sổ tay đến công chức.\n"
    ) + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")
    assert parse_text(page, org, calendar).actions[0].lead_unit == "cơ quan thuế các cấp"
