"""An action's history never shows a later event before its assignment, even when its
unit works on it before the directive's run has announced it (the run started late)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from directives import store
from directives.db import AuditEvent
from directives.evidence import StoredFile
from directives.intake import ingest_file
from directives.runtime import Runtime
from tests.conftest import SEED
from tests.core.conftest import NOW, RECEIVED

VP_MEMBER = "ngo-van-cuong"


def test_work_before_the_run_announces_the_action_first(
    rt: Runtime, upload: Callable[[], StoredFile]
) -> None:
    result = ingest_file(rt, SEED, received_on=RECEIVED, start_run=False)
    with rt.sessions() as session:
        directive = store.get_directive(session, result.directive_id)
        action = next(a for a in directive.actions if a.lead_unit == "vp")
        code, action_id = action.code, action.id
    with rt.sessions.begin() as session:
        meta = store.EvidenceMeta("bao-cao.pdf")
        store.add_evidence(session, rt.ws, code, VP_MEMBER, upload(), meta, now=NOW)
    with rt.sessions.begin() as session:  # the run comes an hour later
        announced = store.assign_actions(
            session, rt.ws, result.directive_id, NOW + timedelta(hours=1)
        )
    assert announced == len(result.parsed.actions) - 1  # not this one again
    with rt.sessions() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action_id == action_id).order_by(AuditEvent.id)
        ).all()
        assigned_at = store.get_action(session, code).assigned_at
    kinds = [e.kind for e in events]
    assert kinds[0] == "action.assigned"
    assert "evidence.added" in kinds
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert assigned_at == NOW
