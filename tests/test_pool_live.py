"""The scale-out path of README "Past one machine", on one machine.

The app database and the Prefect server on the PostgreSQL at 127.0.0.1:5432 (fresh
databases, dropped after); ``directives``'s stack with ``DIRECTIVES_PREFECT__WORK_POOL``
set, whose serve process creates the automations (the zombie one included) and becomes a
``prefect worker start`` of the process work pool; the deployments registered with
``prefect deploy --all --prefect-file config/prefect.yaml``; a second ``prefect worker
start --pool directives`` as on another host. No start-up requeue anywhere.

Evidence and letters go to a bucket on moto's S3 server on 127.0.0.1.

A directive's run is caught Running on one worker, frozen there (SIGSTOP, so the kill
lands while it is Running), and that worker's process group and the run's own are
killed with SIGKILL: a host that died. Nothing on the surviving worker knows the run;
Prefect's zombie automation marks it Crashed once its heartbeats stop, the reminder
sweep (run by the surviving worker) replaces it, and the directive goes on to close out
through the new run: once, with every message sent once and the audit chain intact.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.objects import FlowRun, StateType
from prefect.deployments import run_deployment
from prefect.events.actions import ChangeFlowRunState
from prefect.events.schemas.automations import EventTrigger
from prefect.exceptions import ObjectNotFound
from sqlalchemy import select

from directives import console, orchestration, store
from directives.audit_checks import check_all
from directives.db import AuditEvent, Notification
from directives.intake import ingest_file
from directives.local.demo import wait_for_state
from directives.local.mailcatcher import read_mailbox
from directives.local.stack import Stack, wait_until
from directives.notify.outbox import CHANNEL_ZALO
from directives.notify.smtp_mail import stable_message_id
from directives.org import Role
from directives.runtime import Runtime
from tests.conftest import EXAMPLES, PROJECT_ROOT, SEED, fresh_pg_database
from tests.live import APPROVED_BYTES, LEADER, approve_all, live_stack, zalo_records
from tests.s3server import LoopbackS3, loopback_s3

pytestmark = [pytest.mark.slow, pytest.mark.prefect]

POOL = "directives"
# Prefect's floor for the heartbeat is 30 s; the README's production figure is 90 s.
ZOMBIE_AFTER = 60
# If a run suspends before it can be frozen, the next letter is tried.
LETTERS = [
    SEED,
    EXAMPLES / "corpus" / "02-chi-thi-don-vi.txt",
    EXAMPLES / "corpus" / "16-cong-van-han-chung.txt",
]


@pytest.fixture(scope="module")
def bucket() -> Iterator[tuple[LoopbackS3, str]]:
    """Where every host keeps the evidence and letters: a fresh bucket on moto's S3
    server on 127.0.0.1, named in every process's environment."""
    with loopback_s3() as s3:
        yield s3, s3.new_bucket()


def prefect_cli(stack: Stack, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "prefect", *args],
        env=stack.env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def deploy_to_pool(stack: Stack) -> None:
    """What the README tells the operator, once the stack's worker made the pool: deploy
    config/prefect.yaml, then start a worker on another host."""

    def pool_exists() -> bool:
        stack.check_alive()
        with get_client(sync_client=True) as client:
            return client.read_work_pool(POOL).type == "process"

    wait_until(lambda: _quiet(pool_exists), 120, f"the work pool {POOL!r}")
    prefect_cli(stack, "deploy", "--all", "--prefect-file", "config/prefect.yaml")
    stack._spawn("worker-2", [sys.executable, "-m", "prefect", "worker", "start", "--pool", POOL])


def _quiet(check: Callable[[], bool]) -> bool:
    try:
        return check()
    except ObjectNotFound:
        return False


