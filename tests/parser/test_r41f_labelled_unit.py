"""Round 41f: an item labelled with a unit's whole name ("- Vụ Tuyên truyền hỗ trợ người nộp
thuế: thực hiện đăng tải ...") is led by that name, no word of it read as the verb ("hỗ trợ"),
as "- Vụ Pháp chế biên tập ..." is led by its body; a plural of a unit named with its capital
after a comma ("các Vụ/đơn vị thuộc, trực thuộc Tổng cục Thuế, các Cục Thuế căn cứ ...") is a
body of its own, the partner (147/01), a plural in lower case ("..., các Công ty nông, lâm
nghiệp") still one name with the list before it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.bodies import heading_bodies
from tests.parser.signed import signed

_PAGE = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 183/QĐ-TCT\n\nHà Nội, ngày 07 tháng 02 năm 2024\n\n"
    "KẾ HOẠCH\nPhổ biến pháp luật năm 2024\n\nII. NHIỆM VỤ\n\n2. Phổ biến đề cương\n\n"
    "2.1. Hình thức thực hiện:\nĐăng tải trên hệ thống thông tin điện tử ngành thuế.\n\n"
    "2.2. Đơn vị thực hiện:\n"
    "- Vụ Pháp chế biên tập đề cương, chuyển các đơn vị thực hiện đăng tải.\n"
    "- Vụ Tuyên truyền hỗ trợ người nộp thuế: thực hiện đăng tải đề cương trên Cổng Thông tin\n"
    "điện tử của Tổng cục Thuế.\n\n"
    "3. Đối với các văn bản không nêu trong Kế hoạch này, các Vụ/đơn vị thuộc, trực thuộc\n"
    "Tổng cục Thuế, các Cục Thuế căn cứ vào chức năng, nhiệm vụ chủ động tổ chức phổ biến.\n"
) + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")


def test_unit_labels_its_item(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_PAGE, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Vụ Pháp chế", []),
        ("Vụ Tuyên truyền hỗ trợ người nộp thuế", []),
        ("các Vụ/đơn vị thuộc, trực thuộc Tổng cục Thuế", ["các Cục Thuế"]),
    ]


def test_lower_case_plural_stays_in_the_name() -> None:
    forest = "các Ban quản lý rừng đặc dụng, rừng phòng hộ, các Công ty nông, lâm nghiệp"
    assert heading_bodies(forest) == [forest]
