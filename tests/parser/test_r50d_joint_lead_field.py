"""Round 50d: a "Cơ quan thực hiện:" field that lists several bodies names them jointly as
leads, and a plural among them stays ("... Thông tấn xã Việt Nam và các cơ quan báo chí,
phát thanh, truyền hình khác": README, plurals named jointly with the lead as leads stay),
while the "Cơ quan phối hợp:" field still leaves its unnamed plurals out."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed


def test_a_plural_among_joint_leads_stays(org: OrgDirectory, calendar: WorkingCalendar) -> None:
    page = (
        "QUYẾT ĐỊNH\n\n"
        "Điều 1. Ban hành Kế hoạch triển khai thi hành Luật.\n\n"
        "**II. NỘI DUNG**\n\n"
        "1. Tổ chức tuyên truyền, phổ biến, giáo dục pháp luật về bảo vệ dữ liệu cá nhân\n\n"
        "- Cơ quan thực hiện: Bộ Công\n"
        "an, Bộ Tư pháp, Thông tấn xã Việt Nam và các cơ quan\n"
        "báo chí, phát thanh, truyền hình khác.\n\n"
        "- Cơ quan phối hợp: các bộ,\n"
        "cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, thành phố\n"
        "trực thuộc trung ương.\n\n"
        "- Thời gian thực hiện: năm 2025 và các năm tiếp theo."
        + signed("KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG")
    )
    (action,) = parse_text(page, org, calendar).actions
    assert action.lead_unit == "Bộ Công an"
    assert action.coordinating_units == [
        "Bộ Tư pháp",
        "Thông tấn xã Việt Nam",
        "các cơ quan báo chí, phát thanh, truyền hình khác",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
    ]
