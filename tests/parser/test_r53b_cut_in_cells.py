"""Round 53b (batch 207/02): a number a table's narrow cell cut after its hyphen.

In a gazette's table of procedures the legal-basis column wraps "Thông tư số 04/2020/TT-" and
the next text the page reads is another column's ("Nội dung chi tiết ..."): that capitalised
word is no code, the number is the one it begins, cited whole further on, and it takes its
place in the references where it was first cited, cut as it was. A code the cell cut after
its first letter ("104/2022/N" / "Đ-CP ngày ...") is read whole."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH BÌNH THUẬN
Số: 77/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phan Thiết, ngày 20 tháng 02 năm 2025
QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính lĩnh vực hộ tịch
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ;
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính lĩnh vực hộ tịch.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này.
DANH MỤC THỦ TỤC HÀNH CHÍNH
STT Tên thủ tục Căn cứ pháp lý Ghi chú
1
Đăng ký
khai sinh
- Thông tư số
04/2020/TT-
Nội
dung chi
tiết
2
Đăng ký
kết hôn
- Thông tư số
02/2020/TT-BTP ngày
08/4/2020 của Bộ Tư pháp;
- Thông tư số
04/2020/TT-BTP ngày
28/5/2020 của Bộ Tư pháp;
- Nghị định số
104/2022/N
Đ-CP ngày
21/12/2022 của Chính phủ
"""


def test_a_number_cut_in_a_cell(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    got = parse_text(_DECISION + signed("CHỦ TỊCH"), org, calendar)
    assert [r.number for r in got.references] == [
        "63/2010/NĐ-CP",
        "04/2020/TT-BTP",
        "02/2020/TT-BTP",
        "104/2022/NĐ-CP",
    ]
