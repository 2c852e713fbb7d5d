"""A paragraph joined to the task above that dates it: "Thời gian thực hiện: ...", "Đảm bảo hoàn
thành trong quý I/2026", or whose last sentence does ("Trường hợp ... thì ... . Hoàn thành và
báo cáo UBND tỉnh (thông qua Sở Tài chính) trước ngày 08/02/2025.")."""

from __future__ import annotations

import re

from directives.parser.sentences import DONE_BY, OWN_TIME

# the last sentence: the work done (and reported to whom) by a time
_LAST_DONE_BY = re.compile(
    r"(?:^|\.\s+)(?:(?:dam bao|bao dam) )?hoan thanh(?: va bao cao\b[^.;]{0,160}?)?"
    r" (?:truoc|cham nhat)\b[^.;]{0,40}\.?(?:/\.?)?\s*$"
)


def dates_the_task(folded: str) -> bool:
    """``folded`` (a paragraph's) gives the task above it its time."""
    return bool(OWN_TIME.match(folded) or DONE_BY.match(folded) or _LAST_DONE_BY.search(folded))
