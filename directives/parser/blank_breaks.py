"""A sentence a blank line cuts in two where a page broke with no number of its own ("...
cung cấp dữ liệu về tình hình xử lý phản" / "" / "ánh kiến nghị cho thủ trưởng ..."): the line
above stops on a word, no mark, and the line below goes on in small letters; one paragraph."""

from __future__ import annotations

import re
from collections.abc import Callable

# how many blank lines a page's break may leave between the halves
_MOST_BLANK = 3
# how long the line above is at least: prose, not a short label or a title's word
_LEAST_ABOVE = 30


def cut_by_blank(
    lines: list[str], marker: Callable[[str, str], tuple[str | None, int]]
) -> set[int]:
    """The lines (after a blank one) that go on with the sentence above them; ``marker`` reads
    a line's list marker ("a) ...": an item of its own, not the sentence going on)."""
    goes_on: set[int] = set()
    for k in range(1, len(lines)):
        line = lines[k]
        if not line or lines[k - 1]:
            continue
        above = next((j for j in range(k - 1, max(-1, k - 2 - _MOST_BLANK), -1) if lines[j]), None)
        if above is None:
            continue
        before = lines[above].rstrip()
        if (
            len(before) >= _LEAST_ABOVE
            and before[-1:].isalpha()
            and before[-1:].islower()
            and line[:1].isalpha()
            and line[:1].islower()
            and marker(line, line.lower())[0] is None
        ):
            goes_on.add(k)
    return goes_on


# a ground's opening ("Căn cứ Luật ...", "Xét đề nghị của ...", "Theo đề nghị của ...")
_GROUND = re.compile(r"(?:Căn cứ|Xét đề nghị|Theo đề nghị)\s")


def grounds_under_capitals(previous: str, line: str) -> bool:
    """ "HỘI ĐỒNG NHÂN DÂN TỈNH X KHÓA XVI, KỲ HỌP THỨ 7 (Kỳ họp chuyên đề)" / "Căn cứ Luật
    ...": a ground under a line mostly in capitals (its note in brackets in small letters) opens
    a paragraph of its own, with no blank line between them as with one."""
    capitals = sum(map(str.isupper, previous)) > sum(map(str.islower, previous))
    return capitals and _GROUND.match(line) is not None
