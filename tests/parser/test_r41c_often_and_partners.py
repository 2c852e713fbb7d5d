"""Round 41c: a subject's name ends where the words saying how often it acts begin ("Tổng cục
Thuế định kỳ hoặc đột xuất tổ chức kiểm tra ...": "Tổng cục Thuế"), and a lead that works with
a body and "các đơn vị có liên quan" ("Thanh tra Tổng cục Thuế phối hợp với Cục X và các đơn vị
có liên quan thực hiện ...") is the lead alone, the body after "phối hợp" its partner and the
plural none (README: the "các" rule)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 1500/QĐ-TCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 13 tháng 8 năm 2018

QUYẾT ĐỊNH
Về việc triển khai ứng dụng quản lý hồ sơ kiểm tra

TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ

Căn cứ Luật Quản lý thuế số 78/2006/QH11 ngày 29/11/2006;

QUYẾT ĐỊNH:

Điều 1. Triển khai ứng dụng quản lý hồ sơ kiểm tra tại cơ quan thuế các cấp.

Điều 2. Tổ chức thực hiện

1. Tổng cục Thuế định kỳ hoặc đột xuất tổ chức kiểm tra việc sử dụng ứng dụng của các Cục Thuế.

2. Cục Thuế thường xuyên theo dõi việc cập nhật hồ sơ của các Chi cục Thuế.

3. Thanh tra Tổng cục Thuế phối hợp với Cục Công nghệ thông tin và các đơn vị có liên quan thực
hiện tổng kết, đánh giá kết quả triển khai.
""" + signed("TỔNG CỤC TRƯỞNG")


def test_how_often_and_the_partner_stay_out_of_the_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Tổng cục Thuế", []),
        ("Cục Thuế", []),
        ("Thanh tra Tổng cục Thuế", ["Cục Công nghệ thông tin"]),
    ]
