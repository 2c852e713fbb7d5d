"""Round rK: the Government as the doer the National Assembly and its Standing Committee charge
("Chính phủ chịu trách nhiệm trước Quốc hội trong việc:" over lettered items, "Giao Chính phủ
..."): in their resolutions "Chính phủ" is a body that takes tasks, though elsewhere it is the
author of a cited decree or the issuer speaking."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_ASSEMBLY = (
    "QUỐC HỘI  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc \n"
    "Nghị quyết số: 301/2025/QH15 | Hà Nội, ngày 20 tháng 11 năm 2025\n\n"
    "NGHỊ QUYẾT\n\nVỀ CHỦ TRƯƠNG ĐẦU TƯ DỰ ÁN HỒ CHỨA NƯỚC BẢN MÒNG\n\nQUỐC HỘI\n\n"
    "Căn cứ Luật Đầu tư công số 58/2024/QH15;\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1\n\nQuyết định chủ trương đầu tư Dự án hồ chứa nước Bản Mòng.\n\n"
    "Điều 2\n\n1. Chính phủ chịu trách nhiệm trước Quốc hội trong việc:\n\n"
    "a) Chỉ đạo lập, thẩm định, phê duyệt Dự án theo đúng Nghị quyết này; kiểm tra việc bố "
    "trí vốn và chất lượng công trình;\n\n"
    "b) Tổ chức thực hiện Dự án công khai, minh bạch, không để thất thoát; hằng năm báo cáo "
    "Quốc hội về tiến độ Dự án.\n\n"
    "2. Chính quyền địa phương chịu trách nhiệm trước Chính phủ trong việc bảo đảm tiến độ "
    "giải phóng mặt bằng của Dự án.\n\n"
    "Điều 3\n\n1. Kiểm toán nhà nước, trong phạm vi nhiệm vụ, quyền hạn của mình, kiểm toán "
    "việc thực hiện Dự án theo Nghị quyết này.\n\n"
    "Nghị quyết này được Quốc hội khóa XV, Kỳ họp thứ 10 thông qua ngày 20 tháng 11 năm 2025.\n"
    "\nCHỦ TỊCH QUỐC HỘI Đỗ Văn Khang\n"
)


def test_the_governments_duties_to_the_assembly_are_its_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_ASSEMBLY, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Chính phủ", "Chính phủ", "Kiểm toán nhà nước"]
    assert actions[0].text.startswith("Chỉ đạo lập, thẩm định")
    assert actions[1].text.startswith("Tổ chức thực hiện Dự án công khai")


_STANDING = (
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 512/NQ-UBTVQH15\nHà Nội, ngày 5 tháng 6 năm 2025\n\n"
    "NGHỊ QUYẾT\nVỀ VIỆC HỖ TRỢ KINH PHÍ KHẮC PHỤC HẠN HÁN\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
    "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1. Hỗ trợ 300 tỷ đồng từ dự phòng ngân sách trung ương cho các tỉnh bị hạn hán.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Giao Chính phủ phân bổ kinh phí hỗ trợ và báo cáo kết quả tại phiên họp tháng 10 "
    "năm 2025 của Ủy ban Thường vụ Quốc hội.\n"
    "2. Hội đồng Dân tộc, các Ủy ban của Quốc hội giám sát việc thực hiện Nghị quyết này.\n\n"
    "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\nĐỗ Văn Khang\n"
)


def test_the_standing_committee_hands_the_government_a_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_STANDING, org, calendar).actions
    assert actions[0].lead_unit == "Chính phủ"
    assert actions[0].text.startswith("Giao Chính phủ phân bổ kinh phí")
