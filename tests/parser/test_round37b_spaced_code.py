"""Round 37b: a pdftotext header whose number sets the dash of its issuer's code off by spaces
on both sides ("Số: 318 /QĐ - UBND"): the number is the whole "318/QĐ-UBND", not "318/QĐ";
and a title printed on the kind's own line ("QUYẾT ĐỊNH PHÊ DUYỆT ...") is the subject, not the
first article's words."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """    ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      TỈNH HÀ GIANG                           Độc lập - Tự do - Hạnh phúc

     Số: 318 /QĐ - UBND                   Hà Giang, ngày 12 tháng 5 năm 2026


           QUYẾT ĐỊNH PHÊ DUYỆT ĐIỀU CHỈNH DỰ ÁN
               ĐẦU TƯ XÂY DỰNG TRƯỜNG HỌC
                 (điều chỉnh lần thứ hai)


                      ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
       Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29 tháng 11 năm 2024;
       Xét đề nghị của Sở Tài chính.
                                    QUYẾT ĐỊNH:

      Điều 1. Phê duyệt điều chỉnh dự án đầu tư xây dựng trường học với các nội dung sau.
      Điều 2. Giao Sở Xây dựng hướng dẫn chủ đầu tư thực hiện dự án.
      Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 3;
- Lưu: VT.
                                   CHỦ TỊCH
                                   Nguyễn Văn A
"""


def test_a_code_dash_spaced_on_both_sides(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.number == "318/QĐ-UBND"


def test_a_title_on_the_kinds_line(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.subject == "PHÊ DUYỆT ĐIỀU CHỈNH DỰ ÁN ĐẦU TƯ XÂY DỰNG TRƯỜNG HỌC"
