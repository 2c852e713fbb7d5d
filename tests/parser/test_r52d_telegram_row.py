"""Round 52d (batch 204): a telegram whose addressees a table's cell lists in one paragraph.

"THỦ TƯỚNG CHÍNH PHỦ điện:" / "| | - Bộ trưởng Bộ A; - Bộ trưởng Bộ B; - Chủ tịch ...; | |": the
items run on, each still opening with its dash; each is one addressee, the table's bars no part
of any."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
Số: 118/CĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 19 tháng 11 năm 2024
CÔNG ĐIỆN
Về tăng cường công tác phòng, chống đuối nước đối với trẻ em, học sinh
THỦ TƯỚNG CHÍNH PHỦ điện:
|  | - Bộ trưởng Bộ Giáo dục và Đào tạo; - Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực \
thuộc Trung ương; - Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh; |  |

Để chủ động phòng ngừa tai nạn đuối nước đối với trẻ em, học sinh, Thủ tướng Chính phủ yêu cầu:
1. Bộ Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục tổ chức dạy bơi an toàn cho học sinh.
"""


def test_the_addressees_a_cell_runs_on(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_TELEGRAM + signed("THỦ TƯỚNG"), org, calendar)
    assert got.recipients == [
        "Bộ trưởng Bộ Giáo dục và Đào tạo",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        "Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    ]
