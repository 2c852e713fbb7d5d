"""The endpoint Prefect's automations call: only with the token, once per (run, kind, state),
to every admin; bad input is refused in Vietnamese without a traceback."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from directives.alerts import ALERT_PATH, alert_token
from directives.db import Notification
from directives.org import Role
from directives.runtime import Runtime
from directives.settings import Settings

RUN_ID = "0b6c3f9e-2f4e-4f7a-9a43-1c2d3e4f5a6b"


def post(client: TestClient, token: str | None, body: object) -> tuple[int, dict[str, object]]:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    response = client.post(ALERT_PATH, json=body, headers=headers)
    found: dict[str, object] = response.json()
    return response.status_code, found


def test_an_alert_queues_one_message_per_admin_once(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    body = {"kind": "failed", "flow_run_id": RUN_ID, "state": "Crashed"}
    status, reply = post(client, alert_token(settings), body)
    admins = rt.ws.org.with_role(Role.ADMIN)
    assert status == 200 and admins
    assert reply["queued"] == sum(bool(a.email) + bool(a.zalo_user_id) for a in admins)
    assert post(client, alert_token(settings), body) == (200, {"queued": 0})  # fired twice
    with rt.sessions() as session:
        rows = session.scalars(select(Notification).where(Notification.channel == "email")).all()
    assert {r.recipient_id for r in rows} == {a.id for a in admins if a.email}
    assert all("Crashed" in r.subject and RUN_ID in r.body for r in rows)


def test_an_alert_without_the_token_or_with_bad_input_is_refused(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    good = {"kind": "stuck", "flow_run_id": RUN_ID, "state": "Running"}
    assert post(client, None, good)[0] == 401
    assert post(client, "not-the-token", good)[0] == 401
    token = alert_token(settings)
    for bad in (
        {"kind": "reboot", "flow_run_id": RUN_ID, "state": "Running"},
        {"kind": "stuck", "flow_run_id": "../../etc", "state": "Running"},
        {"kind": "stuck"},
        ["not", "an", "object"],
    ):
        status, reply = post(client, token, bad)
        assert status == 400 and reply["error"] == "Nội dung cảnh báo không đúng định dạng."
    with rt.sessions() as session:
        assert session.scalars(select(Notification)).all() == []
