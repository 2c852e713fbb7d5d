"""Round 41g: the signer's name a narrow signature cell broke between its words ("Bùi Văn" /
"Nam", "Bùi" / "Văn" / "Nam") is put back whole; a mark the page ran into it ("Đã Ký Bùi Văn
Nam") is no part of it."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_BODY = """BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: 3665/TCT-TTR
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 10 năm 2031
V/v cập nhật nhật ký thanh tra
Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.
Cục Thuế các tỉnh, thành phố cập nhật nhật ký thanh tra hằng ngày.
Nơi nhận:
- Như trên;
- Lưu: VT, TTr.
"""


@pytest.mark.parametrize(
    "tail",
    [
        "TỔNG CỤC TRƯỞNG\nBùi Văn\n  Nam\nBỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n",
        "KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nĐã Ký\nBùi\n  Văn\nNam\n",
        "KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nĐã Ký Bùi Văn Nam\n",
    ],
)
def test_a_name_broken_between_its_words_is_whole(
    tail: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    signer = parse_text(_BODY + tail, org, calendar).signer
    assert signer is not None and signer.name == "Bùi Văn Nam"


def test_a_whole_name_takes_no_line_after_it(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    tail = "TỔNG CỤC TRƯỞNG\nTrần Văn Minh\nPHỤ LỤC\n"
    signer = parse_text(_BODY + tail, org, calendar).signer
    assert signer is not None and signer.name == "Trần Văn Minh"
