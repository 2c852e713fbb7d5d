"""Round 27: a cable in which the chairman asks the heads of several bodies together ("Chủ
tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, Chủ tịch
UBND các huyện, thị xã tổ chức ..."): the first body leads and the others, named jointly with
it, work with it, even when the first is one the directory knows. The parser kept the known
body and dropped the others."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_CABLE = """ỦY BAN NHÂN DÂN
TỈNH LONG AN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 05/CĐ-UBND

Long An, ngày 03 tháng 4 năm 2020

CÔNG ĐIỆN
Về việc lấy mẫu xét nghiệm

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LONG AN điện:
- Giám đốc Sở Y tế;
- Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh;
- Chủ tịch UBND các huyện, thị xã.

Để ngăn chặn sự lây lan của dịch bệnh, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế, Giám đốc
Trung tâm Kiểm soát bệnh tật tỉnh, Chủ tịch UBND các huyện, thị xã tổ chức lấy mẫu xét nghiệm
tại các trạm lấy mẫu di động.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Nguyễn Văn F
"""


def test_the_heads_asked_together(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_CABLE, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Sở Y tế", ["Trung tâm Kiểm soát bệnh tật tỉnh", "UBND các huyện, thị xã"])
    ]
