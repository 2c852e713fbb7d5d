"""After a committed change: queued messages go out, Prefect hears of it, failures do no harm."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from directives import orchestration, store
from directives.db import Notification
from directives.local.mailcatcher import MailCatcher
from directives.portal.app import create_app
from directives.runtime import Runtime
from directives.settings import Settings
from tests.notify.conftest import catcher, delivery_settings, mail_dir, zalo
from tests.portal.conftest import BGD_ASSIGNEE, Seeded, confirm_link, csrf_of, sign_in

__all__ = ["catcher", "delivery_settings", "mail_dir", "zalo"]  # the notify tests' fixtures

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def events(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, dict[str, Any]]]:
    """What the portal tells Prefect (the Prefect edge is recorded, not run)."""
    seen: list[tuple[str, str, dict[str, Any]]] = []
    monkeypatch.setattr(
        orchestration,
        "emit",
        lambda event, resource, payload, **_: seen.append((event, resource, payload)),
    )
    return seen


@pytest.fixture
def live_client(delivery_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(delivery_settings), follow_redirects=False) as c:
        yield c


def upload_report(client: TestClient, csrf: str, code: str) -> int:
    response = client.post(
        f"/nhiem-vu/{code}/tai-lieu",
        data={"csrf_token": csrf},
        files={"file": ("bc.txt", "Báo cáo.".encode(), "text/plain")},
    )
    status: int = response.status_code
    return status


def test_a_requested_login_link_arrives_by_mail_and_signs_in(
    live_client: TestClient,
    catcher: MailCatcher,
    rt: Runtime,
    events: list[tuple[str, str, dict[str, Any]]],
) -> None:
    csrf = csrf_of(live_client.get("/dang-nhap").text)
    response = live_client.post(
        "/dang-nhap", data={"email": "do.thi.hoa@example.org", "csrf_token": csrf}
    )
    assert response.status_code == 303
    mails = catcher.messages()
    assert len(mails) == 1
    assert mails[0]["To"].addresses[0].addr_spec == "do.thi.hoa@example.org"
    body = mails[0].get_body(("plain",))
    assert body is not None
    text = body.get_content()
    link = next(line.strip() for line in text.splitlines() if "/dang-nhap/" in line)
    assert confirm_link(live_client, link.rsplit("/dang-nhap/", 1)[1]).status_code == 303
    assert "Đỗ Thị Hoa" in live_client.get("/").text
    with rt.sessions() as session:
        rows = session.scalars(select(Notification).where(Notification.event == "login")).all()
    assert {(r.channel, r.status) for r in rows} == {("email", "sent"), ("zalo", "sent")}
    assert events == [
        ("directives.login.requested", f"directives.person.{BGD_ASSIGNEE}", {"by": None})
    ]


def test_a_move_sends_its_messages_and_emits_an_event(
    live_client: TestClient,
    delivery_settings: Settings,
    seeded: Seeded,
    catcher: MailCatcher,
    events: list[tuple[str, str, dict[str, Any]]],
) -> None:
    code = seeded.action_of("bgd")
    csrf = sign_in(live_client, delivery_settings, BGD_ASSIGNEE)
    assert upload_report(live_client, csrf, code) == 303
    assert live_client.post(f"/nhiem-vu/{code}/nop", data={"csrf_token": csrf}).status_code == 303
    kinds = [e[0] for e in events]
    assert kinds == ["directives.evidence.uploaded", "directives.action.submitted"]
    assert {e[1] for e in events} == {f"directives.action.{code}"}
    assert all(e[2]["by"] == BGD_ASSIGNEE for e in events)
    # No message per submission: the inspection team hears of it in the sweep's digest.
    team = {"huynh.thi.lan@example.org", "dang.van.minh@example.org", "bui.thi.ngoc@example.org"}
    assert not [m for m in catcher.messages() if str(m["To"]) in team]


def test_a_failing_event_or_dispatch_does_not_undo_the_change(
    live_client: TestClient,
    delivery_settings: Settings,
    seeded: Seeded,
    rt: Runtime,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import directives.notify.dispatch as dispatch

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("Prefect and the mail server are both down")

    monkeypatch.setattr(orchestration, "emit", broken)
    monkeypatch.setattr(dispatch, "dispatch_pending", broken)
    code = seeded.action_of("bgd")
    csrf = sign_in(live_client, delivery_settings, BGD_ASSIGNEE)
    assert upload_report(live_client, csrf, code) == 303
    with rt.sessions() as session:
        assert len(store.get_action(session, code).evidence) == 1
