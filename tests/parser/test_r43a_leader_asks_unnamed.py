"""Round 43a: a leader's request that names no body after the verb that asks ("Về việc ..., Phó
Thủ tướng X yêu cầu chưa khởi công để làm rõ một số vấn đề có liên quan") is a hold with work
to do, and goes to the letter's addressees as written, the first leading, the others
coordinating (README, session 20: 167/02, as 138/02 action 5); "yêu cầu" as a noun after a
leader's title ("... Thủ tướng Chính phủ tại Trung tâm ... đáp ứng yêu cầu chỉ đạo") asks
nothing.
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
Số: 4410/VPCP-KTN
V/v khởi công nhà máy xi măng Hòn Gai
Hà Nội, ngày 02 tháng 7 năm 2009

Kính gửi:
- Tổng công ty Công nghiệp Xi măng Việt Nam;
- Ủy ban nhân dân tỉnh Quảng Ninh.

Về việc khởi công Nhà máy xi măng Hòn Gai (giai đoạn 2) do Tổng công ty Công nghiệp Xi măng \
Việt Nam làm chủ đầu tư, Phó Thủ tướng Nguyễn Văn An yêu cầu chưa khởi công để làm rõ các vấn \
đề về môi trường có liên quan.

Văn phòng Chính phủ xin thông báo để các cơ quan liên quan biết, thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, KTN (3).

KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Trần Văn Bình
"""


def test_a_leaders_hold_goes_to_the_addressees(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert len(actions) == 1
    assert actions[0].lead_unit == "Tổng công ty Công nghiệp Xi măng Việt Nam"
    assert actions[0].coordinating_units == ["Ủy ban nhân dân tỉnh Quảng Ninh"]
    assert actions[0].text.endswith(
        "yêu cầu chưa khởi công để làm rõ các vấn đề về môi trường có liên quan"
    )


def test_a_need_met_is_no_request(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    need = _LETTER.replace(
        "Phó Thủ tướng Nguyễn Văn An yêu cầu chưa khởi công để làm rõ các vấn đề về môi trường có"
        " liên quan.",
        "hồ sơ trình Thủ tướng Chính phủ tại phiên họp đáp ứng yêu cầu chỉ đạo điều hành.",
    )
    assert need != _LETTER
    assert parse_text(need, org, calendar).actions == []
