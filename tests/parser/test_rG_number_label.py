"""A letterhead's number label set against its digits ("Số:87/QĐ-BNN", no space after the
colon) or with a space before its colon ("Số : 87"), on a page whose text runs stand one a
line: the number's runs are put back as they are after "Số: " ("Số:8" / "7/" / "QĐ" / "-" /
"BNN" is "87/QĐ-BNN"), and the label opens its own paragraph whatever its spacing."""

from __future__ import annotations

import re

import pytest

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser import parse_text
from tests.parser.test_rG_item_marks import _RUNS


@pytest.mark.parametrize("label", ["Số:", "Số : "])
def test_a_number_label_however_spaced_gives_the_number(
    label: str, org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    plain = parse_text(_RUNS, org, calendar)
    assert plain.number == "87/QĐ-BNN"
    spaced = re.sub(r"(?m)^Số:\s*", label, _RUNS)
    assert spaced != _RUNS
    got = parse_text(spaced, org, calendar)
    assert got.number == plain.number
    assert got.issuer == plain.issuer and got.references == plain.references


def test_a_number_label_against_its_digits_opens_its_line(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    # the number whole on the label's line, the runs of the column beside it above it
    page = _RUNS.replace("Số:\n8\n7/\nQĐ\n-\nBNN\n", "Số:87/QĐ-BNN\n")
    page = page.replace("Độc lập - Tự do - Hạnh phúc\n________________________\n", "")
    page = page.replace("_______\n", "Độc lập - Tự do - Hạnh phúc\n", 1)
    got = parse_text(page, org, calendar)
    assert got.number == "87/QĐ-BNN"
