"""Round 17a: a list of partners the page broke with a full stop set for a comma ("phối hợp
với Sở A, Sở B. Sở C và Ủy ban nhân dân quận - huyện căn cứ ..."), and a partner's name with
its number and a gloss in brackets ("Ban Chỉ đạo 09 (Sở Tài chính)"): one task, each partner
whole."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
-------

Số: 640/UBND-XDĐT
Về rà soát quỹ nhà, đất thuộc sở hữu nhà nước

Cần Thơ, ngày 20 tháng 02 năm 2009

Kính gửi: Sở Xây dựng

{asked}

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đào Anh Dũng
"""


def test_a_full_stop_inside_the_partners_list_neither_ends_the_task_nor_the_list(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    asked = (
        "Giao Sở Xây dựng chủ trì phối hợp với Ban Chỉ đạo 09 (Sở Tài chính), Sở Tài nguyên "
        "và Môi trường, Sở Quy hoạch - Kiến trúc. Sở Nội vụ và Ủy ban nhân dân quận - huyện "
        "căn cứ ý kiến chỉ đạo của Thủ tướng Chính phủ để rà soát quỹ nhà, đất thuộc sở hữu "
        "nhà nước, báo cáo kết quả cho Ủy ban nhân dân thành phố."
    )
    actions = parse_text(_LETTER.format(asked=asked), org, calendar).actions
    assert [a.text[-45:] for a in actions] == ["báo cáo kết quả cho Ủy ban nhân dân thành phố"]
    partners = ["Ban Chỉ đạo 09 (Sở Tài chính)", "Sở Tài nguyên và Môi trường"]
    partners += ["Sở Quy hoạch - Kiến trúc", "Sở Nội vụ", "Ủy ban nhân dân quận - huyện"]
    assert (actions[0].lead_unit, actions[0].coordinating_units) == ("Sở Xây dựng", partners)
