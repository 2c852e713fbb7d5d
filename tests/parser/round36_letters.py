"""A provincial decision of the imagined province of Bình An, letterhead to signature: the
letter the round 36 tests put their articles in (the articles are each test's own)."""

from __future__ import annotations

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH AN
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: {number}

Bình An, ngày {day} tháng 11 năm 2025

QUYẾT ĐỊNH
{title}

ỦY BAN NHÂN DÂN TỈNH BÌNH AN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
{proposer}
QUYẾT ĐỊNH:

"""

_TAIL = """
Nơi nhận:
- Như Điều {last};
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
{signs}
Trần Văn Bình
"""


def binh_an_decision(
    number: str,
    day: int,
    title: str,
    articles: str,
    *,
    last: int,
    proposer: str | None = None,
    deputy: bool = False,
) -> str:
    """The decision ``number`` of ``day`` November 2025 titled ``title``, its ``articles`` (the
    ``last`` of them named in "Như Điều ..."), proposed by ``proposer``'s head and signed by the
    chairman or, with ``deputy``, a vice-chairman on his behalf."""
    proposed = f"\nTheo đề nghị của {proposer}.\n" if proposer else ""
    signs = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" if deputy else "CHỦ TỊCH"
    head = _HEAD.format(number=number, day=day, title=title, proposer=proposed)
    return head + articles + _TAIL.format(last=last, signs=signs)
