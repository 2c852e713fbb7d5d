"""Round 51c (batch 192): a letterhead the tax ebook split into text runs. A resolution's
code cut inside its term ("406/NQ-UBTVQH" / "1" / "5.") goes on with the term's digits, so
the subject ends there and the place-and-date line stays apart; a lone "5." never takes the
place-and-date line as its item's text; and an older number whose code is glued to its
digits and slashed ("Số: 255TCT/QĐ/KH", "Số: 2015 TCT/QĐ/TH") is the letter's number."""

from __future__ import annotations

from datetime import date

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from directives.parser.list_markers import join_lone_markers
from directives.parser.shreds import reflowed
from tests.parser.signed import signed

_FILL = "\n".join(
    ["Căn", "cứ Luật Lưu trữ, b", "ổ", "sung, cơ qu", "a", "n thuế t", "ha", "y thế;"] * 8
)


def test_a_resolutions_term_goes_on_after_a_run_break() -> None:
    runs = "V/v tri\nể\nn khai Nghị quyết s\nố\n406/NQ-UBTVQH\n1\n5.\nHà Nội, ngày\n29\nthang"
    lines = reflowed(_FILL + "\n" + runs).splitlines()
    assert any(line.endswith("406/NQ-UBTVQH15.") for line in lines)
    assert any(line.startswith("Hà Nội, ngày 29") for line in lines)


def test_a_lone_marker_never_takes_the_place_and_date() -> None:
    assert join_lone_markers(["5.", "Hà Nội, ngày 29 tháng 10 năm 2021"]) == [
        "5.",
        "Hà Nội, ngày 29 tháng 10 năm 2021",
    ]
    assert join_lone_markers(["2.", "Tăng cường kiểm tra."]) == ["2. Tăng cường kiểm tra."]


def test_an_older_number_with_its_code_glued_on(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    for number in ("255TCT/QĐ/KH", "2015 TCT/QĐ/TH"):
        page = (
            "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\n\n"
            f"Số: {number}\n\nHà Nội, ngày 28 tháng 03 năm 2001\n\n"
            "QUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH HỆ THỐNG MẪU BIỂU BÁO CÁO THỐNG KÊ THUẾ\n\n"
            "Điều 1. Ban hành hệ thống mẫu biểu.\n\n"
            "Điều 2. Cục trưởng Cục thuế các tỉnh có trách nhiệm tổ chức thực hiện."
            + signed("TỔNG CỤC TRƯỞNG")
        )
        record = parse_text(page, org, calendar)
        assert record.number == number
        assert record.issued_on == date(2001, 3, 28)
