"""Round 40o: a list of names sharing their organ's word may part its entries by ";" ("yêu
cầu các Bộ: Tư pháp; Nội vụ; Tài chính rà soát ..."): each entry after ";" that is a known
name of the organ's is one more body of the list, the first leading and the others
coordinating, while an office or another body after ";" ("các Sở: Tài chính, Nội vụ; Chủ
tịch Ủy ban nhân dân các xã") still ends the list."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PAGE = (
    "VĂN PHÒNG CHÍNH PHỦ\n\nSố: 41/VPCP-KSTT\n\nHà Nội, ngày 09 tháng 3 năm 2026\n\n"
    "Kính gửi: Các Bộ, cơ quan ngang Bộ.\n\n"
    "Xét đề nghị của Bộ Nội vụ về việc rà soát thủ tục hành chính, Phó Thủ tướng Chính phủ "
    "có ý kiến như sau:\n\n"
    "1. {task}\n\n"
    "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG, CHỦ NHIỆM\nNguyễn Văn Bình\n"
)


def _units(
    task: str, org: OrgDirectory, calendar: WorkingCalendar
) -> list[tuple[str | None, list[str]]]:
    actions = parse_text(_PAGE.format(task=task), org, calendar).actions
    return [(a.lead_unit, a.coordinating_units) for a in actions]


def test_entries_after_semicolons_go_on_the_list(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    task = (
        "Giao các Bộ: Tư pháp; Nội vụ; Tài chính rà soát các quy định có liên quan, "
        "báo cáo Thủ tướng Chính phủ trong tháng 4 năm 2026."
    )
    assert _units(task, org, calendar) == [("Bộ Tư pháp", ["Bộ Nội vụ", "Bộ Tài chính"])]


def test_a_whole_name_with_commas_after_a_semicolon(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    task = (
        "Các Bộ: Tài chính; Văn hóa, Thể thao và Du lịch hướng dẫn các địa phương thực hiện "
        "việc cắt giảm thủ tục hành chính."
    )
    assert _units(task, org, calendar) == [("Bộ Tài chính", ["Bộ Văn hóa, Thể thao và Du lịch"])]
