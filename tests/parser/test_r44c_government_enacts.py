"""Round 44c: a resolution copied without its letterhead, the Government named in capitals on
a line of its own above the grounds ("CHÍNH PHỦ" / "Căn cứ Luật Tổ chức Chính phủ ..."), is the
Government's: a body's name of one organ word and no more is a name too."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """**NGHỊ QUYẾT**

VỀ PHÁT ĐỘNG PHONG TRÀO TOÀN DÂN THAM GIA BẢO VỆ MÔI TRƯỜNG

**CHÍNH PHỦ**

*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*

*Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi trường.*

**QUYẾT NGHỊ:**

1. Bộ Nông nghiệp và Môi trường chủ trì hướng dẫn các địa phương tổ chức phong trào.

2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương phát động phong trào trên địa bàn.

**TM. CHÍNH PHỦ**
**THỦ TƯỚNG**
Nguyễn Văn An
"""


def test_the_government_above_the_grounds_issues_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).issuer == "Chính phủ"
