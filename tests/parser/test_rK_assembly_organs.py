"""Round rK: the National Assembly's organs named jointly as a clause's subject, each its own
entry as written, the first leading ("Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, Ủy ban Văn
hóa, Giáo dục, các Ủy ban khác của Quốc hội, Đoàn đại biểu Quốc hội, đại biểu Quốc hội giám sát
..."; "Thường trực Hội đồng Dân tộc, Thường trực các Ủy ban của Quốc hội, Văn phòng Quốc hội
..."): a committee's name with a comma in it is one, "của Quốc hội" stays with its organ."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.council import assembly_organs

_RESOLUTION = (
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 640/NQ-UBTVQH15\nHà Nội, ngày 2 tháng 7 năm 2025\n\n"
    "NGHỊ QUYẾT\nVỀ VIỆC BỔ SUNG KINH PHÍ CHO CÁC TRƯỜNG VÙNG BIÊN\n\n"
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n\n"
    "QUYẾT NGHỊ:\n\n"
    "Điều 1. Bổ sung 120 tỷ đồng cho các trường phổ thông vùng biên giới.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, Ủy ban Văn hóa, Giáo dục, các Ủy ban khác "
    "của Quốc hội, Đoàn đại biểu Quốc hội, đại biểu Quốc hội, trong phạm vi nhiệm vụ, quyền hạn "
    "của mình, giám sát việc thực hiện Nghị quyết này.\n"
    "2. Thường trực Hội đồng Dân tộc, Thường trực các Ủy ban của Quốc hội, Văn phòng Quốc hội "
    "theo dõi việc phân bổ kinh phí.\n"
    "3. Văn phòng Quốc hội chủ trì, phối hợp với Thường trực Hội đồng Dân tộc, Thường trực Ủy "
    "ban của Quốc hội giúp Ủy ban Thường vụ Quốc hội tổng hợp kết quả giám sát.\n\n"
    "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nĐỗ Văn Khang\n"
)


def test_each_organ_of_the_assembly_listed_is_its_own_entry(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    first, second, third = parse_text(_RESOLUTION, org, calendar).actions
    assert first.lead_unit == "Ủy ban Thường vụ Quốc hội"
    assert first.coordinating_units == [
        "Hội đồng Dân tộc",
        "Ủy ban Văn hóa, Giáo dục",
        "các Ủy ban khác của Quốc hội",
        "Đoàn đại biểu Quốc hội",
        "đại biểu Quốc hội",
    ]
    assert second.lead_unit == "Thường trực Hội đồng Dân tộc"
    assert second.coordinating_units == [
        "Thường trực các Ủy ban của Quốc hội",
        "Văn phòng Quốc hội",
    ]
    assert third.coordinating_units == [
        "Thường trực Hội đồng Dân tộc",
        "Thường trực Ủy ban của Quốc hội",
    ]


def test_a_list_of_other_bodies_is_no_assembly_list() -> None:
    assert assembly_organs("Ủy ban Thường vụ Quốc hội tiếp tục đổi mới phương thức") is None
    assert assembly_organs("Ủy ban nhân dân tỉnh, Sở Tài chính bố trí kinh phí") is None
