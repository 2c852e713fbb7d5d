"""Round 44c: a notice's numbered item that opens with the work urged ("4. Khẩn trương khắc
phục các công trình hạ tầng ..., các địa phương phải huy động các lực lượng ...") is a task even
with no intro over it to inherit from (the prose under an earlier item closes the intro); the
plural of bodies a comma's clause binds to it ("..., các địa phương phải ...") leads it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.item_paragraphs import Block
from directives.parser.mentions import MentionFinder
from directives.parser.zones import is_action

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 640/TB-VPCP
Hà Nội, ngày 01 tháng 12 năm 2025

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại cuộc họp về khắc phục hậu quả mưa lũ

Ngày 28 tháng 11 năm 2025, Thủ tướng Chính phủ chủ trì cuộc họp về khắc phục hậu quả mưa lũ. \
Sau khi nghe báo cáo, Thủ tướng Chính phủ kết luận như sau:

1. Các địa phương phát động chiến dịch hỗ trợ Nhân dân xây dựng lại nhà ở bị sập đổ.

Về kinh phí: Các địa phương phải chủ động bố trí các nguồn lực của địa phương để hỗ trợ xây \
dựng, sửa chữa nhà ở cho Nhân dân.

2. Bộ trưởng Bộ Y tế chỉ đạo ngành y tế khẩn trương xử lý vệ sinh môi trường sau lũ lụt.

3. Khẩn trương khắc phục các công trình hạ tầng thiết yếu bị hư hại do mưa lũ (điện, nước, \
giao thông), các địa phương phải huy động các lực lượng, việc gì cấp bách thì phải làm ngay.

4. Các Bộ, ngành chủ động triển khai công tác ứng phó với bão số 15.

Văn phòng Chính phủ thông báo để các cơ quan và địa phương liên quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KTTH (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_an_urged_item_is_a_task_of_the_bodies_bound_to_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    urged = [a for a in actions if a.text.startswith("Khẩn trương khắc phục")]
    assert len(urged) == 1
    assert urged[0].lead_unit == "các địa phương"
    assert urged[0].text.endswith("việc gì cấp bách thì phải làm ngay")
    assert actions[-1].lead_unit == "Các Bộ, ngành"


def test_an_item_urging_work_with_nothing_over_it_asks(org: OrgDirectory) -> None:
    text = "Khẩn trương khôi phục sản xuất kinh doanh, nhất là sản xuất nông nghiệp."
    block = Block("num1", text, fold_keep(text))
    assert is_action(block, None, MentionFinder(org))
