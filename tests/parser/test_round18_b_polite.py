"""Round 18b: a ministry's letter asking its recipients politely by their kind ("quý cơ quan",
"quý Ủy ban"): the body asked is named as the letter names it when the recipients are of
different kinds or the sentence opens with the body that asks; and a deadline whose day a
page glued to its word ("trước ngày20/02/2014")."""

from __future__ import annotations

import datetime

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = """BỘ XÂY DỰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 118/BXD-PC
V/v góp ý dự thảo Thông tư về nhà ở

Hà Nội, ngày 10 tháng 01 năm 2014

Kính gửi:
- Bộ Tư pháp;
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Bộ Xây dựng đã soạn thảo dự thảo Thông tư hướng dẫn về nhà ở (xin gửi kèm theo).

"""
_TAIL = """
Nơi nhận:
- Như trên;
- Lưu: VT, PC.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn Hùng
"""


def test_recipients_of_different_kinds_asked_as_quy_co_quan_lead_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    asked = (
        "Đề nghị quý cơ quan có ý kiến bằng văn bản và gửi về Bộ Xây dựng trước "
        "ngày20/02/2014 để tổng hợp./.\n"
    )
    (action,) = parse_text(_HEAD + asked + _TAIL, org, calendar).actions
    assert action.lead_unit == "quý cơ quan"
    assert (action.deadline_kind.value, action.deadline) == ("before", datetime.date(2014, 2, 19))


def test_the_body_that_asks_quy_uy_ban_does_not_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    asked = "Để có căn cứ trình Chính phủ, Bộ Xây dựng đề nghị quý Ủy ban có ý kiến về dự thảo.\n"
    (action,) = parse_text(_HEAD + asked + _TAIL, org, calendar).actions
    assert action.lead_unit == "quý Ủy ban"
