"""A real browser on the real portal: sign in, upload, see the file, reject with a comment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from directives.portal.auth import make_login_token
from directives.settings import Settings
from tests.portal.chromium import CHROMIUM, CHROMIUM_ARGS, playwright_or_skip
from tests.portal.conftest import BGD_ASSIGNEE, INSPECTOR, LivePortal, Seeded

pytestmark = [
    pytest.mark.browser,
    pytest.mark.parametrize("db_url", ["sqlite"], indirect=True),
]

playwright = playwright_or_skip()


@pytest.fixture
def browser() -> Iterator[object]:
    with playwright.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def test_upload_then_reject_with_a_comment(
    browser: object, live_portal: LivePortal, settings: Settings, seeded: Seeded, tmp_path: Path
) -> None:
    code = seeded.action_of("bgd")
    report = tmp_path / "Báo cáo kết quả thực hiện.txt"
    report.write_text("BÁO CÁO\nKết quả thực hiện nhiệm vụ cải cách hành chính.\n", "utf-8")
    comment = "Đề nghị bổ sung Quyết định kiện toàn Ban Chỉ đạo ISO."

    unit = browser.new_context(base_url=live_portal.url)  # type: ignore[attr-defined]
    page = unit.new_page()
    page.goto(f"/dang-nhap/{make_login_token(settings, BGD_ASSIGNEE)}")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_portal.url}/")
    assert page.locator(".who .name").inner_text() == "Đỗ Thị Hoa"
    page.get_by_role("link", name=code).first.click()
    page.locator("#file").set_input_files(str(report))
    page.locator("#doc_number").fill("07/BC-SNgV")
    page.get_by_role("button", name="Tải lên").click()
    page.wait_for_url(f"**/nhiem-vu/{code}?tb=uploaded")
    assert "Đã tải lên tài liệu kiểm chứng." in page.locator(".flash").inner_text()
    row = page.locator("table.evidence tbody tr").first
    assert "Báo cáo kết quả thực hiện.txt" in row.inner_text()
    assert "07/BC-SNgV" in row.inner_text()
    with page.expect_download() as download:
        row.get_by_role("link", name="Báo cáo kết quả thực hiện.txt").click()
    assert download.value.suggested_filename == "Báo cáo kết quả thực hiện.txt"
    page.get_by_role("button", name="Nộp tài liệu kiểm chứng để thẩm định").click()
    page.wait_for_url(f"**/nhiem-vu/{code}?tb=submitted")
    assert page.locator("#action-state").inner_text() == "Đã nộp, chờ thẩm định"

    team = browser.new_context(base_url=live_portal.url)  # type: ignore[attr-defined]
    review = team.new_page()
    review.goto(f"/dang-nhap/{make_login_token(settings, INSPECTOR)}")
    review.get_by_role("button", name="Đăng nhập").click()
    review.wait_for_url(f"{live_portal.url}/")
    review.locator("#cho-tham-dinh").get_by_role("link", name=code).click()
    review.locator("#review-comment").fill(comment)
    review.locator("#confirm-reject > summary").click()  # a confirmation step first
    review.get_by_role("button", name="Xác nhận trả lại").click()
    review.wait_for_url(f"**/nhiem-vu/{code}?tb=rejected")
    assert review.locator("#action-state").inner_text() == "Bị trả lại"
    assert comment in review.locator("table.reviews").inner_text()

    page.reload()
    assert page.locator("#action-state").inner_text() == "Bị trả lại"
    assert comment in page.locator("#y-kien-tham-dinh").inner_text()
    assert comment in page.locator("#y-kien-noi-bat").inner_text()  # pinned at the top
    assert page.locator("#file").is_visible()  # the unit may upload again
    unit.close()
    team.close()
