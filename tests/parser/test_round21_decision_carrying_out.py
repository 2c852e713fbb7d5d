"""Round 21d: an article titled "Tổ chức thực hiện" (a decision's or its regulation's) gives the
bodies its items name their tasks, however the item names them ("Các cơ quan thông tin ... có
trách nhiệm ...", "Đề nghị các cơ quan, đơn vị đóng trên địa bàn ..."), as a chapter of that
title does (round 20 read such items only when their subject was a body it knew); an item
that says a team the decision set up dissolves itself ("Đoàn kiểm tra tự giải thể ...") is
no task there either."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """UBND TỈNH YÊN BÁI
SỞ CÔNG THƯƠNG
Số: 318/QĐ-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 05 tháng 11 năm 2025
QUYẾT ĐỊNH
Về việc kiểm tra an toàn thực phẩm tại các chợ đầu mối
GIÁM ĐỐC SỞ CÔNG THƯƠNG

Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;

QUYẾT ĐỊNH:

Điều 1. Thành lập Đoàn kiểm tra an toàn thực phẩm tại các chợ đầu mối trên địa bàn tỉnh.

Điều 2. Đoàn kiểm tra làm việc trong thời hạn 10 ngày kể từ ngày công bố Quyết định.

Điều 3. Tổ chức thực hiện

1. Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ.

2. Các cơ quan thông tin, tuyên truyền của tỉnh có trách nhiệm phổ biến kết quả kiểm tra
tới người tiêu dùng.

3. Đề nghị các cơ quan, đơn vị đóng trên địa bàn tỉnh phối hợp, cung cấp thông tin cho Đoàn
kiểm tra.

Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng đoàn kiểm tra
chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 4;
- Lưu: VT.

GIÁM ĐỐC
Hoàng Văn Nam
"""


def test_the_items_of_an_article_on_carrying_out_are_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert [a.text for a in parse_text(_DECISION, org, calendar).actions] == [
        "Các cơ quan thông tin, tuyên truyền của tỉnh có trách nhiệm phổ biến kết quả kiểm tra"
        " tới người tiêu dùng",
        "Đề nghị các cơ quan, đơn vị đóng trên địa bàn tỉnh phối hợp, cung cấp thông tin cho"
        " Đoàn kiểm tra",
    ]
