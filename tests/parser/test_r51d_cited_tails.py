"""Round 51d: what a cited document does after its issuer ("Thông tư số 51/2016/TT-BYT ... của
Bộ Y tế dẫn chiếu thực hiện theo ...") is no part of the issuer's name; and a department code
an ebook page cut before its last letter, the bracket glued on ("- Lưu: VT, CS" / "T(TN)."),
is glued back ("CST(TN)") (191/01)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.run_glue import glued
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
Số: 7686/BTC-CST
V/v chính sách thuế đối với dịch vụ y tế dự phòng
Hà Nội, ngày 12 tháng 06 năm 2017

Kính gửi: Bộ Y tế

Dịch vụ kiểm dịch y tế hiện thực hiện theo Thông tư số 51/2016/TT-BYT ngày 30/12/2016 của \
Bộ Y tế dẫn chiếu thực hiện theo Thông tư số 240/2016/TT-BTC của Bộ Tài chính. Bộ Tài chính \
đề nghị Bộ Y tế cho ý kiến về nội dung nêu trên.
"""


def test_what_the_document_does_is_no_part_of_its_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"), org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    assert issuers["51/2016/TT-BYT"] == "Bộ Y tế"


def test_a_codes_last_letter_with_its_bracket_is_glued_back() -> None:
    assert glued("- Lưu: VT, CS", "- Lưu: VT, CS", "T(TN).", False)
    assert not glued("- Lưu: VT, CS", "- Lưu: VT, CS", "Tổng hợp (TN).", False)
