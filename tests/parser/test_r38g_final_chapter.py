"""Round 38g: a regulation whose chapter on the bodies' responsibilities ("Chương II / TRÁCH
NHIỆM CỦA CÁC CƠ QUAN") stands before its closing chapter, titled for its final provisions
rather than for carrying it out ("Chương III / ĐIỀU KHOẢN THI HÀNH", "ĐIỀU KHOẢN CUỐI CÙNG"),
that holds the article on carrying it out ("Điều 5. Tổ chức thực hiện"): that closing chapter
is the follow-up one, and the "Trách nhiệm của ..." articles before it are the regulation's
rules, no tasks. With no such article after it, the responsibilities still give the tasks.
"""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import DECISION_HEAD

_RULES = """
QUY CHẾ
PHỐI HỢP QUẢN LÝ CHỢ
(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc phối hợp quản lý chợ trên địa bàn tỉnh.

Chương II
TRÁCH NHIỆM VỀ QUẢN LÝ CHỢ

Điều 2. Trách nhiệm của Sở Công Thương

1. Tham mưu quản lý nhà nước về chợ trên địa bàn tỉnh.

2. Định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh kết quả quản lý chợ.

Điều 3. Trách nhiệm của Ủy ban nhân dân các xã, phường

Kiểm tra, xử lý vi phạm trong hoạt động kinh doanh tại chợ theo thẩm quyền.

Chương III
{closing}

{last}
"""

_CARRY_OUT = """Điều 4. Tổ chức thực hiện

1. Sở Công Thương chủ trì hướng dẫn, tổ chức triển khai thực hiện Quy chế này.

2. Trường hợp các văn bản được viện dẫn trong Quy chế này được sửa đổi, bổ sung, thay thế thì
thực hiện theo các văn bản sửa đổi, bổ sung, thay thế./."""


@pytest.mark.parametrize("closing", ["ĐIỀU KHOẢN THI HÀNH", "ĐIỀU KHOẢN CUỐI CÙNG"])
def test_responsibilities_before_the_closing_chapter_are_rules(
    org: OrgDirectory, calendar: WorkingCalendar, closing: str
) -> None:
    letter = DECISION_HEAD + _RULES.format(closing=closing, last=_CARRY_OUT)
    record = parse_text(letter, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "Sở Công Thương",
            "Sở Công Thương chủ trì hướng dẫn, tổ chức triển khai thực hiện Quy chế này",
        )
    ]


def test_responsibilities_give_tasks_when_no_later_article_carries_it_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    last = "Điều 4. Hiệu lực thi hành\n\nQuy chế này có hiệu lực kể từ ngày ký./."
    letter = DECISION_HEAD + _RULES.format(closing="ĐIỀU KHOẢN THI HÀNH", last=last)
    record = parse_text(letter, org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Sở Công Thương",
        "Sở Công Thương",
        "Ủy ban nhân dân các xã, phường",
    ]
