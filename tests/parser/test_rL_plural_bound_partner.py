"""Round rL: a decision's article lays a duty on a plural of bodies narrowed by what they manage
("Các cơ quan, đơn vị trực tiếp quản lý X có trách nhiệm theo dõi, rà soát, phối hợp với Sở Y
..."): the duty is the plural's own, so it leads and Sở Y works with it. The parser, finding
no known body in the subject, made the partner after "phối hợp với" the lead, as it does for a
plural that is only directed."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 31/2026/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Yên, ngày 4 tháng 5 năm 2026

QUYẾT ĐỊNH
Ban hành danh mục máy móc chuyên dùng

ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
QUYẾT ĐỊNH:
Điều 1. Ban hành danh mục máy móc chuyên dùng tại Phụ lục kèm theo Quyết định này.
Điều 2. Tổ chức thực hiện
1. Các cơ quan, đơn vị trực tiếp sử dụng máy móc chuyên dùng có trách nhiệm kiểm kê, đánh giá,
phối hợp với Sở Tài chính đề xuất điều chỉnh danh mục khi cần thiết.
2. Sở Tài chính hướng dẫn, kiểm tra việc thực hiện Quyết định này.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn B
"""


def test_the_bound_plural_leads_and_the_partner_works_with_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    duty = parse_text(_DECISION, org, calendar).actions[0]
    assert (duty.lead_unit, duty.coordinating_units) == (
        "Các cơ quan, đơn vị trực tiếp sử dụng máy móc chuyên dùng",
        ["Sở Tài chính"],
    )
