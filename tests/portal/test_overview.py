"""The overview's read side on both databases, and the pages' refusals, without a browser."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from fastapi.testclient import TestClient
from starlette.datastructures import FormData

from directives import dashboard, store
from directives.errors import InvalidInput
from directives.evidence import StoredFile
from directives.portal import charts, forms
from directives.review_queue import REVIEW_PHRASES_VI, review_queue, waited_text
from directives.runtime import Runtime
from directives.settings import Settings
from directives.status import all_statuses
from directives.timeline import TET_VI, days_off_between, directive_timeline
from tests.core.conftest import NOW
from tests.portal.conftest import (
    BGD_ASSIGNEE,
    DIRECTOR,
    INSPECTOR,
    VP_ASSIGNEE,
    VP_HEAD,
    Seeded,
    sign_in,
)

ON = date(2017, 3, 20)  # after the seed's default deadline of 30 working days


def test_counts_and_order_follow_status(
    rt: Runtime, seeded: Seeded, upload: Callable[..., StoredFile]
) -> None:
    code = seeded.action_of("vp")
    with rt.sessions.begin() as session:
        meta = store.EvidenceMeta(original_name="bao-cao.pdf")
        store.add_evidence(session, rt.ws, code, VP_ASSIGNEE, upload(), meta, NOW)
    with rt.sessions() as session:
        statuses = all_statuses(session, rt.ws, ON)
        items = dashboard.work_items(session, rt.ws, statuses, lambda _s, _a: True, ON)
        office = dashboard.office_view(session, rt.ws, ON)
        queue = review_queue(session, rt.ws, statuses, ON)
    assert office.totals.counts == statuses[0].buckets
    assert sum(r.total for r in office.units) == len(statuses[0].actions) == len(items)
    assert [i.action.code for i in office.overdue] == [
        i.action.code for i in items if i.action.timeliness == "open_overdue"
    ]
    assert all(i.due_vi.startswith("Quá hạn ") and (i.days_left or 0) < 0 for i in items)
    marked = next(i for i in items if i.action.code == code)
    assert marked.markers_vi == ["Đã tải lên, chưa nộp"]
    assert queue == []
    bars = charts.stacked_bars(office.units, "Theo đơn vị")
    assert bars.count("<svg") == 1 and "<title" in bars and "<desc" in bars


def test_filters_narrow_the_list_not_the_counts(rt: Runtime, seeded: Seeded) -> None:
    with rt.sessions() as session:
        statuses = all_statuses(session, rt.ws, ON)
        items = dashboard.work_items(session, rt.ws, statuses, lambda _s, _a: True, ON)
    vp = dashboard.board(items, dashboard.WorkFilter(unit="vp"))
    assert vp.counts == statuses[0].buckets
    assert {i.action.lead_unit for i in vp.items} == {"vp"}
    late = dashboard.board(items, dashboard.WorkFilter(due_to=date(2017, 1, 1)))
    assert late.items == []
    found = dashboard.board(items, dashboard.WorkFilter(number="115/ubnd"))
    assert len(found.items) == len(items)


def test_tet_2017_is_one_shaded_run(rt: Runtime, seeded: Seeded) -> None:
    runs = days_off_between(rt.ws, date(2017, 1, 20), date(2017, 2, 10))
    tet = [r for r in runs if r.reason == TET_VI]
    assert len(tet) == 1
    assert tet[0].start <= date(2017, 1, 26) and tet[0].end >= date(2017, 2, 1)
    with rt.sessions() as session:
        st = all_statuses(session, rt.ws, ON)[0]
        tl = directive_timeline(session, rt.ws, seeded.directive_id, st, ON)
    svg = charts.timeline(tl, "Diễn biến")
    assert "Tết" in svg and 'class="today"' in svg
    assert len(tl.lanes) == 1 + len(seeded.actions)


def test_phrases_come_before_the_typed_comment() -> None:
    form = FormData([("phrase", "1"), ("phrase", "2"), ("phrase", "1")])
    joined = forms.with_phrases(form, "phrase", REVIEW_PHRASES_VI, "Cụ thể: mục 3.")
    assert joined == f"{REVIEW_PHRASES_VI[1]} {REVIEW_PHRASES_VI[2]} Cụ thể: mục 3."
    with pytest.raises(InvalidInput):
        forms.with_phrases(FormData([("phrase", "99")]), "phrase", REVIEW_PHRASES_VI, None)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_office_view_is_for_heads_and_refusals_are_vietnamese(
    client: TestClient, settings: Settings, seeded: Seeded
) -> None:
    sign_in(client, settings, BGD_ASSIGNEE)
    refused = client.get("/tong-hop")
    assert refused.status_code == 403 and "Trang tổng hợp dành cho" in refused.text
    bad = client.get("/?tu=31/02/2017")
    assert bad.status_code == 422 and "không hợp lệ" in bad.text
    for person in (DIRECTOR, VP_HEAD):
        other = TestClient(client.app, follow_redirects=False)
        sign_in(other, settings, person)
        page = other.get("/tong-hop?tu=01/01/2017&den=31/12/2017")
        assert page.status_code == 200 and 'class="chart bars"' in page.text
        assert "từ ngày 01/01/2017 đến ngày 31/12/2017" in page.text
        empty = other.get("/tong-hop?tu=01/01/2018")
        assert "Không có văn bản nào trong khoảng thời gian này." in empty.text


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_review_workspace_previews_confirms_and_pins(
    client: TestClient,
    settings: Settings,
    seeded: Seeded,
    rt: Runtime,
    upload: Callable[..., StoredFile],
) -> None:
    code = seeded.action_of("bgd")
    ids = []
    with rt.sessions.begin() as session:
        for content, name in ((upload(), "bao-cao.pdf"), (upload(b"Ghi chu\n"), "ghi-chu.txt")):
            meta = store.EvidenceMeta(original_name=name)
            ids.append(store.add_evidence(session, rt.ws, code, BGD_ASSIGNEE, content, meta).id)
        store.submit(session, rt.ws, code, BGD_ASSIGNEE)
    token = sign_in(client, settings, INSPECTOR)
    shown = client.get(f"/tai-lieu/{ids[0]}/xem")  # a PDF is shown inside the portal
    assert shown.status_code == 200 and shown.content.startswith(b"%PDF-")
    assert shown.headers["content-disposition"].startswith("inline;")
    assert shown.headers["x-frame-options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in shown.headers["content-security-policy"]
    kept = client.get(f"/tai-lieu/{ids[1]}/xem")  # any other type is only downloaded
    assert kept.headers["content-disposition"].startswith("attachment;")
    assert kept.headers["x-frame-options"] == "DENY"
    page = client.get(f"/nhiem-vu/{code}").text
    assert 'id="confirm-reject"' in page and page.count('name="phrase"') == len(REVIEW_PHRASES_VI)
    assert 'id="xem-truoc"' in page and 'type="application/pdf"' in page
    assert '<details class="preview" data-evidence="' in page and '" open>' in page
    home = client.get("/").text
    assert f'data-queue="{code}"' in home and "2 tệp" in home
    response = client.post(
        f"/nhiem-vu/{code}/tham-dinh",
        data={"csrf_token": token, "decision": "reject", "phrase": "2", "comment": "Mục 2."},
    )
    assert response.status_code == 303
    unit = TestClient(client.app, follow_redirects=False)
    sign_in(unit, settings, VP_ASSIGNEE)
    assert unit.get(f"/tai-lieu/{ids[0]}/xem").status_code == 403  # not their unit's file
    sign_in(unit, settings, BGD_ASSIGNEE)
    pinned = unit.get(f"/nhiem-vu/{code}").text
    assert 'id="y-kien-noi-bat"' in pinned
    assert f"{REVIEW_PHRASES_VI[2]} Mục 2." in pinned
    assert "Bị trả lại — xem ý kiến" in unit.get("/").text


def test_an_inspectors_queue_holds_only_what_their_team_reviews(
    client: TestClient,
    settings: Settings,
    rt: Runtime,
    seeded: Seeded,
    upload: Callable[..., StoredFile],
) -> None:
    code = seeded.action_of("vp")
    with rt.sessions.begin() as session:
        store.add_evidence(
            session, rt.ws, code, VP_ASSIGNEE, upload(), store.EvidenceMeta("a.pdf"), NOW
        )
        store.submit(session, rt.ws, code, VP_ASSIGNEE, now=NOW)
    sign_in(client, settings, INSPECTOR)  # a member of Đoàn kiểm tra (dkt)
    assert f'data-queue="{code}"' in client.get("/").text  # no team of its own: global team
    with rt.sessions.begin() as session:
        store.get_directive(session, seeded.directive_id).inspection_team = "tt"
    assert f'data-queue="{code}"' not in client.get("/").text  # Thanh tra Sở reviews it


def test_a_submission_on_a_day_off_has_waited_no_working_day_but_was_not_sent_today() -> None:
    assert waited_text(0) == "Nộp trong ngày hôm nay"
    assert waited_text(0, same_day=False) == "Chưa qua ngày làm việc nào kể từ khi nộp"
    assert waited_text(2, same_day=False) == "Đã chờ 2 ngày làm việc"
