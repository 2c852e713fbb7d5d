"""Round 50 (batch 185): a close that looks back and then hands a body work of its own
("Trên đây là Kế hoạch .... Giao Sở Y tế theo dõi, ...") gives that task, from "Giao" on; a
close whose later sentence is only the formula asking everyone to carry it out gives none."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.blocks import Block
from directives.parser.clean import fold_keep
from directives.parser.later_requests import handed_on
from directives.parser.mentions import MentionFinder

_PLAN = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HÀ NỘI
Số: 144/KH-UBND Hà Nội, ngày 20 tháng 5 năm 2025

KẾ HOẠCH
Triển khai hồ sơ bệnh án điện tử

I. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì xây dựng và tổ chức thực hiện Kế hoạch.
{close}

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Vũ Thu Hà
"""
_HANDS = (
    "Trên đây là Kế hoạch triển khai hồ sơ bệnh án điện tử tại các bệnh viện trên địa bàn thành "
    "phố Hà Nội. Giao Sở Y tế phối hợp các đơn vị có liên quan theo dõi, đôn đốc, kiểm tra các "
    "bệnh viện thực hiện Kế hoạch này; tổng hợp kết quả báo cáo UBND Thành phố./."
)
_FORMULA = (
    "Trên đây là Kế hoạch triển khai hồ sơ bệnh án điện tử. Yêu cầu các sở, ban, ngành và các "
    "cơ quan, đơn vị có liên quan triển khai thực hiện; đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam "
    "thành phố phối hợp thực hiện./."
)


def test_a_close_that_hands_work_on_gives_that_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(_PLAN.format(close=_HANDS), org, calendar).actions
    assert [a.lead_unit for a in actions] == ["Sở Y tế", "Sở Y tế"]
    assert actions[1].text.startswith("Giao Sở Y tế phối hợp các đơn vị")


def test_only_work_handed_is_taken_from_a_close(org: OrgDirectory) -> None:
    find = MentionFinder(org, False)
    handed = handed_on(Block(None, _HANDS, fold_keep(_HANDS)), find)
    assert handed is not None and handed.text.startswith("Giao Sở Y tế")
    assert handed_on(Block(None, _FORMULA, fold_keep(_FORMULA)), find) is None
