"""Intake in the portal (admins only): upload a letter, correct the draft, assign it.

    GET  /tiep-nhan                 upload form, saved drafts, learned unit aliases
    POST /tiep-nhan                 upload: the parser reads it into a new draft
    GET  /tiep-nhan/{id}            the draft: the letter beside the fields
    POST /tiep-nhan/{id}            save the form, then one operation (``op``): save,
                                    add, delete, split or merge actions, assign, discard
    POST /tiep-nhan/ten-goi/{id}/xoa   remove a learned unit alias
    GET  /van-ban/{code}/van-ban-goc   the directive's source letter

Every submit saves what the admin typed first, so no edit is lost and no script
is needed; deadlines are resolved on the working calendar at each save.
"""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import select
from starlette.background import BackgroundTasks
from starlette.datastructures import FormData, UploadFile

from directives import store
from directives.db import Directive
from directives.drafting import check_draft
from directives.errors import InvalidInput, NotFound, PermissionDenied
from directives.intake import confirm_draft, read_letter
from directives.org import Person, Role
from directives.portal import forms
from directives.portal.context import (
    Portal,
    UploadTooLarge,
    after_change,
    check_csrf,
    portal_of,
    redirect,
    render,
    viewer,
)
from directives.portal.intake_view import (
    deadline_problems,
    draft_page,
    letter_lines,
    merge_with_next,
    next_seq,
    read_form,
    split_action,
)
from directives.portal.pages import content_disposition, safe_filename
from directives.records import ParsedAction, ParsedDirective
from directives.runtime import Runtime

router = APIRouter()
MAX_FORM_FIELDS = 2000


def _admin(request: Request) -> Person:
    person = viewer(request)
    if not person.has(Role.ADMIN):
        raise PermissionDenied(
            f"{person.id} is not an admin", f"{person.name} không có quyền tiếp nhận văn bản."
        )
    return person


def _runtime(portal: Portal) -> Runtime:
    return Runtime(ws=portal.ws, engine=portal.sessions.kw["bind"], sessions=portal.sessions)


@router.get("/tiep-nhan")
def intake_home(request: Request) -> Response:
    _admin(request)
    portal = portal_of(request)
    with portal.sessions() as session:
        drafts = [
            {"id": d.id, "name": d.source_name, "at": d.updated_at, "by": d.created_by}
            for d in store.list_drafts(session)
        ]
        aliases = [
            {"id": a.id, "alias": a.alias, "unit": portal.ws.org.unit(a.unit_id).name}
            for a in store.list_aliases(session)
            if a.unit_id in {u.id for u in portal.ws.org.units}
        ]
    return render(request, "intake.html", {"drafts": drafts, "aliases": aliases})


@router.post("/tiep-nhan")
async def upload_letter(request: Request) -> Response:
    person = _admin(request)
    portal = portal_of(request)
    limit = portal.settings.portal.max_upload_bytes
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit + 64 * 1024:
        raise UploadTooLarge()
    form = await request.form(max_files=1, max_fields=10)
    try:
        check_csrf(request, forms.text(form, "csrf_token"))
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise InvalidInput("no file", "Đề nghị chọn tệp văn bản cần tiếp nhận.")
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise UploadTooLarge()
        name = safe_filename(upload.filename)
        received = forms.parse_date(forms.text(form, "received_on"), "Ngày tiếp nhận")
    finally:
        await form.close()
    draft_id = await run_in_threadpool(_new_draft, portal, person, data, name, received)
    return redirect(f"/tiep-nhan/{draft_id}", "draft-created")


def _new_draft(portal: Portal, person: Person, data: bytes, name: str, received: Any) -> int:
    received = received or portal.ws.local_date(datetime.now(UTC))
    reading = read_letter(_runtime(portal), data, name, received)
    stored = portal.ws.evidence.put(io.BytesIO(data), any_type=True)
    with portal.sessions.begin() as session:
        row = store.create_draft(
            session,
            portal.ws,
            person.id,
            reading=reading,
            source_name=name,
            source_sha256=stored.sha256,
            received_on=received,
        )
        return row.id


def _letter(portal: Portal, sha: str, name: str) -> list[str]:
    with portal.ws.evidence.open(sha) as fh:
        return letter_lines(fh.read(), name)


@router.get("/tiep-nhan/{draft_id}")
def draft_view(request: Request, draft_id: int) -> Response:
    person = _admin(request)
    portal = portal_of(request)
    with portal.sessions() as session:
        row = store.get_draft(session, portal.ws, draft_id, person.id)
        org = store.learned_org(session, portal.ws.org)
        page = draft_page(
            row.id,
            row.source_name,
            row.received_on,
            row.draft,
            row.reading,
            _letter(portal, row.source_sha256, row.source_name),
            row.inspection_team,
            org,
            portal.ws.calendar,
        )
    return render(request, "intake_draft.html", {"p": page})


