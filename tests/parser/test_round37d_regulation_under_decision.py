"""Round 37d: a ministry's decision issuing working rules, the rules after its signature.

- the rules' tie to the decision may say "(Ban hành theo Quyết định số ...)", without
  "kèm": the text under it is the attached regulation;
- its last chapter titled "HIỆU LỰC VÀ TRÁCH NHIỆM THI HÀNH" is its chapter on carrying it
  out: the task there is the regulation's, the members' duties of the chapters before are
  its rules;
- "Giao Tổng cục X và các Vụ, Cục liên quan thuộc Bộ ...": the name ends before "và các"
  opening an unnamed group whose kinds of body are written in capitals.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI NGUYÊN NƯỚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 410/QĐ-BTNN
Hà Nội, ngày 05 tháng 3 năm 2015
QUYẾT ĐỊNH
BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO DỰ ÁN QUẢN LÝ NƯỚC NGẦM
BỘ TRƯỞNG BỘ TÀI NGUYÊN NƯỚC
Căn cứ Nghị định số 12/2013/NĐ-CP ngày 20/1/2013 của Chính phủ quy định chức năng của Bộ;
QUYẾT ĐỊNH:
Điều 1. Ban hành Quy chế làm việc của Ban chỉ đạo Dự án quản lý nước ngầm kèm theo Quyết \
định này.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành.
Điều 3. Chánh Văn phòng Bộ, Tổng cục trưởng Tổng cục Nước ngầm chịu trách nhiệm thi hành \
Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn B
QUY CHẾ
LÀM VIỆC CỦA BAN CHỈ ĐẠO DỰ ÁN QUẢN LÝ NƯỚC NGẦM
(Ban hành theo Quyết định số 410/QĐ-BTNN ngày 05/3/2015 của Bộ trưởng Bộ Tài nguyên nước)
Chương 1.
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định nhiệm vụ và chế độ làm việc của Ban chỉ đạo Dự án.
Chương 2.
NHIỆM VỤ CỦA BAN CHỈ ĐẠO
Điều 2. Nhiệm vụ của thành viên Ban chỉ đạo
1. Trưởng ban chỉ đạo, điều hành chung các hoạt động của Dự án.
2. Đại diện Bộ Tài chính: Chịu trách nhiệm tham mưu cơ chế tài chính của Dự án.
Chương 3.
HIỆU LỰC VÀ TRÁCH NHIỆM THI HÀNH
Điều 3. Hiệu lực, trách nhiệm thi hành
1. Quy chế này có hiệu lực kể từ ngày ký ban hành.
2. Giao Tổng cục Nước ngầm và các Vụ, Cục liên quan thuộc Bộ theo dõi, kiểm tra việc thực \
hiện Quy chế.
"""


def test_the_follow_up_chapter_of_rules_tied_without_kem(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Tổng cục Nước ngầm", ["các Vụ, Cục liên quan thuộc Bộ"])
    ]
    assert record.actions[0].text.startswith("Giao Tổng cục Nước ngầm và các Vụ, Cục")
