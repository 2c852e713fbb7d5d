"""Round rP: partners after "phối hợp với" that share one word or carry a shortened place.

- "phối hợp với Sở Ngoại vụ và các Sở: Kế hoạch và Đầu tư, Công Thương và các cơ quan liên
  quan": the kind's list past its colon, later in the list too, is one partner a name, each with
  the kind's word ("Sở Kế hoạch và Đầu tư"), the unnamed plural after it left out;
- "phối hợp với ..., Tập đoàn VNPT, MobiFone": enterprises of one kind by their short names,
  each "Tập đoàn X";
- "phối hợp với ... Ủy ban nhân dân TP. Hải Phòng": the stop of "TP." parts no partners.
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_PAGE = (
    "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\n\nSố: 415/UBND-KT\n\nThái Bình, ngày 12 tháng 5 năm 2025\n\n"
    "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
    "Ủy ban nhân dân tỉnh chỉ đạo như sau:\n\n"
    "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Ngoại vụ và các Sở: Kế hoạch và Đầu tư,\n"
    "Công Thương và các cơ quan liên quan xây dựng phương án xúc tiến thương mại năm 2025.\n\n"
    "2. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành, Tập đoàn VNPT,\n"
    "MobiFone khẩn trương hoàn thiện nền tảng giám sát chỉ số chuyển đổi số của tỉnh.\n\n"
    "3. Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính và Ủy ban nhân dân TP. Hải Phòng\n"
    "rà soát phương án kết nối tuyến đường ven biển.\n"
) + signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")


def test_partners_sharing_a_word(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    first, second, third = parse_text(_PAGE, org, calendar).actions
    assert first.coordinating_units == [
        "Sở Ngoại vụ",
        "Sở Kế hoạch và Đầu tư",
        "Sở Công Thương",
    ]
    assert second.coordinating_units == ["Tập đoàn VNPT", "Tập đoàn MobiFone"]
    assert third.coordinating_units == ["Sở Tài chính", "Ủy ban nhân dân TP. Hải Phòng"]
