"""Round 18b: a ministry's older letter recalls its own earlier letter with the day first,
written with dots, right under the list of recipients: "Ngày 12.2.2004 Bộ Công nghiệp đã có
công văn số 0415/CN-KH ...": the cited letter's issuer and date."""

from __future__ import annotations

import datetime

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ CÔNG NGHIỆP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 0722/CN-KH
V/v gia hạn báo cáo kế hoạch năm 2004

Hà Nội, ngày 8 tháng 3 năm 2004

Kính gửi:
- Các Sở Công nghiệp
- Các tỉnh, thành phố trực thuộc Trung ương

Ngày 12.2.2004 Bộ Công nghiệp đã có công văn số 0415/CN-KH về báo cáo kế hoạch năm 2004, nay
Bộ Công nghiệp đề nghị các Sở Công nghiệp gửi báo cáo về Bộ trước ngày 31/3/2004.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Quốc Khánh
"""


def test_a_letter_recalled_with_its_day_first_in_dots_has_issuer_and_date(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    (ref,) = parse_text(_LETTER, org, calendar).references
    assert (ref.number, ref.issuer, ref.issued_on) == (
        "0415/CN-KH",
        "Bộ Công nghiệp",
        datetime.date(2004, 2, 12),
    )
