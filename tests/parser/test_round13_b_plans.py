"""Round 13 (b): a ministry's plan whose tasks are listed under the heading that names it
("II. NHIỆM VỤ CHỦ YẾU CỦA BỘ ..."), on synthetic snippets: the heading's body, written in
capitals, leads its items in sentence case, as "Nhiệm vụ của Bộ ..." already did."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_plans import TAIL

HEAD = (
    "BỘ XÂY DỰNG\nSố: 15/KH-BXD\nHà Nội, ngày 6 tháng 8 năm 2024\n\n"
    "KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 20/CT-TTg về phát triển nhà ở xã hội\n\n"
)
MINISTRY_PLAN = (
    "Thực hiện Chỉ thị số 20/CT-TTg ngày 02 tháng 5 năm 2024 của Thủ tướng Chính phủ, Bộ Xây "
    "dựng ban hành Kế hoạch triển khai thực hiện với các nội dung sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Mục đích\n"
    "- Triển khai thực hiện hiệu quả các nhiệm vụ Thủ tướng Chính phủ giao cho Bộ Xây dựng.\n"
    "II. NHIỆM VỤ CHỦ YẾU CỦA BỘ XÂY DỰNG\n"
    "1. Chủ trì, phối hợp với các Bộ, cơ quan liên quan xây dựng, trình Chính phủ Nghị định "
    "sửa đổi quy định về nhà ở xã hội.\n"
    "2. Phối hợp với Bộ Tài chính hoàn thiện cơ chế ưu đãi vốn cho nhà ở xã hội.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Cục Quản lý nhà và thị trường bất động sản có trách nhiệm:\n"
    "a) Chủ trì hoàn thiện dự thảo Nghị định sửa đổi quy định về nhà ở xã hội.\n"
    "b) Theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch.\n"
)


def test_the_items_under_the_main_tasks_of_a_named_ministry_are_its_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(HEAD + MINISTRY_PLAN + TAIL, org, calendar).actions
    ministry, department = "Bộ Xây dựng", "Cục Quản lý nhà và thị trường bất động sản"
    assert [a.lead_unit for a in actions] == [ministry, ministry, department, department]
    assert actions[1].coordinating_units == ["Bộ Tài chính"]


TABLE_PLAN = (
    "PHỤ LỤC\nCÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH\n"
    "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 1. | Hoàn thiện dự thảo Nghị định về nhà ở xã hội. | Cục Quản lý nhà | Vụ Pháp chế và "
    "các đơn vị có liên quan thuộc Bộ XD. | Tháng 9/2024 |\n"
    "| 2. | Xây dựng cơ sở dữ liệu nhà ở. | Cục Quản lý nhà | Trung tâm Thông tin, các đơn vị "
    "thuộc các Bộ có liên quan. | 2024 - 2025 |\n"
)


def test_a_plural_qualified_by_whose_units_they_are_is_no_partner_by_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    partners = [
        a.coordinating_units for a in parse_text(HEAD + TABLE_PLAN + TAIL, org, calendar).actions
    ]
    assert partners == [["Vụ Pháp chế"], ["Trung tâm Thông tin"]]
