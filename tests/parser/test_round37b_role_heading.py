"""Round 37b: a heading that names bodies by the work they carry out ("2. Đơn vị, tổ chức thực
hiện nhiệm vụ giải phóng mặt bằng" over "a) Chủ trì, ..."): "thực hiện" after "đơn vị, tổ
chức" says which of them, no verb; the whole heading is the lead of its items."""

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
1. Sở Tài chính bố trí kinh phí giải phóng mặt bằng.
2. Đơn vị, tổ chức thực hiện nhiệm vụ giải phóng mặt bằng
a) Chủ trì kiểm đếm, thống kê tài sản trên đất thu hồi;
b) Lập phương án bồi thường, hỗ trợ trình cấp có thẩm quyền phê duyệt.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn A
"""


def test_bodies_named_by_their_work(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Sở Tài chính",
        "Đơn vị, tổ chức thực hiện nhiệm vụ giải phóng mặt bằng",
        "Đơn vị, tổ chức thực hiện nhiệm vụ giải phóng mặt bằng",
    ]
