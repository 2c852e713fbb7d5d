"""Round 46a: a web page that gives each paragraph one line and lost their final stops. A line
far longer than any page's width is a whole paragraph, so a line opening with a capital under
it starts the next one; and the courtesy close on its own line ("Trân trọng đề nghị./") is
never the rest of the sentence above it (176/01).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """UBND TỈNH NAM ĐỊNH
SỞ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 845/SYT-NVY
Nam Định, ngày 10 tháng 5 năm 2019
V/v rà soát danh mục thuốc tồn kho
Kính gửi: Các bệnh viện trực thuộc
Sở Y tế đề nghị các bệnh viện, các trung tâm y tế huyện, thành phố rà soát danh mục thuốc tồn \
kho theo mẫu đính kèm (tải biểu mẫu trên Cổng thông tin của Sở) và gửi báo cáo về Phòng Nghiệp \
vụ Y, đồng thời gửi file đến địa chỉ thư điện tử: phongnvy@namdinh.gov.vn
Nhận được công văn này, yêu cầu các đơn vị thực hiện nghiêm túc và nộp báo cáo trước ngày 25/5/2019
Trân trọng đề nghị./
Nơi nhận:
- Như trên;
- Lưu: VT, NVY.
GIÁM ĐỐC
(đã ký)
Trần Thị Lan
"""


def test_each_long_line_is_a_paragraph_and_the_close_stands_apart(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert len(actions) == 2
    assert actions[0].text.endswith("phongnvy@namdinh.gov.vn")
    assert actions[0].deadline is None
    assert actions[1].text == (
        "Nhận được công văn này, yêu cầu các đơn vị thực hiện nghiêm túc và nộp báo cáo "
        "trước ngày 25/5/2019"
    )
