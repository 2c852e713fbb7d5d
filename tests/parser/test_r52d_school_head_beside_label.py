"""Round 52d (batch 204): a school's head signing, the title set beside "Nơi nhận:".

"KT.HIỆU TRƯỞNG" / "Nơi nhận: PHÓ HIỆU TRƯỞNG" / "- Như Điều 3;" ...: the page ran the list's
label and the signer's column onto one line; a school's head ("HIỆU TRƯỞNG") and an
institute's ("VIỆN TRƯỞNG") are titles as a director's is, so the deputy signs."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import dhkt_decision

_DECISION = (
    dhkt_decision(
        "40", "ngày 15 tháng 10 năm 2025", "Về việc thành lập Hội đồng chấm đề án thạc sĩ"
    )
    + """\
Điều 1. Thành lập Hội đồng chấm đề án thạc sĩ.
Điều 2. Hội đồng có trách nhiệm tổ chức chấm đề án thạc sĩ theo quy chế.
Điều 3. Quyết định có hiệu lực kể từ ngày ký. Trưởng Khoa Sau đại học thi hành quyết định này./.
 KT.HIỆU TRƯỞNG
Nơi nhận: PHÓ HIỆU TRƯỞNG
- Như Điều 3;
- Lưu: VT, KSĐH.


 Lê Văn Lâm
"""
)


def test_the_deputy_head_beside_the_lists_label(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_DECISION, org, calendar).signer
    assert signer is not None
    assert (signer.capacity, signer.title, signer.name) == ("KT.", "PHÓ HIỆU TRƯỞNG", "Lê Văn Lâm")
