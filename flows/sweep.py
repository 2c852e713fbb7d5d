"""reminder-sweep: on a cron in Asia/Ho_Chi_Minh, queue due reminders and send the outbox.

One indexed query selects what is due; there are no per-action timers and no
sleeping flows. The same run also repairs runs that could not be started or
resumed while the Prefect server was away.
"""

from __future__ import annotations

from prefect import flow, get_run_logger

from tasks.lifecycle import dispatch_notifications
from tasks.sweep import reconcile_runs, sweep_reminders


@flow(name="reminder-sweep")
def reminder_sweep(now: str | None = None) -> dict[str, int]:
    logger = get_run_logger()
    queued = sweep_reminders(now)
    sent = dispatch_notifications()
    repaired = reconcile_runs()
    logger.info("Reminders queued: %s; sent: %s; runs repaired: %s", queued, sent, repaired)
    return {"queued": queued, **sent, **repaired}
