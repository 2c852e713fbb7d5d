"""What an operator watching the Prefect UI sees of a directive, computed from the database.

``after_commit`` is the one call every interface makes once its change is
committed (the portal, the CLI, the flow's tasks, the sweep): it emits the
product event with the directive's flow run, the directive and the action as
related resources (so it shows on the run's page), and brings the run's
progress and status-table artifacts up to date in place. It is best effort (a
Prefect that cannot be reached never undoes or fails a committed change) and
idempotent (artifacts are rewritten from the database, and events with a
``dedupe`` key get an id derived from it, which Prefect stores once).

This module does not import Prefect; ``orchestration`` and ``console`` do.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from uuid import NAMESPACE_URL, UUID, uuid5

from sqlalchemy.orm import Session, sessionmaker

from directives.db import Directive
from directives.domain import ActionState
from directives.store import get_action, get_directive
from directives.workspace import Workspace

if TYPE_CHECKING:
    from directives.reminders.digest import SweepResult

log = logging.getLogger(__name__)

SHORT_TEXT = 60
EVENT_NAMESPACE = uuid5(NAMESPACE_URL, "https://directives.local/events")


def artifact_key(code: str, what: str) -> str:
    return f"directive-{code.lower()}-{what}"


def vn_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def short(text: str, limit: int = SHORT_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def run_tags(directive: Directive, unit_names: Iterable[str]) -> list[str]:
    """Tags of a directive's run: its number, issuer, year and lead units (filterable in
    the UI's run list)."""
    tags = ["directive", f"số {directive.number}"]
    if directive.issuer:
        tags.append(short(directive.issuer, 80))
    year = directive.issued_on.year if directive.issued_on else directive.received_on.year
    tags.append(f"năm {year}")
    tags.extend(f"chủ trì: {name}" for name in dict.fromkeys(unit_names))
    return tags


def directive_run_tags(session: Session, ws: Workspace, directive_id: int) -> list[str]:
    directive = get_directive(session, directive_id)
    return run_tags(directive, (_unit_name(ws, a.lead_unit) for a in directive.actions))


def _unit_name(ws: Workspace, unit_id: str) -> str:
    try:
        return ws.org.unit(unit_id).name
    except KeyError:
        return unit_id


def status_rows(ws: Workspace, directive: Directive, today: date) -> list[dict[str, str]]:
    """The status table: state, bucket and deadline first, dates dd/mm/yyyy, short text."""
    from directives.domain import ACTION_STATE_VI, TIMELINESS_VI, timeliness

    rows = []
    for action in sorted(directive.actions, key=lambda a: a.seq):
        bucket = timeliness(action.effective_deadline, action.completed_on, today)
        rows.append(
            {
                "Trạng thái": ACTION_STATE_VI.get(action.state, action.state),
                "Tiến độ": TIMELINESS_VI[bucket],
                "Thời hạn": vn_date(action.effective_deadline) or "Thường xuyên",
                "Mã": action.code,
                "Đơn vị chủ trì": _unit_name(ws, action.lead_unit),
                "Nhiệm vụ": short(action.text),
            }
        )
    return rows


def progress(directive: Directive) -> tuple[float, str]:
    """Approved of all, as a percentage and a sentence."""
    total = len(directive.actions)
    approved = sum(a.state == ActionState.APPROVED for a in directive.actions)
    percent = 100.0 * approved / total if total else 100.0
    return percent, f"Đã chấp thuận {approved}/{total} nhiệm vụ của văn bản {directive.number}"


