"""kill -9 of the serve process at seeded-random points of a directive's life, then a restart.

One live stack (Prefect server on SQLite, serve, portal, mail catcher, Zalo
stand-in) plays the seed directive from ingest to close-out: the first flow
run, each upload / submit / review of the story through the portal's HTTP API
(as people would), the sign-off that resumes the run, and the close-out. At
``KILLS`` points drawn with ``random.Random(SEED)`` over that timeline, the
serve process's whole process group (the runner and its flow-run
subprocesses) is killed with SIGKILL and serve is started again:

- a few land at a random delay after the first run started (while it assigns,
  sweeps and dispatches, or as it suspends);
- a few land at a random delay after the sign-off resumed the run (while it
  closes out and dispatches the close-out messages);
- the rest land between two steps of the story, while the run is suspended;
  one of them keeps serve down while the sign-off resumes the run, which must
  wait Scheduled until serve is back.

Nothing may be lost or done twice: the directive closes with its six actions
approved, every uploaded file is there, each outbox row is ``sent`` exactly
once, the audit chain verifies, exactly one ``directive.closed_out`` event is
written and the flow run ends Completed.

Honest limit, asserted as such: SMTP is at-least-once. A kill between the mail
server's acceptance of a message and our commit of ``sent`` leaves the row
``sending``; after its lease it is sent again, with the same Message-ID (the
outbox derives it from the row's idempotency key), so mail clients drop the
copy. Such a copy is allowed only for a row that a kill caught in ``sending``
and that was attempted more than once; every other Message-ID arrives once.
Zalo OA texts have no such field; the dispatcher reads the conversation back
before re-sending, so the Zalo stand-in must have no text twice.

The outbox lease is shortened (``DIRECTIVES_OUTBOX__LEASE_SECONDS``) so that
stranded rows become due within the test; the final ``dispatch_pending`` pass
stands in for the reminder-sweep cron. Set ``DIRECTIVES_CRASH_SEED`` to replay
another timeline; the kill log is printed (``pytest -s``).

The harness (``Plan``, ``Chaos``, ``Story``) is in ``tests/chaos.py``.
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import select

from directives.audit_checks import check_all
from directives.db import Action, AuditEvent, Directive, Evidence, Notification
from directives.intake import ingest_file
from directives.local.mailcatcher import read_mailbox
from directives.local.stack import Stack
from directives.notify.outbox import CHANNEL_EMAIL, CHANNEL_ZALO
from directives.notify.smtp_mail import stable_message_id
from directives.runtime import Runtime
from directives.settings import Settings
from tests.chaos import LEASE_SECONDS, Chaos, Plan, Story, drain_outbox
from tests.conftest import SEED
from tests.live import api_auth, live_stack, zalo_records

pytestmark = [pytest.mark.slow, pytest.mark.prefect]

CRASH_SEED = int(os.environ.get("DIRECTIVES_CRASH_SEED", "115"))
KILLS = 20


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, Runtime]]:
    env = {"DIRECTIVES_OUTBOX__LEASE_SECONDS": str(LEASE_SECONDS)}
    with live_stack(tmp_path_factory, env) as running:
        yield running


@dataclass(frozen=True)
class Row:
    id: int
    channel: str
    key: str
    status: str
    attempts: int
    provider_id: str | None


# Twenty kills and restarts of serve: about 150 s on a quiet machine, several times that
# when other jobs share the two cores; the bound is there to stop a hang, not to time it.
@pytest.mark.timeout(1200)
def test_kill_serve_at_random_points_loses_and_repeats_nothing(
    live: tuple[Stack, Runtime],
) -> None:
    stack, rt = live
    settings = Settings()  # with the Zalo stand-in's endpoints and tokens
    began = time.monotonic()
    result = ingest_file(rt, SEED, received_on=rt.ws.local_date(datetime.now(UTC)))
    assert result.flow_run_id
    chaos = Chaos(stack, rt, result.flow_run_id)
    story = Story(settings.portal.url, settings, rt, result.number)
    try:
        rng = random.Random(CRASH_SEED)
        # the plan's shape needs the number of steps; the seed has six actions
        probe_steps = 6 * 2 + 3 + 6 + 1
        plan = Plan.draw(rng, probe_steps, KILLS)

        chaos.kill_during_run("after ingest", plan.after_ingest, "PAUSED")
        chaos.wait_for({"PAUSED"}, 180)
        steps = story.steps()
        assert len(steps) == probe_steps
        for index, (name, step) in enumerate(steps[:-1]):
            for n in range(plan.before_step[index]):
                chaos.kill_and_restart(f"before step {index} '{name}' #{n + 1}")
            step()
        # the sign-off resumes the run while serve is down: it waits Scheduled for serve
        chaos.kill_and_restart(f"during step {len(steps) - 1} '{steps[-1][0]}'", steps[-1][1])
        chaos.kill_during_run("after resume", plan.after_resume, "COMPLETED")
        chaos.wait_for({"COMPLETED"}, 180)
    finally:
        story.close()
        for crash in chaos.crashes:
            print(
                f"kill {crash.where}: run {crash.run_state}, outbox rows sending {crash.sending},"
                f" serving again after {crash.restart_seconds:.1f} s"
            )
    drain_outbox(rt, settings)
    print(f"crash test: {len(chaos.crashes)} kills, {time.monotonic() - began:.0f} s")
    assert len(chaos.crashes) == KILLS

    with rt.sessions() as session:
        directive = session.get(Directive, result.directive_id)
        assert directive is not None
        assert directive.state == "closed"
        assert [a.state for a in directive.actions] == ["approved"] * 6
        assert check_all(session) == []  # chain, anchor and states agree after the kills
        kinds = Counter(
            session.scalars(
                select(AuditEvent.kind).where(AuditEvent.directive_id == result.directive_id)
            )
        )
        assert kinds["directive.closed_out"] == 1
        assert kinds["action.assigned"] == 6
        evidence = session.execute(select(Action.code, Evidence.sha256).join(Evidence.action)).all()
        rows = session.scalars(select(Notification)).all()
        outbox = [
            Row(r.id, r.channel, r.idempotency_key, r.status, r.attempts, r.provider_message_id)
            for r in rows
        ]

    assert sorted((code, sha) for code, sha in evidence) == sorted(story.uploads)
    assert all(rt.ws.evidence.exists(sha) for _, sha in evidence)

    assert outbox and all(r.status == "sent" for r in outbox)
    retried = {r.id for r in outbox if r.attempts > 1}
    assert retried <= chaos.caught, "only rows a kill caught in `sending` are attempted again"

    mails = Counter(str(m["Message-ID"]).strip() for m in read_mailbox(settings.mail_dir))
    resent: set[int] = set()
    for row in (r for r in outbox if r.channel == CHANNEL_EMAIL):
        delivered = mails[stable_message_id(row.key)]
        assert delivered >= 1, f"outbox row {row.id} is sent but never arrived"
        if delivered > 1:
            resent.add(row.id)
    print(
        f"rows caught by a kill: {len(chaos.caught)}; attempted again: {len(retried)}; "
        f"mail delivered twice (same Message-ID): {len(resent)}"
    )
    assert resent <= retried, "a copy only after a kill between SMTP acceptance and our commit"
    expected_ids = {stable_message_id(r.key) for r in outbox if r.channel == CHANNEL_EMAIL}
    assert set(mails) <= expected_ids

    # Each Zalo row records the id the stand-in gave its message; a second send of a row
    # would leave a message no row points at (two rows may carry the same text).
    zalo_ids = sorted(r.provider_id or "" for r in outbox if r.channel == CHANNEL_ZALO)
    assert sorted(m["message_id"] for m in zalo_records(settings.home_dir)) == zalo_ids

    run = httpx.get(
        f"{chaos.api}/flow_runs/{result.flow_run_id}", timeout=10, auth=api_auth()
    ).json()
    assert run["state"]["type"] == "COMPLETED"
