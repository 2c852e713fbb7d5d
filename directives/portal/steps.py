"""The endpoint a directive's run calls to have a step of its work done here
(``directives.run_steps``): the portal has the core's stack loaded once, a flow-run
process would load it for every run.

Authenticated by the bearer token of ``run_steps.steps_token`` (derived from the
signing key, which only the stack's own processes read), not by a portal session.
Answers the step's result as JSON once the step is committed; a refused or failed
step answers an error and the run's task retries it.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from directives.errors import DirectivesError, NotFound
from directives.portal.context import json_error, portal_of, status_of
from directives.run_steps import STEPS, STEPS_PATH, StepCall, perform, token_ok

log = logging.getLogger(__name__)
router = APIRouter()


@router.post(STEPS_PATH + "/{name}")
async def run_step(name: str, request: Request) -> JSONResponse:
    portal = portal_of(request)
    if not token_ok(portal.settings, request.headers.get("authorization")):
        return json_error(401, "Yêu cầu không có mã xác thực hợp lệ.")
    if name not in STEPS:
        return json_error(404, "Không có bước xử lý này.")
    try:
        call = StepCall.model_validate_json(await request.body())
    except ValidationError:
        return json_error(400, "Nội dung yêu cầu không đúng định dạng.")
    try:
        done = await run_in_threadpool(perform, (portal.sessions, portal.ws), name, call)
    except NotFound:
        return json_error(404, "Không tìm thấy văn bản chỉ đạo.")
    except DirectivesError as exc:  # e.g. a close-out asked before the sign-off
        log.warning("run step %s refused: %s", name, exc)
        return json_error(status_of(exc), exc.message_vi)
    except ValueError as exc:
        log.warning("run step %s refused: %s", name, exc)
        return json_error(400, "Yêu cầu thiếu văn bản chỉ đạo.")
    return JSONResponse(done.model_dump(mode="json"))
