"""The POST endpoints: one per store operation, each in its own transaction.

A handler reads the form, checks the CSRF token, calls the store inside
``sessions.begin()`` and redirects (303) to the page it came from. A refused
move raises the store's error, the transaction rolls back and the error
handler shows its Vietnamese message with 403, 404, 409 or 422.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.background import BackgroundTasks
from starlette.datastructures import FormData, UploadFile
from starlette.types import Message, Receive

from directives import store
from directives.errors import InvalidInput
from directives.evidence import StoredFile
from directives.filetypes import check_name
from directives.org import Person
from directives.portal import forms
from directives.portal.context import (
    Portal,
    UploadTooLarge,
    after_change,
    check_csrf,
    log,
    portal_of,
    redirect,
    viewer,
)
from directives.portal.pages import safe_filename
from directives.review_queue import REVIEW_PHRASES_VI

router = APIRouter()
T = TypeVar("T")

# Room for the form's text fields and multipart boundaries around the file itself.
FORM_OVERHEAD = 64 * 1024


class _BodyTooLarge(Exception):
    pass


async def _form(request: Request) -> FormData:
    form = await request.form(max_files=0, max_fields=20)
    check_csrf(request, forms.text(form, "csrf_token"))
    return form


def _in_transaction(portal: Portal, work: Callable[[Session], T]) -> Awaitable[T]:
    def run() -> T:
        with portal.sessions.begin() as session:
            return work(session)

    return run_in_threadpool(run)


def _action_url(code: str) -> str:
    return f"/nhiem-vu/{code.strip().upper()}"


def _action_resource(code: str) -> str:
    return f"directives.action.{code.strip().upper()}"


# Evidence ---------------------------------------------------------------------------


def _bounded_receive(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def bounded() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _BodyTooLarge()
        return message

    return bounded


def _attach(
    portal: Portal, code: str, person: Person, stored: StoredFile, meta: store.EvidenceMeta
) -> int:
    """Record the stored file. A refusal deletes nothing: the file may be another row's
    (same bytes); if no row needs it, the custody sweep collects it later."""
    with portal.sessions.begin() as session:
        return store.add_evidence(session, portal.ws, code, person.id, stored, meta).id


@router.post("/nhiem-vu/{code}/tai-lieu")
async def upload_evidence(request: Request, code: str, background: BackgroundTasks) -> Response:
    person = viewer(request)  # refuse strangers before reading any of the body
    portal = portal_of(request)
    limit = portal.settings.portal.max_upload_bytes
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit + FORM_OVERHEAD:
        raise UploadTooLarge()
    bounded = Request(request.scope, _bounded_receive(request.receive, limit + FORM_OVERHEAD))
    try:
        form = await bounded.form(max_files=1, max_fields=10)
    except _BodyTooLarge:
        raise UploadTooLarge() from None
    try:
        check_csrf(request, forms.text(form, "csrf_token"))
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise InvalidInput("no file", "Đề nghị chọn tệp tài liệu kiểm chứng để tải lên.")
        meta = store.EvidenceMeta(
            original_name=safe_filename(check_name(upload.filename)),
            doc_number=forms.text(form, "doc_number", max_len=64),
            doc_date=forms.parse_date(forms.text(form, "doc_date"), "Ngày ban hành tài liệu"),
            period=forms.text(form, "period", max_len=64),
            criterion=forms.text(form, "criterion", max_len=128),
            note=forms.text(form, "note"),
        )
        request.state.upload_too_large = (upload.size or 0) > limit
        await _in_transaction(  # over the quota: refused before the bytes are stored
            portal, lambda s: store.check_upload_quota(s, portal.ws, person, upload.size or 0)
        )
        stored = await run_in_threadpool(portal.ws.evidence.put, upload.file)
        evidence_id = await run_in_threadpool(_attach, portal, code, person, stored, meta)
    finally:
        await form.close()
    after_change(
        request,
        background,
        "directives.evidence.uploaded",
        _action_resource(code),
        {"evidence_id": evidence_id, "sha256": stored.sha256, "media_type": stored.media_type},
    )
    return redirect(_action_url(code), "uploaded")


async def _posted(request: Request) -> tuple[Person, FormData, Portal]:
    """Who posts (signed in), the form (CSRF checked) and the portal."""
    person = viewer(request)
    return person, await _form(request), portal_of(request)


async def _commit_action_move(
    request: Request,
    background: BackgroundTasks,
    code: str,
    work: Callable[[Session], object],
    *,
    event: str,
    flash: str,
    payload: dict[str, Any] | None = None,
) -> Response:
    await _in_transaction(portal_of(request), work)
    after_change(request, background, event, _action_resource(code), payload or {})
    return redirect(_action_url(code), flash)


@router.post("/nhiem-vu/{code}/nop")
async def submit(request: Request, code: str, background: BackgroundTasks) -> Response:
    person, _, portal = await _posted(request)
    return await _commit_action_move(
        request,
        background,
        code,
        lambda s: store.submit(s, portal.ws, code, person.id),
        event="directives.action.submitted",
        flash="submitted",
    )


@router.post("/nhiem-vu/{code}/tham-dinh")
async def review(request: Request, code: str, background: BackgroundTasks) -> Response:
    person, form, portal = await _posted(request)
    approve = forms.choice(form, "decision", {"approve", "reject"}) == "approve"
    comment = forms.with_phrases(form, "phrase", REVIEW_PHRASES_VI, forms.text(form, "comment"))
    return await _commit_action_move(
        request,
        background,
        code,
        lambda s: store.review(s, portal.ws, code, person.id, approve=approve, comment=comment),
        event="directives.action.approved" if approve else "directives.action.rejected",
        flash="approved" if approve else "rejected",
        payload={"comment": comment},
    )


@router.post("/nhiem-vu/{code}/mo-lai")
async def reopen(request: Request, code: str, background: BackgroundTasks) -> Response:
    person, form, portal = await _posted(request)
    reason = forms.text(form, "reason") or ""
    return await _commit_action_move(
        request,
        background,
        code,
        lambda s: store.reopen(s, portal.ws, code, person.id, reason=reason),
        event="directives.action.reopened",
        flash="reopened",
        payload={"reason": reason},
    )


@router.post("/nhiem-vu/{code}/gia-han")
async def request_extension(request: Request, code: str, background: BackgroundTasks) -> Response:
    person, form, portal = await _posted(request)
    until = forms.parse_date(forms.text(form, "until"), "Thời hạn đề nghị")
    if until is None:
        raise InvalidInput("no date", "Đề nghị nhập thời hạn đề nghị gia hạn.")
    reason = forms.text(form, "reason") or ""
    return await _commit_action_move(
        request,
        background,
        code,
        lambda s: store.request_extension(
            s, portal.ws, code, person.id, until=until, reason=reason
        ),
        event="directives.extension.requested",
        flash="extension-requested",
        payload={"until": until.isoformat()},
    )


@router.post("/nhiem-vu/{code}/gia-han/quyet-dinh")
async def decide_extension(request: Request, code: str, background: BackgroundTasks) -> Response:
    person, form, portal = await _posted(request)
    approve = forms.choice(form, "decision", {"approve", "reject"}) == "approve"
    comment = forms.text(form, "comment")
    return await _commit_action_move(
        request,
        background,
        code,
        lambda s: store.decide_extension(
            s, portal.ws, code, person.id, approve=approve, comment=comment
        ),
        event="directives.extension.decided",
        flash="extension-decided",
        payload={"approved": approve},
    )


@router.post("/nhiem-vu/{code}/giao-lai")
async def reassign(request: Request, code: str, background: BackgroundTasks) -> Response:
    person, form, portal = await _posted(request)
    unit_id = forms.text(form, "unit_id") or ""
    return await _commit_action_move(
        request,
        background,
        code,
        lambda s: store.reassign(s, portal.ws, code, person.id, unit_id=unit_id),
        event="directives.action.reassigned",
        flash="reassigned",
        payload={"unit": unit_id},
    )


# Sign-off -----------------------------------------------------------------------------


def _resume(
    flow_run_id: str, outcome: store.SignoffOutcome, signed_by: str, comment: str | None
) -> bool:
    """Resume the directive's suspended flow run; False (logged) if it was not resumed now.

    The sign-off is already committed: if Prefect cannot be told, the lead's
    reconcile resumes the run later from the database.
    """
    try:
        from directives import orchestration

        signoff = orchestration.SignOff(
            number=outcome.number, round=outcome.round, signed_by=signed_by, comment=comment
        )
        return orchestration.resume_signoff(flow_run_id, signoff)
    except Exception:
        log.warning(
            "sign-off of %s recorded but flow run %s not resumed; reconcile will resume it",
            outcome.number,
            flow_run_id,
            exc_info=True,
        )
        return False


@router.post("/van-ban/{code}/ky-xac-nhan")
async def sign_off(request: Request, code: str, background: BackgroundTasks) -> Response:
    person, form, portal = await _posted(request)
    refuse = forms.choice(form, "decision", {"sign", "refuse"}) == "refuse"
    comment = forms.text(form, "comment")

    def work(session: Session) -> tuple[store.SignoffOutcome, str | None, str]:
        outcome = store.sign_off(
            session, portal.ws, code, person.id, refuse=refuse, comment=comment
        )
        directive = store.get_directive(session, outcome.directive_id)
        return outcome, directive.flow_run_id, directive.code

    outcome, flow_run_id, directive_code = await _in_transaction(portal, work)
    flash = "refused" if outcome.refused else "signed"
    if outcome.closed:
        flash = "closed"
        if flow_run_id and not await run_in_threadpool(
            _resume, flow_run_id, outcome, person.id, comment
        ):
            flash = "closed-pending"
    payload: dict[str, Any] = {
        "round": outcome.round,
        "closed": outcome.closed,
        "refused": outcome.refused,
        "signatures": outcome.signatures,
        "needed": outcome.needed,
    }
    event = "directives.directive.signoff_refused" if refuse else "directives.directive.signed"
    after_change(request, background, event, f"directives.directive.{directive_code}", payload)
    return redirect(f"/van-ban/{directive_code}", flash)
