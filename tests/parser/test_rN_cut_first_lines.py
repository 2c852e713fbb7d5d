"""Round rN: on a web page whose paragraphs' first lines are cut short, a lettered title's
short last line and the next paragraph's short first line ("Ủy ban nhân dân các tỉnh,") stay
apart without the blank line between them: the body heads its own dashes."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.blank_lines import reading, same_without_blanks

_CUT = """CHÍNH PHỦ

Số: 48/NQ-CP

Hà Nội, ngày 12 tháng 3 năm 2026

NGHỊ QUYẾT

Về phong trào toàn dân giữ gìn vệ sinh môi trường nông thôn

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18
tháng 02 năm 2025;

QUYẾT NGHỊ:

**I.** **NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**

Để đạt được mục tiêu
nêu trên, các bộ, cơ quan trung ương, Ủy ban nhân dân các tỉnh, thành phố trực
thuộc trung ương tổ chức triển khai thực hiện các nhiệm vụ, giải pháp sau đây:

1. Phát
động phong trào giữ gìn vệ sinh môi trường tại các thôn, xóm, khu dân cư trên
địa bàn cả nước

a) Bộ Nông nghiệp và
Môi trường

- Hướng dẫn các địa
phương tổ chức phong trào ra quân làm sạch đường làng, ngõ xóm vào ngày Chủ nhật
cuối cùng của mỗi tháng.

- Tổng hợp kết quả
thực hiện phong trào, báo cáo Thủ tướng Chính phủ trước ngày 15 tháng 12 năm 2026.

b) Hoàn thiện hạ tầng kỹ
thuật thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt tại khu vực nông thôn
theo phân loại

Ủy ban nhân dân các tỉnh,
thành phố trực thuộc trung ương:

- Rà soát nhu cầu
đầu tư điểm tập kết, trạm trung chuyển chất thải rắn sinh hoạt tại khu vực nông
thôn, đưa vào kế hoạch đầu tư công trung hạn của địa phương.

- Bố trí phương tiện
thu gom chất thải rắn sinh hoạt phù hợp với điều kiện của từng thôn, xóm, bảo
đảm không để tồn đọng chất thải tại khu dân cư.

**TM. CHÍNH PHỦ**

**THỦ TƯỚNG**

**Nguyễn Văn An**
"""


def test_a_body_under_a_lettered_title_heads_its_dashes_without_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = [task["lead_unit"] for task in reading(_CUT, org, calendar)["actions"]]
    assert leads[-1].startswith("Ủy ban nhân dân các tỉnh")
    same_without_blanks(_CUT, org, calendar)
