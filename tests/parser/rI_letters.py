"""A made-up decision of round rI that issues a regulation on a province's news site: the
decision, its signature, then the regulation whose last chapter lays the bodies' duties; each
test gives the articles of that chapter, as a page of hard-wrapped paragraphs set off by blank
lines would print them or on one line each."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import ParsedDirective

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH BÌNH PHÚ
Số: 12/2025/QĐ-UBND
Bình Phú, ngày 3 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Quy định quản lý Trang tin điện tử tỉnh Bình Phú

ỦY BAN NHÂN DÂN TỈNH BÌNH PHÚ

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý Trang tin điện tử tỉnh Bình Phú.

Điều 2. Quyết định này có hiệu lực thi hành từ ngày 15 tháng 3 năm 2025.

Điều 3. Thủ trưởng các sở, ban, ngành tỉnh và các cơ quan, đơn vị có liên quan chịu trách
nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Cục Kiểm tra văn bản - Bộ Tư pháp;
- Cổng Thông tin điện tử tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đỗ Minh Khoa

QUY ĐỊNH
Quản lý Trang tin điện tử tỉnh Bình Phú

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh

Quy định này quy định việc quản lý, cập nhật và khai thác Trang tin điện tử tỉnh.

Chương II
TỔ CHỨC THỰC HIỆN

"""
_LAST = """
Điều 9. Điều khoản thi hành

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở
Văn hóa và Thể thao để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.
"""


def regulation(articles: str, org: OrgDirectory, calendar: WorkingCalendar) -> ParsedDirective:
    """The decision with ``articles`` as its regulation's chapter on carrying it out."""
    return parse_text(_DECISION + articles + _LAST, org, calendar)
