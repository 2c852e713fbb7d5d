"""Coordination in the portal: officers named by their unit's head and seeing the action in
their work, a coordinating unit uploading what the lead unit submits, upload and submit in
one step, a file withdrawn before submission, and a refused upload answered with the
action page, the reason and what was typed."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from directives import store
from directives.db import Action, AuditEvent, Evidence
from directives.runtime import Runtime
from directives.settings import Settings
from tests.portal.conftest import (
    BGD_ASSIGNEE,
    DIRECTOR,
    VP_ASSIGNEE,
    VP_HEAD,
    Seeded,
    sign_in,
    snapshot,
)
from tests.portal.test_evidence import PDF, upload


def as_person(client: TestClient, settings: Settings, person: str) -> tuple[TestClient, str]:
    other = TestClient(client.app, follow_redirects=False)
    return other, sign_in(other, settings, person)


def share(rt: Runtime, code: str, unit: str) -> None:
    with rt.sessions.begin() as session:
        session.execute(update(Action).where(Action.code == code).values(coordinating_units=[unit]))


def last_audit(rt: Runtime) -> str:
    with rt.sessions() as session:
        kind = session.scalar(select(AuditEvent.kind).order_by(AuditEvent.id.desc()).limit(1))
    return kind or ""


def test_a_unit_head_names_an_officer_who_then_sees_the_action(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    code = seeded.action_of("vp")
    other = seeded.action_of("bgd")
    share(rt, other, "vp")  # Văn phòng coordinates one of Ban Giám đốc's actions
    csrf = sign_in(client, settings, VP_HEAD)
    page = client.get(f"/nhiem-vu/{code}").text
    assert 'id="officer-form"' in page and "Xử lý chính" in page
    response = client.post(
        f"/nhiem-vu/{code}/can-bo",
        data={"csrf_token": csrf, "person_id": VP_ASSIGNEE, "role": "lead"},
    )
    assert response.status_code == 303
    assert response.headers["location"].endswith("tb=officer-assigned")
    page = client.get(f"/nhiem-vu/{code}").text
    assert re.search(r"Ngô Văn Cường</strong> \(Văn phòng Sở\): <span[^>]*>Xử lý chính", page)
    assert last_audit(rt) == "action.officer_assigned"

    officer, _ = as_person(client, settings, VP_ASSIGNEE)
    work = officer.get("/").text
    assert code in work and other in work  # named on one, his unit coordinates the other
    assert 'id="officer-form"' not in officer.get(f"/nhiem-vu/{code}").text

    # a member is not a head; a head of another unit cannot name this unit's people
    member, member_csrf = as_person(client, settings, VP_ASSIGNEE)
    director, director_csrf = as_person(client, settings, DIRECTOR)
    before = snapshot(rt, seeded)
    for who, token in ((member, member_csrf), (director, director_csrf)):
        refused = who.post(
            f"/nhiem-vu/{code}/can-bo",
            data={"csrf_token": token, "person_id": VP_ASSIGNEE, "role": "watch"},
        )
        assert refused.status_code == 403
        assert "không có quyền phân công cán bộ" in refused.text
    assert snapshot(rt, seeded) == before

    removed = client.post(
        f"/nhiem-vu/{code}/can-bo",
        data={"csrf_token": csrf, "person_id": VP_ASSIGNEE, "remove": "1"},
    )
    assert removed.status_code == 303
    assert last_audit(rt) == "action.officer_removed"
    assert "Phân công cán bộ thực hiện" in client.get(f"/nhiem-vu/{code}").text
    assert "Chưa phân công cán bộ." in client.get(f"/nhiem-vu/{code}").text


def test_a_coordinating_unit_uploads_and_only_the_lead_unit_submits(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    code = seeded.action_of("bgd")
    share(rt, code, "vp")
    helper, helper_csrf = as_person(client, settings, VP_ASSIGNEE)
    page = helper.get(f"/nhiem-vu/{code}").text
    assert 'id="upload-form"' in page and "Đơn vị phối hợp bổ sung tài liệu" in page
    assert 'name="submit_now"' not in page  # one step only for the lead unit
    assert upload(helper, helper_csrf, code, PDF, name="so-lieu-phoi-hop.pdf") == 303
    page = helper.get(f"/nhiem-vu/{code}").text
    assert "so-lieu-phoi-hop.pdf" in page and 'id="submit-action"' not in page
    refused = helper.post(f"/nhiem-vu/{code}/nop", data={"csrf_token": helper_csrf})
    assert refused.status_code == 403 and "chỉ đơn vị chủ trì nộp" in refused.text
    assert helper.get(f"/tai-lieu/{_evidence_ids(rt, code)[0]}").status_code == 200

    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    lead_page = client.get(f"/nhiem-vu/{code}").text
    assert 'id="submit-action"' in lead_page  # still "assigned", yet there is a file to send
    assert client.post(f"/nhiem-vu/{code}/nop", data={"csrf_token": csrf}).status_code == 303
    with rt.sessions() as session:
        assert store.get_action(session, code).state == "submitted"


def _evidence_ids(rt: Runtime, code: str) -> list[int]:
    with rt.sessions() as session:
        action = store.get_action(session, code)
        return [e.id for e in action.evidence]


def test_upload_and_submit_in_one_step(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    assert 'name="submit_now"' in client.get(f"/nhiem-vu/{code}").text
    response = client.post(
        f"/nhiem-vu/{code}/tai-lieu",
        data={"csrf_token": csrf, "submit_now": "1"},
        files={"file": ("bao-cao.pdf", PDF, "application/pdf")},
    )
    assert response.status_code == 303
    assert response.headers["location"].endswith("tb=uploaded-submitted")
    with rt.sessions() as session:
        action = store.get_action(session, code)
        assert action.state == "submitted"
        assert [e.submitted_at is not None for e in action.evidence] == [True]


def test_a_file_is_withdrawn_before_submission_and_stays_stored(
    client: TestClient, settings: Settings, seeded: Seeded, rt: Runtime
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    assert upload(client, csrf, code, PDF, name="nham-tep.pdf") == 303
    (evidence_id,) = _evidence_ids(rt, code)
    outsider, outsider_csrf = as_person(client, settings, VP_ASSIGNEE)
    before = snapshot(rt, seeded)
    denied = outsider.post(f"/tai-lieu/{evidence_id}/rut", data={"csrf_token": outsider_csrf})
    assert denied.status_code == 403 and "không có quyền rút tài liệu" in denied.text
    assert snapshot(rt, seeded) == before
    page = client.get(f"/nhiem-vu/{code}").text
    assert f'action="/tai-lieu/{evidence_id}/rut"' in page
    response = client.post(f"/tai-lieu/{evidence_id}/rut", data={"csrf_token": csrf})
    assert response.status_code == 303
    after = snapshot(rt, seeded)
    assert after.evidence_rows == before.evidence_rows - 1
    assert after.files == before.files  # only the row goes; the sweep judges the bytes
    assert last_audit(rt) == "evidence.withdrawn"
    page = client.get(f"/nhiem-vu/{code}").text
    assert f'data-evidence="{evidence_id}"' not in page
    assert "Rút tài liệu kiểm chứng chưa nộp" in page  # the history says it, with the name

    assert upload(client, csrf, code, PDF) == 303
    (submitted,) = _evidence_ids(rt, code)
    assert client.post(f"/nhiem-vu/{code}/nop", data={"csrf_token": csrf}).status_code == 303
    late = client.post(f"/tai-lieu/{submitted}/rut", data={"csrf_token": csrf})
    assert late.status_code == 409 and "không thể rút lại" in late.text


@pytest.mark.parametrize(
    "content, fields, status, reason",
    [
        (PDF, {"doc_date": "31/02/2017"}, 422, "Ngày ban hành tài liệu không hợp lệ"),
        (b"MZ\x90\x00\x03\x00", {"doc_date": "15/03/2017"}, 422, "Loại tệp không được chấp nhận"),
    ],
)
def test_a_refused_upload_returns_to_the_action_with_the_reason_and_what_was_typed(
    client: TestClient,
    settings: Settings,
    seeded: Seeded,
    rt: Runtime,
    content: bytes,
    fields: dict[str, str],
    status: int,
    reason: str,
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    before = snapshot(rt, seeded)
    typed = {
        "doc_number": "25/BC-SNgV",
        "period": "Quý I năm 2017",
        "criterion": "Tiêu chí 1.1",
        "note": "Bản chính, có chữ ký",
        "submit_now": "1",
        **fields,
    }
    response = client.post(
        f"/nhiem-vu/{code}/tai-lieu",
        data={"csrf_token": csrf, **typed},
        files={"file": ("bao-cao.pdf", content, "application/pdf")},
    )
    assert response.status_code == status
    page = response.text
    assert f"<h1>Nhiệm vụ {code}</h1>" in page  # the action page, not an error page
    assert re.search(r'id="upload-error">[^<]*' + re.escape(reason), page)
    assert "đề nghị chọn lại tệp" in page
    for name in ("doc_number", "period", "criterion", "doc_date"):
        assert f'name="{name}" value="{typed[name]}"' in page.replace(' maxlength="10"', ""), name
    assert ">Bản chính, có chữ ký</textarea>" in page
    assert 'id="submit_now" checked' in page
    assert snapshot(rt, seeded) == before
    with rt.sessions() as session:
        assert session.scalars(select(Evidence.id)).all() == []
