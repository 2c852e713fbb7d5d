"""Round rL: the nation's central bodies ("Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
"Bộ Chính trị") have fixed names: the words a citation runs on with after them, the cited
document's summary without its "về" ("của Chính phủ quản lý, vận hành ...", "của Chính phủ
Tháo gỡ, xử lý ...") or the sentence's own words ("của Bộ Chính trị trên địa bàn tỉnh"), are no
part of the issuer; the term after an assembly ("Quốc hội khóa XV") still is."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 214/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy chế quản lý kho dữ liệu dùng chung của tỉnh
Hòa Bình, ngày 09 tháng 4 năm 2026

ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH

Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024 của Quốc hội khóa XV;
Căn cứ Nghị định số 52/2025/NĐ-CP ngày 15 tháng 5 năm 2025 của Chính phủ quản lý, vận hành và \
khai thác cơ sở dữ liệu dùng chung;
Căn cứ Nghị quyết số 17/2025/NQ-CP ngày 20 tháng 2 năm 2025 của Chính phủ Tháo gỡ, xử lý khó \
khăn trong kết nối dữ liệu;
Căn cứ Nghị quyết số 1702/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội \
sắp xếp các đơn vị hành chính cấp xã của tỉnh;
Thực hiện Nghị quyết số 58-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị trên địa bàn tỉnh;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kho dữ liệu dùng chung của tỉnh.
Điều 2. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành triển khai Quy chế này.
"""


def test_a_central_bodys_name_ends_where_its_fixed_name_does(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_LETTER + signed("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    issuers = {r.number: r.issuer for r in record.references}
    assert issuers["60/2024/QH15"] == "Quốc hội khóa XV"
    assert issuers["52/2025/NĐ-CP"] == "Chính phủ"
    assert issuers["17/2025/NQ-CP"] == "Chính phủ"
    assert issuers["1702/NQ-UBTVQH15"] == "Ủy ban Thường vụ Quốc hội"
    assert issuers["58-NQ/TW"] == "Bộ Chính trị"
