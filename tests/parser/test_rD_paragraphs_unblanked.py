"""A letter copied without its letterhead names its issuer in its preamble or its closing
formula, a paragraph of its own; a page that drops the blank lines between paragraphs
(one paragraph a line) still parts them there: the head's title in capitals over the
grounds ("BỘ TRƯỞNG BỘ X" / "Căn cứ ..."), the enacting formula after the grounds' last
";", the notice's closing formula after a sentence's stop."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes

_DECISION = """**QUYẾT ĐỊNH**

Về việc kiểm tra hồ sơ cấp phép xây dựng năm 2026

**BỘ TRƯỞNG BỘ XÂY DỰNG**

*Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;*

*Theo đề nghị của Cục trưởng Cục Quản lý hoạt động xây dựng.*

**QUYẾT ĐỊNH:**

**Điều 1.** Giao Cục Quản lý hoạt động xây dựng kiểm tra hồ sơ cấp phép xây dựng tại các
tỉnh, báo cáo Bộ trưởng trước ngày 30 tháng 11 năm 2026.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
"""

_NOTICE = """**THÔNG BÁO**

KẾT LUẬN CỦA PHÓ THỦ TƯỚNG VỀ KIỂM TRA CÔNG TRÌNH THỦY LỢI

Ngày 12 tháng 5 năm 2026, Phó Thủ tướng đã kiểm tra công trình thủy lợi tại tỉnh
Quảng Trị. Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:

1. Giao Bộ Nông nghiệp và Môi trường kiểm tra an toàn các hồ chứa nước, báo cáo Thủ
tướng Chính phủ trước ngày 30 tháng 6 năm 2026.

2. Ủy ban nhân dân tỉnh Quảng Trị rà soát các công trình xung yếu.

Văn phòng Chính phủ thông báo để các cơ quan, địa phương liên quan biết, thực hiện./.
"""


def _issuer(text: str, org: OrgDirectory, calendar: WorkingCalendar) -> str | None:
    return parse_bytes(text.encode("utf-8"), "letter.md", org, calendar).issuer


def _unblanked(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def test_a_heads_title_over_the_grounds_without_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _issuer(_DECISION, org, calendar) == "Bộ Xây dựng"
    assert _issuer(_unblanked(_DECISION), org, calendar) == "Bộ Xây dựng"


def test_a_notices_closing_formula_without_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert _issuer(_NOTICE, org, calendar) == "Văn phòng Chính phủ"
    assert _issuer(_unblanked(_NOTICE), org, calendar) == "Văn phòng Chính phủ"
