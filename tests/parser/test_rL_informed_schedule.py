"""A centre that announces its own course schedule ("... thông báo lịch tập huấn ... cụ thể như
sau:" over its length, audience, fee and bank details) and asks only in one closing sentence
that it hopes for ("kính mong Thủ trưởng các đơn vị ..."): the items say what the course is, no
task; the hope asks the bodies for work of their own (a made-up letter no corpus holds)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH PHÚ\nTRUNG TÂM BỒI DƯỠNG NGHIỆP VỤ\n"
    "Số: 41/TTBD-NV\nBình Phú, ngày 3 tháng 10 năm 2025\n"
    "V/v lịch tập huấn kỹ năng số tháng 11/2025\n\n"
    "Kính gửi: Hiệu trưởng các trường trung học trên địa bàn tỉnh.\n\n"
    "Căn cứ chức năng, nhiệm vụ được giao, Trung tâm Bồi dưỡng Nghiệp vụ thông báo lịch "
    "tập huấn kỹ năng số cho giáo viên trong tháng 11 năm 2025 cụ thể như sau:\n"
    "1. Thời gian tập huấn\n"
    "Từ ngày 08/11/2025 đến ngày 15/11/2025, học trực tuyến buổi sáng.\n"
    "2. Đối tượng tập huấn\n"
    "Giáo viên các trường trung học đăng ký tham gia tại cổng thông tin của Trung tâm.\n"
    "3. Kinh phí và cách nộp\n"
    "Kinh phí: 300.000 đồng/học viên.\n"
    "Tài khoản nhận: Đơn vị: Trung tâm Bồi dưỡng Nghiệp vụ Số tài khoản: 0123 4567 "
    "Nội dung nộp tiền:\n"
    "- Đối với đăng ký tập thể: [Tên trường - Số học viên - Tập huấn kỹ năng số]\n\n"
    "Trung tâm kính mong Thủ trưởng các đơn vị triển khai thông báo này tới giáo viên để "
    "biết và đăng ký tham gia.\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn An\n"


def test_a_course_the_letter_announces_is_no_task_and_its_hope_asks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER + TAIL, org, calendar)
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        (
            "các đơn vị",
            "Trung tâm kính mong Thủ trưởng các đơn vị triển khai thông báo này tới giáo viên "
            "để biết và đăng ký tham gia",
        )
    ]
