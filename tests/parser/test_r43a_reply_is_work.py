"""Round 43a: "trả lời cho X biết" as the last of a body's verbs ("Bộ X chủ trì, phối hợp ...
xem xét, giải quyết đề nghị của Y ..., trả lời cho địa phương biết") is the body's work, not a
reply's closing formula ("Cục Thuế trả lời để Công ty biết"), which stays one.
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
Số: 7712/VPCP-NN
V/v điều chỉnh quy hoạch thủy lợi tỉnh Tây Ninh
Hà Nội, ngày 21 tháng 8 năm 2017

Kính gửi:
- Bộ Nông nghiệp và Phát triển nông thôn;
- Ủy ban nhân dân tỉnh Tây Ninh.

Về đề nghị của Ủy ban nhân dân tỉnh Tây Ninh tại Công văn số 2214/UBND-KT ngày 02 tháng 8 \
năm 2017 về điều chỉnh quy hoạch thủy lợi, Phó Thủ tướng Nguyễn Văn An có ý kiến như sau:

Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các cơ quan có liên quan xem \
xét, giải quyết đề nghị của Ủy ban nhân dân tỉnh Tây Ninh theo thẩm quyền, trả lời cho địa \
phương biết.

Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, NN (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_a_reply_among_the_bodys_verbs_is_its_work(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Nông nghiệp và Phát triển nông thôn"]
    assert actions[0].text.endswith("theo thẩm quyền, trả lời cho địa phương biết")


def test_the_replys_own_closing_stays_a_formula(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    ruling = _LETTER.replace(
        "Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.",
        "Văn phòng Chính phủ trả lời để Ủy ban nhân dân tỉnh Tây Ninh biết./.",
    )
    assert len(parse_text(ruling, org, calendar).actions) == 1
