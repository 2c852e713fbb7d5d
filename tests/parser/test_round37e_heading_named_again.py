"""Round 37e: a lettered heading that only names bodies, with no stop at its end, over a paragraph
that opens by naming them again ("b) Các tổ chức chính trị - xã hội, các hội nghề nghiệp và doanh
nghiệp" / "Các tổ chức ... và doanh nghiệp theo chức năng, nhiệm vụ của mình, chủ động ..."):
the heading stays a heading, however long its line, the paragraph alone the task's text."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/QĐ-TTg

Hà Nội, ngày 12 tháng 3 năm 2018

QUYẾT ĐỊNH
Phê duyệt Chương trình bảo vệ rừng ven biển

THỦ TƯỚNG CHÍNH PHỦ

Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Chương trình bảo vệ rừng ven biển với các nội dung sau:
1. Tổ chức thực hiện
a) Bộ Nông nghiệp và Phát triển nông thôn
Chủ trì tổ chức thực hiện Chương trình.
b) Các tổ chức chính trị - xã hội, các hội nghề nghiệp và doanh nghiệp
Các tổ chức chính trị - xã hội, các hội nghề nghiệp và doanh nghiệp theo chức năng, nhiệm vụ \
của mình, chủ động tham gia bảo vệ rừng ven biển.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Trịnh Văn F
"""


def test_paragraph_naming_its_heading_again_is_the_task_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert [a.text for a in record.actions][-1] == (
        "Các tổ chức chính trị - xã hội, các hội nghề nghiệp và doanh nghiệp theo chức năng,"
        " nhiệm vụ của mình, chủ động tham gia bảo vệ rừng ven biển"
    )
