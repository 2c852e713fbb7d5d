"""The messages page: a person sees what was sent to them and chooses their channels."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from directives.db import Notification
from directives.notify.messages import render
from directives.notify.outbox import enqueue
from directives.runtime import Runtime
from directives.settings import Settings
from tests.portal.conftest import BGD_ASSIGNEE, VP_ASSIGNEE, csrf_of, sign_in

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def queue_test_message(rt: Runtime, settings: Settings, person_id: str, event: str) -> None:
    person = rt.ws.org.person(person_id)
    message = render(settings.templates_dir, "test_message", recipient=person, channel_label="thử")
    with rt.sessions.begin() as session:
        enqueue(session, event=event, recipient=person, message=message)


def test_a_person_sees_only_their_own_messages(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    queue_test_message(rt, settings, BGD_ASSIGNEE, "test:1")
    queue_test_message(rt, settings, VP_ASSIGNEE, "test:2")
    sign_in(client, settings, BGD_ASSIGNEE)

    page = client.get("/thong-bao").text

    assert page.count("Thư thử nghiệm kênh thử") == 2  # e-mail and Zalo rows, both hers
    assert "Chờ gửi" in page and "Thư điện tử" in page and "Zalo" in page
    assert 'href="/thong-bao"' in client.get("/").text  # reachable from every page


def test_choosing_channels_is_stored_and_routes_the_next_message(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    sign_in(client, settings, BGD_ASSIGNEE)
    csrf = csrf_of(client.get("/thong-bao").text)

    saved = client.post("/thong-bao", data={"csrf_token": csrf, "channel": ["zalo"]})

    assert saved.status_code == 303 and saved.headers["location"] == "/thong-bao?tb=channels-saved"
    page = client.get(saved.headers["location"]).text
    assert "Đã lưu lựa chọn kênh nhận thông báo." in page
    assert 'value="zalo" checked' in page and 'value="email" checked' not in page
    queue_test_message(rt, settings, BGD_ASSIGNEE, "test:3")
    with rt.sessions() as session:
        channels = session.scalars(select(Notification.channel)).all()
    assert channels == ["zalo"]


def test_changing_channels_needs_the_csrf_token_and_a_sign_in(
    client: TestClient, settings: Settings
) -> None:
    assert client.post("/thong-bao", data={"channel": ["zalo"]}).status_code in (401, 403)
    sign_in(client, settings, BGD_ASSIGNEE)
    assert client.post("/thong-bao", data={"channel": ["zalo"]}).status_code == 403
