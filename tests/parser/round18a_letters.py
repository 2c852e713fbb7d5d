"""Synthetic short letters of round 18a: a công văn of the Government Office that cites a
province's letters and asks the ministries it is sent to for their opinion."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import ParsedDirective

_LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------

Số: 455/VPCP-KTN
V/v xin ý kiến về dự án trồng rừng ven biển

Hà Nội, ngày 06 tháng 01 năm 2010

Kính gửi:
- Bộ Nông nghiệp và Phát triển nông thôn;
- Bộ Tài chính.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, KTN.
{sign}
Nguyễn Văn An
"""
_SIGN = "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM"


def office_letter(
    body: str, org: OrgDirectory, calendar: WorkingCalendar, sign: str = _SIGN
) -> ParsedDirective:
    """The parse of a Government Office letter of 06/01/2010 whose body is ``body``, signed
    under the capacity and title ``sign``."""
    return parse_text(_LETTER.format(body=body, sign=sign), org, calendar)
