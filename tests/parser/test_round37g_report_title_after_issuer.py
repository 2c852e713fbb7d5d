"""Round 37g: a cited report whose title follows its issuer without "về", opening with "Kết
quả" ("Xét Báo cáo thẩm định số ... của Ban Quản lý Khu du lịch tỉnh Hà Giang Kết quả thẩm
định ..."): the issuer's name ends before the title, as it does before "Quyết định ..."."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 56/QĐ-UBND

Hà Giang, ngày 02 tháng 6 năm 2026

QUYẾT ĐỊNH
Chấp thuận điều chỉnh chủ trương đầu tư dự án khu du lịch Bắc Mê

ỦY BAN NHÂN DÂN TỈNH HÀ GIANG

Căn cứ Luật Đầu tư số 61/2020/QH14;
Xét Báo cáo thẩm định số 120/BC-STC ngày 13/5/2026 của Ban Quản lý Khu du lịch tỉnh Hà \
Giang Kết quả thẩm định hồ sơ đề nghị điều chỉnh dự án khu du lịch Bắc Mê.

QUYẾT ĐỊNH:

Điều 1. Chấp thuận điều chỉnh chủ trương đầu tư dự án khu du lịch Bắc Mê.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
"""


def test_issuer_ends_before_the_reports_title(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    cited = [r for r in record.references if r.number == "120/BC-STC"]
    assert [r.issuer for r in cited] == ["Ban Quản lý Khu du lịch tỉnh Hà Giang"]
