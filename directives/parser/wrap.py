"""Where a line cut at a page's fixed width ends a paragraph's title rather than running on."""

from __future__ import annotations

import re
from typing import Protocol

from directives.parser.bodies import STARTS_BODY

# Words a sentence cannot end on: a line ending with one was wrapped mid-sentence.
OPEN_ENDING = re.compile(
    r"(?:^|\s)(?:của|và|với|các|cho|tại|về|theo|trong|để|đến|từ|những|được|là|có|"
    r"hoặc|như|thuộc|đối|số|ngày|tháng|năm|bằng|qua|vào|nhằm|gồm|giữa|trên|dưới|"
    r"sau|trước|đã|đang|sẽ|chưa|cùng|do|bởi|mà|nếu|khi|thì|hơn|nhất|rất|"
    # a body's name broken after its organ's word: "Điều 2. Sở" / "Công Thương có trách nhiệm"
    r"(?-i:Sở|Bộ|Cục|Chi cục|Ủy ban|Uỷ ban|UBND))$",
    re.IGNORECASE,
)


class _Item(Protocol):
    marker: str | None
    text: str


def title_line(current: _Item, previous: str, line: str, full: int) -> bool:
    """ "4. Trách nhiệm phối hợp trong tổ chức thực hiện" / "Các Bộ: Y tế, ... có trách nhiệm
    ...": on a page cut at a fixed width, a numbered section's title (its first line, ``previous``)
    that stops well short of the width (no number, no open word at its end) and a line under it
    that opens on a body's name: the section's own paragraph, not more of its title."""
    if not full or not (current.marker or "").startswith("num"):
        return False
    short = len(previous) <= full * 0.75 and not any(ch.isdigit() for ch in current.text)
    end = previous.rstrip()
    closed = (
        not end.endswith((",", ";", ".", ":", "-", "("))
        and not OPEN_ENDING.search(end)
        and end.count("(") <= end.count(")")  # "5. Các chủ rừng là tổ chức (các" runs on
    )
    return short and closed and line[:1].isupper() and bool(STARTS_BODY.match(line))
