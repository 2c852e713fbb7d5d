"""Tasks of the reminder-sweep flow."""

from __future__ import annotations

from datetime import UTC, datetime

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from sqlalchemy import or_, select

from directives import orchestration, store
from directives.db import Directive
from directives.reminders import sweep
from directives.runtime import runtime


@task(name="sweep-reminders", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=10)
def sweep_reminders(now_iso: str | None = None) -> int:
    """Queue the reminders and escalations due at ``now``; returns messages queued."""
    rt = runtime()
    now = datetime.fromisoformat(now_iso) if now_iso else datetime.now(UTC)
    with rt.sessions.begin() as session:
        result = sweep(
            session, now, rt.ws.org, rt.ws.reminder_policy, rt.ws.calendar, rt.ws.settings
        )
    return result.notifications


@task(name="reconcile-runs", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=10)
def reconcile_runs() -> dict[str, int]:
    """Start runs the ingest could not start, and resume runs whose sign-off was recorded
    while the Prefect server could not be reached. One directive's failure is logged and
    counted; it does not keep the others from being repaired."""
    logger = get_run_logger()
    rt = runtime()
    counts = {"started": 0, "resumed": 0, "repair_failed": 0}
    with rt.sessions() as session:
        rows = session.execute(
            select(Directive.id, Directive.number, Directive.flow_run_id).where(
                or_(Directive.flow_run_id.is_(None), Directive.state == "closed")
            )
        ).all()
        todo = [
            (d_id, number, run_id)
            for d_id, number, run_id in rows
            if run_id is None or not store.closed_out(session, d_id)
        ]
    for d_id, number, run_id in todo:
        try:
            if run_id is None:
                new_id = orchestration.start_lifecycle_run(d_id, number)
                with rt.sessions.begin() as session:
                    store.set_flow_run(session, d_id, new_id)
                counts["started"] += 1
            else:
                signoff = orchestration.SignOff(number=number, round=0, signed_by="reconcile")
                counts["resumed"] += int(orchestration.resume_signoff(run_id, signoff))
        except Exception:
            logger.warning("could not repair the run of directive %s", number, exc_info=True)
            counts["repair_failed"] += 1
    return counts
