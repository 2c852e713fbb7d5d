"""The office of a kind of body in every place of a kind, written in small letters ("Chủ tịch
ủy ban nhân dân các tỉnh, thành phố"), names those bodies among the intro's addressees; made-up
letter."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 07/CT-TTg\nHà Nội, ngày 12 tháng 2 năm 2025\n\nCHỈ THỊ\n"
    "Về việc tăng cường quản lý chất lượng hàng hóa\n\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An\n"


def test_a_small_lettered_office_of_provinces_names_their_committees(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    body = (
        "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch "
        "ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung thực hiện "
        "các nhiệm vụ sau:\n"
        "1. Rà soát các quy chuẩn kỹ thuật về chất lượng hàng hóa còn chồng chéo.\n"
        "2. Tăng cường kiểm tra hàng hóa lưu thông trên thị trường.\n"
    )
    record = parse_text(HEAD + body + TAIL, org, calendar)
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("các Bộ, cơ quan ngang bộ", ["ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ] * 2
