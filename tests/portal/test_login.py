"""Signing in: a link opens a confirmation page whose button signs in, once; sessions live
on the server and end at sign-out or when an admin disables the person; requests for links
are rate-limited; the outbox never holds a usable link."""

from __future__ import annotations

import secrets
import threading
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import func, select

from directives import access
from directives.access import PortalSession, SignInLink
from directives.db import Notification
from directives.errors import PermissionDenied
from directives.notify.dispatch import Outcome, Outgoing, dispatch_pending
from directives.notify.links import SigninLinks
from directives.notify.outbox import LINK_MARKER
from directives.portal.app import create_app
from directives.portal.auth import SESSION_COOKIE, Auth, make_login_token
from directives.runtime import Runtime
from directives.settings import Settings
from tests.portal.conftest import ADMIN, BGD_ASSIGNEE, Seeded, confirm_link, csrf_of, sign_in

SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@SQLITE_ONLY
def test_opening_a_link_uses_nothing_up_and_the_button_signs_in(
    client: TestClient, settings: Settings
) -> None:
    token = make_login_token(settings, BGD_ASSIGNEE)
    for _ in range(3):  # a mail scanner, a Zalo preview, the person
        page = client.get(f"/dang-nhap/{token}")
        assert page.status_code == 200
        assert "Xác nhận đăng nhập" in page.text and "Đỗ Thị Hoa" in page.text
        assert page.headers["cache-control"] == "no-store"
    assert client.get("/").status_code == 303  # not signed in by a GET
    response = client.post(f"/dang-nhap/{token}", data={"csrf_token": csrf_of(page.text)})
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "HttpOnly" in cookie and "samesite=lax" in cookie.lower()
    assert "Secure" not in cookie  # public_url is plain http here
    assert f"Max-Age={settings.portal.session_hours * 3600}" in cookie
    home = client.get("/")
    assert home.status_code == 200 and "Đỗ Thị Hoa" in home.text
    assert home.headers["cache-control"] == "no-store"
    assert client.get("/api/toi").headers["cache-control"] == "no-store"


@SQLITE_ONLY
def test_the_button_needs_the_visitors_own_csrf_token(
    client: TestClient, settings: Settings
) -> None:
    """A page elsewhere cannot sign a victim in as the attacker by posting his link."""
    token = make_login_token(settings, BGD_ASSIGNEE)
    client.get("/dang-nhap")
    refused = client.post(f"/dang-nhap/{token}", data={"csrf_token": "x" * 64})
    assert refused.status_code == 403
    assert confirm_link(client, token).status_code == 303  # the link is still good


@SQLITE_ONLY
def test_the_cookie_is_secure_behind_https(settings: Settings) -> None:
    https = settings.model_copy(
        update={"portal": settings.portal.model_copy(update={"public_url": "https://cong.example"})}
    )
    app = create_app(https, side_effects=False)
    with TestClient(app, base_url="https://testserver", follow_redirects=False) as c:
        response = confirm_link(c, make_login_token(https, BGD_ASSIGNEE))
    assert response.status_code == 303
    assert "Secure" in response.headers["set-cookie"]


@SQLITE_ONLY
def test_expired_unknown_and_used_links_are_refused(client: TestClient, settings: Settings) -> None:
    issued = datetime.now(UTC) - timedelta(minutes=settings.portal.login_link_minutes + 1)
    expired = make_login_token(settings, BGD_ASSIGNEE, issued_at=issued)
    response = client.get(f"/dang-nhap/{expired}")
    assert response.status_code == 403 and "đã hết hạn" in response.text
    unknown = client.get(f"/dang-nhap/{secrets.token_urlsafe(32)}")
    assert unknown.status_code == 403 and "không hợp lệ" in unknown.text
    token = make_login_token(settings, BGD_ASSIGNEE)
    assert confirm_link(client, token).status_code == 303
    again = client.post(f"/dang-nhap/{token}", data={"csrf_token": csrf_of(client.get("/").text)})
    assert again.status_code == 403 and "đã được sử dụng" in again.text


