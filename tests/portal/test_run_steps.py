"""The endpoint a directive's run asks for its steps (``directives.run_steps``): only with
the run token, only the known steps, bad input refused in Vietnamese; over HTTP a step
answers what it answers in the run's own process."""

from __future__ import annotations

import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from directives import run_steps
from directives.run_steps import STEPS_PATH, StepCall, StepFailed, steps_token
from directives.runtime import Runtime
from directives.settings import PROJECT_ROOT, Settings
from tests.portal.conftest import Seeded, running_portal


def post(
    client: TestClient, step: str, token: str | None, body: bytes | str
) -> tuple[int, dict[str, object]]:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    response = client.post(f"{STEPS_PATH}/{step}", content=body, headers=headers)
    found: dict[str, object] = response.json()
    return response.status_code, found


def test_a_step_over_http_answers_what_it_answers_in_process(
    client: TestClient, settings: Settings, rt: Runtime, seeded: Seeded
) -> None:
    call = StepCall(directive_id=seeded.directive_id)
    status, reply = post(client, "signoff-state", steps_token(settings), call.model_dump_json())
    here = run_steps.perform((rt.sessions, rt.ws), "signoff-state", call)
    assert status == 200 and reply == here.model_dump(mode="json")
    assert reply["number"] == seeded.number and reply["closed"] is False
    assert all(code in str(reply["reason"]) for code in seeded.actions)


def test_assigning_again_over_http_announces_nothing_new(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    body = StepCall(directive_id=seeded.directive_id).model_dump_json()
    assert post(client, "assign", steps_token(settings), body) == (200, {"actions": 0})


def test_a_step_without_the_token_unknown_or_malformed_is_refused(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    good = StepCall(directive_id=seeded.directive_id).model_dump_json()
    token = steps_token(settings)
    assert post(client, "assign", None, good)[0] == 401
    assert post(client, "assign", "not-the-token", good)[0] == 401
    # a token made of the same key for another purpose does not open this door
    from directives.alerts import alert_token

    assert post(client, "assign", alert_token(settings), good)[0] == 401
    assert post(client, "drop-tables", token, good) == (
        404,
        {"error": "Không có bước xử lý này.", "status": 404},
    )
    for bad in ('{"directive_id": "x"}', "not json", "[1, 2]"):
        assert post(client, "assign", token, bad) == (
            400,
            {"error": "Nội dung yêu cầu không đúng định dạng.", "status": 400},
        )
    assert post(client, "assign", token, "{}")[0] == 400  # no directive named
    assert post(client, "signoff-state", token, '{"directive_id": 987654}') == (
        404,
        {"error": "Không tìm thấy văn bản chỉ đạo.", "status": 404},
    )
    # the store's own checks hold behind the token: no close-out before the sign-off
    status, reply = post(client, "close-out", token, good)
    assert status == 409 and "chưa được ký xác nhận" in str(reply["error"])
    assert not (settings.closeout_dir / seeded.code).exists()  # and nothing written


def test_a_run_asks_the_live_portal_and_a_refusal_raises_for_the_task_to_retry(
    settings: Settings, seeded: Seeded
) -> None:
    with running_portal(settings) as live:
        port = int(live.url.rsplit(":", 1)[1])
        portal = settings.portal.model_copy(update={"port": port})
        here = settings.model_copy(update={"portal": portal})
        call = StepCall(directive_id=seeded.directive_id)
        answer = run_steps.SignoffState.model_validate(
            run_steps._from_portal(here, "signoff-state", call)
        )
        assert answer.number == seeded.number and not answer.closed
        other = here.model_copy(update={"secret_key": SecretStr("another stack's key")})
        with pytest.raises(StepFailed, match="401"):
            run_steps._from_portal(other, "signoff-state", call)


def test_the_lifecycle_flow_module_loads_none_of_the_core_stack() -> None:
    """What a flow-run process imports for the flow: with the steps in the portal, it
    must not load SQLAlchemy, the templates or the mail plugins (about 0.4 CPU-s a run)."""
    heavy = ("sqlalchemy", "jinja2", "apprise", "holidays", "directives.store")
    code = f"import sys, flows.lifecycle; print(','.join(m for m in {heavy!r} if m in sys.modules))"
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == ""
