"""Round 13a: the outline of a long letter of requirements. Items right under a heading that
ends in ":" are that heading's even when their marker was used higher up before ("a)" under
"(3) ...:" after "a)" under "1.2."); the list of where a report is sent ("... được nộp cho
các cơ quan sau đây:") names no tasks; a note aside in brackets ("(Có các mẫu kèm theo)")
ends no section."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.round13a_letters import department_letter, first_words

_OPENING = """Sở Nông nghiệp và Môi trường đề nghị một số nội dung như sau:
1. Yêu cầu đối với các cơ sở sản xuất.
1.1. Vận hành thường xuyên hệ thống xử lý nước thải theo giấy phép môi trường:
a) Kiểm tra hệ thống xử lý nước thải mỗi ngày;
b) Ghi nhật ký vận hành hệ thống xử lý nước thải.
1.2. Báo cáo công tác bảo vệ môi trường định kỳ hằng năm.
(1) Các cơ sở lập báo cáo công tác bảo vệ môi trường theo Mẫu số 05 ban hành kèm theo Thông
tư số 02/2022/TT-BTNMT.
"""


def _letter(rest: str) -> str:
    return department_letter(
        "420/SNNMT-MT",
        "báo cáo công tác bảo vệ môi trường",
        "Các cơ sở sản xuất trên địa bàn tỉnh Hà Giang.",
        _OPENING + rest,
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    )


def test_items_right_under_a_list_of_addressees_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _letter(
        """(2) Báo cáo công tác bảo vệ môi trường được nộp cho các cơ quan sau đây:
a) Đối với cơ sở thuộc thẩm quyền cấp phép của Bộ: Bộ Nông nghiệp và Môi trường;
b) Đối với cơ sở thuộc thẩm quyền cấp phép của tỉnh: Sở Nông nghiệp và Môi trường.
"""
    )
    assert first_words(text, org, calendar) == ["Kiểm", "Ghi", "Các"]


def test_a_note_aside_in_brackets_ends_no_section(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    text = _letter(
        """(Có Mẫu số 05 kèm theo)
1.3. Nghiêm chỉnh chấp hành các quy định của pháp luật về bảo vệ môi trường.
"""
    )
    actions = parse_text(text, org, calendar).actions
    assert [a.text.split()[0] for a in actions][-1] == "Nghiêm"
    assert actions[-1].lead_unit == "các cơ sở sản xuất"
