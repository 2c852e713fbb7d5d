"""Round 20: a department's signer block under "TL. CỤC TRƯỞNG". The head of a board signs in
a title a page wrapped after its comma ("TRƯỞNG BAN BAN KIỂM TRA," / "THANH TRA NỘI BỘ"): one
title over the two lines. A deputy signs "KT." the head of the board, whose long name the
page ran into the deputy's own line ("KT. TRƯỞNG BAN KIỂM TRA" / "NỘI BỘ PHÓ TRƯỞNG BAN"):
the title is the deputy's, "PHÓ ..."."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.round20_letters import department_letter, read

_BODY = "Cục Thuế đề nghị Thuế tỉnh Lạng Sơn gửi hồ sơ kiểm tra nội bộ năm 2025 về Cục Thuế."


def _signer(org: OrgDirectory, calendar: WorkingCalendar, block: str) -> tuple[object, ...]:
    letter = department_letter(_BODY, department="CỤC THUẾ", signer=f"TL. CỤC TRƯỞNG\n{block}")
    signer = read(letter, org, calendar).signer
    assert signer is not None
    return signer.capacity, signer.title, signer.name


def test_a_title_wrapped_after_its_comma_is_read_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    block = "TRƯỞNG BAN BAN KIỂM TRA,\nTHANH TRA NỘI BỘ\nLý Thị Hồng Nhung"
    assert _signer(org, calendar, block) == (
        "TL.",
        "TRƯỞNG BAN BAN KIỂM TRA, THANH TRA NỘI BỘ",
        "Lý Thị Hồng Nhung",
    )


def test_a_deputy_title_after_the_wrapped_capacity_on_its_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    block = "KT. TRƯỞNG BAN KIỂM TRA\nNỘI BỘ PHÓ TRƯỞNG BAN\nLý Thị Hồng Nhung"
    assert _signer(org, calendar, block) == ("KT.", "PHÓ TRƯỞNG BAN", "Lý Thị Hồng Nhung")


def test_the_capacity_wrapped_onto_a_line_of_its_own_still_reads(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    block = "KT. TRƯỞNG BAN BAN KIỂM TRA,\nTHANH TRA NỘI BỘ\nPHÓ TRƯỞNG BAN\nLý Thị Hồng Nhung"
    assert _signer(org, calendar, block) == ("KT.", "PHÓ TRƯỞNG BAN", "Lý Thị Hồng Nhung")
