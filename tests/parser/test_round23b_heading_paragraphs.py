"""Round 23b: a plan's "Tổ chức thực hiện" names a body on a heading line ("5. Sở Công
Thương") and sets its tasks under it as paragraphs without markers; each paragraph is a task
of that body (a heading whose body is one paragraph being one task), while a paragraph that
only dates the task above ("Đảm bảo hoàn thành trong quý I/2026") or states a case of it stays
in its text. The parser joined every paragraph under the heading into the first one."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_PLAN = """ỦY BAN NHÂN DÂN TỈNH BẮC NINH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 120/KH-UBND

Bắc Ninh, ngày 10 tháng 10 năm 2025

KẾ HOẠCH
Phát triển thương mại điện tử giai đoạn 2025-2030

I. MỤC TIÊU

Phát triển thương mại điện tử trên địa bàn tỉnh.

II. TỔ CHỨC THỰC HIỆN

**1. Sở Công Thương**

Chủ trì triển khai các nhiệm vụ tại mục (IV) (3) của Kế hoạch.

Tăng cường quản lý, thanh tra, kiểm tra về thương mại điện tử trên môi trường mạng.

**2. Sở Y tế**

Khẩn trương hoàn thiện dự thảo quy định về thanh toán điện tử trong y tế.

Đảm bảo hoàn thành trong quý I/2026.

**3. Tỉnh đoàn**

Chỉ đạo hệ thống tổ chức Đoàn các cấp tham gia mạng lưới hỗ trợ người dân. Triển khai
nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch.

Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Mai Sơn
"""


def test_each_paragraph_under_a_body_heading_is_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN, org, calendar).actions
    assert [(a.lead_unit, a.text[:30]) for a in actions] == [
        ("Sở Công Thương", "Chủ trì triển khai các nhiệm v"),
        ("Sở Công Thương", "Tăng cường quản lý, thanh tra,"),
        ("Sở Y tế", "Khẩn trương hoàn thiện dự thảo"),
        ("Tỉnh đoàn", "Chỉ đạo hệ thống tổ chức Đoàn "),
    ]
    assert actions[2].text.endswith(". Đảm bảo hoàn thành trong quý I/2026")
    assert actions[2].deadline_text == "trong quý I/2026"
