"""Round 17b: bodies named in the plural whose task is to issue rules ("Các Bộ trưởng, Thủ
trưởng cơ quan ngang bộ ban hành tiêu chuẩn ..."): "ban hành" in lower case is their verb, and
the item is a task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = """CHÍNH PHỦ                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                             Độc lập - Tự do - Hạnh phúc
Số: 66/2026/NQ-CP            Hà Nội, ngày 15 tháng 5 năm 2026

NGHỊ QUYẾT
Cắt giảm ngành, nghề đầu tư kinh doanh có điều kiện
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
QUYẾT NGHỊ:
Điều 4. Tổ chức thực hiện
1. Bộ Tài chính chịu trách nhiệm rà soát, đề xuất sửa đổi Phụ lục IV của Luật Đầu tư.
2. {item}

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Phạm Thị Thanh Trà
"""

def test_bodies_in_the_plural_that_issue_rules_have_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = (
        "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ ban hành tiêu chuẩn nghề đối với những "
        "ngành, nghề được cắt giảm trước ngày 01 tháng 7 năm 2026."
    )
    actions = parse_text(_RESOLUTION.format(item=item), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Bộ Tài chính", "Các Bộ, cơ quan ngang bộ"]
    assert actions[1].deadline_text == "trước ngày 01 tháng 7 năm 2026"


def test_a_plural_of_ministries_issuing_guidance_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    item = "Các bộ, ngành ban hành văn bản hướng dẫn thi hành Nghị quyết này."
    actions = parse_text(_RESOLUTION.format(item=item), org, calendar).actions
    assert len(actions) == 2
    assert actions[1].text.startswith("Các bộ, ngành ban hành văn bản")
