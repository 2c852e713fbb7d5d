"""The endpoint Prefect's automations call (a webhook block): a run failed, crashed or is
stuck Running. It queues a message to every admin through the outbox and sends it.

Authenticated by the bearer token of ``alerts.alert_token``, not by a portal
session. The payload (rendered by Prefect from ``console``'s template) holds
the run's id, state, name and state message; the endpoint answers at once.
"""

from __future__ import annotations

import json
import logging
import re

from fastapi import APIRouter, BackgroundTasks, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from directives.alerts import ALERT_KINDS, ALERT_PATH, RunAlert, queue_run_alert, token_ok
from directives.portal.context import Portal, dispatch_outbox, json_error, portal_of

log = logging.getLogger(__name__)
router = APIRouter()
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@router.post(ALERT_PATH)
async def run_alert(request: Request, background: BackgroundTasks) -> Response:
    portal = portal_of(request)
    if not token_ok(portal.settings, request.headers.get("authorization")):
        return json_error(401, "Yêu cầu cảnh báo không có mã xác thực hợp lệ.")
    try:
        body = json.loads(await request.body())
        kind, run_id, state = str(body["kind"]), str(body["flow_run_id"]), str(body["state"])
        name, message = str(body.get("name") or run_id), str(body.get("message") or "")
    except (ValueError, KeyError, TypeError):
        return json_error(400, "Nội dung cảnh báo không đúng định dạng.")
    if kind not in ALERT_KINDS or not UUID_RE.match(run_id):
        return json_error(400, "Nội dung cảnh báo không đúng định dạng.")
    alert = RunAlert(kind, run_id, name[:200], state[:40], message[:500])
    queued = await run_in_threadpool(_queue, portal, alert)
    log.warning(
        "flow run %s (%s) raised a %s alert: %d message(s) queued", run_id, name, kind, queued
    )
    if portal.side_effects:
        background.add_task(dispatch_outbox, portal)
    return JSONResponse({"queued": queued})


def _queue(portal: Portal, alert: RunAlert) -> int:
    with portal.sessions.begin() as session:
        return queue_run_alert(session, portal.ws, alert)
