"""The remediation lifecycle through the core, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from directives import audit, store
from directives.audit_checks import check_all
from directives.db import Action, AuditEvent, Directive, Evidence, Notification, Reminder
from directives.errors import (
    InvalidInput,
    InvalidTransition,
    PermissionDenied,
    SignoffRefused,
)
from directives.evidence import StoredFile
from directives.intake import IngestResult
from directives.runtime import Runtime
from directives.status import directive_status
from tests.core.conftest import NOW, RECEIVED

Upload = Callable[..., StoredFile]
MEMBER = {"bgd": "do-thi-hoa", "vp": "ngo-van-cuong"}
INSPECTOR = "dang-van-minh"
LEADER = "huynh-thi-lan"


def codes(rt: Runtime, seed: IngestResult) -> list[tuple[str, str]]:
    with rt.sessions() as session:
        directive = store.get_directive(session, seed.directive_id)
        return [(a.code, a.lead_unit) for a in directive.actions]


def submit_evidence(rt: Runtime, upload: Upload, code: str, unit: str, at_offset: int = 0) -> None:
    when = NOW + timedelta(hours=at_offset)
    with rt.sessions.begin() as session:
        meta = store.EvidenceMeta(original_name="bao-cao.pdf", doc_number="12/BC-SNgV")
        store.add_evidence(session, rt.ws, code, MEMBER[unit], upload(), meta, now=when)
        store.submit(session, rt.ws, code, MEMBER[unit], now=when)


def test_seed_is_stored_with_six_assigned_actions(rt: Runtime, seed: IngestResult) -> None:
    with rt.sessions() as session:
        directive = store.get_directive(session, "115/UBND-NCPC")
        assert directive.state == "active"
        assert [a.state for a in directive.actions] == ["assigned"] * 6
        assert all(a.assigned_at is not None for a in directive.actions)
        # 30 working days after 25/01/2017, Tết 26/01-01/02 not counted
        assert {a.effective_deadline for a in directive.actions} == {
            rt.ws.calendar.add_working_days(RECEIVED, 30)
        }
        # the assignment notice is a planned reminder to every assignee of the unit
        notices = session.execute(
            select(Reminder.action_id, Reminder.recipient_id).where(Reminder.kind == "assigned")
        ).all()
        expected = {
            (a.id, p.id) for a in directive.actions for p in rt.ws.org.assignees_of(a.lead_unit)
        }
        assert set(notices) == expected


def test_the_sweep_sends_the_assignment_notices_once(rt: Runtime, seed: IngestResult) -> None:
    from directives.reminders import sweep

    for _ in range(2):
        with rt.sessions.begin() as session:
            sweep(session, NOW, rt.ws.org, rt.ws.reminder_policy, rt.ws.calendar, rt.ws.settings)
    with rt.sessions() as session:
        rows = session.execute(
            select(Notification.recipient_id, Notification.channel).where(
                Notification.event == "reminders"
            )
        ).all()
    # one digest per assignee and channel: Đỗ Thị Hoa (4 actions) and Ngô Văn Cường, Trần
    # Thị Bình (Văn phòng Sở, 2 actions), each by email and Zalo
    assert sorted(rows) == sorted(
        (person, channel)
        for person in ("do-thi-hoa", "ngo-van-cuong", "tran-thi-binh")
        for channel in ("email", "zalo")
    )


def test_assign_twice_assigns_nothing_new(rt: Runtime, seed: IngestResult) -> None:
    with rt.sessions() as session:
        before = session.scalar(select(func.count(Reminder.id)))
        events = session.scalar(select(func.count(AuditEvent.id)))
    with rt.sessions.begin() as session:
        assert store.assign_actions(session, rt.ws, seed.directive_id, NOW) == 0
    with rt.sessions() as session:
        assert session.scalar(select(func.count(Reminder.id))) == before
        assert session.scalar(select(func.count(AuditEvent.id))) == events


def test_whole_story_closes_and_the_audit_chain_holds(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    actions = codes(rt, seed)
    for code, unit in actions:
        submit_evidence(rt, upload, code, unit)
    first, first_unit = actions[0]
    with rt.sessions.begin() as session:
        store.review(session, rt.ws, first, INSPECTOR, approve=False, comment="Thiếu kế hoạch")
    submit_evidence(rt, upload, first, first_unit, at_offset=48)
    for code, _ in actions:
        with rt.sessions.begin() as session:
            store.review(session, rt.ws, code, INSPECTOR, approve=True, now=NOW + timedelta(days=3))
    with rt.sessions.begin() as session:
        assert store.get_directive(session, seed.directive_id).state == "awaiting_signoff"
        outcome = store.sign_off(session, rt.ws, "115/UBND-NCPC", LEADER)
    assert outcome.closed
    with rt.sessions() as session:
        status = directive_status(session, rt.ws, seed.directive_id, RECEIVED + timedelta(days=60))
        assert status.state == "closed"
        assert all(a.state == "approved" for a in status.actions)
        # done on the date the approved evidence was submitted, not the approval date
        first_status = status.actions[0]
        assert first_status.completed_on == (NOW + timedelta(hours=48)).date()
        assert status.buckets["done_on_time"] == 6
        assert check_all(session) == []  # the chain, its anchor and the states agree
        rejected = session.scalars(
            select(AuditEvent.kind).where(AuditEvent.kind == "action.reject")
        ).all()
        assert rejected == ["action.reject"]


def test_signoff_refused_while_actions_open_names_them(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    actions = codes(rt, seed)
    code, unit = actions[0]
    submit_evidence(rt, upload, code, unit)
    with rt.sessions.begin() as session:
        store.review(session, rt.ws, code, INSPECTOR, approve=True)
    with pytest.raises(SignoffRefused) as err, rt.sessions.begin() as session:
        store.sign_off(session, rt.ws, seed.number, LEADER)
    for other, _ in actions[1:]:
        assert other in err.value.message_vi
    assert code not in err.value.message_vi.split(":")[-1]
    with rt.sessions() as session:
        assert store.get_directive(session, seed.directive_id).state == "active"


@pytest.mark.parametrize(
    ("who", "move"),
    [
        ("ngo-van-cuong", "approve"),  # a unit member cannot review
        (LEADER, "upload"),  # the team cannot upload for a unit
        ("le-minh-chau", "upload"),  # another unit's head cannot upload
        ("do-thi-hoa", "reassign"),  # only an admin reassigns
        (INSPECTOR, "signoff"),  # under the "leader" quorum only the leader signs
        ("nobody", "upload"),  # not in the directory at all
    ],
)
def test_moves_a_role_may_not_make_change_nothing(
    rt: Runtime, seed: IngestResult, upload: Upload, who: str, move: str
) -> None:
    code, unit = codes(rt, seed)[1]  # a Văn phòng Sở action
    submit_evidence(rt, upload, code, unit)
    with rt.sessions() as session:
        events_before = session.scalar(select(func.count(AuditEvent.id)))
        evidence_before = session.scalar(select(func.count(Evidence.id)))
    with pytest.raises(PermissionDenied) as err, rt.sessions.begin() as session:
        if move == "approve":
            store.review(session, rt.ws, code, who, approve=True)
        elif move == "upload":
            meta = store.EvidenceMeta(original_name="x.pdf")
            store.add_evidence(session, rt.ws, code, who, upload(), meta)
        elif move == "reassign":
            store.reassign(session, rt.ws, code, who, unit_id="htqt")
        else:
            store.sign_off(session, rt.ws, seed.number, who)
    assert "không" in err.value.message_vi
    with rt.sessions() as session:
        assert session.scalar(select(func.count(AuditEvent.id))) == events_before
        assert session.scalar(select(func.count(Evidence.id))) == evidence_before
        assert store.get_action(session, code).state == "submitted"


def test_rejection_needs_a_comment_and_keeps_it(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    code, unit = codes(rt, seed)[2]
    submit_evidence(rt, upload, code, unit)
    with pytest.raises(InvalidInput), rt.sessions.begin() as session:
        store.review(session, rt.ws, code, INSPECTOR, approve=False, comment="  ")
    with rt.sessions.begin() as session:
        store.review(session, rt.ws, code, INSPECTOR, approve=False, comment="Bổ sung quyết định")
    with rt.sessions() as session:
        action = store.get_action(session, code)
        assert action.state == "rejected"
        assert action.reviews[-1].comment == "Bổ sung quyết định"


def test_reopen_returns_the_directive_to_active(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    for code, unit in codes(rt, seed):
        submit_evidence(rt, upload, code, unit)
        with rt.sessions.begin() as session:
            store.review(session, rt.ws, code, INSPECTOR, approve=True)
    code = codes(rt, seed)[0][0]
    with pytest.raises(InvalidInput), rt.sessions.begin() as session:
        store.reopen(session, rt.ws, code, INSPECTOR, reason="")
    with rt.sessions.begin() as session:
        store.reopen(session, rt.ws, code, INSPECTOR, reason="Tài liệu chưa có chữ ký")
    with rt.sessions() as session:
        assert store.get_directive(session, seed.directive_id).state == "active"
        action = store.get_action(session, code)
        assert action.state == "reopened"
        assert action.completed_on is None


def test_extension_moves_the_effective_deadline_and_keeps_the_original(
    rt: Runtime, seed: IngestResult
) -> None:
    code, unit = codes(rt, seed)[1]
    with rt.sessions() as session:
        original = store.get_action(session, code).effective_deadline
    assert original is not None
    later = original + timedelta(days=20)
    with pytest.raises(InvalidInput), rt.sessions.begin() as session:
        store.request_extension(session, rt.ws, code, MEMBER[unit], until=original, reason="x")
    with rt.sessions.begin() as session:
        store.request_extension(
            session, rt.ws, code, MEMBER[unit], until=later, reason="Chờ ý kiến Sở Nội vụ"
        )
    with pytest.raises(PermissionDenied), rt.sessions.begin() as session:
        store.decide_extension(session, rt.ws, code, MEMBER[unit], approve=True)
    with rt.sessions.begin() as session:
        store.decide_extension(session, rt.ws, code, INSPECTOR, approve=True)
    with rt.sessions() as session:
        action = store.get_action(session, code)
        assert action.original_deadline == original
        assert action.effective_deadline == later


def test_two_inspectors_approving_at_once_give_one_approval(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    code, unit = codes(rt, seed)[1]
    submit_evidence(rt, upload, code, unit)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def approve(who: str) -> None:
        barrier.wait()
        try:
            with rt.sessions.begin() as session:
                store.review(session, rt.ws, code, who, approve=True)
            outcomes.append("approved")
        except InvalidTransition as err:
            outcomes.append(err.message_vi)

    threads = [threading.Thread(target=approve, args=(p,)) for p in (INSPECTOR, LEADER)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("approved") == 1
    assert "Không thể chấp thuận" in next(o for o in outcomes if o != "approved")
    with rt.sessions() as session:
        action = store.get_action(session, code)
        assert len([r for r in action.reviews if r.decision == "approve"]) == 1
        assert audit.verify(session) == []


def test_audit_verify_names_edited_inserted_and_deleted_rows(
    rt: Runtime, seed: IngestResult
) -> None:
    with rt.sessions() as session:
        ids = session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)).all()
    assert len(ids) >= 4
    with rt.sessions.begin() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == ids[1]).values(actor="forger"))
    with rt.sessions() as session:
        assert [(p.event_id, p.problem) for p in audit.verify(session)] == [(ids[1], "edited")]
    with rt.sessions.begin() as session:
        session.execute(update(AuditEvent).where(AuditEvent.id == ids[1]).values(actor="system"))
        session.execute(delete(AuditEvent).where(AuditEvent.id == ids[2]))
    with rt.sessions() as session:
        problems = audit.verify(session)
        assert [(p.event_id, p.problem) for p in problems] == [
            (ids[3], "inserted or deleted before this row")
        ]


def test_a_directive_is_ingested_once(rt: Runtime, seed: IngestResult) -> None:
    from directives.errors import DuplicateDirective
    from directives.intake import ingest_file
    from tests.conftest import SEED

    with pytest.raises(DuplicateDirective):
        ingest_file(rt, SEED, received_on=RECEIVED, start_run=False)
    with rt.sessions() as session:
        assert session.scalar(select(func.count(Directive.id))) == 1
        assert session.scalar(select(func.count(Action.id))) == 6


def test_working_days_from_receipt_count_from_the_day_received(rt: Runtime) -> None:
    """ "trong 03 ngày làm việc kể từ ngày nhận" is counted from receipt, not the letter's date."""
    from datetime import date

    from directives.intake import ingest_file
    from tests.conftest import EXAMPLES

    received = date(2017, 6, 9)  # a Friday
    result = ingest_file(
        rt, EXAMPLES / "corpus" / "10-cong-van-van-xuoi.txt", received_on=received, start_run=False
    )
    with rt.sessions() as session:
        action = store.get_directive(session, result.directive_id).actions[1]
        assert action.deadline_kind == "within_working_days"
        assert action.original_deadline == date(2017, 6, 14)  # Mon 12, Tue 13, Wed 14


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02binary\xff" * 50, "Kính gửi: Giám đốc Sở.\n- Làm việc A.\n".encode()],
    ids=["empty", "binary", "no-number"],
)
def test_a_refused_document_leaves_no_rows_and_no_files(
    rt: Runtime, tmp_path: Path, content: bytes
) -> None:
    from directives.errors import DocumentRejected
    from directives.intake import ingest_file

    path = tmp_path / "cong-van.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentRejected) as err:
        ingest_file(rt, path, received_on=RECEIVED, start_run=False)
    assert err.value.message_vi
    with rt.sessions() as session:
        assert session.scalar(select(func.count(Directive.id))) == 0
        assert session.scalar(select(func.count(AuditEvent.id))) == 0
    stored = [p for p in Path(rt.ws.settings.evidence_root).rglob("*") if p.is_file()]
    assert stored == []
