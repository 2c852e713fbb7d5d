"""Round 43a: "Xét đề nghị của ..., Phó Thủ tướng X thay mặt Thủ tướng Chính phủ yêu cầu Ban Chỉ
đạo 127 bàn thống nhất với ... và báo cáo Thủ tướng Chính phủ": a leader asks after the
grounds; a steering committee named by its number ("Ban Chỉ đạo 127") is named whole, "bàn
thống nhất với" is its verb, and those it agrees with are no coordinating units (README,
session 20).
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
Số: 2210/VPCP-QHQT
V/v hợp tác với Ô-xtơ-rây-li-a về rà phá bom mìn
Hà Nội, ngày 10 tháng 5 năm 2004

Kính gửi: Ban Chỉ đạo quốc gia khắc phục hậu quả bom mìn (Ban Chỉ đạo 127)

Xét đề nghị của Ban Chỉ đạo quốc gia khắc phục hậu quả bom mìn (công văn số 15/BC-BCĐ127 ngày \
20 tháng 4 năm 2004), Phó Thủ tướng Nguyễn Văn An thay mặt Thủ tướng Chính phủ yêu cầu Ban Chỉ \
đạo 127 bàn thống nhất với Bộ Quốc phòng về phương thức hợp tác với phía Ô-xtơ-rây-li-a và báo \
cáo Thủ tướng Chính phủ.

Văn phòng Chính phủ xin thông báo để các cơ quan biết và thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT, QHQT (2).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_a_committee_named_by_its_number_is_asked(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Ban Chỉ đạo 127"]
    assert actions[0].coordinating_units == []
    assert actions[0].text.startswith("Xét đề nghị của Ban Chỉ đạo quốc gia")
