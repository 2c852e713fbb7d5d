"""Coordination through the core, on SQLite and PostgreSQL: officers named by their unit's
head, coordinating units adding evidence the lead unit submits, files withdrawn."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select, update

from directives import store
from directives.db import Action, ActionOfficer, AuditEvent, Evidence, Notification
from directives.errors import InvalidInput, InvalidTransition, NotFound, PermissionDenied
from directives.evidence import StoredFile
from directives.intake import IngestResult
from directives.runtime import Runtime
from tests.core.conftest import NOW

Upload = Callable[..., StoredFile]
BGD_HEAD = "nguyen-van-an"
BGD_MEMBER = "do-thi-hoa"
VP_HEAD = "tran-thi-binh"
VP_MEMBER = "ngo-van-cuong"
HTQT_HEAD = "le-minh-chau"
META = store.EvidenceMeta(original_name="bao-cao.pdf")


def action_of(rt: Runtime, seed: IngestResult, unit: str) -> str:
    with rt.sessions() as session:
        directive = store.get_directive(session, seed.directive_id)
        return next(a.code for a in directive.actions if a.lead_unit == unit)


def share_with(rt: Runtime, code: str, *units: str) -> None:
    with rt.sessions.begin() as session:
        session.execute(
            update(Action).where(Action.code == code).values(coordinating_units=list(units))
        )


def audit_kinds(rt: Runtime) -> list[str]:
    with rt.sessions() as session:
        return list(session.scalars(select(AuditEvent.kind).order_by(AuditEvent.id)))


def roles_on(rt: Runtime, code: str) -> dict[str, str]:
    with rt.sessions() as session:
        action = store.get_action(session, code)
        return {o.person_id: o.role for o in store.officers(session, action.id)}


def test_a_unit_head_names_officers_and_a_new_lead_demotes_the_old(
    rt: Runtime, seed: IngestResult
) -> None:
    code = action_of(rt, seed, "vp")
    share_with(rt, code, "bgd")
    with rt.sessions.begin() as session:
        store.assign_officer(session, rt.ws, code, VP_HEAD, person_id=VP_MEMBER, role="xu-ly-chinh")
        store.assign_officer(session, rt.ws, code, BGD_HEAD, person_id=BGD_MEMBER, role="phối hợp")
    assert roles_on(rt, code) == {VP_MEMBER: "lead", BGD_MEMBER: "support"}
    events = len(audit_kinds(rt))
    with rt.sessions.begin() as session:  # the same again: nothing changes, nothing logged
        store.assign_officer(session, rt.ws, code, VP_HEAD, person_id=VP_MEMBER, role="lead")
    assert len(audit_kinds(rt)) == events
    with rt.sessions.begin() as session:
        store.assign_officer(session, rt.ws, code, VP_HEAD, person_id=VP_HEAD, role="lead")
    assert roles_on(rt, code) == {VP_MEMBER: "support", BGD_MEMBER: "support", VP_HEAD: "lead"}
    assert audit_kinds(rt)[events:] == ["action.officer_assigned"] * 2
    with rt.sessions() as session:
        assert store.officer_codes(session, VP_MEMBER) == {code: "support"}
        assert store.officer_codes(session, HTQT_HEAD) == {}
    with rt.sessions.begin() as session:
        assert store.remove_officer(session, rt.ws, code, BGD_HEAD, person_id=BGD_MEMBER)
    with rt.sessions.begin() as session:
        assert not store.remove_officer(session, rt.ws, code, BGD_HEAD, person_id=BGD_MEMBER)
    assert BGD_MEMBER not in roles_on(rt, code)
    assert audit_kinds(rt)[-1] == "action.officer_removed"
    # each officer was told of each role given to them, once; the head naming themself was not
    with rt.sessions() as session:
        told = session.execute(
            select(Notification.recipient_id, Notification.subject)
            .where(Notification.event == "officer_assigned", Notification.channel == "email")
            .order_by(Notification.id)
        ).all()
    assert [(who, subject.split("] ", 1)[1]) for who, subject in told] == [
        (VP_MEMBER, f"Phân công xử lý chính nhiệm vụ {code}"),
        (BGD_MEMBER, f"Phân công phối hợp thực hiện nhiệm vụ {code}"),
        (VP_MEMBER, f"Phân công phối hợp thực hiện nhiệm vụ {code}"),  # demoted by the new lead
    ]


@pytest.mark.parametrize(
    "actor, officer, role, error, message",
    [
        (VP_MEMBER, VP_MEMBER, "lead", PermissionDenied, "không có quyền phân công"),
        (BGD_HEAD, VP_MEMBER, "lead", PermissionDenied, "không có quyền phân công"),
        (VP_HEAD, HTQT_HEAD, "lead", InvalidInput, "không thuộc đơn vị chủ trì"),
        (VP_HEAD, "nobody", "lead", NotFound, "Không tìm thấy cán bộ"),
        (VP_HEAD, VP_MEMBER, "chỉ đạo", InvalidInput, "Vai trò “chỉ đạo” không hợp lệ"),
    ],
)
def test_naming_officers_is_refused_clearly_and_writes_nothing(
    rt: Runtime,
    seed: IngestResult,
    actor: str,
    officer: str,
    role: str,
    error: type[Exception],
    message: str,
) -> None:
    code = action_of(rt, seed, "vp")
    before = audit_kinds(rt)
    with pytest.raises(error) as refused, rt.sessions.begin() as session:
        store.assign_officer(session, rt.ws, code, actor, person_id=officer, role=role)
    assert message in getattr(refused.value, "message_vi", "")
    assert audit_kinds(rt) == before
    assert roles_on(rt, code) == {}


def test_a_coordinating_unit_adds_evidence_only_the_lead_unit_submits(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    code = action_of(rt, seed, "vp")
    share_with(rt, code, "bgd")
    with rt.sessions.begin() as session:
        store.add_evidence(session, rt.ws, code, BGD_MEMBER, upload(), META, now=NOW)
    with rt.sessions() as session:
        action = store.get_action(session, code)
        assert action.state == "assigned"  # a coordinating unit's file does not start the work
        assert [e.unit_id for e in action.evidence] == ["bgd"]
    with pytest.raises(PermissionDenied) as refused, rt.sessions.begin() as session:
        store.submit(session, rt.ws, code, BGD_MEMBER, now=NOW)
    assert "chỉ đơn vị chủ trì nộp" in refused.value.message_vi
    with pytest.raises(PermissionDenied), rt.sessions.begin() as session:  # not sharing it
        store.add_evidence(session, rt.ws, action_of(rt, seed, "bgd"), VP_MEMBER, upload(), META)
    with rt.sessions.begin() as session:
        store.submit(session, rt.ws, code, VP_MEMBER, now=NOW)
    with rt.sessions() as session:
        action = store.get_action(session, code)
        assert action.state == "submitted"
        assert all(e.submitted_at is not None for e in action.evidence)
    assert audit_kinds(rt)[-2:] == ["action.start", "action.submit"]


def test_a_file_is_withdrawn_before_submission_and_its_bytes_stay(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    code = action_of(rt, seed, "vp")
    share_with(rt, code, "bgd")
    stored = upload()
    with rt.sessions.begin() as session:
        kept = store.add_evidence(session, rt.ws, code, VP_MEMBER, stored, META, now=NOW).id
        theirs = store.add_evidence(session, rt.ws, code, BGD_MEMBER, stored, META, now=NOW).id
    with pytest.raises(PermissionDenied), rt.sessions.begin() as session:
        store.withdraw_evidence(session, rt.ws, kept, BGD_MEMBER)  # the lead unit's file
    with rt.sessions.begin() as session:
        store.withdraw_evidence(session, rt.ws, theirs, VP_HEAD)  # the lead unit curates
    with rt.sessions() as session:
        assert session.scalars(select(Evidence.id)).all() == [kept]
    assert rt.ws.evidence.check(stored.sha256) is None  # the file is another row's too
    assert audit_kinds(rt)[-1] == "evidence.withdrawn"
    with rt.sessions.begin() as session:
        store.submit(session, rt.ws, code, VP_MEMBER, now=NOW)
    with pytest.raises(InvalidTransition) as refused, rt.sessions.begin() as session:
        store.withdraw_evidence(session, rt.ws, kept, VP_MEMBER)
    assert "đã được nộp" in refused.value.message_vi
    with pytest.raises(NotFound), rt.sessions.begin() as session:
        store.withdraw_evidence(session, rt.ws, theirs, VP_MEMBER)
    with rt.sessions() as session:
        assert session.scalar(select(func.count(ActionOfficer.id))) == 0
