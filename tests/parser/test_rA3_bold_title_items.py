"""Round rA3: a bold numbered heading wrapped in the source ("**5. Các hợp tác xã hoạt động" /
"trong lĩnh vực ... trên địa bàn Tỉnh**") comes whole on one line, far past the page's width,
and ends on a name's capital; the "-" items under it ("- Chủ động ...") are items, with or
without the blank line between: no width cut that line, so no name's hyphen goes on under it.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.blank_lines import opens_task_without_blanks

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN

Số: 77/KH-UBND

Bình An, ngày 2 tháng 7 năm 2026

KẾ HOẠCH
Ứng dụng công nghệ số trong sản xuất nông nghiệp năm 2026

I. NHIỆM VỤ

1. Xây dựng cơ sở dữ liệu về vùng trồng, vùng nuôi của tỉnh, cập nhật
thường xuyên trên nền tảng số dùng chung của tỉnh và kết nối với cơ sở dữ liệu
của Bộ Nông nghiệp và Môi trường theo hướng dẫn.

2. Hỗ trợ các hợp tác xã ứng dụng truy xuất nguồn gốc điện tử đối với sản
phẩm nông nghiệp chủ lực, ưu tiên các sản phẩm đạt chứng nhận của tỉnh.

II. TỔ CHỨC THỰC HIỆN

1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành hướng
dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân
dân tỉnh trước ngày 15 tháng 12 năm 2026.

2. Sở Khoa học và Công nghệ hướng dẫn các xã, phường triển khai nền tảng số
dùng chung, bảo đảm an toàn thông tin trong quá trình vận hành các hệ thống.

**3. Các hợp tác xã hoạt động
trong lĩnh vực trồng trọt, chăn nuôi, thủy sản và chế biến nông sản
trên địa bàn Tỉnh**

- Chủ động phối hợp triển khai các giải pháp, nền tảng
số phục vụ quản lý vùng trồng, truy xuất nguồn gốc và tiêu thụ sản phẩm.

- Cập nhật đầy đủ thông tin sản xuất, kinh doanh lên nền tảng số theo
hướng dẫn của cơ quan quản lý nhà nước.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Hòa
"""


def test_items_under_a_one_line_bold_heading_stay_items_without_blanks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # (the heading's own task no longer swallows its first item)
    opens_task_without_blanks(_PLAN, "Chủ động phối hợp triển khai các giải pháp", org, calendar)
