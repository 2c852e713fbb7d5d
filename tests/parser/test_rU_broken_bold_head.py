"""A PDF-to-Markdown plan whose item heading "**2. Đề nghị Ban A, Hội Liên hiệp**"
closes its bold at a column's end and goes on in a second bold paragraph ("**Nông dân
tỉnh và ...**"): the two are one heading, so its rest is no task of its own and the
bodies it names are whole (batch-6/05's shape)."""

from __future__ import annotations

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text

PLAN = (
    "**ỦY BAN NHÂN DÂN**\n\n**TỈNH BÌNH AN**\n\nSố: 412/KH-UBND\n\n"
    "*Bình An, ngày 03 tháng 3 năm 2026*\n\n"
    "**KẾ HOẠCH**\n\n**Phát triển nghề đan lát năm 2026**\n\n"
    "**I. TỔ CHỨC THỰC HIỆN**\n\n"
    "**1. Sở Công Thương**\n\n"
    "- Hướng dẫn các làng nghề đăng ký nhãn hiệu tập thể.\n\n"
    "**2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp**\n\n"
    "**Nông dân tỉnh và các tổ chức thành viên**\n\n"
    "- Tham gia vận động hộ gia đình giữ gìn nghề truyền thống.\n\n"
    "- Giới thiệu sản phẩm đan lát tại các phiên chợ quê.\n\n"
    "**3. Ủy ban nhân dân các xã**\n\n"
    "Lập danh sách hộ làm nghề đan lát trên địa bàn.\n\n"
    "**TM. ỦY BAN NHÂN DÂN**\n\n**CHỦ TỊCH**\n\n**Trần Văn Bình**\n"
)


def test_a_bold_heading_broken_over_two_paragraphs_is_one_heading(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    actions = parse_text(PLAN, org, calendar).actions
    texts = [action.text for action in actions]
    assert not any(text.startswith("Nông dân") for text in texts)
    vận_động = next(action for action in actions if action.text.startswith("Tham gia vận động"))
    assert vận_động.lead_unit == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert "Hội Liên hiệp Nông dân tỉnh" in vận_động.coordinating_units


_BREAK = "Hội Liên hiệp**\n\n**Nông dân"


@pytest.mark.parametrize(
    "between",
    ["\n\n\n", "\n\n- 4 -\n\n"],
    ids=["blank-lines-doubled", "page-number-between"],
)
def test_the_broken_heading_read_alike_over_more_blank_lines(
    org: OrgDirectory, calendar: WorkingCalendar, between: str
) -> None:
    """The two paragraphs with more blank lines between them (a source that doubles them, a
    page break's "- 4 -" the page drops) are the same heading."""
    plain = parse_text(PLAN, org, calendar).actions
    spread = PLAN.replace(_BREAK, _BREAK.replace("\n\n", between))
    assert spread != PLAN
    assert [
        (a.text, a.lead_unit, a.coordinating_units)
        for a in parse_text(spread, org, calendar).actions
    ] == [(a.text, a.lead_unit, a.coordinating_units) for a in plain]
