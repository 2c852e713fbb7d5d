"""Round 14 (b): a plan's funding item whose second sentence charges the bodies "Hằng năm,
các cơ quan được giao chủ trì ... có trách nhiệm ...", on a synthetic snippet: the yearly
opener is no part of the subject, and the plural with its "được giao ..." clause is the
body named, as "Cơ quan đăng ký ... có trách nhiệm" already was."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_plans import plan

BODY = (
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Tài nguyên và Môi trường có trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
    "2. Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định. Hằng năm, "
    "các cơ quan được giao chủ trì nhiệm vụ tại Kế hoạch này có trách nhiệm lập dự toán, "
    "trình cấp có thẩm quyền phê duyệt kinh phí thực hiện.\n"
)


def test_a_yearly_sentence_charging_the_bodies_given_the_tasks_is_their_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = plan(BODY, org, calendar).actions
    assert len(actions) == 2
    assert actions[1].lead_unit == "các cơ quan được giao chủ trì nhiệm vụ tại Kế hoạch này"
    assert actions[1].text.startswith("Hằng năm, các cơ quan được giao chủ trì")
