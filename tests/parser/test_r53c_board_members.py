"""Round 53c (batch 211/01): in a plan's duty list, a board's line that gives only how many
sit on it and who ("6. Ban giám khảo: 05 thành viên (BGH, Tổ trưởng)", its members' table
below) is the board's make-up, no task; the lines around it that give work stay tasks."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_LETTER = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐỒNG NAI
TRƯỜNG THCS LÊ QUÝ ĐÔN
Số: 45/KH-THCS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Biên Hòa, ngày 02 tháng 12 năm 2025
KẾ HOẠCH
Tổ chức Hội thi kể chuyện sách cấp trường năm học 2025-2026
I. PHÂN CÔNG TRÁCH NHIỆM
1. Đoàn trường: Tuyên truyền, vận động học sinh đăng ký dự thi.
2. Ban giám khảo: 03 thành viên (BGH, Tổ trưởng)
3. Ban Cơ sở vật chất: Chuẩn bị phòng thi, âm thanh và phần thưởng.
""" + signed("HIỆU TRƯỞNG", "Phạm Thị Lan")


def test_a_boards_make_up_is_no_task(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Đoàn trường", "Ban Cơ sở vật chất"]
