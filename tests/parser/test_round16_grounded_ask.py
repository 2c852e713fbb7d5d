"""Round 16: a letter's one paragraph that opens on its ground ("Thực hiện Kế hoạch số ...,")
and goes on to ask the recipient, named by its kind and an abbreviation ("Bộ YT đề nghị sở YT
các tỉnh báo cáo ..."): a task, not the letter's preamble."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ Y TẾ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/BYT-KHTC
V/v báo cáo tình hình đào tạo điều dưỡng.

Hà Nội, ngày 02 tháng 6 năm 2014

Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương

{asked}

Báo cáo xin gửi về Vụ Kế hoạch - Tài chính trước ngày 30/6/2014.

Nơi nhận:
- Như trên;
- Lưu: VT, KHTC.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Quang Cường
"""
_ASKED = (
    "Thực hiện Kế hoạch số 120/KH-BYT ngày 10 tháng 3 năm 2014 của Bộ trưởng Bộ Y tế (YT) "
    "về đào tạo nhân lực y tế, Bộ YT đề nghị sở YT các tỉnh, thành phố báo cáo về tình hình "
    "đào tạo điều dưỡng của địa phương."
)


def test_a_request_made_on_the_ground_it_opens_with_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER.format(asked=_ASKED), org, calendar).actions
    assert len(actions) == 1
    assert actions[0].text.startswith("Thực hiện Kế hoạch số 120/KH-BYT")
    assert actions[0].deadline_text == "trước ngày 30/6/2014"


def test_the_ground_alone_asks_nothing(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    ground = "Thực hiện Kế hoạch số 120/KH-BYT ngày 10 tháng 3 năm 2014 của Bộ trưởng Bộ Y tế."
    assert parse_text(_LETTER.format(asked=ground), org, calendar).actions == []
