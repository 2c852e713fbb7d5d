"""Round 13a: a heading "Yêu cầu đối với X" names the body its items are asked of, as
"Trách nhiệm của X" does, however X is worded."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round13a_letters import department_letter

_LETTER = department_letter(
    "415/SNNMT-MT",
    "quản lý xả nước thải vào nguồn nước",
    "Các tổ chức, cá nhân xả nước thải trên địa bàn tỉnh Hà Giang.",
    """Sở Nông nghiệp và Môi trường yêu cầu các đơn vị thực hiện một số nội dung như sau:
1. Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép xả nước thải.
1.1. Vận hành thường xuyên hệ thống xử lý nước thải theo đúng giấy phép được cấp.
1.2. Lắp đặt thiết bị quan trắc tự động và truyền số liệu về Sở theo quy định.
2. Đề nghị UBND các xã, phường
- Tăng cường kiểm tra việc xả nước thải trên địa bàn quản lý.

""",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
)


def test_a_heading_that_says_whom_its_requirements_are_for_names_the_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "các tổ chức, cá nhân được cấp giấy phép xả nước thải",
        "các tổ chức, cá nhân được cấp giấy phép xả nước thải",
        "UBND các xã, phường",
    ]
