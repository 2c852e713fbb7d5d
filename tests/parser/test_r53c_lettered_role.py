"""Round 53c (batch 211/02): a lettered heading naming a body ("a) Phòng Học sinh, sinh viên")
over an item that opens with the body's role ("- Thường trực, chủ trì, phối hợp với Sở X ...").
The heading's marker "a)" is no lower-case word the dash's line runs on from, and "Thường
trực," there is the body's role, not a standing committee leading: the item is the heading
body's task, with Sở X its partner."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """UỶ BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 310/KH-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 03 tháng 11 năm 2025
KẾ HOẠCH
Tổ chức Ngày hội đọc sách học sinh năm 2025
I. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
a) Phòng Giáo dục phổ thông
- Thường trực, chủ trì, phối hợp với Sở Văn hóa và Thể thao tổ chức Ngày hội đọc sách.
- Hướng dẫn các trường tham gia Ngày hội.
b) Văn phòng Sở
- Bố trí kinh phí tổ chức Ngày hội.
""" + signed("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Văn Hòa")


def test_the_role_item_is_the_heading_bodys(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    first = parse_text(_LETTER, org, calendar).actions[0]
    assert first.text.startswith("Thường trực, chủ trì, phối hợp với Sở Văn hóa và Thể thao")
    assert first.lead_unit == "Phòng Giáo dục phổ thông"
    assert first.coordinating_units == ["Sở Văn hóa và Thể thao"]
