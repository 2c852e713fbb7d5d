"""A lettered item that says how cases are handled, a thing the subject of a passive ("d) Đối
với các tờ khai đã nhận trước ngày X ... được xử lý như sau:"), over "-" items that state the
rule for each case: the issuer's guidance, no body's task (README: items that state how a rule
applies are not tasks), while the items before it that give a body work stay tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3579/TCT-KK
V/v triển khai khai thuế điện tử
Hà Nội, ngày 15 tháng 9 năm 2017
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

Ngày 01/9/2017 Bộ Tài chính ban hành Thông tư số 88/2017/TT-BTC về khai thuế điện tử.
Tổng cục Thuế đề nghị các Cục Thuế thực hiện một số công việc chuyển tiếp như sau:
a) Cục Thuế rà soát danh sách người nộp thuế chưa đăng ký khai thuế điện tử trên địa bàn.
b) Cục Thuế tổ chức tập huấn cho cán bộ thuế về quy trình tiếp nhận tờ khai điện tử.
c) Đối với các tờ khai đã nhận trước ngày 01/10/2017 và Cục Thuế chưa xử lý xong được xử lý như sau:
- Các tờ khai giấy nhận trước ngày 01/10/2017 thì Cục Thuế tiếp tục xử lý theo quy trình cũ.
- Các tờ khai đã chuyển Tổng cục Thuế kiểm tra thì thực hiện theo kết quả kiểm tra.
Trong quá trình thực hiện nếu có vướng mắc, đề nghị các Cục Thuế phản ánh về Tổng cục Thuế
để được hướng dẫn./.
Nơi nhận:
- Như trên;
- Lưu: VT, KK.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Phạm Văn An
"""


def test_the_cases_a_passive_heading_handles_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    texts = [a.text for a in record.actions]
    assert not any(text.startswith("Các tờ khai") for text in texts)
    assert any(text.startswith("Cục Thuế rà soát danh sách") for text in texts)
