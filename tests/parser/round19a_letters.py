"""Synthetic short letters of round 19a: a ministry's công văn to the provinces' people's
committees, asking them for a review and a report by a date."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import ParsedDirective

_LETTER = """BỘ GIAO THÔNG VẬN TẢI
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 2210/BGTVT-KHĐT
V/v rà soát danh mục dự án giao thông nông thôn

Hà Nội, ngày 08 tháng 4 năm 2011

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, KHĐT.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Văn Hòa
"""


def ministry_letter(body: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    """The parse of a ministry's letter of 08/04/2011 to the provinces whose body is ``body``."""
    return parse_text(_LETTER.format(body=body), org, calendar)
