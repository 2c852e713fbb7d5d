"""Round 17a: a signer's title a page's narrow cell broke inside its words ("PHÓ CHỦ" /
"NHIỆM"): the title is read whole from the two lines."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------

Số: 8812/VPCP-KTTH
V/v kiến nghị của Hiệp hội Thép Việt Nam

Hà Nội, ngày 20 tháng 10 năm 2016

Kính gửi: Bộ Công Thương

Xét kiến nghị của Hiệp hội Thép Việt Nam, Thủ tướng Chính phủ giao Bộ Công Thương xem xét,
xử lý theo thẩm quyền, báo cáo Thủ tướng Chính phủ những vấn đề vượt thẩm quyền.

Nơi nhận: - Như trên; - Lưu: VT, KTTH.

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ
NHIỆM
Nguyễn Sỹ Hiệp
"""


def test_a_title_broken_inside_its_words_is_read_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.signer is not None
    assert record.signer.title == "PHÓ CHỦ NHIỆM"
    assert (record.signer.capacity, record.signer.name) == ("KT.", "Nguyễn Sỹ Hiệp")