@SQLITE_ONLY
def test_a_link_lands_on_its_page_and_only_on_this_site(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    code = seeded.action_of("bgd")
    asked = client.get(f"/nhiem-vu/{code}")
    assert asked.status_code == 303
    assert asked.headers["location"] == f"/dang-nhap?next=%2Fnhiem-vu%2F{code}"
    assert f'name="next" value="/nhiem-vu/{code}"' in client.get(asked.headers["location"]).text
    landed = confirm_link(
        client, make_login_token(settings, BGD_ASSIGNEE, next_path=f"/nhiem-vu/{code}")
    )
    assert landed.headers["location"] == f"/nhiem-vu/{code}"
    for hostile in ("//evil.example/x", "https://evil.example/", "/\\evil.example", "/dang-nhap/x"):
        assert access.safe_next(hostile) is None
        response = confirm_link(client, make_login_token(settings, BGD_ASSIGNEE, next_path=hostile))
        assert response.headers["location"] == "/"


def _ask(client: TestClient, email: str, next_path: str = "") -> int:
    csrf = csrf_of(client.get("/dang-nhap").text)
    response = client.post(
        "/dang-nhap", data={"email": email, "csrf_token": csrf, "next": next_path}
    )
    assert response.status_code in (303, 429), response.text
    if response.status_code == 429:
        assert "quá số lần cho phép" in response.text
    status: int = response.status_code
    return status


def test_asking_for_a_link_answers_the_same_for_anyone_and_stores_no_usable_link(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    assert _ask(client, "Do.Thi.Hoa@example.org", "/van-ban/115") == 303
    assert _ask(client, "ai.do@example.org") == 303
    with rt.sessions() as session:
        rows = session.scalars(select(Notification).where(Notification.event == "login")).all()
        assert session.scalars(select(SignInLink)).all() == []  # minted only when sent
    assert {r.recipient_id for r in rows} == {BGD_ASSIGNEE}
    assert {r.channel for r in rows} == {"email", "zalo"}
    assert {r.link_path for r in rows} == {"/van-ban/115"}
    assert all("/dang-nhap/" not in r.body and LINK_MARKER in r.body for r in rows)
    sent: list[Outgoing] = []

    def capture(item: Outgoing) -> Outcome:
        sent.append(item)
        return Outcome(ok=True, provider_message_id="test")

    dispatch_pending(rt.sessions, settings, sender=capture)
    [mail] = [item for item in sent if item.channel == "email"]
    assert mail.link and "/dang-nhap/" in mail.link
    token = mail.link.rsplit("/dang-nhap/", 1)[1]
    with rt.sessions() as session:  # at rest: the token's hash, not the token
        stored = session.scalars(select(SignInLink.token_hash)).all()
    assert access.digest(token) in stored and token not in stored
    landed = confirm_link(client, token)  # the mailed link signs in, on its page
    assert landed.status_code == 303 and landed.headers["location"] == "/van-ban/115"
    assert "Đỗ Thị Hoa" in client.get("/").text


@SQLITE_ONLY
def test_a_message_link_signs_in_once_and_lands_on_its_page(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    link = SigninLinks(settings, rt.sessions)(BGD_ASSIGNEE, "/nhiem-vu/NV-01")
    token = link.rsplit("/dang-nhap/", 1)[1]
    first = confirm_link(client, token)
    assert first.status_code == 303 and first.headers["location"] == "/nhiem-vu/NV-01"
    assert "đã được sử dụng" in client.get(f"/dang-nhap/{token}").text
    off_site = SigninLinks(settings, rt.sessions)(BGD_ASSIGNEE, "//evil.example/x")
    assert confirm_link(client, off_site.rsplit("/", 1)[1]).headers["location"] == "/"


def test_sign_in_requests_are_limited_per_address_and_per_client(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    limits = settings.portal
    answers = [_ask(client, "do.thi.hoa@example.org") for _ in range(25)]
    assert answers.count(303) == limits.signin_per_address
    assert answers[limits.signin_per_address :] == [429] * (25 - limits.signin_per_address)
    with rt.sessions() as session:
        queued = session.scalar(
            select(func.count(Notification.id)).where(Notification.event == "login")
        )
    assert queued == limits.signin_per_address * 2  # e-mail and Zalo, no more
    others = [_ask(client, f"nguoi{i}@example.org") for i in range(limits.signin_per_client)]
    budget = limits.signin_per_client - limits.signin_per_address
    assert others.count(303) == budget and others[budget:] == [429] * (len(others) - budget)


def _race(rt: Runtime, auth: Auth, token: str, users: int) -> list[str]:
    """``users`` threads press one link's button at the same moment; what each got."""
    barrier = threading.Barrier(users)
    outcomes: list[str] = []

    def use() -> None:
        barrier.wait()
        try:
            with rt.sessions.begin() as session:
                link = access.consume_link(session, token, minutes=30)
                auth.sign_in(session, link.person_id)
            outcomes.append("in")
        except PermissionDenied:
            outcomes.append("refused")

    threads = [threading.Thread(target=use) for _ in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(outcomes)


def test_a_link_signs_in_once_under_16_concurrent_uses(settings: Settings, rt: Runtime) -> None:
    auth = Auth(settings, rt.sessions)
    for _ in range(5):
        token = make_login_token(settings, BGD_ASSIGNEE)
        assert _race(rt, auth, token, 16) == ["in"] + ["refused"] * 15
    with rt.sessions() as session:
        assert session.scalar(select(func.count(PortalSession.id))) == 5


def test_sign_out_revokes_the_session_on_the_server(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    csrf = sign_in(client, settings, BGD_ASSIGNEE)
    stolen = client.cookies[SESSION_COOKIE]
    assert client.post("/dang-xuat", data={"csrf_token": csrf}).status_code == 303
    assert client.get("/").status_code == 303
    client.cookies.set(SESSION_COOKIE, stolen)  # the old cookie, replayed
    assert client.get("/api/toi").status_code == 401
    with rt.sessions() as session:
        row = session.scalars(select(PortalSession)).one()
    assert row.revoked_at is not None and row.token_hash == access.digest(stolen)
    assert stolen not in {row.token_hash}  # only the hash is stored


def test_disabling_a_person_ends_their_sessions_and_links(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    sign_in(client, settings, BGD_ASSIGNEE)
    unused = make_login_token(settings, BGD_ASSIGNEE)
    assert client.get("/api/toi").status_code == 200
    with rt.sessions.begin() as session:
        with pytest.raises(PermissionDenied):  # an admin's decision
            access.set_disabled(session, ADMIN, by=rt.ws.org.person(BGD_ASSIGNEE), disabled=True)
        admin = rt.ws.org.person(ADMIN)
        assert access.set_disabled(session, BGD_ASSIGNEE, by=admin, disabled=True) == 1
    assert client.get("/api/toi").status_code == 401
    assert client.get(f"/dang-nhap/{unused}").status_code == 403
    fresh = make_login_token(settings, BGD_ASSIGNEE)
    refused = confirm_link(client, fresh)
    assert refused.status_code == 403 and "tạm khóa" in refused.text
    with rt.sessions.begin() as session:
        access.set_disabled(session, BGD_ASSIGNEE, by=rt.ws.org.person(ADMIN), disabled=False)
    assert confirm_link(client, make_login_token(settings, BGD_ASSIGNEE)).status_code == 303


@SQLITE_ONLY
def test_a_signed_cookie_naming_a_person_signs_nobody_in(
    client: TestClient, settings: Settings
) -> None:
    """The old stateless cookie shape: even correctly signed, it is only an anonymous session."""
    forged = URLSafeTimedSerializer(settings.signing_key(), salt="session").dumps(
        {"p": BGD_ASSIGNEE, "n": "abc"}
    )
    client.cookies.set(SESSION_COOKIE, forged)
    assert client.get("/api/toi").status_code == 401


@SQLITE_ONLY
def test_asking_for_a_link_without_the_csrf_token_is_refused(
    client: TestClient, rt: Runtime
) -> None:
    client.get("/dang-nhap")
    response = client.post("/dang-nhap", data={"email": "do.thi.hoa@example.org"})
    assert response.status_code == 403
    assert "Mã bảo vệ biểu mẫu" in response.text
    with rt.sessions() as session:
        assert session.scalars(select(Notification)).all() == []


@SQLITE_ONLY
def test_a_visitor_gets_one_session_cookie_and_static_files_none(client: TestClient) -> None:
    """The session layer (a plain ASGI middleware): a page sets one anonymous session
    cookie and forbids caching; a static file sets no cookie; both carry the security
    headers."""
    page = client.get("/dang-nhap")
    cookies = page.headers.get_list("set-cookie")
    assert len(cookies) == 1 and cookies[0].startswith(f"{SESSION_COOKIE}=")
    assert page.headers["cache-control"] == "no-store"
    static = TestClient(client.app).get("/tinh/portal.css")  # a fresh browser, no cookie
    assert static.status_code == 200 and "set-cookie" not in static.headers
    assert "no-store" not in static.headers.get("cache-control", "")
    for response in (page, static):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
