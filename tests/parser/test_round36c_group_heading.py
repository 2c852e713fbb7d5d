"""Round 36c: under a heading naming a group of bodies of one kind ("19. Các doanh nghiệp công
nghệ số"), an item whose subject is some of that kind ("a) Các doanh nghiệp viễn thông, doanh
nghiệp bưu chính ưu tiên bố trí ...") is the heading's body's task; a body of another kind
named as the subject still leads its item."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_plans import plan


def test_some_of_the_headings_group_are_its_items_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Các doanh nghiệp công nghệ số\n\n"
        "a) Các doanh nghiệp viễn thông, doanh nghiệp bưu chính ưu tiên bố trí nguồn lực đầu"
        " tư hạ tầng số.\n\n"
        "b) Các doanh nghiệp công nghệ số chủ động tham gia triển khai Kế hoạch.\n\n"
        "c) Sở Tư pháp chủ trì hướng dẫn các doanh nghiệp về hợp đồng điện tử.\n",
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == [
        "Các doanh nghiệp công nghệ số",
        "Các doanh nghiệp công nghệ số",
        "Sở Tư pháp",
    ]
