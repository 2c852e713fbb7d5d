"""Round 37b: documents listed with ";" under one closing "của X", the later one named by its
kind and a few words that say which of its kind ("Báo cáo thẩm định số A ngày ...; Báo cáo
thẩm định bổ sung số B ngày ... của Ban X"): both are X's."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 125/QĐ-UBND
Yên Bái, ngày 12 tháng 5 năm 2026
QUYẾT ĐỊNH
Về việc chấp thuận chủ trương đầu tư dự án khu dân cư
ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Căn cứ Luật Đầu tư số 143/2025/QH15 ngày 11 tháng 12 năm 2025;
Xét Báo cáo thẩm định số 17/BC-SKH ngày 23 tháng 01 năm 2026; Báo cáo thẩm định bổ sung số \
215/BC-SKH ngày 09/4/2026 của Sở Tài chính.
QUYẾT ĐỊNH:
Điều 1. Chấp thuận chủ trương đầu tư dự án khu dân cư.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn A
"""


def test_reports_listed_under_one_issuer(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [(r.number, r.issuer) for r in record.references] == [
        ("143/2025/QH15", None),
        ("17/BC-SKH", "Sở Tài chính"),
        ("215/BC-SKH", "Sở Tài chính"),
    ]
