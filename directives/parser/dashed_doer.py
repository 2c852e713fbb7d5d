"""The body a programme's item names after a dash as the one doing it ("Tham luận “...” -
Trường THPT X hỗ trợ thực hiện", "Phân tích đề thi ... – Trường Y thực hiện")."""

from __future__ import annotations

import re

from directives.parser.subjects import subject_bodies

# "... - Trường THPT X (hỗ trợ) thực hiện.": the item's last part, a body and its doing
_DOER = re.compile(
    r"\s[-–—]\s+(?P<tail>[A-ZĐ\u00c0-\u1ef8][^-–—.;:]{2,120}?\s"
    r"(?:(?:hỗ trợ|phối hợp)\s+)?(?:thực hiện|trình bày|chủ trì|phụ trách|báo cáo))\s*\.?$"
)


def dashed_doer(says: str) -> list[str]:
    """The bodies an item names after its last dash as doing it, or none."""
    m = _DOER.search(says.rstrip())
    if m is None:
        return []
    tail = m.group("tail")
    bodies = subject_bodies(tail)
    # (the whole of what stands before its verb is the bodies' names, no clause of its own)
    return bodies if bodies and tail.startswith(bodies[0]) else []
