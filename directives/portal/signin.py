"""Signing in by a one-time link, and out.

``GET /dang-nhap/{token}`` only shows a confirmation page naming whom the link
signs in: mail scanners and link previews that fetch it use nothing up. The
page's button (``POST``, with the CSRF token of the visitor's own session)
uses the link up and lands on the page the link was made for.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.background import BackgroundTasks

from directives import access
from directives.notify.messages import render as render_message
from directives.notify.outbox import enqueue
from directives.org import Person
from directives.portal import forms
from directives.portal.auth import SESSION_COOKIE
from directives.portal.context import (
    Portal,
    after_change,
    check_csrf,
    error_response,
    portal_of,
    redirect,
    render,
    session_of,
    set_session_cookie,
)

log = logging.getLogger("directives.portal")
router = APIRouter()


def person_by_email(portal: Portal, email: str) -> Person | None:
    wanted = email.strip().lower()
    for person in portal.ws.org.people:
        if person.email and person.email.lower() == wanted:
            return person
    return None


def send_login_link(portal: Portal, person: Person, next_path: str | None = None) -> None:
    """Queue the message in the outbox (one event per request, so each sends once).

    The row holds no token: the dispatcher mints the link when it sends
    (``notify.links``), valid ``login_link_minutes`` from then, landing on ``next_path``.
    """
    settings = portal.settings.portal
    message = render_message(
        portal.settings.templates_dir,
        "login_link",
        link_path=access.safe_next(next_path) or "/",
        link_minutes=settings.login_link_minutes,
        recipient=person,
        minutes=settings.login_link_minutes,
    )
    with portal.sessions.begin() as session:
        if access.is_disabled(session, person.id):
            log.info("no login link for disabled person %s", person.id)
            return
        enqueue(
            session,
            event=f"login:{person.id}:{secrets.token_hex(8)}",
            recipient=person,
            message=message,
            urgent=True,
        )


def queue_login_link(portal: Portal, person: Person, next_path: str | None = None) -> None:
    """``send_login_link`` after the response: nobody is waiting to hear of a failure."""
    try:
        send_login_link(portal, person, next_path)
    except Exception:
        log.exception("could not queue a login link for %s", person.id)


@router.get("/dang-nhap")
def login_form(request: Request) -> Response:
    return render(
        request, "login.html", {"next_path": access.safe_next(request.query_params.get("next"))}
    )


def _allowed(portal: Portal, email: str, client: str) -> bool:
    limits = portal.settings.portal
    with portal.sessions.begin() as session:
        return access.record_request(
            session,
            email,
            client,
            window=timedelta(minutes=limits.signin_window_minutes),
            per_address=limits.signin_per_address,
            per_client=limits.signin_per_client,
        )


@router.post("/dang-nhap")
async def login_request(request: Request, background: BackgroundTasks) -> Response:
    form = await request.form(max_files=0, max_fields=5)
    check_csrf(request, forms.text(form, "csrf_token"))
    email = forms.text(form, "email", max_len=254) or ""
    next_path = access.safe_next(forms.text(form, "next", max_len=512))
    portal = portal_of(request)
    client = request.client.host if request.client else "unknown"
    if not await run_in_threadpool(_allowed, portal, email, client):
        log.warning("sign-in requests over the limit (client %s)", client)
        return error_response(
            request,
            429,
            "Đồng chí đã yêu cầu gửi đường dẫn đăng nhập quá số lần cho phép. Đề nghị kiểm tra "
            "hộp thư (kể cả mục thư rác) và Zalo, hoặc thử lại sau "
            f"{portal.settings.portal.signin_window_minutes} phút.",
        )
    person = person_by_email(portal, email)
    # The same answer, as fast, either way: the page must not tell who is in the
    # directory, so the link is queued after the response.
    if person is not None:
        background.add_task(queue_login_link, portal, person, next_path)
        after_change(
            request, background, "directives.login.requested", f"directives.person.{person.id}", {}
        )
    else:
        log.info("login link asked for an address not in the directory")
    return redirect("/dang-nhap", "link-sent")


@router.get("/dang-nhap/{token}")
def confirm_page(request: Request, token: str) -> Response:
    portal = portal_of(request)
    with portal.sessions() as session:
        person_id = access.peek_link(
            session, token, minutes=portal.settings.portal.login_link_minutes
        ).person_id
    person = portal.ws.org.find_person(person_id)
    name = person.name if person else person_id
    return render(request, "login_confirm.html", {"person_name": name, "token": token})


@router.post("/dang-nhap/{token}")
async def login_with_link(request: Request, token: str) -> Response:
    form = await request.form(max_files=0, max_fields=5)
    check_csrf(request, forms.text(form, "csrf_token"))
    portal = portal_of(request)

    def consume() -> tuple[str, str | None, str]:
        with portal.sessions.begin() as session:
            link = access.consume_link(
                session, token, minutes=portal.settings.portal.login_link_minutes
            )
            if portal.ws.org.find_person(link.person_id) is None:
                raise access.disabled_refusal(link.person_id)
            _, cookie = portal.auth.sign_in(session, link.person_id)
            return link.person_id, link.next_path, cookie

    person_id, next_path, cookie = await run_in_threadpool(consume)
    response = redirect(access.safe_next(next_path) or "/")
    set_session_cookie(request, response, cookie)
    log.info("%s signed in", person_id)
    return response


@router.post("/dang-xuat")
async def logout(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=5)
    check_csrf(request, forms.text(form, "csrf_token"))
    await run_in_threadpool(portal_of(request).auth.sign_out, session_of(request))
    response = redirect("/dang-nhap", "logged-out")
    response.delete_cookie(SESSION_COOKIE, path="/")
    request.state.session_written = True
    return response
