"""Round 37a: a regulation ("QUY ĐỊNH") a decision issues after its signature, in chapters of
rules with none on carrying it out and no article titled for duties: its procedure articles
("Ủy ban nhân dân cấp xã thực hiện rà soát ... trước ngày 30/6 hàng năm") are its rules, not
tasks (README: in a regulation only a follow-up article or chapter gives tasks); the tasks
are the decision's own article on carrying it out."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 44/2025/QĐ-UBND

Hà Nam, ngày 05 tháng 11 năm 2025

QUYẾT ĐỊNH
Ban hành Quy định chi tiết một số nội dung về quản lý đất công

ỦY BAN NHÂN DÂN TỈNH HÀ NAM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định chi tiết một số nội dung về quản lý đất công.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 11 năm 2025.

Điều 3. Trách nhiệm thi hành
Sở Tài chính chủ trì kiểm tra, hướng dẫn việc thực hiện Quy định này.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình

QUY ĐỊNH
CHI TIẾT MỘT SỐ NỘI DUNG VỀ QUẢN LÝ ĐẤT CÔNG
(Ban hành kèm theo Quyết định số 44/2025/QĐ-UBND của Ủy ban nhân dân tỉnh)

Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định chi tiết việc quản lý các thửa đất công nhỏ lẻ.
Chương II
QUY ĐỊNH CỤ THỂ
Điều 2. Hạn mức giao đất
Hạn mức giao đất ở tại các xã không quá 300 m2.
Điều 3. Rà soát, lập danh mục các thửa đất nhỏ lẻ
1. Ủy ban nhân dân cấp xã thực hiện rà soát, lập danh sách trước ngày 30/6 hàng năm.
2. Trường hợp có nhiều người xin giao đất thì Ủy ban nhân dân cấp xã tổ chức bốc thăm.
"""


def test_a_regulation_of_rules_alone_gives_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Tài chính"]


def test_its_chapter_on_carrying_it_out_still_gives_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _DECISION + (
        "Chương III\nTỔ CHỨC THỰC HIỆN\nĐiều 4. Trách nhiệm của Sở Xây dựng\n"
        "Sở Xây dựng hướng dẫn việc cấp phép xây dựng trên các thửa đất nhỏ lẻ.\n"
    )
    record = parse_text(text, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Tài chính", "Sở Xây dựng"]
