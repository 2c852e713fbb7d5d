"""Separation of duties, enforced by the store's shared checks, on SQLite and PostgreSQL.

Whoever does or submits an action's work never reviews it, decides its extension or
signs its directive off alone; the inspection team never leads or coordinates an
action; a unit outside the department is never given one; an admin role alone does
not make someone a unit's worker; one person's uploads are bounded.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from directives import store
from directives.db import Action, Directive
from directives.errors import InvalidInput, PermissionDenied, RateLimited
from directives.evidence import StoredFile
from directives.intake import IngestResult
from directives.org import OrgDirectory, Person, Role, Unit
from directives.runtime import Runtime
from directives.workspace import Workspace
from tests.core.conftest import NOW
from tests.core.test_lifecycle import LEADER, MEMBER, codes, submit_evidence

Upload = Callable[..., StoredFile]
ADMIN = "quan-tri"  # roles [admin], unit vp
OTHER_INSPECTOR = "bui-thi-ngoc"


def with_people(ws: Workspace, *changed: Person, units: tuple[Unit, ...] = ()) -> Workspace:
    """``ws`` with some people replaced (same id) and some units added."""
    by_id = {p.id: p for p in changed}
    org = OrgDirectory(
        organization=ws.org.organization,
        units=ws.org.units + units,
        people=tuple(by_id.get(p.id, p) for p in ws.org.people),
    )
    return dataclasses.replace(ws, org=org)


def worker_inspector(ws: Workspace) -> Workspace:
    """Đỗ Thị Hoa of Ban Giám đốc, also given the inspector role."""
    hoa = ws.org.person(MEMBER["bgd"])
    return with_people(ws, hoa.model_copy(update={"roles": hoa.roles | {Role.INSPECTOR}}))


def test_whoever_did_the_work_may_not_review_it(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    ws = worker_inspector(rt.ws)
    code = next(c for c, unit in codes(rt, seed) if unit == "bgd")
    submit_evidence(dataclasses.replace(rt, ws=ws), upload, code, "bgd")
    for approve in (True, False):
        with pytest.raises(PermissionDenied) as info, rt.sessions.begin() as session:
            store.review(session, ws, code, MEMBER["bgd"], approve=approve, comment="Tự duyệt")
        assert "đã trực tiếp thực hiện hoặc nộp tài liệu" in info.value.message_vi
    with rt.sessions.begin() as session:
        assert store.get_action(session, code).state == "submitted"
        store.review(session, ws, code, OTHER_INSPECTOR, approve=True)


def test_whoever_asked_for_more_time_may_not_grant_it(rt: Runtime, seed: IngestResult) -> None:
    ws = worker_inspector(rt.ws)
    code = next(c for c, unit in codes(rt, seed) if unit == "bgd")
    with rt.sessions.begin() as session:
        current = store.get_action(session, code).effective_deadline
        assert current is not None
        store.request_extension(
            session, ws, code, MEMBER["bgd"], until=current + timedelta(days=30), reason="Tết"
        )
    with pytest.raises(PermissionDenied) as info, rt.sessions.begin() as session:
        store.decide_extension(session, ws, code, MEMBER["bgd"], approve=True)
    assert "quyết định gia hạn" in info.value.message_vi
    with rt.sessions.begin() as session:
        store.decide_extension(session, ws, code, OTHER_INSPECTOR, approve=True)


def test_a_worker_who_joined_the_team_may_not_sign_off_alone(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    for code, unit in codes(rt, seed):
        submit_evidence(rt, upload, code, unit)
        with rt.sessions.begin() as session:
            store.review(session, rt.ws, code, OTHER_INSPECTOR, approve=True, now=NOW)
    hoa = rt.ws.org.person(MEMBER["bgd"])  # she did the Ban Giám đốc's work, then moved
    moved = hoa.model_copy(update={"unit": "dkt", "roles": frozenset({Role.TEAM_LEADER})})
    ws = with_people(rt.ws, moved)
    with pytest.raises(PermissionDenied) as info, rt.sessions.begin() as session:
        store.sign_off(session, ws, seed.directive_id, hoa.id)
    assert "không được một mình ký xác nhận" in info.value.message_vi
    with rt.sessions.begin() as session:
        assert store.sign_off(session, ws, seed.directive_id, LEADER).closed


def test_the_inspection_team_never_leads_or_coordinates(rt: Runtime, seed: IngestResult) -> None:
    parsed = seed.parsed
    first = parsed.actions[0].model_copy(
        update={"lead_unit": "Đoàn kiểm tra", "coordinating_units": ["Đoàn kiểm tra", "Văn phòng"]}
    )
    letter = parsed.model_copy(
        update={"number": "99/UBND-NCPC", "actions": [first, *parsed.actions[1:]]}
    )
    source = StoredFile(sha256="ab" * 32, size=10, media_type="text/plain")
    with rt.sessions.begin() as session:
        directive = store.ingest(
            session, rt.ws, letter, source=source, source_name="99.txt", received_on=date.today()
        )
        directive_id = directive.id
    with rt.sessions() as session:
        action = session.scalars(
            select(Action).where(Action.directive_id == directive_id, Action.seq == first.seq)
        ).one()
        stored = session.get(Directive, directive_id)
        assert stored is not None
        assert action.lead_unit == rt.ws.org.addressee.id
        assert action.coordinating_units == ["vp"]
        assert any("là đơn vị kiểm tra" in w for w in stored.parsed["warnings"])
    with pytest.raises(PermissionDenied) as info, rt.sessions.begin() as session:
        store.reassign(session, rt.ws, action.code, ADMIN, unit_id="dkt")
    assert "đơn vị kiểm tra" in info.value.message_vi
    with rt.sessions() as session:
        assert store.get_action(session, action.code).lead_unit == rt.ws.org.addressee.id


def test_a_unit_outside_the_department_is_never_given_an_action(
    rt: Runtime, seed: IngestResult
) -> None:
    outside = Unit(id="snv", name="Sở Nội vụ", aliases=("Sở Nội vụ",), external=True)
    ws = with_people(rt.ws, units=(outside,))
    code = codes(rt, seed)[0][0]
    with pytest.raises(PermissionDenied) as info, rt.sessions.begin() as session:
        store.reassign(session, ws, code, ADMIN, unit_id="snv")
    assert "không thuộc Sở Ngoại vụ" in info.value.message_vi


def test_the_admin_role_alone_uploads_nothing(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    code = next(c for c, unit in codes(rt, seed) if unit == "vp")  # the admin sits in vp
    meta = store.EvidenceMeta(original_name="bao-cao.pdf")
    with rt.sessions.begin() as session:  # a vp member with the assignee role may
        store.add_evidence(session, rt.ws, code, MEMBER["vp"], upload(), meta)
    with pytest.raises(PermissionDenied), rt.sessions.begin() as session:
        store.add_evidence(session, rt.ws, code, ADMIN, upload(), meta)
    with pytest.raises(PermissionDenied), rt.sessions.begin() as session:
        store.submit(session, rt.ws, code, ADMIN)


def test_uploads_are_bounded_per_person(rt: Runtime, seed: IngestResult, upload: Upload) -> None:
    portal = rt.ws.settings.portal.model_copy(update={"uploads_per_hour": 2})
    ws = dataclasses.replace(rt.ws, settings=rt.ws.settings.model_copy(update={"portal": portal}))
    code = next(c for c, unit in codes(rt, seed) if unit == "bgd")
    meta = store.EvidenceMeta(original_name="bao-cao.pdf")
    for _ in range(2):
        with rt.sessions.begin() as session:
            store.add_evidence(session, ws, code, MEMBER["bgd"], upload(), meta, now=NOW)
    with pytest.raises(RateLimited) as info, rt.sessions.begin() as session:
        store.add_evidence(session, ws, code, MEMBER["bgd"], upload(), meta, now=NOW)
    assert "mức tối đa" in info.value.message_vi
    with rt.sessions.begin() as session:  # an hour later the allowance is back
        later = NOW + timedelta(hours=1, minutes=1)
        store.add_evidence(session, ws, code, MEMBER["bgd"], upload(), meta, now=later)


def test_a_program_name_is_refused_by_the_store_too(
    rt: Runtime, seed: IngestResult, upload: Upload
) -> None:
    code = next(c for c, unit in codes(rt, seed) if unit == "bgd")
    meta = store.EvidenceMeta(original_name="bien-ban\u202efdp.bat")
    with pytest.raises(InvalidInput), rt.sessions.begin() as session:
        store.add_evidence(session, rt.ws, code, MEMBER["bgd"], upload(), meta)


def test_an_extension_to_year_9999_is_refused_in_vietnamese(
    rt: Runtime, seed: IngestResult
) -> None:
    code = codes(rt, seed)[0][0]
    unit = codes(rt, seed)[0][1]
    with pytest.raises(InvalidInput) as info, rt.sessions.begin() as session:
        store.request_extension(
            session, rt.ws, code, MEMBER[unit], until=date(9999, 12, 31), reason="Lâu dài"
        )
    assert "31/12/9999" in info.value.message_vi


def test_a_letter_naming_the_team_as_lead_is_ingested_with_the_addressee_leading(
    rt: Runtime,
) -> None:
    """The parser reads "Đoàn kiểm tra chủ trì, phối hợp với Văn phòng Sở ..."; ingest
    gives the action to the addressee and says why."""
    from directives.intake import ingest_bytes
    from tests.conftest import SEED

    letter = SEED.read_text(encoding="utf-8").replace(
        "- Tăng cường kiểm tra về chuyên môn",
        "- Đoàn kiểm tra chủ trì, phối hợp với Văn phòng Sở tăng cường kiểm tra về chuyên môn",
        1,
    )
    result = ingest_bytes(
        rt, letter.encode(), "115.txt", received_on=date(2017, 1, 25), start_run=False
    )
    assert (result.parsed.actions[4].lead_unit or "").startswith("Đoàn kiểm tra")  # as read
    with rt.sessions() as session:
        directive = store.get_directive(session, result.directive_id)
        action = directive.actions[4]
        assert action.lead_unit == "bgd" and action.coordinating_units == ["vp"]
        assert "Nhiệm vụ 5: Đoàn kiểm tra" in " ".join(directive.parsed["warnings"])
