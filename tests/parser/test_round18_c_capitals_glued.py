"""Round 18c: a header in capitals whose lines a web page glued ("ỦY BAN NHÂN DÂNTỈNH QUẢNG
NGÃI"): the words are read apart as in lower case, abbreviations left whole."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.syllables import split_word

_LETTER = """ỦY BAN NHÂN DÂNTỈNH QUẢNG NGÃI
-------

Số: 301/UBND-KT
V/v rà soát tài sản công

Quảng Ngãi, ngày 12 tháng 3 năm 2019

Kính gửi: Sở Tài chính

Giao Sở Tài chính rà soát tài sản công của các cơ quan, đơn vị trên địa bàn tỉnh.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Ngọc Căng
"""


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("DÂNTỈNH", ("DÂN", "TỈNH")),
        ("QUYẾTĐỊNH", ("QUYẾT", "ĐỊNH")),
        ("UBND", ("UBND",)),
        ("BGDĐT", ("BGDĐT",)),
        ("NGHIÊNG", ("NGHIÊNG",)),
    ],
)
def test_a_word_in_capitals_glued_of_two_syllables_is_cut(
    word: str, syllables: tuple[str, ...]
) -> None:
    assert split_word(word) == syllables


def test_a_glued_header_in_capitals_names_its_issuer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"
