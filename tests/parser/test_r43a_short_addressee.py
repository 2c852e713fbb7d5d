"""Round 43a: after an approval, a clause with the addressee by its bare kind as subject ("Đồng ý
với đề xuất của Bộ X tại Tờ trình nêu trên; Bộ khẩn trương trình Thủ tướng Chính phủ ...") is
the addressee's task, its lead "Bộ" as written, its text from its subject, the approval out
(README, session 20: 166/03); in a ministry's own letter "Bộ" is the issuer and asks nothing of
itself.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 3702/VPCP-KGVX
V/v đề án phát triển thư viện số
Hà Nội, ngày 04 tháng 6 năm 2013

Kính gửi: Bộ Văn hóa, Thể thao và Du lịch

Xét đề nghị của Bộ Văn hóa, Thể thao và Du lịch tại Tờ trình số 210/TTr-BVHTTDL ngày 14 tháng \
5 năm 2013, Phó Thủ tướng Nguyễn Văn An có ý kiến như sau:

Đồng ý với đề xuất của Bộ Văn hóa, Thể thao và Du lịch tại Tờ trình nêu trên; Bộ khẩn trương \
trình Thủ tướng Chính phủ xem xét Đề án phát triển thư viện số giai đoạn 2013-2020;

Văn phòng Chính phủ xin thông báo để quý Bộ và các cơ quan liên quan biết và thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT, KGVX (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_the_addressee_by_its_kind_after_an_approval(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ"]
    assert actions[0].text == (
        "Bộ khẩn trương trình Thủ tướng Chính phủ xem xét Đề án phát triển thư viện số giai đoạn"
        " 2013-2020"
    )


def test_a_ministrys_own_letter_speaks_of_itself(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    own = _LETTER.replace("VĂN PHÒNG CHÍNH PHỦ\n", "BỘ TÀI CHÍNH\n", 1)
    assert parse_text(own, org, calendar).issuer == "Bộ Tài chính"
    assert parse_text(own, org, calendar).actions == []
