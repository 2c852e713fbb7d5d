"""Round 41g: a decision of the issuer's cited inside a sentence's bracket ("Bảng chấm điểm thi
đua (ban hành kèm theo Quyết định số 1865/QĐ-TCT ngày 20/11/2012 của Tổng cục Thuế)") is a
reference, not the letter's own number misprinted in its annex's heading ("(Ban hành kèm theo
Quyết định số 1297/QĐ-TCT ...)" on a line of its own, which stays the letter itself)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 1296/QĐ-TCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 10 năm 2031
QUYẾT ĐỊNH
Ban hành Quy trình cập nhật nhật ký thanh tra
Điều 1. Ban hành kèm theo Quyết định này Quy trình cập nhật nhật ký thanh tra.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Cục trưởng Cục Thuế các tỉnh, thành phố chịu trách nhiệm thi hành Quyết định này./.
"""

_ANNEX = """QUY TRÌNH
CẬP NHẬT NHẬT KÝ THANH TRA
(Ban hành kèm theo Quyết định số 1297/QĐ-TCT ngày 12/10/2031 của Tổng cục Thuế)
1. Công chức chậm cập nhật nhật ký bị trừ điểm theo Bảng chấm điểm thi đua đối với cá nhân (ban \
hành kèm theo Quyết định số 1865/QĐ-TCT ngày 20/11/2012 của Tổng cục Thuế).
"""


def test_a_decision_cited_in_a_sentences_bracket_is_a_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("TỔNG CỤC TRƯỞNG") + _ANNEX, org, calendar)
    numbers = [r.number for r in record.references]
    assert "1865/QĐ-TCT" in numbers
    assert "1297/QĐ-TCT" not in numbers  # (the annex's heading: the letter itself, misprinted)
    cited = next(r for r in record.references if r.number == "1865/QĐ-TCT")
    assert cited.issuer == "Tổng cục Thuế" and str(cited.issued_on) == "2012-11-20"
