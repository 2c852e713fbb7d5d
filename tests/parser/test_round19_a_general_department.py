"""Round 19a: a general department under a ministry ("TỔNG CỤC THỐNG KÊ" under "BỘ KẾ HOẠCH VÀ
ĐẦU TƯ") heads its letter in capitals; its name reads in sentence case with its field
capitalised, as a "Cục" or a "Sở" does ("Tổng cục Thống kê", not "Tổng cục thống kê")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.names import org_display

_LETTER = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
TỔNG CỤC THỐNG KÊ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 512/TCTK-PPCĐ
V/v báo cáo số liệu điều tra doanh nghiệp

Hà Nội, ngày 10 tháng 5 năm 2011

Kính gửi: Cục Thống kê các tỉnh, thành phố trực thuộc Trung ương

Tổng cục Thống kê đề nghị Cục Thống kê các tỉnh, thành phố trực thuộc Trung ương gửi báo cáo số
liệu điều tra doanh nghiệp năm 2011 về Tổng cục trước ngày 30/6/2011.

Nơi nhận:
- Như trên;
- Lưu: VT, PPCĐ.

KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Trần Văn Bình
"""


def test_a_general_department_heading_in_capitals_reads_with_its_field_capitalised(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert (record.parent_issuer, record.issuer) == ("Bộ Kế hoạch và Đầu tư", "Tổng cục Thống kê")


def test_general_departments_of_one_and_two_words_of_field() -> None:
    assert [org_display(n) for n in ("TỔNG CỤC THUẾ", "TỔNG CỤC HẢI QUAN")] == [
        "Tổng cục Thuế",
        "Tổng cục Hải quan",
    ]
