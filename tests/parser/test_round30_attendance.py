"""Round 30: who attended a meeting gives no task, however many officials it names: the
list under "Tham dự có các đồng chí:" (a paragraph of its own on the page) and a paragraph
that says it ("Cùng dự có Bộ trưởng Bộ Tài chính ..., Thứ trưởng Bộ Công an ..."). The parser
read them as tasks of the first official named."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 310/TB-VPCP
Hà Nội, ngày 12 tháng 10 năm 2022

THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại cuộc họp về thương mại điện tử

Ngày 03 tháng 10 năm 2022, tại trụ sở Chính phủ, Thủ tướng Chính phủ đã chủ trì cuộc họp
bàn giải pháp kết nối dữ liệu phục vụ phát triển thương mại điện tử. {attended}

Sau khi nghe Báo cáo của Bộ Tài chính và ý kiến các đại biểu, Thủ tướng Chính phủ kết luận
như sau:

1. Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương hoàn thiện dự thảo Nghị định, trình
Chính phủ trong tháng 10 năm 2022.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn B
"""
_NAMED = (
    "Phó Thủ tướng Chính phủ Lê Văn A, Bộ trưởng Bộ Tài chính Hồ Văn C,\nBộ trưởng Bộ Công"
    " Thương Nguyễn Văn D, Thứ trưởng Bộ Công an Nguyễn Văn E và đại diện\nlãnh đạo Bộ Kế"
    " hoạch và Đầu tư, Văn phòng Chính phủ."
)


@pytest.mark.parametrize(
    "attended",
    [f"Tham dự có các đồng chí:\n{_NAMED}", f"\n\nCùng dự có {_NAMED}"],
    ids=["list-under-intro", "paragraph"],
)
def test_who_attended_is_no_task(
    attended: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER.format(attended=attended), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Bộ Tài chính", ["Bộ Công Thương"])
    ]
