"""The few calls the core makes to the Prefect API: start a run, resume it, emit events.

Everything else in the core is Prefect-free; the flows and tasks live in
``flows/`` and ``tasks/``.
"""

from __future__ import annotations

import logging
from typing import Any
from uuid import UUID

from prefect.client.schemas.objects import FlowRun
from prefect.deployments import run_deployment
from prefect.events import emit_event
from prefect.exceptions import NotPausedError, ObjectNotFound
from prefect.flow_runs import resume_flow_run
from prefect.input import RunInput

log = logging.getLogger(__name__)

LIFECYCLE_DEPLOYMENT = "directive-lifecycle/directive-lifecycle"
SWEEP_DEPLOYMENT = "reminder-sweep/reminder-sweep"


class SignOff(RunInput):
    """What resumes a directive's suspended run: the sign-off the portal or CLI recorded."""

    number: str
    round: int
    signed_by: str
    comment: str | None = None


def flow_run_name(number: str) -> str:
    return f"Chỉ đạo {number}"


def start_lifecycle_run(directive_id: int, number: str) -> str:
    """Create the directive's flow run (once: the idempotency key is the directive's id)."""
    flow_run = run_deployment(
        name=LIFECYCLE_DEPLOYMENT,
        parameters={"directive_id": directive_id},
        flow_run_name=flow_run_name(number),
        idempotency_key=f"directive-{directive_id}",
        timeout=0,
        tags=["directive"],
    )
    assert isinstance(flow_run, FlowRun)  # the sync call, not the coroutine
    return str(flow_run.id)


def resume_signoff(flow_run_id: str, signoff: SignOff) -> bool:
    """Resume the suspended run with the sign-off; False if it was not waiting (already resumed)."""
    try:
        resume_flow_run(UUID(flow_run_id), run_input=signoff.model_dump(mode="json"))
    except NotPausedError:
        log.info("flow run %s is not paused; nothing to resume", flow_run_id)
        return False
    except ObjectNotFound:
        log.warning("flow run %s is unknown to the Prefect server", flow_run_id)
        return False
    return True


def emit(event: str, resource_id: str, payload: dict[str, Any] | None = None) -> None:
    """Best effort: a lost event must never undo a committed change."""
    try:
        emit_event(
            event=event,
            resource={"prefect.resource.id": resource_id},
            payload=payload or {},
        )
    except Exception:  # events are observability, not the system of record
        log.warning("could not emit event %s for %s", event, resource_id, exc_info=True)
