"""A signer's title read off a page whose "Nơi nhận" list runs on one line into its last entry
(a crawl that glued the list's lines) carries none of the spaces around it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------

CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc
--------

Số: 1234/VPCP-KGVX
V/v tổ chức tuần lễ văn hóa tại tỉnh Bình Định

Hà Nội, ngày 12 tháng 5 năm 2009

Kính gửi: Bộ Văn hóa, Thể thao và Du lịch.

Xét đề nghị của Bộ Văn hóa, Thể thao và Du lịch, Thủ tướng Chính phủ có ý kiến như sau:

Giao Bộ Văn hóa, Thể thao và Du lịch chủ trì tổ chức tuần lễ văn hóa trong quý III năm 2009.

Văn phòng Chính phủ xin thông báo để các cơ quan biết và thực hiện./.

Nơi nhận:- Như trên;- TTCP, các PTT;- VPCP: BTCN; Vụ TH;- Lưu: VT, KGVX (2).

BỘ TRƯỞNG, CHỦ NHIỆM
Trần Văn Bình
"""


def test_the_title_has_no_space_around_it(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    signer = parse_text(_LETTER, org, calendar).signer
    assert signer is not None
    assert signer.title == "BỘ TRƯỞNG, CHỦ NHIỆM"
    assert signer.name == "Trần Văn Bình"
