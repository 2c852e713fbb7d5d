"""Round 35c: a city's own letter names its departments with the city written "Thành phố",
with a capital, after the department's name ("Giao Sở Dân tộc và Tôn giáo Thành phố chủ trì
..."): that "Thành phố" is part of the name as written, for a department the parser knows as a
public body too (it cut the lead to "Sở Dân tộc và Tôn giáo"), as it already was for a centre
("Trung tâm Phục vụ hành chính công Thành phố")."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 2210/QĐ-UBND

Hà Nội, ngày 14 tháng 10 năm 2025

QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính lĩnh vực xây dựng

CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục 03 thủ tục hành chính lĩnh vực xây dựng.

Điều 2. Giao {lead} chủ trì, phối hợp với Trung tâm Phục vụ hành chính công Thành phố và các
cơ quan, đơn vị liên quan xây dựng quy trình điện tử giải quyết thủ tục hành chính theo quy
định.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""


@pytest.mark.parametrize(
    "lead",
    [
        "Sở Xây dựng Thành phố",
        "Sở Dân tộc và Tôn giáo Thành phố",
        "Sở Khoa học và Công nghệ Thành phố",
        "Sở Xây dựng Thành phố Hà Nội",
        "Sở Xây dựng",
    ],
)
def test_city_written_after_its_department(
    lead: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION.format(lead=lead), org, calendar).actions
    assert [a.lead_unit for a in actions] == [lead]
    assert actions[0].coordinating_units == ["Trung tâm Phục vụ hành chính công Thành phố"]
