"""Each store move through the portal: allowed ones work, refused ones change nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from directives import orchestration, store
from directives.db import Action
from directives.runtime import Runtime
from directives.settings import Settings
from tests.portal.conftest import (
    ADMIN,
    BGD_ASSIGNEE,
    DIRECTOR,
    INSPECTOR,
    LEADER,
    VP_ASSIGNEE,
    Seeded,
    sign_in,
    snapshot,
)

REPORT = "Báo cáo kết quả thực hiện nhiệm vụ.".encode()


class Person:
    """A signed-in person's own client."""

    def __init__(self, client: TestClient, settings: Settings, person_id: str) -> None:
        self.client = TestClient(client.app, follow_redirects=False)
        self.csrf = sign_in(self.client, settings, person_id)

    def post(self, path: str, **data: str) -> Any:
        return self.client.post(path, data={"csrf_token": self.csrf, **data})

    def upload(self, code: str, content: bytes = REPORT) -> Any:
        return self.client.post(
            f"/nhiem-vu/{code}/tai-lieu",
            data={"csrf_token": self.csrf},
            files={"file": ("bao-cao.txt", content, "text/plain")},
        )


@pytest.fixture
def people(client: TestClient, settings: Settings) -> Callable[[str], Person]:
    made: dict[str, Person] = {}

    def get(person_id: str) -> Person:
        if person_id not in made:
            made[person_id] = Person(client, settings, person_id)
        return made[person_id]

    return get


def submitted(people: Callable[[str], Person], code: str, who: str = BGD_ASSIGNEE) -> None:
    assert people(who).upload(code).status_code == 303
    assert people(who).post(f"/nhiem-vu/{code}/nop").status_code == 303


def test_refused_moves_change_nothing(
    people: Callable[[str], Person], rt: Runtime, seeded: Seeded
) -> None:
    bgd = seeded.action_of("bgd")
    vp = seeded.action_of("vp")
    for person in (BGD_ASSIGNEE, VP_ASSIGNEE, INSPECTOR, LEADER, DIRECTOR, ADMIN):
        people(person)  # sign everyone in first: a sign-in is audited
    submitted(people, bgd)
    assert people(VP_ASSIGNEE).upload(vp).status_code == 303  # in progress
    refused: list[tuple[str, str, dict[str, str], int, str]] = [
        (VP_ASSIGNEE, f"/nhiem-vu/{bgd}/tham-dinh", {"decision": "approve"}, 403, "không có quyền"),
        (
            BGD_ASSIGNEE,
            f"/nhiem-vu/{bgd}/tham-dinh",
            {"decision": "approve"},
            403,
            "không có quyền",
        ),
        (DIRECTOR, f"/nhiem-vu/{bgd}/tham-dinh", {"decision": "approve"}, 403, "không có quyền"),
        (INSPECTOR, f"/nhiem-vu/{bgd}/tham-dinh", {"decision": "reject"}, 422, "ghi rõ ý kiến"),
        (VP_ASSIGNEE, f"/nhiem-vu/{bgd}/nop", {}, 409, "Không thể nộp"),
        (INSPECTOR, f"/nhiem-vu/{vp}/nop", {}, 403, "không có quyền"),
        (INSPECTOR, f"/nhiem-vu/{bgd}/mo-lai", {"reason": "Xem lại"}, 409, "Không thể mở lại"),
        (BGD_ASSIGNEE, f"/nhiem-vu/{bgd}/giao-lai", {"unit_id": "vp"}, 403, "không có quyền"),
        (ADMIN, f"/nhiem-vu/{bgd}/giao-lai", {"unit_id": "khong-co"}, 404, "Không tìm thấy"),
        (INSPECTOR, f"/nhiem-vu/{vp}/gia-han", {"until": "2030-01-01", "reason": "x"}, 403, ""),
        (VP_ASSIGNEE, f"/nhiem-vu/{vp}/gia-han", {"until": "31/02/2030", "reason": "x"}, 422, ""),
        (INSPECTOR, f"/nhiem-vu/{vp}/gia-han/quyet-dinh", {"decision": "approve"}, 404, ""),
        (INSPECTOR, f"/van-ban/{seeded.code}/ky-xac-nhan", {"decision": "sign"}, 403, ""),
        (LEADER, f"/van-ban/{seeded.code}/ky-xac-nhan", {"decision": "sign"}, 409, "chưa được"),
        (LEADER, f"/van-ban/{seeded.code}/ky-xac-nhan", {"decision": "refuse"}, 422, "lý do"),
        (LEADER, f"/nhiem-vu/{bgd}/tham-dinh", {"decision": "maybe"}, 422, "không hợp lệ"),
        (LEADER, "/nhiem-vu/KHONG-CO/nop", {}, 404, "Không tìm thấy"),
    ]
    for who, path, data, status, message in refused:
        before = snapshot(rt, seeded)
        response = people(who).post(path, **data)
        assert response.status_code == status, (who, path, response.text[:300])
        assert message in response.text, (who, path)
        assert 'id="error-message"' in response.text
        assert snapshot(rt, seeded) == before, (who, path)


