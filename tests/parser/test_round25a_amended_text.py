"""Round 25a: a resolution or decision that amends a regulation sets out the new text under
"N. Sửa đổi, bổ sung điểm a, c khoản 1 Điều 3 như sau:"; its items are the regulation's words
("c) Ủy ban nhân dân tỉnh căn cứ ... để phân bổ vốn ..."), rules and not tasks, which only the
follow-up article gives. The parser took such an item for a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH NINH BÌNH
Số: 21/2026/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 06 tháng 3 năm 2026

NGHỊ QUYẾT
Sửa đổi, bổ sung một số điều của Quy định kèm theo Nghị quyết số 08/2022/NQ-HĐND

HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH
QUYẾT NGHỊ:
Điều 1. Sửa đổi, bổ sung một số điều của Quy định kèm theo Nghị quyết số 08/2022/NQ-HĐND
1. Sửa đổi, bổ sung điểm a, c khoản 1 Điều 3 như sau:
a) Ưu tiên hỗ trợ cho các xã đặc biệt khó khăn.
c) Ủy ban nhân dân tỉnh căn cứ vào mục tiêu, nhiệm vụ và điều kiện thực tế để phân bổ vốn
hằng năm cho các xã theo nguyên tắc tại khoản 3 Điều này.
2. Sửa đổi khoản 2 Điều 4 như sau:
“2. Sở Tài chính tổng hợp, tham mưu phân bổ vốn đối ứng hằng năm.”
Điều 2. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh triển khai thực hiện Nghị quyết.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Ninh Bình thông qua ngày 06 tháng 3 năm 2026./.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
Lê Văn C
"""


def test_the_amended_items_are_no_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions] == [
        ("Giao Ủy ban nhân dân tỉnh triển khai thực hiện Nghị quyết", "Ủy ban nhân dân tỉnh")
    ]
