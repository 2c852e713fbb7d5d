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
from tests.parser.signed import signed

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


# A ward's plan: each numbered task, then the sections that do it, labelled "Bộ phận chủ trì:",
# "Bộ phận tham mưu:", "Bộ phận phối hợp:"; a council that leads one task ("Cơ quan chủ trì:")
# keeps its lead when the section that prepares its work is labelled after it; and the section
# that "làm đầu mối" for the items under it leads them, the role no word of its name.
_WARD_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG BÌNH MINH
Số: 88/KH-UBND
Bình Minh, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
Triển khai công tác hòa giải ở cơ sở trên địa bàn phường năm 2025

I. NỘI DUNG THỰC HIỆN
1. Rà soát, kiện toàn các tổ hòa giải ở cơ sở
- Bộ phận tham mưu: bộ phận Tư pháp - Hộ tịch.
- Bộ phận phối hợp: Bộ phận Văn hóa - Xã hội.
- Thời gian thực hiện: tháng 4 năm 2025.
2. Tổ chức bồi dưỡng kỹ năng cho hòa giải viên
- Bộ phận chủ trì: Bộ phận Văn hóa - Xã hội.
- Thời gian thực hiện: Quý 3 năm 2025.
3. Đánh giá kết quả công tác hòa giải ở cơ sở
- Cơ quan chủ trì: Hội đồng thẩm định hồ sơ phường.
- Bộ phận tham mưu thực hiện: bộ phận Tư pháp - Hộ tịch.
- Thời gian thực hiện: tháng 12 năm 2025.
II. TỔ CHỨC THỰC HIỆN
a) Bộ phận Tư pháp làm đầu mối, có trách nhiệm tham mưu UBND Phường triển khai Kế hoạch này:
- Theo dõi, đôn đốc các tổ hòa giải triển khai thực hiện.
- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch.
"""


def test_a_wards_sections_labelled_in_its_task_records_lead_and_partner(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_WARD_PLAN + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), org, calendar)
    assert [
        (a.text[:30], a.lead_unit, a.coordinating_units, a.deadline_text) for a in record.actions
    ] == [
        (
            "Rà soát, kiện toàn các tổ hòa ",
            "bộ phận Tư pháp - Hộ tịch",
            ["Bộ phận Văn hóa - Xã hội"],
            "tháng 4 năm 2025",
        ),
        ("Tổ chức bồi dưỡng kỹ năng cho ", "Bộ phận Văn hóa - Xã hội", [], "Quý 3 năm 2025"),
        (
            "Đánh giá kết quả công tác hòa ",
            "Hội đồng thẩm định hồ sơ phường",
            [],
            "tháng 12 năm 2025",
        ),
        ("Theo dõi, đôn đốc các tổ hòa g", "Bộ phận Tư pháp", [], None),
        ("Tổng hợp, báo cáo kết quả thực", "Bộ phận Tư pháp", [], None),
    ]
