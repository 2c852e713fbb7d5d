"""A month reached with "đến" ("đến tháng 12 năm 1982"): the end of the work's span when a
"từ tháng ..." opens the span right before it, due at that month's end; else a target's
horizon ("phấn đấu đến tháng 12/2025 đạt ..."), no due date."""

from __future__ import annotations

import re

# "từ tháng 01 năm 1981 " (or "từ tháng 01/2026 ") right before the "đến"
_SPAN_START = re.compile(r"\btu\s+thang\s+\d{1,2}\s*(?:/\s*|\s+nam\s+)\d{4}\s+$")


def target_month(cue: str | None, folded: str, at: int) -> bool:
    """The month at ``at``, after its ``cue``, is reached with a bare "đến" that ends no span."""
    return (cue or "").strip() == "den" and not _SPAN_START.search(folded, 0, at)
