"""A person's own messages page: what was sent to them, and how they want to be reached."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from directives.notify.outbox import sent_to
from directives.notify.routing import (
    ALL_CHANNELS,
    CHANNEL_VI,
    STATUS_VI,
    channels_of,
    chosen_channels,
    set_channels,
)
from directives.portal import forms
from directives.portal.context import check_csrf, portal_of, redirect, render, viewer

router = APIRouter()


@router.get("/thong-bao")
def my_messages(request: Request) -> Response:
    person = viewer(request)
    portal = portal_of(request)
    with portal.sessions() as session:
        rows = sent_to(session, person.id)
        channels = channels_of(person, chosen_channels(session, [person.id]))
    return render(
        request,
        "notices.html",
        {
            "rows": rows,
            "channels": channels,
            "all_channels": ALL_CHANNELS,
            "channel_vi": CHANNEL_VI,
            "status_vi": STATUS_VI,
            "reachable": {
                "email": bool(person.email),
                "zalo": bool(person.zalo_user_id or person.phone),
            },
        },
    )


@router.post("/thong-bao")
async def change_channels(request: Request) -> Response:
    person = viewer(request)
    form = await request.form(max_files=0, max_fields=5)
    check_csrf(request, forms.text(form, "csrf_token"))
    wanted = [c for c in form.getlist("channel") if isinstance(c, str)]
    portal = portal_of(request)
    with portal.sessions.begin() as session:
        set_channels(session, person.id, wanted)
    return redirect("/thong-bao", "channels-saved")
