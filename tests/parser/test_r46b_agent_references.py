"""Round 46b: documents cited after the passive's agent and one "tại": "các nhiệm vụ đã được
UBND tỉnh, Chủ tịch UBND tỉnh chỉ đạo tại Chỉ thị số A ..., Công văn số B ...; số C ..." names
who gave each of them, the agent whole (two bodies joined by a comma, the council and its
chairman), for every document the sentence lists after it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 412/TB-UBND
Hà Nam, ngày 18 tháng 6 năm 2026
THÔNG BÁO
Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về đầu tư công

Phó Chủ tịch UBND tỉnh kết luận như sau:
1. Yêu cầu các sở, ngành, địa phương:
a) Tập trung thực hiện các nhiệm vụ đã được UBND tỉnh, Chủ tịch UBND tỉnh chỉ đạo tại Chỉ \
thị số 04/CT-UBND ngày 05/01/2026 về đẩy nhanh giải ngân vốn đầu tư công, Công văn số \
2210/UBND-KT ngày 12/3/2026; số 2390/UBND-KT ngày 20/3/2026 và số 2801/UBND-KT ngày 02/4/2026.
b) Thực hiện nội dung đã được Sở Tài chính hướng dẫn tại Công văn số 905/STC-QLNS ngày \
10/4/2026.
2. Sở Tài chính tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/6/2026./."""


def test_the_passive_s_agent_issued_each_document_it_lists(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG"), org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    both = "UBND tỉnh, Chủ tịch UBND tỉnh"
    assert issuers["04/CT-UBND"] == both
    assert issuers["2210/UBND-KT"] == both
    assert issuers["2390/UBND-KT"] == both
    assert issuers["2801/UBND-KT"] == both
    assert issuers["905/STC-QLNS"] == "Sở Tài chính"
