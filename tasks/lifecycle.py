"""Tasks of the directive-lifecycle flow. Each takes and returns ids or small models.

The work itself is ``directives.run_steps``: done by the portal when the stack runs one
(``prefect.steps_in_portal``), so that this process loads Prefect and little else,
or here otherwise. What only a run can do, its artifacts, stays here.
"""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from directives import run_steps
from directives.run_steps import CloseoutResult, SignoffState

__all__ = [
    "CloseoutResult",
    "SignoffState",
    "assign_actions",
    "close_out",
    "dispatch_notifications",
    "read_signoff_state",
]


def _this_run_id() -> str | None:
    run_id = flow_run.get_id()
    return str(run_id) if run_id else None


@task(name="assign-actions", persist_result=True, retries=3, retry_delay_seconds=5)
def assign_actions(directive_id: int) -> int:
    """Announce each action to its unit and plan its reminders; a re-run announces nothing new."""
    return run_steps.assign(directive_id, _this_run_id()).actions


@task(name="dispatch-notifications", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=10)
def dispatch_notifications() -> dict[str, int]:
    """Send what the outbox holds; every row is sent at most once, whoever calls this."""
    return run_steps.dispatch().model_dump()


@task(name="read-signoff-state", cache_policy=NO_CACHE, retries=3, retry_delay_seconds=5)
def read_signoff_state(directive_id: int) -> SignoffState:
    """Whether the directive is signed off; if not, why (read fresh on every resume)."""
    return run_steps.signoff_state(directive_id)


@task(name="close-out", persist_result=True, retries=3, retry_delay_seconds=10)
def close_out(directive_id: int) -> CloseoutResult:
    """Write the report and evidence bundle, record the close-out and queue its messages."""
    done = run_steps.close_out(directive_id, _this_run_id())
    create_markdown_artifact(
        key=done.artifact_key,
        markdown=done.markdown,
        description=f"Báo cáo kết thúc văn bản {done.result.number}",
    )
    return done.result
