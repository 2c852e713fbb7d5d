"""The audit trail against someone who can write the database but holds neither the key
nor the anchor file: each attack below passed `audit verify` with the unkeyed chain."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from directives import audit, store
from directives.audit_checks import check_all
from directives.db import Action, AuditEvent, Directive
from directives.intake import IngestResult
from directives.runtime import Runtime
from tests.core.conftest import NOW

GUESSED_KEY = b"not the key"


def problems(rt: Runtime) -> list[str]:
    with rt.sessions() as session:
        return [p.problem for p in check_all(session)]


def events(session: Session) -> list[AuditEvent]:
    return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def rechain(session: Session, rows: list[AuditEvent], *, key: bytes | None) -> None:
    """What an attacker does after a change: recompute every later link, without the key
    (the old sha256 scheme) or with a guessed one."""
    prev = rows[0].prev_hash
    for row in rows:  # free the unique values while recomputing
        row.prev_hash, row.hash = f"p{row.id:063x}", f"h{row.id:063x}"
    session.flush()
    for row in rows:
        row.prev_hash = prev
        row.keyed = key is not None
        row.hash = audit.keyed_mac(key, row) if key else audit.legacy_digest(row)
        session.flush()
        prev = row.hash


def test_an_untouched_trail_verifies_and_its_secrets_are_private(
    rt: Runtime, seed: IngestResult
) -> None:
    assert problems(rt) == []
    home = rt.ws.settings.home_dir
    for name in ("audit_key", "audit-anchor.jsonl"):
        assert stat.S_IMODE(os.stat(home / name).st_mode) == 0o600, name
    with rt.sessions() as session:
        rows = events(session)
        assert all(r.keyed for r in rows)
        assert [r.id for r in rows] == list(range(1, len(rows) + 1))
        head = audit.read_head(session)
    assert head is not None
    # every commit anchored its head outside the database
    assert head in set(audit.read_anchors(rt.ws.settings.audit_anchor_file))


def test_a_forged_approval_appended_with_a_recomputed_hash_is_named(
    rt: Runtime, seed: IngestResult
) -> None:
    code = f"{seed.code}-1"
    for key in (None, GUESSED_KEY):
        with rt.sessions.begin() as session:
            action = store.get_action(session, code)
            action.state = "approved"
            last = events(session)[-1]
            forged = AuditEvent(
                id=last.id + 1,
                at=NOW + timedelta(days=3),
                actor="dang-van-minh",
                kind="action.approve",
                directive_id=action.directive_id,
                action_id=action.id,
                before={"state": "assigned"},
                after={"state": "approved"},
                prev_hash=last.hash,
                keyed=key is not None,
            )
            forged.hash = audit.keyed_mac(key, forged) if key else audit.legacy_digest(forged)
            session.add(forged)
        found = problems(rt)
        assert found == (["unkeyed after keyed events"] if key is None else ["edited"]), found
        with rt.sessions.begin() as session:
            session.execute(delete(AuditEvent).where(AuditEvent.id == forged.id))
    # the approval without its event: the state table no longer matches the trail
    found = problems(rt)
    assert found == [f"action {code} is approved but its events leave it assigned"]


def test_an_edited_event_with_the_rest_rehashed_is_named(rt: Runtime, seed: IngestResult) -> None:
    for key, named in ((GUESSED_KEY, "edited"), (None, "unkeyed after keyed events")):
        with rt.sessions.begin() as session:
            rows = events(session)
            rows[2].actor = "forger"
            rechain(session, rows[2:], key=key)
        with rt.sessions() as session:
            found = audit.verify(session)
        assert {p.event_id for p in found if p.problem == named} == {r.id for r in rows[2:]}
        assert "anchored event missing or changed" in {p.problem for p in found}
    # the whole chain rewritten in the old scheme, as if the key had never existed
    with rt.sessions.begin() as session:
        rechain(session, events(session), key=None)
    assert set(problems(rt)) == {"anchored event missing or changed"}


def test_deleting_the_newest_events_or_all_of_them_is_a_truncation(
    rt: Runtime, seed: IngestResult
) -> None:
    with rt.sessions() as session:
        head = audit.read_head(session)
    assert head is not None
    with rt.sessions.begin() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.id > head.id - 3))
    found = problems(rt)
    assert f"truncated: anchored head {head.id} > database head {head.id - 3}" in found
    with rt.sessions.begin() as session:
        session.execute(delete(AuditEvent))
    found = problems(rt)
    assert f"truncated: anchored head {head.id} > database head 0" in found
    assert "directive 115/UBND-NCPC has no ingest event" in found


def test_a_state_changed_beside_the_trail_is_named(rt: Runtime, seed: IngestResult) -> None:
    with rt.sessions.begin() as session:
        session.execute(update(Directive).values(state="closed"))
        session.execute(update(Action).where(Action.seq == 2).values(lead_unit="dkt"))
    found = problems(rt)
    assert "directive 115/UBND-NCPC is closed but its events leave it active" in found
    assert f"action {seed.code}-2 is led by dkt but its events say vp" in found
    with rt.sessions() as session:
        messages = [p.message_vi for p in check_all(session)]
    assert any("Văn bản 115/UBND-NCPC đang ở trạng thái “Đã kết thúc”" in m for m in messages)


def test_a_legacy_chain_verifies_as_before_and_keyed_events_continue_it(
    rt: Runtime, seed: IngestResult
) -> None:
    """Events written before the key (unkeyed sha256) stay verifiable after the upgrade."""
    with rt.sessions.begin() as session:
        rows = events(session)
        rechain(session, rows, key=None)  # as the old code wrote them
    rt.ws.settings.audit_anchor_file.unlink()  # no anchor before the upgrade either
    assert problems(rt) == []
    with rt.sessions.begin() as session:
        store.reassign(session, rt.ws, f"{seed.code}-2", "quan-tri", unit_id="bgd", now=NOW)
    assert problems(rt) == []
    with rt.sessions.begin() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == 1).values(actor="forger"))
    assert problems(rt) == ["edited"]


def test_an_append_never_committed_is_never_anchored(rt: Runtime, seed: IngestResult) -> None:
    """A rolled-back append, or one whose session closed without committing, must not
    leave its head in the anchor (verify would then report a truncation)."""
    anchor = rt.ws.settings.audit_anchor_file
    before = list(audit.read_anchors(anchor))
    session = rt.sessions()
    for end in (session.rollback, session.close):
        session.begin()
        audit.append(session, actor="system", kind="probe")
        end()
        with session.begin():  # the same session commits again, appending nothing
            session.execute(select(AuditEvent.id).limit(1))
    session.close()
    assert list(audit.read_anchors(anchor)) == before
    assert problems(rt) == []


def test_an_event_timed_in_local_time_verifies(rt: Runtime, seed: IngestResult) -> None:
    with rt.sessions.begin() as session:
        audit.append(session, actor="system", kind="probe", at=NOW.astimezone(rt.ws.tz))
    assert problems(rt) == []
