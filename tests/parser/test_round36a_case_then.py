"""Round 36a: a clause of a decision's follow-up article that opens with the case it applies to
and names its body after "thì" ("Căn cứ chức năng nhiệm vụ, trường hợp cần thiết phải ban hành
... thì các cơ quan, đơn vị được phân cấp thẩm quyền tại Điều 2 có trách nhiệm ban hành ...
trước ngày ..."): the body after "thì", its qualifier as written, leads the task. The parser
found no subject in the sentence, so the task had no lead and was dropped.

And the collective "Các cơ quan, tổ chức, đơn vị" that opens a clause ("... thực hiện nhiệm vụ,
quyền hạn được phân cấp ...") is one lead: "tổ chức" after "cơ quan," is a kind of body in the
list, not the verb "tổ chức" (the parser cut the lead to "Các cơ quan"); so is the plural of those
concerned under its heads' title ("Thủ trưởng các cơ quan, tổ chức, đơn vị có liên quan căn cứ
Quyết định này triển khai thực hiện"), the title dropped.
"""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round36_letters import binh_an_decision

_ARTICLES = """**Điều 1. Phạm vi điều chỉnh**

Quyết định này phân cấp thẩm quyền quyết định định mức sử dụng xe chuyên dùng của các cơ quan,
tổ chức, đơn vị thuộc phạm vi quản lý của tỉnh.

**Điều 2. Phân cấp thẩm quyền**

Cơ quan, tổ chức, đơn vị cấp tỉnh quyết định định mức sử dụng xe chuyên dùng cho đơn vị mình.

**Điều 3. Điều khoản thi hành**

1. Quyết định có hiệu lực kể từ ngày ký.

2. Căn cứ chức năng nhiệm vụ, tính chất công việc, trường hợp cần thiết phải ban hành định mức
xe chuyên dùng thì các cơ quan, tổ chức, đơn vị được phân cấp thẩm quyền tại Điều 2 có trách
nhiệm ban hành quyết định định mức xe chuyên dùng tại đơn vị mình trước ngày 31 tháng 12 năm
2025.

**Điều 4. Tổ chức thực hiện**

1. Các cơ quan, tổ chức, đơn vị thực hiện nhiệm vụ, quyền hạn được phân cấp theo đúng quy định
của pháp luật; định kỳ báo cáo việc thực hiện nhiệm vụ, quyền hạn được phân cấp với Ủy ban nhân
dân tỉnh.

2. Thủ trưởng các cơ quan, tổ chức, đơn vị có liên quan căn cứ Quyết định này triển khai thực
hiện theo chức năng, nhiệm vụ.

3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách
nhiệm thi hành Quyết định này./.
"""
_LETTER = binh_an_decision(
    "44/2025/QĐ-UBND",
    14,
    "Phân cấp thẩm quyền quyết định định mức sử dụng xe chuyên dùng",
    _ARTICLES,
    last=4,
    proposer="Giám đốc Sở Tài chính",
    deputy=True,
)


def test_the_body_after_then_leads_the_case_clause(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert actions[0].lead_unit == (
        "các cơ quan, tổ chức, đơn vị được phân cấp thẩm quyền tại Điều 2"
    )
    assert actions[0].text.startswith("Căn cứ chức năng nhiệm vụ, tính chất công việc")
    assert actions[0].deadline == date(2025, 12, 30)
    assert len(actions) == 3


def test_a_list_of_kinds_of_body_is_one_lead(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert actions[1].lead_unit == "Các cơ quan, tổ chức, đơn vị"
    assert actions[1].text.startswith("Các cơ quan, tổ chức, đơn vị thực hiện nhiệm vụ")


def test_the_heads_of_those_concerned_lead_as_their_plural(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert actions[2].lead_unit == "các cơ quan, tổ chức, đơn vị có liên quan"
    assert actions[2].text.startswith("Thủ trưởng các cơ quan, tổ chức, đơn vị có liên quan căn")
