"""A bare "Trưởng" before departments listed by their kinds in lower case ("Giao Trưởng phòng,
ban, đơn vị chủ trì ...", "Giao các Trưởng phòng, ban chủ trì, thực hiện:") is the title of
their heads: dropped, the departments leading as written (README: "Trưởng phòng X" names the
head of body X and is dropped as a title; a bare "Trưởng" before a plural body likewise)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "ỦY BAN NHÂN DÂN\n"
    "HUYỆN AN LẠC\n"
    "Số: 31/KH-UBND\n"
    "An Lạc, ngày 11 tháng 4 năm 2024\n"
    "KẾ HOẠCH\n"
    "Chấn chỉnh công tác lưu trữ hồ sơ năm 2024\n"
    "\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Giao Trưởng phòng, ban, đơn vị chủ trì, rà soát lại hồ sơ lưu trữ của đơn vị mình"
    " và lập danh mục hồ sơ còn thiếu.\n"
    "2. Giao các Trưởng phòng, ban chủ trì, thực hiện:\n"
    "- Kiểm tra việc ghi sổ đăng ký hồ sơ tại đơn vị.\n"
    "- Bố trí công chức theo dõi kho lưu trữ.\n"
    "3. Giao Văn phòng HĐND&UBND huyện theo dõi, tổng hợp kết quả thực hiện.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
    "CHỦ TỊCH\n"
    "Nguyễn Văn An\n"
)


def test_the_heads_title_is_dropped_and_the_departments_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    leads = [a.lead_unit for a in actions]
    assert leads == [
        "phòng, ban, đơn vị",
        "các phòng, ban",
        "các phòng, ban",
        "Văn phòng HĐND&UBND huyện",
    ]
    assert actions[0].text.startswith("Giao Trưởng phòng, ban, đơn vị chủ trì")
