"""A real browser drives the intake: an admin uploads a letter, corrects two actions and a
deadline, adds one, assigns, and the stored directive is what the admin set.

Set ``DIRECTIVES_SCREENSHOTS=/some/dir`` to keep the draft page's screenshots (a
360 px phone and a desktop) for a look.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from directives import store
from directives.db import AuditEvent
from directives.db_intake import IntakeDraft, UnitAlias
from directives.portal.auth import make_login_token
from directives.runtime import Runtime
from directives.settings import Settings
from tests.letters import LETTER, NUMBER, UNKNOWN_UNIT
from tests.portal.chromium import CHROMIUM, CHROMIUM_ARGS, playwright_or_skip
from tests.portal.conftest import ADMIN, LivePortal

playwright = playwright_or_skip()

pytestmark = [
    pytest.mark.browser,
    pytest.mark.parametrize("db_url", ["sqlite"], indirect=True),
]


def _shoot(page: object, name: str) -> None:
    where = os.environ.get("DIRECTIVES_SCREENSHOTS")
    if where:
        Path(where).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(where) / name), full_page=True)  # type: ignore[attr-defined]


def test_an_admin_corrects_the_draft_and_assigns_it(
    live_portal: LivePortal, settings: Settings, rt: Runtime, tmp_path: Path
) -> None:
    letter = tmp_path / "412-UBND-KSTT.txt"
    letter.write_text(LETTER, "utf-8")
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=live_portal.url)
        page = context.new_page()
        page.goto(f"/dang-nhap/{make_login_token(settings, ADMIN)}")
        page.get_by_role("button", name="Đăng nhập").click()  # the link's confirmation
        page.locator("#tiep-nhan-link").click()
        page.locator("#file").set_input_files(str(letter))
        page.locator("#received_on").fill("23/11/2026")
        page.get_by_role("button", name="Đọc văn bản, lập bản nháp").click()
        page.wait_for_url("**/tiep-nhan/*?tb=draft-created")

        # the letter beside the fields; a field's source line is one click away
        assert page.locator("#number").input_value() == NUMBER
        assert "Số: 412/UBND-KSTT" in page.locator("#L7").inner_text()
        page.locator("#f-number a.src").click()
        assert page.url.endswith("#L7")
        assert "chưa có trong danh bạ" in page.locator("#a0_lead option:checked").inner_text()
        assert UNKNOWN_UNIT in page.locator("#a0").inner_text()  # the parser's warning, here
        assert "Tết" in page.locator("#a2").inner_text()  # the 2027 deadline is flagged
        page.set_viewport_size({"width": 360, "height": 800})
        _shoot(page, "draft-360.png")
        page.set_viewport_size({"width": 1280, "height": 900})
        _shoot(page, "draft-desktop.png")

        # two actions corrected, one deadline typed as a date on a Saturday
        page.locator("#a0_lead").select_option("vp")
        page.locator("#a1_text").fill("Văn phòng Sở cập nhật danh mục thủ tục hành chính.")
        page.locator("#a1_deadline").fill("28/11/2026")
        page.locator("#inspection_team").select_option("dkt")
        page.get_by_role("button", name="Thêm nhiệm vụ").click()
        page.wait_for_url("**/tiep-nhan/*?tb=draft-saved")
        note = page.locator("#a1_deadline_note").inner_text()
        assert note == "28/11/2026 là thứ Bảy → 30/11/2026"
        assert page.locator("fieldset.action").count() == 4
        page.locator("#a3_text").fill("Báo cáo kết quả khắc phục về Ủy ban nhân dân tỉnh.")
        page.locator("#a3_lead").select_option("tt")
        page.locator("#a3_deadline").fill("trong quý II năm 2027")
        page.get_by_role("button", name="Lưu bản nháp").first.click()
        page.wait_for_url("**/tiep-nhan/*?tb=draft-saved")
        assert "30/06/2027" in page.locator("#a3_deadline_note").inner_text()
        page.locator("#giao-nhiem-vu").click()
        page.wait_for_url("**/van-ban/*?tb=draft-assigned")
        assert page.locator("#inspection-team").inner_text().startswith("Đoàn kiểm tra")
        with page.expect_download() as download:
            page.locator("#source-letter").click()
        assert download.value.suggested_filename == "412-UBND-KSTT.txt"
        history = page.locator("details.history-group").first.inner_text()
        assert "Hiệu chỉnh kết quả đọc văn bản" in history
        browser.close()

    with rt.sessions() as session:
        directive = store.get_directive(session, NUMBER)
        actions = [(a.seq, a.lead_unit, a.effective_deadline, a.text) for a in directive.actions]
        assert directive.inspection_team == "dkt"
        assert directive.parser_reading is not None
        fixes = session.scalars(
            select(AuditEvent).where(AuditEvent.kind == "directive.corrected")
        ).all()
        assert {e.after["field"] for e in fixes if e.after} >= {
            "actions[1].lead_unit",
            "actions[2].text",
            "actions[2].deadline",
            "actions[4]",
        }
        assert {e.actor for e in fixes} == {ADMIN}
        assert [(a.alias, a.unit_id) for a in session.scalars(select(UnitAlias))] == [
            (UNKNOWN_UNIT, "vp")
        ]
        assert session.scalars(select(IntakeDraft)).all() == []
    assert actions == [
        (1, "vp", date(2026, 12, 14), actions[0][3]),
        (2, "vp", date(2026, 11, 30), "Văn phòng Sở cập nhật danh mục thủ tục hành chính."),
        (3, "lstl", date(2027, 3, 31), actions[2][3]),
        (4, "tt", date(2027, 6, 30), "Báo cáo kết quả khắc phục về Ủy ban nhân dân tỉnh."),
    ]
