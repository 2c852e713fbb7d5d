"""The overview pages: each person's work (the home page) and the office view.

Everything shown is read by ``directives.dashboard`` and ``directives.review_queue``
from the same statuses as ``directives status``; this module only parses the
query string and renders.
"""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from directives import dashboard, store
from directives.domain import ACTION_STATE_VI, DirectiveState, Timeliness
from directives.errors import InvalidInput, PermissionDenied
from directives.org import Person, Role
from directives.portal import charts, forms, views
from directives.portal.context import portal_of, render, viewer
from directives.review_queue import review_queue
from directives.status import all_statuses

router = APIRouter()

# Column headings of the unit × bucket tables, short enough for a phone ("HT": hoàn thành).
SHORT_BUCKET_VI: dict[str, str] = {
    Timeliness.DONE_ON_TIME: "HT đúng hạn",
    Timeliness.DONE_LATE: "HT quá hạn",
    Timeliness.OPEN_WITHIN_DEADLINE: "Chưa HT, trong hạn",
    Timeliness.OPEN_OVERDUE: "Chưa HT, quá hạn",
    Timeliness.ONGOING: "Thường xuyên",
}


def _query_date(request: Request, name: str, label_vi: str) -> date | None:
    return forms.parse_date(request.query_params.get(name), label_vi)


def work_filter(request: Request) -> dashboard.WorkFilter:
    q = request.query_params
    bucket = q.get("t") or None
    if bucket is not None and bucket not in {b.value for b in Timeliness}:
        raise InvalidInput(f"unknown bucket {bucket!r}", "Nhóm tiến độ không hợp lệ.")
    state = q.get("tt") or None
    if state is not None and state not in ACTION_STATE_VI:
        raise InvalidInput(f"unknown state {state!r}", "Trạng thái không hợp lệ.")
    return dashboard.WorkFilter(
        bucket=bucket,
        number=(q.get("so") or "").strip()[:64] or None,
        unit=q.get("dv") or None,
        state=state,
        due_from=_query_date(request, "tu", "Ngày bắt đầu của khoảng thời hạn"),
        due_to=_query_date(request, "den", "Ngày kết thúc của khoảng thời hạn"),
        show_closed=q.get("dong") == "1",
    )


def has_own_work(person: Person) -> bool:
    return dashboard.sees_all(person) or any(person.has(r) for r in (Role.ASSIGNEE, Role.UNIT_HEAD))


@router.get("/")
def my_work(request: Request) -> Response:
    person = viewer(request)
    portal = portal_of(request)
    ws = portal.ws
    on = views.today(ws)
    f = work_filter(request)
    context: dict[str, object] = {"f": f, "board": None, "queue": None, "to_sign": None}
    context["all_directives"] = None
    with portal.sessions() as session:
        statuses = all_statuses(session, ws, on)
        named = store.officer_codes(session, person.id)
        if has_own_work(person) or named:
            scope = dashboard.scope_of(person, named)
            items = dashboard.work_items(session, ws, statuses, scope, on)
            context["board"] = dashboard.board(items, f)
        if person.has(Role.INSPECTOR):
            # an inspector's queue holds the directives their team reviews (the global
            # team's: those without a team of their own)
            mine = [st for st in statuses if person.on_team(st.inspection_team)]
            context["queue"] = review_queue(session, ws, mine, on)
            context["extensions_pending"] = views.pending_extensions(session, ws)
    if person in store.signers(ws) or person.has(Role.TEAM_LEADER):
        awaiting = DirectiveState.AWAITING_SIGNOFF
        context["to_sign"] = [
            st
            for st in statuses
            if st.state == awaiting
            # a directive with its own team is signed by that team only
            and (
                st.inspection_team == person.unit
                if st.inspection_team
                else person in store.signers(ws)
            )
        ]
    if dashboard.sees_all(person):
        context["all_directives"] = sorted(statuses, key=lambda st: st.received_on, reverse=True)
        context["board_title"] = "Nhiệm vụ của các đơn vị trong Sở"
        context["units"] = [u for u in ws.org.units if not u.external]
    else:
        context["board_title"] = f"Nhiệm vụ của {views.unit_name(ws, person.unit)}"
        context["units"] = []
    context["states"] = list(ACTION_STATE_VI.items())
    shown = {k: v for k, v in request.query_params.items() if k != "dong"}
    context["closed_toggle"] = "/?" + urlencode({**shown, "dong": "1"})
    return render(request, "index.html", context)


def period_text(start: date | None, end: date | None) -> str:
    if start and end:
        return f"Văn bản tiếp nhận từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"
    if start:
        return f"Văn bản tiếp nhận từ ngày {start:%d/%m/%Y}"
    if end:
        return f"Văn bản tiếp nhận đến ngày {end:%d/%m/%Y}"
    return "Toàn bộ văn bản đang theo dõi"


ROMAN = ("I", "II", "III", "IV")


def period_presets(on: date) -> list[tuple[str, str]]:
    """This year, this quarter and this month, as (label, query string)."""
    quarter = (on.month - 1) // 3
    q_start = date(on.year, 3 * quarter + 1, 1)
    q_end = date(on.year + (quarter == 3), (3 * quarter + 3) % 12 + 1, 1) - timedelta(days=1)
    m_end = date(on.year + (on.month == 12), on.month % 12 + 1, 1) - timedelta(days=1)
    spans = (
        (f"Năm {on.year}", date(on.year, 1, 1), date(on.year, 12, 31)),
        (f"Quý {ROMAN[quarter]}/{on.year}", q_start, q_end),
        (f"Tháng {on.month:02d}/{on.year}", date(on.year, on.month, 1), m_end),
    )
    return [
        (label, urlencode({"tu": f"{a:%d/%m/%Y}", "den": f"{b:%d/%m/%Y}"})) for label, a, b in spans
    ]


@router.get("/tong-hop")
def office(request: Request) -> Response:
    person = viewer(request)
    if not dashboard.may_see_office(person):
        raise PermissionDenied(
            f"{person.id} may not see the office view",
            "Trang tổng hợp dành cho Giám đốc Sở, Lãnh đạo các đơn vị và Quản trị hệ thống.",
        )
    portal = portal_of(request)
    start = _query_date(request, "tu", "Ngày bắt đầu của kỳ")
    end = _query_date(request, "den", "Ngày kết thúc của kỳ")
    if start and end and end < start:
        raise InvalidInput("period ends before it starts", "Ngày kết thúc phải sau ngày bắt đầu.")
    with portal.sessions() as session:
        view = dashboard.office_view(session, portal.ws, views.today(portal.ws), start, end)
    context = {
        "o": view,
        "period_vi": period_text(start, end),
        "presets": period_presets(views.today(portal.ws)),
        "unit_chart": charts.stacked_bars(view.units, "Tiến độ thực hiện theo đơn vị chủ trì"),
        "directive_chart": charts.stacked_bars(
            [r.model_copy(update={"label": f"Văn bản số {r.label}"}) for r in view.directives],
            "Tiến độ thực hiện theo văn bản chỉ đạo",
        ),
    }
    return render(request, "office.html", context)
