"""Round rL: an ordinance cited by its name before its number ("Pháp lệnh Ưu đãi người có
công với cách mạng số 02/2020/UBTVQH14") is a "pháp lệnh", as a law so cited is a "luật"; the
kind is not carried past another kind named after it ("Pháp lệnh X và Nghị quyết số ...")."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN
Số: 41/2026/QĐ-UBND
QUYẾT ĐỊNH
Quy định mức hỗ trợ thăm viếng người có công
Ninh Thuận, ngày 05 tháng 5 năm 2026

Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 03/2021/UBTVQH14;
Căn cứ Pháp lệnh Phí và lệ phí và Nghị quyết số 18/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội;

Điều 1. Quy định mức hỗ trợ thăm viếng người có công trên địa bàn tỉnh.
Điều 2. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính hướng dẫn thực hiện Quyết định này.
"""


def test_an_ordinance_named_before_its_number_is_an_ordinance(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    kinds = {r.number: r.type for r in record.references}
    assert kinds["03/2021/UBTVQH14"] == "pháp lệnh"
    assert kinds["18/2025/UBTVQH15"] == "nghị quyết"
