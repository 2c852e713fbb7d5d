"""Inputs out of range get a 404 or a 422 with a Vietnamese message, never a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from directives.runtime import Runtime
from directives.settings import Settings
from tests.portal.conftest import BGD_ASSIGNEE, INSPECTOR, Seeded, sign_in, snapshot


@pytest.mark.parametrize("evidence_id", [2**63, 2**31, -1, 0, 10**30])
def test_an_evidence_id_out_of_range_is_not_found(
    client: TestClient, settings: Settings, seeded: Seeded, evidence_id: int
) -> None:
    sign_in(client, settings, BGD_ASSIGNEE)
    response = client.get(f"/tai-lieu/{evidence_id}")
    assert response.status_code == 404
    assert "Không tìm thấy" in response.text


@pytest.mark.parametrize("until", ["31/12/9999", "9999-12-31", "01/01/0001"])
def test_an_extension_to_the_end_of_time_is_refused_in_vietnamese(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime, until: str
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    before = snapshot(rt, seeded)
    response = client.post(
        f"/nhiem-vu/{code}/gia-han", data={"csrf_token": csrf, "until": until, "reason": "Lâu"}
    )
    assert response.status_code == 422
    assert "nằm ngoài phạm vi lịch làm việc" in response.text
    assert snapshot(rt, seeded) == before
    inspector = sign_in(client, settings, INSPECTOR)
    decided = client.post(
        f"/nhiem-vu/{code}/gia-han/quyet-dinh",
        data={"csrf_token": inspector, "decision": "approve"},
    )
    assert decided.status_code == 404  # nothing was left pending to approve
