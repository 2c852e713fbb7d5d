"""Alerts about the directives' flow runs, raised by Prefect automations: a run that failed
or crashed, or a directive's run that stayed Running past its bound.

Prefect calls the portal's alert endpoint (a webhook block with a bearer token
derived from the signing key); the endpoint queues one message per admin
through the outbox, keyed by (run, kind, state), so an automation that fires
twice, or a webhook retried, mails once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from directives.bearer import bearer_ok, derived_token
from directives.notify.messages import queue_to
from directives.org import Role
from directives.settings import Settings
from directives.workspace import Workspace

ALERT_KINDS = {"failed", "stuck"}
ALERT_PATH = "/he-thong/canh-bao-luong-xu-ly"


def alert_token(settings: Settings) -> str:
    """The bearer token Prefect's webhook sends; derived, so it is never stored apart."""
    return derived_token(settings, b"prefect-run-alert")


def token_ok(settings: Settings, authorization: str | None) -> bool:
    return bearer_ok(authorization, alert_token(settings))


@dataclass(frozen=True)
class RunAlert:
    kind: str  # "failed" or "stuck"
    flow_run_id: str
    run_name: str
    state: str
    message: str


def queue_run_alert(session: Session, ws: Workspace, alert: RunAlert) -> int:
    """Queue the alert to every admin (caller's transaction); returns messages queued."""
    return queue_to(
        session,
        ws.settings.templates_dir,
        "run_alert",
        ws.org.with_role(Role.ADMIN),
        event=f"run-alert:{alert.kind}:{alert.flow_run_id}:{alert.state}",
        alert=alert,
        ui_url=f"{ws.settings.prefect.ui_url}/runs/flow-run/{alert.flow_run_id}",
    )
