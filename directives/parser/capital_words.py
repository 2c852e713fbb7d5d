"""A verb's words written in capitals inside a company's name: "Công ty TNHH MTV Đầu tư, Xây
dựng và Kinh doanh dịch vụ Quảng Ngãi" (its lines of business), its "Xây dựng" no predicate of
the sentence the company is the subject of."""

from __future__ import annotations

import re

_COMPANY = re.compile(r"^(?:Công ty|Tổng công ty|Tập đoàn)\s")


def capital_in_name(text: str, at: int) -> bool:
    """The word at ``at`` opens in a capital right after a word of the company's name the
    sentence opens with: one in capitals, or the last syllable of one ("Đầu tư, Xây dựng")."""
    if not text[at : at + 1].isupper() or not _COMPANY.match(text):
        return False
    before = text[:at].split()
    # (or right after its "và" / "&": "Cấp thoát nước và Xây dựng Quảng Ngãi", a verb written
    # with a capital inside a sentence being a name's word)
    return any(w[:1].isupper() for w in before[-2:]) or before[-1:] in (["và"], ["&"])
