"""The pages people read: a directive, an action; evidence downloads; a small JSON API."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from directives import store
from directives.db import Evidence
from directives.errors import NotFound, PermissionDenied
from directives.filetypes import clean_name
from directives.history import history_groups
from directives.portal import charts, views
from directives.portal.context import log, portal_of, render, viewer
from directives.review_queue import REVIEW_PHRASES_VI
from directives.status import directive_status
from directives.timeline import directive_timeline

router = APIRouter()


def _directive_page_context(request: Request, ref: str) -> dict[str, Any]:
    person = viewer(request)
    portal = portal_of(request)
    with portal.sessions() as session:
        directive = store.get_directive(session, ref)
        on = views.today(portal.ws)
        view = directive_status(session, portal.ws, directive.id, on)
        tl = directive_timeline(session, portal.ws, directive.id, view, on)
        return {
            "d": view,
            "tl": tl,
            "progress_chart": charts.progress_bar(
                tl.approved, tl.total, "Số nhiệm vụ đã được chấp thuận trên tổng số nhiệm vụ"
            ),
            "timeline_chart": charts.timeline(tl, f"Diễn biến thực hiện văn bản số {view.number}"),
            "history_groups": history_groups(session, portal.ws, directive.id),
            "can": views.capabilities(portal.ws, person, directive=directive),
            "unapproved": [a.code for a in store.unapproved_actions(directive)],
            "team_name": views.unit_name(portal.ws, directive.inspection_team)
            if directive.inspection_team
            else None,
            "files": views.directive_files(portal.ws, person, directive),
        }


@router.get("/api/van-ban/{ref:path}")
def directive_json(request: Request, ref: str) -> Response:
    """The directive's status (each action's unit, deadlines, state, timeliness), read-only."""
    viewer(request)
    portal = portal_of(request)
    with portal.sessions() as session:
        view = directive_status(session, portal.ws, ref, views.today(portal.ws))
    return JSONResponse(view.model_dump(mode="json"))


@router.get("/api/toi")
def whoami(request: Request) -> Response:
    person = viewer(request)
    return JSONResponse(
        {"id": person.id, "name": person.name, "unit": person.unit, "roles": sorted(person.roles)}
    )


@router.get("/van-ban/{ref:path}")
def directive_page(request: Request, ref: str) -> Response:
    return render(request, "directive.html", _directive_page_context(request, ref))


def action_page_context(request: Request, code: str) -> dict[str, Any]:
    """What the action page shows the signed-in person (also after a refused upload)."""
    person = viewer(request)
    portal = portal_of(request)
    with portal.sessions() as session:
        action = store.get_action(session, code)
        view = views.action_view(session, portal.ws, action, views.today(portal.ws))
        can = views.capabilities(portal.ws, person, action)
        officers = views.officer_rows(session, portal.ws, person, action)
    return {
        "v": view,
        "a": view.action,
        "can": can,
        "units": [u for u in portal.ws.org.units if not u.external],
        "coordinating": [views.unit_name(portal.ws, u) for u in view.action.coordinating_units],
        "returned": views.latest_return(view),
        "phrases": REVIEW_PHRASES_VI,
        "officers": officers,
        "officer_roles": list(store.OFFICER_ROLE_VI.items()),
        "colleagues": portal.ws.org.members(person.unit) if can.assign else [],
        "kept": {},
    }


@router.get("/nhiem-vu/{code}")
def action_page(request: Request, code: str) -> Response:
    return render(request, "action.html", action_page_context(request, code))


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f"\\/:*?<>|;]+')


def safe_filename(name: str) -> str:
    """The uploaded name, stripped of path parts and characters that break a header."""
    name = _UNSAFE_NAME.sub("_", clean_name(name)).strip(" .")
    return name[:200] if any(c.isalnum() for c in name) else "tai-lieu"


def content_disposition(name: str, kind: str = "attachment") -> str:
    safe = safe_filename(name)
    ascii_name = (
        unicodedata.normalize("NFKD", safe.replace("đ", "d").replace("Đ", "D"))
        .encode("ascii", "ignore")
        .decode()
    )
    ascii_name = re.sub(r"[^A-Za-z0-9._ -]", "_", ascii_name) or "tai-lieu"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(safe, safe='')}"


# Shown inside the portal's own pages: types sniffed from the bytes at upload, so an
# inline file is a real PDF or picture; framing allowed only by the portal itself.
INLINE_HEADERS = {
    "X-Frame-Options": "SAMEORIGIN",
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; frame-ancestors 'self'",
}


# Row ids are 32-bit integers on both databases: a larger one names nothing (404), it
# must not reach the database driver (an overflow there was a 500).
RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.get("/tai-lieu/{evidence_id}")
def download(request: Request, evidence_id: RowId) -> Response:
    return _evidence_file(request, evidence_id, inline=False)


@router.get("/tai-lieu/{evidence_id}/xem")
def preview(request: Request, evidence_id: RowId) -> Response:
    """The file shown in the browser (PDF, PNG, JPEG); any other type is downloaded."""
    return _evidence_file(request, evidence_id, inline=True)


def _evidence_file(request: Request, evidence_id: int, *, inline: bool) -> Response:
    person = viewer(request)
    portal = portal_of(request)
    with portal.sessions() as session:
        item = session.get(Evidence, evidence_id)
        if item is None:
            raise NotFound(f"no evidence {evidence_id}", "Không tìm thấy tài liệu kiểm chứng.")
        if not views.may_see_evidence(portal.ws, person, item.action):
            raise PermissionDenied(
                f"{person.id} may not download evidence {evidence_id}",
                f"{person.name} không có quyền xem tài liệu kiểm chứng của nhiệm vụ "
                f"{item.action.code}.",
            )
        sha, media_type, name, size = item.sha256, item.media_type, item.original_name, item.size
    problem = portal.ws.evidence.check(sha)  # never serve bytes other than those submitted
    if problem is not None:
        log.error("evidence %s: stored file %s is %s", evidence_id, sha, problem)
        raise NotFound(
            f"evidence file {sha} {problem}",
            "Tệp tài liệu không còn trong kho lưu trữ."
            if problem == "missing"
            else "Tệp tài liệu trong kho đã bị thay đổi so với bản đã nộp nên không được mở; "
            "đề nghị báo quản trị viên.",
        )

    shown = inline and media_type in views.PREVIEWABLE
    headers = {
        "Content-Disposition": content_disposition(name, "inline" if shown else "attachment"),
        "Content-Length": str(size),
        "Cache-Control": "private, no-store",
    }
    headers.update(INLINE_HEADERS if shown else {})
    return StreamingResponse(portal.ws.evidence.chunks(sha), media_type=media_type, headers=headers)
