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


def test_a_partner_the_page_glued_in_the_task_but_not_in_the_list_is_written_as_in_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    letter = _LETTER.replace(
        "Kính gửi: Sở Xây dựng", "Kính gửi:\n- Sở Xây dựng;\n- Ban Chỉ đạo 09 (Sở Tài chính)."
    )
    asked = (
        "Giao Sở Xây dựng chủ trì phối hợp với Ban Chỉ đạo 09 (SởTài chính), Sở Nội vụ rà soát "
        "quỹ nhà, đất thuộc sở hữu nhà nước, báo cáo kết quả cho Ủy ban nhân dân thành phố."
    )
    record = parse_text(letter.format(asked=asked), org, calendar)
    assert record.recipients == ["Sở Xây dựng", "Ban Chỉ đạo 09 (Sở Tài chính)"]
    (action,) = record.actions
    assert "phối hợp với Ban Chỉ đạo 09 (SởTài chính), Sở Nội vụ rà soát" in action.text
    assert action.coordinating_units == ["Ban Chỉ đạo 09 (SởTài chính)", "Sở Nội vụ"]
