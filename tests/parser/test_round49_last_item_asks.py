"""Round 49 (batch 181): in a review report, the last "-" item under one draft's "*" heading
that ends in a request naming no one ("- Điều 2: ... là chưa đầy đủ, đề nghị bổ sung.") is
no title over the next draft's "* Đối với dự thảo Quy định:" (dashes ranked above stars,
the report's first dash standing before its first star): it is the drafting body's task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_REPORT = """UBND TỈNH BÌNH AN
SỞ TƯ PHÁP
Số: 50/BC-STP
Bình An, ngày 10 tháng 11 năm 2026

BÁO CÁO
Thẩm định dự thảo Nghị quyết quy định chính sách hỗ trợ đào tạo

Kính gửi: Sở Nội vụ.

Sở Tư pháp có ý kiến thẩm định như sau:
1. Phạm vi điều chỉnh
- Phạm vi điều chỉnh: nội dung dự thảo là phù hợp.
2. Về nội dung
* Đối với dự thảo Nghị quyết:
- Phần tên gọi: đề nghị cơ quan soạn thảo rà soát bỏ cụm từ “bồi dưỡng” tại phần tên gọi.
- Điều 2: Nội dung điều này chưa thể hiện việc giám sát thực hiện Nghị quyết là chưa đầy
đủ, đề nghị bổ sung.
* Đối với dự thảo Quy định:
- Điều 3: Đề nghị điều chỉnh dấu “./.” tại cuối dự thảo Quy định thành dấu chấm.

Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
GIÁM ĐỐC

Trần Văn Bình
"""


def test_the_last_item_that_asks_is_no_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_REPORT, org, calendar).actions
    asked = [a for a in actions if a.text.startswith("Điều 2: Nội dung")]
    assert len(asked) == 1
    assert asked[0].lead_unit == "cơ quan soạn thảo"


_BEFORE_NAMED = _REPORT.replace(
    "- Phạm vi điều chỉnh: nội dung dự thảo là phù hợp.\n",
    "- Về đối tượng áp dụng: có một số ý kiến sau:\n"
    "+ Thứ nhất: đối tượng “viên chức” là chưa phù hợp, vì vậy đề nghị không thể hiện đối\n"
    "tượng này trong nội dung dự thảo văn bản.\n",
)


def test_a_request_before_the_drafter_is_named_is_the_drafters(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """A request naming no one that comes before the report first asks "cơ quan soạn thảo"
    goes to that body too (README: a report to a drafting body, as written)."""
    actions = parse_text(_BEFORE_NAMED, org, calendar).actions
    # (the "Thứ nhất:" after the "+" is a marker too, no word of the text: round 50)
    first = [a for a in actions if a.text.startswith("đối tượng “viên chức”")]
    assert len(first) == 1
    assert first[0].lead_unit == "cơ quan soạn thảo"
