"""The crash test's harness (``test_crash_recovery.py``): where the kills of serve go
(``Plan``: in the first run, between the story's steps, after the resume), the killer
that notes what was in flight and waits until serve serves again (``Chaos``), the
demo's story played one HTTP request a step (``Story``), and the outbox drained as the
reminder-sweep cron would drain it."""

from __future__ import annotations

import hashlib
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx
from sqlalchemy import func, select

from directives.db import AuditEvent, Notification
from directives.local.demo_story import REJECTION_COMMENT, PersonClient
from directives.local.stack import Stack, wait_until
from directives.notify.dispatch import dispatch_pending
from directives.orchestration import LIFECYCLE_DEPLOYMENT
from directives.org import Person, Role
from directives.runtime import Runtime
from directives.settings import Settings
from tests.live import api_auth

LEASE_SECONDS = 20
# An in-run kill waits for its anchor, then for a delay drawn up to the anchor's bound.
# Measured on 2 cores: a run spends 3-7 s PENDING ("Submitting": its subprocess imports
# Prefect and the core) and about 1 s RUNNING; sending a pass of the outbox takes a
# fraction of that. Anchors (the run's state type, then what the run wrote to the
# database) make the kills land inside the run whatever the machine's speed.
ANCHOR_DELAY = {
    "PENDING": 1.5,  # the run's process is starting
    "RUNNING": 0.8,  # its tasks run
    "dispatching": 0.15,  # it has claimed outbox rows and is sending them
    "closed out": 0.3,  # it has recorded the close-out (its result not yet persisted)
}
INGEST_ANCHORS = ("PENDING", "RUNNING", "dispatching")
RESUME_ANCHORS = ("PENDING", "RUNNING", "dispatching", "closed out")


@dataclass(frozen=True)
class InRunKill:
    anchor: str  # what starts the clock: a key of ANCHOR_DELAY
    delay: float


@dataclass
class Plan:
    """Where the kills go: after the first run starts, before story step i, after the resume."""

    after_ingest: list[InRunKill]
    before_step: Counter[int]
    after_resume: list[InRunKill]

    @classmethod
    def draw(cls, rng: random.Random, steps: int, kills: int) -> Plan:
        def in_run(anchors: tuple[str, ...], n: int) -> list[InRunKill]:
            """Every anchor once, then drawn ones; the shortest delays first, since a kill
            that misses lets the run finish and leaves the rest of the phase nothing to hit."""
            drawn = [*anchors, *(rng.choice(anchors) for _ in range(n - len(anchors)))]
            kills = [InRunKill(a, rng.uniform(0.0, ANCHOR_DELAY[a])) for a in drawn]
            return sorted(kills, key=lambda k: (ANCHOR_DELAY[k.anchor], k.delay))

        in_ingest = rng.randint(len(INGEST_ANCHORS), 5)
        in_resume = rng.randint(len(RESUME_ANCHORS), 5)
        between = kills - in_ingest - in_resume - 1  # and one with the sign-off while down
        return cls(
            after_ingest=in_run(INGEST_ANCHORS, in_ingest),
            before_step=Counter(rng.randrange(steps - 1) for _ in range(between)),
            after_resume=in_run(RESUME_ANCHORS, in_resume),
        )


@dataclass
class Crash:
    where: str
    run_state: str
    sending: list[int]
    restart_seconds: float


@dataclass
class Chaos:
    """Kills serve, notes what was in flight, starts it again and waits until it serves."""

    stack: Stack
    rt: Runtime
    flow_run_id: str
    crashes: list[Crash] = field(default_factory=list)
    caught: set[int] = field(default_factory=set)  # outbox rows a kill found `sending`

    @property
    def api(self) -> str:
        return self.stack.settings.prefect.api_url

    def run_state(self) -> tuple[str, str]:
        """The flow run's state type and name."""
        body = httpx.get(
            f"{self.api}/flow_runs/{self.flow_run_id}", timeout=10, auth=api_auth()
        ).json()
        state = body.get("state") or {}
        return str(state.get("type", "")), str(state.get("name", ""))

    def kill_and_restart(self, where: str, while_down: Callable[[], None] | None = None) -> None:
        """Kill serve, note the outbox rows it may have been sending, do ``while_down``
        (a step of the story while nothing executes runs), start serve again."""
        _, state = self.run_state()
        started = time.monotonic()
        self.stack.kill("serve")
        with self.rt.sessions() as session:
            sending = list(
                session.scalars(select(Notification.id).where(Notification.status == "sending"))
            )
        self.caught.update(sending)
        if while_down is not None:
            while_down()
        restarted_at = datetime.now(UTC)
        self.stack.restart("serve")
        self.wait_served_since(restarted_at)
        self.crashes.append(Crash(where, state, sending, time.monotonic() - started))

    def wait_served_since(self, since: datetime) -> None:
        """Serve re-registers its deployments after its start-up recovery, then polls."""
        url = f"{self.api}/deployments/name/{LIFECYCLE_DEPLOYMENT}"

        def served() -> bool:
            self.stack.check_alive()
            updated = httpx.get(url, timeout=10, auth=api_auth()).json()["updated"]
            return datetime.fromisoformat(updated) >= since

        wait_until(served, 90, "serve after a restart", 0.2)

    def wait_for(self, types: set[str], timeout: float) -> str:
        """Wait until the run's state type is one of ``types``; returns it."""
        seen = ""

        def reached() -> bool:
            nonlocal seen
            seen, name = self.run_state()
            if seen in {"FAILED", "CRASHED", "CANCELLED"}:
                raise AssertionError(f"flow run {self.flow_run_id} ended {name}")
            return seen in types

        wait_until(reached, timeout, f"the flow run reaching {'/'.join(sorted(types))}", 0.1)
        return seen

    def anchor_reached(self, anchor: str, kind: str) -> bool:
        """Whether the run, whose state type is ``kind``, has reached ``anchor``."""
        if anchor == "PENDING":
            return kind in {"PENDING", "RUNNING"}
        if kind != "RUNNING":
            return False
        if anchor == "RUNNING":
            return True
        with self.rt.sessions() as session:
            if anchor == "dispatching":
                found = select(Notification.id).where(Notification.status == "sending")
            else:
                found = select(AuditEvent.id).where(AuditEvent.kind == "directive.closed_out")
            return session.scalar(found.limit(1)) is not None

    def kill_during_run(self, where: str, kills: list[InRunKill], done: str) -> None:
        """Each kill: once the run reaches the kill's anchor, wait its delay and kill. When
        the run reaches ``done`` first (a re-run has less to do), kill it there."""
        for n, kill in enumerate(kills):
            kind = ""

            def ready(anchor: str = kill.anchor) -> bool:
                nonlocal kind
                kind, name = self.run_state()
                if kind in {"FAILED", "CRASHED", "CANCELLED"}:
                    raise AssertionError(f"flow run {self.flow_run_id} ended {name}")
                return kind == done or self.anchor_reached(anchor, kind)

            wait_until(ready, 120, f"the run reaching {kill.anchor} or {done}", 0.05)
            if kind != done:
                time.sleep(kill.delay)
            self.kill_and_restart(f"{where} #{n + 1} ({kill.anchor} +{kill.delay:.2f} s)")


