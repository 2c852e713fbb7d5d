"""Round 53b (batch 206/01): a decision placing an order for a public service ("đặt hàng").

Its first article lists the order's terms, among them the parties' duties: "Bên đặt hàng có
trách nhiệm ..." names the ordering party by its part in the order (a body as "Cơ quan đăng ký
đầu tư có trách nhiệm ..." is), and "Quyền và nghĩa vụ của X:" heads the items X is to do, as
"Trách nhiệm của X:" does."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_ORDER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
VIỆN KHOA HỌC THỦY LỢI
Số: 12/QĐ-VKHTL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 01 năm 2024
QUYẾT ĐỊNH
Về việc đặt hàng cung cấp dịch vụ sự nghiệp công năm 2024
VIỆN TRƯỞNG VIỆN KHOA HỌC THỦY LỢI
Căn cứ Nghị định số 32/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Đặt hàng cung cấp dịch vụ sự nghiệp công năm 2024 cho Trung tâm Thông tin thủy lợi \
với các nội dung chính như sau:
1. Tên dịch vụ: Quan trắc mực nước sông.
2. Phương thức nghiệm thu:
- Bên đặt hàng có trách nhiệm tổ chức nghiệm thu từng hạng mục công việc tại thực địa.
3. Quyền và nghĩa vụ của đơn vị sự nghiệp công lập cung cấp dịch vụ:
- Tổ chức thực hiện nhiệm vụ theo đúng Quyết định đặt hàng;
- Lập báo cáo tiến độ gửi bên đặt hàng.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
"""


def test_the_order_parties_and_their_duties(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_ORDER + signed("VIỆN TRƯỞNG"), org, calendar)
    provider = "đơn vị sự nghiệp công lập cung cấp dịch vụ"
    assert [(a.lead_unit, a.text) for a in got.actions] == [
        (
            "Bên đặt hàng",
            "Bên đặt hàng có trách nhiệm tổ chức nghiệm thu từng hạng mục công việc tại thực địa",
        ),
        (provider, "Tổ chức thực hiện nhiệm vụ theo đúng Quyết định đặt hàng"),
        (provider, "Lập báo cáo tiến độ gửi bên đặt hàng"),
    ]
