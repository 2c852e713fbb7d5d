"""Round 52d (batch 202): "Nguyên tắc chung: ..." opening the duties of an article.

A paragraph run in under the label "Nguyên tắc chung:" (or "Quan điểm chỉ đạo:") states the
principle the duties below follow, no one's task (as a "Nguyên tắc" heading states aims); the
duties after it are the tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.letterheads import DHKT_RULES
from tests.parser.signed import signed

_LETTER = (
    DHKT_RULES
    + """\
Nguyên tắc chung: kết hợp chặt chẽ các biện pháp truyền thông, giáo dục, ngăn ngừa, phát hiện
vi phạm đạo đức nghiên cứu.
1. Phòng Đào tạo tổ chức tập huấn cho người học về đạo đức nghiên cứu.
2. Phòng Khoa học theo dõi việc thực hiện Quy định.
"""
)


def test_the_principle_over_the_duties_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    got = parse_text(_LETTER.format(signed=signed("HIỆU TRƯỞNG")), org, calendar)
    assert [a.lead_unit for a in got.actions] == ["Phòng Đào tạo", "Phòng Khoa học"]
