"""Round 36c: an item "1. Giao Sở Y tế: Tổ chức thực hiện ..." whose colon stands inside its
line is the task's own sentence, "Giao X:" kept in its text; a "Giao X:" line of its own heads
the items under it, which stay out of it."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from tests.parser.test_plans import plan


def test_a_colon_inside_the_items_line_keeps_the_sentence_whole(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Giao Sở Y tế: Tổ chức thực hiện Kế hoạch.\n\n"
        "2. Giao Sở Tư pháp:\n\n"
        "- Rà soát các quy định về vệ sinh môi trường.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("Sở Y tế", "Giao Sở Y tế: Tổ chức thực hiện Kế hoạch"),
        ("Sở Tư pháp", "Rà soát các quy định về vệ sinh môi trường"),
    ]


def test_a_body_named_bare_before_the_colon_heads_its_task(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    record = plan(
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế: Tổ chức thực hiện Kế hoạch.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.text) for a in record.actions] == [
        ("Sở Y tế", "Tổ chức thực hiện Kế hoạch")
    ]
