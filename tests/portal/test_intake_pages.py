"""The portal's intake without a browser: who may use it, refusals that write nothing,
discarding a draft, and the learned aliases an admin removes."""

from __future__ import annotations

import re
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from directives import store
from directives.calendar import load_calendar
from directives.custody import referenced_shas
from directives.db import Directive
from directives.db_intake import IntakeDraft, UnitAlias
from directives.org import load_org
from directives.portal.intake_view import draft_page, letter_lines
from directives.runtime import Runtime
from directives.settings import Settings
from tests.letters import LETTER, UNKNOWN_UNIT
from tests.portal.conftest import ADMIN, INSPECTOR, sign_in, stored_files

pytestmark = pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)


def _upload(client: TestClient, csrf: str) -> int:
    response = client.post(
        "/tiep-nhan",
        data={"csrf_token": csrf, "received_on": "23/11/2026"},
        files={"file": ("412-UBND-KSTT.txt", LETTER.encode(), "text/plain")},
    )
    assert response.status_code == 303, response.text
    found = re.search(r"/tiep-nhan/(\d+)", response.headers["location"])
    assert found
    return int(found[1])


def _count(rt: Runtime, table: type) -> int:
    with rt.sessions() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_only_an_admin_takes_letters_in(client: TestClient, settings: Settings) -> None:
    sign_in(client, settings, INSPECTOR)
    page = client.get("/tiep-nhan")
    assert page.status_code == 403
    assert "không có quyền tiếp nhận văn bản" in page.text


def test_assigning_a_draft_with_an_unknown_unit_is_refused_and_writes_nothing(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    csrf = sign_in(client, settings, ADMIN)
    draft_id = _upload(client, csrf)
    page = client.get(f"/tiep-nhan/{draft_id}")
    assert "Tết Nguyên đán" in page.text  # the 2027 deadline, flagged on the draft
    files = stored_files(settings)
    refused = client.post(f"/tiep-nhan/{draft_id}", data={"csrf_token": csrf, "op": "giao"})
    assert refused.status_code == 422
    assert f"không có đơn vị “{UNKNOWN_UNIT}” trong danh bạ cơ quan" in refused.text
    assert _count(rt, Directive) == 0
    assert _count(rt, IntakeDraft) == 1
    assert stored_files(settings) == files

    discarded = client.post(f"/tiep-nhan/{draft_id}", data={"csrf_token": csrf, "op": "huy"})
    assert discarded.status_code == 303
    assert _count(rt, IntakeDraft) == 0
    with rt.sessions() as session:  # the custody sweep may now collect the letter
        assert referenced_shas(session) == set()


def test_an_admin_sees_and_removes_a_learned_alias(
    client: TestClient, settings: Settings, rt: Runtime
) -> None:
    with rt.sessions.begin() as session:
        store.add_alias(session, rt.ws, UNKNOWN_UNIT, "vp", ADMIN)
    csrf = sign_in(client, settings, ADMIN)
    page = client.get("/tiep-nhan")
    assert UNKNOWN_UNIT in page.text
    with rt.sessions() as session:
        alias_id = session.scalars(select(UnitAlias.id)).one()
    removed = client.post(f"/tiep-nhan/ten-goi/{alias_id}/xoa", data={"csrf_token": csrf})
    assert removed.status_code == 303
    assert _count(rt, UnitAlias) == 0
    assert UNKNOWN_UNIT not in client.get("/tiep-nhan").text


def test_the_parsers_provenance_marks_its_lines_and_unsure_fields(settings: Settings) -> None:
    """Where the parser says where a field came from and how sure it is, the page uses it;
    without it, the field's line is found in the letter."""
    org, calendar = load_org(settings.org_file), load_calendar(settings.calendar_file)
    lines = letter_lines(LETTER.encode(), "letter.txt")
    record = {
        "number": "412/UBND-KSTT",
        "subject": "chấn chỉnh công tác cải cách hành chính tại Sở Ngoại vụ",
        "actions": [{"seq": 1, "text": "Văn phòng Sở cập nhật danh mục", "lead_unit": "vp"}],
    }
    reading = {
        **record,
        "provenance": {
            "number": {"lines": [7, 7], "confidence": 0.95},
            "actions.1": {"lines": [16, 17], "confidence": 0.4},
            "document_type": {"lines": None, "confidence": 0.5},
        },
    }
    page = draft_page(1, "l.txt", date(2026, 11, 23), record, reading, lines, None, org, calendar)
    fields = {f.name: f for f in page.fields}
    assert fields["number"].span is not None and not fields["number"].low
    assert fields["document_type"].low  # inferred, on no line
    assert fields["subject"].span is not None and fields["subject"].span.start == 8  # searched
    span = page.actions[0].span
    assert span is not None and (span.start, span.end, page.actions[0].low) == (16, 17, True)
    assert page.marked == [16, 17]
    without = draft_page(1, "l.txt", date(2026, 11, 23), record, record, lines, None, org, calendar)
    assert without.actions[0].span is not None and without.actions[0].span.start == 16
