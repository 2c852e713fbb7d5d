"""Round 40b: a letter that introduces what is new in a circular ("V/v giới thiệu nội dung mới
của Thông tư số ...") asks its addressees to disseminate it in one sentence and then sets the
new content out ("Một số nội dung sửa đổi, bổ sung mới của Thông tư số ... như sau:"): the
request is the one task, its text the request's own sentence (not the background before it),
and the content below, numbered topics, "-" items naming those it concerns, "Trước:" notes,
is the issuer's exposition, no task, as the issuer's guidance is (README)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "TỔNG CỤC THUẾ\n\nSố: 4300/TCT-CS\n\nV/v giới thiệu nội dung mới của Thông tư số "
    "88/2014/TT-BTC\n\nHà Nội, ngày 02 tháng 10 năm 2014\n\n"
    "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n\n"
    "Bộ Tài chính đã ban hành Thông tư số 88/2014/TT-BTC ngày 06/8/2014 hướng dẫn nghĩa vụ\n"
    "thuế của nhà thầu nước ngoài. Tổng cục Thuế đề nghị các Cục Thuế phổ biến, thông báo cho\n"
    "cán bộ thuế và người nộp thuế trên địa bàn các nội dung mới của Thông tư số 88/2014/TT-BTC\n"
    "để thực hiện. Một số nội dung sửa đổi, bổ sung mới của Thông tư số 88/2014/TT-BTC như sau:\n\n"
    "1. Về đối tượng áp dụng:\n\n"
    "- Tổ chức, cá nhân nước ngoài sử dụng kho ngoại quan làm kho hàng hóa để phụ trợ cho\n"
    "hoạt động vận tải quốc tế.\n\n"
    "Trước: không quy định.\n\n"
    "2. Về phương pháp tính thuế:\n\n"
    "- Nhà thầu nước ngoài tự khai, nộp thuế GTGT theo phương pháp khấu trừ.\n\n"
    "Trước: không quy định.\n"
) + signed("KT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG")


def test_the_request_is_the_one_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    found = [(a.lead_unit, a.text[:45]) for a in parse_text(_PAGE, org, calendar).actions]
    assert found == [("các Cục Thuế", "Tổng cục Thuế đề nghị các Cục Thuế phổ biến, ")]
