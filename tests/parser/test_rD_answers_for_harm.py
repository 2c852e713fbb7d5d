"""Round D (batch 220): a regulation's duties of a body list what it answers for when things go
wrong ("Chịu trách nhiệm đối với những hậu quả xảy ra ...", "... về mọi thiệt hại ..."): its
liability, no work to track; the duties beside it stay tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RULES = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 15/2025/QĐ-UBND Hà Nam, ngày 10 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế tiếp nhận, xử lý thông tin qua đường dây nóng

ỦY BAN NHÂN DÂN TỈNH HÀ NAM
QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý thông tin qua đường dây nóng.

Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2025.

QUY CHẾ
Tiếp nhận, xử lý thông tin qua đường dây nóng

Điều 5. Trách nhiệm của các cơ quan tiếp nhận thông tin

1. Phân công cán bộ trực đường dây nóng trong giờ hành chính.

2. Chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về những hậu quả do việc không xử lý
thông tin đường dây nóng gây ra.

3. Chịu trách nhiệm đối với mọi thiệt hại phát sinh từ việc chậm trả lời tổ chức, cá nhân.

4. Tổng hợp kết quả xử lý, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn B
"""


def test_what_a_body_answers_for_when_things_go_wrong_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = [a.text for a in parse_text(_RULES, org, calendar).actions]
    assert not any(t.startswith("Chịu trách nhiệm") for t in texts)
    assert [t[:20] for t in texts] == ["Phân công cán bộ trự", "Tổng hợp kết quả xử "]


def test_charged_with_the_work_itself_stays_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "chịu trách nhiệm" followed directly by what to do gives that work (README); "... về việc
    # trả lời" says what the body answers for, as "về việc tổng hợp số liệu" does (README, and
    # session 29's third reading), and is no task
    for clause, task in (
        ("3. Chịu trách nhiệm trả lời", True),
        ("3. Chịu trách nhiệm về việc trả lời", False),
    ):
        rules = _RULES.replace(
            "3. Chịu trách nhiệm đối với mọi thiệt hại phát sinh từ việc chậm trả lời", clause
        )
        texts = [a.text for a in parse_text(rules, org, calendar).actions]
        assert any(t.startswith(clause[3:]) for t in texts) is task
