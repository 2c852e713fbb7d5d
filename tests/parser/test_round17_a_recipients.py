"""Round 17a: a list of recipients whose page set two names on one item ("- Sở Tài chính;
Sở Nội vụ;"): each is a recipient of its own; a list of provinces after a colon stays one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH LONG AN
-------

Số: 1290/UBND-KT
V/v rà soát trụ sở làm việc của các cơ quan hành chính

Long An, ngày 11 tháng 4 năm 2014

Kính gửi:

- Sở Xây dựng;
- Sở Tài chính; Sở Nội vụ;
- Sở Kế hoạch và Đầu tư;
- Ủy ban nhân dân các huyện: Bến Lức; Cần Đước.

Ủy ban nhân dân tỉnh giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát trụ sở
làm việc của các cơ quan hành chính, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/4/2014.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Được
"""


def test_two_names_on_one_item_of_the_list_are_two_recipients(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).recipients == [
        "Sở Xây dựng",
        "Sở Tài chính",
        "Sở Nội vụ",
        "Sở Kế hoạch và Đầu tư",
        "Ủy ban nhân dân các huyện: Bến Lức; Cần Đước",
    ]
