"""Serve the deployments from this process: ``python -m flows.serve``.

Before serving, the embedded default (one runner: this process) requeues the
runs a previous serve process left Running or Pending when it died (``kill
-9``, OOM, power loss): their subprocesses died with it, and nothing else would
ever move them on. It must happen before ``serve()`` starts, while this runner
executes nothing, so a run it requeues cannot be alive. See
``orchestration.requeue_interrupted_runs``; with several workers, turn it off
(``DIRECTIVES_PREFECT__RECOVER_ON_START=false``) and rely on Prefect's
heartbeat-based zombie detection instead.
"""

from __future__ import annotations

from prefect import serve
from prefect.deployments.runner import RunnerDeployment
from prefect.logging import get_logger
from prefect.schedules import Cron

from directives.orchestration import requeue_interrupted_runs
from directives.settings import get_settings
from flows.lifecycle import directive_lifecycle
from flows.sweep import reminder_sweep

SWEEP_CRON = "*/15 * * * *"
log = get_logger("flows.serve")


def main() -> None:
    settings = get_settings()
    if settings.prefect.recover_on_start:
        requeued = requeue_interrupted_runs()
        log.info(
            "start-up recovery: %d run(s) left running by a dead process requeued", len(requeued)
        )
    lifecycle = directive_lifecycle.to_deployment(name="directive-lifecycle")
    sweep = reminder_sweep.to_deployment(
        name="reminder-sweep",
        schedules=[Cron(SWEEP_CRON, timezone=settings.workflow.timezone)],
    )
    # called from sync code, to_deployment returns the deployment, not a coroutine
    assert isinstance(lifecycle, RunnerDeployment) and isinstance(sweep, RunnerDeployment)
    serve(lifecycle, sweep, limit=8)


if __name__ == "__main__":
    main()
