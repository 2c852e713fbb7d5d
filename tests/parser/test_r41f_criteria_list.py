"""Round 41f: a list counted "1)" under sections numbered "1.", "1.1." is a list of its own,
one level below them; when an intro says the items are criteria ("..., các Cục Thuế và Chi
cục Thuế cần lưu ý các tiêu chí nhận dạng sau:") they are what to look for, no tasks, and the
prose after the list stays in its section, so the next section keeps the letter's leads; the
office "Phòng kiểm tra thuế" in lower case is a name, its "kiểm tra" no verb (132/02)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\nSố: 2710/TCT-TTr\n\nHà Nội, ngày 01 tháng 7 năm 2014\n\n"
    "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương\n\n"
    "Tổng cục Thuế yêu cầu Cục trưởng Cục Thuế thực hiện ngay các giải pháp sau:\n"
    "1. Tổ chức nhận dạng các doanh nghiệp mua bán hóa đơn bất hợp pháp.\n"
    "1.1. Tiêu chí nhận dạng các doanh nghiệp:\n"
    "Căn cứ quy định tại Thông tư số 39/2014/TT-BTC ngày 31/3/2014 của Bộ Tài chính, các Cục\n"
    "Thuế và Chi cục Thuế cần lưu ý các tiêu chí nhận dạng sau:\n"
    "1) Các cơ sở mới thành lập có một trong các dấu hiệu sau: không góp vốn điều lệ.\n"
    "2) Các doanh nghiệp có số lượng hóa đơn sử dụng trong kỳ tăng đột biến.\n"
    "Số lượng hóa đơn xóa bỏ lớn.\n"
    "3) Các doanh nghiệp không nộp báo cáo tài chính.\n"
    "Tùy tình hình thực tế, các Cục Thuế có thể bổ sung thêm các tiêu chí phù hợp.\n"
    "1.2. Tiến hành nhận dạng các doanh nghiệp theo phương thức sau:\n"
    "- Cục Thuế tổ chức rà soát tập trung để đưa ra danh sách cảnh báo doanh nghiệp;\n"
    "- Phòng kiểm tra thuế, Chi cục Thuế tổ chức rà soát và đưa ra danh sách doanh nghiệp.\n"
) + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")


def test_criteria_are_no_tasks(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_PAGE, org, calendar).actions
    assert [a.text[:30] for a in actions] == [
        "Cục Thuế tổ chức rà soát tập t",
        "Phòng kiểm tra thuế, Chi cục T",
    ]
