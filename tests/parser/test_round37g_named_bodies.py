"""Round 37g: whole names of bodies that act in a programme's "Tổ chức thực hiện".

A board set up by a decision, the decision cited in brackets right after its name ("Ban Chỉ đạo
Nhà nước về kế hoạch ... (Quyết định số ... của Thủ tướng Chính phủ) chỉ đạo ..."), is named by
all the words before the bracket. A lettered heading that only names kinds of bodies, over a
paragraph that opens by naming them again ("d) Các tổ chức xã hội, nghề nghiệp, các hội quần
chúng và doanh nghiệp" / "Các tổ chức ... và doanh nghiệp theo chức năng ..."), gives the
paragraph's task to all of them, as the heading writes them.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 310/QĐ-TTg

Hà Nội, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH
Phê duyệt Chương trình quốc gia về phòng chống sạt lở bờ sông

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Chương trình quốc gia về phòng chống sạt lở bờ sông với các nội dung sau:
1. Mục tiêu
Giảm thiệt hại do sạt lở bờ sông.
2. Tổ chức thực hiện
a) Điều hành Chương trình:
- Ban Chỉ đạo Trung ương về phòng chống thiên tai và bảo vệ bờ sông (Quyết định số 12/QĐ-TTg \
ngày 09 tháng 01 năm 2024 của Thủ tướng Chính phủ) chỉ đạo tổ chức thực hiện Chương trình.
b) Các tổ chức xã hội, nghề nghiệp, các hội quần chúng, các tổ chức phi chính phủ và doanh nghiệp
Các tổ chức xã hội, nghề nghiệp, các hội quần chúng, các tổ chức phi chính phủ và doanh nghiệp \
theo chức năng, nhiệm vụ của mình, chủ động tham gia các hoạt động của Chương trình.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Nơi nhận:
- Các bộ, cơ quan ngang bộ;
- Lưu: VT, NN.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trần Văn G
"""


def test_board_named_up_to_the_decision_that_set_it_up_and_kinds_named_again(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [a.lead_unit for a in record.actions] == [
        "Ban Chỉ đạo Trung ương về phòng chống thiên tai và bảo vệ bờ sông",
        "Các tổ chức xã hội, nghề nghiệp, các hội quần chúng, các tổ chức phi chính phủ và doanh"
        " nghiệp",
    ]
