"""Tasks of the directive-lifecycle flow. Each takes and returns ids or small models."""

from __future__ import annotations

from datetime import UTC, datetime

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from pydantic import BaseModel

from directives import monitor, store
from directives.notify.dispatch import dispatch_pending
from directives.runtime import runtime


class SignoffState(BaseModel):
    number: str
    code: str
    closed: bool
    round: int
    reason: str


class CloseoutResult(BaseModel):
    number: str
    files: dict[str, str]
    summary: str
    first_time: bool


def _now() -> datetime:
    return datetime.now(UTC)


artifact_key = monitor.artifact_key  # the old public name


def _this_run_id() -> str | None:
    run_id = flow_run.get_id()
    return str(run_id) if run_id else None


@task(name="assign-actions", persist_result=True, retries=3, retry_delay_seconds=5)
def assign_actions(directive_id: int) -> int:
    """Announce each action to its unit and plan its reminders; a re-run announces nothing new."""
    rt = runtime()
    with rt.sessions.begin() as session:
        count = store.assign_actions(session, rt.ws, directive_id, _now())
    monitor.after_commit(
        rt.sessions,
        rt.ws,
        "directives.directive.assigned",
        directive=directive_id,
        payload={"actions": count},
        dedupe="assigned",
        flow_run_id=_this_run_id(),
    )
    return count


@task(name="dispatch-notifications", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=10)
def dispatch_notifications() -> dict[str, int]:
    """Send what the outbox holds; every row is sent at most once, whoever calls this."""
    rt = runtime()
    result = dispatch_pending(rt.sessions, rt.ws.settings)
    return {"sent": result.sent, "failed": result.failed, "dead": result.dead}


@task(name="read-signoff-state", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=5)
def read_signoff_state(directive_id: int) -> SignoffState:
    """Whether the directive is signed off; if not, why (read fresh on every resume)."""
    rt = runtime()
    with rt.sessions() as session:
        directive = store.get_directive(session, directive_id)
        if directive.state == "closed":
            reason = "signed off"
        else:
            open_codes = [a.code for a in store.unapproved_actions(directive)]
            reason = (
                f"actions not approved yet: {', '.join(open_codes)}"
                if open_codes
                else f"waiting for the inspection team's sign-off (round {directive.signoff_round})"
            )
        return SignoffState(
            number=directive.number,
            code=directive.code,
            closed=directive.state == "closed",
            round=directive.signoff_round,
            reason=reason,
        )


@task(name="close-out", persist_result=True, retries=3, retry_delay_seconds=10)
def close_out(directive_id: int) -> CloseoutResult:
    """Write the report and evidence bundle, record the close-out and queue its messages."""
    # imported here: every run pays for the tasks it runs, and this one runs once, at the end
    from directives.integrity import report_closeout_gaps
    from directives.reports import build_closeout
    from directives.reports.links import directive_page_url
    from directives.status import directive_status

    rt = runtime()
    today = rt.ws.local_date(_now())
    with rt.sessions() as session:
        files = build_closeout(session, rt.ws, directive_id, today)
        status = directive_status(session, rt.ws, directive_id, today)
    with rt.sessions.begin() as session:
        first = store.record_closeout(
            session,
            rt.ws,
            directive_id,
            report_url=directive_page_url(rt.ws.settings, status.code),
            summary=files.summary,
            files=files.as_dict(),
        )
        if files.gaps:  # the close-out completes; the admins are told what is missing
            report_closeout_gaps(session, rt.ws, status.number, directive_id, list(files.gaps))
    monitor.after_commit(
        rt.sessions,
        rt.ws,
        "directives.directive.closed_out",
        directive=directive_id,
        payload={"summary": files.summary},
        dedupe="closed-out",
        flow_run_id=_this_run_id(),
    )
    create_markdown_artifact(
        key=monitor.artifact_key(status.code, "closeout"),
        markdown=files.markdown,
        description=f"Báo cáo kết thúc văn bản {status.number}",
    )
    return CloseoutResult(
        number=status.number, files=files.as_dict(), summary=files.summary, first_time=first
    )
