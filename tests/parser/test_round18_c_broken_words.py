"""Round 18c: a "Nơi nhận" entry whose word a web page broke across two lines ("- Thứ tr" /
"ưởng Nguyễn Văn B;"; one that also lost a letter: "- Bộ trư" / "ng (để b/c);") is put back
together without a space; a word broken between two whole syllables keeps its space."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.syllables import joins_word

_LETTER = """BỘ CÔNG THƯƠNG
-------

Số: 77/BCT-KH
V/v báo cáo xuất khẩu quý I

Hà Nội, ngày 02 tháng 4 năm 2018

Kính gửi: Sở Công Thương các tỉnh, thành phố

Đề nghị Sở Công Thương các tỉnh, thành phố báo cáo tình hình xuất khẩu quý I trước ngày
15 tháng 4 năm 2018.

Nơi nhận:
- Như trên;
- Bộ trư
ng (để b/c);
- Thứ tr
ưởng Nguyễn Văn B;
- Vụ Kế hoạch (để
tổng hợp);
- Lưu: VT, KH.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn B
"""


def test_an_entry_broken_inside_a_word_is_joined_without_a_space(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert parse_text(_LETTER, org, calendar).distribution == [
        "Như trên",
        "Bộ trưng (để b/c)",
        "Thứ trưởng Nguyễn Văn B",
        "Vụ Kế hoạch (để tổng hợp)",
        "Lưu: VT, KH",
    ]


def test_only_a_piece_that_is_no_syllable_joins_the_word() -> None:
    assert joins_word("- Thứ tr", "ưởng Nguyễn Văn B;")
    assert not joins_word("- Vụ Kế hoạch (để", "tổng hợp);")
    assert not joins_word("- Ủy ban nhân dân các", "tỉnh;")
