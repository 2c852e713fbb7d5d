"""Round 14a: a notice of inspection results asks "đơn vị nêu trên" (the bodies named above:
the qualifier is part of the name) to carry out its items, and its last words ("Sở X thông
báo cho các đơn vị được biết và thực hiện./.") are a closing formula, no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round13a_letters import department_letter

_NOTICE = department_letter(
    "88/TB-SXD",
    "kết quả kiểm tra an toàn công trình",
    "Công ty TNHH Xây dựng Minh Long.",
    """Qua kiểm tra, đơn vị cơ bản đã chấp hành các quy định về an toàn lao động.
Để công tác an toàn được bảo đảm, Sở Xây dựng yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:
- Rà soát, bổ sung biển báo an toàn tại công trường.
- Tổ chức huấn luyện an toàn cho người lao động.
Sở Xây dựng thông báo cho các đơn vị được biết và thực hiện./.
""",
    "SỞ XÂY DỰNG",
)


def test_the_bodies_named_above_lead_and_the_notice_formula_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_NOTICE, org, calendar)
    assert [(a.text[:9], a.lead_unit) for a in record.actions] == [
        ("Rà soát, ", "đơn vị nêu trên"),
        ("Tổ chức h", "đơn vị nêu trên"),
    ]
