"""Round 24b: a page wrapped "Điều 2. Sở" / "Công Thương có trách nhiệm chủ trì ...": a line
cannot end on a body's organ word ("Sở", "Bộ", "Cục", "Ủy ban"), the name goes on in the
next line; the parser took the line for a paragraph of its own and lost the article's task.
And in the "Nơi nhận" list the "+" lines under "- Văn phòng UBND tỉnh:" belong to it, joined
on one line, the list ending with its "+ Lưu: ..." sub-item."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN

Số: 880/QĐ-UBND

Lạng Sơn, ngày 10 tháng 12 năm 2025

QUYẾT ĐỊNH
Về việc phê duyệt danh mục địa điểm tổ chức hội chợ năm 2026

Điều 1. Phê duyệt danh mục địa điểm tổ chức hội chợ, triển lãm thương mại năm 2026.
Điều 2. Sở
Công Thương có trách nhiệm chủ trì hướng dẫn các doanh nghiệp tổ chức hội chợ theo đúng
quy định.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 3;
- Văn phòng UBND tỉnh:
+ LĐVP, KGVX;
+ Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An

PHỤ LỤC
DANH MỤC ĐỊA ĐIỂM TỔ CHỨC HỘI CHỢ
(Kèm theo Quyết định số: /QĐ-UBND ngày /12/2025 của UBND tỉnh Lạng Sơn)
"""


def test_a_name_broken_after_its_organ_word_goes_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    parsed = parse_text(_LETTER, org, calendar)
    assert [a.lead_unit for a in parsed.actions] == ["Sở Công Thương"]
    assert parsed.actions[0].text.startswith("Sở Công Thương có trách nhiệm chủ trì")


def test_plus_lines_join_the_entry_they_follow(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).distribution == [
        "Như Điều 3",
        "Văn phòng UBND tỉnh: + LĐVP, KGVX; + Lưu: VT, KT",
    ]
