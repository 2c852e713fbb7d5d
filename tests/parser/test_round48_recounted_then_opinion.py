"""Round 48 (batch 183): a letter that first recounts what other documents asked, on days gone
by ("Ngày 28/5/2026, UBND tỉnh ban hành Phương án số ...; theo đó, UBND tỉnh giao nhiệm vụ:",
"Ngày 29/6/2026, ... Kết luận thanh tra số ... đề nghị Giám đốc Sở X:"), gives none of those
requests itself; its own come after "Sở X có ý kiến như sau:", where an item that hands a body
work ("2. Giao Văn phòng Đăng ký đất đai ...") is a task as an item that asks one is."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

_LETTER = """UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 8701/SNNMT-QLĐĐ
V/v cấp Giấy chứng nhận cho các cơ sở nhà, đất dôi dư
Gia Lai, ngày 06 tháng 8 năm 2026

Kính gửi: UBND các xã, phường

Ngày 28/5/2026, UBND tỉnh ban hành Phương án số 05/PA-UBND; theo đó, UBND tỉnh
giao nhiệm vụ:
UBND các xã, phường (tiết a điểm 1 Mục IV): khẩn trương hoàn thiện hồ sơ pháp lý về đất.
Sở Tài chính (điểm 6 Mục IV) chủ trì tổng hợp danh mục cơ sở nhà, đất dôi dư, báo cáo UBND tỉnh
chậm nhất ngày 30/6/2026.

Ngày 29/6/2026, Chánh Thanh tra tỉnh ban hành Kết luận thanh tra số 18/KL-TTT đề nghị
Giám đốc Sở Nông nghiệp và Môi trường:
- Chủ trì rà soát, đo đạc lại ranh giới các cơ sở nhà, đất có chênh lệch.
- Chỉ đạo Văn phòng Đăng ký đất đai hướng dẫn đăng ký biến động đất đai.

Sở Nông nghiệp và Môi trường có ý kiến như sau:
1. Đề nghị UBND các xã, phường khẩn trương hoàn thiện hồ sơ pháp lý về đất của các cơ sở.
2. Giao Văn phòng Đăng ký đất đai khẩn trương giải quyết hồ sơ cấp Giấy chứng nhận cho các
cơ sở.

Nơi nhận:
- Như trên;
- Lưu: VT, QLĐĐ.
GIÁM ĐỐC

Cao Thanh Thương
"""


def test_only_the_letters_own_requests_are_tasks(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_LETTER, org, calendar).actions
    assert [a.lead_unit for a in actions] == ["UBND các xã, phường", "Văn phòng Đăng ký đất đai"]
