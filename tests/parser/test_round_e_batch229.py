"""Families of blind batch 229 (an e-signed department request, a water-use permit, a web
page that glued its header), each on a made-up letter that no corpus holds."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies

HEAD = (
    "SỞ Y TẾ TỈNH BÌNH PHÚ\nSố: 812/SYT-NVY\nBình Phú, ngày 4 tháng 3 năm 2025\n"
    "V/v hướng dẫn công tác truyền thông phòng, chống dịch trong tình hình mới\n\n"
    "Kính gửi: Thủ trưởng các cơ sở y tế trên địa bàn tỉnh.\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Bình\n"


def test_an_intro_set_in_the_new_situation_hands_on_its_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # "... trong tình hình mới ... như sau:" tells the times the work is set in, no findings
    body = (
        "Sở Y tế đề nghị Thủ trưởng các cơ sở y tế thực hiện một số nội dung về công tác "
        "truyền thông phòng, chống dịch trong tình hình mới tại đơn vị như sau:\n"
        "1. Tổ chức tập huấn cho nhân viên về phòng, chống dịch tại đơn vị.\n"
        "2. Rà soát trang thiết bị phục vụ cách ly người bệnh.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("các cơ sở y tế", "Tổ chức tập huấn cho nhân viên về phòng, chống dịch tại đơn vị"),
        ("các cơ sở y tế", "Rà soát trang thiết bị phục vụ cách ly người bệnh"),
    ]


def test_the_heads_of_a_qualified_plural_name_its_bodies() -> None:
    assert subject_bodies("Thủ trưởng các cơ sở y tế triển khai các nội dung sau") == [
        "các cơ sở y tế"
    ]


def test_the_slogans_an_item_names_are_its_words_not_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Sở Y tế đề nghị Thủ trưởng các cơ sở y tế thực hiện các nội dung sau:\n"
        "1. Tổ chức tập huấn cho nhân viên về phòng, chống dịch tại đơn vị.\n"
        "2. Treo băng rôn với các khẩu hiệu tuyên truyền tại đơn vị\n"
        "- Sức khỏe là vốn quý nhất\n"
        "- Chung tay phòng, chống dịch bệnh\n"
        "3. Báo cáo kết quả về Sở Y tế khi có yêu cầu.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert [a.text for a in record.actions] == [
        "Tổ chức tập huấn cho nhân viên về phòng, chống dịch tại đơn vị",
        "Treo băng rôn với các khẩu hiệu tuyên truyền tại đơn vị - Sức khỏe là vốn quý nhất"
        " - Chung tay phòng, chống dịch bệnh",
        "Báo cáo kết quả về Sở Y tế khi có yêu cầu",
    ]
