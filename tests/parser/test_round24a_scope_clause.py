"""Round 24a: a decision's first article "Phạm vi điều chỉnh và đối tượng áp dụng" splits into
numbered clauses, "2. Đối tượng áp dụng." (a full stop for a colon) over "a) ...", "b) ...",
"c) Doanh nghiệp, tổ chức, ... có liên quan đến việc ...": whom the decision concerns, no task.
The parser read the enterprises of clause c) as given a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 35/2026/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Phân cấp thẩm quyền quyết định thanh lý tài sản công trình thủy lợi

QUYẾT ĐỊNH:
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Phạm vi điều chỉnh.
Quyết định này quy định việc phân cấp thẩm quyền quyết định thanh lý tài sản công trình thủy lợi.
2. Đối tượng áp dụng.
a) Ủy ban nhân dân các xã, phường có tài sản công trình thủy lợi.
b) Các cơ quan quản lý nhà nước về tài sản công trình thủy lợi.
c) Doanh nghiệp, tổ chức, cá nhân khác có liên quan đến việc quản lý, khai thác tài sản công
trình thủy lợi.
Điều 2. Tổ chức thực hiện
1. Ủy ban nhân dân cấp xã tổ chức thanh lý tài sản công trình thủy lợi theo đúng quy định.
Điều 3. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2026.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn B
"""


def test_whom_the_decision_concerns_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Ủy ban nhân dân cấp xã"]
