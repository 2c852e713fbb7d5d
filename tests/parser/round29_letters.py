"""Synthetic council resolutions of rounds 29 and 33: the Ninh Bình council's resolution of
10/03/2026 in articles only, its letterhead, grounds and signature shared; each test gives the
number, the title, what it regulates, its articles and whatever the page prints after it."""

from __future__ import annotations

_HEAD = """HỘI ĐỒNG NHÂN DÂN
TỈNH NINH BÌNH
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: {number}/2026/NQ-HĐND
Ninh Bình, ngày 10 tháng 3 năm 2026

NGHỊ QUYẾT
{title}

HỘI ĐỒNG NHÂN DÂN TỈNH NINH BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Hội đồng nhân dân ban hành Nghị quyết quy định {regulates}.
"""
_PASSED = (
    "Nghị quyết này đã được Hội đồng nhân dân tỉnh Ninh Bình thông qua ngày 10 tháng 3"
    " năm 2026./.\n"
)
_CLOSE = (
    _PASSED
    + """
Nơi nhận:
- Ủy ban nhân dân tỉnh;
- Lưu: VT.

CHỦ TỊCH
Trần Văn B
"""
)


def ninh_binh_resolution(
    number: int, title: str, regulates: str, articles: str, after: str = ""
) -> str:
    """The resolution's text; ``articles`` (from "Điều 1." to its effect article) and ``after``
    are kept as given, so a test may leave a ``str.format`` field in them."""
    head = _HEAD.format(number=number, title=title, regulates=regulates)
    return head + articles + _CLOSE + after