def related_resources(
    directive: Directive, action_code: str | None = None, flow_run_id: str | None = None
) -> list[dict[str, str]]:
    """The directive's flow run, the directive and (if any) the action, as Prefect related
    resources with readable names."""
    related = []
    run_id = directive.flow_run_id or flow_run_id
    if run_id:
        related.append(
            {
                "prefect.resource.id": f"prefect.flow-run.{run_id}",
                "prefect.resource.role": "flow-run",
                "prefect.resource.name": f"Chỉ đạo {directive.number}",
            }
        )
    related.append(
        {
            "prefect.resource.id": f"directives.directive.{directive.code}",
            "prefect.resource.role": "directive",
            "prefect.resource.name": directive.number,
        }
    )
    if action_code:
        action = next((a for a in directive.actions if a.code == action_code), None)
        if action is not None:
            related.append(
                {
                    "prefect.resource.id": f"directives.action.{action.code}",
                    "prefect.resource.role": "action",
                    "prefect.resource.name": f"{action.code}: {short(action.text)}",
                }
            )
    return related


def event_id(event: str, resource_id: str, dedupe: str | None) -> UUID | None:
    return uuid5(EVENT_NAMESPACE, f"{event}|{resource_id}|{dedupe}") if dedupe else None


def after_commit(
    sessions: sessionmaker[Session],
    ws: Workspace,
    event: str | None,
    *,
    directive: str | int | None = None,
    action: str | None = None,
    payload: dict[str, Any] | None = None,
    dedupe: str | None = None,
    flow_run_id: str | None = None,
    artifacts: bool = True,
) -> None:
    """Tell Prefect about a committed change of ``action`` or ``directive``; never raises.

    ``flow_run_id`` stands in for the directive's stored one (a task of a run
    whose id is not saved yet knows its own).
    """
    try:
        with sessions() as session:
            notice = _read(
                session, ws, event, directive, action, payload, dedupe, flow_run_id, artifacts
            )
        _send(notice)
    except Exception:  # the console is observability; the database already holds the change
        log.warning("could not update the Prefect console after %s", event, exc_info=True)


@dataclass(frozen=True)
class _Notice:
    """What to tell Prefect, read from the database: an event (``emit``'s arguments) and
    the artifacts of the directive's run."""

    event: tuple[tuple[Any, ...], dict[str, Any]] | None
    run_id: str | None
    contents: list[Any]


def _read(
    session: Session,
    ws: Workspace,
    event: str | None,
    directive_ref: str | int | None,
    action_code: str | None,
    payload: dict[str, Any] | None,
    dedupe: str | None,
    flow_run_id: str | None,
    artifacts: bool,
) -> _Notice:
    if action_code is not None:
        action_row = get_action(session, action_code)
        found, action_code = action_row.directive, action_row.code
    elif directive_ref is not None:
        found = get_directive(session, directive_ref)
    else:
        raise ValueError("after_commit needs a directive or an action")
    related = related_resources(found, action_code, flow_run_id)
    today = ws.local_date(datetime.now(UTC))
    contents = _artifact_contents(ws, found, today) if artifacts else []
    emit = None
    if event:
        if action_code:
            resource_id, name = f"directives.action.{action_code}", action_code
        else:
            resource_id, name = f"directives.directive.{found.code}", found.number
        emit = (
            (event, resource_id, {**(payload or {}), "directive": found.number}),
            {
                "resource_name": name,
                "related": [r for r in related if r["prefect.resource.id"] != resource_id],
                "event_id": event_id(event, resource_id, dedupe),
            },
        )
    return _Notice(emit, found.flow_run_id or flow_run_id, contents)


def _send(notice: _Notice) -> None:
    if notice.event is not None:
        from directives import orchestration

        args, kwargs = notice.event
        orchestration.emit(*args, **kwargs)
    if notice.contents:
        from directives import console

        console.publish_artifacts(notice.run_id, notice.contents)


def _artifact_contents(ws: Workspace, directive: Directive, today: date) -> list[Any]:
    from directives.console import ArtifactContent

    percent, sentence = progress(directive)
    return [
        ArtifactContent(
            key=artifact_key(directive.code, "progress"),
            type="progress",
            data=percent,
            description=sentence,
        ),
        ArtifactContent(
            key=artifact_key(directive.code, "actions"),
            type="table",
            data=_json_table(status_rows(ws, directive, today)),
            description=f"Tình hình thực hiện các nhiệm vụ của văn bản {directive.number} "
            f"(cập nhật {today:%d/%m/%Y})",
        ),
    ]