@dataclass
class Story:
    """The demo's story, one HTTP request per step, so that kills fall between them."""

    portal_url: str
    settings: Settings
    rt: Runtime
    number: str
    clients: dict[str, PersonClient] = field(default_factory=dict)
    uploads: list[tuple[str, str]] = field(default_factory=list)  # (action code, sha256)

    def client(self, person: Person) -> PersonClient:
        if person.id not in self.clients:
            # no pooled connection outlives a kill: the story's requests test the server's
            # crash safety, not a socket of a process the test itself killed
            self.clients[person.id] = PersonClient(
                self.portal_url, self.settings, person, keep_alive=False
            )
            self.clients[person.id].login()
        return self.clients[person.id]

    def close(self) -> None:
        for c in self.clients.values():
            c.http.close()

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        org = self.rt.ws.org
        reviewer = next(p for p in org.with_role(Role.INSPECTOR) if not p.has(Role.TEAM_LEADER))
        leader = org.with_role(Role.TEAM_LEADER)[0]
        status = self.client(reviewer).get_json(
            "đọc tình trạng", f"/api/van-ban/{quote(self.number, safe='')}"
        )
        actions: list[dict[str, Any]] = status["actions"]

        def upload(action: dict[str, Any], version: int) -> Callable[[], None]:
            def run() -> None:
                person = org.assignees_of(action["lead_unit"])[0]
                content = self.client(person).upload_report(org, action, version)
                self.uploads.append((action["code"], hashlib.sha256(content).hexdigest()))

            return run

        def submit(action: dict[str, Any]) -> Callable[[], None]:
            def run() -> None:
                person = org.assignees_of(action["lead_unit"])[0]
                self.client(person).post(
                    f"nộp {action['code']}", f"/nhiem-vu/{action['code']}/nop", data={}
                )

            return run

        def review(code: str, approve: bool, comment: str) -> Callable[[], None]:
            def run() -> None:
                self.client(reviewer).post(
                    f"thẩm định {code}",
                    f"/nhiem-vu/{code}/tham-dinh",
                    data={"decision": "approve" if approve else "reject", "comment": comment},
                )

            return run

        def sign() -> None:
            self.client(leader).post(
                f"ký xác nhận {self.number}",
                f"/van-ban/{status['code']}/ky-xac-nhan",
                data={"decision": "sign", "comment": "Thống nhất."},
            )

        steps: list[tuple[str, Callable[[], None]]] = []
        for a in actions:
            steps += [(f"upload {a['code']}", upload(a, 1)), (f"submit {a['code']}", submit(a))]
        first = actions[0]
        steps += [
            (f"reject {first['code']}", review(first["code"], False, REJECTION_COMMENT)),
            (f"upload {first['code']} again", upload(first, 2)),
            (f"submit {first['code']} again", submit(first)),
        ]
        steps += [(f"approve {a['code']}", review(a["code"], True, "Đạt.")) for a in actions]
        steps.append(("sign off", sign))
        return steps


def drain_outbox(rt: Runtime, settings: Settings) -> None:
    """What the reminder-sweep cron would do: send until nothing is left (stranded rows
    become due when their lease runs out)."""

    def drained() -> bool:
        dispatch_pending(rt.sessions, settings)
        with rt.sessions() as session:
            left = session.scalar(
                select(func.count(Notification.id)).where(Notification.status != "sent")
            )
        return left == 0

    wait_until(drained, LEASE_SECONDS + 60, "the outbox to drain", 1.0)
