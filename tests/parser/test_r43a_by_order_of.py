"""Round 43a: "Thừa lệnh Phó Thủ tướng X, Văn phòng Chính phủ xin gửi dự thảo ..., đề nghị các
cơ quan có ý kiến ..., gửi Văn phòng Chính phủ trước ngày Y": by whose order the office speaks
opens the sentence, the office its subject, asking its addressees by their kind ("các cơ quan",
as written: README, session 20), the request dated.
"""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 6120/VPCP-KTN
V/v góp ý dự thảo thông báo kết luận
Hà Nội, ngày 27 tháng 9 năm 2011

Kính gửi:
- Các Bộ: Xây dựng, Tài chính, Tư pháp;
- Ủy ban nhân dân thành phố Cần Thơ.

Thừa lệnh Phó Thủ tướng Nguyễn Văn An, Văn phòng Chính phủ xin gửi dự thảo thông báo ý kiến \
kết luận của Phó Thủ tướng tại cuộc họp ngày 20 tháng 9 năm 2011 về việc giao đất khu đô thị \
mới Nam Cần Thơ, đề nghị các cơ quan có ý kiến bằng văn bản về nội dung dự thảo nêu trên, gửi \
Văn phòng Chính phủ trước ngày 05 tháng 10 năm 2011./.

Nơi nhận:
- Như trên;
- Lưu: VT, KTN (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_the_office_speaking_by_order_asks_its_addressees(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["các cơ quan"]
    assert actions[0].text.startswith("Thừa lệnh Phó Thủ tướng Nguyễn Văn An")
    assert actions[0].deadline == date(2011, 10, 4)