@pytest.fixture(scope="module")
def pool(
    tmp_path_factory: pytest.TempPathFactory, bucket: tuple[LoopbackS3, str]
) -> Iterator[tuple[Stack, Runtime]]:
    s3, name = bucket
    with (
        fresh_pg_database("directives_pool") as app_db,
        fresh_pg_database("prefect_pool") as prefect_db,
    ):
        env = {
            "DIRECTIVES_DATABASE_URL": app_db,
            "DIRECTIVES_PREFECT__DATABASE_URL": prefect_db,
            "DIRECTIVES_PREFECT__WORK_POOL": POOL,
            "DIRECTIVES_PREFECT__RECOVER_ON_START": "false",
            "DIRECTIVES_PREFECT__ZOMBIE_AFTER_SECONDS": str(ZOMBIE_AFTER),
            "DIRECTIVES_PROJECT_DIR": str(PROJECT_ROOT),
            # rows a kill caught mid-send become due again within the test
            "DIRECTIVES_OUTBOX__LEASE_SECONDS": "20",
            **s3.env(name),
        }
        with live_stack(tmp_path_factory, env, deploy_to_pool) as running:
            yield running


def _ancestors(pid: int) -> Iterator[int]:
    while pid > 1:
        stat = Path(f"/proc/{pid}/stat").read_text()
        pid = int(stat.rsplit(")", 1)[1].split()[1])
        yield pid


def freeze_while_running(stack: Stack, flow_run_id: str) -> tuple[str, int] | None:
    """Stop (SIGSTOP) the run's processes while it is Running; return the name of the
    worker that runs it and the run's process group, or None if it suspended first."""
    run_id = UUID(flow_run_id)
    with get_client(sync_client=True) as client:

        def picked_up() -> bool:
            stack.check_alive()
            run = client.read_flow_run(run_id)
            if run.state and run.state.is_paused():
                return True  # too late for this one
            return bool(run.state and run.state.is_running() and run.infrastructure_pid)

        wait_until(picked_up, 180, f"flow run {flow_run_id} running on a worker", 0.05)
        run = client.read_flow_run(run_id)
        if not (run.state and run.state.is_running()):
            return None
        pid = int(str(run.infrastructure_pid).rsplit(":", 1)[-1])
        group = os.getpgid(pid)
        os.killpg(group, signal.SIGSTOP)
        time.sleep(1)  # a state change already on the wire lands first
        run = client.read_flow_run(run_id)
        if not (run.state and run.state.is_running()):
            os.killpg(group, signal.SIGCONT)
            return None
    workers = {proc.pid: name for name, proc in stack.processes.items()}
    worker = next(workers[p] for p in _ancestors(pid) if p in workers)
    return worker, group


def run_state(flow_run_id: str) -> tuple[StateType | None, str]:
    with get_client(sync_client=True) as client:
        state = client.read_flow_run(UUID(flow_run_id)).state
    return (state.type, state.message or "") if state else (None, "")


def test_the_deployments_are_on_the_pool_with_the_zombie_automation(
    pool: tuple[Stack, Runtime],
) -> None:
    with get_client(sync_client=True) as client:
        for name in (orchestration.LIFECYCLE_DEPLOYMENT, orchestration.SWEEP_DEPLOYMENT):
            assert client.read_deployment_by_name(name).work_pool_name == POOL
        (zombie,) = client.read_automations_by_name(console.ZOMBIE_AUTOMATION)
    assert zombie.enabled
    trigger = zombie.trigger
    assert isinstance(trigger, EventTrigger)
    # a run killed before its first heartbeat got out is caught by its Running event
    assert trigger.after == {"prefect.flow-run.Running", "prefect.flow-run.heartbeat"}
    assert trigger.within.total_seconds() == ZOMBIE_AFTER
    # a suspended run's process exits: its silence is no death
    assert "prefect.flow-run.Suspended" in trigger.expect
    (action,) = zombie.actions
    assert isinstance(action, ChangeFlowRunState) and action.state == StateType.CRASHED


