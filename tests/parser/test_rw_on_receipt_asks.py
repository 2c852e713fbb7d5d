"""Round rW: "Nhận được công văn này, yêu cầu các đơn vị ... và nộp báo cáo trước ngày X"
closing a letter: the words on the letter's receipt open the sentence as a clause, whom it
asks is the subject after them, and the sentence, asking a report of its own by a date, is a
task of those bodies (README's dated closing sentence that asks for something of its own)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "SỞ Y TẾ\nTỈNH NINH THUẬN\n\nSố: 318/SYT-KHTC\n\nNinh Thuận, ngày 06 tháng 4 năm 2026\n\n"
    "Kính gửi:\n- Các Trung tâm Y tế huyện;\n- Các đơn vị trực thuộc\n\n"
    "Thực hiện Công văn số 905/BYT-KHTC ngày 12 tháng 3 năm 2026 của Bộ Y tế về việc kiểm kê "
    "trang thiết bị y tế;\n"
    "Sở Y tế đề nghị các Trung tâm Y tế huyện kiểm kê trang thiết bị y tế đang quản lý, sử "
    "dụng theo mẫu đính kèm (tải biểu mẫu trên Trang thông tin điện tử của Sở) và gửi báo cáo "
    "về Phòng Kế hoạch - Tài chính, Sở Y tế, đồng thời gửi tệp đến địa chỉ thư điện tử: "
    "khtc.syt@ninhthuan.gov.vn\n"
    "Nhận được công văn này, yêu cầu các đơn vị triển khai nghiêm túc và nộp báo cáo trước "
    "ngày 24/4/2026\n"
    "Trân trọng./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu VT.\n\nGIÁM ĐỐC\nLê Văn Tâm\n"
)


def test_the_request_on_the_letters_receipt_is_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PAGE, org, calendar).actions
    assert [(a.lead_unit, a.text[:22], a.deadline_text) for a in actions[1:]] == [
        ("các đơn vị", "Nhận được công văn này", "trước ngày 24/4/2026"),
    ]
    assert actions[0].deadline is None  # (the report the first task sends is not dated)
