"""The action page's coordination forms in a real browser on a 360 px phone: a unit head
names an officer, a coordinating unit uploads and withdraws, a refused upload comes back
with its reason and what was typed, and the lead unit uploads and submits in one step.
Every page must fit the screen's width; screenshots go to test-output/portal/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from directives import store
from directives.db import Action
from directives.intake import ingest_file
from directives.portal.auth import make_login_token
from directives.settings import Settings
from tests.conftest import SEED, opened_runtime
from tests.portal.conftest import BGD_ASSIGNEE, VP_ASSIGNEE, VP_HEAD, LivePortal, running_portal
from tests.portal.test_overview_browser import SHOTS, browser

pytestmark = pytest.mark.browser
__all__ = ["browser"]  # the module-scoped Chromium, shared


class Phone:
    """One person's tab at 360 × 740; every page checked for overflow and kept."""

    def __init__(self, browser: Any, url: str, settings: Settings, person: str) -> None:
        self.context = browser.new_context(base_url=url, viewport={"width": 360, "height": 740})
        self.page = self.context.new_page()
        self.name = f"coordination-{person}"
        self.shots = 0
        self.page.goto(f"/dang-nhap/{make_login_token(settings, person)}")
        self.page.get_by_role("button", name="Đăng nhập").click()  # the link's confirmation

    def check(self) -> Any:
        width = self.page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{self.name}: {self.page.url} is {width} px wide in 360 px"
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.shots += 1
        self.page.screenshot(path=str(SHOTS / f"{self.name}-{self.shots}.png"), full_page=True)
        return self.page

    def open(self, path: str) -> Any:
        response = self.page.goto(path)
        assert response is not None and response.status == 200, path
        return self.check()


def press(page: Any, button: str) -> None:
    """Press a form's button and wait for the page it answers with."""
    with page.expect_navigation():
        page.get_by_role("button", name=button, exact=True).click()


@pytest.fixture(scope="module")
def shared(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> Iterator[tuple[LivePortal, Settings, str, str]]:
    """A portal over the seed, one Ban Giám đốc action shared with Văn phòng Sở."""
    root = tmp_path_factory.mktemp("coordination")
    shutil.copyfile(sqlite_template, root / "directives.db")
    settings = Settings(home=root / "home", database_url=f"sqlite:///{root / 'directives.db'}")
    with opened_runtime(settings) as rt:
        today = rt.ws.local_date(datetime.now(UTC))
        seed = ingest_file(rt, SEED, received_on=today, start_run=False)
        with rt.sessions.begin() as session:
            store.assign_actions(session, rt.ws, seed.directive_id, datetime.now(UTC))
            actions = store.get_directive(session, seed.directive_id).actions
            bgd = next(a.code for a in actions if a.lead_unit == "bgd")
            vp = next(a.code for a in actions if a.lead_unit == "vp")
            update_bgd = update(Action).where(Action.code == bgd)
            session.execute(update_bgd.values(coordinating_units=["vp"]))
    with running_portal(settings) as portal:
        yield portal, settings, bgd, vp


def test_the_coordination_forms_fit_a_phone_and_work(
    browser: Any, shared: tuple[LivePortal, Settings, str, str], tmp_path: Path
) -> None:
    portal, settings, bgd, vp = shared
    report = tmp_path / "bao-cao.pdf"
    report.write_bytes(b"%PDF-1.4\n% Bao cao phoi hop\n%%EOF\n")

    head = Phone(browser, portal.url, settings, VP_HEAD)
    page = head.open(f"/nhiem-vu/{vp}")
    page.select_option("#officer-person", VP_ASSIGNEE)
    page.select_option("#officer-role", "lead")
    press(page, "Phân công")
    head.check()
    assert "Xử lý chính" in page.locator(f'[data-officer="{VP_ASSIGNEE}"]').inner_text()

    helper = Phone(browser, portal.url, settings, VP_ASSIGNEE)
    page = helper.open("/")
    assert page.locator(f'tr[data-action="{bgd}"]').count() == 1  # the shared action
    page = helper.open(f"/nhiem-vu/{bgd}")
    assert page.locator("#submit_now").count() == 0
    page.fill("#doc_number", "07/BC-VP")
    page.fill("#doc_date", "31/02/2017")
    page.fill("#note", "Số liệu phối hợp")
    page.set_input_files("#file", str(report))
    press(page, "Tải lên")
    helper.check()
    assert "Ngày ban hành tài liệu không hợp lệ" in page.locator("#upload-error").inner_text()
    assert page.input_value("#doc_number") == "07/BC-VP"
    assert page.input_value("#note") == "Số liệu phối hợp"
    page.fill("#doc_date", "28/02/2017")
    page.set_input_files("#file", str(report))
    press(page, "Tải lên")
    helper.check()
    assert "Đã tải lên tài liệu kiểm chứng." in page.content()
    press(page, "Rút tài liệu bao-cao.pdf")
    helper.check()
    assert "Đã rút tài liệu kiểm chứng chưa nộp." in page.content()

    lead = Phone(browser, portal.url, settings, BGD_ASSIGNEE)
    page = lead.open(f"/nhiem-vu/{bgd}")
    page.set_input_files("#file", str(report))
    page.check("#submit_now")
    press(page, "Tải lên")
    lead.check()
    assert page.locator("#action-state").inner_text() == "Đã nộp, chờ thẩm định"
    for tab in (head, helper, lead):
        tab.context.close()
