"""Signing in: login links (valid, expired, tampered, reused), the request form, sign-out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from directives.db import Notification
from directives.notify.links import SigninLinks
from directives.notify.outbox import LINK_MARKER
from directives.portal.auth import SESSION_COOKIE, make_login_token
from directives.runtime import Runtime
from directives.settings import Settings
from tests.portal.conftest import BGD_ASSIGNEE, csrf_of, sign_in


def test_a_valid_link_signs_in_with_a_protected_cookie(
    client: TestClient, settings: Settings
) -> None:
    response = client.get(f"/dang-nhap/{make_login_token(settings, BGD_ASSIGNEE)}")
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie or "samesite=lax" in cookie.lower()
    assert "Secure" not in cookie  # public_url is plain http here
    assert f"Max-Age={settings.portal.session_hours * 3600}" in cookie
    page = client.get("/")
    assert page.status_code == 200
    assert "Đỗ Thị Hoa" in page.text
    assert "Công việc của tôi" in page.text


def test_the_cookie_is_secure_behind_https(settings: Settings) -> None:
    from directives.portal.app import create_app

    https = settings.model_copy(
        update={"portal": settings.portal.model_copy(update={"public_url": "https://cong.example"})}
    )
    with TestClient(create_app(https, side_effects=False), follow_redirects=False) as c:
        response = c.get(f"/dang-nhap/{make_login_token(https, BGD_ASSIGNEE)}")
    assert response.status_code == 303
    assert "Secure" in response.headers["set-cookie"]


def test_an_expired_link_is_refused(client: TestClient, settings: Settings) -> None:
    issued = datetime.now(UTC) - timedelta(minutes=settings.portal.login_link_minutes + 1)
    token = make_login_token(settings, BGD_ASSIGNEE, issued_at=issued)
    response = client.get(f"/dang-nhap/{token}")
    assert response.status_code == 403
    assert "đã hết hạn" in response.text
    assert client.get("/").status_code == 303  # still signed out


def test_a_tampered_link_is_refused(client: TestClient, settings: Settings) -> None:
    token = make_login_token(settings, BGD_ASSIGNEE)
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    response = client.get(f"/dang-nhap/{forged}")
    assert response.status_code == 403
    assert "không hợp lệ" in response.text
    other_key = settings.model_copy(update={"home": settings.home / "other"})
    response = client.get(f"/dang-nhap/{make_login_token(other_key, BGD_ASSIGNEE)}")
    assert response.status_code == 403
    assert client.get("/").status_code == 303


def test_a_link_works_once(client: TestClient, settings: Settings) -> None:
    token = make_login_token(settings, BGD_ASSIGNEE)
    assert client.get(f"/dang-nhap/{token}").status_code == 303
    again = client.get(f"/dang-nhap/{token}")
    assert again.status_code == 403
    assert "đã được sử dụng" in again.text


def test_asking_for_a_link_answers_the_same_for_anyone(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    csrf = csrf_of(client.get("/dang-nhap").text)
    known = client.post("/dang-nhap", data={"email": "Do.Thi.Hoa@example.org", "csrf_token": csrf})
    unknown = client.post("/dang-nhap", data={"email": "ai.do@example.org", "csrf_token": csrf})
    assert known.status_code == unknown.status_code == 303
    assert known.headers["location"] == unknown.headers["location"]
    with rt.sessions() as session:
        rows = session.scalars(select(Notification).where(Notification.event == "login")).all()
    assert {r.recipient_id for r in rows} == {BGD_ASSIGNEE}
    assert {r.channel for r in rows} == {"email", "zalo"}
    # Nothing in the outbox signs anyone in: the link is minted when the message is sent.
    assert all("/dang-nhap/" not in r.body and LINK_MARKER in r.body for r in rows)
    assert {(r.link_path, (r.extra or {}).get("link_minutes")) for r in rows} == {("/", 30)}


def test_a_message_link_signs_in_once_and_lands_on_its_page(
    client: TestClient, settings: Settings
) -> None:
    link = SigninLinks(settings)(BGD_ASSIGNEE, "/nhiem-vu/NV-01")
    token = link.rsplit("/dang-nhap/", 1)[1]
    first = client.get(f"/dang-nhap/{token}")
    assert first.status_code == 303 and first.headers["location"] == "/nhiem-vu/NV-01"
    assert "Đỗ Thị Hoa" in client.get("/").text
    assert "đã được sử dụng" in client.get(f"/dang-nhap/{token}").text


def test_a_message_link_never_lands_off_the_portal(client: TestClient, settings: Settings) -> None:
    link = SigninLinks(settings)(BGD_ASSIGNEE, "//evil.example/x")
    response = client.get("/dang-nhap/" + link.rsplit("/dang-nhap/", 1)[1])
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_asking_for_a_link_without_the_csrf_token_is_refused(
    client: TestClient, rt: Runtime
) -> None:
    client.get("/dang-nhap")
    response = client.post("/dang-nhap", data={"email": "do.thi.hoa@example.org"})
    assert response.status_code == 403
    assert "Mã bảo vệ biểu mẫu" in response.text
    with rt.sessions() as session:
        assert session.scalars(select(Notification)).all() == []


def test_sign_out_ends_the_session(client: TestClient, settings: Settings) -> None:
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    response = client.post("/dang-xuat", data={"csrf_token": csrf})
    assert response.status_code == 303
    assert client.get("/").status_code == 303
    assert client.get("/api/toi").status_code == 401
