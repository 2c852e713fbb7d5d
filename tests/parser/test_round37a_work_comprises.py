"""Round 37a: a plan's paragraph that says what a piece of work comprises ("Công tác xây dựng
đề án ... bao gồm các công việc chủ yếu sau:") asks no one, even when a verb stands inside
the name of the work ("... vật liệu xây dựng ..."): its "-" items naming no body are its
parts, not tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_plans import plan

_INTRO = (
    "Công tác lập Đề án phát triển vật liệu xây dựng thân thiện môi trường giai đoạn"
    " 2026-2030 bao gồm các công việc chủ yếu sau:"
)
_WORK = f"""II. NHIỆM VỤ CHỦ YẾU
{_INTRO}
- Tổ chức lập, thẩm định và trình phê duyệt đề cương Đề án;
- Tổ chức công bố Đề án sau khi được phê duyệt.
III. TỔ CHỨC THỰC HIỆN
1. Giao Sở Xây dựng là cơ quan chủ trì lập Đề án.
2. Sở Tài chính có trách nhiệm bố trí kinh phí lập Đề án.
"""


def test_what_a_work_comprises_gives_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    record = plan(_WORK, org, calendar)
    assert [a.lead_unit for a in record.actions] == ["Sở Xây dựng", "Sở Tài chính"]


def test_an_intro_asking_a_body_still_gives_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = _WORK.replace(_INTRO, "Sở Xây dựng thực hiện các công việc chủ yếu sau:")
    record = plan(body, org, calendar)
    assert [a.lead_unit for a in record.actions][:2] == ["Sở Xây dựng", "Sở Xây dựng"]
