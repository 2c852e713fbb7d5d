"""Round 35j: a transitional article ("Điều 2. Quy định chuyển tiếp") in a regulation's chapter
on carrying it out tells a body to keep doing its work until a dated handover: the body's task
(the parser kept only the chapter's duty articles and dropped it).
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
QUẢN LÝ HỆ THỐNG CHIẾU SÁNG CÔNG CỘNG
(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý hệ thống chiếu sáng công cộng.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 2. Quy định chuyển tiếp

Đối với hệ thống chiếu sáng đang giao Sở Xây dựng quản lý trước thời điểm phân cấp thì Sở Xây
dựng tiếp tục quản lý đến khi hoàn tất thủ tục bàn giao cho cấp xã. Thời gian bàn giao hoàn
thành trước ngày 01/7/2026.

Điều 3. Điều khoản thi hành

Giám đốc Sở Công Thương chịu trách nhiệm hướng dẫn, theo dõi việc thực hiện Quy chế./.
"""
)


def test_transitional_article_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Xây dựng", "Sở Công Thương"]
    first = record.actions[0]
    assert first.text.startswith("Đối với hệ thống chiếu sáng đang giao Sở Xây dựng")
    assert first.deadline_text == "trước ngày 01/7/2026"
