"""Round 39a: an item that opens with a label naming no body, its colon inside the item's
line ("- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo ..."), keeps the label in its text:
only a heading that names the body stays out of its items' text (README), and the label is
part of the item's own sentence as written, as "- Đối với ...: Khẩn trương ..." is. A label
that is a line of its own over the body's task ("1. Khen thưởng cấp Nhà nước:" / "Sở Nội vụ
phối hợp ...") still stays out."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")


def test_a_label_inside_the_items_line_stays_in_its_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "Kính gửi: Các sở, ban, ngành thuộc tỉnh\n\n"
        "UBND tỉnh yêu cầu các sở, ban, ngành thực hiện một số nội dung sau:\n\n"
        "**1. Trách nhiệm tổng hợp báo cáo:**\n\n"
        "- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo tình hình thực hiện hoạt động đấu\n"
        "thầu của tỉnh trước ngày 10 hàng tháng.\n\n"
        "- Báo cáo 6 tháng, cả năm: Sở Tài chính tổng hợp báo cáo tình hình thực hiện hoạt\n"
        "động đấu thầu của tỉnh gửi Bộ Tài chính theo quy định." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.text[:40] for a in actions] == [
        "Báo cáo tháng: Sở Tài chính tổng hợp báo",
        "Báo cáo 6 tháng, cả năm: Sở Tài chính tổ",
    ]
    assert [a.lead_unit for a in actions] == ["Sở Tài chính", "Sở Tài chính"]


def test_a_label_on_a_line_of_its_own_stays_out(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "Kính gửi: Các sở, ban, ngành thuộc tỉnh\n\n"
        "UBND tỉnh yêu cầu các sở, ban, ngành thực hiện một số nội dung sau:\n\n"
        "1. Khen thưởng cấp Nhà nước:\n"
        "Sở Nội vụ phối hợp với các cơ quan, đơn vị có liên quan báo cáo Ủy ban nhân dân\n"
        "tỉnh xem xét lựa chọn.\n\n"
        "2. Khen thưởng cấp tỉnh:\n"
        "Sở Tư pháp phối hợp với các cơ quan, đơn vị có liên quan báo cáo Ủy ban nhân dân\n"
        "tỉnh xem xét lựa chọn." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.text[:20] for a in actions] == ["Sở Nội vụ phối hợp v", "Sở Tư pháp phối hợp "]
