"""Round 40d: a tax letter that orders its offices to act against invoice trading, on a page of
text runs (an ebook's export, one run a line).

A point cut after its ground's first words ("2.1. Căn cứ" / "Điều 11 Luật quản lý thuế ...")
goes on: a ground names its document next, so "Căn cứ" ends no heading's title (the "Điều 11"
on the next run opens no article). And the offices of two kinds listed under one "Các" ("Các
Cục Thuế, Chi cục Thuế căn cứ ...") are one plural lead, as written (README, session 16: kinds
of body under one "Các"), not "Cục Thuế" and a "Cục Chi cục Thuế" made by sharing "Cục"."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed

_HEAD = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 951/TCT-KTNB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 9 năm 2030
Kính gửi:
Cục Thuế các tỉnh, thành phố
"""

_RUNS = """Thời gian gần đây,
một số tổ chức,
cá nhân lợi dụng
chính sách thông thoáng
để thành lập
doanh nghiệp mua bán
hóa đơn bất hợp pháp,
gây thất thu
ngân sách nhà nước.
Trước tình hình trên,
Tổng cục Thuế yêu cầu
Cục trưởng Cục Thuế
thực hiện ngay các
giải pháp sau:
1. Kiểm tra danh sách
doanh nghiệp có rủi ro
về hóa đơn.
1.1. Căn cứ
Điều 11 Luật
quản lý thuế số 78/2029/QH11
ngày
29/11/2029, các Cục Thuế, Chi cục Thuế
báo cáo Ủy ban nhân dân cùng cấp
chủ trương tăng cường kiểm tra
hóa đơn trên
địa bàn.
1.2. Các Cục Thuế, Chi cục Thuế căn
cứ cơ sở dữ liệu
về kê khai thuế
tập trung phân tích
dấu hiệu vi phạm
của doanh nghiệp trong
danh sách rủi ro.
"""


_CLOSE = """Nơi nhận:
- Như trên;
- Lưu: VT, KTNB.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Đặng Văn Hòa
"""


def _page() -> str:
    return _HEAD + _RUNS + _CLOSE


def test_a_point_cut_after_its_grounds_first_words_goes_on() -> None:
    lines = reflowed(_page()).splitlines()
    assert any(line.startswith("1.1. Căn cứ Điều 11 Luật quản lý thuế") for line in lines)


def test_two_kinds_of_office_under_one_cac_are_one_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_page(), org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("các Cục Thuế, Chi cục Thuế", []),
        ("Các Cục Thuế, Chi cục Thuế", []),
    ]
