"""Round rB2: a source that drops the blank lines sets the body's first paragraph, one line
of prose, right under the last "Kính gửi" item ("- Sở Tài chính" / "Công ty Bình Minh có Tờ
trình số ..."). The paragraph is far longer than the item and its first word would have fitted
on the item's line, so no page wrapped the item there: the list ended. The parser glued the
paragraph onto the last recipient."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
VĂN PHÒNG
Số: 418/VP-KT
V/v ý kiến về đề xuất của Công ty Bình Minh
Quảng Trị, ngày 9 tháng 4 năm 2025
Kính gửi:
- Sở Nông nghiệp và Môi trường
- Sở Tài chính
Công ty Bình Minh có Tờ trình số 12/TTr-BM ngày 2 tháng 4 năm 2025 đề xuất thuê đất làm kho hàng.
Văn phòng đề nghị Sở Tài chính có ý kiến, gửi về Văn phòng trước ngày 20 tháng 4 năm 2025./.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHÁNH VĂN PHÒNG
Lê Minh Hải
"""


def test_the_body_is_no_recipient(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert parse_text(_LETTER, org, calendar).recipients == [
        "Sở Nông nghiệp và Môi trường",
        "Sở Tài chính",
    ]


_CITED = """BỘ CÔNG THƯƠNG
Số: 733/BCT-KH
V/v góp ý dự thảo Đề án phát triển cảng cạn
Hà Nội, ngày 3 tháng 6 năm 2025
Kính gửi:
- Cục Xuất nhập khẩu
- Vụ Kế hoạch
Bộ Giao thông vận tải có Công văn số 512/BGTVT-KHĐT ngày 28 tháng 5 năm 2025 gửi dự thảo Đề án.
Đề nghị các đơn vị góp ý dự thảo, gửi về Vụ Kế hoạch trước ngày 10 tháng 6 năm 2025./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Bình
"""


def test_the_cited_letters_issuer_is_not_the_last_recipient(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = parse_text(_CITED, org, calendar).references
    assert [r.issuer for r in refs] == ["Bộ Giao thông vận tải"]


_ASKED = """VĂN PHÒNG CHÍNH PHỦ
Số: 3108/VPCP-CN
V/v kiến nghị của Tổng công ty Đường sắt
Hà Nội, ngày 14 tháng 7 năm 2025
Kính gửi:
- Bộ Xây dựng
- Bộ Tài chính
Tổng công ty Đường sắt Việt Nam có kiến nghị về vốn (công văn số 88/ĐS-KH ngày 2/7/2025).
Văn phòng Chính phủ đề nghị Bộ Xây dựng có ý kiến, gửi trước ngày 25 tháng 7 năm 2025./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Lê Văn Tâm
"""


def test_the_asking_body_opens_its_own_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = parse_text(_ASKED, org, calendar).references
    assert [r.issuer for r in refs] == ["Tổng công ty Đường sắt Việt Nam"]
