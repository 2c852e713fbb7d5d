"""An item that hands its work to one official by his post ("3. Giao công chức Địa chính ...")
lays a person's duty, no task; made-up letter."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 88/UBND-VP\nAn Phú, ngày 2 tháng 4 năm 2025\n"
    "V/v đẩy mạnh thanh toán không dùng tiền mặt\n\n"
    "Kính gửi:\n- Các ấp thuộc xã An Phú;\n- Trạm Y tế xã An Phú.\n\n"
    "Chủ tịch Ủy ban nhân dân xã chỉ đạo như sau:\n"
    "1. Giao Trạm Y tế xã An Phú niêm yết mã thanh toán điện tử tại quầy thu viện phí.\n"
    "2. Giao công chức Tài chính - Kế toán phụ trách ngân sách, kế toán\n"
    "Theo dõi, tổng hợp số giao dịch thanh toán điện tử hằng tháng.\n"
    "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Văn Tâm\n"
)


def test_an_item_handed_to_an_official_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert [a.text for a in record.actions] == [
        "Giao Trạm Y tế xã An Phú niêm yết mã thanh toán điện tử tại quầy thu viện phí"
    ]
