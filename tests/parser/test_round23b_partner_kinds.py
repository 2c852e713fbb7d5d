"""Round 23b: in a plan's task table the "Cơ quan phối hợp" cell often closes its names with
kinds of body in lower case ("Ủy ban nhân dân cấp tỉnh, cơ quan, tổ chức, đơn vị có liên
quan", "Bộ Y tế, Sở Y tế, cơ sở khám bệnh, chữa bệnh"), or holds only kinds ("Bộ, cơ quan,
tổ chức có liên quan"): none of them names a body to work with (the "các" rule holds for a kind
written without "các"), while the names before them stay. The parser kept the kinds glued to
the last name, or as a partner of their own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_HEAD = """THỦ TƯỚNG CHÍNH PHỦ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 950/QĐ-TTg

Hà Nội, ngày 20 tháng 5 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện bảo hiểm y tế toàn dân

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện bảo hiểm y tế toàn dân.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.

KẾ HOẠCH

{table}

Nơi nhận:
- Các Bộ, cơ quan ngang bộ;
- Lưu: VT.

KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Lê Thành Long
"""
_ROWS = [
    (
        "1",
        "Tăng cường truyền thông về bảo hiểm y tế theo hộ gia đình",
        "Bộ Tài chính",
        "Các Bộ, ngành, Ủy ban nhân dân cấp tỉnh, cơ quan, tổ chức, đơn vị có liên quan",
    ),
    (
        "2",
        "Kiểm soát chi phí khám, chữa bệnh bảo hiểm y tế",
        "Bộ Tài chính",
        "Bộ Y tế, Sở Y tế, cơ sở khám bệnh, chữa bệnh",
    ),
    (
        "3",
        "Mở rộng phạm vi chi trả của bảo hiểm y tế",
        "Bộ Y tế",
        "Bộ, cơ quan, tổ chức có liên quan, cơ sở khám bệnh, chữa bệnh",
    ),
]
_TABLE = "\n".join(
    [
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
        "| --- | --- | --- | --- | --- |",
        *("| " + " | ".join([*row, "Thường xuyên"]) + " |" for row in _ROWS),
    ]
)
_DECISION = _HEAD.format(table=_TABLE)


def test_kinds_of_body_after_the_partners_are_left_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Bộ Tài chính", ["Ủy ban nhân dân cấp tỉnh"]),
        ("Bộ Tài chính", ["Bộ Y tế", "Sở Y tế"]),
        ("Bộ Y tế", []),
    ]
