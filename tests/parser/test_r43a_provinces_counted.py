"""Round 43a: provinces counted and named after "phối hợp với" ("phối hợp với 03 tỉnh Lào Cai, Hà
Giang và Yên Bái tổ chức ...") are one collective partner as written (README, session 20:
171/03, as "các tỉnh Bắc Ninh, Gia Lai" in 8/02).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 5120/VPCP-QHQT
V/v tiếp nhận tài trợ trang thiết bị y tế
Hà Nội, ngày 15 tháng 9 năm 2008

Kính gửi: Bộ Y tế.

Xét đề nghị của Bộ Y tế (công văn số 410/BYT-KH ngày 01 tháng 9 năm 2008), Thủ tướng Chính phủ \
có ý kiến như sau:

Bộ Y tế phối hợp với 03 tỉnh Lào Cai, Hà Giang và Yên Bái tiếp nhận, sử dụng nguồn tài trợ trên \
có hiệu quả và đúng quy định.

Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, QHQT (2).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_provinces_counted_are_one_partner(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Y tế"]
    assert actions[0].coordinating_units == ["03 tỉnh Lào Cai, Hà Giang và Yên Bái"]
