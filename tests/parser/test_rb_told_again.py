"""Round rB: in the issuer's answer, once it has asked a body by name ("2. Đề nghị Cục Hải
quan ..."), a later item that opens with that body again, after the case it singles out or
not, and tells it what to do, is the body's task too. Made-up letter, no corpus text."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "TỔNG CỤC HẢI QUAN\nSố: 812/TCHQ-GSQL\nHà Nội, ngày 03 tháng 3 năm 2025\n\n"
    "V/v rà soát hồ sơ miễn thuế hàng tạm nhập\n\n"
    "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n\n"
    "Tổng cục Hải quan nhận được phản ánh của một số doanh nghiệp về hồ sơ miễn thuế hàng "
    "tạm nhập. Về việc này, Tổng cục Hải quan có ý kiến như sau:\n"
    "1. Hàng tạm nhập tái xuất chưa đủ hồ sơ thì chưa đủ điều kiện miễn thuế.\n"
    "2. Đề nghị Cục Hải quan kiểm tra lại các hồ sơ miễn thuế đã tiếp nhận trên địa bàn.\n"
    "3. Đối với các hồ sơ đã giải quyết trong năm 2024: Cục Hải quan lập danh sách và gửi "
    "về Tổng cục Hải quan chậm nhất ngày 20/3/2025.\n"
    "4. Cục Hải quan quán triệt nội dung công văn này tới các Chi cục trực thuộc.\n"
    "5. Các hồ sơ nộp sau ngày 01/4/2025 được giải quyết theo quy trình mới.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\n"
    "Trần Văn Bình\n"
)


def test_later_items_naming_the_asked_body_again_are_its_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER, org, calendar)
    assert [a.text[:24] for a in record.actions] == [
        "Đề nghị Cục Hải quan kiể",
        "Đối với các hồ sơ đã giả",
        "Cục Hải quan quán triệt ",
    ]
    assert [a.lead_unit for a in record.actions[1:]] == ["Cục Hải quan"] * 2
    assert record.actions[1].deadline is not None