def _apply(record: ParsedDirective, reading: ParsedDirective, op: str) -> ParsedDirective:
    verb, _, arg = op.partition(":")
    index = int(arg) if arg.isdigit() else -1
    if verb in {"xoa", "tach", "gop"} and not 0 <= index < len(record.actions):
        raise InvalidInput(f"bad action index in {op!r}", "Không tìm thấy nhiệm vụ cần thao tác.")
    if verb == "them":
        added = ParsedAction(seq=next_seq(record, reading), text="")
        return record.model_copy(update={"actions": [*record.actions, added]})
    if verb == "xoa":
        return record.model_copy(
            update={"actions": [a for i, a in enumerate(record.actions) if i != index]}
        )
    if verb == "tach":
        return split_action(record, index, next_seq(record, reading))
    if verb == "gop":
        return merge_with_next(record, index)
    return record


def _save(portal: Portal, person: Person, draft_id: int, form: FormData, op: str) -> None:
    with portal.sessions.begin() as session:
        row = store.get_draft(session, portal.ws, draft_id, person.id)
        org = store.learned_org(session, portal.ws.org)
        record = ParsedDirective.model_validate(row.draft)
        reading = ParsedDirective.model_validate(row.reading)
        record = read_form(form, record, org, portal.ws.calendar, row.received_on)
        record = _apply(record, reading, op)
        team = forms.text(form, "inspection_team", max_len=64)
        store.save_draft(session, portal.ws, draft_id, person.id, record, inspection_team=team)


def _assign(portal: Portal, person: Person, draft_id: int) -> tuple[str, bool]:
    with portal.sessions() as session:
        row = store.get_draft(session, portal.ws, draft_id, person.id)
        record = ParsedDirective.model_validate(row.draft)
        org = store.learned_org(session, portal.ws.org)
        received, team = row.received_on, row.inspection_team
    problems = deadline_problems(record, portal.ws.calendar, received)
    if problems:
        raise InvalidInput(
            "unreadable deadlines: " + "; ".join(problems),
            "Chưa thể giao nhiệm vụ: " + "; ".join(problems) + ".",
        )
    check_draft(record, org, team)
    result = confirm_draft(_runtime(portal), draft_id, person.id, start_run=portal.side_effects)
    return result.code, result.flow_run_id is not None or not portal.side_effects


def _discard(portal: Portal, person: Person, draft_id: int) -> None:
    with portal.sessions.begin() as session:
        sha = store.discard_draft(session, portal.ws, draft_id, person.id)
    with portal.sessions() as session:
        still = list(
            session.scalars(select(Directive.source_sha256).where(Directive.source_sha256 == sha))
        )
        still += [d.source_sha256 for d in store.list_drafts(session) if d.source_sha256 == sha]
    portal.ws.evidence.discard_unless(sha, still)


@router.post("/tiep-nhan/{draft_id}")
async def draft_post(request: Request, draft_id: int, background: BackgroundTasks) -> Response:
    person = _admin(request)
    portal = portal_of(request)
    form = await request.form(max_files=0, max_fields=MAX_FORM_FIELDS)
    check_csrf(request, forms.text(form, "csrf_token"))
    op = forms.text(form, "op", max_len=32) or "luu"
    if op == "huy":
        await run_in_threadpool(_discard, portal, person, draft_id)
        return redirect("/tiep-nhan", "draft-discarded")
    await run_in_threadpool(_save, portal, person, draft_id, form, op)
    if op != "giao":
        return redirect(f"/tiep-nhan/{draft_id}", "draft-saved")
    code, started = await run_in_threadpool(_assign, portal, person, draft_id)
    resource = f"directives.directive.{code}"
    after_change(request, background, "directives.directive.ingested", resource, {})
    return redirect(f"/van-ban/{code}", "draft-assigned" if started else "draft-assigned-later")


@router.post("/tiep-nhan/ten-goi/{alias_id}/xoa")
async def remove_alias(request: Request, alias_id: int) -> Response:
    person = _admin(request)
    portal = portal_of(request)
    form = await request.form(max_files=0, max_fields=5)
    check_csrf(request, forms.text(form, "csrf_token"))

    def work() -> None:
        with portal.sessions.begin() as session:
            store.remove_alias(session, portal.ws, alias_id, person.id)

    await run_in_threadpool(work)
    return redirect("/tiep-nhan", "alias-removed")


@router.get("/van-ban/{code}/van-ban-goc")
def source_letter(request: Request, code: str) -> Response:
    viewer(request)
    portal = portal_of(request)
    with portal.sessions() as session:
        directive = store.get_directive(session, code)
        sha, name = directive.source_sha256, directive.source_name
    if not portal.ws.evidence.exists(sha):
        raise NotFound(f"source {sha} missing", "Tệp văn bản gốc không còn trong kho lưu trữ.")
    with portal.ws.evidence.open(sha) as fh:
        data = fh.read()
    if hashlib.sha256(data).hexdigest() != sha:
        raise NotFound(f"source {sha} altered", "Tệp văn bản gốc trong kho đã bị thay đổi.")
    return Response(
        data,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": content_disposition(name),
            "Cache-Control": "private, no-store",
        },
    )
