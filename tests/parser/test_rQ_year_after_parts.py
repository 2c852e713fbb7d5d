"""A contract's number whose year comes last, after the parts of its code ("số
317/HĐKT/B4/2025"): the year is the number's own, not cut off with its last slash."""

from __future__ import annotations

import re

from directives.parser.header_words import NUMBER_PATTERN


def test_the_year_after_the_parts_is_the_numbers() -> None:
    text = "theo Hợp đồng kinh tế số 317/HĐKT/B4/2025 với Công ty cổ phần Hóa chất Miền Bắc"
    m = re.search(NUMBER_PATTERN, text)
    assert m is not None and m.group(0) == "317/HĐKT/B4/2025"


def test_a_usual_number_is_unchanged() -> None:
    for number in ("12/2025/QĐ-UBND", "255/TCT/QĐ/KH", "88/2016/TTLT/BTC-BTNMT"):
        m = re.search(NUMBER_PATTERN, f"số {number} ngày 05/3/2026")
        assert m is not None and m.group(0) == number
