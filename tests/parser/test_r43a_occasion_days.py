"""Round 43a: the days of an occasion that open a task's sentence ("Để chuẩn bị chuyến thăm ...
dự kiến từ ngày 9 đến ngày 17 tháng 6 năm 2008, Văn phòng Chính phủ đề nghị Bộ X ...") date no
task (README, session 20: a visit's span), as they date no intro's tasks (27/01); a deadline of
the request's own is still read.
"""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 3015/VPCP-QHQT
V/v chuẩn bị chuyến thăm Ô-xtơ-rây-li-a
Hà Nội, ngày 12 tháng 5 năm 2008

Kính gửi: Bộ Tài chính.

Để chuẩn bị chuyến thăm chính thức Ô-xtơ-rây-li-a của Phó Thủ tướng Nguyễn Văn An dự kiến từ \
ngày 9 đến ngày 14 tháng 6 năm 2008, Văn phòng Chính phủ đề nghị Bộ Tài chính khẩn trương \
hoàn thiện thủ tục phê duyệt Hiệp định tránh đánh thuế hai lần có thể ký kết nhân chuyến thăm.

Nơi nhận:
- Như trên;
- Lưu: VT, QHQT (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_a_visits_days_date_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Tài chính"]
    assert actions[0].deadline is None
    assert actions[0].deadline_kind is DeadlineKind.NONE


def test_the_requests_own_deadline_is_read(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    dated = _LETTER.replace(
        "nhân chuyến thăm.", "nhân chuyến thăm, gửi trước ngày 30 tháng 5 năm 2008."
    )
    action = parse_text(dated, org, calendar).actions[0]
    assert action.deadline == date(2008, 5, 29)
    assert action.deadline_kind is DeadlineKind.BEFORE
