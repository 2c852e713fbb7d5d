"""Each role's main path in a real browser, on a 360 px phone and a desktop screen.

One portal and one department's data (``office_story``) serve every test of
this module. Each page visited must fit the viewport's width, the overview's
counts must equal what ``directives status --json`` prints for the same
database, and the charts must be there. Screenshots go to test-output/portal/.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from directives import store
from directives.portal.auth import make_login_token
from directives.review_queue import waited_text
from directives.settings import Settings
from directives.status import directive_status
from directives.timeline import days_off_between, directive_timeline
from tests.conftest import PROJECT_ROOT, opened_runtime
from tests.portal import office_story
from tests.portal.chromium import CHROMIUM, CHROMIUM_ARGS, playwright_or_skip
from tests.portal.conftest import ADMIN, DIRECTOR, LivePortal, running_portal

pytestmark = pytest.mark.browser

playwright = playwright_or_skip()

SHOTS = PROJECT_ROOT / "test-output" / "portal"
SIZES = {"phone": (360, 740), "desktop": (1280, 800)}
BUCKETS = ("done_on_time", "done_late", "open_within_deadline", "open_overdue", "ongoing")


@dataclass
class Office:
    portal: LivePortal
    settings: Settings
    story: office_story.OfficeStory
    status: list[dict[str, Any]]  # `directives status --json`, same database, same day


def status_json(settings: Settings) -> list[dict[str, Any]]:
    env = {
        **os.environ,
        "DIRECTIVES_HOME": str(settings.home),
        "DIRECTIVES_DATABASE_URL": str(settings.database_url),
    }
    cli = Path(sys.executable).parent / "directives"
    out = subprocess.run(
        [str(cli), "status", "--json"], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    found: list[dict[str, Any]] = json.loads(out.stdout)
    return found


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("office")
    shutil.copyfile(sqlite_template, root / "directives.db")
    base = Settings(home=root / "home", database_url=f"sqlite:///{root / 'directives.db'}")
    # Letters without a deadline stay "thường xuyên" (ongoing) here, as the seed's do.
    workflow = base.workflow.model_copy(update={"default_deadline_working_days": 0})
    settings = base.model_copy(update={"workflow": workflow})
    with opened_runtime(settings) as rt:
        story = office_story.play(rt, root, rt.ws.local_date(datetime.now(UTC)))
    with running_portal(settings) as portal:
        yield Office(portal, settings, story, status_json(settings))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Visit:
    """One person's browser tab at one screen size; every page it opens is checked and kept."""

    def __init__(self, browser: Any, office: Office, person: str, size: str) -> None:
        width, height = SIZES[size]
        self.context = browser.new_context(
            base_url=office.portal.url, viewport={"width": width, "height": height}
        )
        self.page = self.context.new_page()
        self.name = f"{person}-{size}"
        self.shots = 0
        self.page.goto(f"/dang-nhap/{make_login_token(office.settings, person)}")
        self.page.get_by_role("button", name="Đăng nhập").click()  # the link's confirmation
        self.page.wait_for_url(f"{office.portal.url}/**")

    def open(self, path: str) -> Any:
        response = self.page.goto(path)
        assert response is not None and response.status == 200, path
        self.check()
        return self.page

    def check(self) -> None:
        """No horizontal overflow, then a full-page screenshot."""
        fits = self.page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth, location.pathname]"
        )
        assert fits[0] <= fits[1], f"{self.name}: {fits[2]} is {fits[0]} px wide in {fits[1]} px"
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.shots += 1
        self.page.screenshot(path=str(SHOTS / f"{self.name}-{self.shots}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()


@pytest.fixture(params=list(SIZES))
def size(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def expected_counts(status: list[dict[str, Any]], unit: str | None = None) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for directive in status:
        for action in directive["actions"]:
            if unit is None or action["lead_unit"] == unit:
                counts[action["timeliness"]] += 1
    if unit is None:  # the per-directive buckets add up to the same totals
        summed = Counter({b: sum(d["buckets"][b] for d in status) for b in BUCKETS})
        assert +summed == +counts
    return {b: counts.get(b, 0) for b in BUCKETS}


def tile_counts(page: Any) -> dict[str, int]:
    tiles = page.locator("#nhiem-vu-don-vi .tile[data-bucket]")
    return {
        tiles.nth(i).get_attribute("data-bucket"): int(tiles.nth(i).locator(".n").inner_text())
        for i in range(tiles.count())
    }


def table_counts(page: Any, table: str, row: str) -> dict[str, int]:
    cells = page.locator(f'table[data-table="{table}"] tr[data-row="{row}"] td[data-bucket]')
    return {
        cells.nth(i).get_attribute("data-bucket"): int(cells.nth(i).inner_text())
        for i in range(cells.count())
    }


def test_assignee_sees_the_units_work_and_what_to_do(
    browser: Any, office: Office, size: str
) -> None:
    visit = Visit(browser, office, office_story.VP, size)
    page = visit.open("/")
    assert tile_counts(page) == expected_counts(office.status, "vp")
    returned = office.story.codes["returned"]
    row = page.locator(f'#nhiem-vu-don-vi tr[data-action="{returned}"]')
    assert "Còn " in row.inner_text() and "ngày làm việc" in row.inner_text()
    row.get_by_role("link", name="Bị trả lại — xem ý kiến").click()
    page.wait_for_url(f"**/nhiem-vu/{returned}#y-kien-noi-bat")
    visit.check()
    assert office_story.RETURN_COMMENT in page.locator("#y-kien-noi-bat").inner_text()
    page = visit.open("/?so=115")  # search by number: only the seed's actions, closed ones shown
    page.locator("details.filters > summary").click()
    lefts = page.eval_on_selector_all(
        ".filter-form > div", "els => els.map(e => Math.round(e.getBoundingClientRect().left))"
    )
    assert len(lefts) >= 5 and (len(set(lefts)) == 1) == (size == "phone")  # one column
    page = visit.open("/?so=115&dong=1")
    shown = page.locator("#nhiem-vu-don-vi tr[data-action]")
    assert shown.count() == 2
    assert all(office.story.seed in shown.nth(i).get_attribute("data-action") for i in range(2))
    refused = page.goto("/tong-hop")  # the office view is for heads: a refusal page, also narrow
    assert refused is not None and refused.status == 403
    visit.check()
    visit.close()


def test_unit_head_sees_markers_and_the_office(browser: Any, office: Office, size: str) -> None:
    visit = Visit(browser, office, office_story.HTQT, size)
    page = visit.open("/")
    assert tile_counts(page) == expected_counts(office.status, "htqt")
    text = page.locator("#nhiem-vu-don-vi").inner_text()
    assert "Đã tải lên, chưa nộp" in text and "Chờ gia hạn" in text and "Quá hạn " in text
    page = visit.open("/?t=open_overdue")
    assert page.locator("#nhiem-vu-don-vi tr[data-action]").count() == 1
    page = visit.open("/tong-hop")
    assert table_counts(page, "Đơn vị", "htqt") == expected_counts(office.status, "htqt")
    visit.close()


def test_director_office_view_matches_status(browser: Any, office: Office, size: str) -> None:
    visit = Visit(browser, office, DIRECTOR, size)
    page = visit.open("/")
    everything = expected_counts(office.status)
    assert tile_counts(page) == everything
    first = page.locator("#nhiem-vu-don-vi tr[data-action]").first
    assert "badge open_overdue" in first.inner_html()  # the most overdue comes first
    page = visit.open("/tong-hop")
    if size == "phone":
        shutil.copyfile(SHOTS / f"{visit.name}-{visit.shots}.png", SHOTS / "director-phone.png")
    else:
        shutil.copyfile(SHOTS / f"{visit.name}-{visit.shots}.png", SHOTS / "director-desktop.png")
    assert table_counts(page, "Đơn vị", "all") == everything
    for unit in ("vp", "htqt", "tt", "bgd"):
        assert table_counts(page, "Đơn vị", unit) == expected_counts(office.status, unit)
    for directive in office.status:
        assert table_counts(page, "Văn bản", directive["code"]) == directive["buckets"]
    assert page.locator("svg.chart.bars").count() == 2
    assert page.locator("svg.chart.bars > title").first.text_content()
    overdue = page.locator("#qua-han tr[data-action]")
    assert overdue.count() == everything["open_overdue"]
    assert page.locator("main section").first.get_attribute("id") == "qua-han"
    since = office.story.today - timedelta(days=50)  # the seed only (received 40 days ago)
    page = visit.open(f"/tong-hop?tu={since:%d/%m/%Y}")
    recent = [d for d in office.status if date.fromisoformat(d["received_on"]) >= since]
    assert [d["code"] for d in recent] == [office.story.seed]
    assert table_counts(page, "Đơn vị", "all") == expected_counts(recent)
    page = visit.open(f"/van-ban/{office.story.directive}")
    assert page.locator("svg.chart.timeline").count() == 1
    assert page.locator("svg.chart.progress").count() == 1
    assert page.locator("#progress-text").inner_text().startswith("2/7 ")
    off = holiday_runs(office, office.story.directive)
    assert page.locator("svg.timeline rect.dayoff").count() == off
    assert page.locator("svg.timeline line.today").count() == 1
    assert page.locator("svg.timeline line.m-effective_deadline").count() == 1
    assert page.locator("#lich-su details.history-group").count() == 1 + 7
    visit.close()


def queue_waited(office: Office, days: int) -> str:
    """What the queue says of a submission made ``days`` after the story's day, from the
    calendar: on a Sunday, one made on Friday has waited no working day yet."""
    with opened_runtime(office.settings) as rt:
        sent_on = rt.ws.local_date(office_story.at(office.story.today, days))
        waited = rt.ws.calendar.working_days_between(sent_on, office.story.today)
    return waited_text(waited, sent_on == office.story.today)


def holiday_runs(office: Office, code: str) -> int:
    """How many runs of holidays the directive's time line should shade, from the calendar."""
    with opened_runtime(office.settings) as rt, rt.sessions() as session:
        directive = store.get_directive(session, code)
        st = directive_status(session, rt.ws, code, office.story.today)
        tl = directive_timeline(session, rt.ws, directive.id, st, office.story.today)
        assert tl.start <= st.received_on and tl.end >= office.story.today
        return len(days_off_between(rt.ws, tl.start, tl.end))


def test_inspector_queue_and_confirmation(browser: Any, office: Office, size: str) -> None:
    visit = Visit(browser, office, office_story.INSPECTOR, size)
    page = visit.open("/")
    queue = page.locator("#cho-tham-dinh tr[data-queue]")
    assert queue.count() == 2
    oldest = queue.first
    assert oldest.get_attribute("data-queue") == office.story.codes["queue_overdue"]
    assert "1 tệp" in oldest.inner_text() and "Võ Thanh Hải" in oldest.inner_text()
    assert queue_waited(office, -2) in oldest.inner_text()
    assert "Chờ gia hạn" not in page.locator("#cho-tham-dinh").inner_text()
    assert office.story.codes["extension"] in page.locator("#cho-tham-dinh").inner_text()
    oldest.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert page.locator("fieldset.phrases input[type=checkbox]").count() == 5
    assert page.locator("details.preview[open] object.pdf").count() == 1  # shown, not downloaded
    assert not page.locator("#do-approve").is_visible()  # a second step before deciding
    # The evidence preview (an embedded PDF viewer) loads on its own time. Once it has, a
    # click that first scrolls the page can miss the summary in headless Chromium, so load
    # it, scroll, then click: the same order whatever the machine's load.
    page.wait_for_load_state("networkidle")
    summary = page.locator("#confirm-approve > summary")
    summary.scroll_into_view_if_needed()
    summary.click()
    page.wait_for_selector("#do-approve", state="visible", timeout=5000)
    visit.check()
    visit.close()


def test_team_leader_sees_what_awaits_sign_off(browser: Any, office: Office, size: str) -> None:
    visit = Visit(browser, office, office_story.LEADER, size)
    page = visit.open("/")
    assert office.story.seed in (page.locator("#cho-ky a").first.get_attribute("href") or "")
    page = visit.open(f"/van-ban/{office.story.seed}")
    assert page.locator("#progress-text").inner_text().startswith("6/6 ")
    assert page.locator('#ky-xac-nhan button[value="sign"]').count() == 1
    visit.close()


def test_admin_sees_all_directives_and_a_closed_one(
    browser: Any, office: Office, size: str
) -> None:
    visit = Visit(browser, office, ADMIN, size)
    page = visit.open("/")
    assert page.locator("#tat-ca-van-ban tbody tr").count() == 3
    page = visit.open("/tong-hop")
    assert table_counts(page, "Đơn vị", "all") == expected_counts(office.status)
    page = visit.open(f"/van-ban/{office.story.closed}")
    assert page.locator("svg.timeline circle.m-signed").count() == 1
    assert "Đoàn kiểm tra ký xác nhận hoàn thành" in (
        page.locator("#bang-dien-bien").text_content() or ""
    )
    visit.close()
