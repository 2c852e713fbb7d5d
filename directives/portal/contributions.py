"""The POST endpoints of the work shared on an action: uploading evidence (streamed,
optionally submitted in the same step), withdrawing a file not yet submitted, and the
officers a unit head names.

A refused upload answers with the action page itself: the reason in Vietnamese above
the form, and what was typed kept in it (a browser never keeps the chosen file).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from starlette.background import BackgroundTasks
from starlette.types import Message, Receive

from directives import store
from directives.errors import DirectivesError, EvidenceRejected, InvalidInput
from directives.evidence import StoredFile
from directives.filetypes import check_name
from directives.org import Person
from directives.portal import forms
from directives.portal.actions import (
    _action_resource,
    _action_url,
    _commit_action_move,
    _posted,
)
from directives.portal.context import (
    Portal,
    UploadTooLarge,
    after_change,
    check_csrf,
    portal_of,
    redirect,
    render,
    status_of,
    viewer,
    wants_json,
)
from directives.portal.pages import action_page_context, safe_filename
from directives.portal.uploads import StreamedForm, read_upload

router = APIRouter()

# Room for the form's text fields and multipart boundaries around the file itself.
FORM_OVERHEAD = 64 * 1024
KEPT_FIELDS = ("doc_number", "doc_date", "period", "criterion", "note", "submit_now")


def _bounded_receive(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def bounded() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise UploadTooLarge()
        return message

    return bounded


def _text(form: StreamedForm, name: str, max_len: int = 2000) -> str | None:
    value = (form.fields.get(name) or "").strip()
    if len(value) > max_len:
        raise InvalidInput(
            f"field {name} too long", f"Nội dung nhập quá dài (tối đa {max_len} ký tự)."
        )
    return value or None


def _meta(form: StreamedForm) -> store.EvidenceMeta:
    if form.writer is None or not form.filename:
        raise InvalidInput("no file", "Đề nghị chọn tệp tài liệu kiểm chứng để tải lên.")
    return store.EvidenceMeta(
        original_name=safe_filename(check_name(form.filename)),
        doc_number=_text(form, "doc_number", 64),
        doc_date=forms.parse_date(_text(form, "doc_date"), "Ngày ban hành tài liệu"),
        period=_text(form, "period", 64),
        criterion=_text(form, "criterion", 128),
        note=_text(form, "note"),
    )


def _attach(
    portal: Portal,
    code: str,
    person: Person,
    stored: StoredFile,
    meta: store.EvidenceMeta,
    submit_now: bool,
) -> int:
    """Record the stored file, and submit the action's new evidence if asked, in one
    transaction. A refusal deletes nothing: the file may be another row's (same bytes);
    if no row needs it, the custody sweep collects it later."""
    with portal.sessions.begin() as session:
        evidence_id = store.add_evidence(session, portal.ws, code, person.id, stored, meta).id
        if submit_now:
            store.submit(session, portal.ws, code, person.id)
        return evidence_id


def _refused(request: Request, code: str, form: StreamedForm, status: int, reason: str) -> Response:
    """The action page again, the reason above the upload form, the typed fields kept."""
    context = action_page_context(request, code)
    kept = {k: v for k, v in form.fields.items() if k in KEPT_FIELDS}
    return render(
        request,
        "action.html",
        {**context, "kept": kept, "upload_error": reason},
        status=status,
    )


@router.post("/nhiem-vu/{code}/tai-lieu")
async def upload_evidence(request: Request, code: str, background: BackgroundTasks) -> Response:
    person = viewer(request)  # refuse strangers before reading any of the body
    portal = portal_of(request)
    limit = portal.settings.portal.max_upload_bytes
    form = StreamedForm()

    def within_quota() -> None:  # over the quota: refused before the bytes land
        announced = request.headers.get("content-length", "")
        with portal.sessions() as session:
            store.check_upload_quota(
                session, portal.ws, person, int(announced) if announced.isdigit() else 0
            )

    async def csrf_first(sent_before: dict[str, str]) -> None:  # before the file is stored
        check_csrf(request, sent_before.get("csrf_token"))
        await run_in_threadpool(within_quota)  # a query: off the event loop

    try:
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit + FORM_OVERHEAD:
            raise UploadTooLarge()
        bounded = Request(request.scope, _bounded_receive(request.receive, limit + FORM_OVERHEAD))
        content_type = request.headers.get("content-type", "")
        await read_upload(bounded.stream(), content_type, portal.ws.evidence, form, csrf_first)
        check_csrf(request, form.fields.get("csrf_token"))
        meta = _meta(form)
        submit_now = form.fields.get("submit_now") == "1"
        assert form.writer is not None
        stored = await run_in_threadpool(form.writer.finish)
        evidence_id = await run_in_threadpool(
            _attach, portal, code, person, stored, meta, submit_now
        )
    except UploadTooLarge:
        if wants_json(request):
            raise
        mb = limit // (1024 * 1024)
        return _refused(request, code, form, 413, f"Tệp vượt quá dung lượng cho phép ({mb} MB).")
    except DirectivesError as exc:
        if wants_json(request):
            raise
        status = status_of(exc)
        if isinstance(exc, EvidenceRejected) and form.writer and form.writer.size > limit:
            status = 413
        return _refused(request, code, form, status, exc.message_vi)
    finally:
        form.close()
    after_change(
        request,
        background,
        "directives.evidence.uploaded",
        _action_resource(code),
        {"evidence_id": evidence_id, "sha256": stored.sha256, "media_type": stored.media_type},
    )
    if submit_now:
        after_change(request, background, "directives.action.submitted", _action_resource(code), {})
    return redirect(_action_url(code), "uploaded-submitted" if submit_now else "uploaded")


@router.post("/tai-lieu/{evidence_id}/rut")
async def withdraw(request: Request, evidence_id: int, background: BackgroundTasks) -> Response:
    person, _, portal = await _posted(request)

    def work() -> tuple[str, str]:
        with portal.sessions.begin() as session:
            item = store.withdraw_evidence(session, portal.ws, evidence_id, person.id)
            return item.action.code, item.sha256

    code, sha256 = await run_in_threadpool(work)
    after_change(
        request,
        background,
        "directives.evidence.withdrawn",
        _action_resource(code),
        {"evidence_id": evidence_id, "sha256": sha256},
    )
    return redirect(_action_url(code), "withdrawn")


@router.post("/nhiem-vu/{code}/can-bo")
async def officers(request: Request, code: str, background: BackgroundTasks) -> Response:
    person, form, portal = await _posted(request)
    officer = forms.required_text(form, "person_id", "cán bộ được phân công", max_len=64)
    if forms.text(form, "remove") == "1":
        return await _commit_action_move(
            request,
            background,
            code,
            lambda s: store.remove_officer(s, portal.ws, code, person.id, person_id=officer),
            event="directives.action.officer_removed",
            flash="officer-removed",
            payload={"person": officer},
        )
    role = store.officer_role(forms.text(form, "role") or "")
    return await _commit_action_move(
        request,
        background,
        code,
        lambda s: store.assign_officer(s, portal.ws, code, person.id, person_id=officer, role=role),
        event="directives.action.officer_assigned",
        flash="officer-assigned",
        payload={"person": officer, "role": role.value},
    )
