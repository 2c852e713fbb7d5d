"""Round 35g: a Hà Nội council resolution's shapes.

A title in capitals whose wrapped line opens with the motto's words ("... NHÀ Ở XÃ HỘI" /
"ĐỘC LẬP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI (THỰC HIỆN ĐIỂM A ...") goes on: only the motto as a
line of its own ("Độc lập - Tự do - Hạnh phúc") ends a title, and the bracket in capitals
closing it is its last words."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ HÀ NỘI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 71/2025/NQ-HĐND

Hà Nội, ngày 27 tháng 11 năm 2025

NGHỊ QUYẾT

QUY ĐỊNH MỨC HỖ TRỢ ĐẦU TƯ CÔNG TRÌNH NHÀ Ở XÃ HỘI
ĐỘC LẬP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI (THỰC HIỆN ĐIỂM A KHOẢN 3 ĐIỀU 12
LUẬT THỦ ĐÔ SỐ 39/2024/QH15)

Căn cứ Luật Thủ đô số 39/2024/QH15;

QUYẾT NGHỊ:

Điều 1. Phạm vi điều chỉnh

Nghị quyết này quy định mức hỗ trợ đầu tư công trình nhà ở xã hội.

Điều 2. Trách nhiệm tổ chức thực hiện

1. Giao Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Nghị quyết.

Căn cứ kết quả rà soát của các đơn vị, Ủy ban nhân dân Thành phố có trách nhiệm chỉ đạo
các đơn vị sớm bàn giao nhiệm vụ, không để gián đoạn trong quản lý.

2. Giao Thường trực Hội đồng nhân dân Thành phố, các Ban của Hội đồng nhân dân Thành phố,
các Tổ đại biểu và các đại biểu Hội đồng nhân dân Thành phố, Hội đồng nhân dân cấp xã giám sát
việc thực hiện Nghị quyết.

3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố phối hợp tuyên truyền và
giám sát việc tổ chức thực hiện Nghị quyết.

Điều 3. Điều khoản thi hành

1. Nghị quyết này có hiệu lực từ ngày 10 tháng 12 năm 2025.

2. Đối với các hộ đã nhận khoán năm 2025 thì được hưởng mức hỗ trợ quy định tại Nghị quyết này.

Nguồn kinh phí thực hiện từ ngân sách cấp Thành phố. Ủy ban nhân dân Thành phố chỉ đạo việc chi
trả đảm bảo đúng đối tượng.

Nghị quyết này được Hội đồng nhân dân thành phố Hà Nội Khóa XVI, kỳ họp thứ 28 thông qua
ngày 26 tháng 11 năm 2025./.

Nơi nhận:
- Chính phủ;
- Lưu: VT.

CHỦ TỊCH
Trần Văn C
"""


def test_a_title_line_opening_with_the_motto_words_goes_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RESOLUTION, org, calendar)
    assert record.subject == (
        "QUY ĐỊNH MỨC HỖ TRỢ ĐẦU TƯ CÔNG TRÌNH NHÀ Ở XÃ HỘI ĐỘC LẬP TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI "
        "(THỰC HIỆN ĐIỂM A KHOẢN 3 ĐIỀU 12 LUẬT THỦ ĐÔ SỐ 39/2024/QH15)"
    )
