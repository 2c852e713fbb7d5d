"""Prefect as the operator's console, read through the Prefect client on a live stack (a real
Prefect server on SQLite, the serve process, the portal, the mail catcher).

One directive is played through the portal from ingest to close-out; the run's
tags, parameters, logs, artifacts (current after close-out, updated in place),
events (related to the run, the directive and the action), the deployments'
descriptions, the automations, and the Resume form's schema are read back
from Prefect. A run that fails mails the admins through the automation.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any
from uuid import UUID

import httpx
import pytest
from prefect.client.orchestration import SyncPrefectClient, get_client
from prefect.client.schemas.filters import (
    ArtifactCollectionFilter,
    ArtifactCollectionFilterKey,
    ArtifactFilter,
    ArtifactFilterKey,
    LogFilter,
    LogFilterFlowRunId,
)
from prefect.client.schemas.objects import FlowRun
from prefect.deployments import run_deployment
from prefect.events.actions import CallWebhook
from prefect.events.filters import EventFilter, EventNameFilter, EventRelatedFilter
from prefect.events.schemas.automations import EventTrigger
from sqlalchemy import select

from directives import console, monitor, store
from directives.db import Notification
from directives.intake import IngestResult, ingest_file
from directives.local.demo import wait_for_state
from directives.local.demo_story import play_story
from directives.local.stack import Stack, wait_until
from directives.orchestration import LIFECYCLE_DEPLOYMENT, SWEEP_DEPLOYMENT
from directives.org import Role
from directives.runtime import Runtime
from tasks.sweep import SWEEP_ARTIFACT
from tests.conftest import EXAMPLES, SEED
from tests.live import api_auth, live_stack

pytestmark = [pytest.mark.slow, pytest.mark.prefect]

LATE = EXAMPLES / "corpus" / "10-cong-van-van-xuoi.txt"
EXPECTED_EVENTS = {
    "directives.directive.ingested",
    "directives.directive.assigned",
    "directives.evidence.uploaded",
    "directives.action.submitted",
    "directives.action.rejected",
    "directives.action.approved",
    "directives.directive.signed",
    "directives.directive.closed_out",
}


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, Runtime]]:
    with live_stack(tmp_path_factory) as running:
        yield running


@pytest.fixture(scope="module")
def client(live: tuple[Stack, Runtime]) -> Iterator[SyncPrefectClient]:
    with get_client(sync_client=True) as c:
        yield c


@pytest.fixture(scope="module")
def suspended(live: tuple[Stack, Runtime]) -> IngestResult:
    stack, rt = live
    result = ingest_file(rt, SEED, received_on=rt.ws.local_date(datetime.now(UTC)))
    assert result.flow_run_id
    wait_for_state(stack, stack.settings.prefect.api_url, result.flow_run_id, {"Suspended"}, 120)
    return result


def latest(client: SyncPrefectClient, key: str) -> Any:
    found = client.read_latest_artifacts(
        artifact_filter=ArtifactCollectionFilter(key=ArtifactCollectionFilterKey(any_=[key]))
    )
    assert len(found) == 1, key
    return found[0]


def table(client: SyncPrefectClient, code: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = json.loads(
        latest(client, monitor.artifact_key(code, "actions")).data
    )
    return rows


def progress(client: SyncPrefectClient, code: str) -> float:
    return float(latest(client, monitor.artifact_key(code, "progress")).data)


def test_the_suspended_run_is_tagged_labelled_and_shows_its_status(
    live: tuple[Stack, Runtime], client: SyncPrefectClient, suspended: IngestResult
) -> None:
    assert suspended.flow_run_id
    run = client.read_flow_run(UUID(suspended.flow_run_id))
    assert run.name == "Chỉ đạo 115/UBND-NCPC"
    assert {"directive", "số 115/UBND-NCPC", "năm 2017"} <= set(run.tags)
    assert any(t.startswith("chủ trì: ") for t in run.tags)
    assert run.parameters == {"directive_id": suspended.directive_id, "number": "115/UBND-NCPC"}
    rows = table(client, suspended.code)
    assert len(rows) == suspended.actions
    assert list(rows[0])[:3] == ["Trạng thái", "Tiến độ", "Thời hạn"]
    assert {r["Trạng thái"] for r in rows} == {"Đã giao"}
    assert progress(client, suspended.code) == 0.0
    # the Resume form: Vietnamese titles, and it says the sign-off is read from the database
    assert run.state is not None
    keyset = run.state.state_details.run_input_keyset
    assert keyset
    schema = json.loads(client.read_flow_run_input(run.id, keyset["schema"]))
    assert schema["properties"]["signed_by"]["title"] == "Người ký"
    assert "đọc từ cơ sở dữ liệu" in schema["description"]
    # the run's log handler ships its records in batches, so the line may reach the API a few
    # seconds after the run suspends: wait for it rather than read once
    log_filter = LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id]))

    def announced() -> bool:
        return any(
            "115/UBND-NCPC: " in entry.message and "assigned" in entry.message
            for entry in client.read_logs(log_filter=log_filter)
        )

    wait_until(announced, 60, "the run's log line naming the directive and its assignment")


def test_after_close_out_the_artifacts_are_current_and_the_events_name_the_run(
    live: tuple[Stack, Runtime], client: SyncPrefectClient, suspended: IngestResult
) -> None:
    stack, rt = live
    api = stack.settings.prefect.api_url
    assert suspended.flow_run_id
    story = play_story(stack.settings.portal.url, stack.settings, rt.ws.org, suspended.number)
    assert story.closed
    wait_for_state(stack, api, suspended.flow_run_id, {"Completed"}, 120)
    rows = table(client, suspended.code)
    assert {r["Trạng thái"] for r in rows} == {"Đã được chấp thuận"}
    assert progress(client, suspended.code) == 100.0
    # updated in place: one version under each key, attached to the directive's run
    for what in ("actions", "progress"):
        versions = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                key=ArtifactFilterKey(any_=[monitor.artifact_key(suspended.code, what)])
            )
        )
        assert [str(v.flow_run_id) for v in versions] == [suspended.flow_run_id]

    run_resource = f"prefect.flow-run.{suspended.flow_run_id}"
    events: list[Any] = []

    def all_events_stored() -> bool:
        page = client.read_events(
            filter=EventFilter(
                event=EventNameFilter(prefix=["directives."]),
                related=EventRelatedFilter(id=[run_resource]),
            ),
            limit=50,
        )
        events[:] = [e for e in page.events if e.event.startswith("directives.")]
        return {e.event for e in events} >= EXPECTED_EVENTS

    wait_until(all_events_stored, 60, "the product's events")
    for event in events:
        roles = {r.role: r for r in event.related}
        assert roles["flow-run"].id == run_resource
        directive = (
            event.resource
            if event.resource.id.startswith("directives.directive.")
            else roles["directive"]
        )
        assert directive.name == "115/UBND-NCPC"
        if event.resource.id.startswith("directives.action."):
            assert event.resource.name and event.resource.name == event.resource.id.rsplit(".")[-1]
    submitted = next(e for e in events if e.event == "directives.action.submitted")
    assert submitted.payload["directive"] == "115/UBND-NCPC"
    assert sum(e.event == "directives.directive.closed_out" for e in events) == 1


def test_deployments_and_automations_are_described(
    live: tuple[Stack, Runtime], client: SyncPrefectClient
) -> None:
    lifecycle = client.read_deployment_by_name(LIFECYCLE_DEPLOYMENT)
    sweep = client.read_deployment_by_name(SWEEP_DEPLOYMENT)
    assert lifecycle.description and "văn bản chỉ đạo" in lifecycle.description
    assert sweep.description and "Rà soát nhắc việc" in sweep.description
    assert "directives" in lifecycle.tags and "nhắc việc" in sweep.tags
    (failed,) = client.read_automations_by_name(console.FAILED_AUTOMATION)
    (stuck,) = client.read_automations_by_name(console.STUCK_AUTOMATION)
    assert failed.enabled and stuck.enabled
    assert isinstance(failed.trigger, EventTrigger) and isinstance(stuck.trigger, EventTrigger)
    assert failed.trigger.expect == {
        "prefect.flow-run.Failed",
        "prefect.flow-run.Crashed",
    }
    assert stuck.trigger.after == {"prefect.flow-run.Running"}
    (action,) = failed.actions
    assert isinstance(action, CallWebhook)
    block = client.read_block_document_by_name(console.ALERT_BLOCK, "webhook")
    assert block.data["url"]  # a secret, obfuscated on read
    assert action.block_document_id == block.id


def test_a_failed_run_mails_the_admins_and_sweep_runs_are_named_by_time(
    live: tuple[Stack, Runtime], client: SyncPrefectClient
) -> None:
    stack, rt = live
    api = stack.settings.prefect.api_url
    # a directive stored and assigned in 2017 without a run: at 08:00 on 1 December 2026
    # every reminder and escalation it planned is due
    late = ingest_file(rt, LATE, received_on=date(2017, 1, 25), start_run=False)
    with rt.sessions.begin() as session:
        store.assign_actions(
            session, rt.ws, late.directive_id, datetime(2017, 1, 26, 3, tzinfo=UTC)
        )
    # The sweep takes no clock from its caller (a caller could use reminders up early):
    # its name comes from the scheduled time, what it sends from the worker's real clock.
    at_eight = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    sweep = run_deployment(SWEEP_DEPLOYMENT, scheduled_time=at_eight, timeout=0)
    assert isinstance(sweep, FlowRun)
    wait_for_state(stack, api, str(sweep.id), {"Completed"}, 120)
    assert client.read_flow_run(sweep.id).name == "rà-soát-nhắc-việc-2026-12-01-08-00"
    with rt.sessions() as session:
        codes = {a.code for a in store.get_directive(session, late.directive_id).actions}
    policy = rt.ws.reminder_policy
    local_now = datetime.now(UTC).astimezone(policy.zone(rt.ws.settings.workflow.timezone))
    if not policy.is_allowed(local_now, rt.ws.calendar):
        # a night, weekend or holiday: the due reminders wait, and the sweep leaves no table
        assert not client.read_latest_artifacts(
            artifact_filter=ArtifactCollectionFilter(
                key=ArtifactCollectionFilterKey(any_=[SWEEP_ARTIFACT])
            )
        )
    else:
        sent = latest(client, SWEEP_ARTIFACT)
        assert sent.flow_run_id == sweep.id
        rows = json.loads(sent.data)
        assert {r["Nhiệm vụ"] for r in rows} == codes
        assert any(r["Loại"].startswith("Báo cáo") for r in rows)  # escalations among them

        def escalations_stored() -> bool:
            page = client.read_events(
                filter=EventFilter(event=EventNameFilter(name=["directives.action.escalated"])),
                limit=50,
            )
            return {e.resource.id.rsplit(".")[-1] for e in page.events} >= codes

        wait_until(escalations_stored, 60, "the escalation events")

    # a run of a directive that does not exist fails (after its task's retries)
    doomed = run_deployment(
        LIFECYCLE_DEPLOYMENT, parameters={"directive_id": 999999}, timeout=0, as_subflow=False
    )
    assert isinstance(doomed, FlowRun)
    with pytest.raises(RuntimeError, match="Failed"):
        wait_for_state(stack, api, str(doomed.id), {"Completed"}, 180)
    admins = {p.id for p in rt.ws.org.with_role(Role.ADMIN) if p.email}

    def admins_mailed() -> set[str]:
        with rt.sessions() as session:
            rows = session.scalars(
                select(Notification).where(
                    Notification.idempotency_key.startswith(f"run-alert:failed:{doomed.id}:"),
                    Notification.channel == "email",
                    Notification.status == "sent",
                )
            ).all()
        return {r.recipient_id for r in rows}

    wait_until(lambda: admins_mailed() == admins, 90, "the admins' alert mail", 1.0)
    assert (
        httpx.get(f"{api}/flow_runs/{doomed.id}", timeout=5, auth=api_auth()).json()["state"][
            "type"
        ]
        == "FAILED"
    )
