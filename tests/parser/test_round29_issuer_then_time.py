"""Round 29: a cited document's issuer followed by what the cited work is doing now ("Quyết định
số 5289/QĐ-UBND ngày 18/12/2021 của Ủy ban nhân dân thành phố Hà Nội hiện đang triển khai ...",
"... hiện nay ..."): the issuer's name ends before "hiện". The parser ran the name on into
the sentence."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 310/UBND-XD
V/v cải tạo chung cư cũ
Nam Định, ngày 12 tháng 3 năm 2026

Kính gửi: Sở Xây dựng.

Các chung cư thuộc Đề án ban hành theo Quyết định số 1289/QĐ-UBND ngày 18/12/2021 của Ủy ban
nhân dân tỉnh Nam Định {rest} tiến hành di dời trong năm 2026.
Giao Sở Xây dựng rà soát danh sách các chung cư, báo cáo Ủy ban nhân dân tỉnh trước ngày
30/4/2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

CHỦ TỊCH
Trần Văn B
"""


@pytest.mark.parametrize("rest", ["hiện đang triển khai xây dựng lại hoặc", "hiện nay chưa"])
def test_the_issuer_ends_before_now(
    rest: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    references = parse_text(_LETTER.format(rest=rest), org, calendar).references
    assert [(r.number, r.issuer) for r in references] == [
        ("1289/QĐ-UBND", "Ủy ban nhân dân tỉnh Nam Định")
    ]
