"""Synthetic letters of rounds 25a and 26: a Thái Bình chairman's decision (letterhead, the
chairman's enacting line, "Nơi nhận" and a deputy's signature) around the articles each test
writes; the articles may keep ``{...}`` fields for the test to fill with ``str.format``."""

from __future__ import annotations

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
Số: {number}/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 03 tháng 3 năm 2026

QUYẾT ĐỊNH
{title}

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
"""
_CLOSE = """

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn B
"""


def chairman_decision(number: int, title: str, articles: str) -> str:
    """The decision numbered ``number``/QĐ-UBND titled ``title`` with ``articles`` (from
    "Điều 1." to the last article) as its body; the articles are not formatted here."""
    return _HEAD.format(number=number, title=title) + articles.strip("\n") + _CLOSE
