"""Synthetic letters of round 20: a department of the Ministry of Finance (its tax or customs
department) answers a company or a provincial tax office; each test gives the body, and where
it matters the header's bodies, the signer's block or the page around the letter."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import ParsedDirective

_LETTER = """{before}{ministry}
{department}
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: {number}
V/v hướng dẫn chính sách

Hà Nội, ngày 12 tháng 11 năm 2025

Kính gửi: {recipient}.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, GSQL.

{signer}
{after}"""


def department_letter(
    body: str,
    *,
    ministry: str = "BỘ TÀI CHÍNH",
    department: str = "CỤC HẢI QUAN",
    number: str = "4120/CHQ-GSQL",
    recipient: str = "Công ty Cổ phần Cơ khí Đông Anh",
    signer: str = "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nLê Văn Minh",
    before: str = "",
    after: str = "",
) -> str:
    """The text of a department's letter of 12/11/2025 whose body is ``body``."""
    fields = {"ministry": ministry, "department": department, "number": number}
    fields |= {"recipient": recipient, "signer": signer, "before": before, "after": after}
    return _LETTER.format(body=body, **fields)


def read(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    return parse_text(text, org, calendar)
