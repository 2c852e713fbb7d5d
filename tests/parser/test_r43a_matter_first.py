"""Round 43a: a sentence that takes up its matter first ("Những kiến nghị của Bộ X trong báo cáo
trên, theo chức năng nhiệm vụ, Bộ X tiếp tục chủ trì tổ chức thực hiện.") has its subject
after it: the body that leads, the whole paragraph its task (its later sentence with no
subject of its own staying in it).
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
Số: 911/VPCP-QHQT
V/v kết quả chuyến công tác tại Nhật Bản
Hà Nội, ngày 20 tháng 02 năm 2009

Kính gửi: Bộ Y tế.

Về kiến nghị của Bộ Y tế tại Báo cáo số 77/BC-BYT ngày 05 tháng 02 năm 2009 về chuyến công tác \
tại Nhật Bản, Thủ tướng Chính phủ đã có ý kiến chỉ đạo như sau:

Những kiến nghị của Bộ Y tế trong báo cáo trên, theo chức năng nhiệm vụ, Bộ Y tế tiếp tục chủ \
trì tổ chức thực hiện. Các nội dung trên phải được cụ thể hóa trong các chương trình, dự án \
hợp tác theo quy định hiện hành.

Văn phòng Chính phủ xin thông báo để quý Bộ biết và thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT, QHQT (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_the_subject_after_the_matter_taken_up_first(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Y tế"]
    assert actions[0].text.startswith("Những kiến nghị của Bộ Y tế trong báo cáo trên")
    assert actions[0].text.endswith("hợp tác theo quy định hiện hành")
