"""Round 48c (181/01): a list of plurals each opened by "các", one of them named by the role it
holds in a programme ("các đơn vị đầu mối giao kế hoạch", "các Cơ quan chủ trì Dự án, Tiểu dự
án"), is the joint subject: the first entry leads, the others stand with it, each as written;
"giao", "chủ trì", "quản lý" in those names are no predicate."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_NOTICE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 100/TB-UBND
Quảng Ngãi, ngày 20 tháng 11 năm 2024

THÔNG BÁO
Kết luận về tình hình thực hiện các Chương trình mục tiêu quốc gia

1. Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương, các Chủ đầu tư, các đơn vị đầu mối giao
kế hoạch, các Cơ quan chủ trì Dự án, Tiểu dự án, các cơ quan chủ trì quản lý 02 Chương trình
MTQG theo chức năng, nhiệm vụ được giao khẩn trương rà soát, thực hiện nghiêm túc chỉ đạo của
UBND tỉnh.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn A
"""


def test_a_role_named_plural_stands_in_the_joint_subject(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    action = parse_text(_NOTICE, org, calendar).actions[0]
    assert action.lead_unit == "các cơ quan, đơn vị, địa phương"
    assert action.coordinating_units == [
        "các Chủ đầu tư",
        "các đơn vị đầu mối giao kế hoạch",
        "các Cơ quan chủ trì Dự án, Tiểu dự án",
        "các cơ quan chủ trì quản lý 02 Chương trình MTQG",
    ]


_WHILE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 101/TB-UBND
Quảng Ngãi, ngày 20 tháng 11 năm 2024

THÔNG BÁO
Kết luận về tình hình thực hiện các Chương trình

1. UBND các huyện, thị xã, thành phố chịu trách nhiệm:
- Thường xuyên theo dõi, đôn đốc việc triển khai thực hiện các Chương trình tại cấp xã.
Trong quá trình thực hiện Thủ trưởng các địa phương chủ động phối hợp với Sở Tài chính, Ban Dân
tộc tỉnh để kịp thời tháo gỡ và giải quyết.
2. Giao Ban Dân tộc tỉnh tổng hợp, trả lời các kiến nghị.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn A
"""


def test_while_the_work_goes_on_opens_a_clause_without_its_comma(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_WHILE, org, calendar).actions
    action = next(a for a in actions if a.text.startswith("Trong quá trình"))
    assert action.lead_unit == "các địa phương"
    assert action.coordinating_units == ["Sở Tài chính", "Ban Dân tộc tỉnh"]
