"""An old directive of the Prime Minister: an intro that asks every sector and level ("Để ...,
các ngành, các cấp cần thực hiện tốt những việc cụ thể sau đây:") hands its numbered items to
"các ngành, các cấp", one lead as written, so an item with no subject of its own ("2. Căn cứ
vào kết quả ..., cần lập hồ sơ ...") is their task and a later sentence naming those who use
the land stays in the item; a paragraph after an item that lists its times region by region
("Thời gian hoàn thành ... được quy định như sau:" / "- Vùng A: cuối năm 1982;") is more of
that item, its ";" as written, and its first time ("cuối năm 1982", the year's end) the
item's deadline."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.records import DeadlineKind
from tests.parser.signed import signed

_LETTER = """THỦ TƯỚNG CHÍNH PHỦ
Số: 299/TTg
Hà Nội, ngày 10 tháng 11 năm 1980

CHỈ THỊ
Về công tác đo đạc ruộng đất trong cả nước

Để quản lý chặt chẽ đất đai trong cả nước, Thủ tướng Chính phủ yêu cầu các ngành, các cấp \
tiến hành công tác đo đạc ruộng đất.
Để các công việc nói trên tiến hành được thuận lợi, bảo đảm yêu cầu về chất lượng và thời \
gian, các ngành, các cấp cần thực hiện tốt những việc cụ thể sau đây:
1. Để nắm chắc được diện tích và chất lượng ruộng đất, xác định phạm vi quyền hạn và trách \
nhiệm của người sử dụng đất, cần tiến hành công tác đo đạc, xây dựng bản đồ trên toàn lãnh \
thổ theo từng đơn vị hành chính. Các cơ quan, tổ chức và cá nhân sử dụng đất có nhiệm vụ chấp \
hành đúng mọi thủ tục đăng ký ruộng đất.
Thời gian hoàn thành công việc nói trên được quy định như sau:
- Vùng đồng bằng sông Cửu Long: cuối năm 1982;
- Các vùng khác: cuối năm 1984.
2. Căn cứ vào kết quả của công tác nói trên, cần lập hồ sơ ruộng đất và sổ địa chính của Nhà \
nước.
3. Về tổ chức chỉ đạo:
a) Tổng cục Quản lý ruộng đất có trách nhiệm:
- Xây dựng các phương án kỹ thuật đo đạc.
- Tổ chức huấn luyện cán bộ cho các tỉnh.
b) Tổng cục Thống kê có trách nhiệm phối hợp với Tổng cục Quản lý ruộng đất xây dựng quy \
trình thống kê.
"""


def test_items_of_every_sector_and_level(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    text = _LETTER + signed("K/T THỦ TƯỚNG CHÍNH PHỦ\nPHÓ THỦ TƯỚNG")
    actions = parse_text(text, org, calendar).actions
    first, second = actions[0], actions[1]
    assert first.text == (
        "Để nắm chắc được diện tích và chất lượng ruộng đất, xác định phạm vi quyền hạn và trách"
        " nhiệm của người sử dụng đất, cần tiến hành công tác đo đạc, xây dựng bản đồ trên toàn"
        " lãnh thổ theo từng đơn vị hành chính. Các cơ quan, tổ chức và cá nhân sử dụng đất có"
        " nhiệm vụ chấp hành đúng mọi thủ tục đăng ký ruộng đất. Thời gian hoàn thành công việc"
        " nói trên được quy định như sau: - Vùng đồng bằng sông Cửu Long: cuối năm 1982; - Các"
        " vùng khác: cuối năm 1984"
    )
    assert (first.lead_unit, first.deadline, first.deadline_kind, first.deadline_text) == (
        "các ngành, các cấp",
        date(1982, 12, 31),
        DeadlineKind.BY,
        "cuối năm 1982",
    )
    assert second.text.startswith("Căn cứ vào kết quả của công tác nói trên, cần lập hồ sơ")
    assert second.lead_unit == "các ngành, các cấp"
    assert [a.lead_unit for a in actions[2:]] == [
        "Tổng cục Quản lý ruộng đất",
        "Tổng cục Quản lý ruộng đất",
        "Tổng cục Thống kê",
    ]


def test_a_target_by_the_year_end_is_no_deadline(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """("Phấn đấu đến cuối năm 1982 ...": a target, not the time of the task)"""
    text = _LETTER.replace(
        "1. Để nắm chắc", "1. Phấn đấu đến cuối năm 1982 đo đạc xong đồng bằng. Để nắm chắc"
    ).replace("- Vùng đồng bằng sông Cửu Long: cuối năm 1982;\n", "")
    text = text.replace("- Các vùng khác: cuối năm 1984.", "- Các vùng khác: theo kế hoạch.")
    text += signed("K/T THỦ TƯỚNG CHÍNH PHỦ\nPHÓ THỦ TƯỚNG")
    assert parse_text(text, org, calendar).actions[0].deadline is None


def test_a_body_glossed_by_its_levels_that_sends_someone(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    """("Ủy ban nhân dân các cấp (tỉnh, huyện, xã ...) cử một đồng chí ...": the gloss in small
    letters no part of the name, "cử" its verb; not "(hoặc ...)", another name of the body)"""
    text = (
        _LETTER
        + "Ủy ban nhân dân các cấp (tỉnh, huyện, xã và cấp tương đương) cử một đồng chí Phó Chủ"
        " tịch trực tiếp chỉ đạo công tác này.\n"
        + "Các sở Nông nghiệp (hoặc sở Nông lâm) cử cán bộ tham gia công tác đo đạc.\n"
        + signed("K/T THỦ TƯỚNG CHÍNH PHỦ\nPHÓ THỦ TƯỚNG")
    )
    actions = parse_text(text, org, calendar).actions
    assert [(a.text[:40], a.lead_unit) for a in actions[-2:]] == [
        ("Ủy ban nhân dân các cấp (tỉnh, huyện, xã", "Ủy ban nhân dân các cấp"),
        ("Các sở Nông nghiệp (hoặc sở Nông lâm) cử", "Các sở Nông nghiệp (hoặc sở Nông lâm)"),
    ]
