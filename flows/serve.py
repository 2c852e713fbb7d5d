"""Serve the deployments from this process: ``python -m flows.serve``."""

from __future__ import annotations

from prefect import serve
from prefect.schedules import Cron

from directives.settings import get_settings
from flows.lifecycle import directive_lifecycle
from flows.sweep import reminder_sweep

SWEEP_CRON = "*/15 * * * *"


def main() -> None:
    settings = get_settings()
    serve(
        directive_lifecycle.to_deployment(name="directive-lifecycle"),
        reminder_sweep.to_deployment(
            name="reminder-sweep",
            schedules=[Cron(SWEEP_CRON, timezone=settings.workflow.timezone)],
        ),
        limit=8,
    )


if __name__ == "__main__":
    main()
