"""An approval whose next sentence asks the addressee by its bare kind ("Đồng ý với đề nghị của
Bộ X .... Yêu cầu Bộ tổ chức ...") gives that sentence as the addressee's task, the request
in its text and "Bộ" its lead as written; and a subject line that names a document's issuer
last, with the page's motto set right after it, gives the issuer without the motto (made-up
letters no corpus holds)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
V/v: Tổ chức Diễn đàn 5 năm thực hiện Quyết định số 1450/QĐ-TTg của Thủ tướng Chính phủ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Hà Nội, ngày 12 tháng 3 năm 2014

Kính gửi: Bộ Y tế.

Xét đề nghị của Bộ Y tế tại văn bản số 611/BYT-KHTC ngày 02 tháng 3 năm 2014 về việc tổ chức \
Diễn đàn 5 năm thực hiện Quyết định số 1450/QĐ-TTg ngày 09 tháng 8 năm 2009, Phó Thủ tướng \
Trần Văn Hải có ý kiến như sau:

Đồng ý với đề nghị của Bộ Y tế về việc tổ chức Diễn đàn nêu trên. Yêu cầu Bộ tổ chức Diễn \
đàn gọn nhẹ, thiết thực.

Văn phòng Chính phủ thông báo để quý Bộ biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KGVX (3).

BỘ TRƯỞNG, CHỦ NHIỆM
Trần Văn Bình
"""


def test_the_request_after_an_approval_asks_the_addressee(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [(a.lead_unit, a.text) for a in actions] == [
        ("Bộ", "Yêu cầu Bộ tổ chức Diễn đàn gọn nhẹ, thiết thực")
    ]


def test_the_motto_after_the_subject_line_is_no_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = parse_text(_LETTER, org, calendar).references
    assert [(r.number, r.issuer) for r in references] == [
        ("611/BYT-KHTC", "Bộ Y tế"),
        ("1450/QĐ-TTg", "Thủ tướng Chính phủ"),
    ]
