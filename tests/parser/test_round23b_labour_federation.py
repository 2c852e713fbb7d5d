"""Round 23b: "Liên đoàn Lao động" (the labour federation) opens a body's name like "Liên minh
Hợp tác xã" or "Hội Nông dân"; a heading naming it jointly with others ("15. Liên đoàn Lao
động, Hội Nông dân, Liên minh Hợp tác xã") makes it the lead, the others joint leads. The
parser did not know the word as a body's and gave the heading's tasks to the second body."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 121/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 12 tháng 10 năm 2025

KẾ HOẠCH
Phát triển kinh tế số giai đoạn 2025-2030

I. MỤC TIÊU

Phát triển kinh tế số trên địa bàn tỉnh.

II. TỔ CHỨC THỰC HIỆN

1. Tỉnh đoàn

Chỉ đạo các cơ sở Đoàn tham gia hỗ trợ người dân sử dụng dịch vụ số.

2. Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác xã

Xây dựng kế hoạch hành động, chỉ đạo hệ thống tổ chức thành viên tham gia ứng dụng công nghệ
số.

Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def test_the_labour_federation_leads_the_joint_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    assert [(a.lead_unit, a.coordinating_units) for a in actions] == [
        ("Tỉnh đoàn", []),
        ("Liên đoàn Lao động", ["Hội Nông dân", "Liên minh Hợp tác xã"]),
    ]
