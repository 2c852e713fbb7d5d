"""Round 24a: a tax office's reply to a provincial tax office names it on the "Kính gửi" line
and opens its first sentence on the next line ("Kính gửi: Thuế tỉnh X" / "Cục Thuế nhận được
công văn số ..."): that line is the letter's body, not the recipient's name wrapped. Its
numbered topics wrap ("1. Về thuế giá trị gia" / "tăng") right over the request under them
("Đề nghị Thuế tỉnh X căn cứ ..."), which is the task's text without the topic. The parser
glued the first sentence to the recipient and the topic to the task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_REPLY = """BỘ TÀI CHÍNH
CỤC THUẾ
Số: 5120/CT-CS
V/v chính sách thuế
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 10 năm 2025

Kính gửi: Thuế tỉnh Thanh Hóa
Cục Thuế nhận được công văn số 1520/THO-QLDN
ngày 03/9/2025 của Thuế tỉnh Thanh Hóa về việc vướng mắc xác định chi phí được
trừ khi tính thuế thu nhập doanh nghiệp đối với khoản chi tiền thưởng. Về vấn đề
này, Cục Thuế có ý kiến như sau:
Căn cứ quy định tại khoản 1 Điều 9 Nghị định số 181/2025/NĐ-CP ngày 01/7/2025 của
Chính phủ quy định chi tiết thi hành một số điều của Luật Thuế giá trị gia tăng;
Căn cứ quy định tại Điều 9 Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15;
1. Về thuế giá trị gia
tăng
Đề nghị Thuế tỉnh Thanh Hóa căn cứ quy định nêu trên và hợp đồng ký kết thực tế giữa
các bên để xác định khoản tiền thưởng thực chất có liên quan đến hoạt động bán hàng
hóa hay không.
2. Về thuế thu nhập doanh
nghiệp
Khoản chi tiền thưởng nếu thỏa mãn điều kiện quy định thì được tính vào chi phí
được trừ khi xác định thu nhập chịu thuế thu nhập doanh nghiệp.
Đề nghị Thuế tỉnh Thanh Hóa căn cứ các quy định nêu trên và hồ sơ thực tế để hướng dẫn
thực hiện theo quy định./.

Nơi nhận:
- Như trên;
- Lưu: VT, CS.

TL. CỤC TRƯỞNG
KT. TRƯỞNG BAN BAN CHÍNH SÁCH
PHÓ TRƯỞNG BAN
Nguyễn Văn C
"""


def test_the_recipient_line_and_the_topics_stay_apart(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_REPLY, org, calendar)
    assert record.recipients == ["Thuế tỉnh Thanh Hóa"]
    assert [a.text[:30] for a in record.actions] == [
        "Đề nghị Thuế tỉnh Thanh Hóa că",
        "Đề nghị Thuế tỉnh Thanh Hóa că",
    ]
