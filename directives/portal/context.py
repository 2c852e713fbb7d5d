"""What every portal handler needs: the workspace, sessions, the signed-in person, rendering."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker
from starlette.background import BackgroundTasks

from directives.dashboard import may_see_office
from directives.errors import (
    DirectivesError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    RateLimited,
    StorageUnavailable,
)
from directives.org import Person
from directives.portal.auth import SESSION_COOKIE, Auth, PortalSession
from directives.settings import Settings
from directives.workspace import Workspace

log = logging.getLogger("directives.portal")

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

# Short confirmations shown after a redirect (?tb=key); fixed texts, never user input.
FLASH_VI: dict[str, str] = {
    "link-sent": "Nếu địa chỉ thư điện tử có trong danh bạ cơ quan, đường dẫn đăng nhập "
    "đã được gửi tới hộp thư và Zalo của đồng chí.",
    "uploaded": "Đã tải lên tài liệu kiểm chứng.",
    "uploaded-submitted": "Đã tải lên và nộp tài liệu kiểm chứng, chờ Đoàn kiểm tra thẩm định.",
    "withdrawn": "Đã rút tài liệu kiểm chứng chưa nộp.",
    "officer-assigned": "Đã phân công cán bộ thực hiện nhiệm vụ.",
    "officer-removed": "Đã thôi phân công cán bộ thực hiện nhiệm vụ.",
    "submitted": "Đã nộp tài liệu kiểm chứng, chờ Đoàn kiểm tra thẩm định.",
    "approved": "Đã chấp thuận kết quả thực hiện nhiệm vụ.",
    "rejected": "Đã trả lại nhiệm vụ kèm ý kiến thẩm định.",
    "reopened": "Đã mở lại nhiệm vụ.",
    "extension-requested": "Đã gửi đề nghị gia hạn tới Đoàn kiểm tra.",
    "extension-decided": "Đã ghi nhận quyết định về đề nghị gia hạn.",
    "reassigned": "Đã giao lại nhiệm vụ cho đơn vị khác.",
    "signed": "Đã ghi nhận ý kiến ký xác nhận hoàn thành.",
    "closed": "Văn bản đã được ký xác nhận hoàn thành.",
    "closed-pending": "Văn bản đã được ký xác nhận hoàn thành và đã được lưu vào hệ thống. "
    "Quy trình theo dõi chưa nhận được thông báo ngay; hệ thống sẽ tự động cập nhật "
    "trong thời gian tới.",
    "refused": "Đã ghi nhận ý kiến chưa ký xác nhận; văn bản chuyển lại trạng thái đang thực hiện.",
    "logged-out": "Đã đăng xuất.",
    "channels-saved": "Đã lưu lựa chọn kênh nhận thông báo.",
    "draft-created": "Đã đọc văn bản và lập bản nháp. Đề nghị kiểm tra, hiệu chỉnh trước khi giao "
    "nhiệm vụ.",
    "draft-saved": "Đã lưu bản nháp.",
    "draft-discarded": "Đã hủy bản nháp; chưa có nhiệm vụ nào được giao.",
    "draft-assigned": "Đã giao nhiệm vụ và khởi tạo luồng xử lý.",
    "draft-assigned-later": "Đã giao nhiệm vụ. Máy chủ Prefect chưa kết nối được; luồng xử lý "
    "sẽ được khởi tạo ở lượt rà soát định kỳ tiếp theo.",
    "alias-removed": "Đã xóa tên gọi khác của đơn vị.",
}


class NotSignedIn(Exception):
    pass


class CsrfFailed(Exception):
    pass


class UploadTooLarge(Exception):
    pass


@dataclass
class Portal:
    settings: Settings
    ws: Workspace
    sessions: sessionmaker[Session]
    auth: Auth
    templates: Jinja2Templates
    side_effects: bool = True


def portal_of(request: Request) -> Portal:
    found: Portal = request.app.state.portal
    return found


def session_of(request: Request) -> PortalSession:
    found: PortalSession = request.state.portal_session
    return found


def viewer_or_none(request: Request) -> Person | None:
    person_id = session_of(request).person_id
    return portal_of(request).ws.org.find_person(person_id) if person_id else None


def viewer(request: Request) -> Person:
    found = viewer_or_none(request)
    if found is None:
        raise NotSignedIn()
    return found


def check_csrf(request: Request, form_token: str | None) -> None:
    token = request.headers.get("x-csrf-token") or form_token
    if not portal_of(request).auth.csrf_ok(session_of(request), token):
        raise CsrfFailed()


def wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return request.url.path.startswith("/api/") or (
        "application/json" in accept and "text/html" not in accept
    )


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status: int = 200
) -> HTMLResponse:
    portal = portal_of(request)
    flash = FLASH_VI.get(request.query_params.get("tb", ""))
    person = viewer_or_none(request)
    base = {
        "viewer": person,
        "can_office": person is not None and may_see_office(person),
        "csrf_token": portal.auth.csrf_token(session_of(request)),
        "flash": flash,
        "organization": portal.ws.org.organization,
        "max_upload_mb": portal.settings.portal.max_upload_bytes // (1024 * 1024),
    }
    return portal.templates.TemplateResponse(
        request, name, {**base, **(context or {})}, status_code=status
    )


def status_of(exc: DirectivesError) -> int:
    if isinstance(exc, PermissionDenied):
        return 403
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, InvalidInput):
        return 422
    if isinstance(exc, RateLimited):
        return 429
    if isinstance(exc, StorageUnavailable):
        return 503
    return 409  # InvalidTransition, SignoffRefused, ConcurrentChange, DuplicateDirective


def json_error(status: int, message_vi: str) -> JSONResponse:
    return JSONResponse({"error": message_vi, "status": status}, status_code=status)


def error_response(request: Request, status: int, message_vi: str) -> Response:
    if wants_json(request):
        return json_error(status, message_vi)
    return render(request, "error.html", {"message": message_vi}, status=status)


def redirect(url: str, flash: str | None = None) -> RedirectResponse:
    if flash:
        url = f"{url}{'&' if '?' in url else '?'}tb={flash}"
    return RedirectResponse(url, status_code=303)


# After a change: notifications and Prefect events, best-effort, after the response.


def dispatch_outbox(portal: Portal) -> None:
    try:
        from directives.notify.dispatch import dispatch_pending
    except ImportError:
        log.warning("notification dispatch is not available yet; messages stay queued")
        return
    try:
        dispatch_pending(portal.sessions, portal.settings)
    except Exception:
        log.exception("dispatching queued notifications failed; the outbox keeps them")


def _emit(portal: Portal, event: str, resource_id: str, payload: dict[str, Any]) -> None:
    """The event, with the directive's run as related resource, and the run's artifacts
    brought up to date (``monitor.after_commit``); a person's event goes out bare."""
    try:
        kind, _, ref = resource_id.removeprefix("directives.").partition(".")
        if kind in ("action", "directive"):
            from directives import monitor

            monitor.after_commit(
                portal.sessions,
                portal.ws,
                event,
                action=ref if kind == "action" else None,
                directive=ref if kind == "directive" else None,
                payload=payload,
            )
            return
        from directives import orchestration

        orchestration.emit(event, resource_id, payload)
    except Exception:
        log.warning("could not emit Prefect event %s for %s", event, resource_id, exc_info=True)