def _json_table(rows: list[dict[str, str]]) -> str:
    import json

    return json.dumps(rows, ensure_ascii=False)


# The sweep ------------------------------------------------------------------------------


def reminder_event(kind: str) -> str:
    """The product event a reminder of ``kind`` stands for."""
    if kind.startswith("escalate_"):
        return "directives.action.escalated"
    if kind == "overdue":
        return "directives.action.overdue"
    return "directives.reminder.sent"


KIND_VI = {
    "assigned": "Thông báo giao nhiệm vụ",
    "due_today": "Đến hạn hôm nay",
    "overdue": "Quá hạn",
    "escalate_unit_head": "Báo cáo Trưởng đơn vị",
    "escalate_director": "Báo cáo Giám đốc Sở",
    "escalate_inspection_team": "Báo cáo Đoàn kiểm tra",
}


def kind_vi(kind: str) -> str:
    if kind.startswith("before_"):
        return f"Nhắc trước hạn {kind.removeprefix('before_')} ngày làm việc"
    return KIND_VI.get(kind, kind)


def after_sweep(
    sessions: sessionmaker[Session], ws: Workspace, result: SweepResult
) -> list[dict[str, str]]:
    """Tell Prefect what a committed sweep queued (``result``: a reminders ``SweepResult``):
    one event per (action, kind) sent, the touched directives' artifacts refreshed
    once; returns the rows of the sweep's table of what it sent."""
    rows: list[dict[str, str]] = []
    touched: set[str] = set()
    events: list[tuple[str, str, dict[str, Any], str]] = []
    for digest in result.digests:
        kinds = digest.kinds or ("",) * len(digest.action_codes)
        for code, kind in zip(digest.action_codes, kinds, strict=True):
            events.append(
                (
                    reminder_event(kind),
                    code,
                    {"kind": kind, "recipient": digest.recipient_id},
                    f"{kind}:{digest.day.isoformat()}:{digest.recipient_id}",
                )
            )
            touched.add(code)
            rows.append(
                {
                    "Người nhận": digest.recipient_name,
                    "Loại": kind_vi(kind),
                    "Nhiệm vụ": code,
                    "Ngày": vn_date(digest.day),
                    "Số tin": str(digest.notifications),
                }
            )
    _emit_all(sessions, ws, events)
    for directive_id in _directives_of(sessions, touched):
        after_commit(sessions, ws, None, directive=directive_id)
    return rows


def _emit_all(
    sessions: sessionmaker[Session],
    ws: Workspace,
    events: list[tuple[str, str, dict[str, Any], str]],
) -> None:
    """``after_commit`` (without artifacts) for each (event, action, payload, dedupe), read
    in one session; never raises."""
    notices: list[_Notice] = []
    try:
        with sessions() as session:
            for event, code, payload, dedupe in events:
                try:
                    notices.append(
                        _read(session, ws, event, None, code, payload, dedupe, None, False)
                    )
                except Exception:
                    log.warning("could not read %s of %s for the console", event, code)
    except Exception:
        log.warning("could not read the sweep's events for the console", exc_info=True)
    for notice in notices:
        try:
            _send(notice)
        except Exception:
            log.warning("could not send an event to the Prefect console", exc_info=True)


def _directives_of(sessions: sessionmaker[Session], codes: set[str]) -> list[int]:
    if not codes:
        return []
    from sqlalchemy import select

    from directives.db import Action

    with sessions() as session:
        found = session.scalars(
            select(Action.directive_id).where(Action.code.in_(sorted(codes))).distinct()
        )
        return sorted(found)
