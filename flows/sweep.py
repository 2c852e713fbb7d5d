"""reminder-sweep: on a cron in Asia/Ho_Chi_Minh, queue due reminders and send the outbox.

One indexed query selects what is due; there are no per-action timers and no
sleeping flows. The same run also repairs runs that could not be started or
resumed while the Prefect server was away, or were cancelled or crashed from
outside, anchors the audit trail's head, and once a day checks the stored
files and the trail and mails the admins.
"""

from __future__ import annotations

from prefect import flow, get_run_logger

from tasks.lifecycle import dispatch_notifications
from tasks.sweep import check_integrity, reconcile_runs, sweep_reminders


@flow(name="reminder-sweep")
def reminder_sweep(now: str | None = None) -> dict[str, int]:
    logger = get_run_logger()
    queued = sweep_reminders(now)
    repaired = reconcile_runs()
    findings = check_integrity()
    sent = dispatch_notifications()
    logger.info("Reminders queued: %s; sent: %s; runs repaired: %s", queued, sent, repaired)
    return {"queued": queued, **sent, **repaired, "integrity_findings": findings}
