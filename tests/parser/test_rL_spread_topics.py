"""A union that informs its units of a programme and asks them to pass it on, topic by topic
("... thông báo đến các đơn vị và đề nghị Thủ trưởng ... phổ biến ... với nội dung như sau:"
over "1. Về đối tượng:" / "...", "2. Về mức hỗ trợ:" / "..."): one task, its topics in its
text with their numbers; the paragraph after the last topic's is prose again, and a later
request after what it concluded and its purpose ("Do đó để ...; Ban X đề nghị ...") is a task
of its own (a made-up letter no corpus holds)."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

LETTER = (
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHÚ\nCÔNG ĐOÀN Y TẾ\nSố: 57/CV-CĐYT\n"
    "Bình Phú, ngày 10 tháng 4 năm 2024\n"
    "V/v phổ biến chương trình hỗ trợ học phí cho con đoàn viên\n\n"
    "Kính gửi: Chủ tịch công đoàn cơ sở các bệnh viện.\n\n"
    "Căn cứ Kế hoạch số 12/KH-LĐLĐ ngày 01/4/2024 của Liên đoàn Lao động tỉnh Bình Phú.\n"
    "Ban Thường vụ Công đoàn Y tế tỉnh thông báo đến các đơn vị và đề nghị Thủ trưởng các "
    "đơn vị phối hợp phổ biến đến đoàn viên chương trình hỗ trợ học phí dành cho đối tượng "
    "là con đoàn viên với nội dung như sau:\n"
    "1. Về đối tượng được hỗ trợ:\n"
    "Con của đoàn viên đang học tại các trường phổ thông trên địa bàn tỉnh.\n"
    "2. Về mức hỗ trợ:\n"
    "Mỗi suất hỗ trợ là 2.000.000 đồng/năm học.\n"
    "3. Về hồ sơ:\n"
    "Đơn đề nghị có xác nhận của công đoàn cơ sở.\n"
    "Chương trình thể hiện sự quan tâm của tổ chức công đoàn đối với đoàn viên.\n"
    "Do đó để chương trình đến được với đoàn viên; Ban Thường vụ Công đoàn Y tế tỉnh đề nghị "
    "Thủ trưởng các đơn vị hướng dẫn đoàn viên lập hồ sơ theo thông tin nêu trên.\n"
)
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Thị Hoa\n"


def test_a_request_to_pass_on_topics_is_one_task_and_the_later_request_another(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(LETTER + TAIL, org, calendar)
    assert [a.text for a in record.actions] == [
        "Ban Thường vụ Công đoàn Y tế tỉnh thông báo đến các đơn vị và đề nghị Thủ trưởng các "
        "đơn vị phối hợp phổ biến đến đoàn viên chương trình hỗ trợ học phí dành cho đối tượng "
        "là con đoàn viên với nội dung như sau: 1. Về đối tượng được hỗ trợ: Con của đoàn "
        "viên đang học tại các trường phổ thông trên địa bàn tỉnh. 2. Về mức hỗ trợ: Mỗi suất "
        "hỗ trợ là 2.000.000 đồng/năm học. 3. Về hồ sơ: Đơn đề nghị có xác nhận của công đoàn "
        "cơ sở",
        "Do đó để chương trình đến được với đoàn viên; Ban Thường vụ Công đoàn Y tế tỉnh đề "
        "nghị Thủ trưởng các đơn vị hướng dẫn đoàn viên lập hồ sơ theo thông tin nêu trên",
    ]
