"""A lettered item that opens with its case and a colon, its work on the next line ("b)
Trường hợp ...:" / "Thực hiện theo ..."): the case stays in the task's text, "Trường hợp"
folding as the title "Trưởng" does (blind 188/02, on a made-up letter)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC KIỂM DỊCH THỰC VẬT\n"
    "Số: 318/KDTV-NV\nHà Nội, ngày 12 tháng 4 năm 2024\n"
    "V/v khai báo lô hàng ghép\n\n"
    "Kính gửi: Các Chi cục Kiểm dịch thực vật vùng.\n\n"
    "Cục Kiểm dịch thực vật yêu cầu các Chi cục Kiểm dịch thực vật vùng thực hiện nội dung "
    "sau:\n"
    "I. Các Chi cục Kiểm dịch thực vật vùng\n"
    "1. Khai báo lô hàng ghép:\n"
    "a) Trường hợp lô hàng của một chủ hàng đi nhiều xe:\n"
    "+ Tiêu chí “Số xe”: nhập số xe đầu tiên;\n"
    "+ Tiêu chí “Ghi chú”: nhập các số xe còn lại.\n"
    "b) Trường hợp lô hàng của nhiều chủ hàng ghép chung xe:\n"
    "Thực hiện theo hướng dẫn tại công văn 1234/KDTV-NV ngày 14/7/2023 của Cục Kiểm dịch "
    "thực vật và hướng dẫn công chức kiểm dịch thực hiện như sau:\n"
    "- Trường hợp tất cả các lô hàng đã khai báo đầy đủ thì cho phép xe qua trạm.\n"
    "- Trường hợp một trong các lô hàng chưa khai báo thì dừng xe tại trạm.\n"
    "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCỤC TRƯỞNG\n\nLê Văn Hòa\n"
)


def test_a_case_over_its_work_stays_in_the_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert record.actions[1].text.startswith(
        "Trường hợp lô hàng của nhiều chủ hàng ghép chung xe: Thực hiện theo hướng dẫn"
    )
