"""Round rL: two kinds of cited document typed as written: a consolidated text ("Văn bản hợp
nhất số 12/VBHN-BTC", a consolidation, not a letter) and bodies' joint rules ("Quy chế phối hợp
số 15/QCPH-UBND-UBMT", the kind its code "QCPH" names too)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 514/KH-UBND
KẾ HOẠCH
Phối hợp vận động hỗ trợ người dân vùng lũ
Gia Lai, ngày 12 tháng 3 năm 2026

Căn cứ Văn bản hợp nhất số 12/VBHN-BTC ngày 15/01/2026 của Bộ Tài chính về quản lý quỹ;
Căn cứ Quy chế phối hợp số 15/QCPH-UBND-UBMT ngày 20/02/2026 giữa Ủy ban nhân dân tỉnh và Ủy \
ban Mặt trận Tổ quốc Việt Nam tỉnh;
Thực hiện Quy chế phối hợp 21/QCPH-BHXH-CT ngày 02/3/2026;

1. Sở Tài chính chủ trì, phối hợp với các sở, ngành bố trí kinh phí hỗ trợ người dân.
"""


def test_consolidated_texts_and_joint_rules_are_typed_as_written(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    kinds = {r.number: r.type for r in record.references}
    assert kinds["12/VBHN-BTC"] == "văn bản hợp nhất"
    assert kinds["15/QCPH-UBND-UBMT"] == "quy chế phối hợp"
    assert kinds["21/QCPH-BHXH-CT"] == "quy chế phối hợp"
