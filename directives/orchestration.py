"""The few calls the core makes to the Prefect API: start a run, resume it, emit events.

Everything else in the core is Prefect-free; the flows and tasks live in
``flows/`` and ``tasks/``.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, cast
from uuid import UUID

import httpx
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    DeploymentFilter,
    DeploymentFilterName,
    FlowRunFilter,
    FlowRunFilterId,
    FlowRunFilterState,
    FlowRunFilterStateType,
    TaskRunFilter,
    TaskRunFilterState,
    TaskRunFilterStateType,
)
from prefect.client.schemas.objects import FlowRun, StateType
from prefect.deployments import run_deployment
from prefect.events import emit_event
from prefect.exceptions import NotPausedError, ObjectNotFound
from prefect.flow_runs import resume_flow_run
from prefect.input import RunInput
from prefect.input.actions import read_flow_run_input
from prefect.input.run_input import Keyset
from prefect.settings import PREFECT_API_AUTH_STRING, PREFECT_API_URL
from prefect.states import Crashed, Scheduled
from pydantic import ConfigDict, Field

from directives.errors import DirectivesError

log = logging.getLogger(__name__)

LIFECYCLE_DEPLOYMENT = "directive-lifecycle/directive-lifecycle"
SWEEP_DEPLOYMENT = "reminder-sweep/reminder-sweep"
SERVED_DEPLOYMENTS = ("directive-lifecycle", "reminder-sweep")
INTERRUPTED = [StateType.RUNNING, StateType.PENDING]
# A run in one of these states will never close its directive out.
ENDED = {
    t.value for t in (StateType.CANCELLED, StateType.CRASHED, StateType.FAILED, StateType.COMPLETED)
}
SCHEMA_GRACE = timedelta(seconds=10)


class SignOff(RunInput):
    """What resumes a directive's suspended run: the sign-off the portal or CLI recorded.

    The Prefect UI builds its Resume form from this schema, so titles and
    descriptions are the operator's (Vietnamese). Whatever is typed there, the
    run reads the sign-off from the database: a resume without a recorded
    sign-off only makes the run check again and suspend with the reason.
    """

    model_config = ConfigDict(
        title="Ký xác nhận hoàn thành",
        json_schema_extra={
            "description": "Việc ký xác nhận được đọc từ cơ sở dữ liệu, không lấy từ biểu mẫu "
            "này: Đoàn kiểm tra ký trên cổng thông tin hoặc bằng lệnh directives signoff. "
            "Tiếp tục luồng khi chưa có chữ ký đủ số lượng chỉ làm luồng kiểm tra lại rồi "
            "tạm dừng, ghi rõ lý do."
        },
    )

    number: str = Field(
        title="Số văn bản",
        description="Số, ký hiệu của văn bản chỉ đạo, ví dụ 115/UBND-NCPC.",
    )
    round: int = Field(
        title="Lượt ký",
        description="Lượt ký xác nhận đã ghi nhận trong cơ sở dữ liệu (0 nếu không rõ).",
    )
    signed_by: str = Field(
        title="Người ký",
        description="Mã người ký trong danh bạ. Chỉ để tham khảo: người vận hành không thể "
        "ký thay Đoàn kiểm tra; chữ ký được đọc từ cơ sở dữ liệu.",
    )
    comment: str | None = Field(default=None, title="Ý kiến", description="Ý kiến kèm theo.")


class OrchestrationUnavailable(DirectivesError):
    """The Prefect server of the stack cannot be reached (or none is configured)."""


def api_url() -> str | None:
    """The Prefect API this process talks to; None when none is configured (Prefect would
    then start a throwaway server of its own, which knows no deployment)."""
    value = PREFECT_API_URL.value()
    return str(value) if value else None


def api_reachable(timeout: float = 3.0) -> bool:
    """Whether the configured Prefect server answers its health check."""
    url = api_url()
    if url is None:
        return False
    auth = PREFECT_API_AUTH_STRING.value()
    headers = {}
    if auth:
        headers["Authorization"] = "Basic " + base64.b64encode(auth.encode()).decode()
    try:
        return httpx.get(f"{url.rstrip('/')}/health", headers=headers, timeout=timeout).is_success
    except httpx.HTTPError:
        return False


def require_api() -> None:
    if api_url() is None:
        raise OrchestrationUnavailable(
            "PREFECT_API_URL is not set: no stack to talk to",
            "Chưa kết nối được máy chủ Prefect của hệ thống (chưa chạy `directives serve`).",
        )


def flow_run_name(number: str) -> str:
    return f"Chỉ đạo {number}"


def start_lifecycle_run(
    directive_id: int, number: str, *, replaces: str | None = None, tags: Sequence[str] = ()
) -> str:
    """Create the directive's flow run, once: the idempotency key is the directive's id, and
    for a run that ``replaces`` a dead one, that run's id too (two sweeps repairing the
    same dead run create one new run). ``tags`` (see ``monitor.run_tags``) go on the run
    besides ``directive``."""
    require_api()
    key = f"directive-{directive_id}" + (f"-after-{replaces}" if replaces else "")
    flow_run = run_deployment(
        name=LIFECYCLE_DEPLOYMENT,
        parameters={"directive_id": directive_id, "number": number},
        flow_run_name=flow_run_name(number),
        idempotency_key=key,
        timeout=0,
        tags=["directive", *(t for t in tags if t != "directive")],
        # a top-level run even when started from a task (the sweep's reconcile
        # step): Prefect refuses to suspend a subflow, and this run must suspend
        as_subflow=False,
    )
    assert isinstance(flow_run, FlowRun)  # the sync call, not the coroutine
    return str(flow_run.id)


def run_states(flow_run_ids: list[str]) -> dict[str, str]:
    """The state type (``StateType`` value) of each of these runs; a run the server does
    not know is left out."""
    found: dict[str, str] = {}
    with get_client(sync_client=True) as client:
        for start in range(0, len(flow_run_ids), 200):  # the server's page size
            chunk = [UUID(i) for i in flow_run_ids[start : start + 200]]
            runs = client.read_flow_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=chunk)), limit=len(chunk)
            )
            found.update({str(run.id): run.state.type.value if run.state else "" for run in runs})
    return found


def resume_signoff(flow_run_id: str, signoff: SignOff) -> bool:
    """Resume the suspended run with the sign-off; False if it was not waiting (already resumed)."""
    require_api()
    restore_signoff_schema(UUID(flow_run_id))
    try:
        resume_flow_run(UUID(flow_run_id), run_input=signoff.model_dump(mode="json"))
    except NotPausedError:
        log.info("flow run %s is not paused; nothing to resume", flow_run_id)
        return False
    except ObjectNotFound:
        log.warning("flow run %s is unknown to the Prefect server", flow_run_id)
        return False
    return True


def restore_signoff_schema(flow_run_id: UUID, *, now: datetime | None = None) -> bool:
    """Write the SignOff input schema of a suspended run whose process died before it could.

    ``suspend_flow_run`` makes two calls: it sets the run Suspended, then saves
    the input schema. A process killed between them leaves a run the server
    will never resume ("Run input schema not found": it validates input against
    that schema). The schema is SignOff's, so it is written here on the dead
    process's behalf; but only once the suspension is older than
    ``SCHEMA_GRACE``, so that a live process about to write it is never raced
    (its write would then fail). Returns whether it wrote the schema.
    """
    with get_client(sync_client=True) as client:
        run = client.read_flow_run(flow_run_id)
    state = run.state
    if state is None or not state.is_paused():
        return False
    keyset = state.state_details.run_input_keyset
    if not keyset or (now or datetime.now(UTC)) - state.timestamp < SCHEMA_GRACE:
        return False
    if read_flow_run_input(keyset["schema"], flow_run_id=flow_run_id) is not None:
        return False
    log.warning("flow run %s was suspended without its input schema; writing it", flow_run_id)
    SignOff.save(cast(Keyset, keyset), flow_run_id=flow_run_id)
    return True


def requeue_interrupted_runs(deployments: tuple[str, ...] = SERVED_DEPLOYMENTS) -> list[str]:
    """Schedule again the runs of ``deployments`` that a dead process left Running or Pending.

    Call this only where the caller is the *single* runner of these
    deployments and has not started executing anything yet (the embedded
    default's ``flows.serve`` at start-up): then a run that is Running or
    Pending cannot be alive anywhere, because its process was a child of the
    runner that died (``kill -9``, power loss, OOM). Without help such a run
    stays Running forever, since nothing on the embedded stack watches its
    heartbeat.

    Each such run is forced back to Scheduled, and its task runs left Running
    are marked Crashed (only so the UI does not show them running forever);
    the runner then executes the run again from the top: tasks whose results
    were persisted are skipped, a suspend key already used returns the
    sign-off it received, and the core's idempotency makes any side effect
    done twice a no-op.

    A deployment with several workers or runners must not do this (a run
    Running here may be alive on another host): use Prefect's heartbeat-based
    zombie detection there instead (flow run heartbeats, the
    ``prefect.flow-run.heartbeat`` event, and an automation that marks runs
    without one Crashed and retries them).
    """
    requeued: list[str] = []
    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=INTERRUPTED))
            ),
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=list(deployments))),
        )
        for run in runs:
            stranded = client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])),
                task_run_filter=TaskRunFilter(
                    state=TaskRunFilterState(type=TaskRunFilterStateType(any_=INTERRUPTED))
                ),
            )
            for task_run in stranded:
                client.set_task_run_state(
                    task_run.id, Crashed(message="Its process was killed."), force=True
                )
            was = run.state.name if run.state else "unknown"
            client.set_flow_run_state(
                run.id,
                Scheduled(message=f"Requeued at start-up: its process died while {was}."),
                force=True,
            )
            log.warning(
                "flow run %s (%s) was left %s by a dead process; requeued", run.id, run.name, was
            )
            requeued.append(str(run.id))
    return requeued


def api_configured() -> bool:
    """Whether a Prefect server is configured. Without one, a Prefect client, and even
    ``emit_event``, starts a temporary server of its own: never what the product wants."""
    return api_url() is not None


def emit(
    event: str,
    resource_id: str,
    payload: dict[str, Any] | None = None,
    *,
    resource_name: str | None = None,
    related: list[dict[str, str]] | None = None,
    event_id: UUID | None = None,
) -> None:
    """Best effort: a lost event must never undo a committed change.

    ``related`` names the directive's flow run (so the event shows on the run's
    page) and the directive and action as readable resources; ``event_id``, when
    derived from what happened, makes a retried emit a duplicate Prefect drops.
    """
    if not api_configured():
        return
    resource = {"prefect.resource.id": resource_id}
    if resource_name:
        resource["prefect.resource.name"] = resource_name
    try:
        emit_event(
            event=event,
            resource=resource,
            related=related or [],
            payload=payload or {},
            id=event_id,
        )
    except Exception:  # events are observability, not the system of record
        log.warning("could not emit event %s for %s", event, resource_id, exc_info=True)
