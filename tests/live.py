"""A live embedded stack for tests: a real Prefect server (SQLite), the serve process,
the portal, the mail catcher and the Zalo stand-in, on free loopback ports.

Test modules build a module-scoped fixture from ``live_stack``; it points this
process's settings and Prefect client at the stack while it runs.

The helpers after it act on the running stack: approving every action, reading what
the Zalo stand-in received, ingesting a letter and waiting until its run suspends,
a run's logs, cancelling a run from outside, and a directive's current run.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from prefect.client.orchestration import get_client
from prefect.events.worker import EventsWorker
from prefect.logging.handlers import APILogWorker
from prefect.settings import PREFECT_API_AUTH_STRING, PREFECT_API_URL, temporary_settings
from prefect.states import Cancelled

from directives import store
from directives.intake import IngestResult, ingest_file
from directives.local.demo import wait_for_state
from directives.local.stack import Stack, free_port, prefect_auth, start_stack, wait_until
from directives.orchestration import LIFECYCLE_DEPLOYMENT
from directives.runtime import Runtime, build_runtime
from directives.settings import Settings, get_settings


@contextmanager
def live_stack(
    tmp_path_factory: pytest.TempPathFactory,
    extra_env: dict[str, str] | None = None,
    deploy: Callable[[Stack], None] | None = None,
) -> Iterator[tuple[Stack, Runtime]]:
    """Start the stack under a fresh home with ``extra_env`` set (the app database is
    SQLite unless it names one), call ``deploy`` with it (work pool deployments and
    workers), yield it once the lifecycle deployment exists, and stop it after."""
    home = tmp_path_factory.mktemp("live") / "state"
    overrides = {
        "DIRECTIVES_HOME": str(home),
        "DIRECTIVES_PREFECT__PORT": str(free_port("127.0.0.1")),
        "DIRECTIVES_PORTAL__PORT": str(free_port("127.0.0.1")),
        "DIRECTIVES_SMTP__PORT": str(free_port("127.0.0.1")),
        **(extra_env or {}),
    }
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("DIRECTIVES_DATABASE_URL", raising=False)
        for key, value in overrides.items():
            mp.setenv(key, value)
        get_settings.cache_clear()
        settings = Settings()
        rt = build_runtime(settings)
        stack = start_stack(settings)
        for key, value in stack.env.items():
            if key.startswith("DIRECTIVES_ZALO__"):
                mp.setenv(key, value)
        try:
            auth = {PREFECT_API_AUTH_STRING: settings.prefect_auth_string()}
            with temporary_settings(updates={PREFECT_API_URL: settings.prefect.api_url, **auth}):
                try:
                    if deploy is not None:
                        deploy(stack)
                    wait_for_deployment(
                        stack, f"{settings.prefect.api_url}/deployments/name/{LIFECYCLE_DEPLOYMENT}"
                    )
                    yield stack, rt
                finally:
                    release_prefect_workers()
        finally:
            stack.stop()
            rt.engine.dispose()
            get_settings.cache_clear()


def release_prefect_workers() -> None:
    """Send what this process queued for the stack's Prefect server, then drop the workers.

    Prefect keeps one events worker and one log worker per process, and a worker keeps
    the API address it was started with: without this, a later module's stack would get
    its events and logs sent to this stack's port, closed by then (seen in CI when one
    worker ran the lifecycle module before the console one)."""
    EventsWorker.drain_all(timeout=10)
    APILogWorker.drain_all(timeout=10)


def api_auth() -> httpx.BasicAuth:
    """Basic auth for a plain HTTP call to the running stack's Prefect API."""
    return prefect_auth(get_settings())


def wait_for_deployment(stack: Stack, url: str) -> None:
    def up() -> bool:
        stack.check_alive()
        return httpx.get(url, timeout=5, auth=prefect_auth(stack.settings)).status_code == 200

    wait_until(up, 90, "the lifecycle deployment")


LEADER = "huynh-thi-lan"
APPROVED_BYTES = b"%PDF-1.4\nBao cao\n%%EOF\n"


def approve_all(rt: Runtime, directive_id: int) -> None:
    """Each action's assignee adds evidence and submits it; the reviewer approves it."""
    with rt.sessions() as session:
        actions = [
            (a.code, a.lead_unit) for a in store.get_directive(session, directive_id).actions
        ]
    for code, unit in actions:
        member = next(p.id for p in rt.ws.org.assignees_of(unit))
        stored = rt.ws.evidence.put(io.BytesIO(APPROVED_BYTES))
        with rt.sessions.begin() as session:
            store.add_evidence(session, rt.ws, code, member, stored, store.EvidenceMeta("bc.pdf"))
            store.submit(session, rt.ws, code, member)
        with rt.sessions.begin() as session:
            store.review(session, rt.ws, code, "dang-van-minh", approve=True)


def zalo_records(home: Path) -> list[dict[str, Any]]:
    """What the Zalo stand-in received, one record per message it accepted."""
    path = home / "zalo" / "zalo-messages.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def ingest_and_wait(stack: Stack, rt: Runtime, path: Path) -> IngestResult:
    result = ingest_file(rt, path, received_on=rt.ws.local_date(datetime.now(UTC)))
    assert result.flow_run_id
    wait_for_state(stack, stack.settings.prefect.api_url, result.flow_run_id, {"Suspended"}, 120)
    return result


def flow_logs(api: str, flow_run_id: str) -> list[str]:
    body: dict[str, Any] = {"logs": {"flow_run_id": {"any_": [flow_run_id]}}, "limit": 200}
    return [
        row["message"]
        for row in httpx.post(f"{api}/logs/filter", json=body, timeout=10, auth=api_auth()).json()
    ]


def cancel_from_outside(stack: Stack, api: str, flow_run_id: str) -> None:
    """What an operator's Cancel in the Prefect UI (or a crashed host) leaves behind."""
    with get_client(sync_client=True) as client:
        client.set_flow_run_state(UUID(flow_run_id), Cancelled(message="by hand"), force=True)

    def cancelled() -> bool:
        stack.check_alive()
        state = httpx.get(f"{api}/flow_runs/{flow_run_id}", timeout=5, auth=api_auth()).json()[
            "state"
        ]
        return bool(state["type"] == "CANCELLED")

    wait_until(cancelled, 60, f"flow run {flow_run_id} cancelled")


def current_run(rt: Runtime, directive_id: int) -> str:
    with rt.sessions() as session:
        run_id = store.get_directive(session, directive_id).flow_run_id
    assert run_id
    return run_id
