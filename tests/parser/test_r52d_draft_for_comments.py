"""Round 52d (batch 200): the issuer handing bodies a draft for their comments.

"..., Văn phòng Bộ xin gửi trước dự thảo Quy chế để các đơn vị nghiên cứu, tham gia, đóng góp
ý kiến tại cuộc họp.": giving comments is work of the bodies' own, a task of theirs (as when the
letter asks for comments outright), even as the last sentence, or the last clause, of a long
paragraph that tells what the issuer did; the task's text starts at the issuer's name."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TƯ PHÁP
VĂN PHÒNG
Số: 935/VP-TCKT
V/v lấy ý kiến dự thảo Quy chế chi tiêu nội bộ
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 11 năm 2019
Kính gửi: Thủ trưởng các đơn vị thuộc khối Văn phòng

Văn phòng Bộ đã xây dựng dự thảo Quy chế chi tiêu nội bộ, thay thế Quy chế hiện hành. Văn \
phòng Bộ sẽ tổ chức cuộc họp thông qua Quy chế. Lịch họp cụ thể Văn phòng Bộ sẽ thông báo \
sau, Văn phòng Bộ xin gửi trước dự thảo Quy chế để các đơn vị nghiên cứu, tham gia, đóng góp \
ý kiến tại cuộc họp.
Trân trọng sự phối hợp của Quý đơn vị.
"""


def test_a_draft_handed_for_comments_closing_a_paragraph(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(_LETTER + signed("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG"), org, calendar)
    assert [(a.lead_unit, a.text) for a in got.actions] == [
        (
            "các đơn vị",
            "Văn phòng Bộ xin gửi trước dự thảo Quy chế để các đơn vị nghiên cứu, tham gia, "
            "đóng góp ý kiến tại cuộc họp",
        )
    ]
