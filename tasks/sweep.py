"""Tasks of the reminder-sweep flow."""

from __future__ import annotations

from datetime import UTC, datetime

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from directives import run_steps

SWEEP_ARTIFACT = "reminder-sweep-sent"


@task(name="sweep-reminders", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=10)
def sweep_reminders() -> int:
    """Queue the reminders and escalations due now; returns messages queued."""
    swept = run_steps.sweep_now()
    if swept.rows:
        in_sweep = flow_run.get_flow_name() == "reminder-sweep"
        create_table_artifact(
            # the sweep's own runs share one key (its history); a directive's run gets its own
            key=SWEEP_ARTIFACT if in_sweep else None,
            table=swept.rows,
            description=f"Nhắc việc đã gửi lúc {swept.at}",
        )
    return swept.notifications


@task(name="reconcile-runs", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=10)
def reconcile_runs() -> dict[str, int]:
    """Start runs the ingest could not start, resume runs whose sign-off was recorded while
    the Prefect server could not be reached, and replace runs cancelled, crashed or failed
    before closing their directive out (a bounded number of times, then tell the admins)."""
    from directives.run_repair import repair_runs  # only the reminder-sweep flow runs this
    from directives.runtime import runtime

    return repair_runs(runtime())


@task(name="check-integrity", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=30)
def check_integrity() -> int:
    """Anchor the audit trail's head (a Prefect event on every sweep) and, once a day,
    verify the stored files and the trail and mail the result to the admins; returns the
    number of findings of today's check (0 if it was already done)."""
    from directives import audit, orchestration  # only the reminder-sweep flow runs this
    from directives.integrity import daily_check, integrity_markdown
    from directives.runtime import runtime

    rt = runtime()
    with rt.sessions() as session:
        head = audit.anchor_head(session)
    if head is not None:
        orchestration.emit(
            "directives.audit.head", "directives.audit-trail", {"id": head.id, "mac": head.mac}
        )
    report = daily_check(rt.sessions, rt.ws, rt.ws.local_date(datetime.now(UTC)))
    if report is None:
        return 0
    create_markdown_artifact(
        key="integrity-check",
        markdown=integrity_markdown(report),
        description=f"Kiểm tra toàn vẹn dữ liệu ngày {report.day.strftime('%d/%m/%Y')}",
    )
    if report.findings:
        get_run_logger().error("Integrity check: %d finding(s)", len(report.findings))
    return len(report.findings)
