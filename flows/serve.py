"""Serve the deployments from this process: ``python -m flows.serve``."""

from __future__ import annotations

from prefect import serve
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

from directives.settings import get_settings
from flows.lifecycle import directive_lifecycle
from flows.sweep import reminder_sweep

SWEEP_CRON = "*/15 * * * *"


def main() -> None:
    settings = get_settings()
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
