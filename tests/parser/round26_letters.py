"""Synthetic letters of rounds 25a and 26: a Thái Bình chairman's decision (letterhead, the
chairman's enacting line, "Nơi nhận" and a deputy's signature) and a Hà Nội council's
resolution around the articles each test writes; the articles may keep ``{...}`` fields for
the test to fill with ``str.format``."""

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
- Như Điều {executing};
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn B
"""


def chairman_decision(number: int, title: str, articles: str, executing: int = 3) -> str:
    """The decision numbered ``number``/QĐ-UBND titled ``title`` with ``articles`` (from
    "Điều 1." to the last article) as its body, sent "Như Điều ``executing``"; the articles
    are not formatted here."""
    head = _HEAD.format(number=number, title=title)
    return head + articles.strip("\n") + _CLOSE.format(executing=executing)


_COUNCIL = """HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: {number}/NQ-HĐND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 03 tháng 12 năm 2025

NGHỊ QUYẾT
Quy định số lượng nhân viên thú y các xã, phường

HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI
"""
_COUNCIL_CLOSE = """

CHỦ TỊCH
Nguyễn Văn D
"""


def council_resolution(number: int, body: str) -> str:
    """The Hà Nội council's resolution numbered ``number``/NQ-HĐND with ``body`` (its grounds,
    "QUYẾT NGHỊ:" and its articles), its chairman's signature after it."""
    return _COUNCIL.format(number=number) + body.strip("\n") + _COUNCIL_CLOSE
