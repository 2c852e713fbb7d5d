"""Round 49 (batch 180): a notice inviting to a meeting lists its guests, one of them with
the body handed the work of calling them ("(giao Ban Dân tộc tỉnh thông báo)"), a task; and
where the meeting is held ("3. Địa điểm: Hội trường ...") asks no one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 542/TB-UBND
Quảng Ngãi, ngày 06 tháng 11 năm 2024

THÔNG BÁO
Về việc tham dự Hội nghị đánh giá Chương trình

Thực hiện Công văn số 2003/UBDT-VPCTMTQG ngày 01/11/2024 của Ủy ban Dân tộc về việc tham
dự Hội nghị đánh giá Chương trình, do Phó Thủ tướng Chính phủ Nguyễn Hòa Bình chủ trì; UBND
tỉnh mời các sở, ngành cùng tham dự Hội nghị nêu trên như sau:
1. Thành phần
- Đồng chí Võ Phiên, Phó Chủ tịch UBND tỉnh;
- Trưởng Ban Dân tộc tỉnh, Phòng Chuyên môn thuộc Ban Dân tộc tỉnh
(giao Ban Dân tộc tỉnh thông báo);
- Lãnh đạo Hội Liên hiệp Phụ nữ tỉnh.
2. Thời gian: Vào lúc 08 giờ 00 phút, ngày 09/11/2024 (sáng Thứ Bảy).
3. Địa điểm: Hội trường Khách sạn Mường Thanh, thành phố Pleiku,
tỉnh Gia Lai.
4. Phân công nhiệm vụ:
- Giao Ban Dân tộc tỉnh tổng hợp, đăng ký danh sách đại biểu của tỉnh tham dự Hội nghị.
(Thông báo này thay cho Giấy mời)./.

Nơi nhận:
- Như thành phần;
- Lưu: VT.
TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Phùng Tô Long
"""


def test_the_guest_list_hands_the_call_and_the_venue_asks_nothing(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_NOTICE, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh"]
    assert actions[0].text.startswith("Trưởng Ban Dân tộc tỉnh")
