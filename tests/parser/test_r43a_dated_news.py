"""Round 43a: a body named with the day it did something ("Đài Tiếng nói Việt Nam ngày 03
tháng 5 năm 2012, có bài: ...") reports what it did, as "Đài X có bài ..." does: no task; the
request after it is the letter's one task.
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
Số: 3301/VPCP-V.I
V/v báo phản ánh khai thác cát trái phép
Hà Nội, ngày 10 tháng 5 năm 2012

Kính gửi: Ủy ban nhân dân tỉnh Vĩnh Long.

Đài Tiếng nói Việt Nam ngày 03 tháng 5 năm 2012, có bài: "Khai thác cát trái phép trên sông \
Cổ Chiên" \
(xin gửi bản chụp kèm theo).

Phó Thủ tướng Nguyễn Văn An yêu cầu Ủy ban nhân dân tỉnh Vĩnh Long kiểm tra, làm rõ những vấn \
đề báo nêu và báo cáo Phó Thủ tướng trước ngày 30 tháng 5 năm 2012.

Văn phòng Chính phủ xin thông báo để Ủy ban nhân dân tỉnh Vĩnh Long biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, V.I (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_a_paper_named_with_the_day_it_wrote_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Ủy ban nhân dân tỉnh Vĩnh Long"]
    assert actions[0].text.startswith("Phó Thủ tướng Nguyễn Văn An yêu cầu")
