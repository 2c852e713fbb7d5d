"""Round 37d: a Prime Minister's decision approving a project, its first article the project's
particulars.

- "+ Bộ Tài chính: 266.360.000 VNĐ bằng tiền mặt": a body's share of the project's money, no
  task (nor a heading over one);
- "- Cơ quan chủ quản: Bộ Tài nguyên và Môi trường.": a field naming a body, no task;
- "| * * *Nơi nhận:* - ...; - Lưu: VT. | KT. THỦ TƯỚNG ... |": the lone stars a converter left
  before the cell's first word hide no "Nơi nhận".
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \
Độc lập - Tự do - Hạnh phúc |
| --- | --- |
| Số: 920/QĐ-TTg | *Hà Nội, ngày 12 tháng 6 năm 2016* |
QUYẾT ĐỊNH
PHÊ DUYỆT DANH MỤC DỰ ÁN HỖ TRỢ KỸ THUẬT “QUẢN LÝ CHẤT LƯỢNG NƯỚC” DO ADB TÀI TRỢ
THỦ TƯỚNG CHÍNH PHỦ
*Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;*
QUYẾT ĐỊNH:
Điều 1. Phê duyệt danh mục Dự án hỗ trợ kỹ thuật “Quản lý chất lượng nước”, cụ thể như sau:
- Vốn đối ứng: 300.000 USD (tương đương 6.600.000.000 VNĐ), trong đó:
+ Bộ Y tế: 4.100.000.000 VNĐ (1.100.000.000 VNĐ tiền mặt và 3.000.000.000 VNĐ bằng hiện vật).
+ Bộ Tài chính: 2.500.000.000 VNĐ bằng tiền mặt.
- Cơ quan chủ quản: Bộ Y tế.
- Thời gian thực hiện Dự án: 24 tháng.
Điều 2. Giao Bộ Y tế:
- Thực hiện các thủ tục để phê duyệt Dự án nói trên theo đúng các quy định hiện hành;
- Chủ trì, phối hợp với Bộ Tài chính triển khai thực hiện Dự án.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Bộ trưởng các Bộ: Y tế, Tài chính chịu trách nhiệm thi hành Quyết định này./.
| * * *Nơi nhận:* - TTg CP, các PTTgCP; - Các Bộ: YT, TC; - Lưu: VT, QHQT. \
| KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG     Trần Văn C |
| --- | --- |
"""


def test_shares_and_fields_are_no_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(a.lead_unit, a.text[:20]) for a in record.actions] == [
        ("Bộ Y tế", "Thực hiện các thủ tụ"),
        ("Bộ Y tế", "Chủ trì, phối hợp vớ"),
    ]


def test_lone_stars_before_the_distribution(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.distribution == ["TTg CP, các PTTgCP", "Các Bộ: YT, TC", "Lưu: VT, QHQT"]
