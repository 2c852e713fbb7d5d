"""Round F (batch 232): a transitional article titled "Xử lý chuyển tiếp" (as "Quy định chuyển
tiếp" is) in a regulation's chapter on carrying it out: who redoes what under the new rules is a
body's task, kept beside the chapter's duty articles."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import DECISION_HEAD

_DECISION = (
    DECISION_HEAD
    + """
QUY CHẾ
QUẢN LÝ QUỸ HỖ TRỢ NÔNG DÂN
(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý Quỹ hỗ trợ nông dân.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 2. Trách nhiệm của Sở Tài chính

Sở Tài chính hướng dẫn việc lập dự toán kinh phí của Quỹ.

Điều 3. Xử lý chuyển tiếp

1. Các hợp đồng cho vay đã ký trước ngày Quyết định này có hiệu lực tiếp tục thực hiện theo hợp
đồng đã ký.

2. Sở Nông nghiệp và Môi trường thực hiện ký lại hợp đồng ủy thác theo quy định tại Quy chế này.
"""
)


def test_transitional_handling_article_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    got = [(a.lead_unit, a.text[:12]) for a in record.actions]
    assert got == [
        ("Sở Tài chính", "Sở Tài chính"),
        ("Sở Nông nghiệp và Môi trường", "Sở Nông nghi"),
    ]
