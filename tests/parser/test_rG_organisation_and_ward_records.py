"""Round G: a decision that lists a department's offices and units in its first article, and a
ward's plan whose task records name its sections ("Bộ phận tham mưu: ...").

A decision on a body's organisation ("Điều 1. Cơ cấu tổ chức bộ máy của Sở X, như sau:") lists
the offices and public units it is made of, one a line with no verb: names, no tasks; only its
article on carrying it out gives tasks (as a decision that opens with the body's position and
functions, round 38c).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36_letters import binh_an_decision

_ORGANISATION = """Điều 1. Cơ cấu tổ chức bộ máy của Sở Công Thương tỉnh Bình An, như sau:

1. Lãnh đạo sở: Giám đốc và các Phó Giám đốc theo quy định.

2. Phòng chuyên môn, nghiệp vụ và tương đương: 03 phòng

(1) Văn phòng Sở;

(2) Phòng Quản lý thương mại;

(3) Phòng Kỹ thuật an toàn và môi trường.

3. Đơn vị sự nghiệp công lập trực thuộc sở: 02 đơn vị

(1) Trung tâm Khuyến công và xúc tiến thương mại Bình An;

(2) Trung tâm Kiểm định công nghiệp Bình An.

Điều 2. Tổ chức thực hiện

1. Quyết định có hiệu lực kể từ ngày 01/01/2026.

2. Giám đốc Sở Công Thương chịu trách nhiệm bố trí, sắp xếp đội ngũ công chức, viên chức theo
quy định.

3. Giám đốc Sở Nội vụ theo dõi, kiểm tra việc tổ chức thực hiện.
"""


def test_a_departments_offices_listed_in_its_organisation_article_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = binh_an_decision(
        "1600/QĐ-UBND",
        20,
        "Cơ cấu tổ chức bộ máy của Sở Công Thương",
        _ORGANISATION,
        last=2,
        proposer="Giám đốc Sở Nội vụ",
    )
    actions = parse_text(letter, org, calendar).actions
    assert [(a.lead_unit, a.text[:30]) for a in actions] == [
        ("Sở Công Thương", "Giám đốc Sở Công Thương chịu t"),
        ("Sở Nội vụ", "Giám đốc Sở Nội vụ theo dõi, k"),
    ]
