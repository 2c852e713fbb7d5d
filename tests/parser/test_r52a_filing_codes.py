"""Round 52a (batch 197): a "Nơi nhận" list whose "- Lưu:" entry the page broke before its
codes ("- Lưu:" / "VT, TCT, TCTK") keeps the codes in that entry, a line in capitals as they
are."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import TCT_4153

_LETTER = (
    TCT_4153
    + """Tổng cục Thuế đề nghị Cục Thuế các tỉnh, thành phố rà soát hồ sơ hoàn thuế trước ngày
15/11/2021./.

Nơi nhận:
- Như trên;
- Vụ Pháp chế;
- Lưu:
VT, CS, PC
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Trần Văn Minh
"""
)


def test_the_codes_under_lưu(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = parse_text(_LETTER, org, calendar)
    assert record.distribution == ["Như trên", "Vụ Pháp chế", "Lưu: VT, CS, PC"]
    assert record.signer is not None and record.signer.name == "Trần Văn Minh"
