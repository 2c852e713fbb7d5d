"""A subject in capitals ends where the grounds begin, even when a page left no blank line
between them and each ground, wrapped, opens with a dash ("- Căn cứ Quyết định số ..., ngày" /
"12/01/2026 ...;")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes

_LETTER = """BAN TUYÊN GIÁO TỈNH ỦY MẪU
Số: 15-HD/BTG
Mẫu Sơn, ngày 3 tháng 3 năm 2026
HƯỚNG DẪN
TỔ CHỨC BỒI DƯỠNG BÁO CÁO VIÊN
CẤP XÃ NĂM 2026
- Căn cứ Quyết định số 40-QĐ/TU, ngày
12/01/2026 của Ban Thường vụ Tỉnh ủy;
- Căn cứ Kế hoạch số 8-KH/BTG, ngày 20/01/2026 của Ban Tuyên giáo Tỉnh ủy,
Ban Tuyên giáo Tỉnh ủy hướng dẫn việc bồi dưỡng báo cáo viên cấp xã như sau:
1. Các đảng ủy xã tổ chức lớp bồi dưỡng trước ngày 30/6/2026.
"""


def test_the_subject_stops_at_a_dashed_ground(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_bytes(_LETTER.encode("utf-8"), "hd.txt", org, calendar)
    assert record.subject == "TỔ CHỨC BỒI DƯỠNG BÁO CÁO VIÊN CẤP XÃ NĂM 2026"
