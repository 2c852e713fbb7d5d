"""A directive's products for download: the báo cáo (.docx), the evidence bundle (.zip), the letter.

Only for the people who may see them (``reports.access``): others get 403. A
closed directive's report and bundle are the ones its close-out wrote (built
now if the close-out has not written them yet); an open directive's report is
a progress report as of today, or as of ``?ngay=dd/mm/yyyy``.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response, StreamingResponse
from sqlalchemy.orm import Session

from directives import store
from directives.db import Directive
from directives.domain import DirectiveState
from directives.errors import InvalidTransition, NotFound, PermissionDenied
from directives.portal import views
from directives.portal.context import Portal, portal_of, viewer
from directives.portal.pages import content_disposition
from directives.reports import build_closeout
from directives.reports.access import may_see_directive_files
from directives.reports.closeout import BUNDLE_ZIP, REPORT_DOCX, closeout_folder
from directives.reports.content import report_content
from directives.reports.docx_report import report_docx
from directives.reports.files import parse_day
from directives.workspace import Workspace

router = APIRouter()

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PRIVATE = {"Cache-Control": "private, no-store"}


@contextmanager
def _permitted(request: Request, code: str) -> Iterator[tuple[Portal, Session, Directive]]:
    """The portal, a session and the directive, if the signed-in person may download its files."""
    person = viewer(request)
    portal = portal_of(request)
    with portal.sessions() as session:
        directive = store.get_directive(session, code)
        if not may_see_directive_files(portal.ws.org, person, directive):
            raise PermissionDenied(
                f"{person.id} may not download the files of {directive.number}",
                f"{person.name} không có quyền tải báo cáo, hồ sơ của văn bản {directive.number}.",
            )
        yield portal, session, directive


def _file_name(directive: Directive, what: str, ext: str) -> str:
    return f"{what} {directive.number.replace('/', '-')}.{ext}"


def _closed_on(ws: Workspace, directive: Directive) -> date:
    assert directive.closed_at is not None
    return ws.local_date(directive.closed_at)


@router.get("/bao-cao/{code}")
def report(request: Request, code: str, ngay: str | None = None) -> Response:
    with _permitted(request, code) as (portal, session, directive):
        name = _file_name(directive, "Báo cáo", "docx")
        if directive.state == DirectiveState.CLOSED:
            stored = closeout_folder(portal.ws, directive.code) / REPORT_DOCX
            if stored.exists():
                return FileResponse(stored, media_type=DOCX_TYPE, headers=_headers(name))
            as_of = _closed_on(portal.ws, directive)
        else:
            as_of = parse_day(ngay) if ngay else views.today(portal.ws)
        content = report_content(session, portal.ws, directive.id, as_of)
    return Response(report_docx(content), media_type=DOCX_TYPE, headers=_headers(name))


@router.get("/ho-so/{code}")
def bundle(request: Request, code: str) -> Response:
    with _permitted(request, code) as (portal, session, directive):
        if directive.state != DirectiveState.CLOSED:
            raise InvalidTransition(
                f"{directive.number} is not closed",
                f"Văn bản {directive.number} chưa kết thúc; bộ tài liệu kiểm chứng được lập "
                "khi Đoàn kiểm tra ký xác nhận hoàn thành.",
            )
        path = closeout_folder(portal.ws, directive.code) / BUNDLE_ZIP
        if not path.exists():
            build_closeout(session, portal.ws, directive.id, _closed_on(portal.ws, directive))
        name = _file_name(directive, "Tài liệu kiểm chứng", "zip")
    return FileResponse(path, media_type="application/zip", headers=_headers(name))


@router.get("/van-ban-goc/{code}")
def source(request: Request, code: str) -> Response:
    with _permitted(request, code) as (portal, _session, directive):
        sha, name = directive.source_sha256, directive.source_name
    if not portal.ws.evidence.exists(sha):
        raise NotFound(f"source {sha} missing", "Tệp văn bản gốc không còn trong kho lưu trữ.")
    path = portal.ws.evidence.local_path(sha)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if path is None:  # on remote storage: streamed through
        chunks = portal.ws.evidence.chunks(sha)
        return StreamingResponse(chunks, media_type=media_type, headers=_headers(name))
    return FileResponse(path, media_type=media_type, headers=_headers(name))


def _headers(name: str) -> dict[str, str]:
    return {"Content-Disposition": content_disposition(name), **PRIVATE}
