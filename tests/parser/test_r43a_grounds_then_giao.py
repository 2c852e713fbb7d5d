"""Round 43a: "Xét đề nghị của X ..., Phó Thủ tướng Y giao Bộ Z chủ trì ...": the grounds, then
the leader handing the work in the same sentence, is the task (as "..., Phó Thủ tướng Y yêu cầu
Bộ Z ..." already was), not the grounds' closing prose; work handed before ("đã giao", "được
giao") is none. A lead the task's text writes apart is written so, however the page glued the
same body elsewhere in that text ("Xét đề nghị của BộXây dựng ..., ... giao Bộ trưởng Bộ Xây
dựng ...").
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
Số: 2150/VPCP-KTN
V/v mua sắm thiết bị đường sắt
Hà Nội, ngày 14 tháng 3 năm 2012

Kính gửi:
- Bộ Giao thông vận tải;
- Tổng công ty Đường sắt Việt Nam.

Xét đề nghị của Tổng công ty Đường sắt Việt Nam tại công văn số 318/ĐS-KH ngày 02 tháng 3 \
năm 2012 về việc mua sắm đầu máy, Phó Thủ tướng Nguyễn Văn An giao Bộ Giao thông vận tải chủ \
trì, phối hợp với các Bộ, ngành liên quan xem xét, báo cáo Thủ tướng Chính phủ.

Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KTN (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_the_leader_hands_the_work_after_the_grounds(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert len(actions) == 1
    assert actions[0].lead_unit == "Bộ Giao thông vận tải"
    assert actions[0].text.startswith("Xét đề nghị của Tổng công ty Đường sắt Việt Nam")
    assert actions[0].text.endswith("xem xét, báo cáo Thủ tướng Chính phủ")


def test_work_handed_before_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    handed = _LETTER.replace("Nguyễn Văn An giao", "Nguyễn Văn An đã giao")
    assert parse_text(handed, org, calendar).actions == []


_GLUED = _LETTER.replace(
    "Xét đề nghị của Tổng công ty Đường sắt Việt Nam",
    "Xét đề nghị của BộGiao thông vận tải và Tổng côngty Đường sắt Việt Nam",
).replace(
    "giao Bộ Giao thông vận tải chủ", "đồng ýdự thảo và giao Bộ trưởng Bộ Giao thông vận tải chủ"
)


def test_the_lead_as_the_task_writes_it_where_it_hands_the_work(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_GLUED, org, calendar).actions
    assert len(actions) == 1
    assert actions[0].lead_unit == "Bộ Giao thông vận tải"
    assert "BộGiao thông vận tải" in actions[0].text
