"""Round 37d: "theo mẫu quy định tại Phụ lục 01/QCTVCB ban hành kèm theo Quy chế này": an annex
of the regulation itself, numbered like a form, is no cited document."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round35_letters import DECISION_HEAD

_LETTER = (
    DECISION_HEAD
    + """- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
QUY CHẾ
PHỐI HỢP QUẢN LÝ CHỢ
(Ban hành kèm theo Quyết định số 57/2025/QĐ-UBND ngày 14/10/2025 của Ủy ban nhân dân tỉnh)
Điều 1. Hồ sơ đăng ký
Giấy đăng ký thực hiện theo mẫu quy định tại Phụ lục 01/QCCHO ban hành kèm theo Quy chế này.
Điều 2. Tổ chức thực hiện
Sở Công Thương chủ trì theo dõi việc thực hiện Quy chế này theo Nghị định số 60/2024/NĐ-CP.
"""
)


def test_an_annex_number_is_no_reference(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    numbers = [r.number for r in record.references]
    assert "01/QCCHO" not in numbers
    assert "60/2024/NĐ-CP" in numbers
