"""Review and sign-off follow the directive's own inspection team; a directive without one
is reviewed by the directory's global team, as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from directives import store
from directives.errors import PermissionDenied
from directives.evidence import StoredFile
from directives.intake import IngestResult
from directives.runtime import Runtime
from tests.core.conftest import NOW

VP_MEMBER = "ngo-van-cuong"
INSPECTOR = "dang-van-minh"  # a member of the global team, Đoàn kiểm tra (dkt)
LEADER = "huynh-thi-lan"


def _submitted(rt: Runtime, seed: IngestResult, upload: Callable[[], StoredFile]) -> str:
    with rt.sessions.begin() as session:
        directive = store.get_directive(session, seed.directive_id)
        code = next(a.code for a in directive.actions if a.lead_unit == "vp")
        store.add_evidence(session, rt.ws, code, VP_MEMBER, upload(), store.EvidenceMeta("a.pdf"))
        store.submit(session, rt.ws, code, VP_MEMBER, now=NOW)
    return code


def _set_team(rt: Runtime, seed: IngestResult, team: str | None) -> None:
    with rt.sessions.begin() as session:
        store.get_directive(session, seed.directive_id).inspection_team = team


def test_an_inspector_outside_the_directives_team_may_not_review(
    rt: Runtime, seed: IngestResult, upload: Callable[[], StoredFile]
) -> None:
    code = _submitted(rt, seed, upload)
    _set_team(rt, seed, "tt")  # Thanh tra Sở reviews this one
    with pytest.raises(PermissionDenied), rt.sessions.begin() as session:
        store.review(session, rt.ws, code, INSPECTOR, approve=True)
    with rt.sessions() as session:
        directive = store.get_directive(session, seed.directive_id)
        assert store.signers(rt.ws, directive) == []
        assert store.get_action(session, code).state == "submitted"
    _set_team(rt, seed, "dkt")
    with rt.sessions.begin() as session:
        store.review(session, rt.ws, code, INSPECTOR, approve=True)
        directive = store.get_directive(session, seed.directive_id)
        assert [p.id for p in store.signers(rt.ws, directive)] == [LEADER]
        assert store.get_action(session, code).state == "approved"


def test_without_a_team_the_global_team_reviews(
    rt: Runtime, seed: IngestResult, upload: Callable[[], StoredFile]
) -> None:
    code = _submitted(rt, seed, upload)
    with rt.sessions.begin() as session:
        store.review(session, rt.ws, code, INSPECTOR, approve=False, comment="Bổ sung.")
        assert store.get_action(session, code).state == "rejected"


def test_the_review_digest_goes_to_the_directives_own_team(
    rt: Runtime, seed: IngestResult, upload: Callable[[], StoredFile]
) -> None:
    from sqlalchemy import select

    from directives.db import Notification
    from directives.reminders.summaries import awaiting_review, queue_review_digests

    _submitted(rt, seed, upload)
    _set_team(rt, seed, "tt")  # no inspector of the global team reviews this one
    with rt.sessions.begin() as session:
        items = awaiting_review(session, rt.ws.org)
        assert [i["team"] for i in items] == ["tt"]
        assert queue_review_digests(session, rt.ws.org, rt.ws.settings, items) == 0
        assert session.scalars(select(Notification.recipient_id)).all() == []
    _set_team(rt, seed, None)
    with rt.sessions.begin() as session:
        items = awaiting_review(session, rt.ws.org)
        assert queue_review_digests(session, rt.ws.org, rt.ws.settings, items) > 0
        assert INSPECTOR in session.scalars(select(Notification.recipient_id)).all()


def test_the_late_action_escalates_to_the_directives_own_team(
    rt: Runtime, seed: IngestResult
) -> None:
    from directives.reminders import wanted_reminders

    def escalated(team: str | None) -> set[str]:
        _set_team(rt, seed, team)
        with rt.sessions() as session:
            action = store.get_directive(session, seed.directive_id).actions[0]
            planned = wanted_reminders(
                action, rt.ws.org, rt.ws.reminder_policy, rt.ws.calendar, rt.ws.tz, now=NOW
            )
        return {p.recipient_id for p in planned if p.kind == "escalate_inspection_team"}

    dkt = escalated(None)  # the directory's global team: every inspector and leader
    assert {INSPECTOR, LEADER} <= dkt
    assert escalated("dkt") == dkt
    assert escalated("tt") == set()  # Thanh tra Sở has no inspector in the directory
