"""A verb's words written in capitals inside a company's name: "Công ty TNHH MTV Đầu tư, Xây
dựng và Kinh doanh dịch vụ Quảng Ngãi" (its lines of business), its "Xây dựng" no predicate of
the sentence the company is the subject of; and a numbered unit's small words up to its number
("Phòng Quản lý hỗ trợ doanh nghiệp số 1": its "hỗ trợ" no predicate)."""

from __future__ import annotations

import re

from directives.parser.letters import CAPITAL

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


# "Phòng Quản lý hỗ trợ doanh nghiệp số 1": a numbered unit's name, its small words up to its
# number ("hỗ trợ" no verb there)
_NUMBERED_TAIL = re.compile(r"(?:[^\W\dA-ZĐ_][^\W\d_]*\s+){1,4}số\s+\d{1,2}\b(?!\s*[/.]\d)")
_UNIT_KIND = re.compile(rf"(?:Phòng|Đội|Tổ)\s+[{CAPITAL}]")


def numbered_unit_at(text: str, at: int) -> bool:
    """The words at ``at`` run on to the number of the unit whose name opens the entry they
    stand in ("Phòng Quản lý hỗ trợ doanh nghiệp số 1, ...": its words, no predicate)."""
    entry = text[:at].rsplit(",", 1)[-1].lstrip()
    return bool(_UNIT_KIND.match(entry)) and _NUMBERED_TAIL.match(text, at) is not None
