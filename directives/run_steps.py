"""The work of a directive's run, one step at a time: what the lifecycle flow's tasks do.

Each step is idempotent and takes and returns small pydantic models, so a task can do
it in its own process or ask the portal to do it (``prefect.steps_in_portal``, set by
the embedded stack). The portal is a long-lived process with the core's stack
(SQLAlchemy and the ORM, the templates, the mail and Zalo plugins) loaded once, where
every flow-run process is new and would load all of it again for a few queries: about
0.4 CPU-s per run, more than the run's own work (issue 12). With the steps in the
portal, a flow-run process loads Prefect, the settings and this module only.

Nothing heavy is imported at module level: a step imports the core when it runs, in
whichever process that is. A step the portal could not finish (down, restarting, an
error) raises in the task, which Prefect retries; every step may run twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel

from directives.bearer import bearer_ok, derived_token

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from directives.settings import Settings
    from directives.workspace import Workspace

STEPS_PATH = "/noi-bo/buoc-chay"  # the portal's endpoint: POST {STEPS_PATH}/{step}


class StepCall(BaseModel):
    """A step's arguments: the directive, and the asking run (for the console's events)."""

    directive_id: int | None = None
    flow_run_id: str | None = None


class Assigned(BaseModel):
    actions: int


class Swept(BaseModel):
    notifications: int
    rows: list[dict[str, str]]  # the table of what it sent, for the run's artifact
    at: str  # when, dd/mm/yyyy hh:mm in the workflow's time zone


class Dispatched(BaseModel):
    sent: int
    failed: int
    dead: int


class SignoffState(BaseModel):
    number: str
    code: str
    closed: bool
    round: int
    reason: str


class CloseoutResult(BaseModel):
    number: str
    files: dict[str, str]
    summary: str
    first_time: bool


class ClosedOut(BaseModel):
    result: CloseoutResult
    artifact_key: str
    markdown: str  # the report's text, for the run's artifact


class StepFailed(RuntimeError):
    """The portal did not do the step (it answered an error); the task retries."""


M = TypeVar("M", bound=BaseModel)
Core = tuple["sessionmaker[Session]", "Workspace"]


def steps_token(settings: Settings) -> str:
    """The bearer token of a run asking the portal for a step; derived from the signing
    key, so it is never stored apart, and distinct from every other token made of it."""
    return derived_token(settings, b"run-steps")


def token_ok(settings: Settings, authorization: str | None) -> bool:
    return bearer_ok(authorization, steps_token(settings))


# --- the steps, done here ------------------------------------------------------------


def _assign(core: Core, call: StepCall) -> Assigned:
    from directives import monitor, store

    sessions, ws = core
    directive_id = _directive(call)
    with sessions.begin() as session:
        count = store.assign_actions(session, ws, directive_id, _now())
    monitor.after_commit(
        sessions,
        ws,
        "directives.directive.assigned",
        directive=directive_id,
        payload={"actions": count},
        dedupe="assigned",
        flow_run_id=call.flow_run_id,
    )
    return Assigned(actions=count)


def _sweep(core: Core, call: StepCall) -> Swept:
    from directives import monitor
    from directives.reminders import sweep

    sessions, ws = core
    now = _now()
    with sessions.begin() as session:
        result = sweep(session, now, ws.org, ws.reminder_policy, ws.calendar, ws.settings)
    rows = monitor.after_sweep(sessions, ws, result)
    at = f"{now.astimezone(ws.tz):%H:%M %d/%m/%Y}"
    return Swept(notifications=result.notifications, rows=rows, at=at)


def _dispatch(core: Core, call: StepCall) -> Dispatched:
    from directives.notify.dispatch import dispatch_pending

    sessions, ws = core
    result = dispatch_pending(sessions, ws.settings)
    return Dispatched(sent=result.sent, failed=result.failed, dead=result.dead)


def _signoff_state(core: Core, call: StepCall) -> SignoffState:
    from directives import store

    sessions, _ = core
    with sessions() as session:
        directive = store.get_directive(session, _directive(call))
        if directive.state == "closed":
            reason = "signed off"
        else:
            open_codes = [a.code for a in store.unapproved_actions(directive)]
            reason = (
                f"actions not approved yet: {', '.join(open_codes)}"
                if open_codes
                else f"waiting for the inspection team's sign-off (round {directive.signoff_round})"
            )
        return SignoffState(
            number=directive.number,
            code=directive.code,
            closed=directive.state == "closed",
            round=directive.signoff_round,
            reason=reason,
        )


def _close_out(core: Core, call: StepCall) -> ClosedOut:
    """Write the report and evidence bundle, record the close-out and queue its messages."""
    from directives import monitor, store
    from directives.domain import DirectiveState
    from directives.errors import InvalidTransition
    from directives.integrity import report_closeout_gaps
    from directives.reports import build_closeout
    from directives.reports.links import directive_page_url

    sessions, ws = core
    directive_id = _directive(call)
    today = ws.local_date(_now())
    with sessions() as session:
        directive = store.get_directive(session, directive_id)
        if directive.state != DirectiveState.CLOSED:  # before any file is written
            raise InvalidTransition(
                "only a signed-off directive can be closed out",
                f"Văn bản {directive.number} chưa được ký xác nhận hoàn thành.",
            )
        number, code = directive.number, directive.code
        files = build_closeout(session, ws, directive_id, today)
    with sessions.begin() as session:
        first = store.record_closeout(
            session,
            ws,
            directive_id,
            report_url=directive_page_url(ws.settings, code),
            summary=files.summary,
            files=files.as_dict(),
        )
        if files.gaps:  # the close-out completes; the admins are told what is missing
            report_closeout_gaps(session, ws, number, directive_id, list(files.gaps), code=code)
    monitor.after_commit(
        sessions,
        ws,
        "directives.directive.closed_out",
        directive=directive_id,
        payload={"summary": files.summary},
        dedupe="closed-out",
        flow_run_id=call.flow_run_id,
    )
    result = CloseoutResult(
        number=number, files=files.as_dict(), summary=files.summary, first_time=first
    )
    key = monitor.artifact_key(code, "closeout")
    return ClosedOut(result=result, artifact_key=key, markdown=files.markdown)


STEPS: dict[str, tuple[Callable[[Core, StepCall], BaseModel], type[BaseModel]]] = {
    "assign": (_assign, Assigned),
    "sweep": (_sweep, Swept),
    "dispatch": (_dispatch, Dispatched),
    "signoff-state": (_signoff_state, SignoffState),
    "close-out": (_close_out, ClosedOut),
}


def perform(core: Core, name: str, call: StepCall) -> BaseModel:
    """Do step ``name`` in this process (the portal's endpoint, or a run without it)."""
    return STEPS[name][0](core, call)


# --- the steps, asked for by a task --------------------------------------------------


def assign(directive_id: int, flow_run_id: str | None) -> Assigned:
    return _ask("assign", StepCall(directive_id=directive_id, flow_run_id=flow_run_id), Assigned)


def sweep_now() -> Swept:
    return _ask("sweep", StepCall(), Swept)


def dispatch() -> Dispatched:
    return _ask("dispatch", StepCall(), Dispatched)


def signoff_state(directive_id: int) -> SignoffState:
    return _ask("signoff-state", StepCall(directive_id=directive_id), SignoffState)


def close_out(directive_id: int, flow_run_id: str | None) -> ClosedOut:
    call = StepCall(directive_id=directive_id, flow_run_id=flow_run_id)
    return _ask("close-out", call, ClosedOut)


def _ask(name: str, call: StepCall, model: type[M]) -> M:
    from directives.settings import get_settings

    settings = get_settings()
    if settings.prefect.steps_in_portal:
        return model.model_validate(_from_portal(settings, name, call))
    from directives.runtime import runtime

    rt = runtime()
    done = perform((rt.sessions, rt.ws), name, call)
    assert isinstance(done, model)
    return done


def _from_portal(settings: Settings, name: str, call: StepCall) -> object:
    import httpx  # Prefect's own client library: loaded already in a flow-run process

    url = f"{settings.portal.local_url}{STEPS_PATH}/{name}"
    headers = {"Authorization": f"Bearer {steps_token(settings)}"}
    # close-out writes the report and the evidence bundle: give it time
    timeout = httpx.Timeout(600.0, connect=10.0)
    answer = httpx.post(url, content=call.model_dump_json(), headers=headers, timeout=timeout)
    if answer.status_code != 200:
        raise StepFailed(f"the portal answered {answer.status_code} to step {name}: {answer.text}")
    return answer.json()


def _directive(call: StepCall) -> int:
    if call.directive_id is None:
        raise ValueError("this step needs a directive_id")
    return call.directive_id


def _now() -> datetime:
    return datetime.now(UTC)
