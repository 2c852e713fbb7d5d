"""Round rL: bodies a letter lists each with its own letter after "tại" ("ý kiến của Bộ A tại
văn bản số 1 ngày ..., Bộ B tại văn bản số 2 ngày ..., Bộ C tại văn bản số 3 ...", "Xét đề nghị
Sở X tại các Công văn số ...") are each the issuer of the letter named after them, no "của"
before the later ones."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
Số: 812/VPCP-NN
V/v thí điểm chi trả dịch vụ môi trường rừng
Hà Nội, ngày 12 tháng 02 năm 2026

Kính gửi: Ủy ban nhân dân tỉnh Kon Tum.

Xét đề nghị của Ủy ban nhân dân tỉnh Kon Tum tại văn bản số 301/UBND-NNTN ngày 10 tháng 01 \
năm 2026, ý kiến của Bộ Tài chính tại văn bản số 115/BTC-PC ngày 15 tháng 01 năm 2026, Bộ Tư \
pháp tại văn bản số 220/BTP-PLDSKT ngày 16 tháng 01 năm 2026, Bộ Công Thương tại văn bản số \
431/BCT-TKNL ngày 18 tháng 01 năm 2026 về thí điểm chi trả dịch vụ môi trường rừng, Phó Thủ \
tướng Chính phủ có ý kiến như sau:

Giao Ủy ban nhân dân tỉnh Kon Tum chủ trì, phối hợp với Bộ Tài chính hoàn thiện đề án thí \
điểm, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2026.
"""


def test_each_listed_body_issued_the_letter_named_after_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM"), org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    assert issuers["115/BTC-PC"] == "Bộ Tài chính"
    assert issuers["220/BTP-PLDSKT"] == "Bộ Tư pháp"
    assert issuers["431/BCT-TKNL"] == "Bộ Công Thương"
