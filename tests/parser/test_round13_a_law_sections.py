"""Round 13a: a letter of requirements that restates the law section by section. A topic
heading whose first item is the law speaking ("- Khoản 1 Điều 12 Thông tư số ... quy
định: ...") opens a section of the law's words, none of its items a task; a paragraph
between two items of such a list ("Quy định tại điểm này chỉ áp dụng ...") ends no section;
an item that only says which form a report takes ("Báo cáo ... được lập theo Mẫu số 05
...") is no task; the requirements after all that stay the heading's body's tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round13a_letters import department_letter

_LETTER = department_letter(
    "440/SNNMT-TNN",
    "khai thác, sử dụng nước dưới đất",
    "Các tổ chức khai thác nước dưới đất trên địa bàn tỉnh Hà Giang.",
    """Sở Nông nghiệp và Môi trường đề nghị một số nội dung cụ thể như sau:
1. Yêu cầu đối với các tổ chức được cấp giấy phép khai thác nước dưới đất.
1.1. Khai thác nước đúng lưu lượng, chế độ khai thác ghi trong giấy phép.
1.2. Về việc lưu giữ số liệu vận hành
(1) Về sổ theo dõi vận hành quy định tại khoản 2 Điều 8 Thông tư số 17/2021/TT-BTNMT, bao
gồm:
a) Sổ theo dõi lưu lượng khai thác hằng ngày;
b) Sổ theo dõi mực nước trong giếng khai thác;
Quy định tại điểm này chỉ áp dụng đối với công trình có lưu lượng từ 200 m3/ngày đêm.
c) Kết quả phân tích chất lượng nước định kỳ.
1.3. Về việc quan trắc mực nước
- Khoản 1 Điều 10 Thông tư số 17/2021/TT-BTNMT quy định: Tổ chức khai thác nước dưới đất
phải quan trắc mực nước trong giếng khai thác.
- Tổ chức khai thác nước dưới đất tự thực hiện quan trắc nếu đủ điều kiện theo quy định.
1.4. Về mẫu báo cáo:
- Báo cáo tình hình khai thác nước dưới đất được lập theo Mẫu số 02 kèm theo Thông tư số
17/2021/TT-BTNMT;
- Báo cáo kết quả quan trắc được lập theo Mẫu số 03 kèm theo Thông tư số 17/2021/TT-BTNMT.
1.5. Nghiêm chỉnh chấp hành các quy định của pháp luật về tài nguyên nước.
""",
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
)


def test_the_sections_that_restate_the_law_give_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.text.split()[0] for a in actions] == ["Khai", "Nghiêm"]
    lead = "các tổ chức được cấp giấy phép khai thác nước dưới đất"
    assert [a.lead_unit for a in actions] == [lead, lead]
