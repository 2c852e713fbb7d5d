"""Round 53c: one widget stamping both the day and the month, each over its own blank.

A signing tool may draw "14          11" as a single appearance laid over the whole
"ngày        tháng      năm 2025" line part: the day over the first blank, spaces over the
printed "tháng", the month over the second blank. Put in the page as one piece it read
"ngày 14 11 tháng năm 2025" and the letter lost its date and place (batch 211/02).
"""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_bytes
from directives.parser.decode import decode_bytes
from tests.parser.corpus import make_pdf
from tests.parser.test_r45a_pdf_fields import _LETTER, _columns, _with_fields


def _stamped() -> bytes:
    lines = _LETTER.splitlines()
    number = lines[2].index("/") - len("123")
    day, month = _columns(lines[5], "ngày", "tháng")
    both = "5" + " " * (month - day - 1) + "3"  # (the month drawn where its blank is)
    fields = [(2, number, "123", 4), (5, day, both, 4)]
    return _with_fields(make_pdf(_LETTER), fields)


def test_each_run_of_the_widget_fills_its_own_blank(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert "Hà Nội, ngày 5 tháng 3 năm 2026" in decode_bytes(_stamped(), "one.pdf").text
    got = parse_bytes(_stamped(), "one.pdf", org, calendar)
    assert (got.place, str(got.issued_on)) == ("Hà Nội", "2026-03-05")
