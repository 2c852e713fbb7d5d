"""Round C (batch 210/02): a body asks others it names by shape, none of which the finder
knows, to work with a company ("... đề nghị Ban chấp hành Công đoàn X, công đoàn cơ sở ...
tăng cường phối hợp với Công ty Y ..."): the company stays among the coordinating units."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH
CÔNG ĐOÀN Y TẾ TỈNH
Số: 45/CĐYT
V/v triển khai chương trình sữa sạch cho người lao động
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quy Nhơn, ngày 10 tháng 4 năm 2024
Kính gửi: Ban chấp hành công đoàn cơ sở trực thuộc
Ban Thường vụ Công đoàn Y tế tỉnh đề nghị Ban chấp hành Công đoàn Bệnh viện tỉnh, công đoàn \
cơ sở trực thuộc tăng cường phối hợp với Công ty Sữa Hòa Bình triển khai chương trình sữa sạch \
trong năm 2024.
Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lê Thị Hoa
"""


def test_the_company_works_with_them(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert len(actions) == 1
    assert actions[0].lead_unit == "Ban chấp hành Công đoàn Bệnh viện tỉnh"
    assert actions[0].coordinating_units[-1:] == ["Công ty Sữa Hòa Bình"]
