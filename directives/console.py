"""The operator's console in the Prefect UI: artifacts kept current under stable keys, and
the automations that watch the directives' runs.

Like ``orchestration``, this module talks to the Prefect API; it takes plain data
(rows, numbers, ids) and knows nothing of the database. ``monitor`` decides what
to show and calls it after a commit, best effort.

Artifacts are updated in place: the latest version under a key is patched
(``PATCH /artifacts/{id}`` also moves the key's collection), so the run's
Artifacts tab shows one table and one progress bar that change, not a new
version per click. Only when a key has no artifact yet is one created, attached
to the directive's flow run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from uuid import UUID

from prefect.blocks.webhook import Webhook
from prefect.client.orchestration import SyncPrefectClient, get_client
from prefect.client.schemas.actions import ArtifactCreate, ArtifactUpdate
from prefect.client.schemas.filters import ArtifactCollectionFilter, ArtifactCollectionFilterKey
from prefect.client.schemas.objects import StateType
from prefect.context import FlowRunContext
from prefect.events.actions import CallWebhook, ChangeFlowRunState
from prefect.events.schemas.automations import AutomationCore, EventTrigger, Posture
from prefect.types import SecretDict

from directives.orchestration import api_url

log = logging.getLogger(__name__)

ALERT_BLOCK = "directives-admin-alert"
FAILED_AUTOMATION = "directives-run-failed-mail-admins"
STUCK_AUTOMATION = "directives-run-stuck-flag"
ZOMBIE_AUTOMATION = "directives-run-zombie-crash"
# The related flow of a run of the product's deployments (an event's match_related).
PRODUCT_FLOWS: dict[str, str | list[str]] = {
    "prefect.resource.role": "flow",
    "prefect.resource.name": ["directive-lifecycle", "reminder-sweep"],
}
RUN_TAG = "directive"
# A run leaves Running for one of these; one that does not within the bound is stuck.
LEAVES_RUNNING = {
    f"prefect.flow-run.{name}"
    for name in (
        "Completed",
        "Failed",
        "Crashed",
        "Cancelled",
        "Cancelling",
        "Suspended",
        "Paused",
        "Scheduled",
        "AwaitingRetry",
        "Retrying",
        "TimedOut",
    )
}
# A run's process sends ``prefect.flow-run.heartbeat`` while it executes and stops
# for good with one of these (a suspended run's process exits: not a zombie).
STOPS_BEATING = {
    "prefect.flow-run.heartbeat",
    *(
        f"prefect.flow-run.{name}"
        for name in ("Completed", "Failed", "Crashed", "Cancelled", "Suspended", "Paused")
    ),
}


@dataclass(frozen=True)
class ArtifactContent:
    key: str
    type: str  # "table", "progress" or "markdown"
    data: Any
    description: str


# What this flow-run process wrote under each key in the last minute: (when, artifact id,
# content). A directive's run refreshes its artifacts after assignment and again after its
# sweep, usually unchanged: the same content is not sent again, and a key written a moment
# ago is patched without being looked up. Older entries are forgotten (another process may
# have written since, or the artifact been deleted). Outside a flow run (the portal, the
# CLI: long-lived, or acting between other writers) every call looks up and writes.
RECENT_SECONDS = 60.0
_published: dict[tuple[str, str], tuple[float, UUID, ArtifactContent]] = {}


def publish_artifacts(flow_run_id: str | None, contents: list[ArtifactContent]) -> list[UUID]:
    """Create or update, in place, each artifact under its key; returns their ids (none
    when no Prefect server is configured)."""
    server = api_url()
    if server is None:
        return []
    now = time.monotonic()
    for key in [k for k, (at, _, _) in _published.items() if now - at > RECENT_SECONDS]:
        del _published[key]
    recent = _published if FlowRunContext.get() is not None else {}
    changed = [c for c in contents if recent.get((server, c.key), (0, 0, None))[2] != c]
    ids = {c.key: recent[(server, c.key)][1] for c in contents if c not in changed}
    if changed:
        with _client() as client:
            for content in changed:
                known = recent.get((server, content.key))
                ids[content.key] = _upsert(
                    client, flow_run_id, content, known[1] if known else None
                )
                recent[(server, content.key)] = (now, ids[content.key], content)
    return [ids[c.key] for c in contents]


@contextmanager
def _client() -> Iterator[SyncPrefectClient]:
    """The flow run's own client when called from a run's task (a new one costs about 20 ms
    of CPU), else a new one."""
    run = FlowRunContext.get()
    if run is not None and isinstance(run.client, SyncPrefectClient):
        yield run.client
        return
    with get_client(sync_client=True) as client:
        yield client


def _upsert(
    client: SyncPrefectClient,
    flow_run_id: str | None,
    content: ArtifactContent,
    known_id: UUID | None,
) -> UUID:
    if known_id is not None:
        latest_id: UUID | None = known_id
    else:
        latest = client.read_latest_artifacts(
            artifact_filter=ArtifactCollectionFilter(
                key=ArtifactCollectionFilterKey(any_=[content.key])
            ),
            limit=1,
        )
        latest_id = latest[0].latest_id if latest else None
    if latest_id is not None:
        client.update_artifact(
            latest_id, ArtifactUpdate(data=content.data, description=content.description)
        )
        return latest_id
    created = client.create_artifact(
        ArtifactCreate(
            key=content.key,
            type=content.type,
            data=content.data,
            description=content.description,
            flow_run_id=UUID(flow_run_id) if flow_run_id else None,
        )
    )
    return created.id


# Automations ----------------------------------------------------------------------------


def ensure_automations(
    alert_url: str, token: str, stuck_after: timedelta, zombie_after: timedelta | None = None
) -> list[str]:
    """Create, if missing, the automations that watch the directives' runs; returns the
    names created now (none when they all exist). With ``zombie_after`` (the
    scale-out path, workers on several hosts), also Prefect's zombie detection: a
    run whose heartbeats stop for that long without an end or a suspension is
    marked Crashed, which mails the admins (the first automation) and lets the
    reminder sweep's repair step replace it.

    Both call our own webhook (the portal's alert endpoint, ``alert_url``), which
    queues a message to every admin through the outbox: it works offline and
    without a Prefect e-mail block, the admins' addresses stay in the org
    directory, and a mail server that is down delays the message instead of
    losing it (the outbox retries). The webhook block carries the shared token
    in its secret headers and is rewritten on each start, so a rotated key or a
    moved portal takes effect.
    """
    block_id = Webhook(
        method="POST",
        url=alert_url,
        headers=SecretDict({"Authorization": f"Bearer {token}"}),
        allow_private_urls=True,
    ).save(ALERT_BLOCK, overwrite=True)
    wanted = [
        AutomationCore(
            name=FAILED_AUTOMATION,
            description="Mail the admins when a run of the directives' deployments fails or "
            "crashes (through the portal's alert endpoint and the outbox).",
            trigger=EventTrigger(
                match={"prefect.resource.id": "prefect.flow-run.*"},
                match_related=PRODUCT_FLOWS,
                expect={"prefect.flow-run.Failed", "prefect.flow-run.Crashed"},
                posture=Posture.Reactive,
                threshold=1,
                within=timedelta(0),
            ),
            actions=[CallWebhook(block_document_id=block_id, payload=_payload("failed"))],
        ),
        AutomationCore(
            name=STUCK_AUTOMATION,
            description=f"Flag a directive's run that stays Running longer than {stuck_after}: "
            "mail the admins (a run normally suspends within seconds).",
            trigger=EventTrigger(
                match={"prefect.resource.id": "prefect.flow-run.*"},
                match_related={"prefect.resource.id": f"prefect.tag.{RUN_TAG}"},
                after={"prefect.flow-run.Running"},
                expect=LEAVES_RUNNING,
                for_each={"prefect.resource.id"},
                posture=Posture.Proactive,
                threshold=1,
                within=stuck_after,
            ),
            actions=[CallWebhook(block_document_id=block_id, payload=_payload("stuck"))],
        ),
    ]
    if zombie_after is not None:
        wanted.append(_zombie_automation(zombie_after))
    created: list[str] = []
    with get_client(sync_client=True) as client:
        for automation in wanted:
            existing = client.read_automations_by_name(automation.name)
            if existing:  # kept current: a new version's definition replaces the old
                client.update_automation(existing[0].id, automation)
                continue
            client.create_automation(automation)
            created.append(automation.name)
    return created


def _zombie_automation(silent_for: timedelta) -> AutomationCore:
    """Prefect's documented zombie detection, for the product's flows: its worker host
    died (or the process was killed) while the run was Running, so no one will ever
    move the run on."""
    return AutomationCore(
        name=ZOMBIE_AUTOMATION,
        description=f"Mark Crashed a run of the directives' deployments that sent no "
        f"heartbeat for {silent_for} while running (its worker or host died); the reminder "
        "sweep then replaces it.",
        trigger=EventTrigger(
            match={"prefect.resource.id": "prefect.flow-run.*"},
            match_related=PRODUCT_FLOWS,
            # Running too: a run killed before its first heartbeat left is a zombie as well
            after={"prefect.flow-run.Running", "prefect.flow-run.heartbeat"},
            expect=STOPS_BEATING,
            for_each={"prefect.resource.id"},
            posture=Posture.Proactive,
            threshold=1,
            within=silent_for,
        ),
        actions=[
            ChangeFlowRunState(
                state=StateType.CRASHED,
                message=f"No heartbeat for {silent_for}: its worker or host died.",
            )
        ],
    )


def _payload(kind: str) -> str:
    # Prefect renders this template; ``tojson`` quotes the run's name and message, so
    # the portal needs nothing else (it answers at once, without calling Prefect back).
    return (
        '{"kind": "' + kind + '", "flow_run_id": "{{ flow_run.id }}", '
        '"state": "{{ flow_run.state.name }}", "name": {{ flow_run.name | tojson }}, '
        '"message": {{ (flow_run.state.message or "") | tojson }}}'
    )
