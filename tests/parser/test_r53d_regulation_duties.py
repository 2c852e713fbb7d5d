"""Round 53d: a regulation a decision issues, divided into chapters none of which carries it
out (no "TỔ CHỨC THỰC HIỆN" chapter, no "Điều N. Tổ chức thực hiện" article): a "Trách nhiệm
..." article in its rule chapters lays duties on the regulation's own subjects, its rules, no
tasks (README: a regulation's "Trách nhiệm của ..." article that stands in no follow-up
chapter); the decision's own article asking bodies to carry it out is the task (219/01)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 21/2025/QĐ-UBND
Hưng Yên, ngày 10 tháng 6 năm 2025
QUYẾT ĐỊNH
Ban hành Quy định nghiệm thu dịch vụ công lĩnh vực thủy lợi
ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định nghiệm thu dịch vụ công lĩnh vực thủy lợi.
Điều 2. Sở Nông nghiệp và Môi trường có trách nhiệm triển khai thực hiện các quy định tại Điều 1.
Điều 3. Quyết định này có hiệu lực kể từ ngày 20 tháng 6 năm 2025.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUY ĐỊNH
Nghiệm thu dịch vụ công lĩnh vực thủy lợi
(Ban hành kèm theo Quyết định số 21/2025/QĐ-UBND ngày 10/6/2025 của UBND tỉnh Hưng Yên)
CHƯƠNG I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc nghiệm thu dịch vụ công lĩnh vực thủy lợi.
Điều 2. Đối tượng áp dụng
Các cơ quan, đơn vị cung cấp dịch vụ công lĩnh vực thủy lợi.
CHƯƠNG II. KIỂM TRA, NGHIỆM THU DỊCH VỤ
Điều 3. Công tác nghiệm thu
Việc nghiệm thu thực hiện theo từng đợt.
Điều 4. Trách nhiệm lưu trữ hồ sơ nghiệm thu
1. Cơ quan quản lý có trách nhiệm tổ chức việc lưu trữ hồ sơ nghiệm thu theo quy định.
2. Đơn vị cung cấp dịch vụ có trách nhiệm lưu giữ hồ sơ nghiệm thu các cấp.
"""


def test_duties_in_a_rule_chapter_are_rules(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [a.text[:40] for a in record.actions] == ["Sở Nông nghiệp và Môi trường có trách nh"]
