"""Round 48 (batch 182's plan): a plan's "1. Đối với X" heading names the bodies its items
are for when X is a body or a group under titles ("Đối với Người đứng đầu, tập thể lãnh đạo
các phòng, ... thuộc Sở ..."), so each lettered item under it is that group's task; a case
("Đối với các trường hợp ...") names none. And a page's number between a clause ending in
";" and its lower-case run-on cuts no item: the item reads on as one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """UBND TỈNH KON TUM
SỞ XÂY DỰNG
Số: 42/KH-SXD
Kon Tum, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện công tác phòng, chống lãng phí năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Nâng cao nhận thức của công chức về phòng, chống lãng phí.
II. NHIỆM VỤ, GIẢI PHÁP
1. Đối với Thủ trưởng, tập thể lãnh đạo các phòng, đơn vị thuộc Sở Xây dựng
a) Quán triệt đến toàn thể công chức các quy định về thực hành tiết kiệm, chống lãng phí.
b) Rà soát, sắp xếp lại tài sản công được giao quản lý, sử dụng tại đơn vị mình;
báo cáo kết quả rà soát trong quý II năm 2026.
2. Đối với các trường hợp sử dụng tài sản sai mục đích
a) Thu hồi tài sản theo quy định.
III. TỔ CHỨC THỰC HIỆN
1. Giao Văn phòng Sở
a) Chủ trì theo dõi việc thực hiện Kế hoạch này; rà soát quy chế chi tiêu nội bộ của Sở,
các quy trình mua sắm, sửa chữa tài sản của các phòng, đơn vị thuộc Sở, quy chế quản lý công sản;
5


tăng cường kiểm tra việc sử dụng xe công và trụ sở làm việc.
b) Tổng hợp kết quả thực hiện gửi Giám đốc Sở.

Nơi nhận:
- UBND tỉnh (báo cáo);
- Lưu: VT, VP.
GIÁM ĐỐC

Trần Văn Bình
"""


def test_a_concerned_group_heading_leads_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    group = "các phòng, đơn vị thuộc Sở Xây dựng"
    led = [a.text[:20] for a in actions if a.lead_unit == group]
    assert led == ["Quán triệt đến toàn ", "Rà soát, sắp xếp lại"]


def test_a_page_number_after_a_semicolon_cuts_no_item(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    office = [a.text for a in actions if a.lead_unit == "Văn phòng Sở"]
    assert office[0].endswith(
        "quy chế quản lý công sản; tăng cường kiểm tra việc sử dụng xe công và trụ sở làm việc"
    )
    assert len(office) == 2
