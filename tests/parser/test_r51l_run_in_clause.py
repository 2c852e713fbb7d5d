"""Round 51l (batch 188/02): "- Chi cục Hải quan nơi vận chuyển đến: Sau khi hoàn thành ...,
công chức hải quan ...": a body named as a run-in label, then a sentence that opens with a
clause ("Sau khi", "Khi", "Trường hợp", "Căn cứ" ...): the name ends at the colon, as it does
before a small letter; only a list of names goes on past a colon."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.subjects import subject_bodies
from tests.parser.letterheads import tchq_700
from tests.parser.signed import signed

_LETTER = (
    tchq_700("xử lý lô hàng chuyển cảng")
    + """\
- Chi cục Hải quan nơi vận chuyển đi: công chức hải quan lập biên bản bàn giao theo quy định.
- Chi cục Hải quan nơi vận chuyển đến: Sau khi hoàn thành thủ tục tiếp nhận biên bản bàn
giao, công chức hải quan xác nhận hàng đến trên Hệ thống.
"""
    + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG", "Vũ Ngọc Anh")
)


def test_the_label_s_name_ends_at_its_colon(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Chi cục Hải quan nơi vận chuyển đi",
        "Chi cục Hải quan nơi vận chuyển đến",
    ]


def test_a_clause_after_the_colon_is_no_part_of_the_name() -> None:
    assert subject_bodies("Chi cục X: Khi hàng đến, công chức hải quan kiểm tra") == ["Chi cục X"]
    assert subject_bodies("Ủy ban nhân dân các tỉnh: Gia Lai, Lâm Đồng khẩn trương gửi") == [
        "Ủy ban nhân dân các tỉnh: Gia Lai, Lâm Đồng"
    ]
