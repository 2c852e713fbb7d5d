"""Round 50d: "tổng hợp, trình ..." (or ", báo cáo ...", ", đề xuất ...", ", tham mưu ...")
right after a body's name is its predicate: the body gathers, then submits. "5. Ủy ban nhân
dân các tỉnh, thành phố trực thuộc trung ương tổng hợp, trình Hội đồng nhân dân cùng cấp bố
trí kinh phí ..." is that body's task like "Bộ Tài chính chủ trì tổng hợp, trình ..." above
it (a "Phòng Tổng hợp" keeps its capital and is a name)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG")


def test_a_body_that_gathers_and_submits_is_given_the_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = (
        "QUYẾT ĐỊNH\n\n"
        "Điều 1. Ban hành Kế hoạch triển khai thi hành Luật.\n\n"
        "**III. KINH PHÍ THỰC HIỆN**\n\n"
        "1. Bộ Tài chính chủ trì tổng\n"
        "hợp, trình cấp có thẩm quyền bố trí kinh phí chi thường xuyên trong dự toán\n"
        "ngân sách nhà nước hằng năm của các bộ, cơ quan trung ương.\n\n"
        "2. Ủy ban nhân dân các tỉnh,\n"
        "thành phố trực thuộc trung ương tổng hợp, trình Hội đồng nhân dân cùng cấp bố\n"
        "trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước." + _SIGNED
    )
    actions = parse_text(page, org, calendar).actions
    assert [a.lead_unit for a in actions] == [
        "Bộ Tài chính",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]
    assert actions[1].text.startswith("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương")
