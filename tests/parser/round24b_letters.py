"""Synthetic letters of round 24b: a provincial chairman's decision publishing administrative
procedures; each test gives its recitals, articles and annex."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import ParsedDirective

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 880/QĐ-UBND

Lạng Sơn, ngày 10 tháng 12 năm 2025

QUYẾT ĐỊNH
{title}

{body}

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH
Nguyễn Văn An
{annex}"""


_TITLE = "Về việc công bố danh mục thủ tục hành chính lĩnh vực y tế"


def decision(
    body: str, org: OrgDirectory, calendar: WorkingCalendar, annex: str = "", title: str = _TITLE
) -> ParsedDirective:
    letter = _DECISION.format(title=title, body=body.strip(), annex=annex)
    return parse_text(letter, org, calendar)
