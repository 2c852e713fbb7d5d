"""Round rA2: a web page's text that cuts each paragraph's first line short reads the same when
its source drops the blank lines between paragraphs.

- A heading that names a body ("3. Các doanh nghiệp kinh doanh dịch vụ viễn thông") over a
  paragraph whose short first line opens in a capital and goes on in lower case ("Bảo đảm
  đường truyền cho" / "hệ thống ..."): the heading is a title of its own, its body the lead.
- An item's short first line over a line that runs to the page's width ("4. Ban hành quy chế
  nội bộ" / "Ban quản trị hệ thống thư điện tử của cơ quan, ..."): the item goes on, with no
  blank line above it as with one.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.blank_lines import same_without_blanks, without_blanks

_RULES = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN

Số: 61/2026/QĐ-UBND

Bình An, ngày 3 tháng 6 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý hệ thống cổng dịch vụ công tỉnh Bình An

ỦY BAN NHÂN DÂN TỈNH BÌNH AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý hệ thống thư điện tử
công vụ tỉnh Bình An.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

QUY CHẾ

Điều 8. Trách nhiệm của các sở, ban, ngành

1. Tiếp nhận, giải quyết hồ sơ
trực tuyến của tổ chức, cá nhân đúng thời hạn, bảo đảm công khai, minh bạch
theo quy định của pháp luật hiện hành.

2. Cử công chức đầu mối
theo dõi việc cập nhật thủ tục hành chính trên cổng và gửi danh sách về Văn phòng
Ủy ban nhân dân tỉnh.

3. Rà soát danh sách tài khoản
thư điện tử công vụ của cán bộ, công chức, viên chức thuộc phạm vi quản lý định
kỳ hằng năm.

4. Ban hành quy chế nội bộ
Ban quản trị hệ thống thư điện tử của cơ quan, đơn vị và phân công nhiệm vụ cụ
thể cho người quản lý tài khoản theo quy định của Quy chế này.

5. Cung cấp các thông tin
theo yêu cầu của Sở Khoa học và Công nghệ về tình hình sử dụng thư điện tử.

6. Chấp hành nghiêm các quy định
về bảo mật tài khoản, không sử dụng thư điện tử công vụ vào mục đích cá nhân.

7. Thông báo kịp thời về
việc tài khoản bị lộ mật khẩu hoặc bị truy cập trái phép để xử lý theo quy định.

8. Bố trí kinh phí duy trì
trang thiết bị, đường truyền phục vụ việc sử dụng thư điện tử tại cơ quan mình.

9. Lưu trữ thư điện tử công vụ
theo quy định về văn thư, lưu trữ đối với văn bản điện tử của cơ quan nhà nước.

10. Báo cáo tình hình sử dụng
thư điện tử công vụ của cơ quan, đơn vị định kỳ trước ngày 15 tháng 12 hằng năm.

Điều 11. Trách nhiệm của các tổ chức khác

1. Các doanh nghiệp kinh doanh dịch vụ viễn thông

Bảo đảm đường truyền cho
hệ thống thư điện tử công vụ của tỉnh hoạt động ổn định, thông suốt, an toàn.

2. Các tổ chức hội nghề nghiệp

Phối hợp tuyên truyền đến
hội viên về việc sử dụng thư điện tử công vụ trong giao dịch với cơ quan nhà nước.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH

Nguyễn Văn An
"""


def test_a_heading_over_a_cut_first_line_stays_a_title_without_blanks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(without_blanks(_RULES), org, calendar).actions
    led = {a.lead_unit: a.text for a in actions}
    assert led["Các doanh nghiệp kinh doanh dịch vụ viễn thông"].startswith("Bảo đảm đường truyền")
    assert led["Các tổ chức hội nghề nghiệp"].startswith("Phối hợp tuyên truyền")


def test_a_cut_first_line_goes_on_over_a_full_line_without_blanks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = [a.text for a in parse_text(without_blanks(_RULES), org, calendar).actions]
    assert any(t.startswith("Ban hành quy chế nội bộ Ban quản trị hệ thống") for t in texts)


def test_the_cut_page_reads_the_same_without_blanks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    same_without_blanks(_RULES, org, calendar)
