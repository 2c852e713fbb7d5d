"""Round 37g: shapes of a regulation's articles of duties ("Điều N. Trách nhiệm của Sở X").

A numbered duty that carries out procedures listed below it ("1. Chủ trì thực hiện các thủ
tục sau:") over unmarked paragraphs that each name one procedure is one task: the paragraphs
are what the procedures are, not tasks of their own.

A paragraph under a numbered topic in which the article's body hands the work to one of its
offices ("Ủy ban nhân dân cấp xã giao cho phòng Tài nguyên thực hiện ..., cụ thể:") makes that
office the lead of the items below it; an item there that says who acts in a case the letter
describes ("Đối với địa bàn có ... thì đơn vị kinh doanh hạ tầng thực hiện ...") gives no task.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/2026/QĐ-UBND

Hà Giang, ngày 02 tháng 6 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý khu du lịch trên địa bàn tỉnh Hà Giang

ỦY BAN NHÂN DÂN TỈNH HÀ GIANG

Căn cứ Luật Du lịch số 09/2017/QH14;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý khu du lịch.
Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 6 năm 2026.

QUY CHẾ
Quản lý khu du lịch trên địa bàn tỉnh Hà Giang

Chương III
TRÁCH NHIỆM CỦA CÁC CƠ QUAN

"""

_PROCEDURES = (
    _HEAD
    + """Điều 12. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch
1. Chủ trì thực hiện các thủ tục sau:
Thẩm định hồ sơ công nhận khu du lịch cấp tỉnh trình Ủy ban nhân dân tỉnh.
Cấp, cấp đổi, thu hồi giấy phép kinh doanh dịch vụ lữ hành nội địa.
2. Tổng hợp kế hoạch phát triển du lịch hằng năm của các địa phương.
"""
)

_OFFICE = (
    _HEAD
    + """Điều 20. Trách nhiệm của Ủy ban nhân dân cấp xã
1. Phối hợp với Sở Văn hóa, Thể thao và Du lịch kiểm tra các khu du lịch trên địa bàn.
2. Quản lý khu du lịch:
Ủy ban nhân dân cấp xã giao cho phòng Văn hóa - Xã hội thực hiện việc quản lý nhà nước đối \
với các khu du lịch trên địa bàn, cụ thể:
- Đề xuất phương án phát triển khu du lịch trên địa bàn.
- Kiểm tra việc chấp hành quy định về an toàn của các khu du lịch.
- Đối với địa bàn có doanh nghiệp đầu tư kinh doanh khu du lịch thì doanh nghiệp đó thực hiện \
quản lý khu du lịch theo quy định.
3. Báo cáo Ủy ban nhân dân tỉnh tình hình khu du lịch trên địa bàn.
"""
)


def test_duty_over_the_procedures_it_carries_out_is_one_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_PROCEDURES, org, calendar)
    assert [a.text for a in record.actions] == [
        "Chủ trì thực hiện các thủ tục sau: Thẩm định hồ sơ công nhận khu du lịch cấp tỉnh "
        "trình Ủy ban nhân dân tỉnh. Cấp, cấp đổi, thu hồi giấy phép kinh doanh dịch vụ lữ hành "
        "nội địa",
        "Tổng hợp kế hoạch phát triển du lịch hằng năm của các địa phương",
    ]
    assert {a.lead_unit for a in record.actions} == {"Sở Văn hóa, Thể thao và Du lịch"}


def test_office_handed_the_work_leads_the_items_below(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_OFFICE, org, calendar)
    assert [(a.text[:30], a.lead_unit) for a in record.actions] == [
        ("Phối hợp với Sở Văn hóa, Thể t", "Ủy ban nhân dân cấp xã"),
        ("Đề xuất phương án phát triển k", "phòng Văn hóa - Xã hội"),
        ("Kiểm tra việc chấp hành quy đị", "phòng Văn hóa - Xã hội"),
        ("Báo cáo Ủy ban nhân dân tỉnh t", "Ủy ban nhân dân cấp xã"),
    ]
