"""Round rK: the regime a resolution adopts for a project ("Dự án được áp dụng các cơ chế,
chính sách đặc thù sau đây:") lists what the project may use and what the communes do within
it; no task, down to the next article, whose duties are tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_RESOLUTION = (
    "QUỐC HỘI  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc \n"
    "Nghị quyết số: 318/2025/QH15 | Hà Nội, ngày 28 tháng 11 năm 2025\n\n"
    "NGHỊ QUYẾT\n\nVỀ CHỦ TRƯƠNG ĐẦU TƯ DỰ ÁN ĐƯỜNG VÀNH ĐAI BIÊN GIỚI\n\nQUỐC HỘI\n\n"
    "Căn cứ Luật Đầu tư công số 58/2024/QH15;\n\nQUYẾT NGHỊ:\n\n"
    "Điều 1\n\nQuyết định chủ trương đầu tư Dự án đường vành đai biên giới.\n\n"
    "Điều 2\n\nDự án được áp dụng các cơ chế, chính sách đặc thù sau đây:\n\n"
    "1. Cho phép áp dụng hình thức chỉ định thầu đối với các gói thầu tư vấn của Dự án;\n\n"
    "2. Về mỏ vật liệu xây dựng:\n\n"
    "a) Ủy ban nhân dân cấp xã tổ chức quản lý các mỏ đất đắp phục vụ Dự án theo quy định;\n\n"
    "b) Ủy ban nhân dân cấp xã tổ chức hoàn thổ các mỏ sau khi khai thác.\n\n"
    "Điều 3\n\n1. Kiểm toán nhà nước, trong phạm vi nhiệm vụ, quyền hạn của mình, kiểm toán "
    "việc thực hiện Dự án.\n\n"
    "Nghị quyết này được Quốc hội khóa XV, Kỳ họp thứ 10 thông qua ngày 28 tháng 11 năm 2025.\n"
    "\nCHỦ TỊCH QUỐC HỘI Đỗ Văn Khang\n"
)


def test_the_adopted_regimes_items_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_RESOLUTION, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Kiểm toán nhà nước"]
