"""Repairing directives' flow runs: the reminder sweep's reconcile step.

A directive that is not closed out needs a live run. The step:

- starts the run the ingest could not start (no run id);
- resumes the suspended run of a directive signed off while the Prefect server
  could not be reached;
- replaces a run that ended without closing its directive out (Cancelled or
  Crashed from outside, Failed, or unknown to a wiped Prefect server) with a
  new one, idempotently (the new run's key names the dead one), recording the
  restart in the audit trail. After ``MAX_RESTARTS`` restarts of one directive
  it stops and tells the admins, once per dead run, instead of retrying
  forever.

One directive's failure is logged and counted; it never keeps the others from
being repaired.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from directives import monitor, orchestration, store
from directives.db import Directive
from directives.integrity import alert_admins
from directives.runtime import Runtime

log = logging.getLogger(__name__)

MAX_RESTARTS = 3


@dataclass
class RepairCounts:
    started: int = 0
    resumed: int = 0
    restarted: int = 0
    gave_up: int = 0
    repair_failed: int = 0


def _needing_repair(session: Session) -> list[tuple[int, str, str, str | None]]:
    rows = session.execute(
        select(Directive.id, Directive.number, Directive.state, Directive.flow_run_id)
    ).all()
    return [
        (d_id, number, state, run_id)
        for d_id, number, state, run_id in rows
        if state != "closed" or not store.closed_out(session, d_id)
    ]


def repair_runs(rt: Runtime, *, max_restarts: int = MAX_RESTARTS) -> dict[str, int]:
    counts = RepairCounts()
    with rt.sessions() as session:
        todo = _needing_repair(session)
    try:
        states = orchestration.run_states([run for _, _, _, run in todo if run])
    except Exception:  # the server is away: the next sweep tries again
        log.warning("could not read the runs of %d directive(s)", len(todo), exc_info=True)
        counts.repair_failed = len(todo)
        return asdict(counts)
    for d_id, number, state, run_id in todo:
        try:
            if run_id is None:
                new_id = orchestration.start_lifecycle_run(d_id, number, tags=_tags(rt, d_id))
                with rt.sessions.begin() as session:
                    store.set_flow_run(session, d_id, new_id)
                counts.started += 1
            elif run_id not in states or states[run_id] in orchestration.ENDED:
                why = states.get(run_id) or "UNKNOWN"
                if _restart(rt, d_id, number, run_id, why, max_restarts):
                    counts.restarted += 1
                else:
                    counts.gave_up += 1
            elif state == "closed":
                signoff = orchestration.SignOff(number=number, round=0, signed_by="reconcile")
                counts.resumed += int(orchestration.resume_signoff(run_id, signoff))
        except Exception:
            log.warning("could not repair the run of directive %s", number, exc_info=True)
            counts.repair_failed += 1
    return asdict(counts)


def _tags(rt: Runtime, directive_id: int) -> list[str]:
    with rt.sessions() as session:
        return monitor.directive_run_tags(session, rt.ws, directive_id)


def _restart(
    rt: Runtime, directive_id: int, number: str, dead_run: str, why: str, max_restarts: int
) -> bool:
    with rt.sessions() as session:
        done = store.run_restarts(session, directive_id)
        code = store.get_directive(session, directive_id).code
    if done >= max_restarts:
        log.error("directive %s: run %s ended %s after %d restarts", number, dead_run, why, done)
        with rt.sessions.begin() as session:
            alert_admins(
                session,
                rt.ws,
                event=f"integrity-run:{directive_id}:{dead_run}",
                subject=f"[{number}] Luồng xử lý không tự khôi phục được",
                intro=(
                    f"Luồng xử lý của văn bản {number} đã dừng ({why}) sau {done} lần "
                    "được khởi động lại tự động; hệ thống ngừng tự khởi động lại. Đề nghị "
                    "kiểm tra nhật ký của luồng trên giao diện Prefect rồi khởi động lại."
                ),
                findings=[f"Mã luồng xử lý đã dừng: {dead_run}"],
                landing=f"/van-ban/{code}",
            )
        return False
    new_run = orchestration.start_lifecycle_run(
        directive_id, number, replaces=dead_run, tags=_tags(rt, directive_id)
    )
    with rt.sessions.begin() as session:
        store.replace_flow_run(session, directive_id, dead_run, new_run, why)
    log.warning("directive %s: run %s ended %s; started run %s", number, dead_run, why, new_run)
    return True
