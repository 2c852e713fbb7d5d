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
from starlette.datastructures import FormData

from directives import store
from directives.errors import InvalidInput
from directives.org import Person
from directives.portal import forms
from directives.portal.context import (
    Portal,
    after_change,
    check_csrf,
    log,
    portal_of,
    redirect,
    viewer,
)
from directives.review_queue import REVIEW_PHRASES_VI

router = APIRouter()
T = TypeVar("T")


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
