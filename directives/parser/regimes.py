"""The regime a resolution adopts for a project: "Dự án được áp dụng các cơ chế, chính sách đặc
biệt sau đây:" over the measures it may use ("1. Dự án không phải thẩm định ...", "2. Cho phép
áp dụng hình thức chỉ định thầu ...", "b) Ủy ban nhân dân cấp xã tổ chức quản lý bãi đổ ..."):
what the resolution adopts, and no task it gives (README: what a decision approves, adopts or
publishes), down to the next article."""

from __future__ import annotations

import re

# the intro that opens the regime: the thing it applies to, then "được áp dụng" its mechanisms
# and policies, over the items ("sau đây:", "như sau:"); no request to a body
_ADOPTED = re.compile(
    r"^(?!.*\b(?:giao|yeu cau|de nghi)\b)[^.;:]{0,120}\bduoc ap dung (?:cac |mot so )?"
    r"co che(?:,? chinh sach)?(?: (?:dac biet|dac thu))?[^.;:]{0,60}\b(?:sau day|nhu sau)\s*:$"
)
_ARTICLE = re.compile(r"^dieu\s+\d+\b")


def adopted_regime(folded: list[str], body: list[int]) -> set[int]:
    """The lines of ``body`` from the intro of an adopted regime to the next article."""
    out: set[int] = set()
    inside = False
    for i in body:
        line = folded[i].strip()
        if _ARTICLE.match(line):
            inside = False
        elif _ADOPTED.match(line):
            inside = True
        if inside:
            out.add(i)
    return out
