"""Round D (batch 225): a paragraph after a list's last item that meets a case and says what to
do then, with no subject of its own ("c) ... để thực hiện." / "Trường hợp không cân đối được
nguồn, khẩn trương rà soát, đề xuất ..."), the next item a level up: more of that item's task,
not prose dropped between the lists."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """CHÍNH PHỦ
Số: 412/NQ-CP Hà Nội, ngày 20 tháng 11 năm 2025

NGHỊ QUYẾT
Về các nhiệm vụ khắc phục hậu quả hạn hán

CHÍNH PHỦ
QUYẾT NGHỊ:

1. Ủy ban nhân dân các tỉnh, thành phố:

a) Rà soát, tổng hợp thiệt hại do hạn hán, gửi Bộ Tài chính trước ngày 08 tháng 12 năm 2025.

b) Trên cơ sở mức độ thiệt hại, chủ động sử dụng ngân sách địa phương để thực hiện.

Trường hợp không cân đối được nguồn, khẩn trương đề xuất hỗ trợ từ ngân sách trung ương.

2. Bộ Tài chính bố trí kinh phí hỗ trợ các địa phương khắc phục hậu quả hạn hán.

Nơi nhận:
- Như trên;
TM. CHÍNH PHỦ
THỦ TƯỚNG

Nguyễn Văn A
"""


def test_a_case_after_the_last_item_goes_on_with_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert len(actions) == 3
    assert actions[1].text.endswith(
        "để thực hiện. Trường hợp không cân đối được nguồn, khẩn trương đề xuất hỗ trợ từ ngân "
        "sách trung ương"
    )
    assert actions[1].lead_unit == "Ủy ban nhân dân các tỉnh, thành phố"


def test_a_case_that_names_its_own_body_stays_apart(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    own = _RESOLUTION.replace(
        "nguồn, khẩn trương đề xuất", "nguồn, Bộ Tài chính khẩn trương đề xuất"
    )
    actions = parse_text(own, org, calendar).actions
    assert actions[1].text.endswith("để thực hiện")
