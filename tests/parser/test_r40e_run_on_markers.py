"""A program a crawl ran together: a heading and its first sub-item on one line ("3. Giải quyết
tốt tranh chấp lao động 3.1. Rà soát, ..."), a part's title with its first item's number run on
("III. TỔ CHỨC THỰC HIỆN 1."), and an item whose bracket the writer never closed before its full
stop ("... hằng năm (trước ngày 15/11 và đột xuất (khi có yêu cầu) báo cáo ... chung." / "2.
Giao Sở X:"): each item stands on its own, its marker where it belongs."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.clean import fold_keep
from directives.parser.runon import cut_run_on
from directives.parser.zones import IMPERATIVE
from tests.parser.signed import signed

_LETTER = (
    """ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 512/QĐ-UBND
Kon Tum, ngày 05 tháng 6 năm 2020

QUYẾT ĐỊNH
Ban hành Chương trình xây dựng quan hệ lao động hài hòa

Điều 1. Ban hành kèm theo Quyết định này Chương trình xây dựng quan hệ lao động hài hòa.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""
    + signed("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
    + """
CHƯƠNG TRÌNH
Xây dựng quan hệ lao động hài hòa
(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 05/6/2020 của Ủy ban nhân dân tỉnh)

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Giải quyết tốt tranh chấp lao động và đình công 1.1. Rà soát, kiện toàn các thiết chế giải \
quyết tranh chấp lao động.
1.2. Tập huấn, bồi dưỡng hòa giải viên lao động.
- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao \
động tỉnh.
- Thời gian thực hiện: Thực hiện thường xuyên hằng năm.
III. TỔ CHỨC THỰC HIỆN 1.
Các sở, ban, ngành và Ủy ban nhân dân các huyện căn cứ nhiệm vụ được giao chủ động xây dựng kế \
hoạch thực hiện;
định kỳ hằng năm (trước ngày 15/11 và đột xuất (khi có yêu cầu) báo cáo kết quả về Sở Lao động \
- Thương binh và Xã hội.
2.
Giao Sở Lao động - Thương binh và Xã hội:
- Theo dõi, đôn đốc việc triển khai thực hiện Chương trình này.
"""
)


def test_markers_run_on_go_back_to_their_items(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    expected = [
        ("Rà soát, kiện toàn các thiết chế", "Sở Lao động - Thương binh và Xã hội"),
        ("Tập huấn, bồi dưỡng hòa giải viên", "Sở Lao động - Thương binh và Xã hội"),
        ("Các sở, ban, ngành và Ủy ban nhân dân", "Các sở, ban, ngành"),
        ("Theo dõi, đôn đốc việc triển khai", "Sở Lao động - Thương binh và Xã hội"),
    ]
    assert len(actions) == len(expected)
    for action, (opening, lead) in zip(actions, expected, strict=True):
        assert action.text.startswith(opening) and action.lead_unit == lead


def test_only_a_part_title_in_capitals_gives_its_number_back() -> None:
    lines = [
        "III. TỔ CHỨC THỰC HIỆN 1.",
        "Các sở tổ chức thực hiện.",
        "IV. Về Điều 1.",
        "Nội dung.",
    ]
    assert cut_run_on(lines) == [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các sở tổ chức thực hiện.",
        "IV. Về Điều 1.",
        "Nội dung.",
    ]


def test_training_opens_a_task() -> None:
    """("3.4. Tập huấn bồi dưỡng, nâng cao năng lực ..." among a record's items, after an item
    that asks nothing: a verb of command, the item a task of the record's bodies)"""
    assert IMPERATIVE.match(fold_keep("Tập huấn bồi dưỡng, nâng cao năng lực hòa giải viên"))
