"""Round 53b (batch 203/03): a project management board's name runs past "xây dựng".

"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "Ban QLDA Đầu tư xây dựng
chuyên ngành - ...": the board manages the works built, "xây dựng" is a word of its name, no
verb; as the lead (the subject before its verb) and as a partner after "phối hợp với" the
name is read whole, up to the verb that follows it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 210/UBND-KT
V/v đẩy nhanh tiến độ dự án đường nối
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 12 tháng 3 năm 2024
Kính gửi: Sở Giao thông vận tải.

Để bảo đảm tiến độ dự án, Ủy ban nhân dân tỉnh yêu cầu:
1. Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương hoàn thiện \
hồ sơ thiết kế.
2. Sở Giao thông vận tải chủ trì, phối hợp với Ban QLDA đầu tư xây dựng công trình dân dụng \
và công nghiệp tỉnh kiểm tra chất lượng công trình.
"""


def test_a_project_board_named_whole(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_LETTER + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in got.actions] == [
        ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", []),
        (
            "Sở Giao thông vận tải",
            ["Ban QLDA đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh"],
        ),
    ]
