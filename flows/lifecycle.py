"""directive-lifecycle: one run per directive, named after its number.

assign → notify (the reminder sweep) → suspend until the inspection team signs off → close out.
On resume Prefect runs this function again from the top in a new process:
tasks with persisted results are skipped, used suspend keys return their
input at once, and the sign-off state is read fresh from the database, which
is the system of record.
"""

from __future__ import annotations

import gc
from itertools import count

from prefect import flow, get_run_logger
from prefect.flow_runs import suspend_flow_run
from prefect.logging.handlers import APILogWorker

from directives.orchestration import SignOff
from tasks.lifecycle import (
    CloseoutResult,
    assign_actions,
    close_out,
    dispatch_notifications,
    read_signoff_state,
)
from tasks.sweep import sweep_reminders


@flow(name="directive-lifecycle", persist_result=True)
def directive_lifecycle(directive_id: int, number: str = "") -> CloseoutResult:
    """``number`` is the directive's number, for the run's parameters and logs only;
    ``directive_id`` is what the tasks read."""
    logger = get_run_logger()
    label = number or f"#{directive_id}"
    announced = assign_actions(directive_id)
    logger.info("Directive %s: %s action(s) assigned", label, announced)
    sweep_reminders()  # the assignment notices, at once unless it is a day off or quiet hours
    dispatch_notifications()
    for attempt in count():
        state = read_signoff_state(directive_id)
        if state.closed:
            logger.info("Directive %s signed off in round %s", state.number, state.round)
            break
        logger.info("Directive %s not signed off: %s; suspending", state.number, state.reason)
        # the log ships in batches: send it before the process ends, so the run's page in the
        # UI shows why it waits as soon as it shows Suspended
        APILogWorker.drain_all(timeout=5)
        signoff = suspend_flow_run(wait_for_input=SignOff, key=f"signoff-{attempt}", timeout=None)
        logger.info(
            "Resumed by sign-off of %s (round %s) for %s",
            signoff.signed_by,
            signoff.round,
            signoff.number,
        )
    result = close_out(directive_id)
    dispatch_notifications()
    return result


# The stack is loaded: the run's full collections walk the run's own objects only (see tasks).
gc.freeze()
