"""A subjectless item that strengthens the work done between two groups of bodies ("Tăng
cường phối hợp giữa A, B với C, D, các cơ quan liên quan ...") is the task of the bodies named
on both sides: the first leads, the others coordinate in the order written, an unnamed plural
("các cơ quan liên quan") left out; a side that names no body ("với các cơ quan ...") makes
no such task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.later_clause import bodies_between
from tests.parser.signed import signed

_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH NAM BÌNH
Số: 15/NQ-HĐND
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Bình, ngày 10 tháng 01 năm 2026
NGHỊ QUYẾT
Về Chương trình giám sát năm 2026
Điều 1. Thông qua Chương trình giám sát năm 2026.
Điều 2. Tổ chức thực hiện
1. Thường trực Hội đồng nhân dân tỉnh chủ trì xây dựng kế hoạch giám sát chi tiết.
2. Tăng cường công tác phối hợp giữa Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội \
đồng nhân dân tỉnh với Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các cơ \
quan, tổ chức hữu quan bảo đảm chặt chẽ, hiệu quả.
3. Văn phòng Hội đồng nhân dân tỉnh tổng hợp kết quả giám sát, báo cáo Thường trực Hội \
đồng nhân dân tỉnh."""


def test_the_work_between_is_an_action_of_the_bodies_named(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_RESOLUTION + signed("TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH"), org, calendar)
    between = [a for a in record.actions if "phối hợp giữa" in a.text]
    assert len(between) == 1
    assert between[0].lead_unit == "Thường trực Hội đồng nhân dân tỉnh"
    assert between[0].coordinating_units == [
        "các Ban của Hội đồng nhân dân tỉnh",
        "Ủy ban nhân dân tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ]


def test_the_bodies_on_both_sides_do_the_work() -> None:
    item = (
        "Tăng cường công tác phối hợp giữa Hội đồng nhân dân tỉnh, Ban Pháp chế với Ủy ban "
        "nhân dân tỉnh, Sở Tư pháp, các cơ quan có liên quan bảo đảm thường xuyên, kịp thời."
    )
    assert bodies_between(item) == [
        "Hội đồng nhân dân tỉnh",
        "Ban Pháp chế",
        "Ủy ban nhân dân tỉnh",
        "Sở Tư pháp",
    ]


def test_a_side_naming_no_body_gives_none() -> None:
    assert bodies_between("Tăng cường phối hợp giữa Sở Y tế với các cơ quan liên quan.") == []
    assert bodies_between("Tăng cường phối hợp giữa các cấp với Sở Y tế trong công tác.") == []
