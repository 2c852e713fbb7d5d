"""A plan's time line that also hands work on ("- Thời gian thực hiện: Đã khắc phục xong từ
tháng 6/2024; giao Văn phòng X chủ trì tham mưu ...", "... thường xuyên từ tháng 6/2024, giao
bộ phận Y thực hiện ...", "... . Giao phòng Z tham mưu ..."): the times it states are no task,
the clause from "giao" on is one, its text from there as written."""

from __future__ import annotations

import re

# "Thời gian thực hiện:", "Thời hạn hoàn thành:" (folded): a line that states when
_TIME_LINE = re.compile(r"^(?:thoi gian|thoi han)(?: hoan thanh| thuc hien)?\s*:\s")
# the clause that hands the work on, after the times: "; giao ...", ", giao ...", ". Giao ..."
# (not "giao nộp", "giao nhận": handing in, handing over)
_HANDED = re.compile(r"[;,.]\s+(?=giao\s+(?!nop\b|nhan\b)\S)")


def handed_in_time(folded: str) -> int | None:
    """Where the clause that hands work on starts in a time line, None when it hands none."""
    line = _TIME_LINE.match(folded)
    if line is None:
        return None
    handed = _HANDED.search(folded, line.end())
    return handed.end() if handed else None
