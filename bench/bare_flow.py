"""The floor for bench_run.py: a bare deployment flow with the product flow's shape (the
same four tasks, the same persisted results and the same suspend until input) and
none of its work. It imports Prefect only, as a flow module should.
"""

from __future__ import annotations

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.flow_runs import suspend_flow_run
from prefect.input import RunInput


class BareSignOff(RunInput):
    number: str
    round: int
    signed_by: str


@task(name="assign-actions", persist_result=True)
def assign(directive_id: int) -> int:
    return directive_id


@task(name="sweep-reminders", cache_policy=NO_CACHE)
def sweep() -> int:
    return 0


@task(name="dispatch-notifications", cache_policy=NO_CACHE)
def dispatch() -> dict[str, int]:
    return {"sent": 0}


@task(name="read-signoff-state", cache_policy=NO_CACHE)
def read_state(directive_id: int) -> bool:
    return False


@flow(name="bare-lifecycle", persist_result=True)
def bare_lifecycle(directive_id: int, number: str = "") -> int:
    assign(directive_id)
    sweep()
    dispatch()
    if not read_state(directive_id):
        suspend_flow_run(wait_for_input=BareSignOff, key="signoff-0", timeout=None)
    return directive_id
