"""Round 44c: a công điện's closing item that hands the follow-up to the Deputy Prime Ministers
together, none of them named ("Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công
kiểm tra, chỉ đạo ...", "Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục theo dõi ..."),
is a task the leaders lead, as one named in person is."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 120/CĐ-TTg
Hà Nội, ngày 10 tháng 10 năm 2025

CÔNG ĐIỆN
Về việc thúc đẩy sản xuất lúa gạo

THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Công Thương, Tài chính;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.

Để thúc đẩy sản xuất lúa gạo, Thủ tướng Chính phủ yêu cầu:

1. Bộ Công Thương khẩn trương rà soát thị trường gạo, báo cáo Thủ tướng Chính phủ.

2. Bộ Tài chính bố trí kinh phí hỗ trợ nông dân.

3. {LEADERS} kiểm tra, chỉ đạo, đôn đốc các Bộ, cơ quan, địa phương triển khai thực hiện \
Công điện này.

4. Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao.

Nơi nhận:
- Như trên;
- Lưu: VT, KTTH (3).

THỦ TƯỚNG
Nguyễn Văn An
"""


def _leads(leaders: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str | None]:
    letter = _LETTER.replace("{LEADERS}", leaders)
    return [a.lead_unit for a in parse_text(letter, org, calendar).actions]


def test_the_deputy_prime_ministers_together_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    leads = _leads("Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ được phân công", org, calendar)
    assert leads == [
        "Bộ Công Thương",
        "Bộ Tài chính",
        "các Phó Thủ tướng Chính phủ",
        "Văn phòng Chính phủ",
    ]


def test_the_comrades_word_is_not_kept(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    leads = _leads("Phân công các đồng chí Phó Thủ tướng Chính phủ tiếp tục", org, calendar)
    assert leads[2] == "các Phó Thủ tướng Chính phủ"
