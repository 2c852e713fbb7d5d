"""A synthetic provincial letter for round rP's tests: the header, the addressees and the lead-in
of a people's committee, then the numbered items given, then the signature block."""

from __future__ import annotations

from tests.parser.signed import signed


def committee_letter(items: str) -> str:
    """A people's committee's letter whose body is ``items`` ("1. ...\\n\\n2. ...")."""
    return (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n\nSố: 1304/UBND-NN\n\n"
        "Quảng Trị, ngày 02 tháng 10 năm 2025\n\n"
        "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
        f"Ủy ban nhân dân tỉnh chỉ đạo như sau:\n\n{items}"
    ) + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
