"""Round 13 (b): a letter's last ask ("Sở X yêu cầu Công ty ... nghiêm túc thực hiện; trong
quá trình thực hiện có khó khăn vướng mắc kịp thời phản ánh về Sở X ...") is a closing
formula, on a synthetic snippet, as "Trong quá trình thực hiện, nếu có ..." already was."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_plans import TAIL


def test_the_last_ask_to_carry_out_and_report_difficulties_is_no_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(
        "UBND TỈNH HÒA BÌNH\nSỞ XÂY DỰNG\nSố: 121/SXD-QLXD\nHòa Bình, ngày 3 tháng 3 năm 2025\n"
        "V/v thực hiện quy định sau khi được cấp giấy phép\n\n"
        "Kính gửi: Công ty TNHH Xây dựng Minh Phát\n\n"
        "Sở Xây dựng đề nghị Công ty thực hiện các nội dung sau:\n"
        "- Thực hiện thông báo khởi công với cơ quan quản lý.\n"
        "- Bảo đảm an toàn lao động tại công trường.\n"
        "Sở Xây dựng yêu cầu Công ty TNHH Xây dựng Minh Phát nghiêm túc thực hiện; trong quá "
        "trình thực hiện có khó khăn vướng mắc kịp thời phản ánh về Sở Xây dựng để được hướng "
        "dẫn thực hiện đúng quy định./.\n" + TAIL,
        org,
        calendar,
    )
    assert [a.text[:22] for a in record.actions] == [
        "Thực hiện thông báo kh",
        "Bảo đảm an toàn lao độ",
    ]
