"""Persons named by their kind at the end of a subject list of bodies ("..., UBND các xã, thị
trấn, các cá nhân có sai sót ... khẩn trương ...", "... yêu cầu các phòng, ban, UBND các xã,
thị trấn, cán bộ, công chức thực hiện ...") are one more entry of the list and act with the
lead (README: bodies named jointly as leads, the first the lead, the others coordinating),
the persons' "có ..." clause part of the entry; one plural of kinds with persons among them
("Các cơ quan, đơn vị, cá nhân có thẩm quyền ...") stays one lead."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies

LETTER = (
    "ỦY BAN NHÂN DÂN\n"
    "HUYỆN AN LẠC\n"
    "Số: 14/KH-UBND\n"
    "An Lạc, ngày 05 tháng 3 năm 2024\n"
    "KẾ HOẠCH\n"
    "Về việc chấn chỉnh công tác văn thư\n"
    "\n"
    "I. NỘI DUNG\n"
    "1. Các yêu cầu chung:\n"
    "Chủ tịch UBND huyện yêu cầu các phòng, ban, UBND các xã, thị trấn, cán bộ, công chức"
    " thực hiện tốt các nội dung sau:\n"
    "- Các phòng, ban, UBND các xã, thị trấn, các cá nhân có sai sót trong lưu trữ khẩn"
    " trương rà soát, bổ sung hồ sơ còn thiếu.\n"
    "- Lập danh mục hồ sơ năm 2024 theo quy định.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Trưởng các phòng, ban; UBND các xã, thị trấn, các cá nhân có liên quan nghiêm túc"
    " thực hiện Kế hoạch này.\n"
    "2. Giao Văn phòng HĐND&UBND huyện theo dõi, tổng hợp kết quả.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
    "CHỦ TỊCH\n"
    "Nguyễn Văn An\n"
)


def test_the_persons_closing_the_list_act_with_the_lead(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(LETTER, org, calendar).actions
    units = [(a.lead_unit, a.coordinating_units) for a in actions]
    assert units[0] == (
        "Các phòng, ban",
        ["UBND các xã, thị trấn", "các cá nhân có sai sót trong lưu trữ"],
    )
    assert units[1] == ("các phòng, ban", ["UBND các xã, thị trấn", "cán bộ, công chức"])
    assert units[2] == ("các phòng, ban", ["UBND các xã, thị trấn", "các cá nhân có liên quan"])


def test_kinds_alone_take_no_persons_entry() -> None:
    sentence = "Các cơ quan, đơn vị, các cá nhân có sai sót khẩn trương rà soát hồ sơ."
    assert subject_bodies(sentence) == ["Các cơ quan, đơn vị"]
