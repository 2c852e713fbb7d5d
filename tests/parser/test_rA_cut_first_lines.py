"""Round rA: a web page's text that cuts each paragraph's first line short (its first-line
indent), a blank line between paragraphs: a short first line over a line that opens with a
body's name in capitals ("3. Ban hành quy chế nội bộ" / "Ban quản trị hệ thống ...", "2. Định kỳ
tổng hợp báo cáo" / "UBND tỉnh về ...") is no title; the item goes on, one task whose lead is
the article's body."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RULES = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN

Số: 45/2026/QĐ-UBND

Bình An, ngày 12 tháng 5 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý hệ thống thư điện tử công vụ tỉnh Bình An

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý hệ thống thư điện tử
công vụ tỉnh Bình An.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

QUY CHẾ

Điều 10. Trách nhiệm của các cơ quan, đơn vị

1. Quản lý, sử dụng hộp thư
điện tử công vụ của cơ quan, đơn vị mình đúng mục đích, bảo đảm an toàn thông tin
theo quy định của pháp luật hiện hành.

2. Phân công cán bộ đầu mối
quản lý tài khoản thư điện tử của cơ quan, đơn vị và thông báo về Sở Khoa học và
Công nghệ để phối hợp quản lý.

3. Ban hành quy chế nội bộ
Ban quản trị hệ thống thư điện tử của cơ quan, đơn vị và phân công nhiệm vụ cụ
thể cho người quản lý tài khoản theo quy định của Quy chế này.

4. Rà soát danh sách tài khoản
thư điện tử công vụ của cán bộ, công chức, viên chức thuộc phạm vi quản lý định
kỳ hằng năm.

5. Cung cấp các thông tin
theo yêu cầu của Sở Khoa học và Công nghệ về tình hình sử dụng thư điện tử.

6. Chấp hành nghiêm các quy định
về bảo mật tài khoản, không sử dụng thư điện tử công vụ vào mục đích cá nhân.

Điều 11. Trách nhiệm của Sở Khoa học và Công nghệ

1. Bảo đảm hạ tầng kỹ thuật
cho hệ thống thư điện tử công vụ tỉnh hoạt động ổn định, thông suốt, an toàn.

2. Định kỳ tổng hợp báo cáo
UBND tỉnh về tình hình sử dụng hệ thống thư điện tử công vụ của các cơ quan,
đơn vị trên địa bàn tỉnh theo quy định của Quy chế này.

3. Hướng dẫn các cơ quan, đơn vị
về kỹ thuật quản trị hộp thư, xử lý sự cố và khôi phục dữ liệu khi có yêu cầu.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH

Nguyễn Văn An
"""


def test_a_cut_first_line_goes_on_over_a_name_in_capitals(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_RULES, org, calendar).actions
    texts = [a.text for a in actions]
    assert any(t.startswith("Ban hành quy chế nội bộ Ban quản trị hệ thống") for t in texts)
    reported = next(a for a in actions if a.text.startswith("Định kỳ tổng hợp báo cáo UBND tỉnh"))
    assert reported.lead_unit == "Sở Khoa học và Công nghệ"
    assert not any(t.startswith(("Ban quản trị", "UBND tỉnh về")) for t in texts)
