"""The directive-lifecycle deployment on a live stack: a real Prefect server (SQLite),
the serve process and the portal, on free loopback ports.

Resuming twice closes out once; input that does not fit the RunInput is refused;
a refused sign-off leaves the run suspended again with the reason in its log.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from prefect.flow_runs import resume_flow_run
from prefect.input.actions import delete_flow_run_input
from sqlalchemy import func, select

from directives import orchestration, store
from directives.db import AuditEvent, Notification
from directives.intake import IngestResult, ingest_file
from directives.local.demo import wait_for_state
from directives.local.stack import Stack, wait_until
from directives.runtime import Runtime
from tests.conftest import EXAMPLES, SEED
from tests.live import live_stack

pytestmark = [pytest.mark.slow, pytest.mark.prefect]
MEMBER = {"bgd": "do-thi-hoa", "vp": "ngo-van-cuong"}
LEADER = "huynh-thi-lan"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, Runtime]]:
    with live_stack(tmp_path_factory) as running:
        yield running


def ingest_and_wait(stack: Stack, rt: Runtime, path: Path) -> IngestResult:
    result = ingest_file(rt, path, received_on=rt.ws.local_date(datetime.now(UTC)))
    assert result.flow_run_id
    wait_for_state(stack, stack.settings.prefect.api_url, result.flow_run_id, {"Suspended"}, 120)
    return result


def approve_all(rt: Runtime, directive_id: int) -> None:
    with rt.sessions() as session:
        actions = [
            (a.code, a.lead_unit) for a in store.get_directive(session, directive_id).actions
        ]
    for code, unit in actions:
        member = next(p.id for p in rt.ws.org.assignees_of(unit))
        stored = rt.ws.evidence.put(io.BytesIO(b"%PDF-1.4\nBao cao\n%%EOF\n"))
        with rt.sessions.begin() as session:
            store.add_evidence(session, rt.ws, code, member, stored, store.EvidenceMeta("bc.pdf"))
            store.submit(session, rt.ws, code, member)
        with rt.sessions.begin() as session:
            store.review(session, rt.ws, code, "dang-van-minh", approve=True)


def flow_logs(api: str, flow_run_id: str) -> list[str]:
    body: dict[str, Any] = {"logs": {"flow_run_id": {"any_": [flow_run_id]}}, "limit": 200}
    return [
        row["message"] for row in httpx.post(f"{api}/logs/filter", json=body, timeout=10).json()
    ]


def test_resume_twice_closes_out_once(live: tuple[Stack, Runtime]) -> None:
    stack, rt = live
    result = ingest_and_wait(stack, rt, SEED)
    approve_all(rt, result.directive_id)
    with rt.sessions.begin() as session:
        outcome = store.sign_off(session, rt.ws, result.directive_id, LEADER)
    assert outcome.closed
    signoff = orchestration.SignOff(number=result.number, round=outcome.round, signed_by=LEADER)
    assert result.flow_run_id
    first = orchestration.resume_signoff(result.flow_run_id, signoff)
    second = orchestration.resume_signoff(result.flow_run_id, signoff)
    assert (first, second) == (True, False)
    api = stack.settings.prefect.api_url
    wait_for_state(stack, api, result.flow_run_id, {"Completed"}, 120)
    with rt.sessions() as session:
        closeouts = session.scalar(
            select(func.count(AuditEvent.id)).where(
                AuditEvent.kind == "directive.closed_out",
                AuditEvent.directive_id == result.directive_id,
            )
        )
        closed_messages = session.scalars(
            select(Notification.idempotency_key).where(Notification.event == "closed")
        ).all()
    assert closeouts == 1
    assert len(closed_messages) == len(set(closed_messages)) > 0


def test_bad_input_is_refused_and_a_refused_signoff_suspends_again(
    live: tuple[Stack, Runtime],
) -> None:
    stack, rt = live
    api = stack.settings.prefect.api_url
    result = ingest_and_wait(stack, rt, EXAMPLES / "corpus" / "10-cong-van-van-xuoi.txt")
    assert result.flow_run_id
    with pytest.raises(Exception, match=r"(?i)run input|validat|schema|reject"):
        resume_flow_run(UUID(result.flow_run_id), run_input={"number": 115})
    state = httpx.get(f"{api}/flow_runs/{result.flow_run_id}", timeout=5).json()["state"]["name"]
    assert state == "Suspended"
    with rt.sessions.begin() as session:
        outcome = store.sign_off(
            session, rt.ws, result.directive_id, LEADER, refuse=True, comment="Chưa đủ hồ sơ"
        )
    assert outcome.refused
    signoff = orchestration.SignOff(
        number=result.number, round=outcome.round, signed_by=LEADER, comment="Chưa đủ hồ sơ"
    )
    assert orchestration.resume_signoff(result.flow_run_id, signoff)
    # the run wakes, finds the directive still active and suspends again, saying why

    def suspended_again() -> bool:
        logs = flow_logs(api, result.flow_run_id or "")
        return sum("not signed off" in line for line in logs) >= 2

    wait_until(suspended_again, 120, "the second suspension")
    wait_for_state(stack, api, result.flow_run_id, {"Suspended"}, 60)
    with rt.sessions() as session:
        assert store.get_directive(session, result.directive_id).state == "active"
    assert any("actions not approved yet" in line for line in flow_logs(api, result.flow_run_id))


def test_a_run_killed_before_saving_its_input_schema_can_still_be_resumed(
    live: tuple[Stack, Runtime],
) -> None:
    """suspend_flow_run sets Suspended, then saves the input schema: a kill in between
    (found by the crash test) left a run the server refused to resume, for ever."""
    stack, rt = live
    api = stack.settings.prefect.api_url
    result = ingest_and_wait(stack, rt, EXAMPLES / "corpus" / "02-chi-thi-don-vi.txt")
    assert result.flow_run_id
    run_id = UUID(result.flow_run_id)
    state = httpx.get(f"{api}/flow_runs/{run_id}", timeout=5).json()["state"]
    schema_key = state["state_details"]["run_input_keyset"]["schema"]
    delete_flow_run_input(schema_key, flow_run_id=run_id)  # as if killed before saving it
    suspended_at = datetime.fromisoformat(state["timestamp"])

    # within the grace period its process may still be about to write it: leave it alone
    assert not orchestration.restore_signoff_schema(run_id, now=suspended_at)
    assert orchestration.restore_signoff_schema(run_id, now=suspended_at + timedelta(minutes=1))
    assert not orchestration.restore_signoff_schema(run_id, now=suspended_at + timedelta(minutes=1))

    approve_all(rt, result.directive_id)
    with rt.sessions.begin() as session:
        outcome = store.sign_off(session, rt.ws, result.directive_id, LEADER)
    signoff = orchestration.SignOff(number=result.number, round=outcome.round, signed_by=LEADER)
    assert orchestration.resume_signoff(result.flow_run_id, signoff)
    wait_for_state(stack, api, result.flow_run_id, {"Completed"}, 120)


def test_the_sweep_starts_a_run_the_ingest_could_not_start(live: tuple[Stack, Runtime]) -> None:
    """Ingest stores the directive first; if Prefect cannot be reached then, the
    reminder-sweep's reconcile step creates the run later."""
    from directives.runtime import runtime
    from tasks.sweep import reconcile_runs

    stack, rt = live
    path = EXAMPLES / "corpus" / "14-chi-thi-ubnd-van-xuoi.txt"
    result = ingest_file(rt, path, received_on=rt.ws.local_date(datetime.now(UTC)), start_run=False)
    assert result.flow_run_id is None
    runtime.cache_clear()  # this process's runtime must be the live stack's
    try:
        counts = reconcile_runs()
    finally:
        runtime.cache_clear()
    assert counts == {"started": 1, "resumed": 0, "repair_failed": 0}
    with rt.sessions() as session:
        run_id = store.get_directive(session, result.directive_id).flow_run_id
    assert run_id
    wait_for_state(stack, stack.settings.prefect.api_url, run_id, {"Suspended"}, 120)
