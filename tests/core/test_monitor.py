"""What the Prefect console shows of a directive, computed from the database."""

from __future__ import annotations

import re

from directives import monitor, store
from directives.intake import IngestResult
from directives.runtime import Runtime
from tests.core.conftest import NOW


def test_the_status_table_leads_with_state_bucket_and_deadline(
    rt: Runtime, seed: IngestResult
) -> None:
    with rt.sessions() as session:
        directive = store.get_directive(session, seed.directive_id)
        rows = monitor.status_rows(rt.ws, directive, rt.ws.local_date(NOW))
        percent, sentence = monitor.progress(directive)
    assert len(rows) == seed.actions
    assert list(rows[0])[:3] == ["Trạng thái", "Tiến độ", "Thời hạn"]
    assert {r["Trạng thái"] for r in rows} == {"Đã giao"}
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4}|Thường xuyên", r["Thời hạn"]) for r in rows)
    assert all(len(r["Nhiệm vụ"]) <= monitor.SHORT_TEXT for r in rows)
    assert percent == 0.0 and sentence.startswith(f"Đã chấp thuận 0/{seed.actions} ")


def test_tags_and_related_resources_name_the_directive(rt: Runtime, seed: IngestResult) -> None:
    with rt.sessions() as session:
        tags = monitor.directive_run_tags(session, rt.ws, seed.directive_id)
        directive = store.get_directive(session, seed.directive_id)
        action = directive.actions[0]
        related = monitor.related_resources(directive, action.code, flow_run_id="abc")
    assert tags[:2] == ["directive", "số 115/UBND-NCPC"]
    assert "năm 2017" in tags and any(t.startswith("chủ trì: ") for t in tags)
    assert len(tags) == len(set(tags))
    by_role = {r["prefect.resource.role"]: r for r in related}
    assert by_role["flow-run"]["prefect.resource.id"] == "prefect.flow-run.abc"
    assert by_role["directive"]["prefect.resource.name"] == "115/UBND-NCPC"
    assert by_role["action"]["prefect.resource.name"].startswith(f"{action.code}: ")


def test_reminder_kinds_map_to_events_and_dedupe_ids_are_stable() -> None:
    assert monitor.reminder_event("escalate_director") == "directives.action.escalated"
    assert monitor.reminder_event("overdue") == "directives.action.overdue"
    assert monitor.reminder_event("before_3") == "directives.reminder.sent"
    assert monitor.kind_vi("before_3") == "Nhắc trước hạn 3 ngày làm việc"
    first = monitor.event_id("e", "r", "k")
    assert first == monitor.event_id("e", "r", "k") != monitor.event_id("e", "r", "k2")
    assert monitor.event_id("e", "r", None) is None


def test_after_commit_never_raises(rt: Runtime, seed: IngestResult) -> None:
    monitor.after_commit(rt.sessions, rt.ws, "directives.x", action="NO-SUCH-ACTION")
    monitor.after_commit(rt.sessions, rt.ws, "directives.x")  # neither directive nor action
