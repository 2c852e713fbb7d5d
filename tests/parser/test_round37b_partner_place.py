"""Round 37b: a partner named by its kind and the place that says which of them is meant
("phối hợp với Ủy ban nhân dân xã, phường nơi có dự án, các cơ quan có liên quan ..."): the
place is of the name as written, not cut off."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 125/QĐ-UBND
Yên Bái, ngày 12 tháng 5 năm 2026
QUYẾT ĐỊNH
Về việc giải phóng mặt bằng dự án khu dân cư
ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt phương án giải phóng mặt bằng dự án khu dân cư.
Điều 2. Tổ chức thực hiện
1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân xã, phường nơi có dự \
án, các cơ quan có liên quan thực hiện việc kiểm đếm, thống kê tài sản trên đất.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn A
"""


def test_the_place_that_says_which(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Sở Nông nghiệp và Môi trường", ["Ủy ban nhân dân xã, phường nơi có dự án"])
    ]
