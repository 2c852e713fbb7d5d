"""Round 30: a party document's number, the number, a hyphen, its kind's code, "/" and the
issuer's code ("104-CTr/TU", "2449-CV/ĐU", "57-NQ/TƯ"), is a reference wherever the state's
"N/KIND-ISSUER" is, the issuer's code as written: in capitals with "Ư" ("TƯ", the Central
Committee), or misprinted with a lower-case letter ("104-CTr/Tu"). The parser required
plain capitals there and dropped those numbers."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 9387/UBND-KT
V/v triển khai chương trình hành động
Lào Cai, ngày 15 tháng 9 năm 2026

Kính gửi: Các Sở, ban, ngành thuộc tỉnh.

Thực hiện Chương trình hành động số {number} ngày 30/8/2026 của Tỉnh ủy Lào Cai; Công văn số
2449-CV/ĐU ngày 07/9/2026 của Đảng ủy Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh có
ý kiến chỉ đạo như sau:
Giao Sở Nội vụ tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Trần Văn B
"""


@pytest.mark.parametrize("number", ["104-CTr/TU", "104-CTr/Tu", "104-CTr/TƯ", "104 - CTr/TU"])
def test_a_party_number_is_a_reference(
    number: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = parse_text(_LETTER.format(number=number), org, calendar).references
    assert [(r.number, r.issuer, str(r.issued_on)) for r in references] == [
        (number.replace(" ", ""), "Tỉnh ủy Lào Cai", "2026-08-30"),
        ("2449-CV/ĐU", "Đảng ủy Ủy ban nhân dân tỉnh", "2026-09-07"),
    ]


_ANNEX = """KẾ HOẠCH
Triển khai thực hiện chương trình chuyển đổi số
(Kèm theo Kế hoạch số 119-KH/TU ngày 02 tháng 12 năm 2025 của Ban Thường vụ Tỉnh ủy)

1. Giao Sở Khoa học và Công nghệ chủ trì xây dựng kế hoạch chi tiết, trình trước ngày 30/12/2025.
"""


def test_a_party_annex_names_its_own_letter(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    """The page lost the letter's header; its annex names the party plan it goes with."""
    record = parse_text(_ANNEX, org, calendar)
    assert (record.number, str(record.issued_on), record.references) == (
        "119-KH/TU",
        "2025-12-02",
        [],
    )
