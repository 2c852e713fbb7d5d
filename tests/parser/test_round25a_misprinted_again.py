"""Round 25a: a document cited again with its code's hyphen dropped ("Nghị định số
118/2025/NĐ-CP" in the recitals, "118/2025/NĐCP" in a later recital or the annex) is the same
document, one reference listed at its first mention as printed there. The parser listed the
misprint as a document of its own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 91/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 04 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc công bố Danh mục thủ tục hành chính lĩnh vực y tế

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Nghị định số {first} ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính;
Căn cứ Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Văn phòng Chính phủ;
Căn cứ Nghị định số {again} ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo
cơ chế một cửa;
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực y tế.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.

Nơi nhận:
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn B
"""


def _numbers(first: str, again: str, org: OrgDirectory, calendar: WorkingCalendar) -> list[str]:
    record = parse_text(_DECISION.format(first=first, again=again), org, calendar)
    return [r.number for r in record.references]


def test_the_hyphen_dropped_again_is_the_same_document(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _numbers("118/2025/NĐ-CP", "118/2025/NĐCP", org, calendar) == [
        "118/2025/NĐ-CP",
        "03/2025/TT-VPCP",
    ]


def test_the_misprint_first_is_listed_as_printed(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _numbers("118/2025/NĐCP", "118/2025/NĐ-CP", org, calendar) == [
        "118/2025/NĐCP",
        "03/2025/TT-VPCP",
    ]


def test_a_misprint_printed_once_is_copied(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    assert _numbers("118/2025/NĐCP", "119/2025/NĐ-CP", org, calendar) == [
        "118/2025/NĐCP",
        "03/2025/TT-VPCP",
        "119/2025/NĐ-CP",
    ]
