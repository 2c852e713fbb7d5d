"""Round 13 (c): a decision's article on a body's powers, titled without a colon ("Điều 3.
Quyền hạn của Ban Chỉ đạo" over "1. ...", "2. Yêu cầu các Bộ, ngành ... cung cấp thông tin"),
heads its numbered powers, none of them a task, as its tasks' article above it does not."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_DECISION = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 90/QĐ-TTg\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 3 năm 2026\n\n"
    "QUYẾT ĐỊNH\nKiện toàn Ban Chỉ đạo cải cách thủ tục hành chính\n\n"
    "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n\nQUYẾT ĐỊNH:\n"
    "Điều 1. Kiện toàn Ban Chỉ đạo cải cách thủ tục hành chính.\n"
    "Điều 2. Nhiệm vụ của Ban Chỉ đạo:\n"
    "1. Nghiên cứu, đề xuất các giải pháp cải cách thủ tục hành chính.\n"
    "2. Giúp Thủ tướng Chính phủ theo dõi, đôn đốc các Bộ, ngành thực hiện cải cách.\n"
    "Điều 3. Quyền hạn của Ban Chỉ đạo\n"
    "1. Được mời tham dự các cuộc họp của các bộ, ngành liên quan đến nhiệm vụ.\n"
    "2. Yêu cầu các Bộ, ngành, địa phương và cơ quan nhà nước, các tổ chức, cá nhân báo cáo "
    "tình hình thực hiện thủ tục hành chính phục vụ nhiệm vụ của Ban Chỉ đạo.\n"
    "3. Tổ chức các đoàn làm việc, đôn đốc việc thực hiện các nhiệm vụ.\n"
    "Điều 4. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n\n"
    "THỦ TƯỚNG\n\nTrần Văn Minh\n"
)


def test_the_powers_a_decision_gives_a_body_are_no_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = parse_text(_DECISION, org, calendar)
    assert [a.text[:20] for a in record.actions] == ["Nghiên cứu, đề xuất ", "Giúp Thủ tướng Chính"]
