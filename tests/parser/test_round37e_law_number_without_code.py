"""Round 37e: a law cited with its number printed without its code ("Căn cứ Luật Đầu tư số
61/2020 được sửa đổi, bổ sung bởi Luật số 90/2025/QH15") is a reference as printed, a law's,
in its place in the order of mention."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 52/2026/QĐ-UBND

Yên Bái, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý khu kinh tế trên địa bàn tỉnh Yên Bái

ỦY BAN NHÂN DÂN TỈNH YÊN BÁI

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Luật Đầu tư số 61/2020 được sửa đổi, bổ sung bởi Luật số 90/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý khu kinh tế.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2026.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn H
"""


def test_law_number_printed_without_its_code_is_a_reference(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    refs = parse_text(_LETTER, org, calendar).references
    assert [(r.number, r.type) for r in refs] == [
        ("72/2025/QH15", "luật"),
        ("61/2020", "luật"),
        ("90/2025/QH15", "luật"),
    ]
