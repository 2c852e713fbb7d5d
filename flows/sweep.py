"""reminder-sweep: on a cron in Asia/Ho_Chi_Minh, queue due reminders and send the outbox.

One indexed query selects what is due; there are no per-action timers and no
sleeping flows. The same run also repairs runs that could not be started or
resumed while the Prefect server was away, or were cancelled or crashed from
outside, anchors the audit trail's head, and once a day checks the stored
files and the trail and mails the admins.

The flow takes no parameters: its clock is the worker's. Anyone who may start a
run must not be able to start one "as of" a later day and use reminders up
before they are due; replaying a day is ``directives remind --now`` (the CLI
calls the core directly) and the tests' job.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from directives.settings import get_settings
from tasks.lifecycle import dispatch_notifications
from tasks.sweep import check_integrity, reconcile_runs, sweep_reminders


def sweep_run_name() -> str:
    """Runs named by their (local) time, e.g. ``rà-soát-nhắc-việc-2026-12-01-08-00``."""
    moment: datetime = flow_run.get_scheduled_start_time()
    local = moment.astimezone(ZoneInfo(get_settings().workflow.timezone))
    return f"rà-soát-nhắc-việc-{local:%Y-%m-%d-%H-%M}"


@flow(
    name="reminder-sweep",
    flow_run_name=sweep_run_name,
    description="Rà soát nhắc việc: gửi nhắc việc, cảnh báo quá hạn và báo cáo cấp trên "
    "đến hạn theo lịch làm việc; khôi phục các luồng chưa khởi động hoặc chưa tiếp tục được.",
)
def reminder_sweep() -> dict[str, int]:
    logger = get_run_logger()
    queued = sweep_reminders()
    repaired = reconcile_runs()
    findings = check_integrity()
    sent = dispatch_notifications()
    logger.info("Reminders queued: %s; sent: %s; runs repaired: %s", queued, sent, repaired)
    return {"queued": queued, **sent, **repaired, "integrity_findings": findings}
