"""Round 43a: "thẩm tra", "thẩm định" are verbs of work: the list of partners sharing "các Bộ:"
ends before them ("phối hợp với các Bộ: Tài chính, Quốc phòng và Công Thương thẩm tra đề nghị
...", three partners, no fourth "Bộ thẩm tra ..."), while "Hội đồng thẩm định" stays a body.
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
Số: 812/VPCP-KTN
V/v quy hoạch khu ven biển
Hà Nội, ngày 05 tháng 02 năm 2013

Kính gửi:
- Các Bộ: Xây dựng, Tài chính, Quốc phòng, Công Thương;
- Ủy ban nhân dân tỉnh Bình Định.

Xét đề nghị của Ủy ban nhân dân tỉnh Bình Định (văn bản số 310/UBND-KT ngày 20 tháng 01 năm \
2013), Phó Thủ tướng Nguyễn Văn An có ý kiến như sau:

Giao Bộ Xây dựng chủ trì, phối hợp với các Bộ: Tài chính, Quốc phòng và Công Thương thẩm tra \
đề nghị của Ủy ban nhân dân tỉnh Bình Định tại văn bản nêu trên, báo cáo Thủ tướng Chính phủ.

Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KTN (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_the_shared_list_ends_before_the_verb(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Xây dựng"]
    assert actions[0].coordinating_units == ["Bộ Tài chính", "Bộ Quốc phòng", "Bộ Công Thương"]
