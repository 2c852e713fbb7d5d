"""Round 25a: a decision's article that gives a body its work on the ground of the decision's
first article ("Điều 2. Căn cứ Danh mục tại Điều 1 Quyết định này, Sở X chịu trách nhiệm xây
dựng kế hoạch ...") is that body's task: "Căn cứ ..." opens its ground, not background. The
parser took the article for the recitals' kind of opening and passed it over."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = """BỘ NỘI VỤ
Số: 310/QĐ-BNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 12 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Lịch phổ biến thông tin thống kê năm 2026

BỘ TRƯỞNG BỘ NỘI VỤ
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Lịch phổ biến thông tin thống kê năm 2026.
Điều 2. Căn cứ Lịch phổ biến tại Điều 1 Quyết định này, Vụ Kế hoạch - Tài chính chịu trách
nhiệm xây dựng kế hoạch, tổ chức biên soạn, phổ biến các thông tin thống kê thuộc lĩnh vực phụ
trách.
Điều 3. Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Lưu: VT.

BỘ TRƯỞNG
Nguyễn Văn E
"""


def test_the_duty_given_on_the_ground_of_article_one(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_DECISION, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Vụ Kế hoạch - Tài chính"]
    assert actions[0].text.startswith("Căn cứ Lịch phổ biến tại Điều 1 Quyết định này, Vụ")


def test_the_bodies_named_by_the_work_they_were_given(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    named = (
        "Thủ trưởng các đơn vị thuộc, trực thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê"
    )
    letter = _DECISION.replace("Vụ Kế hoạch - Tài chính chịu", f"{named} chịu")
    actions = parse_text(letter, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "các đơn vị thuộc, trực thuộc Bộ được giao nhiệm vụ phổ biến thông tin thống kê"
    ]
