"""Round 50 (batch 185): a plan whose items carry their record AFTER the content ("- Rà soát
..." / "- Đơn vị thực hiện: Sở X" / "- Thời gian thực hiện: ..."): the bullets that named no
body before the doer's label are that body's tasks; a record whose own time label dates
nothing ("Duy trì thường xuyên") takes no deadline the letter sets elsewhere."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 144/KH-UBND Hà Nội, ngày 20 tháng 5 năm 2025

KẾ HOẠCH
Triển khai hồ sơ bệnh án điện tử

UBND thành phố Hà Nội ban hành Kế hoạch gồm những nội dung sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Đẩy mạnh triển khai hồ sơ bệnh án điện tử.
II. NỘI DUNG
1. Triển khai kết nối liên thông dữ liệu
- Thực hiện chia sẻ, liên thông dữ liệu giữa các bệnh viện.
- Cập nhật Bộ danh mục thuật ngữ lâm sàng.
- Đơn vị thực hiện: Các bệnh viện trong và ngoài công lập
- Thời gian thực hiện: Hoàn thành trước ngày 30/9/2025.
2. Rà soát các điều kiện về an ninh mạng
- Rà soát, kiểm tra hạ tầng công nghệ thông tin tại các bệnh viện.
- Đơn vị thực hiện: Sở Y tế, Công an Thành phố.
- Thời gian thực hiện: Duy trì thường xuyên.
3. Tổ chức các nội dung hỗ trợ
- Các nội dung hỗ trợ bao gồm:
+ Hướng dẫn áp dụng các văn bản;
+ Tổ chức tiếp nhận các kiến nghị.
- Đơn vị thực hiện: Sở Tư pháp.
III. TỔ CHỨC THỰC HIỆN
Các bệnh viện hoàn thành việc triển khai trước ngày 30/9/2025.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Vũ Thu Hà
"""


def test_bullets_before_a_doer_label_are_that_bodys_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    got = [(a.text[:22], a.lead_unit, a.coordinating_units) for a in actions[:3]]
    assert got == [
        ("Thực hiện chia sẻ, liê", "Các bệnh viện trong và ngoài công lập", []),
        ("Cập nhật Bộ danh mục t", "Các bệnh viện trong và ngoài công lập", []),
        ("Rà soát, kiểm tra hạ t", "Sở Y tế", ["Công an Thành phố"]),
    ]
    assert [a.deadline for a in actions[:2]] == [date(2025, 9, 29)] * 2


def test_what_a_task_covers_is_no_task_of_the_doer(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    texts = [a.text for a in parse_text(_PLAN, org, calendar).actions]
    assert not any(t.startswith(("Hướng dẫn áp dụng", "Tổ chức tiếp nhận")) for t in texts)


def test_a_record_timed_without_a_date_takes_no_letter_deadline(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    assert actions[2].text.startswith("Rà soát") and actions[2].deadline is None


def test_a_doer_field_naming_a_qualified_plural_in_a_sentence_names_it(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    plan = _PLAN.replace(
        "- Đơn vị thực hiện: Sở Tư pháp.",
        "- Đơn vị thực hiện: Các bệnh viện trong và ngoài công lập trực thuộc chủ động đề xuất lập "
        "dự án triển khai thực hiện.",
    ).replace("+ Hướng dẫn áp dụng các văn bản;\n+ Tổ chức tiếp nhận các kiến nghị.\n", "")
    plan = plan.replace("- Các nội dung hỗ trợ bao gồm:\n", "- Lựa chọn nhà cung cấp phần mềm.\n")
    actions = parse_text(plan, org, calendar).actions
    chosen = next(a for a in actions if a.text.startswith("Lựa chọn nhà cung cấp"))
    assert chosen.lead_unit == "Các bệnh viện trong và ngoài công lập trực thuộc"
