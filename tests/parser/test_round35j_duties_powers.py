"""Round 35j: a regulation's follow-up chapter whose article is headed "Trách nhiệm, quyền hạn
của X" (duties and powers, not duties alone): X's items are X's tasks, as under "Trách nhiệm
của X" (the parser dropped the article and its items). An item that only adds "Các quyền và nghĩa
vụ khác theo quy định của pháp luật" (the rights and obligations the law gives besides) names
no work: no task. "Trách nhiệm của Trưởng các tổ chức X": the title "Trưởng" before the plural
is dropped from the lead like any head's title.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import DECISION_HEAD

_DECISION = (
    DECISION_HEAD
    + """
QUY CHẾ
QUẢN LÝ CƠ SỞ DỮ LIỆU PHỐI HỢP QUẢN LÝ CHỢ
(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý cơ sở dữ liệu về chợ.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 2. Trách nhiệm, quyền hạn của Sở Công Thương

1. Trực tiếp quản lý, khai thác cơ sở dữ liệu theo quy định của Quy chế này.

2. Tổ chức tập huấn về khai thác cơ sở dữ liệu.

3. Các quyền và nghĩa vụ khác theo quy định của pháp luật.

Điều 3. Trách nhiệm của Sở Tài chính

Chủ trì, phối hợp với Sở Công Thương xây dựng dự toán kinh phí.

Điều 4. Trách nhiệm của Hội Kiểm định viên tỉnh và các tổ chức kiểm định

1. Trách nhiệm của Trưởng các tổ chức kiểm định

a) Đảm bảo điều kiện cho việc vận hành cơ sở dữ liệu tại đơn vị mình.

Điều 5. Điều khoản thi hành

Giám đốc Sở Công Thương chịu trách nhiệm hướng dẫn, theo dõi việc thực hiện Quy chế./.
"""
)


def test_duties_and_powers_article(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [(a.lead_unit, a.text[:30]) for a in record.actions] == [
        ("Sở Công Thương", "Trực tiếp quản lý, khai thác c"),
        ("Sở Công Thương", "Tổ chức tập huấn về khai thác "),
        ("Sở Tài chính", "Chủ trì, phối hợp với Sở Công "),
        ("các tổ chức kiểm định", "Đảm bảo điều kiện cho việc vận"),
        ("Sở Công Thương", "Giám đốc Sở Công Thương chịu t"),
    ]
