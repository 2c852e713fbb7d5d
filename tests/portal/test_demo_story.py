"""The demo's story, played over HTTP against the real portal on loopback."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from directives import store
from directives.db import Evidence, Review
from directives.local.demo_story import StoryStepFailed, play_story
from directives.runtime import Runtime
from directives.settings import Settings
from directives.store import EvidenceMeta
from tests.portal.conftest import LivePortal, Seeded


def test_the_story_closes_the_directive(
    live_portal: LivePortal, settings: Settings, rt: Runtime, seeded: Seeded
) -> None:
    result = play_story(live_portal.url, settings, rt.ws.org, seeded.number)

    assert result.closed
    assert result.actions == len(seeded.actions) == 6
    assert result.uploads == result.submissions == 7
    assert result.approvals == 6
    assert result.rejected_action == min(seeded.actions, key=lambda c: int(c.rsplit("-", 1)[1]))
    assert result.signed_by == ["huynh-thi-lan"]
    with rt.sessions() as session:
        directive = store.get_directive(session, seeded.directive_id)
        assert directive.state == "closed"
        assert directive.closed_at is not None
        assert {a.state for a in directive.actions} == {"approved"}
        rejected = store.get_action(session, result.rejected_action or "")
        assert [r.decision for r in rejected.reviews] == ["reject", "approve"]
        assert rejected.reviews[0].comment
        assert len(rejected.evidence) == 2
        assert len(session.scalars(select(Evidence)).all()) == 7
        assert len(session.scalars(select(Review)).all()) == 7
        uploaders = {e.uploaded_by for e in session.scalars(select(Evidence))}
        assert uploaders == {"do-thi-hoa", "tran-thi-binh"}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_story_fails_loudly_when_a_step_is_refused(
    live_portal: LivePortal, settings: Settings, rt: Runtime, seeded: Seeded
) -> None:
    code = next(c for c, unit in seeded.actions.items() if unit == "bgd")
    stored = rt.ws.evidence.put(io.BytesIO("Báo cáo đã nộp trước.".encode()))
    with rt.sessions.begin() as session:  # already submitted: a new upload is refused
        store.add_evidence(session, rt.ws, code, "do-thi-hoa", stored, EvidenceMeta("bc.txt"))
        store.submit(session, rt.ws, code, "do-thi-hoa")
    with pytest.raises(StoryStepFailed) as failed:
        play_story(live_portal.url, settings, rt.ws.org, seeded.number)
    assert failed.value.status == 409
    assert failed.value.message_vi.startswith("Không thể bổ sung tài liệu")
    assert code in failed.value.step
    assert "HTTP 409" in str(failed.value)