def test_the_api_speaks_json_errors(
    people: Callable[[str], Person], seeded: Seeded, client: TestClient
) -> None:
    response = people(VP_ASSIGNEE).client.post(
        f"/nhiem-vu/{seeded.action_of('bgd')}/nop",
        headers={"X-CSRF-Token": people(VP_ASSIGNEE).csrf, "Accept": "application/json"},
    )
    assert response.status_code == 409
    assert response.json()["status"] == 409
    assert response.json()["error"].startswith("Không thể nộp")
    assert client.get("/api/van-ban/115/UBND-NCPC").status_code == 401


def test_a_post_without_the_csrf_token_is_refused(
    people: Callable[[str], Person], rt: Runtime, seeded: Seeded
) -> None:
    bgd = seeded.action_of("bgd")
    hoa = people(BGD_ASSIGNEE)
    assert hoa.upload(bgd).status_code == 303
    other_session = people(VP_ASSIGNEE).csrf  # a token of another session
    before = snapshot(rt, seeded)
    assert hoa.client.post(f"/nhiem-vu/{bgd}/nop").status_code == 403
    wrong = hoa.client.post(f"/nhiem-vu/{bgd}/nop", data={"csrf_token": "0" * 64})
    assert wrong.status_code == 403
    stolen = hoa.client.post(f"/nhiem-vu/{bgd}/nop", headers={"X-CSRF-Token": other_session})
    assert stolen.status_code == 403
    upload = hoa.client.post(
        f"/nhiem-vu/{bgd}/tai-lieu", files={"file": ("a.txt", REPORT, "text/plain")}
    )
    assert upload.status_code == 403
    assert snapshot(rt, seeded) == before
    header = hoa.client.post(f"/nhiem-vu/{bgd}/nop", headers={"X-CSRF-Token": hoa.csrf})
    assert header.status_code == 303
    assert snapshot(rt, seeded).states[bgd] == "submitted"


def test_a_signed_out_post_is_refused(client: TestClient, seeded: Seeded) -> None:
    response = client.post(f"/nhiem-vu/{seeded.action_of('bgd')}/nop")
    assert response.status_code == 401
    assert client.get(f"/nhiem-vu/{seeded.action_of('bgd')}").status_code == 303


def test_reject_shows_the_comment_then_resubmit_and_approve(
    people: Callable[[str], Person], rt: Runtime, seeded: Seeded
) -> None:
    bgd = seeded.action_of("bgd")
    submitted(people, bgd)
    inspector = people(INSPECTOR)
    review_page = inspector.client.get(f"/nhiem-vu/{bgd}").text
    assert "Thẩm định kết quả thực hiện" in review_page
    assert bgd in inspector.client.get("/").text  # in the inspector's "to review" list
    comment = "Đề nghị bổ sung Kế hoạch số 12/KH-SNgV kèm theo."
    assert (
        inspector.post(f"/nhiem-vu/{bgd}/tham-dinh", decision="reject", comment=comment).status_code
        == 303
    )
    page = people(BGD_ASSIGNEE).client.get(f"/nhiem-vu/{bgd}").text
    assert comment in page
    assert "Bị trả lại" in page
    assert "Thẩm định kết quả thực hiện" not in page  # no review form for the unit
    submitted(people, bgd)
    assert inspector.post(f"/nhiem-vu/{bgd}/tham-dinh", decision="approve").status_code == 303
    assert snapshot(rt, seeded).states[bgd] == "approved"
    reopen = inspector.post(f"/nhiem-vu/{bgd}/mo-lai", reason="Số liệu chưa khớp.")
    assert reopen.status_code == 303
    assert snapshot(rt, seeded).states[bgd] == "reopened"
    assert "Số liệu chưa khớp." in people(BGD_ASSIGNEE).client.get(f"/nhiem-vu/{bgd}").text


