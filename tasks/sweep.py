"""Tasks of the reminder-sweep flow."""

from __future__ import annotations

from datetime import UTC, datetime

from prefect import task
from prefect.cache_policies import NO_CACHE
from sqlalchemy import select

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
    while the Prefect server could not be reached."""
    rt = runtime()
    started = resumed = 0
    with rt.sessions() as session:
        rows = session.execute(
            select(Directive.id, Directive.number, Directive.flow_run_id, Directive.state)
        ).all()
        pending_closeout = {
            d_id
            for d_id, _, run_id, state in rows
            if state == "closed" and run_id and not store.closed_out(session, d_id)
        }
    for d_id, number, run_id, _ in rows:
        if run_id is None:
            new_id = orchestration.start_lifecycle_run(d_id, number)
            with rt.sessions.begin() as session:
                store.set_flow_run(session, d_id, new_id)
            started += 1
        elif d_id in pending_closeout:
            signoff = orchestration.SignOff(number=number, round=0, signed_by="reconcile")
            resumed += int(orchestration.resume_signoff(run_id, signoff))
    return {"started": started, "resumed": resumed}
