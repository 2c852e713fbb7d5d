"""Round 13 (b): a journal ("Tạp chí ...") is a body like a newspaper ("Báo ..."), on a
synthetic snippet: named jointly after a comma, each is a body of its own, in a task's
subject as in a task table's cell."""

from __future__ import annotations

from directives.calendar import WorkingCalendar
from directives.org import OrgDirectory
from directives.parser.bodies import heading_bodies
from tests.parser.test_plans import plan


def test_a_newspaper_and_a_journal_named_jointly_are_two_bodies(
    org: OrgDirectory, calendar: WorkingCalendar
) -> None:
    assert heading_bodies("Trung tâm Truyền thông, Báo Văn hóa, Tạp chí Văn hóa Nghệ thuật") == [
        "Trung tâm Truyền thông",
        "Báo Văn hóa",
        "Tạp chí Văn hóa Nghệ thuật",
    ]
    record = plan(
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Trung tâm Truyền thông tỉnh, Báo Hòa Bình, Tạp chí Văn nghệ Hòa Bình có trách nhiệm "
        "tuyên truyền kịp thời về công tác vệ sinh môi trường.\n",
        org,
        calendar,
    )
    assert [(a.lead_unit, a.coordinating_units) for a in record.actions] == [
        ("Trung tâm Truyền thông tỉnh", ["Báo Hòa Bình", "Tạp chí Văn nghệ Hòa Bình"])
    ]
