"""Round 43a: a body's name holds "quốc gia" (national) and may close with "của Việt Nam", the
country's own body ("Giao Ủy ban quốc gia ICOM của Việt Nam chủ trì, ..."), the name read whole;
"chủ trì, làm việc với Y" names no coordinating unit (README, session 20: 167/01).
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
Số: 1205/VPCP-QHQT
V/v quy chế hoạt động của Ủy ban quốc gia ICOM
Hà Nội, ngày 06 tháng 3 năm 2008

Kính gửi:
- Ủy ban quốc gia ICOM của Việt Nam;
- Các Bộ: Nội vụ, Văn hóa, Thể thao và Du lịch.

Xét đề nghị của Ủy ban quốc gia ICOM của Việt Nam (công văn số 15/ICOM ngày 20 tháng 02 năm \
2008), Thủ tướng Chính phủ có ý kiến sau:

Giao Ủy ban quốc gia ICOM của Việt Nam chủ trì, làm việc với Bộ Văn hóa, Thể thao và Du lịch và \
các cơ quan liên quan dự thảo Quy chế hoạt động của Ủy ban, trình Thủ tướng Chính phủ xem xét, \
phê duyệt.

Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, QHQT (2).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_a_national_body_named_whole(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Ủy ban quốc gia ICOM của Việt Nam"]
    assert actions[0].coordinating_units == []
    assert actions[0].text.endswith("trình Thủ tướng Chính phủ xem xét, phê duyệt")
