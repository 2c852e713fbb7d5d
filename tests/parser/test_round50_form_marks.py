"""Round 50 (batch 189): a converted page's HTML marks ("<center>", "<b>...</b>") are no words
of the letter; a form's filled blanks ("ngày _16_ tháng _4_") are the date's digits; and "2 - Sở
X có trách nhiệm." numbers a section as "2." does, its dashed items that body's tasks."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HTML = """<center>
<b>ỦY BAN NHÂN DÂN<br>
THÀNH PHỐ HÀ NỘI</b> <br>
Số: 01    /2025/QĐ-UBND
</center>

<center>
<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>
Độc lập - Tự do - Hạnh phúc</b> <br>
Hà Nội, ngày _16_ tháng _4_ năm 2025
</center>

# QUYẾT ĐỊNH
**Về việc ban hành đơn giá bồi thường**

Điều 1. Ban hành đơn giá kèm theo Quyết định này.
Điều 2. Tổ chức thực hiện:
1 - Thời gian áp dụng đơn giá từ ngày ký.
2 - Sở Xây dựng có trách nhiệm.
- Hướng dẫn áp dụng đơn giá trên địa bàn thành phố;
- Tổng hợp vướng mắc báo cáo Ủy ban nhân dân thành phố.
3 - Sở Tài chính có trách nhiệm thẩm định dự toán kinh phí bồi thường.
"""


def test_html_marks_and_form_blanks_leave_the_header_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(_HTML, org, calendar)
    assert (parsed.number, parsed.issued_on, parsed.place) == (
        "01/2025/QĐ-UBND",
        date(2025, 4, 16),
        "Hà Nội",
    )
    assert parsed.issuer == "Ủy ban nhân dân thành phố Hà Nội"


def test_a_number_and_a_spaced_dash_head_a_bodys_section(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_HTML, org, calendar).actions
    assert [(a.lead_unit, a.text[:20]) for a in actions] == [
        ("Sở Xây dựng", "Hướng dẫn áp dụng đơ"),
        ("Sở Xây dựng", "Tổng hợp vướng mắc b"),
        ("Sở Tài chính", "Sở Tài chính có trác"),
    ]
