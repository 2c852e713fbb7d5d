"""Round 27: a short letter's request paragraph whose last sentence ends in a colon only to
give where to send what is asked ("Thông tin đề nghị gửi về:" over "Fax: ...", "Điện thoại:
..."): the contact lines are no tasks and no section; the paragraph is the task, the lines
under it the end of its text. And the issuer's last words that only hope for the recipients'
cooperation ("Văn phòng Chính phủ kính mong các văn phòng phối hợp./.") are a closing formula,
no task. The parser took the paragraph for a heading over nothing and the closing for the
letter's one task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """BỘ Y TẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------
Số: 512/BYT-DP
V/v thông báo ca bệnh sốt xuất huyết

Hà Nội, ngày 12 tháng 3 năm 2026

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

Thời gian qua, số ca mắc sốt xuất huyết tăng ở nhiều địa phương.

{ask}

{first}

{second}

{closing}

Nơi nhận:
- Như trên;
- Lưu: VT, DP.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn A
"""

_ASK = (
    "Để kịp thời chỉ đạo công tác phòng chống dịch, Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh,"
    " thành phố trực thuộc Trung ương kịp thời thông báo các trường hợp mắc bệnh nặng. Thông tin"
    " đề nghị gửi về:"
)
_FIRST = "Email: dichte@moh.gov.vn; Fax: 024.38461234"
_SECOND = "Điện thoại: 024.38462345. Di động: 0912345678 (Đ/c Hà)"
_CLOSING = "Bộ Y tế kính mong các địa phương phối hợp./."


def test_contact_lines_end_the_request_they_follow(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _LETTER.format(ask=_ASK, first=_FIRST, second=_SECOND, closing=_CLOSING)
    actions = parse_text(letter, org, calendar).actions
    assert [(a.text, a.lead_unit) for a in actions] == [
        (
            f"{_ASK} {_FIRST} {_SECOND}",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        )
    ]


def test_hoping_for_cooperation_is_a_closing(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    ask = _ASK.replace(" Thông tin đề nghị gửi về:", "")
    letter = _LETTER.format(ask=ask, first="", second="", closing=_CLOSING)
    actions = parse_text(letter, org, calendar).actions
    assert [a.text for a in actions] == [ask.rstrip(".")]
