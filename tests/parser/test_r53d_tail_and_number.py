"""Round 53d: a provincial decision's header and closing as an ebook's page left them: the
number cut after the hyphen of its code, the code opening the place and date's line ("Số:
04/2020/QĐ-" / "UBND Quảng Ninh, ngày ...") is the number's, the place stays the place; the
copies line under the "Lưu" entry with a comma ("05 bản, QĐ01-giá") is that entry's; on a page
of text runs, the signature's "TM." opens a line of its own, not the copies line's end; and the
head of a province's tax office since 2025 ("TRƯỞNG THUẾ TỈNH") is a signer's title (221/01,
221/02, 221/03)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.shreds import reflowed

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH
Số: 07/2021/QĐ-
UBND Quảng Ninh, ngày 12 tháng 4 năm 2021
QUYẾT ĐỊNH
Ban hành bảng giá tính thuế tài nguyên năm 2021
ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này bảng giá tính thuế tài nguyên năm 2021.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, TM6.
05 bản, QĐ01-giá
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Minh
"""


def test_a_code_cut_onto_the_place_line_is_the_numbers(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert record.number == "07/2021/QĐ-UBND"
    assert record.place == "Quảng Ninh"
    assert record.distribution[-1] == "Lưu: VT, TM6. 05 bản, QĐ01-giá"


_FILL = "\n".join(["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "y;"] * 8)


def test_the_capacity_opens_its_own_line_after_the_copies() -> None:
    runs = "\n".join(["- Lưu: VT, TM3.", "15 bản, QĐ64", "TM.", "  ỦY BAN NHÂN DÂN"])
    lines = reflowed(_FILL + "\n" + runs).splitlines()
    assert "15 bản, QĐ64" in lines
    assert "TM. ỦY BAN NHÂN DÂN" in lines


def test_the_head_of_a_provinces_tax_office_signs(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = """THUẾ TỈNH QUẢNG NINH
Số: 12/QĐ-QNI
Quảng Ninh, ngày 05 tháng 8 năm 2025
QUYẾT ĐỊNH
Về việc phân công nhiệm vụ cho các phòng
TRƯỞNG THUẾ TỈNH QUẢNG NINH
QUYẾT ĐỊNH:
Điều 1. Phòng Kiểm tra thực hiện quản lý thuế đối với các cá nhân khác.
Điều 2. Quyết định này có hiệu lực thi hành từ ngày ký./.
Nơi nhận:
- Lưu: VT, TCCB.
TRƯỞNG THUẾ TỈNH
Hà Văn Trường
"""
    signer = parse_text(text, org, calendar).signer
    assert signer is not None
    assert (signer.title, signer.name) == ("TRƯỞNG THUẾ TỈNH", "Hà Văn Trường")
