"""Round 35j: a transitional article ("Điều 2. Quy định chuyển tiếp") in a regulation's chapter
on carrying it out tells a body to keep doing its work until a dated handover: the body's task
(the parser kept only the chapter's duty articles and dropped it).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 57/2025/QĐ-UBND

Thái Bình, ngày 14 tháng 10 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý chợ trên địa bàn tỉnh Thái Bình

ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

Căn cứ Nghị định số 60/2024/NĐ-CP ngày 05 tháng 6 năm 2024 của Chính phủ về phát triển và
quản lý chợ;

Theo đề nghị của Giám đốc Sở Công Thương.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ trên địa bàn tỉnh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 25 tháng 10 năm 2025.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh và các cơ
quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Long

QUY CHẾ
QUẢN LÝ HỆ THỐNG CHIẾU SÁNG CÔNG CỘNG
(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy chế này quy định việc quản lý hệ thống chiếu sáng công cộng.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 2. Quy định chuyển tiếp

Đối với hệ thống chiếu sáng đang giao Sở Xây dựng quản lý trước thời điểm phân cấp thì Sở Xây
dựng tiếp tục quản lý đến khi hoàn tất thủ tục bàn giao cho cấp xã. Thời gian bàn giao hoàn
thành trước ngày 01/7/2026.

Điều 3. Điều khoản thi hành

Giám đốc Sở Công Thương chịu trách nhiệm hướng dẫn, theo dõi việc thực hiện Quy chế./.
"""


def test_transitional_article_is_a_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Xây dựng", "Sở Công Thương"]
    first = record.actions[0]
    assert first.text.startswith("Đối với hệ thống chiếu sáng đang giao Sở Xây dựng")
    assert first.deadline_text == "trước ngày 01/7/2026"
