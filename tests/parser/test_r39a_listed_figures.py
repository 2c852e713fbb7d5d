"""Round 39a: a paragraph that asks bodies for a report and ends in a colon ("... báo cáo số
liệu ... bao gồm:") over lines that only list what it asks for (the report's figures, noun
phrases: "(1). Tổng số gói thầu ...") is no heading: it is the task, those lines in its text
with their markers (README, session 17: "the lines in its text", 121/02 action 16). Lines that
give work of their own ("(1). Rà soát ...") stay tasks of their own."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.signed import signed

_SIGNED = signed("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
_LETTER = (
    "Kính gửi:\n- Các sở, ban, ngành thuộc tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
    "UBND tỉnh yêu cầu các sở, ban, ngành, UBND các xã, phường thực hiện một số nội dung\n"
    "sau:\n\n"
    "**1. Về công tác báo cáo:**\n\n"
    "*1.1. Báo cáo định kỳ hàng tháng:*\n\n"
    "Yêu cầu UBND các xã, phường, các sở, ban, ngành báo cáo số liệu định kỳ hàng tháng về\n"
    "công tác đấu thầu, cập nhật thường xuyên thông qua Hệ thống mạng đấu thầu quốc gia\n"
    "{intro}\n\n{items}\n\n"
    "*1.2. Báo cáo hàng năm:*\n\n"
    "Yêu cầu các sở, ban, ngành báo cáo tình hình thực hiện hoạt động đấu thầu hàng năm của\n"
    "đơn vị mình trên Hệ thống mạng đấu thầu quốc gia." + _SIGNED
)
_FIGURES = (
    "(1). Tổng số gói thầu theo kế hoạch được duyệt trong kỳ báo cáo;\n\n"
    "(2). Tổng giá trị gói thầu trong kỳ báo cáo;\n\n"
    "(3). Tỷ lệ tiết kiệm trong đấu thầu."
)


def test_the_figures_a_report_lists_are_in_its_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    page = _LETTER.format(intro="bao gồm:", items=_FIGURES)
    actions = parse_text(page, org, calendar).actions
    assert len(actions) == 2
    assert actions[0].text == (
        "Yêu cầu UBND các xã, phường, các sở, ban, ngành báo cáo số liệu định kỳ hàng tháng về "
        "công tác đấu thầu, cập nhật thường xuyên thông qua Hệ thống mạng đấu thầu quốc gia "
        "bao gồm: (1). Tổng số gói thầu theo kế hoạch được duyệt trong kỳ báo cáo; (2). Tổng "
        "giá trị gói thầu trong kỳ báo cáo; (3). Tỷ lệ tiết kiệm trong đấu thầu"
    )
    assert actions[0].lead_unit == "UBND các xã, phường"


def test_dashed_figures_under_the_contents_that_follow_are_in_its_text(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = "- Số gói thầu đã tổ chức lựa chọn nhà thầu;\n\n- Tổng giá trị trúng thầu."
    page = _LETTER.format(intro="với các nội dung sau:", items=items)
    actions = parse_text(page, org, calendar).actions
    assert len(actions) == 2
    assert actions[0].text.endswith(
        "với các nội dung sau: - Số gói thầu đã tổ chức lựa chọn nhà thầu; - Tổng giá trị "
        "trúng thầu"
    )


def test_lines_that_give_work_stay_tasks_of_their_own(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    items = (
        "(1). Rà soát số gói thầu theo kế hoạch được duyệt;\n\n"
        "(2). Tổng hợp giá trị trúng thầu trong kỳ báo cáo."
    )
    page = _LETTER.format(intro="như sau:", items=items)
    actions = parse_text(page, org, calendar).actions
    assert [a.text[:12] for a in actions[:2]] == ["Rà soát số g", "Tổng hợp giá"]
