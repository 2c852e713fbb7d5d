"""The portal: FastAPI, server-rendered Vietnamese pages, writing only through the store.

``create_app(settings)`` builds the application; run it with uvicorn
(``uvicorn --factory directives.portal.app:create_app``). Every page needs a
signed-in person (see ``auth``); every POST needs the session's CSRF token.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from directives import access
from directives.calendar import vn_date
from directives.dashboard import bucket_labels
from directives.errors import (
    DirectivesError,
    EvidenceRejected,
)
from directives.portal import (
    actions,
    alerts,
    boards,
    contributions,
    downloads,
    intake,
    notices,
    pages,
    signin,
    steps,
    views,
)
from directives.portal.auth import Auth
from directives.portal.context import (
    TEMPLATES_DIR,
    CsrfFailed,
    NotSignedIn,
    Portal,
    UploadTooLarge,
    error_response,
    file_size,
    make_vn_datetime,
    status_of,
)
from directives.portal.session_layer import PortalSessionMiddleware
from directives.runtime import build_runtime
from directives.settings import Settings, get_settings

log = logging.getLogger("directives.portal")

STATIC_DIR = Path(__file__).resolve().parent / "static"


HTTP_ERRORS_VI = {
    400: "Yêu cầu không hợp lệ.",
    404: "Không tìm thấy trang hoặc nội dung được yêu cầu.",
    405: "Thao tác không được hỗ trợ tại địa chỉ này.",
}


def create_app(settings: Settings | None = None, *, side_effects: bool = True) -> FastAPI:
    """The portal application.

    ``side_effects=False`` keeps the after-change follow-ups (sending queued
    messages, Prefect events) off, for tests that must not reach past loopback.
    Resuming a flow run on sign-off is not a side effect: it always runs.
    """
    settings = settings or get_settings()
    settings.use_prefect_api()
    rt = build_runtime(settings, migrate_schema=False)
    ws = rt.ws
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.filters["vn_date"] = vn_date
    templates.env.filters["vn_datetime"] = make_vn_datetime(ws.tz)
    templates.env.filters["file_size"] = file_size
    templates.env.globals["buckets"] = bucket_labels()
    templates.env.globals["short"] = boards.SHORT_BUCKET_VI
    templates.env.globals["previewable"] = sorted(views.PREVIEWABLE)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        rt.engine.dispose()

    app = FastAPI(
        title="Cổng theo dõi thực hiện văn bản chỉ đạo",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.state.portal = Portal(
        settings=settings,
        ws=ws,
        sessions=rt.sessions,
        auth=Auth(settings, rt.sessions),
        templates=templates,
        side_effects=side_effects,
    )

    app.add_middleware(PortalSessionMiddleware)

    @app.exception_handler(DirectivesError)
    async def on_domain_error(request: Request, exc: DirectivesError) -> Response:
        status = status_of(exc)
        if isinstance(exc, EvidenceRejected) and getattr(request.state, "upload_too_large", False):
            status = 413
        log.info("refused %s %s: %s", request.method, request.url.path, exc)
        return error_response(request, status, exc.message_vi)

    @app.exception_handler(StaleDataError)
    async def on_stale(request: Request, exc: StaleDataError) -> Response:
        log.info("concurrent change on %s: %s", request.url.path, exc)
        return error_response(
            request,
            409,
            "Dữ liệu vừa được người khác cập nhật. Đề nghị tải lại trang và thực hiện lại.",
        )

    @app.exception_handler(NotSignedIn)
    async def on_not_signed_in(request: Request, exc: NotSignedIn) -> Response:
        if request.method == "GET" and not request.url.path.startswith("/api/"):
            wanted = access.safe_next(request.url.path)
            target = f"/dang-nhap?{urlencode({'next': wanted})}" if wanted else "/dang-nhap"
            return RedirectResponse(target, status_code=303)
        return error_response(
            request, 401, "Đồng chí chưa đăng nhập hoặc phiên làm việc đã hết hạn."
        )

    @app.exception_handler(CsrfFailed)
    async def on_csrf(request: Request, exc: CsrfFailed) -> Response:
        log.warning("CSRF check failed on %s %s", request.method, request.url.path)
        return error_response(
            request,
            403,
            "Mã bảo vệ biểu mẫu không hợp lệ hoặc phiên làm việc đã thay đổi. "
            "Đề nghị tải lại trang và thực hiện lại.",
        )

    @app.exception_handler(UploadTooLarge)
    async def on_too_large(request: Request, exc: UploadTooLarge) -> Response:
        limit_mb = settings.portal.max_upload_bytes // (1024 * 1024)
        return error_response(request, 413, f"Tệp vượt quá dung lượng cho phép ({limit_mb} MB).")

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = HTTP_ERRORS_VI.get(exc.status_code, "Yêu cầu không thực hiện được.")
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def on_bad_request(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 404, HTTP_ERRORS_VI[404])

    app.mount("/tinh", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.include_router(signin.router)
    app.include_router(boards.router)
    app.include_router(intake.router)  # before pages: /van-ban/{code}/van-ban-goc
    app.include_router(pages.router)
    app.include_router(actions.router)
    app.include_router(notices.router)
    app.include_router(downloads.router)
    app.include_router(alerts.router)
    app.include_router(steps.router)
    app.include_router(contributions.router)
    return app
