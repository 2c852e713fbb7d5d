"""Round 13 (b): a letter to a company that asks "Công ty" by its kind, on synthetic snippets.

The lead-in "Sở X đề nghị Công ty thực hiện ... các nội dung sau:" names the body asked as
the letter writes it, and its items are that body's tasks; a reply's advice to apply the law
it explained ("Đề nghị Công ty căn cứ ... để thực hiện đúng quy định.") is no task."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_plans import TAIL

HEAD = (
    "UBND TỈNH HÒA BÌNH\nSỞ XÂY DỰNG\nSố: 120/SXD-QLXD\nHòa Bình, ngày 3 tháng 3 năm 2025\n"
    "V/v thực hiện quy định sau khi được cấp giấy phép xây dựng\n\n"
    "Kính gửi: Công ty TNHH Xây dựng Minh Phát\n\n"
)


def test_the_items_of_an_ask_to_the_company_by_its_kind_lead_with_that_name(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        HEAD + "Công ty TNHH Xây dựng Minh Phát được cấp phép xây dựng nhà xưởng. Để bảo đảm "
        "việc xây dựng theo quy định, Sở Xây dựng đề nghị Công ty thực hiện đầy đủ các nội "
        "dung sau:\n"
        "1. Trước khi khởi công\n"
        "- Thực hiện thông báo khởi công với cơ quan quản lý.\n"
        "- Lập hồ sơ hoàn công theo quy định.\n"
        "2. Trong quá trình thi công\n"
        "- Bảo đảm an toàn lao động tại công trường.\n" + TAIL,
        org,
        calendar,
    )
    assert [a.lead_unit for a in record.actions] == ["Công ty"] * 3


def test_a_replys_advice_to_apply_the_law_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        HEAD + "Căn cứ quy định trên, trường hợp hàng hóa của Công ty thuộc nhóm được giảm "
        "thuế thì áp dụng mức thuế suất 8%.\n"
        "Đề nghị Công ty căn cứ\n"
        "vào tình hình thực tế của đơn vị, đối chiếu với các quy định nêu trên để thực hiện "
        "đúng quy định.\n" + TAIL,
        org,
        calendar,
    )
    assert record.actions == []