def test_a_killed_worker_s_run_is_crashed_replaced_and_its_directive_closes_once(
    pool: tuple[Stack, Runtime], bucket: tuple[LoopbackS3, str]
) -> None:
    stack, rt = pool
    api = stack.settings.prefect.api_url
    frozen = None
    for letter in LETTERS:
        result = ingest_file(rt, letter, received_on=rt.ws.local_date(datetime.now(UTC)))
        assert result.flow_run_id
        frozen = freeze_while_running(stack, result.flow_run_id)
        if frozen is not None:
            break
    assert frozen is not None, "no run could be caught Running"
    worker, group = frozen
    dead = str(result.flow_run_id)
    stack.kill(worker)  # the worker's process group, as its host dies
    del stack.processes[worker]
    os.killpg(group, signal.SIGKILL)  # and the run's own group (the worker isolates it)
    print(f"killed {worker} while run {dead} of {result.number} was Running")

    # the surviving worker knows nothing of it: the zombie automation marks it Crashed
    wait_until(
        lambda: run_state(dead)[0] == StateType.CRASHED, ZOMBIE_AFTER + 120, "the zombie crash", 1
    )
    assert "No heartbeat" in run_state(dead)[1]
    # the sweep (on the surviving worker) replaces the crashed run, once
    sweep = run_deployment(orchestration.SWEEP_DEPLOYMENT, timeout=0)
    assert isinstance(sweep, FlowRun)
    wait_for_state(stack, api, str(sweep.id), {"Completed"}, 180)
    with rt.sessions() as session:
        replacement = store.get_directive(session, result.directive_id).flow_run_id
    assert replacement and replacement != dead
    wait_for_state(stack, api, replacement, {"Suspended"}, 180)

    approve_all(rt, result.directive_id)
    with rt.sessions.begin() as session:
        outcome = store.sign_off(session, rt.ws, result.directive_id, LEADER)
    assert outcome.closed
    signoff = orchestration.SignOff(number=result.number, round=outcome.round, signed_by=LEADER)
    assert orchestration.resume_signoff(replacement, signoff)
    wait_for_state(stack, api, replacement, {"Completed"}, 180)

    # the crash was told to each admin once (the failed-run automation and the outbox)
    admins = {p.id for p in rt.ws.org.with_role(Role.ADMIN) if p.email}

    def crash_alerts() -> list[str]:
        with rt.sessions() as session:
            return list(
                session.scalars(
                    select(Notification.recipient_id).where(
                        Notification.idempotency_key.startswith(f"run-alert:failed:{dead}:"),
                        Notification.channel == "email",
                    )
                )
            )

    wait_until(lambda: set(crash_alerts()) == admins, 120, "the admins' crash alert", 1)
    assert sorted(crash_alerts()) == sorted(admins)

    with rt.sessions() as session:
        assert store.closed_out(session, result.directive_id)
        assert check_all(session) == []  # chain, anchor and states agree after the kill
        kinds = Counter(
            session.scalars(
                select(AuditEvent.kind).where(AuditEvent.directive_id == result.directive_id)
            )
        )
        restarted = session.scalars(
            select(AuditEvent).where(
                AuditEvent.kind == "directive.run_restarted",
                AuditEvent.directive_id == result.directive_id,
            )
        ).one()
        n_actions = len(store.get_directive(session, result.directive_id).actions)
        rows = session.scalars(select(Notification)).all()
        messages = Counter((r.recipient_id, r.channel, r.subject, r.body) for r in rows)
        attempts_by_key = {r.idempotency_key: r.attempts for r in rows}
        zalo_ids = sorted(
            r.provider_message_id
            for r in rows
            if r.channel == CHANNEL_ZALO and r.provider_message_id is not None
        )
    attempts = {stable_message_id(k): n for k, n in attempts_by_key.items()}
    assert restarted.before == {"flow_run_id": dead, "run_state": "CRASHED"}
    assert kinds["directive.closed_out"] == 1
    assert kinds["action.assigned"] == n_actions
    assert [m for m, n in messages.items() if n > 1] == []  # no notice queued twice
    # the evidence is in the bucket, and the close-out, on a worker, read every file of it
    s3, name = bucket
    assert LoopbackS3.key(hashlib.sha256(APPROVED_BYTES).hexdigest()) in s3.objects(name)
    assert not (stack.settings.home_dir / "evidence").exists()
    assert not [k for k in attempts_by_key if k.startswith("integrity-closeout:")]
    # each mail arrives once; SMTP is at-least-once only for a row caught mid-send
    mails = Counter(str(m["Message-ID"]).strip() for m in read_mailbox(stack.settings.mail_dir))
    assert mails and set(mails) <= set(attempts)
    assert [mid for mid, n in mails.items() if n > 1 and attempts[mid] == 1] == []
    # each Zalo row names the one message the stand-in took for it: none sent twice
    assert zalo_ids and sorted(m["message_id"] for m in zalo_records(stack.settings.home_dir)) == (
        zalo_ids
    )
    assert run_state(dead)[0] == StateType.CRASHED
