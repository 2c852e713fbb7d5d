"""Round 26: a partner named by the service it provides, in lower case ("Giao Sở X chủ trì,
phối hợp với đơn vị cung cấp dịch vụ công nghệ thông tin căn cứ ..."): it coordinates, named
as written. The parser found no partner."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
Số: 83/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 03 tháng 3 năm 2026

QUYẾT ĐỊNH
Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực giáo dục

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính.
Điều 2. Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với đơn vị cung cấp dịch vụ công nghệ
thông tin căn cứ quy trình nội bộ được phê duyệt tại Điều 1, xây dựng quy trình điện tử.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn B
"""


def test_the_provider_coordinates(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.coordinating_units for a in actions] == [
        ["đơn vị cung cấp dịch vụ công nghệ thông tin"]
    ]
