"""Round 17a: a Government Office letter that opens its paragraph with the news it answers and
goes on "Về việc này, Thủ tướng Chính phủ giao ...": the task is the answer, not the news."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------

Số: 6021/VPCP-KGVX
V/v Báo Tuổi trẻ đăng bài

Hà Nội, ngày 12 tháng 6 năm 2017

Kính gửi: Bộ Giáo dục và Đào tạo

Báo Tuổi trẻ ngày 08 tháng 6 năm 2017 có đăng bài “Học sinh vùng lũ thiếu sách giáo khoa”. Về
việc này, Thủ tướng Chính phủ giao Bộ Giáo dục và Đào tạo kiểm tra, xử lý theo thẩm quyền,
báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2017.

Nơi nhận: - Như trên; - Lưu: VT, KGVX.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Kim Thị Hạnh
"""


def test_the_task_is_the_answer_after_ve_viec_nay_not_the_news_before_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (action,) = parse_text(_LETTER, org, calendar).actions
    assert action.text.startswith("Về việc này, Thủ tướng Chính phủ giao Bộ Giáo dục và Đào tạo")
    assert action.lead_unit == "Bộ Giáo dục và Đào tạo"
