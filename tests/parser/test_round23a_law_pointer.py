"""Round 23a: a customs or tax reply answers each question by pointing to the law ("2. Về
chính sách thuế: đề nghị Công ty nghiên cứu quy định tại khoản 6 Điều 16 Luật ..."), then
asks once for all ("Đề nghị Công ty nghiên cứu các văn bản dẫn trên để thực hiện đúng quy
định. ..."). The pointers are the answer, not tasks: only the closing request, which says
what for, is. Round 22 read each pointer as a task of the company."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round23a_letters import letter

_REPLY = letter(
    """
Trả lời công văn số 15/MP ngày 02/7/2025 của Công ty TNHH Minh Phát về việc thủ tục hải quan
đối với hàng tạm nhập, Cục Hải quan có ý kiến như sau:
1. Về thủ tục hải quan: đề nghị Công ty nghiên cứu quy định tại Điều 50 Thông tư số
38/2015/TT-BTC ngày 25/3/2015 của Bộ Tài chính.
2. Về chính sách thuế nhập khẩu: đề nghị Công ty nghiên cứu quy định tại khoản 2 Điều 16 Luật
Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13.
Đề nghị Công ty nghiên cứu các văn bản dẫn trên để thực hiện đúng quy định. Trong quá trình
thực hiện nếu phát sinh vướng mắc thì liên hệ với Chi cục Hải quan nơi làm thủ tục để được
hướng dẫn.
Cục Hải quan trả lời để Công ty biết./.
""",
    issuer="BỘ TÀI CHÍNH\nCỤC HẢI QUAN",
    number="4120/CHQ-GSQL",
    subject="thủ tục hải quan đối với hàng tạm nhập",
    dated="ngày 14 tháng 7 năm 2025",
    recipient="Công ty TNHH Minh Phát.",
    distribution="- Như trên;\n- Lưu: VT, GSQL.",
    signer="TL. CỤC TRƯỞNG\nTRƯỞNG BAN GIÁM SÁT QUẢN LÝ\nLê Văn D",
)


def test_the_pointers_to_the_law_are_the_answer_and_the_closing_request_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_REPLY, org, calendar).actions
    assert [(a.text[:50], a.lead_unit) for a in actions] == [
        ("Đề nghị Công ty nghiên cứu các văn bản dẫn trên để", "Công ty")
    ]