def after_change(
    request: Request,
    background: BackgroundTasks,
    event: str,
    resource_id: str,
    payload: dict[str, Any],
) -> None:
    """Queue the follow-ups of a committed change: send its messages, tell Prefect."""
    portal = portal_of(request)
    log.info("%s on %s by %s", event, resource_id, session_of(request).person_id)
    if not portal.side_effects:
        return
    background.add_task(dispatch_outbox, portal)
    by = session_of(request).person_id
    background.add_task(_emit, portal, event, resource_id, {**payload, "by": by})


# Jinja filters ------------------------------------------------------------------------


def make_vn_datetime(portal_tz: Any) -> Any:
    def vn_datetime(value: datetime | None) -> str:
        return value.astimezone(portal_tz).strftime("%H:%M %d/%m/%Y") if value else ""

    return vn_datetime


def file_size(value: int) -> str:
    if value < 1024:
        return f"{value} B"
    if value < 1024 * 1024:
        return f"{value / 1024:.1f} KB".replace(".", ",")
    return f"{value / (1024 * 1024):.1f} MB".replace(".", ",")


def set_session_cookie(request: Request, response: Response, value: str) -> None:
    auth = portal_of(request).auth
    response.set_cookie(
        SESSION_COOKIE,
        value,
        max_age=auth.session_max_age,
        httponly=True,
        samesite="lax",
        secure=auth.secure_cookie,
        path="/",
    )
    request.state.session_written = True