def test_extension_request_and_decision(
    people: Callable[[str], Person], rt: Runtime, seeded: Seeded
) -> None:
    vp = seeded.action_of("vp")
    asked = people(VP_ASSIGNEE).post(
        f"/nhiem-vu/{vp}/gia-han", until="30/06/2031", reason="Chờ ý kiến của Sở Nội vụ."
    )
    assert asked.status_code == 303
    assert "Chờ ý kiến của Sở Nội vụ." in people(INSPECTOR).client.get("/").text
    decided = people(INSPECTOR).post(
        f"/nhiem-vu/{vp}/gia-han/quyet-dinh", decision="approve", comment="Đồng ý."
    )
    assert decided.status_code == 303
    with rt.sessions() as session:
        action = session.scalar(select(Action).where(Action.code == vp))
        assert action is not None
        assert action.effective_deadline is not None
        assert action.effective_deadline.isoformat() == "2031-06-30"
        assert action.original_deadline != action.effective_deadline
    page = people(VP_ASSIGNEE).client.get(f"/nhiem-vu/{vp}").text
    assert "30/06/2031" in page
    assert "Đồng ý gia hạn" in page


def test_admin_reassigns_an_action(
    people: Callable[[str], Person], rt: Runtime, seeded: Seeded
) -> None:
    bgd = seeded.action_of("bgd")
    assert people(ADMIN).post(f"/nhiem-vu/{bgd}/giao-lai", unit_id="htqt").status_code == 303
    assert "Phòng Hợp tác quốc tế" in people(ADMIN).client.get(f"/nhiem-vu/{bgd}").text
    assert people(BGD_ASSIGNEE).upload(bgd).status_code == 403


def _approve_everything(people: Callable[[str], Person], seeded: Seeded) -> None:
    for code, unit in seeded.actions.items():
        submitted(people, code, BGD_ASSIGNEE if unit == "bgd" else VP_ASSIGNEE)
        assert (
            people(INSPECTOR).post(f"/nhiem-vu/{code}/tham-dinh", decision="approve").status_code
            == 303
        )


@pytest.mark.parametrize("prefect_answers", ["resumed", "unreachable"])
def test_sign_off_closes_and_resumes_the_run(
    people: Callable[[str], Person],
    rt: Runtime,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
    prefect_answers: str,
) -> None:
    """The sign-off is recorded whatever Prefect says; the page tells the truth about the run."""
    resumed: list[tuple[str, orchestration.SignOff]] = []

    def resume(flow_run_id: str, signoff: orchestration.SignOff) -> bool:
        if prefect_answers == "unreachable":
            raise ConnectionError("Prefect server is down")
        resumed.append((flow_run_id, signoff))
        return True

    # Prefect is the one thing not run here: its edge is replaced, the database is real.
    monkeypatch.setattr(orchestration, "resume_signoff", resume)
    with rt.sessions.begin() as session:
        store.set_flow_run(session, seeded.directive_id, "0b9a4f0e-2f47-4c55-9f65-5a1de0c0ffee")
    _approve_everything(people, seeded)
    assert snapshot(rt, seeded).directive_state == "awaiting_signoff"
    assert seeded.number in people(LEADER).client.get("/").text
    assert 'value="sign"' in people(LEADER).client.get(f"/van-ban/{seeded.code}").text
    leader = people(LEADER)
    response = leader.post(f"/van-ban/{seeded.code}/ky-xac-nhan", decision="sign", comment="Đạt.")
    assert response.status_code == 303
    page = leader.client.get(response.headers["location"]).text
    assert snapshot(rt, seeded).directive_state == "closed"
    if prefect_answers == "resumed":
        assert resumed == [
            (
                "0b9a4f0e-2f47-4c55-9f65-5a1de0c0ffee",
                orchestration.SignOff(
                    number=seeded.number, round=1, signed_by=LEADER, comment="Đạt."
                ),
            )
        ]
        assert "Văn bản đã được ký xác nhận hoàn thành." in page
    else:
        assert resumed == []
        assert "hệ thống sẽ tự động cập nhật" in page
    again = leader.post(f"/van-ban/{seeded.code}/ky-xac-nhan", decision="sign")
    assert again.status_code == 409


def test_refusing_to_sign_returns_the_directive_to_work(
    people: Callable[[str], Person], rt: Runtime, seeded: Seeded
) -> None:
    _approve_everything(people, seeded)
    response = people(LEADER).post(
        f"/van-ban/{seeded.code}/ky-xac-nhan", decision="refuse", comment="Cần bổ sung hồ sơ."
    )
    assert response.status_code == 303
    assert snapshot(rt, seeded).directive_state == "active"
    page = people(DIRECTOR).client.get(f"/van-ban/{seeded.code}").text
    assert "Cần bổ sung hồ sơ." in page
