"""Signing in by emailed link, and out."""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from starlette.background import BackgroundTasks

from directives import audit
from directives.db import AuditEvent, utcnow
from directives.errors import PermissionDenied
from directives.notify.messages import render as render_message
from directives.notify.outbox import enqueue
from directives.org import Person
from directives.portal import forms
from directives.portal.auth import SESSION_COOKIE
from directives.portal.context import (
    Portal,
    after_change,
    check_csrf,
    portal_of,
    redirect,
    render,
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


def send_login_link(portal: Portal, person: Person) -> None:
    """Queue the message in the outbox (one event per request, so each sends once).

    The row holds no token: the dispatcher mints the link when it sends
    (``notify.links``), valid ``login_link_minutes`` from then.
    """
    nonce = secrets.token_hex(8)
    message = render_message(
        portal.settings.templates_dir,
        "login_link",
        link_path="/",
        link_minutes=portal.settings.portal.login_link_minutes,
        recipient=person,
        minutes=portal.settings.portal.login_link_minutes,
    )
    with portal.sessions.begin() as session:
        enqueue(
            session,
            event=f"login:{person.id}:{nonce}",
            recipient=person,
            message=message,
            urgent=True,
        )


def queue_login_link(portal: Portal, person: Person) -> None:
    """``send_login_link`` after the response: nobody is waiting to hear of a failure."""
    try:
        send_login_link(portal, person)
    except Exception:
        log.exception("could not queue a login link for %s", person.id)


@router.get("/dang-nhap")
def login_form(request: Request) -> Response:
    return render(request, "login.html")


@router.post("/dang-nhap")
async def login_request(request: Request, background: BackgroundTasks) -> Response:
    form = await request.form(max_files=0, max_fields=5)
    check_csrf(request, forms.text(form, "csrf_token"))
    email = forms.text(form, "email", max_len=254) or ""
    portal = portal_of(request)
    person = person_by_email(portal, email)
    # The same answer, as fast, either way: the page must not tell who is in the
    # directory, so the link is queued after the response.
    if person is not None:
        background.add_task(queue_login_link, portal, person)
        after_change(
            request, background, "directives.login.requested", f"directives.person.{person.id}", {}
        )
    else:
        log.info("login link asked for an address not in the directory")
    return redirect("/dang-nhap", "link-sent")


LOGIN_EVENT = "portal.login"


def use_login_link(portal: Portal, person: Person, nonce: str) -> None:
    """Record the sign-in in the audit log; refuse a link whose nonce was used before.

    Only sign-ins within the link lifetime can share a nonce with a live link,
    so the check reads the person's few recent sign-ins.
    """
    now = utcnow()
    settings = portal.settings.portal
    lifetime = max(settings.login_link_minutes, settings.message_link_hours * 60)
    since = now - timedelta(minutes=lifetime + 1)
    with portal.sessions.begin() as session:
        earlier = session.scalars(
            select(AuditEvent.after).where(
                AuditEvent.kind == LOGIN_EVENT,
                AuditEvent.actor == person.id,
                AuditEvent.at >= since,
            )
        ).all()
        if any((after or {}).get("nonce") == nonce for after in earlier):
            raise PermissionDenied(
                f"login link of {person.id} already used",
                "Đường dẫn đăng nhập này đã được sử dụng. Đề nghị yêu cầu gửi đường dẫn mới.",
            )
        audit.append(session, actor=person.id, kind=LOGIN_EVENT, after={"nonce": nonce}, at=now)


@router.get("/dang-nhap/{token}")
def login_with_link(request: Request, token: str) -> Response:
    portal = portal_of(request)
    found = portal.auth.read_login_token(token)
    person = portal.ws.org.find_person(found.person_id or "")
    if person is None:
        raise PermissionDenied(
            f"login link for unknown person {found.person_id}",
            "Người dùng không còn trong danh bạ cơ quan.",
        )
    use_login_link(portal, person, found.nonce)
    _, cookie = portal.auth.new_session(person.id)
    response = redirect(found.next_path)
    set_session_cookie(request, response, cookie)
    log.info("%s signed in", person.id)
    return response


@router.post("/dang-xuat")
async def logout(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=5)
    check_csrf(request, forms.text(form, "csrf_token"))
    response = redirect("/dang-nhap", "logged-out")
    response.delete_cookie(SESSION_COOKIE, path="/")
    request.state.session_written = True
    return response
