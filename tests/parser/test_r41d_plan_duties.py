"""Round 41d: a plan's item that says how a piece of work must be done, and a board named in
lower case.

Under a plan's numbered section ("3. Giải quyết tốt tranh chấp lao động"), an item "3.2. Việc
giải quyết tranh chấp lao động phải đúng theo quy định ..." is work the plan gives, like its
siblings; the same words in an article of conditions ("Điều 3. Điều kiện ủy quyền" / "1. Việc
thực hiện ... phải tuân thủ ...") state a rule. "Ban quản lý Khu kinh tế tỉnh", written in lower
case, is named whole.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.name_words import name_part
from tests.parser.signed import signed

_PLAN = """ỦY BAN NHÂN DÂN TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 512/KH-UBND

Kon Tum, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Xây dựng quan hệ lao động hài hòa năm 2026

I. NHIỆM VỤ
3. Giải quyết tốt tranh chấp lao động và đình công
3.1. Rà soát, kiện toàn các thiết chế giải quyết tranh chấp lao động.
3.2. Việc giải quyết tranh chấp lao động, đình công phải đúng theo quy định pháp luật; xử lý \
nghiêm những đối tượng kích động người lao động.
3.3. Tập huấn bồi dưỡng cho hòa giải viên lao động.
- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Ban quản lý Khu kinh tế tỉnh; Liên đoàn \
Lao động tỉnh.
"""


def test_an_item_saying_how_work_must_be_done_is_a_task_among_its_siblings(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        _PLAN + signed("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar
    )
    texts = [a.text for a in record.actions]
    assert len(texts) == 3
    assert texts[1].startswith("Việc giải quyết tranh chấp lao động, đình công phải")
    assert "Ban quản lý Khu kinh tế tỉnh" in record.actions[1].coordinating_units


_RULE = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1203/QĐ-UBND

Lào Cai, ngày 10 tháng 7 năm 2025

QUYẾT ĐỊNH
Ủy quyền thẩm định cơ sở đủ điều kiện an toàn thực phẩm

ỦY BAN NHÂN DÂN TỈNH LÀO CAI

QUYẾT ĐỊNH:

Điều 1. Ủy quyền cho Sở Công Thương thẩm định cơ sở đủ điều kiện an toàn thực phẩm.
Điều 2. Điều kiện ủy quyền
1. Việc thực hiện các công việc được ủy quyền phải tuân thủ quy định pháp luật chuyên ngành.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_the_same_words_in_an_article_of_conditions_state_a_rule(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RULE + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    assert not any(a.text.startswith("Việc thực hiện") for a in record.actions)


def test_a_management_board_named_in_lower_case_is_named_whole() -> None:
    assert name_part("Ban quản lý Khu kinh tế tỉnh; Liên đoàn Lao động tỉnh").startswith(
        "Ban quản lý Khu kinh tế tỉnh;"
    )
